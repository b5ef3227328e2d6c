// Engine internals shared by the attendance and request commands: which rule applies, what
// the inputs of a staff member's days are, and their evaluation (the pure evaluate_days).
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "bangfu/attendance.hpp"
#include "engine/engine_impl.hpp"

namespace bangfu::attendance_internal {

// The rule of the staff member's group at the unit, else the unit's default group, else
// bangfu's default rule.
AttendanceRule rule_at(Engine::Impl& impl, StaffId staff, UnitId unit);
// The rule in force on `day` (a changed rule applies from the day it was changed).
AttendanceRule rule_on(Engine::Impl& impl, StaffId staff, UnitId unit, Date day);

// The assignment that covers `day` (ended ones included), if any.
std::optional<Assignment> assignment_on(Engine::Impl& impl, StaffId staff, Date day);

// Each day in [first, last], evaluated under the assignment that covers it (with that
// hospital's calendar and rule); days outside every assignment are outside_assignment.
// With `only`, days of other assignments are outside_assignment too (monthly rows per
// assignment).
// Hospitals' calendars, kept for the length of one command that evaluates many staff.
struct CalendarCache {
  std::map<UnitId, WorkCalendar> by_unit;
  const WorkCalendar& get(Engine::Impl& impl, UnitId unit);
};

std::vector<DayResult> evaluate_staff(Engine::Impl& impl, StaffId staff, Date first, Date last,
                                      std::optional<AssignmentId> only = std::nullopt,
                                      CalendarCache* calendars = nullptr);

Instant now(Engine::Impl& impl);

}  // namespace bangfu::attendance_internal
