// Keys and Chinese labels of the workflow enums; parsing accepts either, so that JSON, CSV
// and the CLI may use whichever the host's users write.
#include <array>
#include <string>
#include <string_view>

#include "bangfu/error.hpp"
#include "bangfu/workflow.hpp"
#include "core/enum_parse.hpp"

namespace bangfu {
namespace {

using internal::parse_enum;

constexpr std::array<RequestKind, 4> kKinds{RequestKind::makeup, RequestKind::leave, RequestKind::field_punch,
                                            RequestKind::report_review};
constexpr std::array<RequestState, 6> kStates{RequestState::draft,    RequestState::pending,
                                              RequestState::approved, RequestState::rejected,
                                              RequestState::withdrawn, RequestState::revoked};
constexpr std::array<RequestAction, 5> kActions{RequestAction::submit, RequestAction::approve,
                                                RequestAction::reject, RequestAction::withdraw,
                                                RequestAction::revoke};
constexpr std::array<StepMode, 4> kModes{StepMode::single, StepMode::all, StepMode::any, StepMode::in_turn};
constexpr std::array<ResolverKind, 6> kResolvers{ResolverKind::recipient_hospital_admin,
                                                 ResolverKind::home_unit_admin,
                                                 ResolverKind::recipient_county_admin, ResolverKind::account,
                                                 ResolverKind::recipient_city_admin,
                                                 ResolverKind::recipient_province_admin};
constexpr std::array<CcTiming, 3> kCcTimings{CcTiming::on_submit, CcTiming::on_finish, CcTiming::both};

}  // namespace

const std::vector<RequestKind>& every_request_kind() {
  static const std::vector<RequestKind> all(kKinds.begin(), kKinds.end());
  return all;
}

const char* request_kind_key(RequestKind k) noexcept {
  switch (k) {
    case RequestKind::makeup: return "makeup";
    case RequestKind::leave: return "leave";
    case RequestKind::field_punch: return "field_punch";
    case RequestKind::report_review: return "report_review";
  }
  return "?";
}

const char* request_kind_label(RequestKind k) noexcept {
  switch (k) {
    case RequestKind::makeup: return "补卡申请";
    case RequestKind::leave: return "请假申请";
    case RequestKind::field_punch: return "外勤申请";
    case RequestKind::report_review: return "报表审核";
  }
  return "?";
}

RequestKind parse_request_kind(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kKinds, request_kind_key, request_kind_label, "request kind");
}

const std::vector<RequestState>& every_request_state() {
  static const std::vector<RequestState> all(kStates.begin(), kStates.end());
  return all;
}

const char* request_state_key(RequestState s) noexcept {
  switch (s) {
    case RequestState::draft: return "draft";
    case RequestState::pending: return "pending";
    case RequestState::approved: return "approved";
    case RequestState::rejected: return "rejected";
    case RequestState::withdrawn: return "withdrawn";
    case RequestState::revoked: return "revoked";
  }
  return "?";
}

const char* request_state_label(RequestState s) noexcept {
  switch (s) {
    case RequestState::draft: return "草稿";
    case RequestState::pending: return "审批中";
    case RequestState::approved: return "已通过";
    case RequestState::rejected: return "已拒绝";
    case RequestState::withdrawn: return "已撤回";
    case RequestState::revoked: return "已撤销";
  }
  return "?";
}

RequestState parse_request_state(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kStates, request_state_key, request_state_label, "request state");
}

bool request_state_live(RequestState s) noexcept {
  return s == RequestState::pending || s == RequestState::approved;
}

const std::vector<RequestAction>& every_request_action() {
  static const std::vector<RequestAction> all(kActions.begin(), kActions.end());
  return all;
}

const char* request_action_key(RequestAction a) noexcept {
  switch (a) {
    case RequestAction::submit: return "submit";
    case RequestAction::approve: return "approve";
    case RequestAction::reject: return "reject";
    case RequestAction::withdraw: return "withdraw";
    case RequestAction::revoke: return "revoke";
  }
  return "?";
}

const char* request_action_label(RequestAction a) noexcept {
  switch (a) {
    case RequestAction::submit: return "提交";
    case RequestAction::approve: return "同意";
    case RequestAction::reject: return "拒绝";
    case RequestAction::withdraw: return "撤回";
    case RequestAction::revoke: return "撤销";
  }
  return "?";
}

RequestAction parse_request_action(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kActions, request_action_key, request_action_label, "request action");
}

const char* step_mode_key(StepMode m) noexcept {
  switch (m) {
    case StepMode::single: return "single";
    case StepMode::all: return "all";
    case StepMode::any: return "any";
    case StepMode::in_turn: return "in_turn";
  }
  return "?";
}

const char* step_mode_label(StepMode m) noexcept {
  switch (m) {
    case StepMode::single: return "单人";
    case StepMode::all: return "会签";
    case StepMode::any: return "或签";
    case StepMode::in_turn: return "依次";
  }
  return "?";
}

StepMode parse_step_mode(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kModes, step_mode_key, step_mode_label, "step mode");
}

const char* resolver_kind_key(ResolverKind k) noexcept {
  switch (k) {
    case ResolverKind::recipient_hospital_admin: return "recipient_hospital_admin";
    case ResolverKind::home_unit_admin: return "home_unit_admin";
    case ResolverKind::recipient_county_admin: return "recipient_county_admin";
    case ResolverKind::account: return "account";
    case ResolverKind::recipient_city_admin: return "recipient_city_admin";
    case ResolverKind::recipient_province_admin: return "recipient_province_admin";
  }
  return "?";
}

const char* resolver_kind_label(ResolverKind k) noexcept {
  switch (k) {
    case ResolverKind::recipient_hospital_admin: return "受援医院负责人";
    case ResolverKind::home_unit_admin: return "派出单位负责人";
    case ResolverKind::recipient_county_admin: return "受援县管理员";
    case ResolverKind::account: return "指定账号";
    case ResolverKind::recipient_city_admin: return "受援地市管理员";
    case ResolverKind::recipient_province_admin: return "受援省份管理员";
  }
  return "?";
}

ResolverKind parse_resolver_kind(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kResolvers, resolver_kind_key, resolver_kind_label, "approver resolver");
}

// The words of the DingTalk form.
const char* cc_timing_label(CcTiming t) noexcept {
  switch (t) {
    case CcTiming::on_submit: return "提交时";
    case CcTiming::on_finish: return "通过后";
    case CcTiming::both: return "都抄送";
  }
  return "?";
}

const char* cc_timing_key(CcTiming t) noexcept {
  switch (t) {
    case CcTiming::on_submit: return "on_submit";
    case CcTiming::on_finish: return "on_finish";
    case CcTiming::both: return "both";
  }
  return "?";
}

CcTiming parse_cc_timing(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kCcTimings, cc_timing_key, cc_timing_label, "cc timing");
}

}  // namespace bangfu
