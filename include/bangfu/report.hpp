// Reports (数据上报): templates as data, periods and deadlines, filled values, and the review
// states of a report (DOMAIN.md A2, A4). Everything here is a value or a pure function; the
// Engine stores templates and reports, checks who may do what and passes "now".
//
// A template is what a host may change without a new build: its fields (type, unit, bounds,
// required, where a draft pre-fills them from) and its deadline rule. Each change makes a new
// version; a report keeps the version it was filed under, so old reports stay valid.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bangfu/attendance.hpp"
#include "bangfu/calendar.hpp"
#include "bangfu/ids.hpp"
#include "bangfu/region.hpp"
#include "bangfu/table.hpp"
#include "bangfu/visibility.hpp"
#include "bangfu/workflow.hpp"

namespace bangfu {

using ReportId = std::int64_t;
using PackageId = std::int64_t;  // a province's package of reports sent to the national level

// Who one report is about (填报对象).
enum class ReportSubject : int {
  staff = 1,     // one per support staff member on assignment in the period (工作量月报)
  hospital = 2,  // one per recipient hospital paired in the period (帮扶成效年报)
};
BANGFU_EXPORT const char* report_subject_key(ReportSubject s) noexcept;    // "staff"
BANGFU_EXPORT const char* report_subject_label(ReportSubject s) noexcept;  // 支援人员 / 受援医院
BANGFU_EXPORT ReportSubject parse_report_subject(std::string_view text, std::string_view field = "subject");

enum class PeriodType : int { month = 1, year = 2 };  // 月报 / 年报
BANGFU_EXPORT const char* period_type_key(PeriodType p) noexcept;    // "month" / "year"
BANGFU_EXPORT const char* period_type_label(PeriodType p) noexcept;  // 月度 / 年度
BANGFU_EXPORT PeriodType parse_period_type(std::string_view text, std::string_view field = "period_type");

// A reporting period: a month (2026-10) or a year (2026).
struct BANGFU_EXPORT Period {
  PeriodType type = PeriodType::month;
  int year = 0;
  int month = 0;  // 1–12 for months, 0 for years

