// Approval workflows: the fixed state machine walked exhaustively against a table written out
// here, who may act, reasons, each step mode, chains, auto-passes and de-duplication, the
// shipped flows, validation and the labels.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "bangfu/error.hpp"
#include "bangfu/workflow.hpp"
#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::catch_error;

namespace {

using S = RequestState;
using A = RequestAction;

constexpr AccountId kApplicant = 10;
constexpr AccountId kStranger = 99;

StepProgress step(std::string name, StepMode mode, std::vector<AccountId> approvers) {
  StepProgress s;
  s.name = std::move(name);
  s.mode = mode;
  s.approvers = std::move(approvers);
  return s;
}

RequestProgress submitted(std::vector<StepProgress> steps, bool auto_pass = true) {
  return apply_action(new_progress(kApplicant, std::move(steps)), A::submit, kApplicant, {}, auto_pass);
}

bool same_step(const StepProgress& a, const StepProgress& b) {
  return a.name == b.name && a.mode == b.mode && a.approvers == b.approvers && a.approved == b.approved &&
         a.auto_passed == b.auto_passed && a.done == b.done;
}

bool same(const RequestProgress& a, const RequestProgress& b) {
  return a.state == b.state && a.applicant == b.applicant && a.current == b.current &&
         a.decided_by == b.decided_by && a.reason == b.reason && a.steps.size() == b.steps.size() &&
         std::equal(a.steps.begin(), a.steps.end(), b.steps.begin(), same_step);
}

// The expected life of a request, written out by hand: every (state, action) pair once.
struct Row {
  S from;
  A action;
  std::set<S> to;  // empty: the action does not apply
};
const std::vector<Row>& expected_table() {
  static const std::vector<Row> rows = {
      {S::draft, A::submit, {S::pending, S::approved}},
      {S::draft, A::approve, {}},
      {S::draft, A::reject, {}},
      {S::draft, A::withdraw, {S::withdrawn}},
      {S::draft, A::revoke, {}},
      {S::pending, A::submit, {}},
      {S::pending, A::approve, {S::pending, S::approved}},
      {S::pending, A::reject, {S::rejected}},
      {S::pending, A::withdraw, {S::withdrawn}},
      {S::pending, A::revoke, {}},
      {S::approved, A::submit, {}},
      {S::approved, A::approve, {}},
      {S::approved, A::reject, {}},
      {S::approved, A::withdraw, {}},
      {S::approved, A::revoke, {S::revoked}},
      {S::rejected, A::submit, {}},
      {S::rejected, A::approve, {}},
      {S::rejected, A::reject, {}},
      {S::rejected, A::withdraw, {}},
      {S::rejected, A::revoke, {}},
      {S::withdrawn, A::submit, {}},
      {S::withdrawn, A::approve, {}},
      {S::withdrawn, A::reject, {}},
      {S::withdrawn, A::withdraw, {}},
      {S::withdrawn, A::revoke, {}},
      {S::revoked, A::submit, {}},
      {S::revoked, A::approve, {}},
      {S::revoked, A::reject, {}},
      {S::revoked, A::withdraw, {}},
      {S::revoked, A::revoke, {}},
  };
  return rows;
}

// Concrete progresses in a state, from chains of one step, two steps, and a step the applicant
// approves (which passes on submit), so that both outcomes of submit and approve are reached.
std::vector<RequestProgress> progresses_in(S state) {
  const std::vector<StepProgress> one{step("受援医院审批", StepMode::single, {21})};
  const std::vector<StepProgress> two{step("受援医院审批", StepMode::single, {21}),
                                      step("派出单位审批", StepMode::single, {22})};
  const std::vector<StepProgress> self{step("受援医院审批", StepMode::single, {kApplicant})};
  auto approve_all = [](RequestProgress p) {
    while (p.state == S::pending) p = apply_action(p, A::approve, awaiting(p).front());
    return p;
  };
  switch (state) {
    case S::draft:
      return {new_progress(kApplicant, one), new_progress(kApplicant, two), new_progress(kApplicant, self)};
    case S::pending:
      return {submitted(one), submitted(two)};
    case S::approved:
      return {approve_all(submitted(one)), approve_all(submitted(two))};
    case S::rejected:
      return {apply_action(submitted(one), A::reject, 21, "材料不全"),
              apply_action(apply_action(submitted(two), A::approve, 21), A::reject, 22, "不同意")};
    case S::withdrawn:
      return {apply_action(new_progress(kApplicant, one), A::withdraw, kApplicant),
              apply_action(submitted(two), A::withdraw, kApplicant)};
    case S::revoked:
      return {apply_action(approve_all(submitted(one)), A::revoke, 21, "打卡记录有误"),
              apply_action(approve_all(submitted(two)), A::revoke, 22, "打卡记录有误")};
  }
  return {};
}

// The one who may take `action` on `p`, when anyone may; else an approver of the chain.
AccountId actor_for(const RequestProgress& p, A action) {
  switch (action) {
    case A::submit:
    case A::withdraw:
      return kApplicant;
    case A::approve:
    case A::reject: {
      auto now = awaiting(p);
      return now.empty() ? 21 : now.front();
    }
    case A::revoke:
      for (const auto& s : p.steps)
        for (AccountId a : s.approved)
          if (a != kApplicant) return a;
      return 21;
  }
  return 21;
}

}  // namespace

