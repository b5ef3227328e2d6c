#include "store/calendar_store.hpp"

#include "store/unit_store.hpp"

namespace bangfu::store {
namespace {

CalendarEntry read_entry(SQLite::Statement& st) {
  return {date_from_text(st.getColumn(0).getString()), st.getColumn(1).getInt() != 0, st.getColumn(2).getString()};
}

}  // namespace

std::set<int> holiday_years(Database& db) {
  auto& st = db.prepare("SELECT year FROM holiday_year ORDER BY year");
  std::set<int> out;
  while (st.executeStep()) out.insert(st.getColumn(0).getInt());
  return out;
}

std::vector<CalendarEntry> holiday_entries(Database& db) {
  auto& st = db.prepare("SELECT date, workday, name FROM holiday ORDER BY date");
  std::vector<CalendarEntry> out;
  while (st.executeStep()) out.push_back(read_entry(st));
  return out;
}

void holiday_replace_years(Database& db, const std::set<int>& years, const std::vector<CalendarEntry>& entries,
                           const std::string& edition, const std::string& loaded_at) {
  auto& del = db.prepare("DELETE FROM holiday WHERE date BETWEEN ? AND ?");
  auto& year = db.prepare(
      "INSERT INTO holiday_year(year, edition, loaded_at) VALUES (?, ?, ?) "
      "ON CONFLICT(year) DO UPDATE SET edition = excluded.edition, loaded_at = excluded.loaded_at");
  for (int y : years) {
    del.reset();
    del.bind(1, std::to_string(y) + "-01-01");
    del.bind(2, std::to_string(y) + "-12-31");
    del.exec();
    year.reset();
    year.bind(1, y);
    year.bind(2, edition);
    year.bind(3, loaded_at);
    year.exec();
  }
  auto& ins = db.prepare("INSERT INTO holiday(date, workday, name) VALUES (?, ?, ?)");
  for (auto& e : entries) {
    ins.reset();
    ins.bind(1, date_text(e.date));
    ins.bind(2, e.workday ? 1 : 0);
    ins.bind(3, e.name);
    ins.exec();
  }
}

std::vector<CalendarEntry> unit_calendar_entries(Database& db, internal::DfsNumber unit) {
  auto& st = db.prepare(
      "SELECT c.date, c.workday, c.name FROM unit_calendar c JOIN unit a ON a.id = c.unit "
      "WHERE a.pre <= ?1 AND a.post >= ?1 ORDER BY a.pre, c.date");
  st.bind(1, static_cast<std::int64_t>(unit.pre));
  std::vector<CalendarEntry> out;
  while (st.executeStep()) out.push_back(read_entry(st));
  return out;
}

std::optional<CalendarEntry> unit_calendar_get(Database& db, UnitId unit, Date date) {
  auto& st = db.prepare("SELECT date, workday, name FROM unit_calendar WHERE unit = ? AND date = ?");
  st.bind(1, static_cast<std::int64_t>(unit));
  st.bind(2, date_text(date));
  if (!st.executeStep()) return std::nullopt;
  return read_entry(st);
}

void unit_calendar_set(Database& db, UnitId unit, const CalendarEntry& e) {
  auto& st = db.prepare(
      "INSERT INTO unit_calendar(unit, date, workday, name) VALUES (?, ?, ?, ?) "
      "ON CONFLICT(unit, date) DO UPDATE SET workday = excluded.workday, name = excluded.name");
  st.bind(1, static_cast<std::int64_t>(unit));
  st.bind(2, date_text(e.date));
  st.bind(3, e.workday ? 1 : 0);
  st.bind(4, e.name);
  st.exec();
}

void unit_calendar_remove(Database& db, UnitId unit, Date date) {
  auto& st = db.prepare("DELETE FROM unit_calendar WHERE unit = ? AND date = ?");
  st.bind(1, static_cast<std::int64_t>(unit));
  st.bind(2, date_text(date));
  st.exec();
}

}  // namespace bangfu::store
