#include "store/report_query_store.hpp"

#include "store/reach_sql.hpp"
#include "store/report_sql.hpp"

namespace bangfu::store {

void expected_reports(Database& db, ReportSubject subject, const std::string& template_key, const Period& period,
                      RegionRange region, const std::function<void(const ExpectedReport&)>& each) {
  // The active-in-period tests are range comparisons on ISO dates; the report is found by
  // its unique key, so each expected row costs one index probe.
  const char* staff_sql =
      "SELECT u.id, u.region, u.name, x.staff, s.name, r.state, r.late, r.id FROM "
      "(SELECT DISTINCT a.staff AS staff, a.recipient_unit AS unit FROM unit u2 "
      " JOIN assignment a ON a.recipient_unit = u2.id "
      " WHERE u2.region BETWEEN :lo AND :hi AND a.start_date <= :last "
      " AND (a.end_date IS NULL OR a.end_date >= :first)) x "
      "JOIN unit u ON u.id = x.unit JOIN staff s ON s.id = x.staff "
      "LEFT JOIN report r ON r.template = :template AND r.period = :period AND r.unit = x.unit "
      " AND ifnull(r.staff, 0) = x.staff "
      "ORDER BY u.region, u.id, s.id";
  const char* hospital_sql =
      "SELECT u.id, u.region, u.name, NULL, NULL, r.state, r.late, r.id FROM unit u "
      "LEFT JOIN report r ON r.template = :template AND r.period = :period AND r.unit = u.id "
      " AND ifnull(r.staff, 0) = 0 "
      "WHERE u.region BETWEEN :lo AND :hi AND EXISTS (SELECT 1 FROM pairing p WHERE p.recipient_unit = u.id "
      " AND p.start_date <= :last AND (p.end_date IS NULL OR p.end_date >= :first)) "
      "ORDER BY u.region, u.id";
  auto& st = db.prepare(subject == ReportSubject::staff ? staff_sql : hospital_sql);
  st.bind(":lo", static_cast<std::int64_t>(region.first));
  st.bind(":hi", static_cast<std::int64_t>(region.last));
  st.bind(":first", date_text(period.first()));
  st.bind(":last", date_text(period.last()));
  st.bind(":template", template_key);
  st.bind(":period", period.text());
  ExpectedReport e;
  while (st.executeStep()) {
    e.unit = st.getColumn(0).getInt64();
    e.region = st.getColumn(1).getInt64();
    e.unit_name = st.getColumn(2).getString();
    e.staff.reset();
    if (!st.getColumn(3).isNull()) e.staff = st.getColumn(3).getInt64();
    e.staff_name = text_or_empty(st.getColumn(4));
    e.state.reset();
    if (!st.getColumn(5).isNull()) e.state = static_cast<ReportState>(st.getColumn(5).getInt());
    e.late = !st.getColumn(6).isNull() && st.getColumn(6).getInt() != 0;
    e.report.reset();
    if (!st.getColumn(7).isNull()) e.report = st.getColumn(7).getInt64();
    each(e);
  }
}

std::vector<std::string> hospital_admin_contacts(Database& db, internal::DfsNumber unit) {
  auto& st = db.prepare(
      "SELECT a.name, a.phone FROM account a JOIN account_role r ON r.account = a.id AND r.role = 7 "
      "JOIN unit su ON su.id = a.scope_unit WHERE a.disabled = 0 AND a.scope_kind = 2 "
      "AND su.pre <= ? AND su.post >= ? ORDER BY a.id");
  st.bind(1, unit.pre);
  st.bind(2, unit.pre);
  std::vector<std::string> out;
  while (st.executeStep()) {
    std::string s = st.getColumn(0).getString();
    std::string phone = st.getColumn(1).getString();
    if (!phone.empty()) s += " " + phone;
    out.push_back(std::move(s));
  }
  return out;
}

void summary_records(Database& db, const SummaryQuery& q, const std::function<void(const SummaryRecord&)>& each) {
  std::string sql =
      "SELECT r.id, r.template_version, r.period, r.state, r.late, r.vals, r.unit, ru.name, ru.region, rg.path, "
      "r.staff, s.name, s.id_number, hu.name, "
      "(r.staff IS NOT NULL AND (" + reach_sql(q.reach, ReachUse::full_id) + ")) AS full_id "
      "FROM report r JOIN unit ru ON ru.id = r.unit JOIN unit u ON u.id = r.unit "
      "JOIN region rg ON rg.code = ru.region "
      "LEFT JOIN staff s ON s.id = r.staff LEFT JOIN unit su ON su.id = s.home_unit " +
      std::string(kSendingHospitalJoin) +
      "WHERE r.template = :template AND r.period BETWEEN :first AND :last AND r.state " +
      (q.accepted_only ? "IN (4, 5)" : "<> 1") + " AND (" + report_reach_sql(q.reach) + ")";
  if (q.region) sql += " AND " + between("ru.region", q.region->first, q.region->last);
  if (q.unit) sql += " AND r.unit = :unit";
  if (q.support)
    sql += " AND (CASE WHEN r.staff IS NOT NULL THEN " + between("su.pre", q.support->pre, q.support->post) +
           " ELSE EXISTS (SELECT 1 FROM pairing p JOIN unit ps ON ps.id = p.support_unit WHERE p.recipient_unit = r.unit "
           "AND " + between("ps.pre", q.support->pre, q.support->post) + ") END)";
  sql += " ORDER BY ru.region, r.unit, r.period, s.id";
  SQLite::Statement st(db.raw(), sql);  // shape varies with the reach: not cached
  st.bind(":template", q.template_key);
  st.bind(":first", q.first.text());
  st.bind(":last", q.last.text());
  if (q.unit) st.bind(":unit", static_cast<std::int64_t>(*q.unit));
  SummaryRecord r;
  while (st.executeStep()) {
    r.id = st.getColumn(0).getInt64();
    r.template_version = st.getColumn(1).getInt();
    r.period = st.getColumn(2).getString();
    r.state = static_cast<ReportState>(st.getColumn(3).getInt());
    r.late = st.getColumn(4).getInt() != 0;
    r.values_json = st.getColumn(5).getString();
    r.unit = st.getColumn(6).getInt64();
    r.unit_name = st.getColumn(7).getString();
    r.region = st.getColumn(8).getInt64();
    r.region_path = st.getColumn(9).getString();
    r.staff.reset();
    if (!st.getColumn(10).isNull()) r.staff = st.getColumn(10).getInt64();
    r.staff_name = text_or_empty(st.getColumn(11));
    r.id_number = text_or_empty(st.getColumn(12));
    r.home_unit_name = text_or_empty(st.getColumn(13));
    r.full_id = st.getColumn(14).getInt() != 0;
    each(r);
  }
}

}  // namespace bangfu::store

