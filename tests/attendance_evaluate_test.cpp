// evaluate_days on the real national calendar: on-duty classification at every threshold,
// punch windows, the CST day, off-duty punches, the precedence of statuses, make-ups, field
// punches, leave, assignment periods and holidays. 2026-03-02 is a Monday.
#include <gtest/gtest.h>

#include "attendance_support.hpp"

using namespace bangfu;
using namespace bangfu::testing;

namespace {

AttendanceInputs with_punches(std::vector<Punch> punches) {
  auto in = assigned_from("2026-01-01");
  in.punches = std::move(punches);
  return in;
}

AttendanceRule with_off_duty() {
  AttendanceRule r;  // on 08:00, off 17:30: midpoint 12:45
  r.off_duty_required = true;
  return r;
}

}  // namespace

TEST(AttendanceEvaluate, OnDutyThresholds) {
  AttendanceRule rule;
  rule.grace = 5;  // serious_late 30, absence 60
  struct Case {
    const char* clock;
    PunchResult result;
    int late_minutes;
  };
  for (auto c : std::vector<Case>{{"07:59", PunchResult::normal, 0},
                                  {"08:00", PunchResult::normal, 0},
                                  {"08:05", PunchResult::normal, 0},  // within grace
                                  {"08:05:59", PunchResult::normal, 0},
                                  {"08:06", PunchResult::late, 6},
                                  {"08:29", PunchResult::late, 29},
                                  {"08:30", PunchResult::serious_late, 30},
                                  {"08:59", PunchResult::serious_late, 59},
                                  {"09:00", PunchResult::absent, 0},  // 旷工 counts as absence, not lateness
                                  {"11:00", PunchResult::absent, 0}}) {
    auto r = one_day(rule, with_punches({punch("2026-03-02", c.clock)}), "2026-03-02");
    EXPECT_EQ(r.on_duty, c.result) << c.clock;
    EXPECT_EQ(r.late_minutes, c.late_minutes) << c.clock;
    EXPECT_TRUE(r.required);
    EXPECT_FALSE(r.off_duty);  // not required by this rule
  }
}

TEST(AttendanceEvaluate, SecondsAreFloored) {
  AttendanceRule rule;  // grace 0
  auto r = one_day(rule, with_punches({punch("2026-03-02", "08:00:59")}), "2026-03-02");
  EXPECT_EQ(r.on_duty, PunchResult::normal);
  EXPECT_EQ(r.on_duty_minute, 480);
  EXPECT_EQ(r.status, DayStatus::normal);
  r = one_day(rule, with_punches({punch("2026-03-02", "08:01")}), "2026-03-02");
  EXPECT_EQ(r.status, DayStatus::late);
  EXPECT_EQ(r.late_minutes, 1);
}

TEST(AttendanceEvaluate, OnDutyWindow) {
  AttendanceRule rule;  // earliest 120 (06:00), latest 240 (until 12:00, exclusive)
  auto at_clock = [&](const char* clock) {
    return one_day(rule, with_punches({punch("2026-03-02", clock)}), "2026-03-02");
  };
  EXPECT_EQ(at_clock("06:00").on_duty, PunchResult::normal);
  EXPECT_EQ(at_clock("06:00").on_duty_minute, 360);
  EXPECT_EQ(at_clock("05:59").on_duty, PunchResult::missing);
  EXPECT_FALSE(at_clock("05:59").on_duty_minute);
  EXPECT_EQ(at_clock("11:59").on_duty, PunchResult::absent);
  EXPECT_EQ(at_clock("12:00").on_duty, PunchResult::missing);
  // The earliest candidate counts, whatever order the punches come in.
  auto r = one_day(rule, with_punches({punch("2026-03-02", "08:10"), punch("2026-03-02", "05:00"),
                                       punch("2026-03-02", "07:50")}),
                   "2026-03-02");
  EXPECT_EQ(r.on_duty_minute, 7 * 60 + 50);
  EXPECT_EQ(r.status, DayStatus::normal);
}

TEST(AttendanceEvaluate, CstDayBoundary) {
  AttendanceRule rule;
  Punch p;
  p.at = boost::posix_time::ptime(d("2026-03-01"), boost::posix_time::hours(23) + boost::posix_time::minutes(30));
  auto days = evaluate_days(national_calendar(), rule, with_punches({p}), d("2026-03-01"), d("2026-03-02"), fixed_now());
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].status, DayStatus::rest_day);  // Sunday: the punch is not its
  EXPECT_FALSE(days[0].required);
  EXPECT_EQ(days[1].status, DayStatus::normal);
  EXPECT_EQ(days[1].on_duty_minute, 7 * 60 + 30);
}