// ---- The fixed state machine ----------------------------------------------------------------

TEST(WorkflowStates, EveryListHoldsEachValueOnce) {
  EXPECT_EQ(every_request_state(),
            (std::vector<S>{S::draft, S::pending, S::approved, S::rejected, S::withdrawn, S::revoked}));
  EXPECT_EQ(every_request_action(), (std::vector<A>{A::submit, A::approve, A::reject, A::withdraw, A::revoke}));
  EXPECT_EQ(every_request_kind(),
            (std::vector<RequestKind>{RequestKind::makeup, RequestKind::leave, RequestKind::field_punch,
                                      RequestKind::report_review}));
}

TEST(WorkflowStates, ExpectedTableCoversEveryPairOnce) {
  std::set<std::pair<S, A>> seen;
  for (const auto& row : expected_table()) EXPECT_TRUE(seen.insert({row.from, row.action}).second);
  EXPECT_EQ(seen.size(), every_request_state().size() * every_request_action().size());
  for (S s : every_request_state())
    for (A a : every_request_action()) EXPECT_TRUE(seen.count({s, a})) << request_state_key(s) << request_action_key(a);
}

TEST(WorkflowStates, TransitionMatchesTheExpectedTable) {
  for (const auto& row : expected_table()) {
    auto got = transition(row.from, row.action);
    std::set<S> got_set(got.begin(), got.end());
    EXPECT_EQ(got_set.size(), got.size()) << "duplicate outcome";
    EXPECT_EQ(got_set, row.to) << request_state_key(row.from) << " × " << request_action_key(row.action);
  }
}

TEST(WorkflowStates, ApplyActionMatchesTheExpectedTableOnConcreteRequests) {
  for (const auto& row : expected_table()) {
    const auto name = std::string(request_state_key(row.from)) + " × " + request_action_key(row.action);
    std::set<S> reached;
    for (const auto& p : progresses_in(row.from)) {
      ASSERT_EQ(p.state, row.from) << name;
      const AccountId by = actor_for(p, row.action);
      if (row.to.empty()) {
        auto err = catch_error([&] { apply_action(p, row.action, by, "理由"); });
        EXPECT_EQ(err.code(), ErrorCode::invalid_state) << name;
        const std::string msg = err.what();
        EXPECT_NE(msg.find(request_action_key(row.action)), std::string::npos) << msg;
        EXPECT_NE(msg.find(request_action_label(row.action)), std::string::npos) << msg;
        EXPECT_NE(msg.find(request_state_key(row.from)), std::string::npos) << msg;
        EXPECT_NE(msg.find(request_state_label(row.from)), std::string::npos) << msg;
      } else {
        auto next = apply_action(p, row.action, by, "理由");
        EXPECT_TRUE(row.to.count(next.state)) << name << " → " << request_state_key(next.state);
        reached.insert(next.state);
      }
    }
    // Both outcomes of submit and approve happen on these requests, not only one.
    EXPECT_EQ(reached, row.to) << name;
  }
}

TEST(WorkflowStates, PendingAndApprovedAreLive) {
  const std::set<S> live{S::pending, S::approved};
  for (S s : every_request_state()) EXPECT_EQ(request_state_live(s), live.count(s) == 1) << request_state_key(s);
}

// ---- Who may act ------------------------------------------------------------------------------

TEST(WorkflowActors, OnlyTheApplicantSubmitsAndWithdraws) {
  auto draft = new_progress(kApplicant, {step("受援医院审批", StepMode::single, {21})});
  auto err = catch_error([&] { apply_action(draft, A::submit, 21); });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);
  EXPECT_EQ(err.field(), "by");
  EXPECT_EQ(err.value(), "21");
  EXPECT_EQ(catch_error([&] { apply_action(draft, A::withdraw, 21); }).code(), ErrorCode::permission_denied);

  auto pending = apply_action(draft, A::submit, kApplicant);
  EXPECT_EQ(pending.state, S::pending);
  // Not even the approver withdraws: that is rejecting.
  EXPECT_EQ(catch_error([&] { apply_action(pending, A::withdraw, 21); }).code(), ErrorCode::permission_denied);
  auto withdrawn = apply_action(pending, A::withdraw, kApplicant);
  EXPECT_EQ(withdrawn.state, S::withdrawn);
  EXPECT_EQ(withdrawn.decided_by, kApplicant);
  EXPECT_EQ(apply_action(draft, A::withdraw, kApplicant).state, S::withdrawn);
}

