// Keys (stable, for JSON and the C API) and Chinese labels (what users read and write) of the
// attendance enums, and parsing either (or the integer value) back.
#include <array>

#include "bangfu/attendance.hpp"
#include "bangfu/request.hpp"
#include "core/enum_parse.hpp"

namespace bangfu {

namespace {

using internal::enum_key;
using internal::enum_label;
using internal::parse_enum;
template <class E>
using Name = internal::EnumName<E>;

constexpr std::array<Name<FieldPolicy>, 3> kFieldPolicies{{
    {FieldPolicy::accept, "accept", "允许外勤"},
    {FieldPolicy::flag, "flag", "允许并标记"},
    {FieldPolicy::require_approval, "require_approval", "需审批"},
}};

constexpr std::array<Name<AttendanceGrouping>, 5> kGroupings{{
    {AttendanceGrouping::staff, "staff", "按人员"},
    {AttendanceGrouping::hospital, "hospital", "按受援医院"},
    {AttendanceGrouping::county, "county", "按县"},
    {AttendanceGrouping::city, "city", "按市"},
    {AttendanceGrouping::province, "province", "按省"},
}};

constexpr std::array<Name<LookBack>, 2> kLookBacks{{
    {LookBack::natural_days, "natural_days", "自然日"},
    {LookBack::workdays, "workdays", "工作日"},
}};

constexpr std::array<Name<HalfDay>, 2> kHalves{{
    {HalfDay::am, "am", "上午"},
    {HalfDay::pm, "pm", "下午"},
}};

constexpr std::array<Name<PunchKind>, 2> kPunchKinds{{
    {PunchKind::on_duty, "on_duty", "上班"},
    {PunchKind::off_duty, "off_duty", "下班"},
}};

// The request lists' boxes live here too: words users pick, like the enums above.
using Box = RequestFilter::Box;
constexpr std::array<Name<Box>, 5> kBoxes{{
    {Box::awaiting_me, "awaiting_me", "待我审批"},
    {Box::submitted, "submitted", "我发起的"},
    {Box::copied, "copied", "抄送我的"},
    {Box::decided_by_me, "decided_by_me", "我已审批"},
    {Box::in_scope, "in_scope", "管辖范围内"},
}};

constexpr std::array<Name<PunchResult>, 6> kPunchResults{{
    {PunchResult::normal, "normal", "正常"},
    {PunchResult::late, "late", "迟到"},
    {PunchResult::serious_late, "serious_late", "严重迟到"},
    {PunchResult::absent, "absent", "旷工"},
    {PunchResult::missing, "missing", "缺卡"},
    {PunchResult::early, "early", "早退"},
}};

constexpr std::array<Name<PunchCheck>, 5> kPunchChecks{{
    {PunchCheck::inside, "inside", "范围内"},
    {PunchCheck::field, "field", "外勤"},
    {PunchCheck::field_pending, "field_pending", "外勤待审批"},
    {PunchCheck::field_approved, "field_approved", "外勤已批准"},
    {PunchCheck::field_rejected, "field_rejected", "外勤已驳回"},
}};

constexpr std::array<Name<LeaveType>, 8> kLeaveTypes{{
    {LeaveType::personal, "personal", "事假"},
    {LeaveType::sick, "sick", "病假"},
    {LeaveType::annual, "annual", "年假"},
    {LeaveType::marriage, "marriage", "婚假"},
    {LeaveType::maternity, "maternity", "产假"},
    {LeaveType::bereavement, "bereavement", "丧假"},
    {LeaveType::family_visit, "family_visit", "探亲假"},
    {LeaveType::paternity, "paternity", "陪产假"},
}};

constexpr std::array<Name<DayStatus>, 13> kDayStatuses{{
    {DayStatus::normal, "normal", "正常"},
    {DayStatus::late, "late", "迟到"},
    {DayStatus::serious_late, "serious_late", "严重迟到"},
    {DayStatus::absent, "absent", "旷工"},
    {DayStatus::missing, "missing", "缺卡"},
    {DayStatus::made_up, "made_up", "已补卡"},
    {DayStatus::leave, "leave", "请假"},
    {DayStatus::field, "field", "外勤"},
    {DayStatus::rest_day, "rest_day", "休息日"},
    {DayStatus::holiday, "holiday", "节假日"},
    {DayStatus::outside_assignment, "outside_assignment", "不在派驻期"},
    {DayStatus::early, "early", "早退"},
    {DayStatus::upcoming, "upcoming", "未到"},
}};

}  // namespace

const char* field_policy_key(FieldPolicy p) noexcept { return enum_key(kFieldPolicies, p); }
const char* field_policy_label(FieldPolicy p) noexcept { return enum_label(kFieldPolicies, p); }
FieldPolicy parse_field_policy(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kFieldPolicies, "field policy");
}

const char* look_back_key(LookBack b) noexcept { return enum_key(kLookBacks, b); }
const char* look_back_label(LookBack b) noexcept { return enum_label(kLookBacks, b); }
LookBack parse_look_back(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kLookBacks, "look-back");
}

const char* half_day_key(HalfDay h) noexcept { return enum_key(kHalves, h); }
const char* half_day_label(HalfDay h) noexcept { return enum_label(kHalves, h); }
HalfDay parse_half_day(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kHalves, "half day");
}

const char* punch_kind_key(PunchKind k) noexcept { return enum_key(kPunchKinds, k); }
const char* punch_kind_label(PunchKind k) noexcept { return enum_label(kPunchKinds, k); }
PunchKind parse_punch_kind(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kPunchKinds, "punch kind");
}

const char* request_box_key(Box b) noexcept { return enum_key(kBoxes, b); }
const char* request_box_label(Box b) noexcept { return enum_label(kBoxes, b); }
Box parse_request_box(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kBoxes, "request box");
}

const char* attendance_grouping_key(AttendanceGrouping g) noexcept { return enum_key(kGroupings, g); }
AttendanceGrouping parse_attendance_grouping(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kGroupings, "grouping");
}

const char* punch_result_key(PunchResult r) noexcept { return enum_key(kPunchResults, r); }
const char* punch_result_label(PunchResult r) noexcept { return enum_label(kPunchResults, r); }
PunchResult parse_punch_result(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kPunchResults, "punch result");
}

const char* punch_check_key(PunchCheck c) noexcept { return enum_key(kPunchChecks, c); }
const char* punch_check_label(PunchCheck c) noexcept { return enum_label(kPunchChecks, c); }

bool punch_counts(PunchCheck c) noexcept {
  return c == PunchCheck::inside || c == PunchCheck::field || c == PunchCheck::field_approved;
}

const std::vector<LeaveType>& every_leave_type() {
  static const std::vector<LeaveType> all = [] {
    std::vector<LeaveType> v;
    for (auto& n : kLeaveTypes) v.push_back(n.value);
    return v;
  }();
  return all;
}
const char* leave_type_key(LeaveType t) noexcept { return enum_key(kLeaveTypes, t); }
const char* leave_type_label(LeaveType t) noexcept { return enum_label(kLeaveTypes, t); }
LeaveType parse_leave_type(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kLeaveTypes, "leave type");
}

const char* day_status_key(DayStatus s) noexcept { return enum_key(kDayStatuses, s); }
const char* day_status_label(DayStatus s) noexcept { return enum_label(kDayStatuses, s); }

}  // namespace bangfu
