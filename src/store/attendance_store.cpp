#include "store/attendance_store.hpp"

#include <boost/date_time/posix_time/posix_time.hpp>

#include "json/attendance_json.hpp"
#include "store/unit_store.hpp"

namespace bangfu::store {
namespace {

const boost::posix_time::ptime kEpoch(Date(1970, 1, 1));

AttendanceGroup read_group(Database& db, SQLite::Statement& st) {
  AttendanceGroup g;
  g.id = st.getColumn(0).getInt64();
  g.unit = st.getColumn(1).getInt64();
  g.name = st.getColumn(2).getString();
  g.rule = json::attendance_rule_from_json(nlohmann::json::parse(st.getColumn(3).getString()));
  g.unit_name = st.getColumn(4).getString();
  auto& m = db.prepare("SELECT staff FROM attendance_member WHERE grp = ? ORDER BY staff");
  m.bind(1, static_cast<std::int64_t>(g.id));
  while (m.executeStep()) g.members.push_back(m.getColumn(0).getInt64());
  return g;
}

void put_version(Database& db, GroupId id, Date from, const AttendanceRule& rule) {
  auto& st = db.prepare("INSERT OR REPLACE INTO attendance_rule_version(grp, valid_from, rule) VALUES (?, ?, ?)");
  st.bind(1, static_cast<std::int64_t>(id));
  st.bind(2, date_text(from));
  st.bind(3, json::to_json(rule).dump());
  st.exec();
}

constexpr const char* kGroupSelect =
    "SELECT g.id, g.unit, g.name, g.rule, u.name FROM attendance_group g JOIN unit u ON u.id = g.unit ";

void insert_members(Database& db, GroupId id, const std::vector<StaffId>& members) {
  auto& st = db.prepare("INSERT OR IGNORE INTO attendance_member(grp, staff) VALUES (?, ?)");
  for (auto s : members) {
    st.reset();
    st.bind(1, static_cast<std::int64_t>(id));
    st.bind(2, static_cast<std::int64_t>(s));
    st.exec();
  }
}

Punch read_punch(SQLite::Statement& st) {
  Punch p;
  p.id = st.getColumn(0).getInt64();
  p.staff = st.getColumn(1).getInt64();
  p.assignment = st.getColumn(2).getInt64();
  p.unit = st.getColumn(3).getInt64();
  p.at = kEpoch + boost::posix_time::seconds(st.getColumn(4).getInt64());
  p.day = date_from_text(st.getColumn(5).getString());
  p.minute = st.getColumn(6).getInt();
  if (!st.getColumn(7).isNull()) p.location = GeoPoint{st.getColumn(7).getDouble(), st.getColumn(8).getDouble()};
  if (!st.getColumn(9).isNull()) p.distance_m = st.getColumn(9).getInt();
  p.check = static_cast<PunchCheck>(st.getColumn(10).getInt());
  p.source = st.getColumn(11).getString();
  p.recorded_by = st.getColumn(12).getInt64();
  return p;
}

constexpr const char* kPunchSelect =
    "SELECT id, staff, assignment, unit, at, day, minute, latitude, longitude, distance, checked, source, "
    "recorded_by FROM punch ";

}  // namespace

GroupId group_insert(Database& db, const NewAttendanceGroup& g) {
  auto& st = db.prepare("INSERT INTO attendance_group(unit, name, is_default, rule) VALUES (?, ?, ?, ?)");
  st.bind(1, static_cast<std::int64_t>(g.unit));
  st.bind(2, g.name);
  st.bind(3, g.members.empty() ? 1 : 0);
  st.bind(4, json::to_json(g.rule).dump());
  st.exec();
  GroupId id = db.last_insert_id();
  insert_members(db, id, g.members);
  put_version(db, id, Date(1400, 1, 1), g.rule);  // the first rule covers every earlier day
  return id;
}

void group_update(Database& db, GroupId id, const NewAttendanceGroup& g, Date from) {
  put_version(db, id, from, g.rule);
  auto& st = db.prepare("UPDATE attendance_group SET name = ?, is_default = ?, rule = ? WHERE id = ?");
  st.bind(1, g.name);
  st.bind(2, g.members.empty() ? 1 : 0);
  st.bind(3, json::to_json(g.rule).dump());
  st.bind(4, static_cast<std::int64_t>(id));
  st.exec();
  auto& del = db.prepare("DELETE FROM attendance_member WHERE grp = ?");
  del.bind(1, static_cast<std::int64_t>(id));
  del.exec();
  insert_members(db, id, g.members);
}

void group_delete(Database& db, GroupId id) {
  for (const char* sql : {"DELETE FROM attendance_member WHERE grp = ?", "DELETE FROM attendance_rule_version WHERE grp = ?",
                          "DELETE FROM attendance_group WHERE id = ?"}) {
    auto& st = db.prepare(sql);
    st.bind(1, static_cast<std::int64_t>(id));
    st.exec();
  }
}

std::optional<AttendanceGroup> group_get(Database& db, GroupId id) {
  SQLite::Statement st(db.raw(), std::string(kGroupSelect) + "WHERE g.id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  return read_group(db, st);
}

std::vector<AttendanceGroup> group_list(Database& db, UnitId unit) {
  SQLite::Statement st(db.raw(), std::string(kGroupSelect) + "WHERE g.unit = ? ORDER BY g.is_default DESC, g.id");
  st.bind(1, static_cast<std::int64_t>(unit));
  std::vector<AttendanceGroup> out;
  while (st.executeStep()) out.push_back(read_group(db, st));
  return out;
}

std::optional<AttendanceGroup> group_for_staff(Database& db, StaffId staff, UnitId unit) {
  SQLite::Statement st(db.raw(),
                       std::string(kGroupSelect) +
                           "WHERE g.unit = ?1 AND (g.is_default = 1 OR g.id IN "
                           "(SELECT grp FROM attendance_member WHERE staff = ?2)) ORDER BY g.is_default, g.id LIMIT 1");
  st.bind(1, static_cast<std::int64_t>(unit));
  st.bind(2, static_cast<std::int64_t>(staff));
  if (!st.executeStep()) return std::nullopt;
  return read_group(db, st);
}

std::optional<GroupId> group_id_for_staff(Database& db, StaffId staff, UnitId unit) {
  auto& st = db.prepare(
      "SELECT g.id FROM attendance_group g WHERE g.unit = ?1 AND (g.is_default = 1 OR g.id IN "
      "(SELECT grp FROM attendance_member WHERE staff = ?2)) ORDER BY g.is_default, g.id LIMIT 1");
  st.bind(1, static_cast<std::int64_t>(unit));
  st.bind(2, static_cast<std::int64_t>(staff));
  if (!st.executeStep()) return std::nullopt;
  return st.getColumn(0).getInt64();
}

std::vector<std::pair<Date, AttendanceRule>> group_rule_versions(Database& db, GroupId id) {
  auto& st = db.prepare("SELECT valid_from, rule FROM attendance_rule_version WHERE grp = ? ORDER BY valid_from");
  st.bind(1, static_cast<std::int64_t>(id));
  std::vector<std::pair<Date, AttendanceRule>> out;
  while (st.executeStep()) {
    out.emplace_back(date_from_text(st.getColumn(0).getString()), json::attendance_rule_from_json(nlohmann::json::parse(st.getColumn(1).getString())));
  }
  return out;
}

std::optional<GroupId> group_listing(Database& db, UnitId unit, StaffId staff, GroupId except) {
  auto& st = db.prepare(
      "SELECT g.id FROM attendance_group g JOIN attendance_member m ON m.grp = g.id "
      "WHERE g.unit = ? AND m.staff = ? AND g.id <> ? LIMIT 1");
  st.bind(1, static_cast<std::int64_t>(unit));
  st.bind(2, static_cast<std::int64_t>(staff));
  st.bind(3, static_cast<std::int64_t>(except));
  if (!st.executeStep()) return std::nullopt;
  return st.getColumn(0).getInt64();
}

PunchId punch_insert(Database& db, const Punch& p) {
  auto& st = db.prepare(
      "INSERT INTO punch(staff, assignment, unit, at, day, minute, latitude, longitude, distance, checked, "
      "source, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, static_cast<std::int64_t>(p.staff));
  st.bind(2, static_cast<std::int64_t>(p.assignment));
  st.bind(3, static_cast<std::int64_t>(p.unit));
  st.bind(4, static_cast<std::int64_t>((p.at - kEpoch).total_seconds()));
  st.bind(5, date_text(p.day));
  st.bind(6, p.minute);
  if (p.location) {
    st.bind(7, p.location->latitude);
    st.bind(8, p.location->longitude);
  }
  if (p.distance_m) st.bind(9, *p.distance_m);
  st.bind(10, static_cast<int>(p.check));
  st.bind(11, p.source);
  st.bind(12, static_cast<std::int64_t>(p.recorded_by));
  st.exec();
  return db.last_insert_id();
}

void punch_set_check(Database& db, PunchId id, PunchCheck check) {
  auto& st = db.prepare("UPDATE punch SET checked = ? WHERE id = ?");
  st.bind(1, static_cast<int>(check));
  st.bind(2, static_cast<std::int64_t>(id));
  st.exec();
}

std::optional<Punch> punch_get(Database& db, PunchId id) {
  auto& st = db.prepare(std::string(kPunchSelect) + "WHERE id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  return read_punch(st);
}

std::optional<Punch> punch_at(Database& db, StaffId staff, Instant at) {
  auto& st = db.prepare(std::string(kPunchSelect) + "WHERE staff = ? AND at = ?");
  st.bind(1, static_cast<std::int64_t>(staff));
  st.bind(2, static_cast<std::int64_t>((at - kEpoch).total_seconds()));
  if (!st.executeStep()) return std::nullopt;
  return read_punch(st);
}

std::vector<Punch> punch_list(Database& db, StaffId staff, Date first, Date last) {
  auto& st = db.prepare(std::string(kPunchSelect) + "WHERE staff = ? AND day BETWEEN ? AND ? ORDER BY at, id");
  st.bind(1, static_cast<std::int64_t>(staff));
  st.bind(2, date_text(first));
  st.bind(3, date_text(last));
  std::vector<Punch> out;
  while (st.executeStep()) out.push_back(read_punch(st));
  return out;
}

}  // namespace bangfu::store

#include "store/reach_sql.hpp"

namespace bangfu::store {

std::vector<RosterRow> attendance_roster(Database& db, const RosterQuery& q) {
  std::string sql =
      "SELECT s.id, s.name, hu.name, a.id, ru.id, ru.name, ru.region, rr.path FROM assignment a "
      "JOIN staff s ON s.id = a.staff JOIN unit su ON su.id = s.home_unit "
      // 派出单位: the support hospital a department belongs to, or the home unit itself.
      "JOIN unit hu ON hu.id = coalesce((SELECT h.id FROM unit h WHERE h.kind = 1 AND h.pre <= su.pre "
      "AND h.post >= su.pre ORDER BY h.pre DESC LIMIT 1), su.id) "
      "JOIN unit ru ON ru.id = a.recipient_unit JOIN region rr ON rr.code = ru.region "
      "WHERE a.start_date <= ?2 AND (a.end_date IS NULL OR a.end_date >= ?1)";
  if (!q.reach.all) sql += " AND (" + reach_sql(q.reach, ReachUse::view) + ")";
  if (q.region) sql += " AND " + between("ru.region", q.region->first, q.region->last);
  if (q.unit) sql += " AND ru.id = " + std::to_string(*q.unit);
  if (q.staff) sql += " AND s.id = " + std::to_string(*q.staff);
  sql += " ORDER BY ru.region, ru.id, s.id, a.start_date";
  SQLite::Statement st(db.raw(), sql);  // shape varies with the reach: not cached
  st.bind(1, date_text(q.first));
  st.bind(2, date_text(q.last));
  std::vector<RosterRow> out;
  while (st.executeStep())
    out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                   st.getColumn(3).getInt64(), st.getColumn(4).getInt64(), st.getColumn(5).getString(),
                   st.getColumn(6).getInt64(), st.getColumn(7).getString()});
  return out;
}

}  // namespace bangfu::store