  static Period of_month(int year, int month);  // invalid_argument for month ∉ 1–12, year ∉ 2016–2100
  static Period of_year(int year);
  Date first() const;
  Date last() const;
  std::string text() const;   // "2026-10" / "2026"
  std::string label() const;  // "2026年10月" / "2026年度"
  Period next() const;
  friend bool operator==(const Period&, const Period&) = default;
  friend auto operator<=>(const Period&, const Period&) = default;
};
// "2026-10" (or "2026-1", "202610") is a month, "2026" a year. invalid_argument naming field.
BANGFU_EXPORT Period parse_period(std::string_view text, std::string_view field = "period");
// The periods of `type` from `first` to `last` inclusive (both of that type).
BANGFU_EXPORT std::vector<Period> periods_between(const Period& first, const Period& last);

// When a period's report is due: `day` of the month `months_after` months after the period's
// first month. Monthly reports: 1 month, day 15 (the 15th of the next month); annual ones: 11
// months, day 5 (5 December of the year).
struct DeadlineRule {
  int months_after = 1;  // 0–24
  int day = 15;          // 1–31; a day beyond the month's end means its last day
  friend bool operator==(const DeadlineRule&, const DeadlineRule&) = default;
};
BANGFU_EXPORT Date deadline_of(const DeadlineRule& rule, const Period& period);
// Is a submission at `submitted` (UTC) on time? The deadline day counts whole, in China
// Standard Time: 23:59 CST on the 15th is on time, 00:00 CST on the 16th late.
BANGFU_EXPORT bool submitted_on_time(const DeadlineRule& rule, const Period& period, Instant submitted);

// ---- Fields ---------------------------------------------------------------------------------

enum class FieldType : int {
  integer = 1,  // 整数: counts (人次, 台次)
  decimal = 2,  // 小数: exact, `scale` decimal places (rates, days)
  text = 3,     // 文本
  choice = 4,   // 选项: one of `choices`
  date = 5,     // 日期 YYYY-MM-DD
};
BANGFU_EXPORT const char* field_type_key(FieldType t) noexcept;    // "integer", ...
BANGFU_EXPORT const char* field_type_label(FieldType t) noexcept;  // 整数, ...
BANGFU_EXPORT FieldType parse_field_type(std::string_view text, std::string_view field = "type");
// Integer and decimal fields: bounded by numbers, summed or averaged, pre-filled, 其中 a whole.
BANGFU_EXPORT bool field_type_numeric(FieldType t) noexcept;

// How summary tables combine a numeric field over reports: 合计 (sum) or 平均 (mean of the
// reports that have it, e.g. a rate). Text, choice and date fields are not combined.
enum class FieldAggregate : int { sum = 1, average = 2, none = 3 };
BANGFU_EXPORT const char* field_aggregate_key(FieldAggregate a) noexcept;
BANGFU_EXPORT const char* field_aggregate_label(FieldAggregate a) noexcept;
BANGFU_EXPORT FieldAggregate parse_field_aggregate(std::string_view text, std::string_view field = "aggregate");

// Where a draft's value comes from before the hospital edits it. Keys (see report_sources()):
//   attendance.required_days / attended_days / leave_days / absent_days / late_count —
//       the staff member's 考勤统计 for the month at the hospital (staff reports);
//   staff.on_assignment — staff on assignment at the hospital during the period (hospital reports);
//   monthly.<field> — the sum of that field over the filed monthly reports of the hospital's
//       staff in the period (hospital reports), e.g. monthly.outpatient_visits.
struct ReportSource {
  std::string key;
  std::string label;  // Chinese, for docs and the CLI
};
BANGFU_EXPORT const std::vector<ReportSource>& report_sources();

struct ReportField {
  std::string key;       // ASCII identifier: [a-z][a-z0-9_]*, unique in the template
  std::string label;     // Chinese label (column header of exports): 门急诊人次
  FieldType type = FieldType::integer;
  std::string unit;      // 人次, 台, 天, %, 项 … (shown with the label)
  bool required = false; // a report cannot be submitted without it
  // Bounds, inclusive, as exact decimal text for integer / decimal, YYYY-MM-DD for dates,
  // and a length in characters for text (max only). Empty: unbounded (integers ≥ 0 by default).
  std::string min;
  std::string max;
  int scale = 0;         // decimal: digits after the point (0–6)
  std::vector<std::string> choices;  // choice: the allowed values
  std::string source;    // pre-fill source key, "" for none
  // 其中: the value may not exceed this other (earlier) numeric field of the template,
  // e.g. grade III/IV operations ≤ operations.
  std::string part_of;
  FieldAggregate aggregate = FieldAggregate::sum;  // numeric fields; others are none
  std::string help;      // a line for the form
};

// A filled value: empty, an integer (integer fields) or text (decimal as exact normalised
// text "12.50", text, choice, date "YYYY-MM-DD"). The same Cell as tables.
using ReportValue = Cell;
using ReportValues = std::map<std::string, ReportValue>;

struct BANGFU_EXPORT ReportTemplate {
  std::string key;        // "monthly_workload"; [a-z][a-z0-9_]*
  std::string title;      // 支援人员工作量月报
  ReportSubject subject = ReportSubject::staff;
  PeriodType period_type = PeriodType::month;
  DeadlineRule deadline;
  std::vector<ReportField> fields;
  int version = 0;        // set by the Engine when stored (1, 2, …)
  bool shipped = false;   // one of bangfu's (its fields may be added to, not removed)

