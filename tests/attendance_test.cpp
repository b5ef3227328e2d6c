// Attendance values: CST time and its text, labels, rule validation, the geofence and leave
// spans (evaluation and make-ups have their own files).
#include <gtest/gtest.h>

#include <functional>

#include "attendance_support.hpp"

using namespace bangfu;
using namespace bangfu::testing;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;

TEST(AttendanceTime, CstDayAndMinute) {
  // 23:30 UTC is 07:30 the next morning in Beijing.
  ptime late_utc(d("2026-03-01"), hours(23) + minutes(30));
  EXPECT_EQ(cst_date(late_utc), d("2026-03-02"));
  EXPECT_EQ(cst_minute(late_utc), 7 * 60 + 30);
  EXPECT_EQ(cst_date(ptime(d("2026-03-02"), hours(15) + minutes(59) + seconds(59))), d("2026-03-02"));
  EXPECT_EQ(cst_minute(ptime(d("2026-03-02"), hours(15) + minutes(59) + seconds(59))), 1439);
  EXPECT_EQ(cst_date(ptime(d("2026-03-02"), hours(16))), d("2026-03-03"));
  EXPECT_EQ(cst_minute(ptime(d("2026-03-02"), hours(16))), 0);
  // Seconds are floored: 08:00:59 is still 08:00.
  EXPECT_EQ(cst_minute(ptime(d("2026-03-02"), seconds(59))), 480);
}

TEST(AttendanceTime, CstInstant) {
  EXPECT_EQ(cst_instant(d("2026-03-02"), 480), ptime(d("2026-03-02"), hours(0)));
  EXPECT_EQ(cst_instant(d("2026-03-02"), 0), ptime(d("2026-03-01"), hours(16)));
  EXPECT_EQ(cst_instant(d("2026-03-02"), 1440), ptime(d("2026-03-02"), hours(16)));
  for (int m : {0, 479, 480, 1439}) {
    EXPECT_EQ(cst_date(cst_instant(d("2026-12-31"), m)), d("2026-12-31"));
    EXPECT_EQ(cst_minute(cst_instant(d("2026-12-31"), m)), m);
  }
}

TEST(AttendanceTime, ParseClock) {
  EXPECT_EQ(parse_clock("08:30"), 510);
  EXPECT_EQ(parse_clock("00:00"), 0);
  EXPECT_EQ(parse_clock("23:59"), 1439);
  for (int m = 0; m < 1440; ++m) ASSERT_EQ(parse_clock(clock_text(m)), m);
  EXPECT_EQ(clock_text(510), "08:30");
  for (const char* bad : {"24:00", "8:30", "08:60", "0830", "", "08:30 ", "ab:cd", "08:3"}) {
    auto e = catch_error([&] { parse_clock(bad, "on_duty"); });
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument) << bad;
    EXPECT_EQ(e.field(), "on_duty") << bad;
    EXPECT_EQ(e.value(), bad);
  }
  EXPECT_EQ(catch_error([] { parse_clock("x"); }).field(), "time");
  EXPECT_EQ(catch_error([] { clock_text(1440); }).code(), ErrorCode::invalid_argument);
  EXPECT_EQ(catch_error([] { clock_text(-1); }).code(), ErrorCode::invalid_argument);
}

TEST(AttendanceTime, ParseInstant) {
  ptime expect(d("2026-03-02"), minutes(5));  // 08:05 in Beijing
  EXPECT_EQ(parse_instant("2026-03-02T08:05:00+08:00"), expect);
  EXPECT_EQ(parse_instant("2026-03-02T00:05:00Z"), expect);
  EXPECT_EQ(parse_instant("2026-03-02 08:05"), expect);
  EXPECT_EQ(parse_instant("2026-03-02T08:05"), expect);
  EXPECT_EQ(parse_instant("2026-03-02T08:05:00+0800"), expect);
  EXPECT_EQ(parse_instant("2026-03-01T19:05:00-05:00"), expect);
  EXPECT_EQ(parse_instant("2026-03-02T08:05:30.250+08:00"), expect + seconds(30));
  EXPECT_EQ(parse_instant("2026-03-02 08:00:59"), ptime(d("2026-03-02"), seconds(59)));
  // Late evening UTC is the next CST day.
  EXPECT_EQ(cst_date(parse_instant("2026-03-01T23:30:00Z")), d("2026-03-02"));
  for (const char* bad : {"2026-03-02", "2026-03-02T25:00", "2026-13-02 08:00", "2026-03-02T08:05+8",
                          "2026-03-02T08:05:00+08:00x", "2026-03-02X08:05", "2026-03-02T08:05:61", "now"}) {
    auto e = catch_error([&] { parse_instant(bad); });
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument) << bad;
    EXPECT_EQ(e.field(), "at") << bad;
    EXPECT_EQ(e.value(), bad);
  }
  EXPECT_EQ(catch_error([] { parse_instant("x", "punched_at"); }).field(), "punched_at");
}