TEST(WorkflowActors, OnlyAwaitedApproversApproveOrReject) {
  auto p = submitted({step("受援医院审批", StepMode::single, {21}), step("派出单位审批", StepMode::single, {22})});
  for (AccountId by : {kApplicant, AccountId{22}, kStranger}) {
    for (A a : {A::approve, A::reject}) {
      auto err = catch_error([&] { apply_action(p, a, by, "理由"); });
      EXPECT_EQ(err.code(), ErrorCode::permission_denied) << by;
      EXPECT_NE(std::string(err.what()).find(std::to_string(by)), std::string::npos) << err.what();
      EXPECT_NE(std::string(err.what()).find("21"), std::string::npos) << "names who is awaited: " << err.what();
    }
  }
  p = apply_action(p, A::approve, 21);
  EXPECT_EQ(catch_error([&] { apply_action(p, A::approve, 21); }).code(), ErrorCode::permission_denied);
  EXPECT_EQ(apply_action(p, A::approve, 22).state, S::approved);
}

TEST(WorkflowActors, AnApproverWhoAgreedRevokesTheApplicantAndOthersDoNot) {
  auto p = submitted({step("受援医院审批", StepMode::single, {21}), step("派出单位审批", StepMode::single, {22})});
  p = apply_action(apply_action(p, A::approve, 21), A::approve, 22);
  ASSERT_EQ(p.state, S::approved);
  auto err = catch_error([&] { apply_action(p, A::revoke, kApplicant, "不想请了"); });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);
  EXPECT_EQ(err.value(), std::to_string(kApplicant));
  EXPECT_EQ(catch_error([&] { apply_action(p, A::revoke, kStranger, "理由"); }).code(),
            ErrorCode::permission_denied);
  for (AccountId by : {AccountId{21}, AccountId{22}}) {
    auto revoked = apply_action(p, A::revoke, by, "考勤记录有误");
    EXPECT_EQ(revoked.state, S::revoked);
    EXPECT_EQ(revoked.decided_by, by);
    EXPECT_EQ(revoked.reason, "考勤记录有误");
  }
}

TEST(WorkflowActors, TheApplicantWhoApprovedTheirOwnStepStillCannotRevoke) {
  // With auto-pass off the applicant acts as an approver; that is no one else's decision.
  auto p = submitted({step("受援医院审批", StepMode::single, {kApplicant})}, false);
  ASSERT_EQ(awaiting(p), std::vector<AccountId>{kApplicant});
  p = apply_action(p, A::approve, kApplicant, {}, false);
  ASSERT_EQ(p.state, S::approved);
  EXPECT_EQ(catch_error([&] { apply_action(p, A::revoke, kApplicant, "理由"); }).code(),
            ErrorCode::permission_denied);
}

TEST(WorkflowActors, AnAutoPassedRequestHasNobodyToRevokeIt) {
  auto p = submitted({step("受援医院审批", StepMode::single, {kApplicant})});
  ASSERT_EQ(p.state, S::approved);
  for (AccountId by : {kApplicant, AccountId{21}})
    EXPECT_EQ(catch_error([&] { apply_action(p, A::revoke, by, "理由"); }).code(), ErrorCode::permission_denied);
}

// ---- Reasons --------------------------------------------------------------------------------

TEST(WorkflowReasons, RejectAndRevokeNeedAReason) {
  auto pending = submitted({step("受援医院审批", StepMode::single, {21})});
  auto approved = apply_action(pending, A::approve, 21);
  for (const char* blank : {"", "   ", "\t\n", "\xE3\x80\x80 \xE3\x80\x80"}) {
    auto err = catch_error([&] { apply_action(pending, A::reject, 21, blank); });
    EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
    EXPECT_EQ(err.field(), "reason");
    err = catch_error([&] { apply_action(approved, A::revoke, 21, blank); });
    EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
    EXPECT_EQ(err.field(), "reason");
  }
  auto rejected = apply_action(pending, A::reject, 21, "  补卡时间与排班不符\xE3\x80\x80");
  EXPECT_EQ(rejected.state, S::rejected);
  EXPECT_EQ(rejected.decided_by, 21);
  EXPECT_EQ(rejected.reason, "补卡时间与排班不符");
}

