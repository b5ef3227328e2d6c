// Requests a support staff member files — make-up check-in (补卡), leave (请假), field check-in
// approval (外勤) — and the lists people see: 待我审批, 我发起的, 抄送我的.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bangfu/attendance.hpp"
#include "bangfu/ids.hpp"
#include "bangfu/workflow.hpp"

namespace bangfu {

// 补卡申请: the missed punch's day, kind and time, and why.
struct MakeupRequest {
  Date day;
  PunchKind kind = PunchKind::on_duty;
  int minute = 8 * 60;            // the time to record, CST
  std::string reason;             // 忘记打卡, 出外勤 … (required)
};

// 请假申请.
struct LeaveRequest {
  LeaveType type = LeaveType::personal;
  LeaveSpan span;
  std::string reason;             // required
};

struct Request {
  RequestId id = 0;
  RequestKind kind = RequestKind::makeup;
  RequestState state = RequestState::pending;
  StaffId staff = 0;
  std::string staff_name;
  AccountId applicant = 0;
  AssignmentId assignment = 0;
  UnitId unit = 0;                    // the recipient hospital
  std::string unit_name;
  std::string submitted_at;           // UTC, ISO 8601
  std::string finished_at;            // when it left pending (empty while pending)
  std::optional<MakeupRequest> makeup;
  std::optional<LeaveRequest> leave;
  int leave_halves = 0;               // leave: workday halves it covers
  std::optional<PunchId> punch;       // field_punch: the punch awaiting approval
  RequestProgress progress;           // steps, approvers, who agreed, reason
  std::vector<AccountId> awaiting;    // who may act now
  std::vector<AccountId> cc;          // copied so far
};

struct RequestFilter {
  enum class Box : int {
    awaiting_me = 1,   // 待我审批: pending, and the actor may act now
    submitted = 2,     // 我发起的
    copied = 3,        // 抄送我的
    decided_by_me = 4, // 我已审批
    in_scope = 5,      // every request of staff in the actor's reach (admins)
  };
  Box box = Box::awaiting_me;
  std::optional<RequestKind> kind;
  std::optional<RequestState> state;
  std::optional<StaffId> staff;
  int limit = 200;
};

BANGFU_EXPORT const char* request_box_key(RequestFilter::Box b) noexcept;    // "awaiting_me", ...
BANGFU_EXPORT const char* request_box_label(RequestFilter::Box b) noexcept;  // 待我审批, ...
BANGFU_EXPORT RequestFilter::Box parse_request_box(std::string_view text, std::string_view field = "box");

// How many make-ups a staff member has used in the cycle containing a day (本月已申请N次补卡).
struct MakeupQuota {
  Date cycle_first;
  Date cycle_last;
  int used = 0;        // pending + approved
  int allowed = 0;
};

}  // namespace bangfu