TEST(AttendanceEvaluate, OffDuty) {
  auto rule = with_off_duty();
  auto day = [&](std::vector<const char*> clocks) {
    std::vector<Punch> ps;
    for (auto c : clocks) ps.push_back(punch("2026-03-02", c));
    return one_day(rule, with_punches(ps), "2026-03-02");
  };
  auto r = day({"08:00", "17:29"});
  EXPECT_EQ(r.off_duty, PunchResult::early);
  EXPECT_EQ(r.early_minutes, 1);
  EXPECT_EQ(r.status, DayStatus::early);
  r = day({"08:00", "17:30"});
  EXPECT_EQ(r.off_duty, PunchResult::normal);
  EXPECT_EQ(r.off_duty_minute, 17 * 60 + 30);
  EXPECT_EQ(r.status, DayStatus::normal);
  r = day({"08:00"});
  EXPECT_EQ(r.off_duty, PunchResult::missing);
  EXPECT_EQ(r.status, DayStatus::missing);
  // The latest candidate counts.
  r = day({"18:00", "08:00", "17:00"});
  EXPECT_EQ(r.off_duty_minute, 18 * 60);
  EXPECT_EQ(r.off_duty, PunchResult::normal);
  // From the midpoint (12:45) a punch is an off-duty punch, up to off-duty + 360 (23:30).
  r = day({"12:45"});
  EXPECT_EQ(r.on_duty, PunchResult::missing);
  EXPECT_EQ(r.off_duty, PunchResult::early);
  EXPECT_EQ(r.early_minutes, 17 * 60 + 30 - (12 * 60 + 45));
  EXPECT_EQ(day({"08:00", "23:30"}).off_duty, PunchResult::normal);
  EXPECT_EQ(day({"08:00", "23:31"}).off_duty, PunchResult::missing);
  // The midpoint also ends the on-duty window when `latest` would reach past it.
  rule.latest = 600;
  r = day({"12:50"});
  EXPECT_EQ(r.on_duty, PunchResult::missing);
  EXPECT_EQ(r.off_duty, PunchResult::early);
  EXPECT_EQ(day({"12:44"}).on_duty, PunchResult::absent);
}

TEST(AttendanceEvaluate, StatusPrecedence) {
  auto rule = with_off_duty();
  auto in = with_punches({});
  auto status = [&](std::vector<Punch> ps, std::vector<ApprovedMakeup> makeups = {}) {
    in.punches = std::move(ps);
    in.makeups = std::move(makeups);
    return one_day(rule, in, "2026-03-02").status;
  };
  const char* day = "2026-03-02";
  // 旷工 beats 缺卡; 缺卡 beats 严重迟到; lateness beats 早退.
  EXPECT_EQ(status({punch(day, "09:30")}), DayStatus::absent);
  EXPECT_EQ(status({punch(day, "08:40")}), DayStatus::missing);
  EXPECT_EQ(status({punch(day, "17:40")}), DayStatus::missing);  // on-duty missed
  EXPECT_EQ(status({punch(day, "08:40"), punch(day, "17:00")}), DayStatus::serious_late);
  EXPECT_EQ(status({punch(day, "08:10"), punch(day, "17:00")}), DayStatus::late);
  EXPECT_EQ(status({punch(day, "08:00"), punch(day, "17:00")}), DayStatus::early);
  // A make-up shows only when everything else is in order; a field punch below it.
  ApprovedMakeup on{d(day), PunchKind::on_duty, 480};
  EXPECT_EQ(status({punch(day, "17:40")}, {on}), DayStatus::made_up);
  EXPECT_EQ(status({punch(day, "17:00")}, {on}), DayStatus::early);
  EXPECT_EQ(status({punch(day, "17:40", PunchCheck::field)}, {on}), DayStatus::made_up);
  EXPECT_EQ(status({punch(day, "08:00", PunchCheck::field), punch(day, "17:40")}), DayStatus::field);
  EXPECT_EQ(status({punch(day, "08:10", PunchCheck::field), punch(day, "17:40")}), DayStatus::late);
}