  // invalid_argument naming the field ("fields[3].min", "deadline.day", …) and the value.
  void validate() const;
  const ReportField* field(std::string_view key) const;  // nullptr when absent
};

// The templates bangfu ships: 支援人员工作量月报 (monthly_workload) and 受援医院帮扶成效年报
// (annual_effectiveness), version 1.
BANGFU_EXPORT const std::vector<ReportTemplate>& shipped_report_templates();

// A template as a JSON document, and back: bangfu's JSON form of templates, as a host keeps
// them in a file ({"key", "title", "subject", "period_type", "deadline": {"months_after", "day"},
// "fields": [{"key", "label", "type", "unit", "required", "min", "max", "scale", "choices",
// "source", "part_of", "aggregate", "help"}]}). The reader validates; invalid_argument names
// the member ("fields[3].type") and the value, or says where the JSON syntax is wrong.
BANGFU_EXPORT ReportTemplate parse_report_template_json(std::string_view json_text);
BANGFU_EXPORT std::string report_template_json(const ReportTemplate& t, int indent = 2);

// Can `next` replace `previous` as a new version of the same template? Keys, subject and
// period type stay; every field of `previous` stays with the same type (labels, bounds, units
// and help may change); fields may be added. invalid_argument naming the field otherwise.
BANGFU_EXPORT void check_template_change(const ReportTemplate& previous, const ReportTemplate& next);

// Checks and normalises values against a template: unknown keys, wrong types, values out of
// bounds, too many decimals, unknown choices, a 其中 field above its whole — invalid_argument
// whose message names the field key, its label and the value. With `complete`, required fields
// must be present (for submission); a draft may leave them empty. Returns the normalised values
// (decimals as "12.50" with the field's scale; empty values dropped).
BANGFU_EXPORT ReportValues check_report_values(const ReportTemplate& t, const ReportValues& values, bool complete);
// One value from text (CLI, CSV, forms): "12", "12.5", "2026-10-01", a choice. invalid_argument.
BANGFU_EXPORT ReportValue parse_report_value(const ReportField& f, std::string_view text);
// A value as text for display ("" when empty).
BANGFU_EXPORT std::string report_value_text(const ReportValue& v);

// ---- Reports --------------------------------------------------------------------------------

enum class ReportState : int {
  draft = 1,      // 草稿: the hospital is filling it
  submitted = 2,  // 待审核: under review (the approval workflow is pending)
  returned = 3,   // 已退回: sent back with a reason (or unlocked); the hospital corrects and resubmits
  accepted = 4,   // 已通过: accepted by the reviewers
  locked = 5,     // 已上报: in the province's package to the national level; only national unlocks
};
BANGFU_EXPORT const std::vector<ReportState>& every_report_state();
BANGFU_EXPORT const char* report_state_key(ReportState s) noexcept;
BANGFU_EXPORT const char* report_state_label(ReportState s) noexcept;
BANGFU_EXPORT ReportState parse_report_state(std::string_view text, std::string_view field = "state");
// Has a report in this state been filed (submitted at least once and not back in draft)?
BANGFU_EXPORT bool report_state_filed(ReportState s) noexcept;

// Which report: a template, a period, the recipient hospital and, for staff reports, the staff member.
struct ReportKey {
  std::string template_key;
  Period period;
  UnitId unit = 0;
  std::optional<StaffId> staff;
};

struct Report {
  ReportId id = 0;
  std::string template_key;
  int template_version = 0;
  std::string title;
  Period period;
  UnitId unit = 0;                 // the recipient hospital (受援医院)
  std::string unit_name;
  RegionCode region = 0;           // the hospital's region
  std::string region_path;
  std::optional<StaffId> staff;    // staff reports
  std::string staff_name;
  std::string home_unit_name;      // staff reports: 派出单位
  ReportState state = ReportState::draft;
  ReportValues values;
  Date deadline;
  // Timeliness is judged by the first submission: a report returned for correction and
  // resubmitted after the deadline was still filed on time.
  std::string first_submitted_at;  // UTC ISO 8601; empty until submitted
  std::string submitted_at;        // latest submission
  bool late = false;               // first submission after the deadline (CST)
  std::string decided_at;          // accepted / returned
  std::string return_reason;       // why it was returned (or unlocked)
  RequestProgress review;          // the review of the latest submission (steps, approvers)
  std::vector<AccountId> awaiting; // who may review now
  std::optional<PackageId> package;// once locked into a province package
  AccountId created_by = 0;
  std::string created_at;
  std::string updated_at;
};

struct ReportFilter {
  std::optional<std::string> template_key;
  std::optional<Period> period;              // exactly this period
  std::optional<RegionCode> region;          // recipient hospitals in this region
  std::optional<UnitId> unit;                // one recipient hospital
  std::optional<UnitId> support_unit;        // staff reports: staff of this support hospital
  std::optional<StaffId> staff;
  std::optional<ReportState> state;
  bool awaiting_me = false;                  // 待我审核: only reports the actor may review now
  int limit = 1000;
};

// A province's package (省级汇总上报) of one template and period.
enum class PackageState : int {
  submitted = 1,  // 已上报
  reopened = 2,   // 已解锁: a report in it was unlocked; the province submits again
};
BANGFU_EXPORT const char* package_state_key(PackageState s) noexcept;
BANGFU_EXPORT const char* package_state_label(PackageState s) noexcept;

struct ReportPackage {
  PackageId id = 0;
  std::string template_key;
  Period period;
  RegionCode province = 0;
  std::string province_name;
  PackageState state = PackageState::submitted;
  int report_count = 0;
  AccountId submitted_by = 0;
  std::string submitted_at;
};

// ---- Completeness (填报情况查询) -----------------------------------------------------------

struct CompletenessFilter {
  std::string template_key;
  Period period;
  RegionCode region = kNationwide;  // rows: its subordinate regions (a county: its hospitals)
};

// Counts for one region (or hospital). Units: recipient hospitals expected to report (with a
// pairing — or, for staff reports, a staff member on assignment — in the period); a unit is
// complete when all its expected reports are filed. Reports: one per expected subject.
struct CompletenessCounts {
  std::int64_t units_expected = 0;
  std::int64_t units_complete = 0;
  std::int64_t expected = 0;   // reports expected
  std::int64_t on_time = 0;    // filed, first submission by the deadline
  std::int64_t late = 0;       // filed after the deadline
  std::int64_t missing = 0;    // not filed (no report, or a draft)
  std::int64_t returned = 0;   // filed, now returned for correction (counted in on_time/late)
  std::int64_t accepted = 0;   // accepted or locked
};

struct CompletenessRow {
  RegionCode region = 0;       // the subordinate region (the hospital's region for hospital rows)
  std::string name;            // region path, or hospital name
  std::optional<UnitId> unit;  // hospital rows (a county's completeness)
  CompletenessCounts counts;
};

// A unit that has not filed everything: whom to chase (催报).
struct MissingUnit {
  UnitId unit = 0;
  std::string unit_name;
  RegionCode region = 0;
  std::string region_path;
  std::int64_t expected = 0;
  std::int64_t missing = 0;
  std::vector<std::string> missing_staff;  // staff reports: names of staff without a filed report
  std::vector<std::string> admins;         // 受援医院管理员: "name phone"
};

struct Completeness {
  std::string template_key;
  std::string title;
  Period period;
  Date deadline;
  RegionCode region = kNationwide;
  std::string region_name;
  std::vector<CompletenessRow> rows;
  CompletenessCounts total;
  std::vector<MissingUnit> missing_units;
};

// ---- Summary tables (汇总表) ---------------------------------------------------------------

enum class ReportGrouping : int {
  report = 0,    // one row per report (明细), then 合计
  hospital = 1,  // per recipient hospital
  county = 2,
  city = 3,
  province = 4,
};
BANGFU_EXPORT const char* report_grouping_key(ReportGrouping g) noexcept;
BANGFU_EXPORT const char* report_grouping_label(ReportGrouping g) noexcept;
BANGFU_EXPORT ReportGrouping parse_report_grouping(std::string_view text, std::string_view field = "group_by");

struct ReportSummaryFilter {
  std::string template_key;
  Period first;                           // period range, inclusive
  Period last;
  std::optional<RegionCode> region;       // recipient hospitals in this region (受援方)
  std::optional<UnitId> unit;             // one recipient hospital
  std::optional<UnitId> support_unit;     // the support side: staff of (or hospitals paired with) this hospital
  ReportGrouping group_by = ReportGrouping::report;
  bool accepted_only = false;             // only accepted / locked reports (default: every filed one)
};

}  // namespace bangfu
