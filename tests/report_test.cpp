// Reports as values: labels, periods, deadlines, template rules, template versions and the
// checking of filled values (the JSON forms are in report_json_test.cpp).
#include <gtest/gtest.h>

#include <boost/date_time/posix_time/posix_time.hpp>
#include <functional>
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/report.hpp"
#include "test_support.hpp"

using namespace bangfu;
using namespace bangfu::testing;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;

namespace {

const ReportTemplate& monthly() { return shipped_report_templates().at(0); }
const ReportTemplate& annual() { return shipped_report_templates().at(1); }

// A small valid template to break one rule at a time.
ReportTemplate sample() {
  ReportTemplate t;
  t.key = "sample";
  t.title = "样例月报";
  ReportField visits;
  visits.key = "visits";
  visits.label = "门诊人次";
  visits.max = "100";
  visits.required = true;
  ReportField part;
  part.key = "emergency";
  part.label = "其中急诊人次";
  part.part_of = "visits";
  ReportField rate;
  rate.key = "rate";
  rate.label = "比率";
  rate.type = FieldType::decimal;
  rate.scale = 2;
  rate.min = "-1";
  rate.max = "99.5";
  ReportField grade;
  grade.key = "grade";
  grade.label = "等级";
  grade.type = FieldType::choice;
  grade.choices = {"甲", "乙"};
  grade.aggregate = FieldAggregate::none;
  ReportField day;
  day.key = "day";
  day.label = "日期";
  day.type = FieldType::date;
  day.min = "2026-01-01";
  day.max = "2026-12-31";
  day.aggregate = FieldAggregate::none;
  ReportField note;
  note.key = "note";
  note.label = "备注";
  note.type = FieldType::text;
  note.max = "5";
  note.aggregate = FieldAggregate::none;
  t.fields = {visits, part, rate, grade, day, note};
  return t;
}

// The field an invalid template is refused for.
std::string refused(const ReportTemplate& t) {
  auto e = catch_error([&] { t.validate(); });
  EXPECT_EQ(e.code(), ErrorCode::invalid_argument) << e.what();
  return e.field();
}

ReportTemplate changed(const std::function<void(ReportTemplate&)>& change) {
  ReportTemplate t = sample();
  change(t);
  return t;
}

Error value_error(const ReportValues& v, bool complete = false) {
  return catch_error([&] { check_report_values(sample(), v, complete); });
}

}  // namespace

TEST(ReportLabels, KeysLabelsAndParsing) {
  EXPECT_STREQ(report_subject_label(ReportSubject::hospital), "受援医院");
  EXPECT_STREQ(period_type_label(PeriodType::year), "年度");
  EXPECT_STREQ(field_type_key(FieldType::choice), "choice");
  EXPECT_STREQ(field_aggregate_label(FieldAggregate::none), "不汇总");
  EXPECT_STREQ(report_state_label(ReportState::locked), "已上报");
  EXPECT_STREQ(package_state_label(PackageState::reopened), "已解锁");
  EXPECT_STREQ(report_grouping_label(ReportGrouping::county), "区县");
  EXPECT_STREQ(report_state_key(static_cast<ReportState>(99)), "?");
  EXPECT_EQ(parse_report_state("returned"), ReportState::returned);
  EXPECT_EQ(parse_report_state("已通过"), ReportState::accepted);
  EXPECT_EQ(parse_report_state("5"), ReportState::locked);
  EXPECT_EQ(parse_field_type("小数"), FieldType::decimal);
  EXPECT_EQ(parse_report_grouping("province"), ReportGrouping::province);
  EXPECT_EQ(parse_report_grouping("0"), ReportGrouping::report);
  auto e = catch_error([] { parse_report_state("done", "filter.state"); });
  EXPECT_EQ(e.field(), "filter.state");
  EXPECT_EQ(e.value(), "done");
  for (auto s : every_report_state())
    EXPECT_NE(std::string(e.what()).find(std::string(report_state_key(s)) + " (" + report_state_label(s) + ")"),
              std::string::npos);
  EXPECT_EQ(catch_error([] { parse_field_aggregate("9"); }).field(), "aggregate");
  EXPECT_EQ(every_report_state().size(), 5u);
  EXPECT_FALSE(report_state_filed(ReportState::draft));
  for (auto s : {ReportState::submitted, ReportState::returned, ReportState::accepted, ReportState::locked})
    EXPECT_TRUE(report_state_filed(s));
}

