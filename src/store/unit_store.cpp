#include "store/unit_store.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace bangfu::store {
namespace {

constexpr const char* kUnitSelect =
    "SELECT u.id, u.code, u.kind, u.name, u.region, u.address, u.grade, u.latitude, u.longitude, "
    "u.parent, r.path FROM unit u JOIN region r ON r.code = u.region ";

Unit read_unit(SQLite::Statement& st) {
  Unit u;
  u.id = st.getColumn(0).getInt64();
  u.code = st.getColumn(1).getString();
  u.kind = static_cast<UnitKind>(st.getColumn(2).getInt());
  u.name = st.getColumn(3).getString();
  u.region = st.getColumn(4).getInt64();
  u.address = st.getColumn(5).getString();
  u.grade = st.getColumn(6).getString();
  if (!st.getColumn(7).isNull() && !st.getColumn(8).isNull())
    u.location = GeoPoint{st.getColumn(7).getDouble(), st.getColumn(8).getDouble()};
  if (!st.getColumn(9).isNull()) u.parent = st.getColumn(9).getInt64();
  u.region_path = st.getColumn(10).getString();
  return u;
}

void bind_unit(SQLite::Statement& st, const NewUnit& u) {
  st.bind(1, u.code);
  st.bind(2, static_cast<int>(u.kind));
  st.bind(3, u.name);
  st.bind(4, static_cast<std::int64_t>(u.region));
  st.bind(5, u.address);
  st.bind(6, u.grade);
  if (u.location) {
    st.bind(7, u.location->latitude);
    st.bind(8, u.location->longitude);
  } else {
    st.bind(7);
    st.bind(8);
  }
  if (u.parent) st.bind(9, static_cast<std::int64_t>(*u.parent));
  else st.bind(9);
}

constexpr const char* kPairingSelect =
    "SELECT p.id, p.support_unit, p.recipient_unit, p.start_date, p.end_date, s.name, r.name "
    "FROM pairing p JOIN unit s ON s.id = p.support_unit JOIN unit r ON r.id = p.recipient_unit ";

Pairing read_pairing(SQLite::Statement& st) {
  Pairing p;
  p.id = st.getColumn(0).getInt64();
  p.support_unit = st.getColumn(1).getInt64();
  p.recipient_unit = st.getColumn(2).getInt64();
  p.start = date_from_text(st.getColumn(3).getString());
  if (!st.getColumn(4).isNull()) p.end = date_from_text(st.getColumn(4).getString());
  p.support_name = st.getColumn(5).getString();
  p.recipient_name = st.getColumn(6).getString();
  return p;
}

}  // namespace

Date date_from_text(const std::string& s) { return boost::gregorian::from_simple_string(s); }

