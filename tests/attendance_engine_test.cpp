// Attendance through the Engine on the real 2026 calendar: punches and the geofence policy,
// make-up (补卡) and leave (请假) requests through the approval workflow, the day results
// and the monthly statistics (考勤统计), permissions and audit.
#include <gtest/gtest.h>

#include <boost/date_time/posix_time/posix_time.hpp>
#include <filesystem>
#include <fstream>

#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::catch_error;
using bangfu::testing::d;
using bangfu::testing::make_programme;
using bangfu::testing::Programme;

namespace {

Instant cst(const char* day, int hour, int minute) {
  return cst_instant(d(day), hour * 60 + minute);
}

const GeoPoint kGanluo{28.9586, 102.7713};      // 甘洛县人民医院 (approximate)
const GeoPoint kNearby{28.9595, 102.7720};      // ~120 m away
const GeoPoint kFar{28.9800, 102.7713};         // ~2.4 km away

RequestFilter box(RequestFilter::Box b) {
  RequestFilter f;
  f.box = b;
  return f;
}

AttendanceFilter month_of(int year, int month, std::optional<StaffId> staff = std::nullopt,
                          std::optional<RegionCode> region = std::nullopt) {
  AttendanceFilter f;
  f.year = year;
  f.month = month;
  f.staff = staff;
  f.region = region;
  return f;
}

struct AttendanceTest : ::testing::Test {
  Programme p = make_programme();
  Engine& e = *p.engine;
  AccountId doctor_a_account = 0, doctor_c_account = 0, doctor_b_account = 0;

  void SetUp() override {
    auto staff_account = [&](AccountId by, const char* login, StaffId staff, UnitId home) {
      NewAccount a;
      a.name = login;
      a.login = login;
      a.roles = {Role::support_staff};
      a.scope = Scope::of_unit(home);
      a.staff = staff;
      return e.create_account(by, a);
    };
    doctor_a_account = staff_account(p.zju_admin, "doctor-a", p.doctor_a, p.zju_cardiology);
    doctor_b_account = staff_account(p.zju_admin, "doctor-b", p.doctor_b, p.zju);
    doctor_c_account = staff_account(p.huaxi_admin, "doctor-c", p.doctor_c, p.huaxi);
    auto unit = e.unit(kSystemActor, p.ganluo);
    unit.location = kGanluo;
    e.update_unit(kSystemActor, p.ganluo, unit);
  }

  Punch punch(StaffId staff, Instant at, std::optional<GeoPoint> where = kGanluo) {
    NewPunch n;
    n.staff = staff;
    n.at = at;
    n.location = where;
    n.source = "test";
    return e.record_punch(kSystemActor, n);
  }

  void set_policy(FieldPolicy policy) {
    NewAttendanceGroup g;
    g.unit = p.ganluo;
    g.name = "默认考勤组";
    g.rule.field_policy = policy;
    g.rule.grace = 5;
    auto groups = e.attendance_groups(p.ganluo_hospital, p.ganluo);
    if (groups.empty()) e.add_attendance_group(p.ganluo_hospital, g);
    else e.update_attendance_group(p.ganluo_hospital, groups.front().id, g);
  }

  DayResult day(StaffId staff, const char* date) {
    return e.attendance_days(p.national, staff, d(date), d(date)).front();
  }

  Request makeup(const char* date, const char* reason = "忘记打卡") {
    MakeupRequest m;
    m.day = d(date);
    m.minute = 8 * 60;
    m.reason = reason;
    return e.submit_makeup(doctor_a_account, m);
  }

