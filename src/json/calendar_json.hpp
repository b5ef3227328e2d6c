// JSON forms of the work calendar's records (工作日历): what the C ABI exchanges.
#pragma once

#include <nlohmann/json.hpp>

#include "bangfu/calendar.hpp"

namespace bangfu::json {

using nlohmann::json;

// {"date", "workday", "name"}
json to_json(const CalendarEntry& e);
// {"date", "kind", "kind_label", "workday", "name", "local"}
json to_json(const CalendarDay& d);
// {"years": [2016, ...], "entries": [CalendarEntry...], "local_entries": [CalendarEntry...]}
json to_json(const WorkCalendar& c);

// A unit's own day: date (required), workday (required: true for an extra working day, false
// for a day off), name.
CalendarEntry calendar_entry_from_json(const json& j);

}  // namespace bangfu::json
