// SQL for the work calendar.
#pragma once

#include <set>
#include <vector>

#include "bangfu/calendar.hpp"
#include "org/unit_tree.hpp"
#include "store/database.hpp"

namespace bangfu::store {

std::set<int> holiday_years(Database& db);
std::vector<CalendarEntry> holiday_entries(Database& db);
// Replaces the given years: their entries and their edition label.
void holiday_replace_years(Database& db, const std::set<int>& years, const std::vector<CalendarEntry>& entries,
                           const std::string& edition, const std::string& loaded_at);

// A unit's own days and those of the units above it, outermost first (inner ones win).
std::vector<CalendarEntry> unit_calendar_entries(Database& db, internal::DfsNumber unit);
std::optional<CalendarEntry> unit_calendar_get(Database& db, UnitId unit, Date date);
void unit_calendar_set(Database& db, UnitId unit, const CalendarEntry& e);
void unit_calendar_remove(Database& db, UnitId unit, Date date);

}  // namespace bangfu::store