  Request leave(LeaveType type, const char* first, const char* last, HalfDay fh = HalfDay::am,
                HalfDay lh = HalfDay::pm) {
    LeaveRequest l;
    l.type = type;
    l.span = {d(first), fh, d(last), lh};
    l.reason = "家中有事";
    return e.submit_leave(doctor_a_account, l);
  }
};

// ---- the calendar decides what is required ----

TEST_F(AttendanceTest, RequiredWorkdaysOfFebruaryAndOctober2026) {
  // doctor_c is assigned to 青川 from 2026-01-10 to 2026-12-31: whole months.
  for (auto [month, expected] : {std::pair{2, 16}, {10, 18}}) {
    auto rows = e.attendance_month(p.national, month_of(2026, month, p.doctor_c));
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].totals.required_days, expected) << "month " << month;
    EXPECT_EQ(rows[0].totals.on_duty_missing, expected) << "no punches: every required day is 缺卡";
  }
}

TEST_F(AttendanceTest, SaturdayAdjustedWorkdaysAreRequired) {
  for (const char* sat : {"2026-02-14", "2026-02-28", "2026-09-20", "2026-10-10"}) {
    auto r = day(p.doctor_c, sat);
    EXPECT_TRUE(r.required) << sat;
    EXPECT_EQ(r.status, DayStatus::missing) << sat;
  }
  EXPECT_EQ(day(p.doctor_c, "2026-10-01").status, DayStatus::holiday);
  EXPECT_EQ(day(p.doctor_c, "2026-10-01").holiday_name, "国庆节");
  EXPECT_EQ(day(p.doctor_c, "2026-10-17").status, DayStatus::rest_day);
  EXPECT_EQ(day(p.doctor_c, "2026-01-05").status, DayStatus::outside_assignment);
}

// ---- punches ----

TEST_F(AttendanceTest, PunchClassifiedByRule) {
  set_policy(FieldPolicy::flag);
  punch(p.doctor_a, cst("2026-11-02", 8, 4));   // within 5 minutes' grace
  punch(p.doctor_a, cst("2026-11-03", 8, 20));  // late
  punch(p.doctor_a, cst("2026-11-04", 8, 45));  // serious late (≥ 30)
  punch(p.doctor_a, cst("2026-11-05", 9, 30));  // absent (≥ 60)
  EXPECT_EQ(day(p.doctor_a, "2026-11-02").status, DayStatus::normal);
  EXPECT_EQ(day(p.doctor_a, "2026-11-03").status, DayStatus::late);
  EXPECT_EQ(day(p.doctor_a, "2026-11-03").late_minutes, 20);
  EXPECT_EQ(day(p.doctor_a, "2026-11-04").status, DayStatus::serious_late);
  EXPECT_EQ(day(p.doctor_a, "2026-11-05").status, DayStatus::absent);
  EXPECT_EQ(day(p.doctor_a, "2026-11-06").status, DayStatus::missing);
  // The engine's clock is 2026-11-23 20:00 CST: the 24th has not come.
  EXPECT_EQ(day(p.doctor_a, "2026-11-24").status, DayStatus::upcoming);
}

// A rule applies from the day it is set (earlier days keep theirs), so each policy is set
// once, before the punches it classifies.
TEST_F(AttendanceTest, FieldPolicyAccept) {
  set_policy(FieldPolicy::accept);
  auto near = punch(p.doctor_a, cst("2026-11-02", 7, 50), kNearby);
  EXPECT_EQ(near.check, PunchCheck::inside);
  ASSERT_TRUE(near.distance_m);
  EXPECT_LT(*near.distance_m, 300);
  auto accepted = punch(p.doctor_a, cst("2026-11-03", 7, 50), kFar);
  EXPECT_EQ(accepted.check, PunchCheck::field);
  EXPECT_GT(*accepted.distance_m, 2000);
  EXPECT_EQ(day(p.doctor_a, "2026-11-03").status, DayStatus::normal) << "允许外勤: counts like a punch inside";
}

TEST_F(AttendanceTest, FieldPolicyFlag) {
  set_policy(FieldPolicy::flag);
  EXPECT_EQ(punch(p.doctor_a, cst("2026-11-04", 7, 50), kFar).check, PunchCheck::field);
  EXPECT_EQ(day(p.doctor_a, "2026-11-04").status, DayStatus::field) << "允许并标记: the day is marked 外勤";
}

