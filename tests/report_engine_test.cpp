// Reports through the Engine: drafts pre-filled from attendance, deadlines judged in Beijing
// time, review by the province, packages and locks, completeness and summaries by scope.
#include <gtest/gtest.h>

#include <boost/date_time/posix_time/posix_time.hpp>

#include "test_support.hpp"

namespace bangfu::testing {
namespace {

using boost::posix_time::ptime;

// A clock the test moves; starts at fixed_now().
struct Clock {
  std::shared_ptr<ptime> now = std::make_shared<ptime>(fixed_now());
  std::function<ptime()> fn() const {
    auto p = now;
    return [p] { return *p; };
  }
  void set_cst(const char* day, const char* clock) { *now = parse_instant(std::string(day) + " " + clock); }
};

ReportValues workload(std::int64_t outpatients, std::int64_t operations = 10, std::int64_t grade34 = 4) {
  return ReportValues{{"outpatient_visits", outpatients},
                      {"inpatients", std::int64_t{30}},
                      {"operations", operations},
                      {"grade34_operations", grade34}};
}

ReportValues effectiveness() {
  return ReportValues{{"new_specialties", std::int64_t{2}},   {"new_techniques", std::int64_t{5}},
                      {"outpatient_visits", std::int64_t{90000}}, {"discharges", std::int64_t{12000}},
                      {"grade34_operations", std::int64_t{800}}, {"county_retention_rate", std::string("91.5")}};
}

const Period kOct = Period::of_month(2026, 10);

class Reports : public ::testing::Test {
 protected:
  Clock clock;
  Programme p = make_programme(clock.fn());
  Engine& e = *p.engine;

  // Files (opens, fills, submits) a staff member's October report at a CST moment.
  Report file(AccountId by, UnitId unit, StaffId staff, const char* day, const char* at,
              ReportValues values = workload(100)) {
    auto r = e.open_report(by, ReportKey{"monthly_workload", kOct, unit, staff});
    e.save_report(by, r.id, values);
    clock.set_cst(day, at);
    return e.submit_report(by, r.id);
  }
};

TEST_F(Reports, ShippedTemplatesAreStoredAsVersionOne) {
  auto all = e.report_templates();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].key, "annual_effectiveness");
  EXPECT_EQ(all[1].key, "monthly_workload");
  EXPECT_EQ(all[1].title, "支援人员工作量月报");
  EXPECT_EQ(all[1].version, 1);
  EXPECT_TRUE(all[1].shipped);
  EXPECT_EQ(e.report_template("annual_effectiveness").deadline, (DeadlineRule{11, 5}));
  EXPECT_EQ(catch_error([&] { e.report_template("weekly"); }).code(), ErrorCode::not_found);
}

TEST_F(Reports, MonthlyDraftIsPrefilledFromAttendance) {
  auto r = e.open_report(p.ganluo_hospital, ReportKey{"monthly_workload", kOct, p.ganluo, p.doctor_a});
  EXPECT_EQ(r.state, ReportState::draft);
  EXPECT_EQ(r.deadline, d("2026-11-15"));
  EXPECT_EQ(std::get<std::int64_t>(r.values.at("required_days")), 18);  // October 2026: 18 workdays
  EXPECT_EQ(std::get<std::int64_t>(r.values.at("attended_days")), 0);   // no punches
  EXPECT_EQ(r.staff_name, "陈青");
  // Opening again gives the same report.
  EXPECT_EQ(e.open_report(p.ganluo_hospital, ReportKey{"monthly_workload", kOct, p.ganluo, p.doctor_a}).id, r.id);
}