TEST(WorkflowReasons, ApproveSubmitAndWithdrawNeedNone) {
  auto draft = new_progress(kApplicant, {step("受援医院审批", StepMode::single, {21})});
  auto pending = apply_action(draft, A::submit, kApplicant);
  EXPECT_EQ(apply_action(pending, A::approve, 21).state, S::approved);
  EXPECT_EQ(apply_action(pending, A::withdraw, kApplicant).state, S::withdrawn);
}

TEST(WorkflowReasons, TheStateIsCheckedBeforeTheActorAndTheReason) {
  auto approved = apply_action(submitted({step("受援医院审批", StepMode::single, {21})}), A::approve, 21);
  // A stranger rejecting with no reason: the state is what is wrong first.
  EXPECT_EQ(catch_error([&] { apply_action(approved, A::reject, kStranger, ""); }).code(), ErrorCode::invalid_state);
  // Then who: a stranger revoking without a reason is refused as a stranger.
  EXPECT_EQ(catch_error([&] { apply_action(approved, A::revoke, kStranger, ""); }).code(),
            ErrorCode::permission_denied);
}

// ---- Step modes -------------------------------------------------------------------------------

TEST(WorkflowModes, SingleWithSeveralApproversAnyOneActs) {
  auto p = submitted({step("受援医院审批", StepMode::single, {21, 22, 23})});
  EXPECT_EQ(awaiting(p), (std::vector<AccountId>{21, 22, 23}));
  auto next = apply_action(p, A::approve, 22);
  EXPECT_EQ(next.state, S::approved);
  EXPECT_EQ(next.steps[0].approved, std::vector<AccountId>{22});
  EXPECT_TRUE(next.steps[0].done);
  EXPECT_FALSE(next.steps[0].auto_passed);
  EXPECT_EQ(next.current, 1);
  EXPECT_TRUE(awaiting(next).empty());
  EXPECT_EQ(apply_action(p, A::reject, 23, "不符").state, S::rejected);
}

TEST(WorkflowModes, AllMustAgreeInAnyOrder) {
  auto p = submitted({step("会签", StepMode::all, {21, 22, 23})});
  p = apply_action(p, A::approve, 23);
  EXPECT_EQ(p.state, S::pending);
  EXPECT_EQ(awaiting(p), (std::vector<AccountId>{21, 22}));
  EXPECT_EQ(catch_error([&] { apply_action(p, A::approve, 23); }).code(), ErrorCode::permission_denied);
  p = apply_action(p, A::approve, 21);
  EXPECT_EQ(p.state, S::pending);
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{22});
  auto done = apply_action(p, A::approve, 22);
  EXPECT_EQ(done.state, S::approved);
  EXPECT_EQ(done.steps[0].approved, (std::vector<AccountId>{23, 21, 22}));
  // One refusal ends it.
  EXPECT_EQ(apply_action(p, A::reject, 22, "不同意").state, S::rejected);
}

TEST(WorkflowModes, AnyFirstAgreementDecides) {
  auto p = submitted({step("或签", StepMode::any, {21, 22})});
  EXPECT_EQ(awaiting(p), (std::vector<AccountId>{21, 22}));
  auto next = apply_action(p, A::approve, 22);
  EXPECT_EQ(next.state, S::approved);
  EXPECT_EQ(next.steps[0].approved, std::vector<AccountId>{22});
}

TEST(WorkflowModes, InTurnFollowsTheListedOrder) {
  auto p = submitted({step("依次", StepMode::in_turn, {21, 22, 23})});
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{21});
  EXPECT_EQ(catch_error([&] { apply_action(p, A::approve, 22); }).code(), ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { apply_action(p, A::reject, 23, "理由"); }).code(), ErrorCode::permission_denied);
  p = apply_action(p, A::approve, 21);
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{22});
  p = apply_action(p, A::approve, 22);
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{23});
  EXPECT_EQ(p.state, S::pending);
  p = apply_action(p, A::approve, 23);
  EXPECT_EQ(p.state, S::approved);
  EXPECT_EQ(p.steps[0].approved, (std::vector<AccountId>{21, 22, 23}));
}

