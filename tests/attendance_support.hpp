// Helpers for the attendance tests: the real national calendar (as the Engine ships it) and
// punches, inputs and single days written as CST text.
#pragma once

#include <string>

#include "bangfu/attendance.hpp"
#include "test_support.hpp"

namespace bangfu::testing {

// The national calendar compiled into the library; the pure functions need only this value.
inline const WorkCalendar& national_calendar() {
  static const WorkCalendar cal = open_memory()->calendar();
  return cal;
}

// A punch at a CST day and clock ("08:00" or "08:00:59").
inline Punch punch(const char* day, const char* clock, PunchCheck check = PunchCheck::inside) {
  Punch p;
  p.at = parse_instant(std::string(day) + " " + clock);
  p.day = cst_date(p.at);
  p.minute = cst_minute(p.at);
  p.check = check;
  return p;
}

// Inputs for someone assigned from `first`, open-ended.
inline AttendanceInputs assigned_from(const char* first) {
  AttendanceInputs in;
  in.assigned.push_back({d(first), std::nullopt});
  return in;
}

// A CST moment, e.g. at("2026-03-02", "12:00").
inline Instant at(const char* day, const char* clock) { return parse_instant(std::string(day) + " " + clock); }

// One day's result, evaluated long after it (every window closed) unless `now` is given.
inline DayResult one_day(const AttendanceRule& rule, const AttendanceInputs& in, const char* day,
                         Instant now = fixed_now()) {
  return evaluate_days(national_calendar(), rule, in, d(day), d(day), now).at(0);
}

inline LeaveSpan span(const char* first, HalfDay first_half, const char* last, HalfDay last_half) {
  LeaveSpan s;
  s.first = d(first);
  s.first_half = first_half;
  s.last = d(last);
  s.last_half = last_half;
  return s;
}

}  // namespace bangfu::testing