TEST_F(AttendanceTest, FieldPolicyRequireApproval) {
  set_policy(FieldPolicy::require_approval);
  auto pending = punch(p.doctor_a, cst("2026-11-05", 7, 50), kFar);
  EXPECT_EQ(pending.check, PunchCheck::field_pending);
  EXPECT_EQ(day(p.doctor_a, "2026-11-05").status, DayStatus::missing) << "not counted until approved";
  auto inbox = e.requests(p.ganluo_hospital);
  ASSERT_EQ(inbox.size(), 1u);
  EXPECT_EQ(inbox[0].kind, RequestKind::field_punch);
  EXPECT_EQ(inbox[0].punch, pending.id);
  e.act_on_request(p.ganluo_hospital, inbox[0].id, RequestAction::approve);
  EXPECT_EQ(day(p.doctor_a, "2026-11-05").status, DayStatus::field);

  auto refused = punch(p.doctor_a, cst("2026-11-06", 7, 50), std::nullopt);  // no location: field
  EXPECT_EQ(refused.check, PunchCheck::field_pending);
  auto second = e.requests(p.ganluo_hospital);
  ASSERT_EQ(second.size(), 1u);
  e.act_on_request(p.ganluo_hospital, second[0].id, RequestAction::reject, "不在医院");
  EXPECT_EQ(e.punches(p.national, p.doctor_a, d("2026-11-06"), d("2026-11-06")).front().check,
            PunchCheck::field_rejected);
  EXPECT_EQ(day(p.doctor_a, "2026-11-06").status, DayStatus::missing);
}

TEST_F(AttendanceTest, PunchNeedsAnActiveAssignmentAndTheRightAccount) {
  auto before = catch_error([&] { punch(p.doctor_a, cst("2026-02-27", 8, 0)); });
  EXPECT_EQ(before.code(), ErrorCode::invalid_state);
  EXPECT_NE(std::string(before.what()).find("2026-02-27"), std::string::npos);
  auto future = catch_error([&] { punch(p.doctor_a, cst("2026-11-25", 8, 0)); });
  EXPECT_EQ(future.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(future.field(), "at");
  NewPunch n{p.doctor_a, cst("2026-11-02", 8, 0), kGanluo, "app"};
  EXPECT_EQ(catch_error([&] { e.record_punch(doctor_c_account, n); }).code(), ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.record_punch(p.ganluo_hospital, n); }).code(), ErrorCode::permission_denied);
  // The staff member's own account punches as it happens, not for past days.
  auto backdated = catch_error([&] { e.record_punch(doctor_a_account, n); });
  EXPECT_EQ(backdated.code(), ErrorCode::invalid_argument);
  EXPECT_NE(std::string(backdated.what()).find("补卡"), std::string::npos) << backdated.what();
  n.at = bangfu::testing::fixed_now();
  EXPECT_EQ(e.record_punch(doctor_a_account, n).recorded_by, doctor_a_account);
}

TEST_F(AttendanceTest, ARetriedPunchIsRecordedOnce) {
  auto first = punch(p.doctor_a, cst("2026-11-02", 7, 58));
  auto again = punch(p.doctor_a, cst("2026-11-02", 7, 58));
  EXPECT_EQ(first.id, again.id);
  EXPECT_EQ(e.punches(p.national, p.doctor_a, d("2026-11-02"), d("2026-11-02")).size(), 1u);
}

TEST_F(AttendanceTest, AFieldPunchIsKeptWhenNobodyCanApproveIt) {
  set_policy(FieldPolicy::require_approval);
  e.set_account_disabled(p.ganluo_county, p.ganluo_hospital, true);
  auto kept = punch(p.doctor_a, cst("2026-11-20", 7, 55), kFar);
  EXPECT_EQ(kept.check, PunchCheck::field_pending);
  EXPECT_EQ(e.punches(p.national, p.doctor_a, d("2026-11-20"), d("2026-11-20")).size(), 1u);
}

