// JSON forms of reports: templates and values round trip; readers name the bad field.
#include <gtest/gtest.h>

#include <string>

#include "bangfu/error.hpp"
#include "bangfu/report.hpp"
#include "json/report_json.hpp"
#include "test_support.hpp"

using namespace bangfu;
using namespace bangfu::testing;
using Json = nlohmann::json;
namespace bj = bangfu::json;

namespace {

const ReportTemplate& monthly() { return shipped_report_templates().at(0); }

void expect_same(const ReportTemplate& a, const ReportTemplate& b) {
  EXPECT_EQ(a.key, b.key);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.subject, b.subject);
  EXPECT_EQ(a.period_type, b.period_type);
  EXPECT_EQ(a.deadline, b.deadline);
  EXPECT_EQ(a.version, b.version);
  EXPECT_EQ(a.shipped, b.shipped);
  ASSERT_EQ(a.fields.size(), b.fields.size());
  for (std::size_t i = 0; i < a.fields.size(); ++i) {
    const auto &x = a.fields[i], &y = b.fields[i];
    EXPECT_EQ(x.key, y.key);
    EXPECT_EQ(x.label, y.label);
    EXPECT_EQ(x.type, y.type) << x.key;
    EXPECT_EQ(x.unit, y.unit) << x.key;
    EXPECT_EQ(x.required, y.required) << x.key;
    EXPECT_EQ(x.min, y.min) << x.key;
    EXPECT_EQ(x.max, y.max) << x.key;
    EXPECT_EQ(x.scale, y.scale) << x.key;
    EXPECT_EQ(x.choices, y.choices) << x.key;
    EXPECT_EQ(x.source, y.source) << x.key;
    EXPECT_EQ(x.part_of, y.part_of) << x.key;
    EXPECT_EQ(x.aggregate, y.aggregate) << x.key;
    EXPECT_EQ(x.help, y.help) << x.key;
  }
}

}  // namespace

TEST(ReportJson, TemplateRoundTrip) {
  for (const auto& t : shipped_report_templates()) {
    Json j = bj::to_json(t);
    EXPECT_EQ(j["subject"], report_subject_key(t.subject));
    expect_same(bj::report_template_from_json(Json::parse(j.dump())), t);
  }
  Json j = bj::to_json(monthly());
  EXPECT_EQ(j["deadline"]["day"], 15);
  EXPECT_EQ(j["fields"][2]["type"], "decimal");
  EXPECT_EQ(j["fields"][7]["part_of"], "operations");
}

// The public text forms (what the CLI's `report template --json` and `put-template` use).
TEST(ReportJson, TemplateTextRoundTrip) {
  for (const auto& t : shipped_report_templates()) expect_same(parse_report_template_json(report_template_json(t)), t);
  EXPECT_EQ(report_template_json(monthly(), -1).find('\n'), std::string::npos);

  try {
    parse_report_template_json(R"({"key": "x", "title": "x", "fields": [)");
    FAIL() << "broken JSON was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_EQ(e.field(), "template");
    EXPECT_NE(std::string(e.what()).find("is not valid JSON: parse error at line 1"), std::string::npos) << e.what();
  }
  try {
    parse_report_template_json(R"({"key": "x", "title": "x", "fields": [{"key": "a", "label": "A", "type": "int"}]})");
    FAIL() << "an unknown field type was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.field(), "fields[0].type");
    EXPECT_EQ(e.value(), "int");
  }
}

