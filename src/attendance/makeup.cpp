// 补卡: the monthly cycle a make-up counts in, and whether one may be requested for a day.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <string>

#include "bangfu/attendance.hpp"
#include "bangfu/error.hpp"

namespace bangfu {

namespace {

const char* kind_text(PunchKind k) { return k == PunchKind::on_duty ? "on-duty punch (上班打卡)" : "off-duty punch (下班打卡)"; }

[[noreturn]] void refuse(ErrorCode code, const DayResult& day, const std::string& message) {
  throw Error(code, message, "day", date_text(day.date));
}

// The month after (delta 1) or before (delta -1) year-month, as a date on day `d`. Built by
// hand: boost's month arithmetic snaps a month's last day to the next month's last day.
Date shift_month(Date from, int delta, int d) {
  int index = static_cast<int>(from.year()) * 12 + (static_cast<int>(from.month()) - 1) + delta;
  return Date(static_cast<unsigned short>(index / 12), static_cast<unsigned short>(index % 12 + 1),
              static_cast<unsigned short>(d));
}

}  // namespace

std::pair<Date, Date> makeup_cycle(const MakeupRule& rule, Date day) {
  int s = rule.cycle_start_day;
  if (s < 1 || s > 28)
    throw_invalid("makeup.cycle_start_day", std::to_string(s), "must be a day of the month between 1 and 28");
  if (day.is_special()) throw Error(ErrorCode::invalid_argument, "day: not a date", "day", "");
  Date start = day.day() >= s ? shift_month(day, 0, s) : shift_month(day, -1, s);
  return {start, shift_month(start, 1, s) - boost::gregorian::days(1)};
}

// The checks run in the order a user would want to hear them: the rule, the day itself,
// the deadline, the day's result, and last the quota.
void check_makeup(const AttendanceRule& rule, const WorkCalendar& calendar, const DayResult& current, PunchKind kind,
                  Date today, int used) {
  const MakeupRule& m = rule.makeup;
  std::string day = date_text(current.date);
  if (!m.allowed) throw Error(ErrorCode::invalid_state, "补卡 (make-up) is not allowed by rule " + rule.name);
  if (current.date >= today)
    throw_invalid("day", day, "a make-up (补卡) is for a past workday; today is " + date_text(today));
  if (current.status == DayStatus::outside_assignment)
    refuse(ErrorCode::invalid_state, current, day + " is outside the assignment (不在派驻期): no attendance to make up");

  CalendarDay cd = calendar.day(current.date);
  if (!cd.workday || current.status == DayStatus::holiday || current.status == DayStatus::rest_day) {
    bool holiday = cd.kind == DayKind::holiday || current.status == DayStatus::holiday;
    std::string name = cd.name.empty() ? current.holiday_name : cd.name;
    std::string what = holiday ? "a holiday (" + (name.empty() ? std::string("节假日") : name) + ")" : "a rest day (休息日)";
    refuse(ErrorCode::invalid_state, current, day + " is " + what + ", not a workday");
  }

  if (m.look_back == LookBack::natural_days) {
    if ((today - current.date).days() > m.days_back)
      refuse(ErrorCode::deadline_passed, current,
             "补卡 for " + day + " is too late: make-ups reach back at most " + std::to_string(m.days_back) +
                 " natural days (自然日)");
  } else if (calendar.workdays(current.date + boost::gregorian::days(1), today) > m.days_back) {
    refuse(ErrorCode::deadline_passed, current,
           "补卡 for " + day + " is too late: make-ups reach back at most " + std::to_string(m.days_back) +
               " workdays (工作日)");
  }

  const auto& result = kind == PunchKind::on_duty ? current.on_duty : current.off_duty;
  if (current.status == DayStatus::leave && current.leave_halves == 2)
    refuse(ErrorCode::invalid_state, current, day + " is covered by leave (请假) for the whole day");
  if (!result) {
    // A required punch has no result only when leave covers its half, when the rule does not
    // ask for it, or while its window is still open.
    if (current.leave_halves == 1)
      refuse(ErrorCode::invalid_state, current, "the " + std::string(kind_text(kind)) + " of " + day +
                                                    " is covered by leave (请假)");
    if (kind == PunchKind::off_duty && !rule.off_duty_required)
      refuse(ErrorCode::invalid_state, current,
             "rule " + rule.name + " requires no off-duty punch (下班打卡): nothing to make up on " + day);
    refuse(ErrorCode::invalid_state, current, "the " + std::string(kind_text(kind)) + " of " + day +
                                                  " is not decided yet (未到): nothing to make up");
  }
  if (*result == PunchResult::normal)
    refuse(ErrorCode::invalid_state, current,
           "the " + std::string(kind_text(kind)) + " of " + day + " is already punched" +
               (current.made_up ? " or made up (已补卡)" : " (正常)") + ": nothing to make up");
  if (!m.correctable.count(*result))
    refuse(ErrorCode::invalid_state, current,
           "rule " + rule.name + " does not allow a make-up for " + punch_result_label(*result) + " (" +
               punch_result_key(*result) + "); the " + kind_text(kind) + " of " + day + " stays as it is");

  if (used >= m.per_cycle) {
    auto [from, to] = makeup_cycle(m, current.date);
    refuse(ErrorCode::quota_exceeded, current,
           "本月已申请" + std::to_string(used) + "次补卡: the quota of " + std::to_string(m.per_cycle) +
               " make-ups per cycle (" + date_text(from) + " – " + date_text(to) + ") is used up; " + day +
               " cannot be made up");
  }
}

}  // namespace bangfu