TEST(AttendanceTime, InstantText) {
  EXPECT_EQ(instant_text(parse_instant("2026-03-02 08:05")), "2026-03-02T08:05:00+08:00");
  EXPECT_EQ(instant_text(ptime(d("2026-12-31"), hours(23) + minutes(30) + seconds(7))), "2027-01-01T07:30:07+08:00");
  for (const char* s : {"2026-03-02T08:05:00+08:00", "2026-02-28T23:59:59+08:00", "2026-01-01T00:00:00+08:00"})
    EXPECT_EQ(instant_text(parse_instant(s)), s);
}

namespace {
template <class E, class Key, class Label, class Parse>
void round_trip(const std::vector<E>& all, Key key, Label label, Parse parse) {
  for (E v : all) {
    EXPECT_EQ(parse(key(v), "f"), v) << key(v);
    EXPECT_EQ(parse(label(v), "f"), v) << label(v);
  }
  auto e = catch_error([&] { parse("nonsense", "my_field"); });
  EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(e.field(), "my_field");
  EXPECT_EQ(e.value(), "nonsense");
}
}  // namespace

TEST(AttendanceLabels, RoundTrips) {
  round_trip(std::vector{FieldPolicy::accept, FieldPolicy::flag, FieldPolicy::require_approval}, field_policy_key,
             field_policy_label, parse_field_policy);
  round_trip(std::vector{PunchResult::normal, PunchResult::late, PunchResult::serious_late, PunchResult::absent,
                         PunchResult::missing, PunchResult::early},
             punch_result_key, punch_result_label, parse_punch_result);
  round_trip(every_leave_type(), leave_type_key, leave_type_label, parse_leave_type);
  EXPECT_EQ(parse_leave_type("病假"), LeaveType::sick);
  EXPECT_EQ(parse_punch_result("严重迟到"), PunchResult::serious_late);
  EXPECT_EQ(parse_field_policy("需审批"), FieldPolicy::require_approval);
  EXPECT_EQ(catch_error([] { parse_leave_type("假"); }).field(), "type");
}

TEST(AttendanceLabels, ChineseLabels) {
  std::vector<std::string> leave;
  for (auto t : every_leave_type()) leave.push_back(leave_type_label(t));
  EXPECT_EQ(leave, (std::vector<std::string>{"事假", "病假", "年假", "婚假", "产假", "丧假", "探亲假", "陪产假"}));
  EXPECT_STREQ(punch_result_label(PunchResult::absent), "旷工");
  EXPECT_STREQ(punch_result_label(PunchResult::missing), "缺卡");
  EXPECT_STREQ(punch_result_label(PunchResult::early), "早退");
  EXPECT_STREQ(day_status_label(DayStatus::made_up), "已补卡");
  EXPECT_STREQ(day_status_label(DayStatus::outside_assignment), "不在派驻期");
  EXPECT_STREQ(day_status_label(DayStatus::upcoming), "未到");
  EXPECT_STREQ(day_status_key(DayStatus::rest_day), "rest_day");
  EXPECT_STREQ(punch_check_label(PunchCheck::inside), "范围内");
  EXPECT_STREQ(punch_check_key(PunchCheck::field_pending), "field_pending");
  EXPECT_STREQ(field_policy_label(FieldPolicy::accept), "允许外勤");
  EXPECT_STREQ(day_status_key(static_cast<DayStatus>(99)), "?");  // an integer from the C ABI
}

TEST(AttendanceLabels, WhichPunchesCount) {
  EXPECT_TRUE(punch_counts(PunchCheck::inside));
  EXPECT_TRUE(punch_counts(PunchCheck::field));
  EXPECT_TRUE(punch_counts(PunchCheck::field_approved));
  EXPECT_FALSE(punch_counts(PunchCheck::field_pending));
  EXPECT_FALSE(punch_counts(PunchCheck::field_rejected));
}

