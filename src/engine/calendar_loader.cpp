#include "engine/calendar_loader.hpp"

#include <map>
#include <set>
#include <sstream>

#include "bangfu/calendar.hpp"
#include "bangfu/error.hpp"
#include "core/embedded_data.hpp"
#include "io/csv_reader.hpp"
#include "store/calendar_store.hpp"

namespace bangfu::internal {
namespace {

void add_problem(ImportReport& rep, std::int64_t line, std::string field, std::string value, std::string msg) {
  ++rep.rows_rejected;
  if (rep.problems.size() < 1000) rep.problems.push_back({line, std::move(field), std::move(value), std::move(msg)});
}

}  // namespace

ImportReport load_holidays(store::Database& db, std::istream& csv, const ImportOptions& options,
                           const std::string& loaded_at) {
  ImportReport rep;
  CsvReader reader(csv);
  std::vector<std::string> fields;
  if (!reader.next(fields)) throw Error(ErrorCode::invalid_argument, "csv: the file is empty (a header row is expected)");
  CsvHeader header(fields);
  int date_col = header.find("date", {"日期"});
  int kind_col = header.find("kind", {"类型", "安排"});
  int name_col = header.find("holiday", {"name", "节日", "名称"});
  for (auto [col, name] : {std::pair{date_col, "date"}, std::pair{kind_col, "kind"}})
    if (col < 0)
      throw Error(ErrorCode::invalid_argument,
                  std::string("header: column '") + name + "' is missing; a calendar file has the columns date,kind,holiday",
                  "header", name);

  std::map<Date, std::int64_t> seen;
  std::vector<CalendarEntry> entries;
  std::set<int> years;
  while (reader.next(fields)) {
    if (fields.size() == 1 && trim(fields[0]).empty()) continue;
    ++rep.rows_read;
    auto line = reader.line();
    auto get = [&](int col) { return col >= 0 && col < static_cast<int>(fields.size()) ? trim(fields[col]) : std::string(); };
    try {
      CalendarEntry e;
      e.date = parse_date(get(date_col), "date");
      std::string kind = get(kind_col);
      if (kind == "off" || kind == "休" || kind == "holiday") e.workday = false;
      else if (kind == "work" || kind == "班" || kind == "workday") e.workday = true;
      else throw_invalid("kind", kind, "use off (休, a day off) or work (班, 调休上班)");
      e.name = get(name_col);
      auto dow = e.date.day_of_week();
      bool weekend = dow == boost::date_time::Saturday || dow == boost::date_time::Sunday;
      if (e.workday && !weekend)
        throw_invalid("kind", kind, date_text(e.date) + " is a weekday and a workday anyway; 'work' rows are weekend days worked in exchange");
      if (auto [it, fresh] = seen.emplace(e.date, line); !fresh)
        throw_invalid("date", date_text(e.date), "appears twice (also on line " + std::to_string(it->second) + ")");
      years.insert(e.date.year());
      entries.push_back(std::move(e));
      ++rep.rows_valid;
    } catch (const Error& err) {
      add_problem(rep, line, err.field(), err.value(), err.what());
    }
  }
  if (options.dry_run || (rep.rows_rejected > 0 && !options.keep_good_rows)) return rep;
  store::holiday_replace_years(db, years, entries, options.edition, loaded_at);
  rep.rows_imported = rep.rows_valid;
  rep.committed = true;
  return rep;
}

void seed_holidays(store::Database& db) {
  std::istringstream in{std::string(embedded_file("holidays/cn_2016_2026.csv"))};
  ImportOptions opts;
  opts.edition = "state-council";
  auto rep = load_holidays(db, in, opts, "");
  if (!rep.committed || rep.rows_rejected)
    throw Error(ErrorCode::internal, "the embedded holiday calendar has " + std::to_string(rep.rows_rejected) + " bad rows");
}

}  // namespace bangfu::internal