TEST(ReportLabels, OtherAreasParseIntegerValuesToo) {
  // The shared parser: JSON numbers reach these as text ("2").
  EXPECT_EQ(parse_request_state("3"), RequestState::approved);
  EXPECT_EQ(parse_leave_type("sick"), LeaveType::sick);
  EXPECT_EQ(parse_leave_type("病假"), LeaveType::sick);
  auto e = catch_error([] { parse_leave_type("holiday", "type"); });
  EXPECT_NE(std::string(e.what()).find("personal (事假)"), std::string::npos);
}

TEST(ReportPeriod, ValuesAndText) {
  Period oct = Period::of_month(2026, 10);
  EXPECT_EQ(oct.text(), "2026-10");
  EXPECT_EQ(oct.label(), "2026年10月");
  EXPECT_EQ(oct.first(), d("2026-10-01"));
  EXPECT_EQ(oct.last(), d("2026-10-31"));
  EXPECT_EQ(Period::of_month(2028, 2).last(), d("2028-02-29"));
  EXPECT_EQ(Period::of_month(2026, 12).next(), Period::of_month(2027, 1));
  EXPECT_EQ(Period::of_month(2026, 3).text(), "2026-03");
  Period y = Period::of_year(2026);
  EXPECT_EQ(y.text(), "2026");
  EXPECT_EQ(y.label(), "2026年度");
  EXPECT_EQ(y.first(), d("2026-01-01"));
  EXPECT_EQ(y.last(), d("2026-12-31"));
  EXPECT_EQ(y.next(), Period::of_year(2027));
  EXPECT_LT(Period::of_month(2026, 9), oct);

  auto e = catch_error([] { Period::of_month(2026, 13); });
  EXPECT_EQ(e.field(), "month");
  EXPECT_EQ(e.value(), "13");
  EXPECT_EQ(catch_error([] { Period::of_month(2015, 1); }).field(), "year");
  EXPECT_EQ(catch_error([] { Period::of_year(2101); }).value(), "2101");
  EXPECT_EQ(catch_error([] { Period{}.first(); }).code(), ErrorCode::invalid_argument);
}

TEST(ReportPeriod, Parse) {
  EXPECT_EQ(parse_period("2026-10"), Period::of_month(2026, 10));
  EXPECT_EQ(parse_period("2026-1"), Period::of_month(2026, 1));
  EXPECT_EQ(parse_period("202610"), Period::of_month(2026, 10));
  EXPECT_EQ(parse_period("2026"), Period::of_year(2026));
  for (const char* bad : {"", "2026-13", "2026-0", "202613", "2026-", "26-10", "2026-10-01", "2026/10", "abcd",
                          "20261", "2015", "2101-01", "2026-x1", " 2026"}) {
    auto e = catch_error([&] { parse_period(bad, "first"); });
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument) << bad;
    EXPECT_EQ(e.field(), "first") << bad;
    EXPECT_EQ(e.value(), bad);
  }
  EXPECT_NE(std::string(catch_error([] { parse_period("10/2026"); }).what()).find("YYYY-MM"), std::string::npos);
}

TEST(ReportPeriod, Between) {
  auto months = periods_between(parse_period("2026-11"), parse_period("2027-02"));
  ASSERT_EQ(months.size(), 4u);
  EXPECT_EQ(months.front().text(), "2026-11");
  EXPECT_EQ(months[2].text(), "2027-01");
  EXPECT_EQ(periods_between(Period::of_year(2020), Period::of_year(2020)).size(), 1u);
  EXPECT_EQ(periods_between(Period::of_month(2020, 1), Period::of_month(2039, 12)).size(), 240u);
  EXPECT_EQ(catch_error([] { periods_between(Period::of_month(2020, 1), Period::of_month(2040, 1)); }).field(), "last");
  EXPECT_EQ(catch_error([] { periods_between(Period::of_month(2026, 5), Period::of_month(2026, 4)); }).field(), "last");
  EXPECT_EQ(catch_error([] { periods_between(Period::of_month(2026, 5), Period::of_year(2027)); }).field(), "last");
}