TEST(AttendanceRuleValidate, NamesTheField) {
  AttendanceRule ok;
  EXPECT_NO_THROW(ok.validate());
  struct Case {
    const char* field;
    const char* value;
    std::function<void(AttendanceRule&)> change;
  };
  std::vector<Case> cases{
      {"name", "", [](auto& r) { r.name = ""; }},
      {"on_duty", "1440", [](auto& r) { r.on_duty = 1440; }},
      {"on_duty", "-1", [](auto& r) { r.on_duty = -1; }},
      {"off_duty", "1500", [](auto& r) { r.off_duty = 1500; }},
      {"earliest", "-5", [](auto& r) { r.earliest = -5; }},
      {"latest", "-1", [](auto& r) { r.latest = -1; }},
      {"off_duty_latest", "-1", [](auto& r) { r.off_duty_latest = -1; }},
      {"grace", "-1", [](auto& r) { r.grace = -1; }},
      {"grace", "30", [](auto& r) { r.grace = 30; }},  // grace ≥ serious_late
      {"serious_late", "61", [](auto& r) { r.serious_late = 61; }},
      {"off_duty", "480",
       [](auto& r) {
         r.off_duty_required = true;
         r.off_duty = 480;
       }},
      {"radius_m", "99", [](auto& r) { r.radius_m = 99; }},
      {"radius_m", "3001", [](auto& r) { r.radius_m = 3001; }},
      {"field_policy", "7", [](auto& r) { r.field_policy = static_cast<FieldPolicy>(7); }},
      {"makeup.per_cycle", "-1", [](auto& r) { r.makeup.per_cycle = -1; }},
      {"makeup.cycle_start_day", "0", [](auto& r) { r.makeup.cycle_start_day = 0; }},
      {"makeup.cycle_start_day", "29", [](auto& r) { r.makeup.cycle_start_day = 29; }},
      {"makeup.days_back", "0", [](auto& r) { r.makeup.days_back = 0; }},
      {"makeup.look_back", "3", [](auto& r) { r.makeup.look_back = static_cast<LookBack>(3); }},
  };
  for (auto& c : cases) {
    AttendanceRule r;
    c.change(r);
    auto e = catch_error([&] { r.validate(); });
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument) << c.field;
    EXPECT_EQ(e.field(), c.field);
    EXPECT_EQ(e.value(), c.value) << c.field;
  }
  // The edges that are allowed.
  AttendanceRule edge;
  edge.grace = 29;
  edge.serious_late = 30;
  edge.absence = 30;
  edge.radius_m = 100;
  edge.makeup.per_cycle = 0;
  edge.makeup.cycle_start_day = 28;
  edge.off_duty = 0;  // an off-duty time before on-duty is fine while it is not required
  EXPECT_NO_THROW(edge.validate());
  edge.radius_m = 3000;
  EXPECT_NO_THROW(edge.validate());
}

TEST(AttendanceLocation, Distance) {
  GeoPoint ganluo{29.1, 102.77};
  EXPECT_DOUBLE_EQ(distance_m(ganluo, ganluo), 0.0);
  // One degree of latitude on the mean sphere: 2πR / 360.
  EXPECT_NEAR(distance_m({29.0, 102.77}, {30.0, 102.77}), 111195.08, 0.01);
  EXPECT_NEAR(distance_m(ganluo, {29.1, 102.78}), distance_m({29.1, 102.78}, ganluo), 1e-9);
  // Beijing (Tiananmen) to Shanghai (People's Square): about 1067 km.
  EXPECT_NEAR(distance_m({39.9087, 116.3975}, {31.2304, 121.4737}) / 1000, 1067, 3);
}

