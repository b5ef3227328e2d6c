#include "store/overview_store.hpp"

#include "store/reach_sql.hpp"
#include "store/unit_store.hpp"

namespace bangfu::store {
namespace {

constexpr const char* kStaffJoin =
    "FROM staff s JOIN unit su ON su.id = s.home_unit JOIN unit hu ON hu.id = s.home_unit "
    "LEFT JOIN assignment a ON a.staff = s.id LEFT JOIN unit ru ON ru.id = a.recipient_unit ";
constexpr const char* kActiveOn = "a.start_date <= ?1 AND (a.end_date IS NULL OR a.end_date >= ?1)";

}  // namespace

std::vector<RecipientFigures> recipient_figures(Database& db, const internal::StaffReach& reach, Date on) {
  std::string sql =
      "SELECT u.id, u.region, "
      "(SELECT count(*) FROM pairing p WHERE p.recipient_unit = u.id AND p.start_date <= ?1 "
      " AND (p.end_date IS NULL OR p.end_date >= ?1)), "
      "(SELECT count(*) FROM pairing p WHERE p.recipient_unit = u.id), "
      "(SELECT count(DISTINCT s.id) " + std::string(kStaffJoin) + "WHERE a.recipient_unit = u.id AND " + kActiveOn +
      " AND (" + reach_sql(reach, ReachUse::view) + ")) "
      "FROM unit u WHERE u.kind = 2 AND (" + recipient_view_sql(reach) + ") ORDER BY u.region, u.id";
  SQLite::Statement st(db.raw(), sql);  // shape varies with the reach: not cached
  st.bind(1, date_text(on));
  std::vector<RecipientFigures> out;
  while (st.executeStep())
    out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getInt64(),
                   st.getColumn(3).getInt64(), st.getColumn(4).getInt64()});
  return out;
}

StaffCounts staff_counts(Database& db, const internal::StaffReach& reach, Date on) {
  std::string sql =
      "SELECT count(DISTINCT s.id), "
      "count(DISTINCT CASE WHEN " + std::string(kActiveOn) + " THEN s.id END), "
      "count(DISTINCT CASE WHEN a.end_date IS NOT NULL AND a.end_date <= ?1 THEN a.id END), "
      "count(DISTINCT CASE WHEN a.id IS NULL THEN s.id END) " + kStaffJoin +
      "WHERE (" + reach_sql(reach, ReachUse::view) + ")";
  SQLite::Statement st(db.raw(), sql);
  st.bind(1, date_text(on));
  st.executeStep();
  return {st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getInt64(), st.getColumn(3).getInt64()};
}

std::int64_t support_hospital_count(Database& db, const internal::StaffReach& reach) {
  std::string sql = reach.all ? "SELECT count(*) FROM unit WHERE kind = 1"
                              : "SELECT count(DISTINCT p.support_unit) FROM pairing p JOIN unit u ON u.id = p.recipient_unit "
                                "WHERE u.kind = 2 AND (" + recipient_view_sql(reach) + ")";
  SQLite::Statement st(db.raw(), sql);
  st.executeStep();
  return st.getColumn(0).getInt64();
}

}  // namespace bangfu::store