TEST_F(AttendanceTest, AMakeupWaitsForAPendingFieldPunch) {
  set_policy(FieldPolicy::require_approval);
  punch(p.doctor_a, cst("2026-11-05", 7, 50), kFar);
  EXPECT_EQ(catch_error([&] { makeup("2026-11-05"); }).code(), ErrorCode::conflict);
}

TEST_F(AttendanceTest, ChangingARuleKeepsThePast) {
  set_policy(FieldPolicy::flag);                 // grace 5
  punch(p.doctor_a, cst("2026-10-09", 8, 20));
  EXPECT_EQ(day(p.doctor_a, "2026-10-09").status, DayStatus::late);
  auto groups = e.attendance_groups(p.ganluo_hospital, p.ganluo);
  NewAttendanceGroup g = groups.front();
  g.rule.grace = 25;
  e.update_attendance_group(p.ganluo_hospital, groups.front().id, g);
  EXPECT_EQ(day(p.doctor_a, "2026-10-09").status, DayStatus::late) << "October was lived under grace 5";
  EXPECT_EQ(e.attendance_rule(p.national, p.doctor_a, d("2026-10-09")).grace, 5);
  EXPECT_EQ(e.attendance_rule(p.national, p.doctor_a, d("2026-11-23")).grace, 25);
}

TEST_F(AttendanceTest, AttendanceRulesAreReadInReachOnly) {
  set_policy(FieldPolicy::flag);
  EXPECT_EQ(e.attendance_groups(p.ganluo_county, p.ganluo).size(), 1u);
  EXPECT_EQ(catch_error([&] { e.attendance_groups(doctor_c_account, p.ganluo); }).code(), ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.attendance_groups(p.meigu_county, p.ganluo); }).code(), ErrorCode::permission_denied);
}

TEST_F(AttendanceTest, PunchAtCstDayBoundary) {
  // 2026-11-09 23:30 UTC is 07:30 on the 10th in Beijing.
  auto p1 = punch(p.doctor_a, boost::posix_time::ptime(d("2026-11-09"), boost::posix_time::hours(23) +
                                                                          boost::posix_time::minutes(30)));
  EXPECT_EQ(p1.day, d("2026-11-10"));
  EXPECT_EQ(p1.minute, 7 * 60 + 30);
  EXPECT_EQ(day(p.doctor_a, "2026-11-10").status, DayStatus::normal);
}

// ---- make-up check-in (补卡) ----

TEST_F(AttendanceTest, MakeupApprovedTurnsTheDayNormal) {
  auto r = makeup("2026-11-02");
  EXPECT_EQ(r.state, RequestState::pending);
  ASSERT_EQ(r.awaiting, std::vector<AccountId>{p.ganluo_hospital});
  EXPECT_EQ(day(p.doctor_a, "2026-11-02").status, DayStatus::missing);
  auto q = e.makeup_quota(doctor_a_account, p.doctor_a, d("2026-11-02"));
  EXPECT_EQ(q.used, 1);
  EXPECT_EQ(q.allowed, 3);
  auto done = e.act_on_request(p.ganluo_hospital, r.id, RequestAction::approve);
  EXPECT_EQ(done.state, RequestState::approved);
  EXPECT_EQ(done.cc, std::vector<AccountId>{p.zju_admin}) << "copied to the home unit when approved";
  auto result = day(p.doctor_a, "2026-11-02");
  EXPECT_EQ(result.status, DayStatus::made_up);
  EXPECT_TRUE(result.made_up);
  auto month = e.attendance_month(p.national, month_of(2026, 11, p.doctor_a));
  EXPECT_EQ(month.at(0).totals.makeup_count, 1);
  EXPECT_EQ(e.requests(p.zju_admin, box(RequestFilter::Box::copied)).size(), 1u);
  EXPECT_EQ(e.requests(p.ganluo_hospital, box(RequestFilter::Box::decided_by_me)).size(), 1u);
  EXPECT_EQ(e.requests(doctor_a_account, box(RequestFilter::Box::submitted)).size(), 1u);
}

