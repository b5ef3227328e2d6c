// Day-by-day attendance (DOMAIN.md A3, DingTalk and Feishu practice), and the period totals.
#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <map>
#include <string>
#include <utility>

#include "bangfu/attendance.hpp"
#include "bangfu/error.hpp"

namespace bangfu {

namespace {

constexpr int kMidnight = 24 * 60;

struct CountedPunch {
  int minute = 0;
  bool field = false;  // a field punch that marks the day 外勤
};

// The inputs sorted for lookups by day.
struct Index {
  std::map<Date, std::vector<CountedPunch>> punches;
  std::map<std::pair<Date, PunchKind>, int> makeups;  // minute of the approved make-up
};

Index index_inputs(const AttendanceRule& rule, const AttendanceInputs& in) {
  Index ix;
  // Under 允许外勤 a field punch counts like one inside; only the other policies mark the day.
  bool mark_field = rule.field_policy != FieldPolicy::accept;
  for (auto& p : in.punches) {
    if (!punch_counts(p.check)) continue;
    // The instant is the source of truth; day and minute are its CST reading, kept for queries.
    Date day = p.at.is_special() ? p.day : cst_date(p.at);
    int minute = p.at.is_special() ? p.minute : cst_minute(p.at);
    bool field = mark_field && p.check != PunchCheck::inside;
    ix.punches[day].push_back({minute, field});
  }
  for (auto& m : in.makeups) ix.makeups.emplace(std::pair{m.day, m.kind}, m.minute);
  return ix;
}

bool assigned_on(const AttendanceInputs& in, Date d) {
  return std::any_of(in.assigned.begin(), in.assigned.end(),
                     [&](auto& a) { return d >= a.first && (!a.second || d <= *a.second); });
}

// The leave halves covering d (1 am, 2 pm, 3 both) and the type of the first leave that does.
std::pair<int, std::optional<LeaveType>> leave_on(const AttendanceInputs& in, Date d) {
  int mask = 0;
  std::optional<LeaveType> type;
  for (auto& l : in.leaves) {
    int h = l.span.halves_on(d);
    if (h && !type) type = l.type;
    mask |= h;
  }
  return {mask, type};
}

// One required punch as far as it is known: no result while its window is open and nothing
// has decided it yet.
struct Outcome {
  std::optional<PunchResult> result;
  std::optional<int> minute;
  int late = 0;
  int early = 0;
  bool field = false;
  bool made_up = false;
};

PunchResult classify_on_duty(const AttendanceRule& r, int minute) {
  int late = minute - r.on_duty;
  if (late <= r.grace) return PunchResult::normal;
  if (late < r.serious_late) return PunchResult::late;
  if (late < r.absence) return PunchResult::serious_late;
  return PunchResult::absent;
}

// A punch found in the window decides, unless it is not normal and an approved make-up
// replaces it; with neither, a closed window means 缺卡.
Outcome settle(std::optional<CountedPunch> punch, std::optional<PunchResult> punched,
               std::optional<int> makeup, bool closed) {
  Outcome o;
  if (punch && (punched == PunchResult::normal || !makeup)) {
    o.result = punched;
    o.minute = punch->minute;
    o.field = punch->field;
  } else if (makeup) {
    o.result = PunchResult::normal;
    o.minute = makeup;
    o.made_up = true;
  } else if (closed) {
    o.result = PunchResult::missing;
  }
  return o;
}

struct Windows {
  int on_begin, on_end;    // [on_begin, on_end)
  int off_begin, off_end;  // [off_begin, off_end]
};

Windows windows(const AttendanceRule& r) {
  int midpoint = r.off_duty_required ? (r.on_duty + r.off_duty) / 2 : r.on_duty + r.latest;
  return {r.on_duty - r.earliest, std::min({r.on_duty + r.latest, midpoint, kMidnight}), midpoint,
          r.off_duty + r.off_duty_latest};
}

std::optional<int> makeup_for(const Index& ix, Date d, PunchKind k) {
  auto it = ix.makeups.find({d, k});
  if (it == ix.makeups.end()) return std::nullopt;
  return it->second;
}

Outcome on_duty_outcome(const AttendanceRule& r, const Index& ix, const std::vector<CountedPunch>& punches, Date d,
                        Instant now) {
  auto w = windows(r);
  std::optional<CountedPunch> first;  // the earliest candidate counts
  for (auto& p : punches)
    if (p.minute >= w.on_begin && p.minute < w.on_end && (!first || p.minute < first->minute)) first = p;
  std::optional<PunchResult> punched;
  if (first) punched = classify_on_duty(r, first->minute);
  Outcome o = settle(first, punched, makeup_for(ix, d, PunchKind::on_duty), now >= cst_instant(d, w.on_end));
  if (o.result == PunchResult::late || o.result == PunchResult::serious_late)
    o.late = std::max(0, *o.minute - r.on_duty);
  return o;
}

Outcome off_duty_outcome(const AttendanceRule& r, const Index& ix, const std::vector<CountedPunch>& punches, Date d,
                         Instant now) {
  auto w = windows(r);
  std::optional<CountedPunch> last;  // the latest candidate counts
  for (auto& p : punches)
    if (p.minute >= w.off_begin && p.minute <= w.off_end && (!last || p.minute >= last->minute)) last = p;
  // Punches past midnight belong to the next day, so the window closes by midnight at the latest.
  bool closed = now >= cst_instant(d, std::min(w.off_end + 1, kMidnight));
  std::optional<PunchResult> punched;
  if (last) punched = last->minute < r.off_duty ? PunchResult::early : PunchResult::normal;
  // An early punch may still be followed by a later one: it decides only once the window closes.
  if (punched == PunchResult::early && !closed) last.reset();
  Outcome o = settle(last, punched, makeup_for(ix, d, PunchKind::off_duty), closed);
  if (o.result == PunchResult::early) o.early = r.off_duty - *o.minute;
  return o;
}

// The status of a required day that is not on whole-day leave, first match wins:
// 旷工 absent > 缺卡 missing (either punch) > 严重迟到 > 迟到 > 早退 > 已补卡 made up > 外勤 field
// > 请假 (half a day on leave, the rest in order) > 正常.
DayStatus decide(const DayResult& r) {
  auto either = [&](PunchResult p) { return r.on_duty == p || r.off_duty == p; };
  if (r.on_duty == PunchResult::absent) return DayStatus::absent;
  if (either(PunchResult::missing)) return DayStatus::missing;
  if (r.on_duty == PunchResult::serious_late) return DayStatus::serious_late;
  if (r.on_duty == PunchResult::late) return DayStatus::late;
  if (r.off_duty == PunchResult::early) return DayStatus::early;
  if (r.made_up) return DayStatus::made_up;
  if (r.field) return DayStatus::field;
  if (r.leave_halves == 1) return DayStatus::leave;
  return DayStatus::normal;
}

DayResult evaluate_day(const WorkCalendar& calendar, const AttendanceRule& rule, const AttendanceInputs& in,
                       const Index& ix, Date d, Instant now) {
  DayResult r;
  r.date = d;
  if (!assigned_on(in, d)) {
    r.status = DayStatus::outside_assignment;
    return r;
  }
  CalendarDay cd = calendar.day(d);
  if (!cd.workday) {
    // A unit's own day off has kind holiday too, so it shows with its name like a festival.
    r.status = cd.kind == DayKind::holiday ? DayStatus::holiday : DayStatus::rest_day;
    r.holiday_name = cd.name;
    return r;
  }
  if (cd.local) r.holiday_name = cd.name;
  r.required = true;
  auto [halves, type] = leave_on(in, d);
  if (halves) {
    r.leave_type = type;
    r.leave_halves = halves == 3 ? 2 : 1;
  }
  if (halves == 3) {
    r.status = DayStatus::leave;
    return r;
  }
  static const std::vector<CountedPunch> kNone;
  auto it = ix.punches.find(d);
  const auto& punches = it == ix.punches.end() ? kNone : it->second;

  bool need_on = !(halves & 1);  // the morning off covers the on-duty punch
  bool need_off = rule.off_duty_required && !(halves & 2);
  Outcome on, off;
  if (need_on) on = on_duty_outcome(rule, ix, punches, d, now);
  if (need_off) off = off_duty_outcome(rule, ix, punches, d, now);
  r.on_duty = on.result;
  r.on_duty_minute = on.minute;
  r.late_minutes = on.late;
  r.off_duty = off.result;
  r.off_duty_minute = off.minute;
  r.early_minutes = off.early;
  r.field = on.field || off.field;
  r.made_up = on.made_up || off.made_up;

  bool open = (need_on && !on.result) || (need_off && !off.result);
  // 旷工 and 缺卡 head the precedence: once known, no later punch can change the status.
  bool settled = r.on_duty == PunchResult::absent || r.on_duty == PunchResult::missing ||
                 r.off_duty == PunchResult::missing;
  r.status = open && !settled ? DayStatus::upcoming : decide(r);
  return r;
}

// 出勤: a required day with a counted punch or make-up that is not 旷工. A day whose only
// required punch was missed is not attended; one whose other punch is still to come is.
bool attended(const DayResult& r) {
  switch (r.status) {
    case DayStatus::normal:
    case DayStatus::late:
    case DayStatus::serious_late:
    case DayStatus::made_up:
    case DayStatus::field:
    case DayStatus::early:
      return true;
    case DayStatus::leave:
      // Half a day of leave: attended only with a counted punch for the other half, so that
      // 出勤 plus leave never exceeds the required days.
      return r.leave_halves == 1 && (r.on_duty_minute.has_value() || r.off_duty_minute.has_value());
    case DayStatus::missing:
    case DayStatus::upcoming:
      return r.on_duty_minute.has_value() || r.off_duty_minute.has_value();
    default:
      return false;
  }
}

}  // namespace

std::vector<DayResult> evaluate_days(const WorkCalendar& calendar, const AttendanceRule& rule,
                                     const AttendanceInputs& inputs, Date first, Date last, Instant now) {
  rule.validate();
  if (first.is_special()) throw Error(ErrorCode::invalid_argument, "first: not a date", "first", "");
  if (last.is_special()) throw Error(ErrorCode::invalid_argument, "last: not a date", "last", "");
  if (last < first) throw_invalid("last", date_text(last), "is before first (" + date_text(first) + ")");
  if (now.is_special()) throw Error(ErrorCode::invalid_argument, "now: not a time", "now", "");
  Index ix = index_inputs(rule, inputs);
  std::vector<DayResult> out;
  for (Date d = first; d <= last; d += boost::gregorian::days(1))
    out.push_back(evaluate_day(calendar, rule, inputs, ix, d, now));
  return out;
}

AttendanceTotals total_days(const std::vector<DayResult>& days) {
  AttendanceTotals t;
  for (auto& r : days) {
    if (r.status == DayStatus::rest_day || r.status == DayStatus::holiday) ++t.rest_days;
    if (!r.required) continue;
    ++t.required_days;
    if (attended(r)) ++t.attended_days;
    if (r.status == DayStatus::upcoming) ++t.upcoming_days;
    // Counted from the punch results, not the status, so a late morning on a day whose
    // status is 缺卡 (off-duty missed) is still a 迟到.
    if (r.on_duty == PunchResult::late || r.on_duty == PunchResult::serious_late) {
      ++t.late_count;
      t.late_minutes += r.late_minutes;
    }
    if (r.on_duty == PunchResult::serious_late) ++t.serious_late_count;
    if (r.off_duty == PunchResult::early) ++t.early_count;
    if (r.on_duty == PunchResult::missing) ++t.on_duty_missing;
    if (r.off_duty == PunchResult::missing) ++t.off_duty_missing;
    if (r.on_duty == PunchResult::absent) ++t.absent_days;
    if (r.field) ++t.field_count;
    if (r.made_up) ++t.makeup_count;
    if (r.leave_type) t.leave_halves[*r.leave_type] += r.leave_halves;
  }
  return t;
}

}  // namespace bangfu
