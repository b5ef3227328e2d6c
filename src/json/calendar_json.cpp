#include "json/calendar_json.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include "json/fields.hpp"

namespace bangfu::json {
namespace {

json entries_json(const std::map<Date, CalendarEntry>& entries) {
  json a = json::array();
  for (const auto& [date, e] : entries) a.push_back(to_json(e));
  return a;
}

}  // namespace

json to_json(const CalendarEntry& e) {
  return {{"date", date_text(e.date)}, {"workday", e.workday}, {"name", e.name}};
}

json to_json(const CalendarDay& d) {
  return {{"date", date_text(d.date)},
          {"kind", day_kind_key(d.kind)},
          {"kind_label", day_kind_label(d.kind)},
          {"workday", d.workday},
          {"name", d.name},
          {"local", d.local}};
}

json to_json(const WorkCalendar& c) {
  return {{"years", c.years()},
          {"entries", entries_json(c.entries())},
          {"local_entries", entries_json(c.local_entries())}};
}

CalendarEntry calendar_entry_from_json(const json& j) {
  require_object(j, "day");
  CalendarEntry e;
  e.date = *get_date(j, "date", true);
  e.workday = *get_bool(j, "workday", true);
  e.name = get_string(j, "name", false);
  return e;
}

}  // namespace bangfu::json