TEST(WorkflowModes, AMultiStepChainMovesStepByStep) {
  auto p = submitted({step("受援医院审批", StepMode::single, {21}), step("会签", StepMode::all, {31, 32}),
                      step("派出单位审批", StepMode::in_turn, {41, 42})});
  EXPECT_EQ(p.current, 0);
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{21});
  p = apply_action(p, A::approve, 21);
  EXPECT_EQ(p.current, 1);
  EXPECT_TRUE(p.steps[0].done);
  EXPECT_FALSE(p.steps[1].done);
  EXPECT_EQ(awaiting(p), (std::vector<AccountId>{31, 32}));
  p = apply_action(p, A::approve, 32);
  p = apply_action(p, A::approve, 31);
  EXPECT_EQ(p.current, 2);
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{41});
  auto rejected = apply_action(p, A::reject, 41, "超出假期额度");
  EXPECT_EQ(rejected.state, S::rejected);
  EXPECT_EQ(rejected.current, 2);
  EXPECT_TRUE(awaiting(rejected).empty());
  p = apply_action(apply_action(p, A::approve, 41), A::approve, 42);
  EXPECT_EQ(p.state, S::approved);
  EXPECT_EQ(p.current, 3);
  for (const auto& s : p.steps) {
    EXPECT_TRUE(s.done);
    EXPECT_FALSE(s.auto_passed);
  }
}

// ---- Auto-pass and de-duplication ------------------------------------------------------------

TEST(WorkflowAutoPass, AStepOfTheApplicantPassesWhenOn) {
  auto p = submitted({step("受援医院审批", StepMode::single, {kApplicant}), step("派出单位审批", StepMode::single, {22})});
  EXPECT_EQ(p.state, S::pending);
  EXPECT_EQ(p.current, 1);
  EXPECT_TRUE(p.steps[0].auto_passed);
  EXPECT_TRUE(p.steps[0].done);
  EXPECT_EQ(p.steps[0].approved, std::vector<AccountId>{kApplicant});
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{22});
}

TEST(WorkflowAutoPass, TheApplicantActsWhenOff) {
  auto p = submitted({step("受援医院审批", StepMode::single, {kApplicant}), step("派出单位审批", StepMode::single, {22})},
                     false);
  EXPECT_EQ(p.current, 0);
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{kApplicant});
  p = apply_action(p, A::approve, kApplicant, {}, false);
  EXPECT_FALSE(p.steps[0].auto_passed);
  EXPECT_TRUE(p.steps[0].done);
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{22});
}

TEST(WorkflowAutoPass, TheApplicantAmongOthersCountsAsAgreeing) {
  // 会签 / 依次: the applicant's part is done, the others still act.
  auto all = submitted({step("会签", StepMode::all, {kApplicant, 21})});
  EXPECT_EQ(all.state, S::pending);
  EXPECT_EQ(all.steps[0].approved, std::vector<AccountId>{kApplicant});
  EXPECT_EQ(awaiting(all), std::vector<AccountId>{21});
  auto done = apply_action(all, A::approve, 21);
  EXPECT_EQ(done.state, S::approved);
  EXPECT_FALSE(done.steps[0].auto_passed);

  auto in_turn = submitted({step("依次", StepMode::in_turn, {21, kApplicant, 22})});
  EXPECT_EQ(awaiting(in_turn), std::vector<AccountId>{21});
  in_turn = apply_action(in_turn, A::approve, 21);
  EXPECT_EQ(awaiting(in_turn), std::vector<AccountId>{22});
  EXPECT_EQ(apply_action(in_turn, A::approve, 22).state, S::approved);

  // 单人 / 或签: the applicant alone is enough.
  for (StepMode m : {StepMode::single, StepMode::any}) {
    auto p = submitted({step("受援医院审批", m, {21, kApplicant}), step("派出单位审批", StepMode::single, {22})});
    EXPECT_EQ(p.current, 1) << step_mode_key(m);
    EXPECT_TRUE(p.steps[0].auto_passed);
  }

  // Off: the applicant is one more approver to wait for.
  auto off = submitted({step("会签", StepMode::all, {kApplicant, 21})}, false);
  EXPECT_EQ(awaiting(off), (std::vector<AccountId>{kApplicant, 21}));
}

TEST(WorkflowAutoPass, WhoAgreedInAnEarlierStepIsNotAskedAgain) {
  auto p = submitted({step("受援医院审批", StepMode::single, {21}), step("受援县审批", StepMode::single, {21}),
                      step("派出单位审批", StepMode::single, {22})});
  p = apply_action(p, A::approve, 21);
  EXPECT_EQ(p.current, 2);
  EXPECT_TRUE(p.steps[1].auto_passed);
  EXPECT_EQ(p.steps[1].approved, std::vector<AccountId>{21});
  EXPECT_EQ(awaiting(p), std::vector<AccountId>{22});

  // Only some of a 会签 agreed before: the rest still act.
  auto partial = submitted({step("受援医院审批", StepMode::single, {21}), step("会签", StepMode::all, {21, 22})});
  partial = apply_action(partial, A::approve, 21);
  EXPECT_EQ(partial.current, 1);
  EXPECT_FALSE(partial.steps[1].auto_passed);
  EXPECT_EQ(partial.steps[1].approved, std::vector<AccountId>{21});
  EXPECT_EQ(awaiting(partial), std::vector<AccountId>{22});

  // Auto-pass off still de-duplicates: the applicant who approved step 1 is not asked again.
  auto off = submitted({step("受援医院审批", StepMode::single, {kApplicant}), step("会签", StepMode::all, {kApplicant, 21})},
                       false);
  off = apply_action(off, A::approve, kApplicant, {}, false);
  EXPECT_EQ(awaiting(off), std::vector<AccountId>{21});
}

