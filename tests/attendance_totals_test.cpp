// Days whose punch window is still open (`now`), and the 考勤统计 totals on real months:
// February 2026 (春节, two adjusted Saturdays) and October 2026 (国庆节).
#include <gtest/gtest.h>

#include "attendance_support.hpp"

using namespace bangfu;
using namespace bangfu::testing;

TEST(AttendanceUpcoming, OnDutyOnly) {
  AttendanceRule rule;  // 08:00, the window closes at 12:00
  auto in = assigned_from("2026-01-01");
  const char* mon = "2026-03-02";
  auto r = one_day(rule, in, mon, at(mon, "07:00"));
  EXPECT_EQ(r.status, DayStatus::upcoming);
  EXPECT_TRUE(r.required);
  EXPECT_FALSE(r.on_duty);
  EXPECT_EQ(one_day(rule, in, mon, at(mon, "11:59:59")).status, DayStatus::upcoming);
  EXPECT_EQ(one_day(rule, in, mon, at(mon, "12:00")).status, DayStatus::missing);
  // A punch settles the day at once, even a late one.
  in.punches = {punch(mon, "08:20")};
  r = one_day(rule, in, mon, at(mon, "08:30"));
  EXPECT_EQ(r.status, DayStatus::late);
  EXPECT_EQ(r.late_minutes, 20);
  // Later days are upcoming when required; rest days stay rest days.
  auto days = evaluate_days(national_calendar(), rule, in, d("2026-03-02"), d("2026-03-08"), at(mon, "08:30"));
  EXPECT_EQ(days[1].status, DayStatus::upcoming);
  EXPECT_EQ(days[4].status, DayStatus::upcoming);
  EXPECT_EQ(days[5].status, DayStatus::rest_day);
  EXPECT_EQ(days[6].status, DayStatus::rest_day);
  // An approved make-up settles it too.
  in.punches.clear();
  in.makeups = {{d(mon), PunchKind::on_duty, 480}};
  EXPECT_EQ(one_day(rule, in, mon, at(mon, "09:00")).status, DayStatus::made_up);
}

TEST(AttendanceUpcoming, WithOffDuty) {
  AttendanceRule rule;
  rule.off_duty_required = true;  // off-duty window 12:45–23:30
  auto in = assigned_from("2026-01-01");
  const char* mon = "2026-03-02";
  in.punches = {punch(mon, "08:00")};
  auto r = one_day(rule, in, mon, at(mon, "15:00"));
  EXPECT_EQ(r.status, DayStatus::upcoming);
  EXPECT_EQ(r.on_duty, PunchResult::normal);  // known already
  EXPECT_FALSE(r.off_duty);
  auto t = total_days({r});
  EXPECT_EQ(t.upcoming_days, 1);
  EXPECT_EQ(t.attended_days, 1);
  EXPECT_EQ(t.off_duty_missing, 0);
  // An early off-duty punch may still be followed by a later one.
  in.punches.push_back(punch(mon, "17:00"));
  EXPECT_EQ(one_day(rule, in, mon, at(mon, "18:00")).status, DayStatus::upcoming);
  EXPECT_EQ(one_day(rule, in, mon, at(mon, "23:30:59")).status, DayStatus::upcoming);
  r = one_day(rule, in, mon, at(mon, "23:31"));
  EXPECT_EQ(r.status, DayStatus::early);
  EXPECT_EQ(r.early_minutes, 30);
  // A normal off-duty punch settles it.
  in.punches.push_back(punch(mon, "17:45"));
  EXPECT_EQ(one_day(rule, in, mon, at(mon, "17:50")).status, DayStatus::normal);
  // 缺卡 and 旷工 need not wait for the afternoon.
  in.punches.clear();
  r = one_day(rule, in, mon, at(mon, "13:00"));
  EXPECT_EQ(r.status, DayStatus::missing);
  EXPECT_EQ(r.on_duty, PunchResult::missing);
  EXPECT_FALSE(r.off_duty);
  in.punches = {punch(mon, "09:30")};
  EXPECT_EQ(one_day(rule, in, mon, at(mon, "10:00")).status, DayStatus::absent);
  // A late morning is known, but the day is not final until the evening.
  in.punches = {punch(mon, "08:10")};
  r = one_day(rule, in, mon, at(mon, "10:00"));
  EXPECT_EQ(r.status, DayStatus::upcoming);
  EXPECT_EQ(r.on_duty, PunchResult::late);
  EXPECT_EQ(total_days({r}).late_count, 1);
}

namespace {

struct Month {
  std::vector<DayResult> days;
  AttendanceTotals totals;
};

Month month(const AttendanceInputs& in, const char* first, const char* last, Instant now = fixed_now()) {
  Month m;
  m.days = evaluate_days(national_calendar(), AttendanceRule{}, in, d(first), d(last), now);
  m.totals = total_days(m.days);
  return m;
}

// A punch at 07:55 on every workday of [first, last] except those listed.
std::vector<Punch> punctual(const char* first, const char* last, const std::set<Date>& except) {
  std::vector<Punch> out;
  for (Date day = d(first); day <= d(last); day += boost::gregorian::days(1))
    if (national_calendar().is_workday(day) && !except.count(day))
      out.push_back(punch(date_text(day).c_str(), "07:55"));
  return out;
}

}  // namespace