TEST_F(AttendanceTest, MakeupRefusals) {
  auto future = catch_error([&] { makeup("2026-11-25"); });
  EXPECT_EQ(future.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(future.field(), "day");
  auto today = catch_error([&] { makeup("2026-11-23"); });
  EXPECT_EQ(today.code(), ErrorCode::invalid_argument);

  auto holiday = catch_error([&] { makeup("2026-10-01"); });
  EXPECT_EQ(holiday.code(), ErrorCode::invalid_state);
  EXPECT_NE(std::string(holiday.what()).find("2026-10-01"), std::string::npos) << holiday.what();

  auto old = catch_error([&] { makeup("2026-10-09"); });  // 45 days back; the rule allows 30
  EXPECT_EQ(old.code(), ErrorCode::deadline_passed) << old.what();

  // doctor_b's account without an assignment on the day (assigned from 2026-06-01).
  MakeupRequest m{d("2026-05-06"), PunchKind::on_duty, 480, "忘记打卡"};
  auto unassigned = catch_error([&] { e.submit_makeup(doctor_b_account, m); });
  EXPECT_EQ(unassigned.code(), ErrorCode::invalid_state);
  EXPECT_NE(std::string(unassigned.what()).find("no assignment"), std::string::npos) << unassigned.what();

  // An admin cannot file for the staff member.
  m.day = d("2026-11-02");
  EXPECT_EQ(catch_error([&] { e.submit_makeup(p.ganluo_hospital, m); }).code(), ErrorCode::permission_denied);

  punch(p.doctor_a, cst("2026-11-04", 7, 55));
  auto punched = catch_error([&] { makeup("2026-11-04"); });
  EXPECT_EQ(punched.code(), ErrorCode::invalid_state) << punched.what();

  auto no_reason = catch_error([&] { makeup("2026-11-05", "  "); });
  EXPECT_EQ(no_reason.field(), "reason");
  EXPECT_TRUE(e.requests(doctor_a_account, box(RequestFilter::Box::submitted)).empty()) << "nothing written";
}

TEST_F(AttendanceTest, MakeupQuotaCountsPendingAndApprovedOnly) {
  auto r1 = makeup("2026-11-02");
  auto r2 = makeup("2026-11-03");
  auto r3 = makeup("2026-11-04");
  auto over = catch_error([&] { makeup("2026-11-05"); });
  EXPECT_EQ(over.code(), ErrorCode::quota_exceeded);
  EXPECT_NE(std::string(over.what()).find("本月已申请3次补卡"), std::string::npos) << over.what();
  // Withdrawn and rejected requests give the allowance back.
  e.act_on_request(doctor_a_account, r1.id, RequestAction::withdraw);
  e.act_on_request(p.ganluo_hospital, r2.id, RequestAction::reject, "当天未到岗");
  EXPECT_EQ(e.makeup_quota(doctor_a_account, p.doctor_a, d("2026-11-05")).used, 1);
  makeup("2026-11-05");
  e.act_on_request(p.ganluo_hospital, r3.id, RequestAction::approve);
  makeup("2026-11-06");
  EXPECT_EQ(catch_error([&] { makeup("2026-11-09"); }).code(), ErrorCode::quota_exceeded);
  // October is another cycle.
  EXPECT_EQ(makeup("2026-10-30").state, RequestState::pending);
}

TEST_F(AttendanceTest, MakeupTwiceForOneDayIsAConflict) {
  makeup("2026-11-02");
  EXPECT_EQ(catch_error([&] { makeup("2026-11-02"); }).code(), ErrorCode::conflict);
}

// ---- leave (请假) ----

TEST_F(AttendanceTest, LeaveCountsWorkdaysAndCoversDays) {
  // 2026-09-28 (Mon) … 2026-10-09 (Fri): 国庆 1–7 off, 10 Oct a Saturday worked — 5 workdays:
  // 28, 29, 30 Sep and 8, 9 Oct.
  auto r = leave(LeaveType::annual, "2026-09-28", "2026-10-09");
  EXPECT_EQ(r.leave_halves, 10);
  // Over three workdays: a second step by the home unit.
  ASSERT_EQ(r.progress.steps.size(), 2u);
  EXPECT_EQ(r.awaiting, std::vector<AccountId>{p.ganluo_hospital});
  auto after_first = e.act_on_request(p.ganluo_hospital, r.id, RequestAction::approve);
  EXPECT_EQ(after_first.state, RequestState::pending);
  EXPECT_EQ(after_first.awaiting, std::vector<AccountId>{p.zju_admin});
  EXPECT_EQ(day(p.doctor_a, "2026-09-29").status, DayStatus::missing) << "not covered after one step";
  auto done = e.act_on_request(p.zju_admin, r.id, RequestAction::approve);
  EXPECT_EQ(done.state, RequestState::approved);
  auto covered = day(p.doctor_a, "2026-09-29");
  EXPECT_EQ(covered.status, DayStatus::leave);
  EXPECT_EQ(covered.leave_type, LeaveType::annual);
  EXPECT_EQ(day(p.doctor_a, "2026-10-02").status, DayStatus::holiday);
  auto sept = e.attendance_month(p.national, month_of(2026, 9, p.doctor_a));
  EXPECT_EQ(sept.at(0).totals.leave_halves.at(LeaveType::annual), 6);
}

TEST_F(AttendanceTest, ShortLeaveHasOneStepAndHalfDays) {
  auto r = leave(LeaveType::sick, "2026-11-09", "2026-11-10", HalfDay::pm, HalfDay::pm);
  EXPECT_EQ(r.leave_halves, 3);
  EXPECT_EQ(r.progress.steps.size(), 1u);
  e.act_on_request(p.ganluo_hospital, r.id, RequestAction::approve);
  punch(p.doctor_a, cst("2026-11-09", 7, 58));
  auto half = day(p.doctor_a, "2026-11-09");
  EXPECT_EQ(half.leave_halves, 1);
  EXPECT_EQ(half.leave_type, LeaveType::sick);
  EXPECT_EQ(day(p.doctor_a, "2026-11-10").status, DayStatus::leave);
}

TEST_F(AttendanceTest, OverlappingLeaveRefused) {
  auto first = leave(LeaveType::personal, "2026-11-09", "2026-11-11");
  auto overlap = catch_error([&] { leave(LeaveType::sick, "2026-11-11", "2026-11-12"); });
  EXPECT_EQ(overlap.code(), ErrorCode::conflict);
  EXPECT_NE(std::string(overlap.what()).find(std::to_string(first.id)), std::string::npos) << overlap.what();
  // The afternoon of the 11th is taken; the morning of the 12th is not.
  EXPECT_EQ(catch_error([&] { leave(LeaveType::sick, "2026-11-11", "2026-11-11", HalfDay::pm, HalfDay::pm); }).code(),
            ErrorCode::conflict);
  e.act_on_request(doctor_a_account, first.id, RequestAction::withdraw);
  EXPECT_EQ(leave(LeaveType::sick, "2026-11-11", "2026-11-12").state, RequestState::pending)
      << "a withdrawn leave does not block";
  auto holiday_only = catch_error([&] { leave(LeaveType::personal, "2026-10-03", "2026-10-04"); });
  EXPECT_EQ(holiday_only.code(), ErrorCode::invalid_argument);
  auto backwards = catch_error([&] { leave(LeaveType::personal, "2026-11-20", "2026-11-19"); });
  EXPECT_EQ(backwards.code(), ErrorCode::invalid_argument);
}

TEST_F(AttendanceTest, RevokedLeaveNoLongerCovers) {
  auto r = leave(LeaveType::personal, "2026-11-16", "2026-11-16");
  e.act_on_request(p.ganluo_hospital, r.id, RequestAction::approve);
  EXPECT_EQ(day(p.doctor_a, "2026-11-16").status, DayStatus::leave);
  EXPECT_EQ(catch_error([&] { e.act_on_request(p.ganluo_hospital, r.id, RequestAction::revoke, ""); }).field(), "reason");
  EXPECT_EQ(catch_error([&] { e.act_on_request(doctor_a_account, r.id, RequestAction::revoke, "x"); }).code(),
            ErrorCode::permission_denied);
  e.act_on_request(p.ganluo_hospital, r.id, RequestAction::revoke, "当天实际在岗");
  EXPECT_EQ(day(p.doctor_a, "2026-11-16").status, DayStatus::missing);
  EXPECT_EQ(catch_error([&] { e.act_on_request(p.ganluo_hospital, r.id, RequestAction::approve); }).code(),
            ErrorCode::invalid_state);
}

// ---- approvals: permissions and audit ----

TEST_F(AttendanceTest, OnlyTheCurrentApproverActs) {
  auto r = makeup("2026-11-02");
  EXPECT_EQ(catch_error([&] { e.act_on_request(p.zju_admin, r.id, RequestAction::approve); }).code(),
            ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.act_on_request(doctor_a_account, r.id, RequestAction::approve); }).code(),
            ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.act_on_request(p.ganluo_hospital, r.id, RequestAction::withdraw); }).code(),
            ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.request(doctor_c_account, r.id); }).code(), ErrorCode::permission_denied);
  EXPECT_EQ(e.request(p.ganluo_county, r.id).id, r.id) << "the county sees requests in its jurisdiction";
  e.act_on_request(p.ganluo_hospital, r.id, RequestAction::approve);
  AuditFilter f;
  f.entity = "request";
  auto log = e.audit_log(p.national, f);
  ASSERT_EQ(log.size(), 2u);
}

