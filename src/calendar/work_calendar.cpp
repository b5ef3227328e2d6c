// The work calendar, pure: national entries per covered year, a unit's own days on top.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <string>

#include "bangfu/calendar.hpp"
#include "bangfu/error.hpp"

namespace bangfu {

const char* day_kind_label(DayKind k) noexcept {
  switch (k) {
    case DayKind::workday: return "工作日";
    case DayKind::weekend: return "休息日";
    case DayKind::holiday: return "节假日";
    case DayKind::adjusted_workday: return "调休上班";
  }
  return "?";
}

const char* day_kind_key(DayKind k) noexcept {
  switch (k) {
    case DayKind::workday: return "workday";
    case DayKind::weekend: return "weekend";
    case DayKind::holiday: return "holiday";
    case DayKind::adjusted_workday: return "adjusted_workday";
  }
  return "?";
}

void WorkCalendar::set_years(const std::set<int>& years, const std::vector<CalendarEntry>& entries) {
  for (auto& e : entries)
    if (!years.count(e.date.year()))
      throw_invalid("date", date_text(e.date), "lies outside the years being loaded");
  for (int y : years) {
    national_.erase(national_.lower_bound(Date(static_cast<unsigned short>(y), 1, 1)),
                    national_.upper_bound(Date(static_cast<unsigned short>(y), 12, 31)));
    years_.insert(y);
  }
  for (auto& e : entries) national_[e.date] = e;
}

WorkCalendar WorkCalendar::with_local_days(const std::vector<CalendarEntry>& days) const {
  WorkCalendar c = *this;
  for (auto& d : days) c.local_[d.date] = d;
  return c;
}

void WorkCalendar::require_year(Date d) const {
  if (d.is_special()) throw Error(ErrorCode::invalid_argument, "date: not a date", "date", "");
  if (covers(d.year())) return;
  std::string range = years_.empty() ? std::string("none") : std::to_string(*years_.begin()) + "–" + std::to_string(*years_.rbegin());
  throw Error(ErrorCode::not_found,
              "date '" + date_text(d) + "': no work calendar for " + std::to_string(d.year()) + " (loaded: " + range +
                  "); load the State Council's holiday notice for that year",
              "date", date_text(d));
}

CalendarDay WorkCalendar::day(Date d) const {
  require_year(d);
  bool weekend = d.day_of_week() == boost::date_time::Saturday || d.day_of_week() == boost::date_time::Sunday;
  CalendarDay out;
  out.date = d;
  out.workday = !weekend;
  out.kind = weekend ? DayKind::weekend : DayKind::workday;
  if (auto it = national_.find(d); it != national_.end()) {
    out.workday = it->second.workday;
    out.name = it->second.name;
    out.kind = it->second.workday ? (weekend ? DayKind::adjusted_workday : DayKind::workday) : DayKind::holiday;
  }
  if (auto it = local_.find(d); it != local_.end()) {
    out.workday = it->second.workday;
    out.name = it->second.name;
    out.local = true;
    out.kind = it->second.workday ? (weekend ? DayKind::adjusted_workday : DayKind::workday) : DayKind::holiday;
  }
  return out;
}

int WorkCalendar::workdays(Date first, Date last) const {
  if (last < first) throw_invalid("last", date_text(last), "is before first " + date_text(first));
  int n = 0;
  for (Date d = first; d <= last; d += boost::gregorian::days(1))
    if (is_workday(d)) ++n;
  return n;
}

std::vector<CalendarDay> WorkCalendar::days(Date first, Date last) const {
  if (last < first) throw_invalid("last", date_text(last), "is before first " + date_text(first));
  std::vector<CalendarDay> out;
  for (Date d = first; d <= last; d += boost::gregorian::days(1)) out.push_back(day(d));
  return out;
}

Date WorkCalendar::nth_workday_after(Date d, int n) const {
  if (n == 0) throw_invalid("n", "0", "count from 1 (the next workday) or -1 (the previous one)");
  int step = n > 0 ? 1 : -1;
  long long left = n > 0 ? n : -static_cast<long long>(n);  // -INT_MIN does not fit an int
  Date cur = d;
  while (left > 0) {
    cur += boost::gregorian::days(step);
    if (is_workday(cur)) --left;  // throws when the walk leaves the covered years
  }
  return cur;
}

}  // namespace bangfu