TEST(WorkflowAutoPass, EveryStepPassingOnSubmitApprovesAtOnce) {
  auto p = submitted({step("受援医院审批", StepMode::single, {kApplicant}), step("或签", StepMode::any, {21, kApplicant}),
                      step("会签", StepMode::all, {kApplicant})});
  EXPECT_EQ(p.state, S::approved);
  EXPECT_EQ(p.current, 3);
  for (const auto& s : p.steps) {
    EXPECT_TRUE(s.auto_passed);
    EXPECT_TRUE(s.done);
  }
  EXPECT_TRUE(awaiting(p).empty());
}

// ---- Progress values ----------------------------------------------------------------------------

TEST(WorkflowProgress, NewProgressDeduplicatesAndStartsClean) {
  auto s = step("受援医院审批", StepMode::all, {22, 21, 22, 23, 21});
  s.approved = {22};
  s.done = true;
  s.auto_passed = true;
  auto p = new_progress(kApplicant, {s});
  EXPECT_EQ(p.state, S::draft);
  EXPECT_EQ(p.applicant, kApplicant);
  EXPECT_EQ(p.current, 0);
  EXPECT_EQ(p.decided_by, 0);
  ASSERT_EQ(p.steps.size(), 1u);
  EXPECT_EQ(p.steps[0].approvers, (std::vector<AccountId>{22, 21, 23}));
  EXPECT_TRUE(p.steps[0].approved.empty());
  EXPECT_FALSE(p.steps[0].done);
  EXPECT_FALSE(p.steps[0].auto_passed);
  EXPECT_TRUE(awaiting(p).empty());
}

TEST(WorkflowProgress, AStepWithoutApproverIsNamed) {
  auto err = catch_error([&] {
    new_progress(kApplicant, {step("受援医院审批", StepMode::single, {21}), step("派出单位审批", StepMode::single, {})});
  });
  EXPECT_EQ(err.code(), ErrorCode::invalid_state);
  EXPECT_NE(std::string(err.what()).find("step 派出单位审批 has no approver"), std::string::npos) << err.what();
  EXPECT_EQ(err.field(), "steps[1].approvers");
}

TEST(WorkflowProgress, ApplyActionLeavesItsInputUnchanged) {
  auto draft = new_progress(kApplicant, {step("受援医院审批", StepMode::all, {21, 22})});
  const auto draft_copy = draft;
  auto pending = apply_action(draft, A::submit, kApplicant);
  EXPECT_TRUE(same(draft, draft_copy));
  const auto pending_copy = pending;
  auto half = apply_action(pending, A::approve, 21);
  EXPECT_TRUE(same(pending, pending_copy));
  EXPECT_FALSE(same(half, pending));
  const auto half_copy = half;
  apply_action(half, A::reject, 22, "理由");
  apply_action(half, A::withdraw, kApplicant);
  auto approved = apply_action(half, A::approve, 22);
  EXPECT_TRUE(same(half, half_copy));
  const auto approved_copy = approved;
  apply_action(approved, A::revoke, 21, "理由");
  EXPECT_TRUE(same(approved, approved_copy));
  // A refused action leaves it unchanged too.
  catch_error([&] { apply_action(approved, A::approve, 21); });
  EXPECT_TRUE(same(approved, approved_copy));
}

// ---- Definitions ------------------------------------------------------------------------------

TEST(WorkflowDefinition, ReportReviewGoesToTheProvince) {
  auto w = default_workflow(RequestKind::report_review);
  EXPECT_EQ(w.name, "报表审核");
  ASSERT_EQ(w.steps.size(), 1u);
  EXPECT_EQ(w.steps[0].name, "受援省份审核");
  ASSERT_EQ(w.steps[0].approvers.size(), 1u);
  EXPECT_EQ(w.steps[0].approvers[0].kind, ResolverKind::recipient_province_admin);
  EXPECT_TRUE(w.cc.empty());
  EXPECT_NO_THROW(w.validate());
}

