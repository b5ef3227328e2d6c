// A request's progress through its resolved steps: who may act now, and what each action does.
// Pure values in, a new value out; the Engine stores the result and sends the notifications.
#include <algorithm>
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/workflow.hpp"
#include "core/utf8.hpp"

namespace bangfu {
namespace {

bool contains(const std::vector<AccountId>& v, AccountId a) { return std::find(v.begin(), v.end(), a) != v.end(); }

std::string account_list(const std::vector<AccountId>& v) {
  std::string out;
  for (AccountId a : v) {
    if (!out.empty()) out += ", ";
    out += std::to_string(a);
  }
  return out;
}


[[noreturn]] void deny(AccountId by, RequestAction action, const std::string& why) {
  std::string msg = "account " + std::to_string(by) + " may not " + request_action_key(action) + " (" +
                    request_action_label(action) + ") this request: " + why;
  throw Error(ErrorCode::permission_denied, msg, "by", std::to_string(by));
}

bool step_complete(const StepProgress& s) {
  if (s.mode == StepMode::single || s.mode == StepMode::any) return !s.approved.empty();
  return std::all_of(s.approvers.begin(), s.approvers.end(), [&](AccountId a) { return contains(s.approved, a); });
}

// Enters steps from `current` on, passing each whose approvers need not act: the applicant
// (when applicant_auto_pass) and whoever agreed in an earlier step (DingTalk's "the same
// approver approves once") count as agreeing. Stops at the first step that needs a person;
// after the last step the request is approved.
void advance(RequestProgress& p, bool applicant_auto_pass) {
  while (p.current < static_cast<int>(p.steps.size())) {
    auto& step = p.steps[static_cast<std::size_t>(p.current)];
    std::vector<AccountId> agreed_before;
    for (int i = 0; i < p.current; ++i)
      for (AccountId a : p.steps[static_cast<std::size_t>(i)].approved) agreed_before.push_back(a);
    for (AccountId a : step.approvers)
      if (((applicant_auto_pass && a == p.applicant) || contains(agreed_before, a)) && !contains(step.approved, a))
        step.approved.push_back(a);
    if (!step_complete(step)) return;
    step.auto_passed = true;  // complete on entry: nobody acted in this step
    step.done = true;
    ++p.current;
  }
  p.state = RequestState::approved;
}

// Records `by`'s agreement in the current step and moves on when the step is complete.
void approve(RequestProgress& p, AccountId by, bool applicant_auto_pass) {
  auto& step = p.steps[static_cast<std::size_t>(p.current)];
  step.approved.push_back(by);
  if (!step_complete(step)) return;
  step.done = true;
  ++p.current;
  advance(p, applicant_auto_pass);
}

// Revoking undoes a decision, so only someone who made one may: an approver who agreed. Every
// other account in an `approved` list is the applicant or acted in an earlier step, and the
// applicant is refused before this (their own agreement is no approver's decision).
bool agreed_somewhere(const RequestProgress& p, AccountId by) {
  return std::any_of(p.steps.begin(), p.steps.end(), [&](const StepProgress& s) { return contains(s.approved, by); });
}

void check_actor(const RequestProgress& p, RequestAction action, AccountId by) {
  switch (action) {
    case RequestAction::submit:
    case RequestAction::withdraw:
      if (by != p.applicant) deny(by, action, "only the applicant (" + std::to_string(p.applicant) + ") may");
      return;
    case RequestAction::approve:
    case RequestAction::reject: {
      const auto now = awaiting(p);
      if (!contains(now, by))
        deny(by, action, now.empty() ? "no approver is awaited" : "it awaits " + account_list(now));
      return;
    }
    case RequestAction::revoke:
      if (by == p.applicant) deny(by, action, "the applicant cannot revoke an approval; an approver who agreed may");
      if (!agreed_somewhere(p, by)) deny(by, action, "only an approver who agreed may revoke");
      return;
  }
}

}  // namespace

RequestProgress new_progress(AccountId applicant, std::vector<StepProgress> steps) {
  RequestProgress p;
  p.applicant = applicant;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    auto& step = steps[i];
    std::vector<AccountId> unique;
    for (AccountId a : step.approvers)
      if (!contains(unique, a)) unique.push_back(a);
    if (unique.empty())
      throw Error(ErrorCode::invalid_state,
                  "step " + step.name +
                      " has no approver: nobody fills its role for this request; give the unit an admin "
                      "or change the workflow",
                  "steps[" + std::to_string(i) + "].approvers", step.name);
    step.approvers = std::move(unique);
    // A new request starts clean whatever the caller passed in.
    step.approved.clear();
    step.auto_passed = false;
    step.done = false;
  }
  p.steps = std::move(steps);
  return p;
}

std::vector<AccountId> awaiting(const RequestProgress& p) {
  if (p.state != RequestState::pending || p.current < 0 || p.current >= static_cast<int>(p.steps.size())) return {};
  const auto& step = p.steps[static_cast<std::size_t>(p.current)];
  std::vector<AccountId> out;
  for (AccountId a : step.approvers) {
    if (contains(step.approved, a)) continue;
    out.push_back(a);
    if (step.mode == StepMode::in_turn) break;  // only the next in line
  }
  return out;
}

RequestProgress apply_action(const RequestProgress& p, RequestAction action, AccountId by, std::string_view reason,
                             bool applicant_auto_pass) {
  const auto outcomes = transition(p.state, action);
  if (outcomes.empty()) {
    std::string msg = std::string("cannot ") + request_action_key(action) + " (" + request_action_label(action) +
                      ") a request that is " + request_state_key(p.state) + " (" + request_state_label(p.state) + ")";
    throw Error(ErrorCode::invalid_state, msg, "state", request_state_key(p.state));
  }
  check_actor(p, action, by);
  const auto why = internal::trim_space(reason);
  if ((action == RequestAction::reject || action == RequestAction::revoke) && why.empty())
    throw_invalid("reason", reason,
                  std::string("a reason is required to ") + request_action_key(action) + " (" +
                      request_action_label(action) + ")");

  RequestProgress next = p;
  switch (action) {
    case RequestAction::submit:
      next.state = RequestState::pending;
      next.current = 0;
      advance(next, applicant_auto_pass);
      break;
    case RequestAction::approve:
      approve(next, by, applicant_auto_pass);
      break;
    case RequestAction::reject:
    case RequestAction::withdraw:
    case RequestAction::revoke:
      // These end the request in the one state the table lists.
      next.state = outcomes.front();
      next.decided_by = by;
      if (action != RequestAction::withdraw) next.reason = why;
      break;
  }
  return next;
}

}  // namespace bangfu