TEST(ReportJson, TemplateDefaultsAndLabels) {
  Json j = Json::parse(R"({
    "key": "county_monthly", "title": "县医院月报", "subject": "受援医院", "period_type": 1,
    "deadline": {"day": 10},
    "fields": [
      {"key": "visits", "label": "门诊人次", "max": 5000},
      {"key": "rate", "label": "比率", "type": "小数", "scale": 1, "max": 99.5, "aggregate": "average"},
      {"key": "level", "label": "等级", "type": "choice", "choices": ["甲", "乙"]},
      {"key": "note", "label": "备注", "type": "text", "help": null}
    ]})");
  ReportTemplate t = bj::report_template_from_json(j);
  EXPECT_EQ(t.subject, ReportSubject::hospital);
  EXPECT_EQ(t.period_type, PeriodType::month);
  EXPECT_EQ(t.deadline, (DeadlineRule{1, 10}));
  EXPECT_EQ(t.fields[0].max, "5000");
  EXPECT_EQ(t.fields[0].aggregate, FieldAggregate::sum);
  EXPECT_EQ(t.fields[1].max, "99.5");
  EXPECT_EQ(t.fields[1].aggregate, FieldAggregate::average);
  EXPECT_EQ(t.fields[2].aggregate, FieldAggregate::none);  // not numeric: none when not given
  EXPECT_EQ(t.fields[3].aggregate, FieldAggregate::none);
  EXPECT_EQ(t.version, 0);
  EXPECT_FALSE(t.shipped);
}

TEST(ReportJson, TemplateReaderNamesTheBadField) {
  auto error_for = [](const char* text) {
    return catch_error([&] { bj::report_template_from_json(Json::parse(text)); }).field();
  };
  EXPECT_EQ(error_for(R"({"title": "t", "fields": []})"), "key");
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t"})"), "fields");
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t", "fields": {}})"), "fields");
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t", "fields": []})"), "fields");
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t", "deadline": {"day": "x"}, "fields": []})"), "deadline.day");
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t", "fields": [{"key": "a", "label": "A"}, {"key": "b"}]})"),
            "fields[1].label");
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t", "fields": [{"key": "a", "label": "A", "type": "float"}]})"),
            "fields[0].type");
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t", "fields": [{"key": "a", "label": "A", "max": [1]}]})"),
            "fields[0].max");
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t", "fields": [{"key": "a", "label": "A", "choices": [1]}]})"),
            "fields[0].choices");
  // Validation after reading: the same paths.
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t", "fields": [{"key": "a", "label": "A", "min": "5", "max": 4}]})"),
            "fields[0].max");
  EXPECT_EQ(error_for(R"({"key": "k", "title": "t", "fields": [{"key": "a", "label": "A", "type": "text",
                          "aggregate": "sum"}]})"),
            "fields[0].aggregate");
}

TEST(ReportJson, OneFieldAlone) {
  // bf_report_field_add's reader: a template's field on its own, member names without a path.
  auto f = bj::report_field_from_json(
      Json::parse(R"({"key": "remote_consultations", "label": "远程会诊次数", "unit": "次", "max": 200})"));
  EXPECT_EQ(f.key, "remote_consultations");
  EXPECT_EQ(f.type, FieldType::integer);
  EXPECT_EQ(f.max, "200");
  EXPECT_EQ(f.aggregate, FieldAggregate::sum);
  EXPECT_EQ(bj::report_field_from_json(Json::parse(R"({"key": "note", "label": "备注", "type": "文本"})")).aggregate,
            FieldAggregate::none);
  EXPECT_EQ(catch_error([] { bj::report_field_from_json(Json::parse(R"({"label": "x"})")); }).field(), "key");
  EXPECT_EQ(catch_error([] { bj::report_field_from_json(Json::parse(R"({"key": "a", "label": "A", "type": "float"})")); })
                .field(),
            "type");
  EXPECT_EQ(catch_error([] { bj::report_field_from_json(Json::parse("[]")); }).field(), "field");
}

TEST(ReportJson, ValuesRoundTrip) {
  ReportValues v{{"outpatient_visits", std::int64_t{320}},
                 {"leave_days", std::string("1.5")},
                 {"summary", std::string("开展新技术一项")},
                 {"lectures", std::monostate{}}};
  Json j = bj::to_json(v);
  EXPECT_EQ(j.dump(), R"({"leave_days":"1.5","outpatient_visits":320,"summary":"开展新技术一项"})");
  ReportValues back = bj::report_values_from_json(Json::parse(j.dump()), &monthly());
  v.erase("lectures");
  EXPECT_EQ(back, v);
  EXPECT_EQ(check_report_values(monthly(), back, false), v);
}