TEST(WorkflowDefinition, ShippedFlows) {
  const std::vector<std::pair<RequestKind, const char*>> names{
      {RequestKind::makeup, "补卡审批"}, {RequestKind::leave, "请假审批"}, {RequestKind::field_punch, "外勤审批"}};
  // Every flow: the recipient hospital decides, the home unit is copied when it ends.
  for (const auto& [kind, name] : names) {
    auto w = default_workflow(kind);
    EXPECT_EQ(w.kind, kind);
    EXPECT_EQ(w.name, name);
    ASSERT_EQ(w.steps.size(), kind == RequestKind::leave ? 2u : 1u) << name;
    EXPECT_EQ(w.steps[0].name, "受援医院审批");
    EXPECT_EQ(w.steps[0].mode, StepMode::single);
    ASSERT_EQ(w.steps[0].approvers.size(), 1u);
    EXPECT_EQ(w.steps[0].approvers[0].kind, ResolverKind::recipient_hospital_admin);
    EXPECT_EQ(w.steps[0].only_over_workdays, 0);
    ASSERT_EQ(w.cc.size(), 1u);
    EXPECT_EQ(w.cc[0].who.kind, ResolverKind::home_unit_admin);
    EXPECT_EQ(w.cc[0].when, CcTiming::on_finish);
    EXPECT_TRUE(w.applicant_auto_pass);
    EXPECT_NO_THROW(w.validate());
  }
  // Leave over three workdays also goes to the home unit.
  const auto second = default_workflow(RequestKind::leave).steps.at(1);
  EXPECT_EQ(second.name, "派出单位审批");
  EXPECT_EQ(second.mode, StepMode::single);
  ASSERT_EQ(second.approvers.size(), 1u);
  EXPECT_EQ(second.approvers[0].kind, ResolverKind::home_unit_admin);
  EXPECT_EQ(second.only_over_workdays, 3);
}

TEST(WorkflowDefinition, ValidateNamesTheField) {
  auto check = [](const char* what, const std::function<void(Workflow&)>& spoil, const char* field) {
    auto w = default_workflow(RequestKind::leave);
    spoil(w);
    auto err = catch_error([&] { w.validate(); });
    EXPECT_EQ(err.code(), ErrorCode::invalid_argument) << what;
    EXPECT_EQ(err.field(), field) << what << ": " << err.what();
  };
  check("no name", [](Workflow& w) { w.name = " "; }, "name");
  check("no steps", [](Workflow& w) { w.steps.clear(); }, "steps");
  check("step without approvers", [](Workflow& w) { w.steps[1].approvers.clear(); }, "steps[1].approvers");
  check("account resolver without account",
        [](Workflow& w) { w.steps[1].approvers.push_back(Resolver{ResolverKind::account, 0}); },
        "steps[1].approvers[1].account");
  check("negative account", [](Workflow& w) { w.steps[0].approvers[0] = Resolver{ResolverKind::account, -3}; },
        "steps[0].approvers[0].account");
  check("negative threshold", [](Workflow& w) { w.steps[1].only_over_workdays = -1; }, "steps[1].only_over_workdays");
  check("cc account without account",
        [](Workflow& w) { w.cc.push_back(CcRule{Resolver{ResolverKind::account, 0}, CcTiming::both}); },
        "cc[1].who.account");
  check("unnamed step", [](Workflow& w) { w.steps[0].name.clear(); }, "steps[0].name");

  auto fine = default_workflow(RequestKind::makeup);
  fine.steps[0].approvers.push_back(Resolver{ResolverKind::account, 42});
  fine.steps[0].mode = StepMode::any;
  fine.cc.push_back(CcRule{Resolver{ResolverKind::account, 7}, CcTiming::on_submit});
  EXPECT_NO_THROW(fine.validate());
}

// ---- Labels ---------------------------------------------------------------------------------------