namespace bangfu::store {

std::int64_t staff_on_assignment(Database& db, UnitId unit, Date first, Date last) {
  auto& st = db.prepare(
      "SELECT count(DISTINCT staff) FROM assignment WHERE recipient_unit = ? AND start_date <= ? "
      "AND (end_date IS NULL OR end_date >= ?)");
  st.bind(1, static_cast<std::int64_t>(unit));
  st.bind(2, date_text(last));
  st.bind(3, date_text(first));
  st.executeStep();
  return st.getColumn(0).getInt64();
}

std::int64_t filed_field_sum(Database& db, const std::string& template_key, UnitId unit,
                             const std::vector<Period>& periods, const std::string& field) {
  // One probe of the report_key index (template, period, unit, …) per period: a range of
  // periods would span every hospital's reports.
  std::string in;
  for (std::size_t i = 0; i < periods.size(); ++i) in += i ? ",?" : "?";
  auto& st = db.prepare("SELECT ifnull(sum(json_extract(vals, '$.' || ?)), 0) FROM report WHERE template = ? "
                        "AND unit = ? AND state <> 1 AND period IN (" + (in.empty() ? std::string("NULL") : in) + ")");
  st.bind(1, field);
  st.bind(2, template_key);
  st.bind(3, static_cast<std::int64_t>(unit));
  for (std::size_t i = 0; i < periods.size(); ++i) st.bind(static_cast<int>(i) + 4, periods[i].text());
  st.executeStep();
  return st.getColumn(0).getInt64();
}

}  // namespace bangfu::store