TEST_F(AttendanceTest, NoApproverIsAClearError) {
  e.set_account_disabled(p.ganluo_county, p.ganluo_hospital, true);
  auto err = catch_error([&] { makeup("2026-11-02"); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_state);
  EXPECT_NE(std::string(err.what()).find("甘洛县人民医院"), std::string::npos) << err.what();
}

TEST_F(AttendanceTest, HostReplacesAWorkflow) {
  Workflow w = default_workflow(RequestKind::makeup);
  w.steps.push_back({"县卫健局审批", StepMode::single, {{ResolverKind::recipient_county_admin, 0}}, 0});
  EXPECT_EQ(catch_error([&] { e.set_workflow(p.ganluo_hospital, w); }).code(), ErrorCode::permission_denied);
  e.set_workflow(p.national, w);
  EXPECT_EQ(e.workflow(RequestKind::makeup).steps.size(), 2u);
  auto r = makeup("2026-11-02");
  e.act_on_request(p.ganluo_hospital, r.id, RequestAction::approve);
  EXPECT_EQ(e.request(doctor_a_account, r.id).awaiting, std::vector<AccountId>{p.ganluo_county});
  EXPECT_EQ(e.act_on_request(p.ganluo_county, r.id, RequestAction::approve).state, RequestState::approved);
}

// ---- statistics, reach and export ----

TEST_F(AttendanceTest, MonthlyStatisticsRespectReach) {
  punch(p.doctor_a, cst("2026-11-02", 7, 58));
  punch(p.doctor_a, cst("2026-11-03", 8, 40));
  auto all = e.attendance_month(p.national, month_of(2026, 11));
  EXPECT_EQ(all.size(), 3u);
  auto county = e.attendance_month(p.ganluo_county, month_of(2026, 11));
  ASSERT_EQ(county.size(), 1u);
  EXPECT_EQ(county[0].staff, p.doctor_a);
  EXPECT_EQ(county[0].totals.attended_days, 2);
  EXPECT_EQ(county[0].totals.late_count, 1);
  EXPECT_EQ(county[0].totals.serious_late_count, 1);
  auto own = e.attendance_month(doctor_c_account, month_of(2026, 11));
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].staff, p.doctor_c);
  EXPECT_EQ(catch_error([&] { e.attendance_month(p.ganluo_county, month_of(2026, 11, std::nullopt, 510822000000)); }).code(),
            ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.attendance_days(doctor_c_account, p.doctor_a, d("2026-11-01"), d("2026-11-02")); })
                .code(),
            ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.attendance_month(p.national, month_of(2026, 13)); }).field(), "month");
}

