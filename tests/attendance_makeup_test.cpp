// 补卡: the monthly cycle, and every reason check_makeup refuses a make-up, in its order.
#include <gtest/gtest.h>

#include "attendance_support.hpp"

using namespace bangfu;
using namespace bangfu::testing;

TEST(AttendanceMakeupCycle, CalendarMonth) {
  MakeupRule m;  // cycle_start_day 1
  EXPECT_EQ(makeup_cycle(m, d("2026-03-15")), std::pair(d("2026-03-01"), d("2026-03-31")));
  EXPECT_EQ(makeup_cycle(m, d("2026-02-01")), std::pair(d("2026-02-01"), d("2026-02-28")));
  EXPECT_EQ(makeup_cycle(m, d("2026-12-31")), std::pair(d("2026-12-01"), d("2026-12-31")));
}

TEST(AttendanceMakeupCycle, StartDay26) {
  MakeupRule m;
  m.cycle_start_day = 26;
  EXPECT_EQ(makeup_cycle(m, d("2026-03-26")), std::pair(d("2026-03-26"), d("2026-04-25")));
  EXPECT_EQ(makeup_cycle(m, d("2026-03-25")), std::pair(d("2026-02-26"), d("2026-03-25")));
  EXPECT_EQ(makeup_cycle(m, d("2026-01-10")), std::pair(d("2025-12-26"), d("2026-01-25")));
  EXPECT_EQ(makeup_cycle(m, d("2026-12-27")), std::pair(d("2026-12-26"), d("2027-01-25")));
  m.cycle_start_day = 28;  // 02-28 is February's last day: the cycle still ends on 03-27
  EXPECT_EQ(makeup_cycle(m, d("2026-02-28")), std::pair(d("2026-02-28"), d("2026-03-27")));
  m.cycle_start_day = 0;
  auto e = catch_error([&] { makeup_cycle(m, d("2026-02-28")); });
  EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(e.field(), "makeup.cycle_start_day");
}

namespace {

// Someone assigned all year who never punched: every past workday is 缺卡.
AttendanceInputs nothing_punched() { return assigned_from("2026-01-01"); }

Error refusal(const AttendanceRule& rule, const DayResult& day, PunchKind kind, const char* today, int used = 0) {
  return catch_error([&] { check_makeup(rule, national_calendar(), day, kind, d(today), used); });
}

void accepted(const AttendanceRule& rule, const DayResult& day, PunchKind kind, const char* today, int used = 0) {
  EXPECT_NO_THROW(check_makeup(rule, national_calendar(), day, kind, d(today), used)) << date_text(day.date);
}

bool has(const Error& e, const std::string& text) { return std::string(e.what()).find(text) != std::string::npos; }

}  // namespace

TEST(AttendanceMakeupCheck, AMissedMorning) {
  AttendanceRule rule;
  auto day = one_day(rule, nothing_punched(), "2026-03-02");
  ASSERT_EQ(day.on_duty, PunchResult::missing);
  accepted(rule, day, PunchKind::on_duty, "2026-03-10", 2);
}

TEST(AttendanceMakeupCheck, NotAllowed) {
  AttendanceRule rule;
  rule.name = "甘洛县人民医院考勤";
  rule.makeup.allowed = false;
  // Checked first: even a future day gets this answer.
  auto e = refusal(rule, one_day(rule, nothing_punched(), "2026-03-20"), PunchKind::on_duty, "2026-03-10");
  EXPECT_EQ(e.code(), ErrorCode::invalid_state);
  EXPECT_TRUE(has(e, "补卡 (make-up) is not allowed by rule 甘洛县人民医院考勤")) << e.what();
}

TEST(AttendanceMakeupCheck, TodayAndFuture) {
  AttendanceRule rule;
  for (const char* day : {"2026-03-10", "2026-03-11"}) {
    auto e = refusal(rule, one_day(rule, nothing_punched(), day, at("2026-03-10", "20:00")), PunchKind::on_duty,
                     "2026-03-10");
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument) << day;
    EXPECT_EQ(e.field(), "day");
    EXPECT_EQ(e.value(), day);
    EXPECT_TRUE(has(e, "past workday"));
  }
}

TEST(AttendanceMakeupCheck, OutsideAssignment) {
  AttendanceRule rule;
  auto e = refusal(rule, one_day(rule, assigned_from("2026-03-05"), "2026-03-02"), PunchKind::on_duty, "2026-03-10");
  EXPECT_EQ(e.code(), ErrorCode::invalid_state);
  EXPECT_TRUE(has(e, "2026-03-02"));
}

TEST(AttendanceMakeupCheck, HolidaysAndRestDays) {
  AttendanceRule rule;
  rule.makeup.days_back = 1;  // the day is checked before the deadline
  auto e = refusal(rule, one_day(rule, nothing_punched(), "2026-10-01"), PunchKind::on_duty, "2026-11-09");
  EXPECT_EQ(e.code(), ErrorCode::invalid_state);
  EXPECT_EQ(std::string(e.what()), "2026-10-01 is a holiday (国庆节), not a workday");
  EXPECT_EQ(e.value(), "2026-10-01");
  e = refusal(rule, one_day(rule, nothing_punched(), "2026-10-11"), PunchKind::on_duty, "2026-11-09");
  EXPECT_EQ(std::string(e.what()), "2026-10-11 is a rest day (休息日), not a workday");
}