TEST(AttendanceEvaluate, MakeupSuppliesThePunch) {
  AttendanceRule rule;
  auto in = with_punches({});
  in.makeups = {{d("2026-03-02"), PunchKind::on_duty, 7 * 60 + 58}, {d("2026-03-04"), PunchKind::on_duty, 480}};
  auto r = one_day(rule, in, "2026-03-02");
  EXPECT_EQ(r.on_duty, PunchResult::normal);
  EXPECT_EQ(r.on_duty_minute, 7 * 60 + 58);
  EXPECT_TRUE(r.made_up);
  EXPECT_EQ(r.status, DayStatus::made_up);
  EXPECT_EQ(one_day(rule, in, "2026-03-03").status, DayStatus::missing);  // another day's make-up
  // It replaces a late punch …
  in.punches = {punch("2026-03-02", "08:20")};
  r = one_day(rule, in, "2026-03-02");
  EXPECT_EQ(r.status, DayStatus::made_up);
  EXPECT_EQ(r.late_minutes, 0);
  // … but a normal punch needs none.
  in.punches = {punch("2026-03-04", "07:40")};
  r = one_day(rule, in, "2026-03-04");
  EXPECT_EQ(r.status, DayStatus::normal);
  EXPECT_FALSE(r.made_up);
  EXPECT_EQ(r.on_duty_minute, 7 * 60 + 40);
  // The off-duty punch, too.
  auto off_rule = with_off_duty();
  in.punches = {punch("2026-03-05", "07:50"), punch("2026-03-05", "16:00")};
  in.makeups = {{d("2026-03-05"), PunchKind::off_duty, 17 * 60 + 35}};
  r = one_day(off_rule, in, "2026-03-05");
  EXPECT_EQ(r.off_duty, PunchResult::normal);
  EXPECT_EQ(r.off_duty_minute, 17 * 60 + 35);
  EXPECT_EQ(r.early_minutes, 0);
  EXPECT_EQ(r.status, DayStatus::made_up);
}

TEST(AttendanceEvaluate, FieldPunchesByPolicy) {
  AttendanceRule rule;
  const char* day = "2026-03-02";
  auto eval = [&](PunchCheck c) { return one_day(rule, with_punches({punch(day, "07:55", c)}), day); };
  rule.field_policy = FieldPolicy::flag;  // counts, and marks the day 外勤
  auto r = eval(PunchCheck::field);
  EXPECT_EQ(r.status, DayStatus::field);
  EXPECT_TRUE(r.field);
  rule.field_policy = FieldPolicy::accept;  // counts like a punch inside
  r = eval(PunchCheck::field);
  EXPECT_EQ(r.status, DayStatus::normal);
  EXPECT_FALSE(r.field);
  rule.field_policy = FieldPolicy::require_approval;  // counts once approved
  EXPECT_EQ(eval(PunchCheck::field_pending).status, DayStatus::missing);
  EXPECT_EQ(eval(PunchCheck::field_rejected).status, DayStatus::missing);
  r = eval(PunchCheck::field_approved);
  EXPECT_EQ(r.status, DayStatus::field);
  EXPECT_EQ(r.on_duty, PunchResult::normal);
  // An uncounted punch does not hide a counted later one.
  r = one_day(rule, with_punches({punch(day, "07:30", PunchCheck::field_rejected), punch(day, "08:10")}), day);
  EXPECT_EQ(r.on_duty_minute, 8 * 60 + 10);
  EXPECT_FALSE(r.field);
}

