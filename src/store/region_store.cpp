#include "store/region_store.hpp"

namespace bangfu::store {
namespace {

constexpr const char* kCols = "code, name, level, parent, path";

Region read_region(SQLite::Statement& st) {
  Region r;
  r.code = st.getColumn(0).getInt64();
  r.name = st.getColumn(1).getString();
  r.level = static_cast<RegionLevel>(st.getColumn(2).getInt());
  if (!st.getColumn(3).isNull()) r.parent = st.getColumn(3).getInt64();
  r.path = st.getColumn(4).getString();
  return r;
}

std::vector<Region> read_all(SQLite::Statement& st) {
  std::vector<Region> out;
  while (st.executeStep()) out.push_back(read_region(st));
  return out;
}

}  // namespace

std::optional<Region> region_get(Database& db, RegionCode code) {
  auto& st = db.prepare(std::string("SELECT ") + kCols + " FROM region WHERE code = ?");
  st.bind(1, static_cast<std::int64_t>(code));
  if (!st.executeStep()) return std::nullopt;
  return read_region(st);
}

std::vector<Region> region_children(Database& db, RegionCode parent) {
  if (parent == kNationwide) {
    auto& st = db.prepare(std::string("SELECT ") + kCols + " FROM region WHERE parent IS NULL ORDER BY code");
    return read_all(st);
  }
  auto& st = db.prepare(std::string("SELECT ") + kCols + " FROM region WHERE parent = ? ORDER BY code");
  st.bind(1, static_cast<std::int64_t>(parent));
  return read_all(st);
}

std::vector<Region> region_find(Database& db, const std::string& name_part, RegionRange within, int limit) {
  // instr() rather than LIKE: no escaping of % and _ in user input is needed.
  auto& st = db.prepare(std::string("SELECT ") + kCols +
                        " FROM region WHERE instr(name, ?) > 0 AND code BETWEEN ? AND ?"
                        " ORDER BY level, code LIMIT ?");
  st.bind(1, name_part);
  st.bind(2, static_cast<std::int64_t>(within.first));
  st.bind(3, static_cast<std::int64_t>(within.last));
  st.bind(4, limit);
  return read_all(st);
}

std::int64_t region_count(Database& db, std::optional<RegionLevel> level) {
  if (!level) {
    auto& st = db.prepare("SELECT count(*) FROM region");
    st.executeStep();
    return st.getColumn(0).getInt64();
  }
  auto& st = db.prepare("SELECT count(*) FROM region WHERE level = ?");
  st.bind(1, static_cast<int>(*level));
  st.executeStep();
  return st.getColumn(0).getInt64();
}

void region_insert(Database& db, const Region& r, const std::string& edition) {
  auto& st = db.prepare("INSERT INTO region(code, name, level, parent, path, edition) VALUES (?, ?, ?, ?, ?, ?)");
  st.bind(1, static_cast<std::int64_t>(r.code));
  st.bind(2, r.name);
  st.bind(3, static_cast<int>(r.level));
  if (r.parent && *r.parent != kNationwide) st.bind(4, static_cast<std::int64_t>(*r.parent));
  else st.bind(4);
  st.bind(5, r.path);
  st.bind(6, edition);
  st.exec();
}

RegionWrite region_upsert(Database& db, const Region& r, const std::string& edition) {
  RegionWrite w;
  auto old = region_get(db, r.code);
  if (old && old->name == r.name && old->path == r.path) {
    auto& st = db.prepare("UPDATE region SET edition = ? WHERE code = ?");
    st.bind(1, edition);
    st.bind(2, static_cast<std::int64_t>(r.code));
    st.exec();
    return w;
  }
  auto& st = db.prepare(
      "INSERT INTO region(code, name, level, parent, path, edition) VALUES (?, ?, ?, ?, ?, ?) "
      "ON CONFLICT(code) DO UPDATE SET name = excluded.name, path = excluded.path, "
      "edition = excluded.edition");
  st.bind(1, static_cast<std::int64_t>(r.code));
  st.bind(2, r.name);
  st.bind(3, static_cast<int>(r.level));
  if (r.parent && *r.parent != kNationwide) st.bind(4, static_cast<std::int64_t>(*r.parent));
  else st.bind(4);
  st.bind(5, r.path);
  st.bind(6, edition);
  st.exec();
  w.inserted = !old.has_value();
  if (old) {
    w.renamed = true;
    w.old_path = old->path;
  }
  return w;
}

void region_replace_path_prefix(Database& db, RegionRange descendants, RegionCode self,
                                const std::string& old_prefix, const std::string& new_prefix) {
  // length()/substr() count characters, so the prefix is compared as text, not bytes.
  auto& st = db.prepare(
      "UPDATE region SET path = ?1 || substr(path, length(?2) + 1) "
      "WHERE code BETWEEN ?3 AND ?4 AND code <> ?5 AND substr(path, 1, length(?2)) = ?2");
  st.bind(1, new_prefix);
  st.bind(2, old_prefix);
  st.bind(3, static_cast<std::int64_t>(descendants.first));
  st.bind(4, static_cast<std::int64_t>(descendants.last));
  st.bind(5, static_cast<std::int64_t>(self));
  st.exec();
}

}  // namespace bangfu::store