TEST(AttendanceLocation, Classify) {
  AttendanceRule rule;  // 300 m, policy flag
  GeoPoint site{29.1, 102.77};
  GeoPoint near{29.101, 102.77};  // ~111 m north
  GeoPoint far{29.105, 102.77};   // ~556 m north
  std::optional<int> dist = 7;
  EXPECT_EQ(classify_location(rule, std::nullopt, far, &dist), PunchCheck::inside);
  EXPECT_FALSE(dist);  // no site, no distance
  EXPECT_EQ(classify_location(rule, site, near, &dist), PunchCheck::inside);
  EXPECT_EQ(dist, 111);
  EXPECT_EQ(classify_location(rule, site, far, &dist), PunchCheck::field);
  EXPECT_EQ(dist, 556);
  EXPECT_EQ(classify_location(rule, site, std::nullopt, &dist), PunchCheck::field);
  EXPECT_FALSE(dist);
  EXPECT_EQ(classify_location(rule, site, far), PunchCheck::field);  // no out-parameter
  rule.field_policy = FieldPolicy::accept;
  EXPECT_EQ(classify_location(rule, site, far), PunchCheck::field);
  rule.field_policy = FieldPolicy::require_approval;
  EXPECT_EQ(classify_location(rule, site, far), PunchCheck::field_pending);
  EXPECT_EQ(classify_location(rule, site, std::nullopt), PunchCheck::field_pending);
  EXPECT_EQ(classify_location(rule, site, near), PunchCheck::inside);
  // The radius itself is inside.
  rule.radius_m = 112;
  EXPECT_EQ(classify_location(rule, site, near), PunchCheck::inside);
  rule.radius_m = 111;
  EXPECT_EQ(classify_location(rule, site, near), PunchCheck::field_pending);
}

TEST(AttendanceLeave, HalvesOn) {
  auto s = span("2026-03-02", HalfDay::pm, "2026-03-04", HalfDay::am);
  EXPECT_EQ(s.halves_on(d("2026-03-01")), 0);
  EXPECT_EQ(s.halves_on(d("2026-03-02")), 2);
  EXPECT_EQ(s.halves_on(d("2026-03-03")), 3);
  EXPECT_EQ(s.halves_on(d("2026-03-04")), 1);
  EXPECT_EQ(s.halves_on(d("2026-03-05")), 0);
  EXPECT_EQ(span("2026-03-02", HalfDay::am, "2026-03-02", HalfDay::am).halves_on(d("2026-03-02")), 1);
  EXPECT_EQ(span("2026-03-02", HalfDay::pm, "2026-03-02", HalfDay::pm).halves_on(d("2026-03-02")), 2);
  EXPECT_EQ(span("2026-03-02", HalfDay::am, "2026-03-02", HalfDay::pm).halves_on(d("2026-03-02")), 3);
}

TEST(AttendanceLeave, Validate) {
  EXPECT_NO_THROW(span("2026-03-02", HalfDay::pm, "2026-03-02", HalfDay::pm).validate());
  auto e = catch_error([] { span("2026-03-05", HalfDay::am, "2026-03-04", HalfDay::pm).validate(); });
  EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(e.field(), "last");
  EXPECT_EQ(e.value(), "2026-03-04");
  e = catch_error([] { span("2026-03-02", HalfDay::pm, "2026-03-02", HalfDay::am).validate(); });
  EXPECT_EQ(e.field(), "last_half");
  EXPECT_EQ(catch_error([] { span("2026-03-02", HalfDay::am, "2026-03-02", static_cast<HalfDay>(3)).validate(); })
                .field(),
            "last_half");
}

TEST(AttendanceLeave, HalfDaysAcrossNationalDay) {
  const auto& cal = national_calendar();
  // 09-28 … 10-10: workdays 09-28, 09-29, 09-30, then 10-01…10-07 off, then 10-08, 10-09 and
  // the adjusted Saturday 10-10.
  ASSERT_EQ(cal.workdays(d("2026-09-28"), d("2026-10-10")), 6);
  EXPECT_EQ(leave_half_days(cal, span("2026-09-28", HalfDay::am, "2026-10-10", HalfDay::pm)), 12);
  // Afternoon of 09-30 to the morning of 10-09: ½ + 1 + ½ days.
  EXPECT_EQ(leave_half_days(cal, span("2026-09-30", HalfDay::pm, "2026-10-09", HalfDay::am)), 4);
  // Only holidays: nothing taken.
  EXPECT_EQ(leave_half_days(cal, span("2026-10-01", HalfDay::am, "2026-10-07", HalfDay::pm)), 0);
  // Half of one day.
  EXPECT_EQ(leave_half_days(cal, span("2026-10-10", HalfDay::pm, "2026-10-10", HalfDay::pm)), 1);
  EXPECT_EQ(catch_error([&] { leave_half_days(cal, span("2026-10-09", HalfDay::am, "2026-10-08", HalfDay::pm)); })
                .code(),
            ErrorCode::invalid_argument);
}
