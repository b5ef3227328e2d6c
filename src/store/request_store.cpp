#include "store/request_store.hpp"

#include "bangfu/error.hpp"
#include "json/attendance_json.hpp"
#include "store/attendance_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu::store {
namespace {

constexpr const char* kRequestSelect =
    "SELECT r.id, r.kind, r.state, r.staff, s.name, r.applicant, r.assignment, r.unit, u.name, r.first_day, "
    "r.last_day, r.punch_kind, r.minute, r.leave_type, r.first_half, r.last_half, r.halves, r.punch, r.reason, "
    "r.progress, r.submitted_at, r.finished_at FROM request r JOIN staff s ON s.id = r.staff "
    "JOIN unit u ON u.id = r.unit ";

Request read_request(Database& db, SQLite::Statement& st) {
  Request r;
  r.id = st.getColumn(0).getInt64();
  r.kind = static_cast<RequestKind>(st.getColumn(1).getInt());
  r.state = static_cast<RequestState>(st.getColumn(2).getInt());
  r.staff = st.getColumn(3).getInt64();
  r.staff_name = st.getColumn(4).getString();
  r.applicant = st.getColumn(5).getInt64();
  r.assignment = st.getColumn(6).getInt64();
  r.unit = st.getColumn(7).getInt64();
  r.unit_name = st.getColumn(8).getString();
  Date first = date_from_text(st.getColumn(9).getString());
  Date last = date_from_text(st.getColumn(10).getString());
  std::string reason = st.getColumn(18).getString();
  if (r.kind == RequestKind::makeup)
    r.makeup = MakeupRequest{first, static_cast<PunchKind>(st.getColumn(11).getInt()), st.getColumn(12).getInt(), reason};
  if (r.kind == RequestKind::leave)
    r.leave = LeaveRequest{static_cast<LeaveType>(st.getColumn(13).getInt()),
                           LeaveSpan{first, static_cast<HalfDay>(st.getColumn(14).getInt()), last,
                                     static_cast<HalfDay>(st.getColumn(15).getInt())},
                           reason};
  r.leave_halves = st.getColumn(16).getInt();
  if (!st.getColumn(17).isNull()) r.punch = st.getColumn(17).getInt64();
  r.progress = json::progress_from_json(nlohmann::json::parse(st.getColumn(19).getString()));
  r.submitted_at = st.getColumn(20).getString();
  r.finished_at = text_or_empty(st.getColumn(21));
  r.awaiting = awaiting(r.progress);
  auto& cc = db.prepare("SELECT account FROM request_party WHERE request = ? AND box = 3 ORDER BY account");
  cc.bind(1, static_cast<std::int64_t>(r.id));
  while (cc.executeStep()) r.cc.push_back(cc.getColumn(0).getInt64());
  return r;
}

std::vector<Request> read_all(Database& db, SQLite::Statement& st) {
  std::vector<Request> out;
  while (st.executeStep()) out.push_back(read_request(db, st));
  return out;
}

void replace_awaiting(Database& db, const Request& r) {
  auto& del = db.prepare("DELETE FROM request_party WHERE request = ? AND box = 1");
  del.bind(1, static_cast<std::int64_t>(r.id));
  del.exec();
  for (auto a : awaiting(r.progress)) party_add(db, r.id, a, PartyBox::awaiting);
}

}  // namespace

std::optional<Workflow> workflow_get(Database& db, RequestKind kind) {
  auto& st = db.prepare("SELECT definition FROM workflow WHERE kind = ?");
  st.bind(1, static_cast<int>(kind));
  if (!st.executeStep()) return std::nullopt;
  return json::workflow_from_json(nlohmann::json::parse(st.getColumn(0).getString()));
}

void workflow_put(Database& db, const Workflow& w, AccountId by, const std::string& at) {
  auto& st = db.prepare(
      "INSERT INTO workflow(kind, definition, updated_by, updated_at) VALUES (?, ?, ?, ?) "
      "ON CONFLICT(kind) DO UPDATE SET definition = excluded.definition, updated_by = excluded.updated_by, "
      "updated_at = excluded.updated_at");
  st.bind(1, static_cast<int>(w.kind));
  st.bind(2, json::to_json(w).dump());
  st.bind(3, static_cast<std::int64_t>(by));
  st.bind(4, at);
  st.exec();
}

