#include "store/report_store.hpp"

#include "json/attendance_json.hpp"
#include "json/report_json.hpp"
#include "store/reach_sql.hpp"
#include "store/report_sql.hpp"
#include "store/unit_store.hpp"

namespace bangfu::store {
namespace {



ReportTemplate read_template(SQLite::Statement& st) {
  auto t = json::report_template_from_json(nlohmann::json::parse(st.getColumn(0).getString()));
  t.version = st.getColumn(1).getInt();
  return t;
}

constexpr const char* kReportSelect =
    "SELECT r.id, r.template, r.template_version, json_extract(t.definition, '$.title'), r.period, r.unit, ru.name, ru.region, rg.path, "
    "r.staff, s.name, hu.name, r.state, r.vals, r.deadline, r.first_submitted_at, r.submitted_at, r.late, "
    "r.decided_at, r.return_reason, r.review, r.package, r.created_by, r.created_at, r.updated_at "
    "FROM report r JOIN report_template t ON t.key = r.template AND t.version = r.template_version "
    "JOIN unit ru ON ru.id = r.unit JOIN unit u ON u.id = r.unit JOIN region rg ON rg.code = ru.region "
    "LEFT JOIN staff s ON s.id = r.staff LEFT JOIN unit su ON su.id = s.home_unit ";

Report read_report(SQLite::Statement& st) {
  Report r;
  r.id = st.getColumn(0).getInt64();
  r.template_key = st.getColumn(1).getString();
  r.template_version = st.getColumn(2).getInt();
  r.title = st.getColumn(3).getString();  // not the whole template: reports are read often
  r.period = parse_period(st.getColumn(4).getString());
  r.unit = st.getColumn(5).getInt64();
  r.unit_name = st.getColumn(6).getString();
  r.region = st.getColumn(7).getInt64();
  r.region_path = st.getColumn(8).getString();
  if (!st.getColumn(9).isNull()) r.staff = st.getColumn(9).getInt64();
  r.staff_name = text_or_empty(st.getColumn(10));
  r.home_unit_name = text_or_empty(st.getColumn(11));
  r.state = static_cast<ReportState>(st.getColumn(12).getInt());
  // Stored values are normalised (integers as numbers, decimals as text): no template needed.
  r.values = json::report_values_from_json(nlohmann::json::parse(st.getColumn(13).getString()), nullptr);
  r.deadline = date_from_text(st.getColumn(14).getString());
  r.first_submitted_at = text_or_empty(st.getColumn(15));
  r.submitted_at = text_or_empty(st.getColumn(16));
  r.late = st.getColumn(17).getInt() != 0;
  r.decided_at = text_or_empty(st.getColumn(18));
  r.return_reason = st.getColumn(19).getString();
  if (!st.getColumn(20).isNull()) r.review = json::progress_from_json(nlohmann::json::parse(st.getColumn(20).getString()));
  r.awaiting = awaiting(r.review);
  if (!st.getColumn(21).isNull()) r.package = st.getColumn(21).getInt64();
  r.created_by = st.getColumn(22).getInt64();
  r.created_at = st.getColumn(23).getString();
  r.updated_at = st.getColumn(24).getString();
  return r;
}

ReportPackage read_package(SQLite::Statement& st) {
  ReportPackage p;
  p.id = st.getColumn(0).getInt64();
  p.template_key = st.getColumn(1).getString();
  p.period = parse_period(st.getColumn(2).getString());
  p.province = st.getColumn(3).getInt64();
  p.province_name = text_or_empty(st.getColumn(4));
  p.state = static_cast<PackageState>(st.getColumn(5).getInt());
  p.report_count = st.getColumn(6).getInt();
  p.submitted_by = st.getColumn(7).getInt64();
  p.submitted_at = st.getColumn(8).getString();
  return p;
}

constexpr const char* kPackageSelect =
    "SELECT p.id, p.template, p.period, p.province, g.name, p.state, p.report_count, p.submitted_by, "
    "p.submitted_at FROM report_package p LEFT JOIN region g ON g.code = p.province ";

void bind_opt(SQLite::Statement& st, int i, const std::string& s) {
  if (s.empty()) st.bind(i);
  else st.bind(i, s);
}

}  // namespace

std::optional<ReportTemplate> report_template_get(Database& db, const std::string& key, int version) {
  auto& st = version > 0 ? db.prepare("SELECT definition, version FROM report_template WHERE key = ? AND version = ?")
                         : db.prepare("SELECT definition, version FROM report_template WHERE key = ? "
                                      "ORDER BY version DESC LIMIT 1");
  st.bind(1, key);
  if (version > 0) st.bind(2, version);
  if (!st.executeStep()) return std::nullopt;
  return read_template(st);
}

std::vector<ReportTemplate> report_templates_latest(Database& db) {
  auto& st = db.prepare(
      "SELECT definition, version FROM report_template t WHERE version = "
      "(SELECT max(version) FROM report_template x WHERE x.key = t.key) ORDER BY key");
  std::vector<ReportTemplate> out;
  while (st.executeStep()) out.push_back(read_template(st));
  return out;
}

void report_template_put(Database& db, const ReportTemplate& t, AccountId by, const std::string& at) {
  auto& st = db.prepare("INSERT INTO report_template(key, version, definition, created_by, created_at) VALUES(?,?,?,?,?)");
  st.bind(1, t.key);
  st.bind(2, t.version);
  st.bind(3, json::to_json(t).dump());
  st.bind(4, static_cast<std::int64_t>(by));
  st.bind(5, at);
  st.exec();
}

std::optional<ReportId> report_find(Database& db, const ReportKey& key) {
  auto& st = db.prepare("SELECT id FROM report WHERE template = ? AND period = ? AND unit = ? AND ifnull(staff, 0) = ?");
  st.bind(1, key.template_key);
  st.bind(2, key.period.text());
  st.bind(3, static_cast<std::int64_t>(key.unit));
  st.bind(4, static_cast<std::int64_t>(key.staff.value_or(0)));
  if (!st.executeStep()) return std::nullopt;
  return st.getColumn(0).getInt64();
}

ReportId report_insert(Database& db, const Report& r) {
  auto& st = db.prepare(
      "INSERT INTO report(template, template_version, period, unit, staff, state, vals, deadline, created_by, "
      "created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
  st.bind(1, r.template_key);
  st.bind(2, r.template_version);
  st.bind(3, r.period.text());
  st.bind(4, static_cast<std::int64_t>(r.unit));
  if (r.staff) st.bind(5, static_cast<std::int64_t>(*r.staff));
  else st.bind(5);
  st.bind(6, static_cast<int>(r.state));
  st.bind(7, json::to_json(r.values).dump());
  st.bind(8, date_text(r.deadline));
  st.bind(9, static_cast<std::int64_t>(r.created_by));
  st.bind(10, r.created_at);
  st.bind(11, r.updated_at);
  st.exec();
  return db.last_insert_id();
}

void report_save(Database& db, const Report& r, const Workflow* flow) {
  auto& st = db.prepare(
      "UPDATE report SET state = ?, vals = ?, first_submitted_at = ?, submitted_at = ?, late = ?, decided_at = ?, "
      "return_reason = ?, review = ?, package = ?, updated_at = ?, template_version = ? WHERE id = ?");
  st.bind(1, static_cast<int>(r.state));
  st.bind(2, json::to_json(r.values).dump());
  bind_opt(st, 3, r.first_submitted_at);
  bind_opt(st, 4, r.submitted_at);
  st.bind(5, r.late ? 1 : 0);
  bind_opt(st, 6, r.decided_at);
  st.bind(7, r.return_reason);
  if (r.review.steps.empty()) st.bind(8);
  else st.bind(8, json::to_json(r.review).dump());
  if (r.package) st.bind(9, static_cast<std::int64_t>(*r.package));
  else st.bind(9);
  st.bind(10, r.updated_at);
  st.bind(11, r.template_version);
  st.bind(12, static_cast<std::int64_t>(r.id));
  st.exec();
  if (flow) {
    auto& w = db.prepare("UPDATE report SET workflow = ? WHERE id = ?");
    w.bind(1, json::to_json(*flow).dump());
    w.bind(2, static_cast<std::int64_t>(r.id));
    w.exec();
  }
  auto& del = db.prepare("DELETE FROM report_awaiting WHERE report = ?");
  del.bind(1, static_cast<std::int64_t>(r.id));
  del.exec();
  if (r.state != ReportState::submitted) return;
  for (auto a : awaiting(r.review)) {
    auto& ins = db.prepare("INSERT OR IGNORE INTO report_awaiting(account, report) VALUES(?, ?)");
    ins.bind(1, static_cast<std::int64_t>(a));
    ins.bind(2, static_cast<std::int64_t>(r.id));
    ins.exec();
  }
}

std::optional<Report> report_get(Database& db, ReportId id) {
  auto& st = db.prepare(std::string(kReportSelect) + kSendingHospitalJoin + "WHERE r.id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  return read_report(st);
}

Workflow report_workflow(Database& db, ReportId id) {
  auto& st = db.prepare("SELECT workflow FROM report WHERE id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep() || st.getColumn(0).isNull()) return default_workflow(RequestKind::report_review);
  return json::workflow_from_json(nlohmann::json::parse(st.getColumn(0).getString()));
}

std::vector<Report> report_list(Database& db, const ReportQuery& q) {
  const auto& f = q.filter;
  std::string sql = std::string(kReportSelect) + kSendingHospitalJoin + "WHERE (" + report_reach_sql(q.reach) + ")";
  if (f.template_key) sql += " AND r.template = :template";
  if (f.period) sql += " AND r.period = :period";
  if (q.region) sql += " AND " + between("ru.region", q.region->first, q.region->last);
  if (f.unit) sql += " AND r.unit = :unit";
  if (q.support) sql += " AND " + between("su.pre", q.support->pre, q.support->post);
  if (f.staff) sql += " AND r.staff = :staff";
  if (f.state) sql += " AND r.state = :state";
  if (f.awaiting_me) sql += " AND r.id IN (SELECT report FROM report_awaiting WHERE account = :account)";
  sql += " ORDER BY r.period DESC, ru.region, r.unit, s.id LIMIT :limit";
  SQLite::Statement st(db.raw(), sql);  // shape varies with the reach and filter: not cached
  if (f.template_key) st.bind(":template", *f.template_key);
  if (f.period) st.bind(":period", f.period->text());
  if (f.unit) st.bind(":unit", static_cast<std::int64_t>(*f.unit));
  if (f.staff) st.bind(":staff", static_cast<std::int64_t>(*f.staff));
  if (f.state) st.bind(":state", static_cast<int>(*f.state));
  if (f.awaiting_me) st.bind(":account", static_cast<std::int64_t>(q.account));
  st.bind(":limit", f.limit);
  std::vector<Report> out;
  while (st.executeStep()) out.push_back(read_report(st));
  return out;
}

std::optional<ReportPackage> package_find(Database& db, const std::string& template_key, const Period& p,
                                          RegionCode province) {
  auto& st = db.prepare(std::string(kPackageSelect) + "WHERE p.template = ? AND p.period = ? AND p.province = ?");
  st.bind(1, template_key);
  st.bind(2, p.text());
  st.bind(3, static_cast<std::int64_t>(province));
  if (!st.executeStep()) return std::nullopt;
  return read_package(st);
}

std::optional<ReportPackage> package_get(Database& db, PackageId id) {
  auto& st = db.prepare(std::string(kPackageSelect) + "WHERE p.id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  return read_package(st);
}

PackageId package_put(Database& db, const ReportPackage& p) {
  auto& st = db.prepare(
      "INSERT INTO report_package(template, period, province, state, report_count, submitted_by, submitted_at) "
      "VALUES(?,?,?,?,?,?,?) ON CONFLICT(template, period, province) DO UPDATE SET state = excluded.state, "
      "report_count = excluded.report_count, submitted_by = excluded.submitted_by, "
      "submitted_at = excluded.submitted_at");
  st.bind(1, p.template_key);
  st.bind(2, p.period.text());
  st.bind(3, static_cast<std::int64_t>(p.province));
  st.bind(4, static_cast<int>(p.state));
  st.bind(5, p.report_count);
  st.bind(6, static_cast<std::int64_t>(p.submitted_by));
  st.bind(7, p.submitted_at);
  st.exec();
  return package_find(db, p.template_key, p.period, p.province)->id;
}

void package_set_state(Database& db, PackageId id, PackageState s) {
  auto& st = db.prepare("UPDATE report_package SET state = ? WHERE id = ?");
  st.bind(1, static_cast<int>(s));
  st.bind(2, static_cast<std::int64_t>(id));
  st.exec();
}

std::vector<ReportPackage> package_list(Database& db, const std::optional<std::string>& template_key,
                                        const std::optional<Period>& period, const std::optional<RegionRange>& within) {
  std::string sql = std::string(kPackageSelect) + "WHERE 1";
  if (template_key) sql += " AND p.template = :template";
  if (period) sql += " AND p.period = :period";
  if (within) sql += " AND " + between("p.province", within->first, within->last);
  sql += " ORDER BY p.period DESC, p.template, p.province";
  SQLite::Statement st(db.raw(), sql);
  if (template_key) st.bind(":template", *template_key);
  if (period) st.bind(":period", period->text());
  std::vector<ReportPackage> out;
  while (st.executeStep()) out.push_back(read_package(st));
  return out;
}

}  // namespace bangfu::store