TEST(AttendanceEvaluate, Leave) {
  auto rule = with_off_duty();
  auto in = with_punches({});
  in.leaves = {{LeaveType::sick, span("2026-03-06", HalfDay::am, "2026-03-09", HalfDay::am)},
               {LeaveType::personal, span("2026-03-10", HalfDay::pm, "2026-03-10", HalfDay::pm)}};
  auto days = evaluate_days(national_calendar(), rule, in, d("2026-03-06"), d("2026-03-10"), fixed_now());
  EXPECT_EQ(days[0].status, DayStatus::leave);  // Friday, whole day
  EXPECT_EQ(days[0].leave_type, LeaveType::sick);
  EXPECT_EQ(days[0].leave_halves, 2);
  EXPECT_FALSE(days[0].on_duty);
  EXPECT_FALSE(days[0].off_duty);
  EXPECT_TRUE(days[0].required);
  EXPECT_EQ(days[1].status, DayStatus::rest_day);  // the weekend is not leave
  EXPECT_FALSE(days[1].leave_type);
  EXPECT_EQ(days[1].leave_halves, 0);
  // Monday morning on leave: the off-duty punch is still required and was missed.
  EXPECT_EQ(days[3].leave_halves, 1);
  EXPECT_FALSE(days[3].on_duty);
  EXPECT_EQ(days[3].off_duty, PunchResult::missing);
  EXPECT_EQ(days[3].status, DayStatus::missing);
  // Tuesday afternoon on leave: a normal morning makes the day 请假.
  in.punches = {punch("2026-03-10", "07:58"), punch("2026-03-09", "17:31")};
  days = evaluate_days(national_calendar(), rule, in, d("2026-03-09"), d("2026-03-10"), fixed_now());
  EXPECT_EQ(days[0].status, DayStatus::leave);
  EXPECT_EQ(days[1].status, DayStatus::leave);
  EXPECT_EQ(days[1].leave_type, LeaveType::personal);
  EXPECT_EQ(days[1].leave_halves, 1);
  EXPECT_EQ(days[1].on_duty, PunchResult::normal);
  EXPECT_FALSE(days[1].off_duty);
  // … and a late one makes it 迟到.
  in.punches = {punch("2026-03-10", "08:15")};
  EXPECT_EQ(one_day(rule, in, "2026-03-10").status, DayStatus::late);
  // Without off-duty punches, a morning off leaves nothing to punch.
  AttendanceRule on_only;
  in.leaves = {{LeaveType::annual, span("2026-03-11", HalfDay::am, "2026-03-11", HalfDay::am)}};
  auto r = one_day(on_only, in, "2026-03-11");
  EXPECT_EQ(r.status, DayStatus::leave);
  EXPECT_EQ(r.leave_type, LeaveType::annual);
}

TEST(AttendanceEvaluate, AssignmentPeriodsAndCalendarDays) {
  AttendanceRule rule;
  AttendanceInputs in;
  in.assigned = {{d("2026-09-29"), d("2026-10-09")}, {d("2026-10-12"), std::nullopt}};
  auto cal = national_calendar().with_local_days({{d("2026-10-09"), false, "彝族年"}, {d("2026-10-17"), true, "周六门诊"}});
  auto days = evaluate_days(cal, rule, in, d("2026-09-28"), d("2026-10-18"), fixed_now());
  auto on = [&](const char* day) { return days.at(static_cast<std::size_t>((d(day) - d("2026-09-28")).days())); };
  EXPECT_EQ(on("2026-09-28").status, DayStatus::outside_assignment);
  EXPECT_FALSE(on("2026-09-28").required);
  EXPECT_EQ(on("2026-09-29").status, DayStatus::missing);
  EXPECT_EQ(on("2026-10-01").status, DayStatus::holiday);
  EXPECT_EQ(on("2026-10-01").holiday_name, "国庆节");
  EXPECT_FALSE(on("2026-10-01").required);
  EXPECT_EQ(on("2026-10-09").status, DayStatus::holiday);  // the unit's own day off
  EXPECT_EQ(on("2026-10-09").holiday_name, "彝族年");
  EXPECT_EQ(on("2026-10-10").status, DayStatus::outside_assignment);  // between the periods
  EXPECT_EQ(on("2026-10-11").status, DayStatus::outside_assignment);
  EXPECT_EQ(on("2026-10-12").status, DayStatus::missing);
  EXPECT_EQ(on("2026-10-11").holiday_name, "");
  EXPECT_EQ(on("2026-10-17").status, DayStatus::missing);  // a Saturday the unit works
  EXPECT_EQ(on("2026-10-17").holiday_name, "周六门诊");
  EXPECT_EQ(on("2026-10-18").status, DayStatus::rest_day);
  // Nothing assigned: nothing required.
  for (auto& r : evaluate_days(cal, rule, {}, d("2026-10-12"), d("2026-10-16"), fixed_now()))
    EXPECT_EQ(r.status, DayStatus::outside_assignment);
}

TEST(AttendanceEvaluate, BadArguments) {
  AttendanceRule rule;
  auto e = catch_error([&] {
    evaluate_days(national_calendar(), rule, {}, d("2026-03-05"), d("2026-03-04"), fixed_now());
  });
  EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(e.field(), "last");
  rule.grace = 40;
  e = catch_error([&] { evaluate_days(national_calendar(), rule, {}, d("2026-03-02"), d("2026-03-02"), fixed_now()); });
  EXPECT_EQ(e.field(), "grace");
  // A year without calendar data is an explicit error, never a guess.
  e = catch_error([&] {
    evaluate_days(national_calendar(), AttendanceRule{}, assigned_from("2030-01-01"), d("2030-03-01"),
                  d("2030-03-01"), fixed_now());
  });
  EXPECT_EQ(e.code(), ErrorCode::not_found);
}