TEST(ReportDeadline, MonthlyDueOnThe15thOfTheNextMonth) {
  const auto& rule = monthly().deadline;
  Period oct = Period::of_month(2026, 10);
  EXPECT_EQ(deadline_of(rule, oct), d("2026-11-15"));
  EXPECT_EQ(deadline_of(rule, Period::of_month(2026, 12)), d("2027-01-15"));
  // 23:59 CST on the 15th is 15:59 UTC; 00:00 CST on the 16th is 16:00 UTC on the 15th.
  EXPECT_TRUE(submitted_on_time(rule, oct, ptime(d("2026-11-15"), hours(15) + minutes(59))));
  EXPECT_FALSE(submitted_on_time(rule, oct, ptime(d("2026-11-15"), hours(16))));
  EXPECT_FALSE(submitted_on_time(rule, oct, ptime(d("2026-11-15"), hours(16) + minutes(30))));
  EXPECT_TRUE(submitted_on_time(rule, oct, ptime(d("2026-11-01"), hours(0))));
}

TEST(ReportDeadline, AnnualDueOn5December) {
  const auto& rule = annual().deadline;
  Period y = Period::of_year(2026);
  EXPECT_EQ(deadline_of(rule, y), d("2026-12-05"));
  EXPECT_TRUE(submitted_on_time(rule, y, ptime(d("2026-12-05"), hours(15))));  // 23:00 CST
  EXPECT_FALSE(submitted_on_time(rule, y, ptime(d("2026-12-05"), hours(16))));
}

TEST(ReportDeadline, DayBeyondTheMonthIsItsLastDay) {
  EXPECT_EQ(deadline_of({1, 31}, Period::of_month(2026, 10)), d("2026-11-30"));
  EXPECT_EQ(deadline_of({1, 31}, Period::of_month(2027, 1)), d("2027-02-28"));
  EXPECT_EQ(deadline_of({0, 31}, Period::of_month(2026, 10)), d("2026-10-31"));
  EXPECT_EQ(deadline_of({24, 1}, Period::of_month(2026, 10)), d("2028-10-01"));
  EXPECT_EQ(catch_error([] { deadline_of({1, 0}, Period::of_month(2026, 10)); }).field(), "deadline.day");
}

TEST(ReportTemplate, ShippedTemplatesValidate) {
  ASSERT_EQ(shipped_report_templates().size(), 2u);
  for (const auto& t : shipped_report_templates()) {
    EXPECT_NO_THROW(t.validate()) << t.key;
    EXPECT_TRUE(t.shipped);
    EXPECT_EQ(t.version, 1);
  }
  EXPECT_EQ(monthly().key, "monthly_workload");
  EXPECT_EQ(monthly().title, "支援人员工作量月报");
  EXPECT_EQ(monthly().fields.size(), 14u);
  EXPECT_EQ(monthly().field("grade34_operations")->part_of, "operations");
  EXPECT_EQ(monthly().field("leave_days")->scale, 1);
  EXPECT_EQ(monthly().field("summary")->aggregate, FieldAggregate::none);
  EXPECT_EQ(monthly().field("missing"), nullptr);
  EXPECT_EQ(annual().key, "annual_effectiveness");
  EXPECT_EQ(annual().subject, ReportSubject::hospital);
  EXPECT_EQ(annual().period_type, PeriodType::year);
  EXPECT_EQ(annual().field("county_retention_rate")->aggregate, FieldAggregate::average);
  EXPECT_EQ(annual().field("staff_outpatient_visits")->source, "monthly.outpatient_visits");
  EXPECT_EQ(report_sources().size(), 6u);
}