TEST(ReportJson, ValuesReader) {
  ReportTemplate t = monthly();
  t.fields[2].scale = 2;  // leave_days with two decimals, to show exactness
  auto v = bj::report_values_from_json(Json::parse(R"({"leave_days": 0.1, "operations": null,
                                                          "inpatients": "12", "attended_days": 20})"),
                                         &t);
  EXPECT_EQ(v.at("leave_days"), Cell(std::string("0.1")));
  EXPECT_EQ(v.at("operations"), Cell());  // null clears
  EXPECT_EQ(v.at("inpatients"), Cell(std::string("12")));
  EXPECT_EQ(v.at("attended_days"), Cell(std::int64_t{20}));
  auto checked = check_report_values(t, v, false);
  EXPECT_EQ(checked.at("leave_days"), Cell(std::string("0.10")));
  EXPECT_EQ(checked.at("inpatients"), Cell(std::int64_t{12}));
  EXPECT_EQ(checked.count("operations"), 0u);

  // A binary fraction that is not the decimal typed stays refused, not rounded.
  auto sum = bj::report_values_from_json(Json::parse(R"({"leave_days": 0.30000000000000004})"), &t);
  EXPECT_EQ(catch_error([&] { check_report_values(t, sum, false); }).field(), "leave_days");

  auto error_for = [&](const char* text, const ReportTemplate* tp) {
    return catch_error([&] { bj::report_values_from_json(Json::parse(text), tp); }).field();
  };
  EXPECT_EQ(error_for(R"({"outpatient_visits": 1.5})", &t), "outpatient_visits");  // not a decimal field
  EXPECT_EQ(error_for(R"({"leave_days": 1.5})", nullptr), "leave_days");          // no template to say so
  EXPECT_EQ(error_for(R"({"summary": ["a"]})", &t), "summary");
  EXPECT_EQ(error_for(R"({"summary": true})", &t), "summary");
  EXPECT_EQ(error_for(R"({"operations": 18446744073709551615})", &t), "operations");
  EXPECT_EQ(error_for(R"([1, 2])", &t), "values");
}