UnitId unit_insert(Database& db, const NewUnit& u) {
  auto& st = db.prepare(
      "INSERT INTO unit(code, kind, name, region, address, grade, latitude, longitude, parent) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bind_unit(st, u);
  st.exec();
  return db.last_insert_id();
}

void unit_update(Database& db, UnitId id, const NewUnit& u) {
  auto& st = db.prepare(
      "UPDATE unit SET code = ?, kind = ?, name = ?, region = ?, address = ?, grade = ?, "
      "latitude = ?, longitude = ?, parent = ? WHERE id = ?");
  bind_unit(st, u);
  st.bind(10, static_cast<std::int64_t>(id));
  st.exec();
}

std::optional<Unit> unit_get(Database& db, UnitId id) {
  auto& st = db.prepare(std::string(kUnitSelect) + "WHERE u.id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  return read_unit(st);
}

std::optional<Unit> unit_get_by_code(Database& db, const std::string& code) {
  auto& st = db.prepare(std::string(kUnitSelect) + "WHERE u.code = ?");
  st.bind(1, code);
  if (!st.executeStep()) return std::nullopt;
  return read_unit(st);
}

std::vector<Unit> unit_list(Database& db, const UnitFilter& f, std::optional<internal::DfsNumber> under) {
  auto& st = db.prepare(std::string(kUnitSelect) +
                        "WHERE (?1 IS NULL OR u.kind = ?1) AND u.region BETWEEN ?2 AND ?3 "
                        "AND u.pre BETWEEN ?4 AND ?5 AND (?6 = '' OR instr(u.name, ?6) > 0) "
                        "ORDER BY u.region, u.id LIMIT ?7");
  if (f.kind) st.bind(1, static_cast<int>(*f.kind));
  else st.bind(1);
  auto range = region_subtree(f.region.value_or(kNationwide));
  st.bind(2, static_cast<std::int64_t>(range.first));
  st.bind(3, static_cast<std::int64_t>(range.last));
  st.bind(4, static_cast<std::int64_t>(under ? under->pre : 0));
  st.bind(5, static_cast<std::int64_t>(under ? under->post : INT64_MAX));
  st.bind(6, f.name_contains);
  st.bind(7, f.limit);
  std::vector<Unit> out;
  while (st.executeStep()) out.push_back(read_unit(st));
  return out;
}

std::optional<UnitPlace> unit_place(Database& db, UnitId id) {
  auto& st = db.prepare("SELECT id, kind, region, pre, post, name FROM unit WHERE id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  UnitPlace p;
  p.id = st.getColumn(0).getInt64();
  p.kind = static_cast<UnitKind>(st.getColumn(1).getInt());
  p.region = st.getColumn(2).getInt64();
  p.dfs = {st.getColumn(3).getInt64(), st.getColumn(4).getInt64()};
  p.name = st.getColumn(5).getString();
  return p;
}

std::vector<internal::UnitLink> unit_links(Database& db) {
  auto& st = db.prepare("SELECT id, parent FROM unit");
  std::vector<internal::UnitLink> out;
  while (st.executeStep()) {
    internal::UnitLink l{st.getColumn(0).getInt64(), std::nullopt};
    if (!st.getColumn(1).isNull()) l.parent = st.getColumn(1).getInt64();
    out.push_back(l);
  }
  return out;
}

void unit_set_numbers(Database& db, const std::unordered_map<UnitId, internal::DfsNumber>& numbers) {
  auto& st = db.prepare("UPDATE unit SET pre = ?, post = ? WHERE id = ? AND (pre <> ? OR post <> ?)");
  for (auto& [id, n] : numbers) {
    st.reset();
    st.bind(1, static_cast<std::int64_t>(n.pre));
    st.bind(2, static_cast<std::int64_t>(n.post));
    st.bind(3, static_cast<std::int64_t>(id));
    st.bind(4, static_cast<std::int64_t>(n.pre));
    st.bind(5, static_cast<std::int64_t>(n.post));
    st.exec();
  }
}

PairingId pairing_insert(Database& db, const NewPairing& p) {
  auto& st = db.prepare(
      "INSERT INTO pairing(support_unit, recipient_unit, start_date, end_date) VALUES (?, ?, ?, ?)");
  st.bind(1, static_cast<std::int64_t>(p.support_unit));
  st.bind(2, static_cast<std::int64_t>(p.recipient_unit));
  st.bind(3, date_text(p.start));
  if (p.end) st.bind(4, date_text(*p.end));
  else st.bind(4);
  st.exec();
  return db.last_insert_id();
}

void pairing_set_end(Database& db, PairingId id, Date end) {
  auto& st = db.prepare("UPDATE pairing SET end_date = ? WHERE id = ?");
  st.bind(1, date_text(end));
  st.bind(2, static_cast<std::int64_t>(id));
  st.exec();
}

std::optional<Pairing> pairing_get(Database& db, PairingId id) {
  auto& st = db.prepare(std::string(kPairingSelect) + "WHERE p.id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  return read_pairing(st);
}

std::vector<Pairing> pairing_list(Database& db, const PairingFilter& f) {
  auto& st = db.prepare(std::string(kPairingSelect) +
                        "WHERE (?1 IS NULL OR p.support_unit = ?1 OR p.recipient_unit = ?1) "
                        "AND (?2 IS NULL OR (p.start_date <= ?2 AND (p.end_date IS NULL OR p.end_date >= ?2))) "
                        "ORDER BY p.id");
  if (f.unit) st.bind(1, static_cast<std::int64_t>(*f.unit));
  else st.bind(1);
  if (f.active_on) st.bind(2, date_text(*f.active_on));
  else st.bind(2);
  std::vector<Pairing> out;
  while (st.executeStep()) out.push_back(read_pairing(st));
  return out;
}

std::vector<Pairing> pairing_overlaps(Database& db, UnitId support, UnitId recipient, Date start,
                                      std::optional<Date> end) {
  auto& st = db.prepare(std::string(kPairingSelect) +
                        "WHERE p.support_unit = ?1 AND p.recipient_unit = ?2 "
                        "AND (p.end_date IS NULL OR p.end_date >= ?3) AND (?4 IS NULL OR p.start_date <= ?4)");
  st.bind(1, static_cast<std::int64_t>(support));
  st.bind(2, static_cast<std::int64_t>(recipient));
  st.bind(3, date_text(start));
  if (end) st.bind(4, date_text(*end));
  else st.bind(4);
  std::vector<Pairing> out;
  while (st.executeStep()) out.push_back(read_pairing(st));
  return out;
}

}  // namespace bangfu::store
