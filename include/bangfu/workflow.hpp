// Approval workflows (审批): one engine for every approval (补卡, 请假, 外勤 now; reports later).
//
// Two layers, as DESIGN.md asks:
// - the life of a request is a small FIXED state machine (draft → pending → approved /
//   rejected / withdrawn / revoked), a plain transition table (`transition`) that a test walks
//   exhaustively;
// - what varies — the chain of steps, who approves each, single / all / any-one / in turn,
//   who is copied and when — is a `Workflow` value, data a host may replace at run time; the
//   Engine resolves its approvers against the org tree into a `RequestProgress`.
// Everything here is pure: no I/O, no clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bangfu/ids.hpp"
#include "bangfu/visibility.hpp"

namespace bangfu {

enum class RequestKind : int {
  makeup = 1,       // 补卡申请
  leave = 2,        // 请假申请
  field_punch = 3,  // 外勤申请 (a punch outside the geofence under the require-approval policy)
  report_review = 4,  // 报表审核: a submitted report (工作量月报, 帮扶成效年报) reviewed up the recipient side
};
BANGFU_EXPORT const std::vector<RequestKind>& every_request_kind();
BANGFU_EXPORT const char* request_kind_key(RequestKind k) noexcept;
BANGFU_EXPORT const char* request_kind_label(RequestKind k) noexcept;
BANGFU_EXPORT RequestKind parse_request_kind(std::string_view text, std::string_view field = "kind");

enum class RequestState : int {
  draft = 1,      // 草稿
  pending = 2,    // 审批中
  approved = 3,   // 已通过
  rejected = 4,   // 已拒绝
  withdrawn = 5,  // 已撤回 (by the applicant while pending)
  revoked = 6,    // 已撤销 (an approved request undone by an approver)
};
BANGFU_EXPORT const std::vector<RequestState>& every_request_state();
BANGFU_EXPORT const char* request_state_key(RequestState s) noexcept;
BANGFU_EXPORT const char* request_state_label(RequestState s) noexcept;
BANGFU_EXPORT RequestState parse_request_state(std::string_view text, std::string_view field = "state");
// Pending and approved requests are "live": they count towards quotas and block overlaps.
BANGFU_EXPORT bool request_state_live(RequestState s) noexcept;

enum class RequestAction : int {
  submit = 1,    // 提交
  approve = 2,   // 同意
  reject = 3,    // 拒绝 (reason required)
  withdraw = 4,  // 撤回 (the applicant, while pending; or discards a draft)
  revoke = 5,    // 撤销 (an approver who approved, with a reason)
};
BANGFU_EXPORT const std::vector<RequestAction>& every_request_action();
BANGFU_EXPORT const char* request_action_key(RequestAction a) noexcept;
BANGFU_EXPORT const char* request_action_label(RequestAction a) noexcept;
BANGFU_EXPORT RequestAction parse_request_action(std::string_view text, std::string_view field = "action");

// The fixed table. `approve` on a pending request lists both outcomes (pending while steps
// remain, approved after the last); `submit` lists pending and approved (every step passed
// automatically). Empty: the action does not apply in that state (an invalid_state error).
BANGFU_EXPORT std::vector<RequestState> transition(RequestState from, RequestAction action);

// ---- The variable part: a workflow definition ----------------------------------------------

enum class StepMode : int {
  single = 1,   // 单人: one approver (when the resolver finds several, any one of them acts)
  all = 2,      // 会签: every approver must agree
  any = 3,      // 或签: the first agreement decides
  in_turn = 4,  // 依次: one after another, in resolver order
};
BANGFU_EXPORT const char* step_mode_key(StepMode m) noexcept;
BANGFU_EXPORT const char* step_mode_label(StepMode m) noexcept;
BANGFU_EXPORT StepMode parse_step_mode(std::string_view text, std::string_view field = "mode");

// Who approves (or is copied), resolved by the Engine against the org tree when a request
// is submitted.
enum class ResolverKind : int {
  recipient_hospital_admin = 1,  // 受援医院负责人: admins of the recipient hospital of the applicant's assignment
  home_unit_admin = 2,           // 派出单位负责人: admins of the applicant's home (support) hospital
  recipient_county_admin = 3,    // 受援县管理员 of the county the recipient hospital is in
  account = 4,                   // a named account
  recipient_city_admin = 5,      // 受援地市管理员 of the city the recipient hospital is in
  recipient_province_admin = 6,  // 受援省份管理员 of the province the recipient hospital is in
};
BANGFU_EXPORT const char* resolver_kind_key(ResolverKind k) noexcept;
BANGFU_EXPORT const char* resolver_kind_label(ResolverKind k) noexcept;
BANGFU_EXPORT ResolverKind parse_resolver_kind(std::string_view text, std::string_view field = "resolver");

struct Resolver {
  ResolverKind kind = ResolverKind::recipient_hospital_admin;
  AccountId account = 0;  // for ResolverKind::account
};

enum class CcTiming : int { on_submit = 1, on_finish = 2, both = 3 };  // 提交时 / 通过后 / 都抄送
BANGFU_EXPORT const char* cc_timing_key(CcTiming t) noexcept;
BANGFU_EXPORT const char* cc_timing_label(CcTiming t) noexcept;  // 提交时 / 通过后 / 都抄送
BANGFU_EXPORT CcTiming parse_cc_timing(std::string_view text, std::string_view field = "when");

struct WorkflowStep {
  std::string name;                 // 受援医院审批
  StepMode mode = StepMode::single;
  std::vector<Resolver> approvers;  // resolved and de-duplicated in order
  // 0: always. N > 0: the step applies only to requests longer than N workdays (leave), so
  // that long leave needs a second step by the home unit.
  int only_over_workdays = 0;
};

struct CcRule {
  Resolver who;
  CcTiming when = CcTiming::on_finish;
};

struct BANGFU_EXPORT Workflow {  // exported: validate() is called by hosts through libbangfu.so
  RequestKind kind = RequestKind::makeup;
  std::string name;                 // 补卡审批
  std::vector<WorkflowStep> steps;  // at least one
  std::vector<CcRule> cc;
  // A step whose approver is the applicant passes automatically (DingTalk's default).
  bool applicant_auto_pass = true;
  // invalid_argument naming the field: no steps, a step without approvers, an account
  // resolver without an account, negative thresholds.
  void validate() const;
};

// The flows bangfu ships: 补卡 and 外勤 — one step by the recipient hospital, copied to the
// home unit at the end; 请假 — the same, plus a second step by the home unit for leave over
// three workdays.
BANGFU_EXPORT Workflow default_workflow(RequestKind kind);

// ---- A request's progress through its resolved steps -----------------------------------------

struct StepProgress {
  std::string name;
  StepMode mode = StepMode::single;
  std::vector<AccountId> approvers;  // resolved, de-duplicated, in order
  std::vector<AccountId> approved;   // who agreed (auto-passes included), in order
  bool auto_passed = false;          // passed without anyone acting
  bool done = false;
};

struct RequestProgress {
  RequestState state = RequestState::draft;
  AccountId applicant = 0;
  std::vector<StepProgress> steps;
  int current = 0;                   // index of the step awaiting decisions (== steps.size() when done)
  AccountId decided_by = 0;          // who rejected / revoked / withdrew
  std::string reason;                // of a rejection or revocation
};

// The progress of a new request: resolved steps (empty steps are an invalid_state naming the
// step), approvers de-duplicated inside each step, and auto-passes applied on submit.
BANGFU_EXPORT RequestProgress new_progress(AccountId applicant, std::vector<StepProgress> steps);

// Who may approve or reject now: the current step's approvers who have not agreed (in turn:
// only the next one). Empty unless pending.
BANGFU_EXPORT std::vector<AccountId> awaiting(const RequestProgress& p);

// Applies `action` by `by`. Throws invalid_state for an action the state does not allow
// (naming both), permission_denied when `by` is not the one who may act (not the applicant,
// not a current approver, not an approver who agreed), invalid_argument when a reason is
// required and empty. A step auto-passes when its approvers are all the applicant
// (applicant_auto_pass) or all agreed in an earlier step (de-duplication across steps).
BANGFU_EXPORT RequestProgress apply_action(const RequestProgress& p, RequestAction action, AccountId by,
                                           std::string_view reason = {}, bool applicant_auto_pass = true);

}  // namespace bangfu