TEST(ReportJson, PeriodsKeysAndFilters) {
  EXPECT_EQ(bj::to_json(Period::of_month(2026, 3)), "2026-03");
  EXPECT_EQ(bj::period_from_json(Json("2026-10"), "period"), Period::of_month(2026, 10));
  EXPECT_EQ(bj::period_from_json(Json(2026), "period"), Period::of_year(2026));
  EXPECT_EQ(bj::period_from_json(Json(202610), "period"), Period::of_month(2026, 10));
  EXPECT_EQ(catch_error([] { bj::period_from_json(Json(true), "first"); }).field(), "first");

  ReportKey k = bj::report_key_from_json(Json::parse(R"({"template": "monthly_workload", "period": "2026-10",
                                                           "unit": 7, "staff": 3})"));
  EXPECT_EQ(k.template_key, "monthly_workload");
  EXPECT_EQ(k.period, Period::of_month(2026, 10));
  EXPECT_EQ(k.unit, 7);
  EXPECT_EQ(k.staff, 3);
  EXPECT_EQ(catch_error([] { bj::report_key_from_json(Json::parse(R"({"template": "x", "unit": 1})")); }).field(),
            "period");

  ReportFilter f = bj::report_filter_from_json(Json::parse(R"({"period": "2026-10", "state": "已退回",
                                                                 "region": "513433", "limit": 50})"));
  EXPECT_EQ(f.period, Period::of_month(2026, 10));
  EXPECT_EQ(f.state, ReportState::returned);
  EXPECT_EQ(f.region, 513433000000);
  EXPECT_EQ(f.limit, 50);
  EXPECT_FALSE(f.template_key);
  EXPECT_EQ(catch_error([] { bj::report_filter_from_json(Json::parse(R"({"limit": 0})")); }).field(), "limit");
  EXPECT_EQ(catch_error([] { bj::report_filter_from_json(Json::parse(R"({"state": "x"})")); }).field(), "state");

  auto c = bj::completeness_filter_from_json(Json::parse(R"({"template": "annual_effectiveness", "period": 2026})"));
  EXPECT_EQ(c.period, Period::of_year(2026));
  EXPECT_EQ(c.region, kNationwide);

  auto s = bj::report_summary_filter_from_json(
      Json::parse(R"({"template": "monthly_workload", "first": "2026-01", "last": "2026-06", "group_by": "county",
                      "accepted_only": true})"));
  EXPECT_EQ(s.first, Period::of_month(2026, 1));
  EXPECT_EQ(s.last, Period::of_month(2026, 6));
  EXPECT_EQ(s.group_by, ReportGrouping::county);
  EXPECT_TRUE(s.accepted_only);
  s = bj::report_summary_filter_from_json(Json::parse(R"({"template": "t", "period": "2026"})"));
  EXPECT_EQ(s.first, Period::of_year(2026));
  EXPECT_EQ(s.last, Period::of_year(2026));
  auto summary_error = [](const char* text) {
    return catch_error([&] { bj::report_summary_filter_from_json(Json::parse(text)); }).field();
  };
  EXPECT_EQ(summary_error(R"({"template": "t"})"), "first");
  EXPECT_EQ(summary_error(R"({"template": "t", "first": "2026-05", "last": "2026-04"})"), "last");
  EXPECT_EQ(summary_error(R"({"template": "t", "first": "2026-05", "last": "2026"})"), "last");
  EXPECT_EQ(summary_error(R"({"template": "t", "period": "2026", "first": "2026"})"), "period");
  EXPECT_EQ(summary_error(R"({"template": "t", "period": "2026", "group_by": "town"})"), "group_by");
}

TEST(ReportJson, ReportsAndCompleteness) {
  Report r;
  r.id = 5;
  r.template_key = "monthly_workload";
  r.period = Period::of_month(2026, 10);
  r.state = ReportState::returned;
  r.staff = 9;
  r.values = {{"operations", std::int64_t{18}}};
  r.deadline = d("2026-11-15");
  Json j = bj::to_json(r);
  EXPECT_EQ(j["period"], "2026-10");
  EXPECT_EQ(j["period_label"], "2026年10月");
  EXPECT_EQ(j["state"], "returned");
  EXPECT_EQ(j["state_label"], "已退回");
  EXPECT_EQ(j["deadline"], "2026-11-15");
  EXPECT_EQ(j["staff"], 9);
  EXPECT_TRUE(j["package"].is_null());
  EXPECT_EQ(j["values"]["operations"], 18);
  EXPECT_EQ(j["review"]["state"], "draft");

  Completeness c;
  c.period = Period::of_year(2026);
  c.total.expected = 3;
  c.total.on_time = 1;
  c.total.late = 1;
  CompletenessRow row;
  row.region = 513433000000;
  row.name = "甘洛县人民医院";
  row.unit = 4;
  c.rows.push_back(row);
  Json cj = bj::to_json(c);
  EXPECT_EQ(cj["total"]["filed_rate"], "66.7%");
  EXPECT_EQ(cj["total"]["on_time_rate"], "33.3%");
  EXPECT_TRUE(cj["rows"][0]["filed_rate"].is_null());  // nothing expected
  EXPECT_EQ(cj["rows"][0]["unit"], 4);
  EXPECT_TRUE(cj["deadline"].is_null());

  ReportPackage p;
  p.period = Period::of_month(2026, 10);
  p.state = PackageState::reopened;
  EXPECT_EQ(bj::to_json(p)["state_label"], "已解锁");
}
