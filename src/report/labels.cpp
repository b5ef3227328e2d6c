// Keys (stable, for JSON and the C API) and Chinese labels (forms, exports) of the report
// enums; parsing accepts the key, the label or the integer value.
#include <array>

#include "bangfu/report.hpp"
#include "core/enum_parse.hpp"

namespace bangfu {
namespace {

using internal::enum_key;
using internal::enum_label;
using internal::EnumName;
using internal::parse_enum;

constexpr std::array<EnumName<ReportSubject>, 2> kSubjects{{
    {ReportSubject::staff, "staff", "支援人员"},
    {ReportSubject::hospital, "hospital", "受援医院"},
}};

constexpr std::array<EnumName<PeriodType>, 2> kPeriodTypes{{
    {PeriodType::month, "month", "月度"},
    {PeriodType::year, "year", "年度"},
}};

constexpr std::array<EnumName<FieldType>, 5> kFieldTypes{{
    {FieldType::integer, "integer", "整数"},
    {FieldType::decimal, "decimal", "小数"},
    {FieldType::text, "text", "文本"},
    {FieldType::choice, "choice", "选项"},
    {FieldType::date, "date", "日期"},
}};

constexpr std::array<EnumName<FieldAggregate>, 3> kAggregates{{
    {FieldAggregate::sum, "sum", "合计"},
    {FieldAggregate::average, "average", "平均"},
    {FieldAggregate::none, "none", "不汇总"},
}};

constexpr std::array<EnumName<ReportState>, 5> kStates{{
    {ReportState::draft, "draft", "草稿"},
    {ReportState::submitted, "submitted", "待审核"},
    {ReportState::returned, "returned", "已退回"},
    {ReportState::accepted, "accepted", "已通过"},
    {ReportState::locked, "locked", "已上报"},
}};

constexpr std::array<EnumName<PackageState>, 2> kPackageStates{{
    {PackageState::submitted, "submitted", "已上报"},
    {PackageState::reopened, "reopened", "已解锁"},
}};

constexpr std::array<EnumName<ReportGrouping>, 5> kGroupings{{
    {ReportGrouping::report, "report", "明细"},
    {ReportGrouping::hospital, "hospital", "受援医院"},
    {ReportGrouping::county, "county", "区县"},
    {ReportGrouping::city, "city", "地市"},
    {ReportGrouping::province, "province", "省份"},
}};

}  // namespace

const char* report_subject_key(ReportSubject s) noexcept { return enum_key(kSubjects, s); }
const char* report_subject_label(ReportSubject s) noexcept { return enum_label(kSubjects, s); }
ReportSubject parse_report_subject(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kSubjects, "report subject");
}

const char* period_type_key(PeriodType p) noexcept { return enum_key(kPeriodTypes, p); }
const char* period_type_label(PeriodType p) noexcept { return enum_label(kPeriodTypes, p); }
PeriodType parse_period_type(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kPeriodTypes, "period type");
}

const char* field_type_key(FieldType t) noexcept { return enum_key(kFieldTypes, t); }
const char* field_type_label(FieldType t) noexcept { return enum_label(kFieldTypes, t); }
FieldType parse_field_type(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kFieldTypes, "field type");
}
bool field_type_numeric(FieldType t) noexcept { return t == FieldType::integer || t == FieldType::decimal; }

const char* field_aggregate_key(FieldAggregate a) noexcept { return enum_key(kAggregates, a); }
const char* field_aggregate_label(FieldAggregate a) noexcept { return enum_label(kAggregates, a); }
FieldAggregate parse_field_aggregate(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kAggregates, "aggregate");
}

const std::vector<ReportState>& every_report_state() {
  static const std::vector<ReportState> all = [] {
    std::vector<ReportState> v;
    for (const auto& n : kStates) v.push_back(n.value);
    return v;
  }();
  return all;
}
const char* report_state_key(ReportState s) noexcept { return enum_key(kStates, s); }
const char* report_state_label(ReportState s) noexcept { return enum_label(kStates, s); }
ReportState parse_report_state(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kStates, "report state");
}

// Filed: submitted at least once and not back in draft. A returned report still counts, so
// that a correction does not turn an on-time filing into a missing one.
bool report_state_filed(ReportState s) noexcept {
  return s == ReportState::submitted || s == ReportState::returned || s == ReportState::accepted ||
         s == ReportState::locked;
}

const char* package_state_key(PackageState s) noexcept { return enum_key(kPackageStates, s); }
const char* package_state_label(PackageState s) noexcept { return enum_label(kPackageStates, s); }

const char* report_grouping_key(ReportGrouping g) noexcept { return enum_key(kGroupings, g); }
const char* report_grouping_label(ReportGrouping g) noexcept { return enum_label(kGroupings, g); }
ReportGrouping parse_report_grouping(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kGroupings, "grouping");
}

}  // namespace bangfu