RequestId request_insert(Database& db, const Request& r, const Workflow& flow) {
  auto& st = db.prepare(
      "INSERT INTO request(kind, state, staff, applicant, assignment, unit, first_day, last_day, punch_kind, "
      "minute, leave_type, first_half, last_half, halves, punch, reason, progress, submitted_at, finished_at, "
      "workflow) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, static_cast<int>(r.kind));
  st.bind(2, static_cast<int>(r.state));
  st.bind(3, static_cast<std::int64_t>(r.staff));
  st.bind(4, static_cast<std::int64_t>(r.applicant));
  st.bind(5, static_cast<std::int64_t>(r.assignment));
  st.bind(6, static_cast<std::int64_t>(r.unit));
  std::string reason;
  if (r.makeup) {
    st.bind(7, date_text(r.makeup->day));
    st.bind(8, date_text(r.makeup->day));
    st.bind(9, static_cast<int>(r.makeup->kind));
    st.bind(10, r.makeup->minute);
    reason = r.makeup->reason;
  } else if (r.leave) {
    st.bind(7, date_text(r.leave->span.first));
    st.bind(8, date_text(r.leave->span.last));
    st.bind(11, static_cast<int>(r.leave->type));
    st.bind(12, static_cast<int>(r.leave->span.first_half));
    st.bind(13, static_cast<int>(r.leave->span.last_half));
    reason = r.leave->reason;
  } else {
    auto p = punch_get(db, r.punch.value_or(0));
    std::string day = p ? date_text(p->day) : "";
    st.bind(7, day);
    st.bind(8, day);
  }
  st.bind(14, r.leave_halves);
  if (r.punch) st.bind(15, static_cast<std::int64_t>(*r.punch));
  st.bind(16, reason);
  st.bind(17, json::to_json(r.progress).dump());
  st.bind(18, r.submitted_at);
  if (!r.finished_at.empty()) st.bind(19, r.finished_at);
  st.bind(20, json::to_json(flow).dump());
  st.exec();
  Request saved = r;
  saved.id = db.last_insert_id();
  replace_awaiting(db, saved);
  return saved.id;
}

Workflow request_workflow(Database& db, RequestId id) {
  auto& st = db.prepare("SELECT workflow FROM request WHERE id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) throw Error(ErrorCode::not_found, "request " + std::to_string(id) + ": no such request");
  return json::workflow_from_json(nlohmann::json::parse(st.getColumn(0).getString()));
}

void request_save_progress(Database& db, const Request& r) {
  auto& st = db.prepare("UPDATE request SET state = ?, progress = ?, finished_at = ? WHERE id = ?");
  st.bind(1, static_cast<int>(r.state));
  st.bind(2, json::to_json(r.progress).dump());
  if (!r.finished_at.empty()) st.bind(3, r.finished_at);
  st.bind(4, static_cast<std::int64_t>(r.id));
  st.exec();
  replace_awaiting(db, r);
}

std::optional<Request> request_get(Database& db, RequestId id) {
  SQLite::Statement st(db.raw(), std::string(kRequestSelect) + "WHERE r.id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  return read_request(db, st);
}

void party_add(Database& db, RequestId request, AccountId account, PartyBox box) {
  auto& st = db.prepare("INSERT OR IGNORE INTO request_party(account, box, request) VALUES (?, ?, ?)");
  st.bind(1, static_cast<std::int64_t>(account));
  st.bind(2, static_cast<int>(box));
  st.bind(3, static_cast<std::int64_t>(request));
  st.exec();
}

std::vector<Request> request_list(Database& db, const RequestQuery& q) {
  const auto& f = q.filter;
  std::string sql = kRequestSelect;
  using Box = RequestFilter::Box;
  switch (f.box) {
    case Box::awaiting_me:
      sql += "WHERE r.id IN (SELECT request FROM request_party WHERE account = ?1 AND box = 1)";
      break;
    case Box::decided_by_me:
      sql += "WHERE r.id IN (SELECT request FROM request_party WHERE account = ?1 AND box = 2)";
      break;
    case Box::copied:
      sql += "WHERE r.id IN (SELECT request FROM request_party WHERE account = ?1 AND box = 3)";
      break;
    case Box::submitted:
      sql += "WHERE r.applicant = ?1";
      break;
    case Box::in_scope:
      sql += "JOIN unit su ON su.id = s.home_unit JOIN unit hu ON hu.id = s.home_unit "
             "JOIN assignment a ON a.id = r.assignment JOIN unit ru ON ru.id = a.recipient_unit WHERE ?1 = ?1";
      if (q.reach && !q.reach->all) sql += " AND (" + reach_sql(*q.reach, ReachUse::view) + ")";
      break;
  }
  if (f.kind) sql += " AND r.kind = " + std::to_string(static_cast<int>(*f.kind));
  if (f.state) sql += " AND r.state = " + std::to_string(static_cast<int>(*f.state));
  if (f.staff) sql += " AND r.staff = " + std::to_string(*f.staff);
  sql += " ORDER BY r.id DESC LIMIT " + std::to_string(f.limit > 0 ? f.limit : 200);
  SQLite::Statement st(db.raw(), sql);
  st.bind(1, static_cast<std::int64_t>(q.account));
  return read_all(db, st);
}

std::vector<Request> requests_live(Database& db, StaffId staff, RequestKind kind, Date first, Date last) {
  SQLite::Statement st(db.raw(), std::string(kRequestSelect) +
                                     "WHERE r.staff = ? AND r.kind = ? AND r.state IN (2, 3) AND r.first_day <= ? "
                                     "AND r.last_day >= ? ORDER BY r.id");
  st.bind(1, static_cast<std::int64_t>(staff));
  st.bind(2, static_cast<int>(kind));
  st.bind(3, date_text(last));
  st.bind(4, date_text(first));
  return read_all(db, st);
}

std::vector<Request> requests_approved(Database& db, StaffId staff, Date first, Date last) {
  auto& st = db.prepare(std::string(kRequestSelect) +
                        "WHERE r.staff = ? AND r.state = 3 AND r.kind IN (1, 2) AND r.first_day <= ? "
                        "AND r.last_day >= ? ORDER BY r.id");
  st.bind(1, static_cast<std::int64_t>(staff));
  st.bind(2, date_text(last));
  st.bind(3, date_text(first));
  std::vector<Request> out;
  while (st.executeStep()) out.push_back(read_request(db, st));
  return out;
}

std::optional<RequestId> request_for_punch(Database& db, PunchId punch) {
  auto& st = db.prepare("SELECT id FROM request WHERE punch = ? ORDER BY id DESC LIMIT 1");
  st.bind(1, static_cast<std::int64_t>(punch));
  if (!st.executeStep()) return std::nullopt;
  return st.getColumn(0).getInt64();
}

std::vector<AccountId> unit_admins(Database& db, Role role, internal::DfsNumber target) {
  auto& st = db.prepare(
      "SELECT a.id FROM account a JOIN account_role r ON r.account = a.id AND r.role = ? "
      "JOIN unit u ON u.id = a.scope_unit WHERE a.disabled = 0 AND a.scope_kind = 2 "
      "AND u.pre <= ? AND u.post >= ? ORDER BY u.pre DESC, a.id");
  st.bind(1, static_cast<int>(role));
  st.bind(2, target.pre);
  st.bind(3, target.pre);
  std::vector<AccountId> out;
  while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
  return out;
}

std::vector<AccountId> region_admins(Database& db, Role role, RegionCode region) {
  auto& st = db.prepare(
      "SELECT a.id FROM account a JOIN account_role r ON r.account = a.id AND r.role = ? "
      "WHERE a.disabled = 0 AND a.scope_kind = 1 AND a.scope_region = ? ORDER BY a.id");
  st.bind(1, static_cast<int>(role));
  st.bind(2, static_cast<std::int64_t>(region));
  std::vector<AccountId> out;
  while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
  return out;
}

bool account_enabled(Database& db, AccountId id) {
  auto& st = db.prepare("SELECT 1 FROM account WHERE id = ? AND disabled = 0");
  st.bind(1, static_cast<std::int64_t>(id));
  return st.executeStep();
}

}  // namespace bangfu::store