TEST(AttendanceMakeupCheck, NaturalDaysBack) {
  AttendanceRule rule;  // 30 natural days
  auto day = one_day(rule, nothing_punched(), "2026-03-02");
  accepted(rule, day, PunchKind::on_duty, "2026-04-01");  // 30 days later
  auto e = refusal(rule, day, PunchKind::on_duty, "2026-04-02");
  EXPECT_EQ(e.code(), ErrorCode::deadline_passed);
  EXPECT_TRUE(has(e, "30 natural days (自然日)")) << e.what();
  EXPECT_TRUE(has(e, "2026-03-02"));
}

TEST(AttendanceMakeupCheck, WorkdaysBack) {
  AttendanceRule rule;
  rule.makeup.look_back = LookBack::workdays;
  rule.makeup.days_back = 5;
  auto day = one_day(rule, nothing_punched(), "2026-09-29");
  // After 09-29: 09-30, 10-08, 10-09, 10-10 (adjusted Saturday), 10-12 — the holiday week
  // counts for nothing, though 13 natural days have passed.
  accepted(rule, day, PunchKind::on_duty, "2026-10-12");
  accepted(rule, day, PunchKind::on_duty, "2026-10-07");
  auto e = refusal(rule, day, PunchKind::on_duty, "2026-10-13");
  EXPECT_EQ(e.code(), ErrorCode::deadline_passed);
  EXPECT_TRUE(has(e, "5 workdays (工作日)")) << e.what();
}

TEST(AttendanceMakeupCheck, CoveredByLeave) {
  AttendanceRule rule;
  rule.off_duty_required = true;
  auto in = nothing_punched();
  in.leaves = {{LeaveType::sick, span("2026-03-02", HalfDay::am, "2026-03-02", HalfDay::pm)},
               {LeaveType::personal, span("2026-03-03", HalfDay::am, "2026-03-03", HalfDay::am)}};
  for (auto kind : {PunchKind::on_duty, PunchKind::off_duty}) {
    auto e = refusal(rule, one_day(rule, in, "2026-03-02"), kind, "2026-03-10");
    EXPECT_EQ(e.code(), ErrorCode::invalid_state);
    EXPECT_TRUE(has(e, "covered by leave")) << e.what();
  }
  // Half a day: the morning is covered, the missed afternoon punch is not.
  auto half = one_day(rule, in, "2026-03-03");
  EXPECT_TRUE(has(refusal(rule, half, PunchKind::on_duty, "2026-03-10"), "covered by leave"));
  accepted(rule, half, PunchKind::off_duty, "2026-03-10");
}

TEST(AttendanceMakeupCheck, AlreadyPunched) {
  AttendanceRule rule;
  auto in = nothing_punched();
  in.punches = {punch("2026-03-02", "07:58")};
  in.makeups = {{d("2026-03-03"), PunchKind::on_duty, 480}};
  for (const char* day : {"2026-03-02", "2026-03-03"}) {
    auto e = refusal(rule, one_day(rule, in, day), PunchKind::on_duty, "2026-03-10");
    EXPECT_EQ(e.code(), ErrorCode::invalid_state);
    EXPECT_TRUE(has(e, "already punched")) << e.what();
  }
  // An off-duty punch the rule does not ask for.
  auto e = refusal(rule, one_day(rule, in, "2026-03-04"), PunchKind::off_duty, "2026-03-10");
  EXPECT_EQ(e.code(), ErrorCode::invalid_state);
  EXPECT_TRUE(has(e, "no off-duty punch")) << e.what();
}

TEST(AttendanceMakeupCheck, NotCorrectable) {
  AttendanceRule rule;
  rule.makeup.correctable = {PunchResult::missing};
  auto in = nothing_punched();
  in.punches = {punch("2026-03-02", "08:10")};
  auto e = refusal(rule, one_day(rule, in, "2026-03-02"), PunchKind::on_duty, "2026-03-10");
  EXPECT_EQ(e.code(), ErrorCode::invalid_state);
  EXPECT_TRUE(has(e, "迟到")) << e.what();
  accepted(rule, one_day(rule, in, "2026-03-03"), PunchKind::on_duty, "2026-03-10");  // 缺卡 is correctable
  // With the default list, lateness may be made up.
  accepted(AttendanceRule{}, one_day(rule, in, "2026-03-02"), PunchKind::on_duty, "2026-03-10");
}

TEST(AttendanceMakeupCheck, Quota) {
  AttendanceRule rule;  // 3 per cycle
  auto day = one_day(rule, nothing_punched(), "2026-03-02");
  accepted(rule, day, PunchKind::on_duty, "2026-03-10", 2);
  auto e = refusal(rule, day, PunchKind::on_duty, "2026-03-10", 3);
  EXPECT_EQ(e.code(), ErrorCode::quota_exceeded);
  EXPECT_TRUE(has(e, "本月已申请3次补卡")) << e.what();
  EXPECT_TRUE(has(e, "quota of 3")) << e.what();
  EXPECT_TRUE(has(e, "2026-03-01 – 2026-03-31")) << e.what();
  rule.makeup.per_cycle = 0;
  EXPECT_TRUE(has(refusal(rule, day, PunchKind::on_duty, "2026-03-10", 0), "本月已申请0次补卡"));
}
