// Keys (stable, for JSON and the C API) and Chinese labels (what users read and write) of the
// attendance enums, and parsing either back.
#include <array>
#include <string>
#include <utility>

#include "bangfu/attendance.hpp"
#include "bangfu/request.hpp"
#include "bangfu/error.hpp"

namespace bangfu {

namespace {

template <class E>
struct Name {
  E value;
  const char* key;
  const char* label;
};

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

// A value cast from an unknown integer (over the C ABI) has no entry: "?" rather than a crash.
template <class E, std::size_t N>
const Name<E>* find(const std::array<Name<E>, N>& names, E v) noexcept {
  for (auto& n : names)
    if (n.value == v) return &n;
  return nullptr;
}

template <class E, std::size_t N>
const char* key_of(const std::array<Name<E>, N>& names, E v) noexcept {
  auto n = find(names, v);
  return n ? n->key : "?";
}

template <class E, std::size_t N>
const char* label_of(const std::array<Name<E>, N>& names, E v) noexcept {
  auto n = find(names, v);
  return n ? n->label : "?";
}

template <class E, std::size_t N>
E parse_name(const std::array<Name<E>, N>& names, std::string_view text, std::string_view field) {
  for (auto& n : names)
    if (text == n.key || text == n.label) return n.value;
  std::string choices;
  for (auto& n : names) {
    if (!choices.empty()) choices += ", ";
    choices += std::string(n.key) + " (" + n.label + ")";
  }
  throw_invalid(field, text, "is not one of " + choices);
}

}  // namespace

const char* field_policy_key(FieldPolicy p) noexcept { return key_of(kFieldPolicies, p); }
const char* field_policy_label(FieldPolicy p) noexcept { return label_of(kFieldPolicies, p); }
FieldPolicy parse_field_policy(std::string_view text, std::string_view field) {
  return parse_name(kFieldPolicies, text, field);
}

const char* look_back_key(LookBack b) noexcept { return key_of(kLookBacks, b); }
const char* look_back_label(LookBack b) noexcept { return label_of(kLookBacks, b); }
LookBack parse_look_back(std::string_view text, std::string_view field) { return parse_name(kLookBacks, text, field); }

const char* half_day_key(HalfDay h) noexcept { return key_of(kHalves, h); }
const char* half_day_label(HalfDay h) noexcept { return label_of(kHalves, h); }
HalfDay parse_half_day(std::string_view text, std::string_view field) { return parse_name(kHalves, text, field); }

const char* punch_kind_key(PunchKind k) noexcept { return key_of(kPunchKinds, k); }
const char* punch_kind_label(PunchKind k) noexcept { return label_of(kPunchKinds, k); }
PunchKind parse_punch_kind(std::string_view text, std::string_view field) {
  return parse_name(kPunchKinds, text, field);
}

const char* request_box_key(Box b) noexcept { return key_of(kBoxes, b); }
const char* request_box_label(Box b) noexcept { return label_of(kBoxes, b); }
Box parse_request_box(std::string_view text, std::string_view field) { return parse_name(kBoxes, text, field); }

const char* attendance_grouping_key(AttendanceGrouping g) noexcept { return key_of(kGroupings, g); }
AttendanceGrouping parse_attendance_grouping(std::string_view text, std::string_view field) {
  return parse_name(kGroupings, text, field);
}

const char* punch_result_key(PunchResult r) noexcept { return key_of(kPunchResults, r); }
const char* punch_result_label(PunchResult r) noexcept { return label_of(kPunchResults, r); }
PunchResult parse_punch_result(std::string_view text, std::string_view field) {
  return parse_name(kPunchResults, text, field);
}

const char* punch_check_key(PunchCheck c) noexcept { return key_of(kPunchChecks, c); }
const char* punch_check_label(PunchCheck c) noexcept { return label_of(kPunchChecks, c); }

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
const char* leave_type_key(LeaveType t) noexcept { return key_of(kLeaveTypes, t); }
const char* leave_type_label(LeaveType t) noexcept { return label_of(kLeaveTypes, t); }
LeaveType parse_leave_type(std::string_view text, std::string_view field) {
  return parse_name(kLeaveTypes, text, field);
}

const char* day_status_key(DayStatus s) noexcept { return key_of(kDayStatuses, s); }
const char* day_status_label(DayStatus s) noexcept { return label_of(kDayStatuses, s); }

}  // namespace bangfu
