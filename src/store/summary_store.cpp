#include "store/summary_store.hpp"

#include <string>

#include "store/reach_sql.hpp"
#include "store/unit_store.hpp"

namespace bangfu::store {

bool staff_in_reach(Database& db, const internal::StaffReach& reach, StaffId staff, ReachUse use) {
  std::string sql =
      "SELECT 1 FROM staff s JOIN unit su ON su.id = s.home_unit JOIN unit hu ON hu.id = s.home_unit "
      "LEFT JOIN assignment a ON a.staff = s.id LEFT JOIN unit ru ON ru.id = a.recipient_unit "
      "WHERE s.id = ? AND (" + reach_sql(reach, use) + ") LIMIT 1";
  SQLite::Statement st(db.raw(), sql);
  st.bind(1, static_cast<std::int64_t>(staff));
  return st.executeStep();
}

void staff_summary_rows(Database& db, const StaffSummaryQuery& q,
                        const std::function<void(const StaffSummaryRecord&)>& each) {
  std::string sql =
      "SELECT s.id, s.name, s.sex, s.id_number, s.title, s.position, "
      "CASE WHEN s.department = '' AND su.kind = 4 THEN su.name ELSE s.department END, s.specialty, "
      "hu.name, hu.address, hp.name, hc.name, hd.name, "
      "a.id, ru.name, ru.address, rr.path, a.start_date, a.planned_end, a.end_date, "
      "(" + reach_sql(q.reach, ReachUse::full_id) + ") AS full_id "
      "FROM staff s JOIN unit su ON su.id = s.home_unit "
      // The sending hospital: the home unit itself, or the support hospital a department is in.
      "JOIN unit hu ON hu.id = coalesce((SELECT h.id FROM unit h WHERE h.kind = 1 AND h.pre <= su.pre "
      "AND h.post >= su.pre ORDER BY h.pre DESC LIMIT 1), su.id) "
      "LEFT JOIN assignment a ON a.staff = s.id "
      "LEFT JOIN unit ru ON ru.id = a.recipient_unit "
      "LEFT JOIN region rr ON rr.code = ru.region "
      "LEFT JOIN region hp ON hp.code = hu.region / 10000000000 * 10000000000 "
      "LEFT JOIN region hc ON hc.code = hu.region / 100000000 * 100000000 AND hu.region % 10000000000 <> 0 "
      "LEFT JOIN region hd ON hd.code = hu.region / 1000000 * 1000000 AND hu.region / 1000000 % 100 <> 0 "
      "WHERE (" + reach_sql(q.reach, ReachUse::view) + ")";
  if (q.recipient_region) sql += " AND " + between("ru.region", q.recipient_region->first, q.recipient_region->last);
  if (q.support_unit) sql += " AND " + between("su.pre", q.support_unit->pre, q.support_unit->post);
  if (q.active_on) sql += " AND a.start_date <= ?1 AND (a.end_date IS NULL OR a.end_date >= ?1)";
  sql += " ORDER BY ru.region IS NULL, ru.region, ru.id, s.id, a.start_date";

  SQLite::Statement st(db.raw(), sql);  // shape varies with the reach: not cached
  if (q.active_on) st.bind(1, date_text(*q.active_on));
  StaffSummaryRecord r;
  while (st.executeStep()) {
    r.staff = st.getColumn(0).getInt64();
    r.name = st.getColumn(1).getString();
    r.sex = static_cast<Sex>(st.getColumn(2).getInt());
    r.id_number = st.getColumn(3).getString();
    r.title = static_cast<Title>(st.getColumn(4).getInt());
    r.position = st.getColumn(5).getString();
    r.department = st.getColumn(6).getString();
    r.specialty = st.getColumn(7).getString();
    r.home_unit = st.getColumn(8).getString();
    r.home_address = st.getColumn(9).getString();
    r.home_province = text_or_empty(st.getColumn(10));
    r.home_city = text_or_empty(st.getColumn(11));
    r.home_county = text_or_empty(st.getColumn(12));
    r.assignment.reset();
    if (!st.getColumn(13).isNull()) r.assignment = st.getColumn(13).getInt64();
    r.recipient_unit = text_or_empty(st.getColumn(14));
    r.recipient_address = text_or_empty(st.getColumn(15));
    r.recipient_path = text_or_empty(st.getColumn(16));
    r.start = text_or_empty(st.getColumn(17));
    r.planned_end = text_or_empty(st.getColumn(18));
    r.end = text_or_empty(st.getColumn(19));
    r.full_id = st.getColumn(20).getInt() != 0;
    each(r);
  }
}

}  // namespace bangfu::store