TEST(WorkflowLabels, ChineseLabels) {
  EXPECT_STREQ(request_kind_label(RequestKind::makeup), "补卡申请");
  EXPECT_STREQ(request_kind_label(RequestKind::leave), "请假申请");
  EXPECT_STREQ(request_kind_label(RequestKind::field_punch), "外勤申请");
  EXPECT_STREQ(request_state_label(S::draft), "草稿");
  EXPECT_STREQ(request_state_label(S::pending), "审批中");
  EXPECT_STREQ(request_state_label(S::approved), "已通过");
  EXPECT_STREQ(request_state_label(S::rejected), "已拒绝");
  EXPECT_STREQ(request_state_label(S::withdrawn), "已撤回");
  EXPECT_STREQ(request_state_label(S::revoked), "已撤销");
  EXPECT_STREQ(request_action_label(A::submit), "提交");
  EXPECT_STREQ(request_action_label(A::approve), "同意");
  EXPECT_STREQ(request_action_label(A::reject), "拒绝");
  EXPECT_STREQ(request_action_label(A::withdraw), "撤回");
  EXPECT_STREQ(request_action_label(A::revoke), "撤销");
  EXPECT_STREQ(step_mode_label(StepMode::single), "单人");
  EXPECT_STREQ(step_mode_label(StepMode::all), "会签");
  EXPECT_STREQ(step_mode_label(StepMode::any), "或签");
  EXPECT_STREQ(step_mode_label(StepMode::in_turn), "依次");
  EXPECT_STREQ(resolver_kind_label(ResolverKind::recipient_hospital_admin), "受援医院负责人");
  EXPECT_STREQ(resolver_kind_label(ResolverKind::home_unit_admin), "派出单位负责人");
  EXPECT_STREQ(resolver_kind_label(ResolverKind::recipient_county_admin), "受援县管理员");
  EXPECT_STREQ(resolver_kind_label(ResolverKind::account), "指定账号");
  EXPECT_STREQ(cc_timing_key(CcTiming::on_submit), "on_submit");
  EXPECT_STREQ(cc_timing_key(CcTiming::on_finish), "on_finish");
  EXPECT_STREQ(cc_timing_key(CcTiming::both), "both");
}

TEST(WorkflowLabels, KeysAndLabelsParseBack) {
  for (auto k : every_request_kind()) {
    EXPECT_EQ(parse_request_kind(request_kind_key(k)), k);
    EXPECT_EQ(parse_request_kind(request_kind_label(k)), k);
  }
  for (auto s : every_request_state()) {
    EXPECT_EQ(parse_request_state(request_state_key(s)), s);
    EXPECT_EQ(parse_request_state(request_state_label(s)), s);
  }
  for (auto a : every_request_action()) {
    EXPECT_EQ(parse_request_action(request_action_key(a)), a);
    EXPECT_EQ(parse_request_action(request_action_label(a)), a);
  }
  for (auto m : {StepMode::single, StepMode::all, StepMode::any, StepMode::in_turn}) {
    EXPECT_EQ(parse_step_mode(step_mode_key(m)), m);
    EXPECT_EQ(parse_step_mode(step_mode_label(m)), m);
  }
  for (auto r : {ResolverKind::recipient_hospital_admin, ResolverKind::home_unit_admin,
                 ResolverKind::recipient_county_admin, ResolverKind::account, ResolverKind::recipient_city_admin,
                 ResolverKind::recipient_province_admin}) {
    EXPECT_EQ(parse_resolver_kind(resolver_kind_key(r)), r);
    EXPECT_EQ(parse_resolver_kind(resolver_kind_label(r)), r);
  }
  for (auto t : {CcTiming::on_submit, CcTiming::on_finish, CcTiming::both})
    EXPECT_EQ(parse_cc_timing(cc_timing_key(t)), t);
  EXPECT_EQ(parse_cc_timing("提交时"), CcTiming::on_submit);
  EXPECT_EQ(parse_cc_timing("通过后"), CcTiming::on_finish);
  EXPECT_EQ(parse_cc_timing("都抄送"), CcTiming::both);
  EXPECT_STREQ(step_mode_key(StepMode::in_turn), "in_turn");
  EXPECT_STREQ(request_kind_key(RequestKind::field_punch), "field_punch");
}

TEST(WorkflowLabels, ABadValueNamesTheFieldAndTheChoices) {
  struct Case {
    std::function<void()> parse;
    const char* field;
    const char* choice;  // one of the words the message offers
  };
  const std::vector<Case> cases = {
      {[] { parse_request_kind("出差申请"); }, "kind", "请假申请"},
      {[] { parse_request_state("done"); }, "state", "已撤销"},
      {[] { parse_request_action("转交"); }, "action", "withdraw"},
      {[] { parse_step_mode("随机"); }, "mode", "会签"},
      {[] { parse_resolver_kind("科主任"); }, "resolver", "受援县管理员"},
      {[] { parse_cc_timing("never"); }, "when", "on_finish"},
      {[] { parse_step_mode("ALL", "steps[0].mode"); }, "steps[0].mode", "in_turn"},
  };
  for (const auto& c : cases) {
    auto err = catch_error(c.parse);
    EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
    EXPECT_EQ(err.field(), c.field);
    EXPECT_FALSE(err.value().empty());
    EXPECT_NE(std::string(err.what()).find(err.value()), std::string::npos) << err.what();
    EXPECT_NE(std::string(err.what()).find(c.choice), std::string::npos) << err.what();
  }
}