TEST(ReportTemplate, ValidationNamesTheField) {
  EXPECT_NO_THROW(sample().validate());
  EXPECT_EQ(refused(changed([](auto& t) { t.key = "Monthly"; })), "key");
  EXPECT_EQ(refused(changed([](auto& t) { t.key = std::string(41, 'a'); })), "key");
  EXPECT_EQ(refused(changed([](auto& t) { t.title = " "; })), "title");
  EXPECT_EQ(refused(changed([](auto& t) { t.title = "\xff"; })), "title");
  EXPECT_EQ(refused(changed([](auto& t) { t.deadline.day = 32; })), "deadline.day");
  EXPECT_EQ(refused(changed([](auto& t) { t.deadline.months_after = 25; })), "deadline.months_after");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields.clear(); })), "fields");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[1].key = "1st"; })), "fields[1].key");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[2].key = "visits"; })), "fields[2].key");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[0].label = ""; })), "fields[0].label");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[0].scale = 1; })), "fields[0].scale");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[2].scale = 7; })), "fields[2].scale");
  // Bounds in the field's own terms.
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[0].max = "1.5"; })), "fields[0].max");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[0].min = "ten"; })), "fields[0].min");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[0].max = "-1"; })), "fields[0].max");  // below the default 0
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[2].max = "99.555"; })), "fields[2].max");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[2].min = "100"; })), "fields[2].max");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[4].min = "2026-13-01"; })), "fields[4].min");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[4].max = "2025-12-31"; })), "fields[4].max");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[5].min = "1"; })), "fields[5].min");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[5].max = "0"; })), "fields[5].max");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[3].max = "3"; })), "fields[3].max");
  // Choices.
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[3].choices.clear(); })), "fields[3].choices");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[3].choices.push_back("甲"); })), "fields[3].choices[2]");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[3].choices.push_back(""); })), "fields[3].choices[2]");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[0].choices = {"a"}; })), "fields[0].choices");
  // Aggregates: only numbers are combined.
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[5].aggregate = FieldAggregate::sum; })), "fields[5].aggregate");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[3].aggregate = FieldAggregate::average; })), "fields[3].aggregate");
  // 其中: an earlier numeric field, and a number itself.
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[1].part_of = "rate_x"; })), "fields[1].part_of");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[0].part_of = "emergency"; })), "fields[0].part_of");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[1].part_of = "emergency"; })), "fields[1].part_of");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[4].part_of = "visits"; })), "fields[4].part_of");
  EXPECT_EQ(refused(changed([](auto& t) {
              t.fields[1].part_of = "grade";
              std::swap(t.fields[1], t.fields[3]);
              t.fields[3].part_of = "grade";
            })),
            "fields[3].part_of");
  // The message names the field's key too.
  auto e = catch_error([] { changed([](auto& t) { t.fields[0].max = "x"; }).validate(); });
  EXPECT_NE(std::string(e.what()).find("visits"), std::string::npos);
  EXPECT_EQ(e.value(), "x");
}

TEST(ReportTemplate, Sources) {
  auto with = [](std::string source, ReportSubject subject, PeriodType period) {
    return changed([&](auto& t) {
      t.subject = subject;
      t.period_type = period;
      t.fields[0].source = source;
    });
  };
  using S = ReportSubject;
  using P = PeriodType;
  EXPECT_NO_THROW(with("attendance.attended_days", S::staff, P::month).validate());
  EXPECT_NO_THROW(with("staff.on_assignment", S::hospital, P::year).validate());
  EXPECT_NO_THROW(with("monthly.outpatient_visits", S::hospital, P::year).validate());
  EXPECT_EQ(refused(with("attendance.attended_days", S::hospital, P::month)), "fields[0].source");
  EXPECT_EQ(refused(with("attendance.attended_days", S::staff, P::year)), "fields[0].source");
  EXPECT_EQ(refused(with("staff.on_assignment", S::staff, P::month)), "fields[0].source");
  EXPECT_EQ(refused(with("monthly.outpatient_visits", S::staff, P::month)), "fields[0].source");
  EXPECT_EQ(refused(with("monthly.", S::hospital, P::year)), "fields[0].source");
  EXPECT_EQ(refused(with("his.visits", S::staff, P::month)), "fields[0].source");
  EXPECT_EQ(refused(changed([](auto& t) { t.fields[5].source = "attendance.late_count"; })), "fields[5].source");
}