TEST_F(AttendanceTest, MonthlyExportHasChineseHeaders) {
  auto path = (std::filesystem::temp_directory_path() / "bangfu_attendance_test.csv").string();
  e.export_attendance_month(p.national, month_of(2026, 10), ExportFormat::csv, path);
  std::ifstream in(path, std::ios::binary);
  std::string header;
  std::getline(in, header);
  EXPECT_NE(header.find("应出勤天数"), std::string::npos);
  EXPECT_NE(header.find("事假(天)"), std::string::npos);
  std::filesystem::remove(path);
  auto t = e.attendance_month_table(p.national, month_of(2026, 10));
  EXPECT_EQ(t.rows.size(), 3u);
}

}  // namespace

namespace {

TEST_F(AttendanceTest, MonthlyTableGroupedByHospitalAndRegion) {
  punch(p.doctor_a, cst("2026-10-09", 7, 58));
  auto f = month_of(2026, 10);
  f.group_by = AttendanceGrouping::hospital;
  auto by_hospital = e.attendance_month_table(p.national, f);
  ASSERT_EQ(by_hospital.rows.size(), 4u) << "three hospitals and 合计";
  auto col = [&](const Table& t, const char* key) { return t.column_index(key); };
  const auto& last = by_hospital.rows.back();
  EXPECT_EQ(std::get<std::string>(last[col(by_hospital, "region_path")]), "合计");
  EXPECT_EQ(std::get<std::int64_t>(last[col(by_hospital, "staff_count")]), 3);
  // 甘洛 doctor_a: assigned since March, October has 18 required days, one attended.
  std::int64_t required = 0;
  for (std::size_t i = 0; i + 1 < by_hospital.rows.size(); ++i)
    required += std::get<std::int64_t>(by_hospital.rows[i][col(by_hospital, "required_days")]);
  EXPECT_EQ(required, std::get<std::int64_t>(last[col(by_hospital, "required_days")]));
  EXPECT_EQ(required, 3 * 18);
  EXPECT_EQ(std::get<std::string>(last[col(by_hospital, "attendance_rate")]), "1.9%");  // 1 / 54

  f.group_by = AttendanceGrouping::city;
  auto by_city = e.attendance_month_table(p.sichuan_recipient, f);
  ASSERT_EQ(by_city.rows.size(), 3u) << "凉山, 广元 and 合计";
  EXPECT_EQ(std::get<std::string>(by_city.rows[0][0]), "四川省/广元市");
  EXPECT_EQ(std::get<std::string>(by_city.rows[1][0]), "四川省/凉山彝族自治州");
  EXPECT_EQ(std::get<std::int64_t>(by_city.rows[1][col(by_city, "staff_count")]), 2);
  EXPECT_EQ(catch_error([&] { parse_attendance_grouping("town"); }).field(), "group_by");
}

}  // namespace

namespace {

TEST_F(AttendanceTest, ASubmittedRequestKeepsItsFlow) {
  auto r = makeup("2026-11-02");
  Workflow w = default_workflow(RequestKind::makeup);
  w.cc = {{{ResolverKind::account, p.national}, CcTiming::on_finish}};
  e.set_workflow(p.national, w);
  auto done = e.act_on_request(p.ganluo_hospital, r.id, RequestAction::approve);
  EXPECT_EQ(done.cc, std::vector<AccountId>{p.zju_admin}) << "copied as the flow said when it was submitted";
  auto later = makeup("2026-11-03");
  EXPECT_EQ(e.act_on_request(p.ganluo_hospital, later.id, RequestAction::approve).cc,
            std::vector<AccountId>{p.national});
}

}  // namespace
