// Leave spans in half days (上午 / 下午), and how many workday halves they take.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <string>

#include "bangfu/attendance.hpp"
#include "bangfu/error.hpp"

namespace bangfu {

int LeaveSpan::halves_on(Date d) const {
  if (first.is_special() || last.is_special() || d < first || d > last) return 0;
  // Whole days inside the span; its first and last day start or stop at their half.
  int from = d == first ? static_cast<int>(first_half) : static_cast<int>(HalfDay::am);
  int to = d == last ? static_cast<int>(last_half) : static_cast<int>(HalfDay::pm);
  int mask = 0;
  for (int h = from; h <= to; ++h) mask |= h;  // am = 1, pm = 2: the bits of the mask
  return mask;
}

void LeaveSpan::validate() const {
  if (first.is_special()) throw Error(ErrorCode::invalid_argument, "first: not a date", "first", "");
  if (last.is_special()) throw Error(ErrorCode::invalid_argument, "last: not a date", "last", "");
  if (last < first) throw_invalid("last", date_text(last), "is before first (" + date_text(first) + ")");
  auto half_ok = [](HalfDay h) { return h == HalfDay::am || h == HalfDay::pm; };
  if (!half_ok(first_half))
    throw_invalid("first_half", std::to_string(static_cast<int>(first_half)), "is not am (1) or pm (2)");
  if (!half_ok(last_half))
    throw_invalid("last_half", std::to_string(static_cast<int>(last_half)), "is not am (1) or pm (2)");
  if (first == last && first_half == HalfDay::pm && last_half == HalfDay::am)
    throw_invalid("last_half", "am", "a leave of one day cannot run from the afternoon (下午) to the morning (上午)");
}

int leave_half_days(const WorkCalendar& calendar, const LeaveSpan& span) {
  span.validate();
  int halves = 0;
  for (Date d = span.first; d <= span.last; d += boost::gregorian::days(1)) {
    if (!calendar.is_workday(d)) continue;  // holidays and rest days inside a leave are not taken
    int mask = span.halves_on(d);
    halves += (mask & 1) + ((mask >> 1) & 1);
  }
  return halves;
}

}  // namespace bangfu