TEST(ReportTemplate, ChangeAddsFieldsButKeepsTheOldOnes) {
  ReportTemplate v1 = sample();
  v1.version = 1;
  ReportTemplate v2 = v1;
  ReportField extra;
  extra.key = "lectures";
  extra.label = "讲座次数";
  v2.fields.push_back(extra);
  v2.fields[0].label = "门急诊人次";
  v2.fields[0].max = "500";
  EXPECT_NO_THROW(check_template_change(v1, v2));

  ReportTemplate removed = v1;
  removed.fields.erase(removed.fields.begin() + 2);
  auto e = catch_error([&] { check_template_change(v1, removed); });
  EXPECT_EQ(e.field(), "fields.rate");

  ReportTemplate retyped = v1;
  retyped.fields[0].type = FieldType::decimal;
  EXPECT_EQ(catch_error([&] { check_template_change(v1, retyped); }).field(), "fields.visits.type");

  ReportTemplate other = v1;
  other.key = "other";
  EXPECT_EQ(catch_error([&] { check_template_change(v1, other); }).field(), "key");
  other = v1;
  other.subject = ReportSubject::hospital;
  EXPECT_EQ(catch_error([&] { check_template_change(v1, other); }).field(), "subject");
  other = v1;
  other.period_type = PeriodType::year;
  EXPECT_EQ(catch_error([&] { check_template_change(v1, other); }).field(), "period_type");
}

TEST(ReportValues, NormalisesAndDropsEmpty) {
  ReportValues in{{"visits", std::int64_t{12}},
                  {"emergency", std::string(" 3 ")},
                  {"rate", std::string("12.5")},
                  {"grade", std::string("乙")},
                  {"day", std::string("2026/3/1")},
                  {"note", std::string("\xE3\x80\x80好 ")}};
  auto out = check_report_values(sample(), in, true);
  EXPECT_EQ(out.at("visits"), Cell(std::int64_t{12}));
  EXPECT_EQ(out.at("emergency"), Cell(std::int64_t{3}));
  EXPECT_EQ(out.at("rate"), Cell(std::string("12.50")));
  EXPECT_EQ(out.at("grade"), Cell(std::string("乙")));
  EXPECT_EQ(out.at("day"), Cell(std::string("2026-03-01")));
  EXPECT_EQ(out.at("note"), Cell(std::string("好")));

  auto drafted = check_report_values(sample(), {{"rate", std::int64_t{3}}, {"note", std::string("  ")},
                                                {"visits", std::monostate{}}},
                                     false);
  EXPECT_EQ(drafted.size(), 1u);
  EXPECT_EQ(drafted.at("rate"), Cell(std::string("3.00")));
  EXPECT_EQ(check_report_values(sample(), {{"rate", std::string("-0.25")}}, false).at("rate"),
            Cell(std::string("-0.25")));
  EXPECT_EQ(check_report_values(sample(), {{"rate", std::string("7.500")}}, false).at("rate"),
            Cell(std::string("7.50")));
}

TEST(ReportValues, RefusesBadValuesNamingFieldAndValue) {
  auto e = value_error({{"visits", std::string("abc")}});
  EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(e.field(), "visits");
  EXPECT_EQ(e.value(), "abc");
  EXPECT_NE(std::string(e.what()).find("门诊人次"), std::string::npos) << e.what();

  EXPECT_EQ(value_error({{"visits", std::string("1.5")}}).field(), "visits");  // not a whole number
  EXPECT_EQ(value_error({{"visits", std::int64_t{101}}}).value(), "101");        // above max
  EXPECT_EQ(value_error({{"visits", std::int64_t{-1}}}).field(), "visits");      // counts are ≥ 0
  EXPECT_EQ(value_error({{"rate", std::string("1.234")}}).field(), "rate");      // too many decimals
  EXPECT_EQ(value_error({{"rate", std::string("99.51")}}).field(), "rate");
  EXPECT_EQ(value_error({{"rate", std::string("-1.01")}}).field(), "rate");
  EXPECT_EQ(value_error({{"rate", std::string("1e3")}}).field(), "rate");
  EXPECT_EQ(value_error({{"grade", std::string("丙")}}).value(), "丙");
  EXPECT_EQ(value_error({{"day", std::string("2026-02-30")}}).field(), "day");
  EXPECT_EQ(value_error({{"day", std::string("2027-01-01")}}).field(), "day");
  EXPECT_EQ(value_error({{"day", std::int64_t{20260101}}}).field(), "day");
  EXPECT_EQ(value_error({{"note", std::string("六个字的话呢")}}).field(), "note");  // max 5 characters
  EXPECT_EQ(value_error({{"note", std::string("\xff")}}).field(), "note");
  EXPECT_NO_THROW(check_report_values(sample(), {{"note", std::string("五个字的话")}}, false));
}