TEST_F(Reports, OpeningChecksTheKey) {
  auto err = catch_error([&] { e.open_report(p.ganluo_hospital, ReportKey{"monthly_workload", kOct, p.meigu, p.doctor_b}); });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);  // another hospital
  err = catch_error([&] { e.open_report(p.ganluo_hospital, ReportKey{"monthly_workload", kOct, p.ganluo, p.doctor_b}); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_state);       // not on assignment there
  err = catch_error([&] { e.open_report(p.ganluo_hospital, ReportKey{"monthly_workload", Period::of_year(2026), p.ganluo, p.doctor_a}); });
  EXPECT_EQ(err.field(), "period");
  err = catch_error([&] { e.open_report(p.ganluo_hospital, ReportKey{"monthly_workload", Period::of_month(2026, 12), p.ganluo, p.doctor_a}); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_state);       // December has not begun
  err = catch_error([&] { e.open_report(p.zju_admin, ReportKey{"monthly_workload", kOct, p.ganluo, p.doctor_a}); });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);   // the support side does not file
}

TEST_F(Reports, ValidationNamesTheFieldAndValue) {
  auto r = e.open_report(p.ganluo_hospital, ReportKey{"monthly_workload", kOct, p.ganluo, p.doctor_a});
  auto err = catch_error([&] { e.save_report(p.ganluo_hospital, r.id, workload(100, 10, 12)); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(err.field(), "grade34_operations");
  EXPECT_NE(std::string(err.what()).find("12"), std::string::npos);
  err = catch_error([&] { e.save_report(p.ganluo_hospital, r.id, {{"outpatient_visits", std::string("many")}}); });
  EXPECT_EQ(err.field(), "outpatient_visits");
  err = catch_error([&] { e.save_report(p.ganluo_hospital, r.id, {{"bogus", std::int64_t{1}}}); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
  // Nothing was written by the failed saves; a draft may leave required fields empty...
  EXPECT_EQ(e.report(p.ganluo_hospital, r.id).values.count("outpatient_visits"), 0u);
  // ...but cannot be submitted without them.
  err = catch_error([&] { e.submit_report(p.ganluo_hospital, r.id); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(e.report(p.ganluo_hospital, r.id).state, ReportState::draft);
}

TEST_F(Reports, FiledOnThe15thIsOnTimeAndOnThe16thLate) {
  auto a = file(p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-15", "23:59");
  EXPECT_EQ(a.state, ReportState::submitted);
  EXPECT_FALSE(a.late);
  auto b = file(p.national, p.meigu, p.doctor_b, "2026-11-16", "00:00");
  EXPECT_TRUE(b.late);
  EXPECT_EQ(b.awaiting, std::vector<AccountId>{p.sichuan_recipient});  // 受援省份审核
}

TEST_F(Reports, AnnualReportFiledOn5DecemberIsOnTime) {
  file(p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-10", "09:00", workload(120, 9, 3));
  clock.set_cst("2026-11-23", "20:00");
  auto r = e.open_report(p.ganluo_hospital, ReportKey{"annual_effectiveness", Period::of_year(2026), p.ganluo, std::nullopt});
  EXPECT_EQ(r.deadline, d("2026-12-05"));
  EXPECT_EQ(std::get<std::int64_t>(r.values.at("staff_count")), 1);  // 陈青 at 甘洛
  // The staff's totals come from the year's filed monthly reports.
  EXPECT_EQ(std::get<std::int64_t>(r.values.at("staff_outpatient_visits")), 120);
  EXPECT_EQ(std::get<std::int64_t>(r.values.at("staff_operations")), 9);
  e.save_report(p.ganluo_hospital, r.id, effectiveness());
  clock.set_cst("2026-12-05", "18:00");
  EXPECT_FALSE(e.submit_report(p.ganluo_hospital, r.id).late);
}

TEST_F(Reports, AReturnedReportIsCorrectedAndResubmitted) {
  auto r = file(p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-10", "09:00");
  auto err = catch_error([&] { e.act_on_report(p.sichuan_recipient, r.id, RequestAction::reject); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_argument);  // a return needs a reason
  err = catch_error([&] { e.act_on_report(p.liangshan_city, r.id, RequestAction::approve); });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);  // not the reviewer
  r = e.act_on_report(p.sichuan_recipient, r.id, RequestAction::reject, "门急诊人次与HIS不符");
  EXPECT_EQ(r.state, ReportState::returned);
  EXPECT_EQ(r.return_reason, "门急诊人次与HIS不符");
  // Corrected after the deadline: still on time, judged by the first submission.
  clock.set_cst("2026-11-20", "10:00");
  e.save_report(p.ganluo_hospital, r.id, {{"outpatient_visits", std::int64_t{140}}});
  r = e.submit_report(p.ganluo_hospital, r.id);
  EXPECT_EQ(r.state, ReportState::submitted);
  EXPECT_FALSE(r.late);
  r = e.act_on_report(p.sichuan_recipient, r.id, RequestAction::approve);
  EXPECT_EQ(r.state, ReportState::accepted);
  EXPECT_EQ(std::get<std::int64_t>(r.values.at("outpatient_visits")), 140);
  // Every step is audited.
  AuditFilter f;
  f.entity = "report";
  f.entity_id = r.id;
  auto log = e.audit_log(p.national, f);
  EXPECT_EQ(log.size(), 7u);  // create, save, submit, reject, save, submit, approve
}

TEST_F(Reports, ALockedReportCannotBeEditedByTheProvince) {
  auto a = file(p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-10", "09:00");
  auto b = file(p.national, p.meigu, p.doctor_b, "2026-11-10", "09:00");
  e.act_on_report(p.sichuan_recipient, a.id, RequestAction::approve);
  // Not every report of the province is accepted yet (青川 missing, 美姑 under review).
  auto err = catch_error([&] { e.submit_report_package(p.sichuan_recipient, "monthly_workload", kOct, 510000000000); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_state);
  EXPECT_NE(std::string(err.what()).find("2 of 3"), std::string::npos) << err.what();
  e.act_on_report(p.sichuan_recipient, b.id, RequestAction::approve);
  auto c = file(p.national, p.qingchuan, p.doctor_c, "2026-11-12", "09:00");
  e.act_on_report(p.sichuan_recipient, c.id, RequestAction::approve);
  EXPECT_EQ(catch_error([&] { e.submit_report_package(p.liangshan_city, "monthly_workload", kOct, 510000000000); }).code(),
            ErrorCode::permission_denied);
  auto pkg = e.submit_report_package(p.sichuan_recipient, "monthly_workload", kOct, 510000000000);
  EXPECT_EQ(pkg.report_count, 3);
  EXPECT_EQ(pkg.state, PackageState::submitted);
  EXPECT_EQ(e.report(p.ganluo_hospital, a.id).state, ReportState::locked);
  // Nobody below the national level changes it now.
  EXPECT_EQ(catch_error([&] { e.act_on_report(p.sichuan_recipient, a.id, RequestAction::revoke, "改"); }).code(),
            ErrorCode::locked);
  EXPECT_EQ(catch_error([&] { e.save_report(p.ganluo_hospital, a.id, workload(1)); }).code(), ErrorCode::locked);
  EXPECT_EQ(catch_error([&] { e.unlock_report(p.sichuan_recipient, a.id, "改"); }).code(), ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.submit_report_package(p.sichuan_recipient, "monthly_workload", kOct, 510000000000); }).code(),
            ErrorCode::conflict);
  // The national level unlocks: the hospital corrects, the province reviews and submits again.
  auto u = e.unlock_report(p.national, a.id, "数据核对");
  EXPECT_EQ(u.state, ReportState::returned);
  EXPECT_EQ(e.report_packages(p.sichuan_recipient).at(0).state, PackageState::reopened);
  e.save_report(p.ganluo_hospital, a.id, workload(99));
  e.submit_report(p.ganluo_hospital, a.id);
  e.act_on_report(p.sichuan_recipient, a.id, RequestAction::approve);
  EXPECT_EQ(e.submit_report_package(p.sichuan_recipient, "monthly_workload", kOct, 510000000000).state,
            PackageState::submitted);
  EXPECT_EQ(e.report(p.national, a.id).state, ReportState::locked);
}

TEST_F(Reports, CompletenessAgreesAcrossCountyCityAndProvince) {
  file(p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-14", "09:00");  // on time
  file(p.national, p.meigu, p.doctor_b, "2026-11-17", "09:00");           // late
  // 何秦 at 青川 not filed; a draft does not count.
  e.open_report(p.national, ReportKey{"monthly_workload", kOct, p.qingchuan, p.doctor_c});
  auto province = e.report_completeness(p.sichuan_recipient, {"monthly_workload", kOct, 510000000000});
  EXPECT_EQ(province.deadline, d("2026-11-15"));
  EXPECT_EQ(province.total.expected, 3);
  EXPECT_EQ(province.total.on_time, 1);
  EXPECT_EQ(province.total.late, 1);
  EXPECT_EQ(province.total.missing, 1);
  EXPECT_EQ(province.total.units_expected, 3);
  EXPECT_EQ(province.total.units_complete, 2);
  ASSERT_EQ(province.rows.size(), 2u);  // in code order: 广元 (5108), 凉山 (5134)
  EXPECT_EQ(province.rows[0].name, "四川省/广元市");
  EXPECT_EQ(province.rows[0].counts.missing, 1);
  const auto& liangshan = province.rows[1];
  EXPECT_EQ(liangshan.name, "四川省/凉山彝族自治州");
  EXPECT_EQ(liangshan.counts.expected, 2);
  ASSERT_EQ(province.missing_units.size(), 1u);
  EXPECT_EQ(province.missing_units[0].unit_name, "青川县人民医院");
  EXPECT_EQ(province.missing_units[0].missing_staff, std::vector<std::string>{"何秦"});

  auto city = e.report_completeness(p.liangshan_city, {"monthly_workload", kOct, 513400000000});
  EXPECT_EQ(city.total.expected, liangshan.counts.expected);
  EXPECT_EQ(city.total.on_time, liangshan.counts.on_time);
  EXPECT_EQ(city.total.late, liangshan.counts.late);
  EXPECT_EQ(city.total.units_complete, liangshan.counts.units_complete);
  ASSERT_EQ(city.rows.size(), 2u);  // 甘洛县, 美姑县
  auto county = e.report_completeness(p.ganluo_county, {"monthly_workload", kOct, 513435000000});
  ASSERT_EQ(county.rows.size(), 1u);  // one row per hospital
  EXPECT_EQ(county.rows[0].unit, p.ganluo);
  EXPECT_EQ(county.rows[0].counts.on_time, city.rows[0].counts.on_time);
  EXPECT_EQ(county.total.expected, 1);

  auto table = e.report_completeness_table(p.sichuan_recipient, {"monthly_workload", kOct, 510000000000});
  EXPECT_EQ(table.columns[table.column_index("filed_rate")].label, "上报率");
  EXPECT_EQ(std::get<std::string>(table.rows.back()[0]), "合计");
  EXPECT_EQ(std::get<std::string>(table.rows.back()[table.column_index("filed_rate")]), "66.7%");

  // Annual: each paired hospital is expected once.
  auto annual = e.report_completeness(p.national, {"annual_effectiveness", Period::of_year(2026), 510000000000});
  EXPECT_EQ(annual.total.expected, 3);
  EXPECT_EQ(annual.total.missing, 3);
}

TEST_F(Reports, ACityAdminSeesOnlyTheirCity) {
  file(p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-14", "09:00");
  file(p.national, p.qingchuan, p.doctor_c, "2026-11-14", "09:00");
  EXPECT_EQ(catch_error([&] { e.report_completeness(p.liangshan_city, {"monthly_workload", kOct, 510000000000}); }).code(),
            ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.report_completeness(p.liangshan_city, {"monthly_workload", kOct, 510800000000}); }).code(),
            ErrorCode::permission_denied);  // 广元
  auto seen = e.reports(p.liangshan_city, ReportFilter{});
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].unit, p.ganluo);
  ReportSummaryFilter f;
  f.template_key = "monthly_workload";
  f.first = f.last = kOct;
  auto t = e.report_summary(p.liangshan_city, f);
  ASSERT_EQ(t.rows.size(), 2u);  // 甘洛's report + 合计
  EXPECT_EQ(std::get<std::int64_t>(t.rows.back()[t.column_index("outpatient_visits")]), 100);
}

TEST_F(Reports, ASupportHospitalAdminSeesOnlyTheirOwnStaff) {
  file(p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-14", "09:00", workload(100));
  file(p.national, p.meigu, p.doctor_b, "2026-11-14", "09:00", workload(50));
  file(p.national, p.qingchuan, p.doctor_c, "2026-11-14", "09:00", workload(7));
  auto zju = e.reports(p.zju_admin, ReportFilter{});
  ASSERT_EQ(zju.size(), 2u);
  for (const auto& r : zju) EXPECT_NE(r.staff, p.doctor_c);
  auto huaxi = e.reports(p.huaxi_admin, ReportFilter{});
  ASSERT_EQ(huaxi.size(), 1u);
  EXPECT_EQ(huaxi[0].staff, p.doctor_c);
  EXPECT_EQ(catch_error([&] { e.report(p.huaxi_admin, zju[0].id); }).code(), ErrorCode::permission_denied);

  ReportSummaryFilter f;
  f.template_key = "monthly_workload";
  f.first = f.last = kOct;
  f.group_by = ReportGrouping::province;
  auto t = e.report_summary(p.zju_admin, f);
  ASSERT_EQ(t.rows.size(), 2u);  // 四川省 + 合计
  EXPECT_EQ(std::get<std::int64_t>(t.rows[0][t.column_index("report_count")]), 2);
  EXPECT_EQ(std::get<std::int64_t>(t.rows[0][t.column_index("outpatient_visits")]), 150);
  // Their own staff's ID numbers in full; the province sees them masked.
  f.group_by = ReportGrouping::report;
  auto own = e.report_summary(p.zju_admin, f);
  auto masked = e.report_summary(p.sichuan_recipient, f);
  auto id_col = own.column_index("id_number");
  EXPECT_EQ(std::get<std::string>(own.rows[0][id_col]).find('*'), std::string::npos);
  EXPECT_NE(std::get<std::string>(masked.rows[0][id_col]).find('*'), std::string::npos);
}

TEST_F(Reports, SummaryGroupsWithTotalsAndAverages) {
  // Annual: 县域内就诊率 is averaged, counts summed.
  for (auto [by, unit] : {std::pair{p.ganluo_hospital, p.ganluo}, std::pair{p.national, p.meigu}}) {
    auto r = e.open_report(by, ReportKey{"annual_effectiveness", Period::of_year(2026), unit, std::nullopt});
    auto v = effectiveness();
    if (unit == p.meigu) v["county_retention_rate"] = std::string("88");
    e.save_report(by, r.id, v);
    e.submit_report(by, r.id);
  }
  ReportSummaryFilter f;
  f.template_key = "annual_effectiveness";
  f.first = f.last = Period::of_year(2026);
  f.group_by = ReportGrouping::city;
  auto t = e.report_summary(p.sichuan_recipient, f);
  ASSERT_EQ(t.rows.size(), 2u);  // 凉山 + 合计
  EXPECT_EQ(std::get<std::string>(t.rows[0][0]), "四川省/凉山彝族自治州");
  EXPECT_EQ(std::get<std::int64_t>(t.rows[0][t.column_index("new_techniques")]), 10);
  EXPECT_EQ(std::get<std::string>(t.rows[0][t.column_index("county_retention_rate")]), "89.8");  // (91.5+88)/2 half up
  EXPECT_EQ(t.columns[t.column_index("county_retention_rate")].label, "县域内就诊率(%)(平均)");
  EXPECT_EQ(catch_error([&] {
              auto g = f;
              g.first = Period::of_month(2026, 1);
              e.report_summary(p.sichuan_recipient, g);
            }).field(),
            "first");
}

TEST_F(Reports, AHostAddsAFieldAndOldReportsKeepTheirVersion) {
  auto old = file(p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-14", "09:00");
  ReportField f;
  f.key = "remote_consultations";
  f.label = "远程会诊次数";
  f.unit = "次";
  EXPECT_EQ(catch_error([&] { e.add_report_field(p.sichuan_recipient, "monthly_workload", f); }).code(),
            ErrorCode::permission_denied);
  auto t = e.add_report_field(p.national, "monthly_workload", f);
  EXPECT_EQ(t.version, 2);
  EXPECT_NE(t.field("remote_consultations"), nullptr);
  EXPECT_EQ(e.report(p.national, old.id).template_version, 1);
  auto fresh = e.open_report(p.national, ReportKey{"monthly_workload", kOct, p.meigu, p.doctor_b});
  EXPECT_EQ(fresh.template_version, 2);
  e.save_report(p.national, fresh.id, {{"remote_consultations", std::int64_t{3}}});
  // Removing a field is refused.
  auto smaller = t;
  smaller.fields.pop_back();
  smaller.fields.pop_back();
  EXPECT_EQ(catch_error([&] { e.put_report_template(p.national, smaller); }).code(), ErrorCode::invalid_argument);
}

TEST_F(Reports, WithdrawGoesBackToDraftAndTheReviewerListShowsIt) {
  auto r = file(p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-14", "09:00");
  ReportFilter mine;
  mine.awaiting_me = true;
  EXPECT_EQ(e.reports(p.sichuan_recipient, mine).size(), 1u);
  EXPECT_EQ(e.reports(p.liangshan_city, mine).size(), 0u);
  r = e.act_on_report(p.ganluo_hospital, r.id, RequestAction::withdraw);
  EXPECT_EQ(r.state, ReportState::draft);
  EXPECT_TRUE(r.first_submitted_at.empty());  // never filed: judged again at the next submission
  EXPECT_EQ(e.reports(p.sichuan_recipient, mine).size(), 0u);
}

TEST_F(Reports, TheHospitalTakesBackAReplayedSubmissionAndACorrectionStaysFiled) {
  auto r = e.open_report(p.ganluo_hospital, ReportKey{"monthly_workload", kOct, p.ganluo, p.doctor_a});
  e.save_report(p.ganluo_hospital, r.id, workload(100));
  r = e.submit_report(kSystemActor, r.id, parse_instant("2026-11-07 10:00"));  // the host replays it
  EXPECT_EQ(e.act_on_report(p.ganluo_hospital, r.id, RequestAction::withdraw).state, ReportState::draft);
  r = e.submit_report(kSystemActor, r.id, parse_instant("2026-11-08 10:00"));
  EXPECT_FALSE(r.late);
  r = e.act_on_report(p.sichuan_recipient, r.id, RequestAction::reject, "请核对");
  clock.set_cst("2026-11-20", "10:00");
  e.submit_report(p.ganluo_hospital, r.id);
  // Taking back the correction (not the first submission) keeps it filed and on time.
  r = e.act_on_report(p.ganluo_hospital, r.id, RequestAction::withdraw);
  EXPECT_EQ(r.state, ReportState::returned);
  EXPECT_FALSE(r.late);
  EXPECT_FALSE(r.first_submitted_at.empty());
  EXPECT_EQ(e.report_completeness(p.ganluo_county, {"monthly_workload", kOct, 513435000000}).total.on_time, 1);
  // Someone else's hospital may not.
  auto other = file(p.national, p.meigu, p.doctor_b, "2026-11-20", "11:00");
  EXPECT_EQ(catch_error([&] { e.act_on_report(p.ganluo_hospital, other.id, RequestAction::withdraw); }).code(),
            ErrorCode::permission_denied);
}

}  // namespace
}  // namespace bangfu::testing