TEST(AttendanceTotals, PerfectFebruary) {
  auto in = assigned_from("2026-01-01");
  in.punches = punctual("2026-02-01", "2026-02-28", {});
  auto m = month(in, "2026-02-01", "2026-02-28");
  EXPECT_EQ(m.totals.required_days, 16);  // with the adjusted Saturdays 02-14 and 02-28
  EXPECT_EQ(m.totals.attended_days, 16);
  EXPECT_EQ(m.totals.rest_days, 12);
  EXPECT_EQ(m.days[13].status, DayStatus::normal);  // 02-14, a Saturday worked
  EXPECT_EQ(m.days[16].status, DayStatus::holiday);  // 02-17, 春节
  EXPECT_EQ(m.days[16].holiday_name, "春节");
  EXPECT_EQ(m.totals.late_count + m.totals.on_duty_missing + m.totals.absent_days + m.totals.upcoming_days, 0);
}

TEST(AttendanceTotals, EventfulFebruary) {
  auto in = assigned_from("2026-01-01");
  std::set<Date> special{d("2026-02-03"), d("2026-02-04"), d("2026-02-05"), d("2026-02-06"),
                         d("2026-02-09"), d("2026-02-10"), d("2026-02-11"), d("2026-02-12")};
  in.punches = punctual("2026-02-01", "2026-02-28", special);
  in.punches.push_back(punch("2026-02-03", "08:10"));                    // late 10
  in.punches.push_back(punch("2026-02-04", "08:45"));                    // seriously late 45
  in.punches.push_back(punch("2026-02-05", "09:10"));                    // 旷工
  in.makeups = {{d("2026-02-09"), PunchKind::on_duty, 480}};             // 02-06 missed, 02-09 made up
  in.punches.push_back(punch("2026-02-10", "07:50", PunchCheck::field));  // 外勤
  in.leaves = {{LeaveType::sick, span("2026-02-11", HalfDay::am, "2026-02-11", HalfDay::pm)},
               {LeaveType::personal, span("2026-02-12", HalfDay::am, "2026-02-12", HalfDay::am)},
               {LeaveType::sick, span("2026-02-13", HalfDay::pm, "2026-02-16", HalfDay::pm)}};  // into 春节
  auto m = month(in, "2026-02-01", "2026-02-28");
  const auto& t = m.totals;
  EXPECT_EQ(t.required_days, 16);
  EXPECT_EQ(t.rest_days, 12);
  EXPECT_EQ(t.late_count, 2);
  EXPECT_EQ(t.late_minutes, 55);
  EXPECT_EQ(t.serious_late_count, 1);
  EXPECT_EQ(t.absent_days, 1);
  EXPECT_EQ(t.on_duty_missing, 1);
  EXPECT_EQ(t.off_duty_missing, 0);
  EXPECT_EQ(t.makeup_count, 1);
  EXPECT_EQ(t.field_count, 1);
  EXPECT_EQ(t.early_count, 0);
  // 病假: 02-11 whole, 02-13 afternoon, then 02-14 (an adjusted Saturday, worked) whole; the
  // holiday days of the span take none.
  EXPECT_EQ(t.leave_halves.at(LeaveType::sick), 2 + 1 + 2);
  EXPECT_EQ(t.leave_halves.at(LeaveType::personal), 1);
  // Not attended: 旷工 02-05, 缺卡 02-06, whole-day leave 02-11 and 02-14, and 02-12 — a
  // morning of leave with no punch that day shows no attendance for the afternoon.
  EXPECT_EQ(t.attended_days, 16 - 5);
  EXPECT_EQ(t.upcoming_days, 0);
  EXPECT_EQ(m.days[12].status, DayStatus::leave);  // 02-13: a punctual morning, then leave
  EXPECT_EQ(m.days[12].on_duty, PunchResult::normal);
  EXPECT_EQ(m.days[12].leave_halves, 1);
  EXPECT_EQ(m.days[11].status, DayStatus::leave);   // 02-12: a morning off, nothing else required
}

TEST(AttendanceTotals, FebruaryInProgress) {
  auto in = assigned_from("2026-01-01");
  in.punches = punctual("2026-02-01", "2026-02-13", {});
  auto m = month(in, "2026-02-01", "2026-02-28", at("2026-02-13", "10:00"));
  EXPECT_EQ(m.totals.required_days, 16);
  EXPECT_EQ(m.totals.attended_days, 10);
  // 02-14, 02-24 … 02-27 and 02-28 are still to come.
  EXPECT_EQ(m.totals.upcoming_days, 6);
  EXPECT_EQ(m.totals.on_duty_missing, 0);
}

TEST(AttendanceTotals, OctoberAbsentMinded) {
  auto m = month(assigned_from("2026-01-01"), "2026-10-01", "2026-10-31");
  EXPECT_EQ(m.totals.required_days, 18);  // with the adjusted Saturday 10-10
  EXPECT_EQ(m.totals.rest_days, 13);
  EXPECT_EQ(m.totals.on_duty_missing, 18);
  EXPECT_EQ(m.totals.attended_days, 0);
  EXPECT_EQ(m.totals.absent_days, 0);  // 缺卡 is not 旷工
}

TEST(AttendanceTotals, PartOfAMonthAssigned) {
  AttendanceInputs in;
  in.assigned = {{d("2026-10-12"), d("2026-10-23")}};
  in.punches = punctual("2026-10-01", "2026-10-31", {});
  auto m = month(in, "2026-10-01", "2026-10-31");
  EXPECT_EQ(m.totals.required_days, 10);
  EXPECT_EQ(m.totals.attended_days, 10);
  EXPECT_EQ(m.totals.rest_days, 2);  // the weekend inside the assignment
}