TEST(ReportValues, UnknownKeyListsTheFields) {
  auto e = value_error({{"visitz", std::int64_t{1}}});
  EXPECT_EQ(e.field(), "visitz");
  std::string what = e.what();
  EXPECT_NE(what.find("visits, emergency, rate, grade, day, note"), std::string::npos) << what;
}

TEST(ReportValues, PartCannotExceedItsWhole) {
  auto e = catch_error([] {
    check_report_values(monthly(), {{"operations", std::int64_t{10}}, {"grade34_operations", std::int64_t{12}}},
                        false);
  });
  EXPECT_EQ(e.field(), "grade34_operations");
  EXPECT_EQ(e.value(), "12");
  EXPECT_STREQ(e.what(), "fields.grade34_operations (其中三四级手术台次): 12 is more than operations (手术台次) 10");
  EXPECT_NO_THROW(check_report_values(
      monthly(), {{"operations", std::int64_t{12}}, {"grade34_operations", std::int64_t{12}}}, false));
  // Only one of the two given: nothing to compare yet.
  EXPECT_NO_THROW(check_report_values(monthly(), {{"grade34_operations", std::int64_t{12}}}, false));
}

TEST(ReportValues, RequiredOnlyWhenComplete) {
  ReportValues partial{{"rate", std::string("1")}};
  EXPECT_NO_THROW(check_report_values(sample(), partial, false));
  auto e = value_error(partial, true);
  EXPECT_EQ(e.field(), "visits");
  EXPECT_NE(std::string(e.what()).find("门诊人次"), std::string::npos);
  EXPECT_NE(std::string(e.what()).find("required before submission"), std::string::npos);
  // A value that is only spaces is no value.
  EXPECT_EQ(value_error({{"visits", std::string(" ")}}, true).field(), "visits");
}

TEST(ReportValues, DecimalsAreExactAtTheFieldsScale) {
  ReportField f = sample().fields[2];  // scale 2, -1 … 99.5
  EXPECT_EQ(parse_report_value(f, "12.5"), Cell(std::string("12.50")));
  EXPECT_EQ(parse_report_value(f, "12"), Cell(std::string("12.00")));
  EXPECT_EQ(parse_report_value(f, "0.05"), Cell(std::string("0.05")));
  EXPECT_EQ(parse_report_value(f, "-0"), Cell(std::string("0.00")));
  EXPECT_EQ(parse_report_value(f, ""), Cell());
  for (const char* bad : {"12.345", ".5", "1.", "+1", "1,5", "99.50001", "0x10", "１２"})
    EXPECT_EQ(catch_error([&] { parse_report_value(f, bad); }).field(), "rate") << bad;
  f.scale = 0;
  f.min = f.max = "";
  EXPECT_EQ(parse_report_value(f, "7"), Cell(std::string("7")));
  EXPECT_EQ(catch_error([&] { parse_report_value(f, "99999999999999999999"); }).field(), "rate");

  const ReportField& visits = *monthly().field("outpatient_visits");
  EXPECT_EQ(parse_report_value(visits, "320"), Cell(std::int64_t{320}));
  EXPECT_EQ(catch_error([&] { parse_report_value(visits, "5001"); }).value(), "5001");
  EXPECT_EQ(parse_report_value(*monthly().field("summary"), " 很好 "), Cell(std::string("很好")));
  EXPECT_EQ(report_value_text(Cell(std::int64_t{5})), "5");
  EXPECT_EQ(report_value_text(Cell(std::string("1.50"))), "1.50");
  EXPECT_EQ(report_value_text(Cell()), "");
}

TEST(ReportValues, ShippedMonthlyReportFilledIn) {
  ReportValues v{{"required_days", std::int64_t{22}}, {"attended_days", std::int64_t{20}},
                 {"leave_days", std::string("1.5")},  {"outpatient_visits", std::int64_t{320}},
                 {"inpatients", std::int64_t{45}},    {"operations", std::int64_t{18}},
                 {"grade34_operations", std::int64_t{6}}, {"summary", std::string("开展新技术一项")}};
  auto out = check_report_values(monthly(), v, true);
  EXPECT_EQ(out.at("leave_days"), Cell(std::string("1.5")));
  v.erase("operations");
  EXPECT_EQ(catch_error([&] { check_report_values(monthly(), v, true); }).field(), "operations");
}
