// Engine commands: approval requests — 补卡, 请假, 外勤 — through the one workflow engine.
#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>

#include "core/utf8.hpp"
#include "engine/attendance_eval.hpp"
#include "engine/requests_impl.hpp"
#include "json/attendance_json.hpp"
#include "store/attendance_store.hpp"
#include "store/request_store.hpp"
#include "store/staff_store.hpp"

namespace bangfu {

using internal::Actor;
namespace ai = attendance_internal;
namespace ri = requests_internal;

namespace {

std::string trimmed(std::string_view s) { return std::string(internal::trim_space(s)); }

// A request of `kind` by `applicant` for `staff` under assignment `a` (its hospital decides).
Request new_request(RequestKind kind, StaffId staff, AccountId applicant, AssignmentId assignment, UnitId unit) {
  Request r;
  r.kind = kind;
  r.staff = staff;
  r.applicant = applicant;
  r.assignment = assignment;
  r.unit = unit;
  return r;
}

// The applicant: the staff member's own account.
StaffId applicant_staff(const Actor& actor, const char* what) {
  if (!actor.staff)
    throw Error(ErrorCode::permission_denied,
                actor.describe() + " may not " + what + ": requests are filed by the staff member's own account");
  return *actor.staff;
}

Assignment require_assignment(Engine::Impl& impl, StaffId staff, Date day, const char* field) {
  auto a = ai::assignment_on(impl, staff, day);
  if (!a)
    throw Error(ErrorCode::invalid_state,
                std::string(field) + " " + date_text(day) + ": staff " + std::to_string(staff) +
                    " has no assignment on that day",
                field, date_text(day));
  return *a;
}

// After a step of the state machine: who is copied (at submission; at approval), the
// "decided" box of whoever approved or rejected, and what the outcome does to a field punch.
void after_progress(Engine::Impl& impl, RequestState before, Request& r, AccountId by, RequestAction action) {
  auto flow = store::request_workflow(impl.db, r.id);
  if (action == RequestAction::submit)
    for (auto a : ri::resolve_cc(impl, flow, r, false)) store::party_add(impl.db, r.id, a, store::PartyBox::copied);
  if (before != RequestState::approved && r.state == RequestState::approved)
    for (auto a : ri::resolve_cc(impl, flow, r, true)) store::party_add(impl.db, r.id, a, store::PartyBox::copied);
  if (action == RequestAction::approve || action == RequestAction::reject || action == RequestAction::revoke)
    store::party_add(impl.db, r.id, by, store::PartyBox::decided);
  if (r.kind == RequestKind::field_punch && r.punch && r.state != before) {
    if (r.state == RequestState::approved) store::punch_set_check(impl.db, *r.punch, PunchCheck::field_approved);
    if (r.state == RequestState::rejected || r.state == RequestState::revoked || r.state == RequestState::withdrawn)
      store::punch_set_check(impl.db, *r.punch, PunchCheck::field_rejected);
  }
}

// Submits a filled request: resolves the steps, applies auto-passes, stores, copies, audits.
Request file_request(Engine::Impl& impl, const Actor& actor, Request r) {
  auto flow = ri::workflow_for(impl, r.kind);
  r.submitted_at = impl.now_text();
  r.progress = new_progress(r.applicant, ri::resolve_steps(impl, flow, r));
  r.progress = apply_action(r.progress, RequestAction::submit, r.applicant, {}, flow.applicant_auto_pass);
  r.state = r.progress.state;
  if (r.state != RequestState::pending) r.finished_at = r.submitted_at;
  r.id = store::request_insert(impl.db, r, flow);
  after_progress(impl, RequestState::draft, r, r.applicant, RequestAction::submit);
  auto saved = *store::request_get(impl.db, r.id);
  impl.audit(actor, "request.submit", "request", r.id, nullptr, json::to_json(saved));
  return saved;
}

}  // namespace

namespace requests_internal {

Request open_field_request(Engine::Impl& impl, const Actor& actor, AccountId applicant, const Punch& punch) {
  Request r = new_request(RequestKind::field_punch, punch.staff, applicant, punch.assignment, punch.unit);
  r.punch = punch.id;
  return file_request(impl, actor, r);
}

}  // namespace requests_internal

Workflow Engine::workflow(RequestKind kind) const {
  return impl_->read([&] { return ri::workflow_for(*impl_, kind); });
}

void Engine::set_workflow(AccountId actor_id, const Workflow& flow) {
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    internal::require(actor, internal::Capability::manage_workflows, "change an approval workflow");
    flow.validate();
    for (const auto& s : flow.steps)
      for (const auto& a : s.approvers)
        if (a.kind == ResolverKind::account && !store::account_enabled(impl_->db, a.account))
          throw_not_found("approvers: account", std::to_string(a.account));
    auto before = ri::workflow_for(*impl_, flow.kind);
    store::workflow_put(impl_->db, flow, actor.id, impl_->now_text());
    impl_->audit(actor, "workflow.set", "workflow", static_cast<int>(flow.kind), json::to_json(before),
                 json::to_json(flow));
  });
}

Request Engine::submit_makeup(AccountId actor_id, const MakeupRequest& m) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    StaffId staff = applicant_staff(actor, "request a make-up check-in (补卡)");
    internal::require_utf8("reason", m.reason);
    if (trimmed(m.reason).empty())
      throw Error(ErrorCode::invalid_argument, "reason: say why the punch is missing (e.g. 忘记打卡, 出外勤)", "reason", "");
    if (m.minute < 0 || m.minute > 1439) throw_invalid("time", std::to_string(m.minute), "must be within the day");
    if (m.kind != PunchKind::on_duty && m.kind != PunchKind::off_duty)
      throw_invalid("kind", std::to_string(static_cast<int>(m.kind)), "is not on_duty (1) or off_duty (2)");
    if (m.day.is_special()) throw Error(ErrorCode::invalid_argument, "day: required", "day", "");
    Date today = impl_->today();
    if (!(m.day < today))
      throw_invalid("day", date_text(m.day), "a make-up is for a past workday (today is " + date_text(today) + ")");
    auto a = require_assignment(*impl_, staff, m.day, "day");
    auto rule = ai::rule_on(*impl_, staff, a.recipient_unit, m.day);
    auto calendar = impl_->calendar_for(a.recipient_unit);
    auto current = ai::evaluate_staff(*impl_, staff, m.day, m.day, a.id).front();
    for (const auto& live : store::requests_live(impl_->db, staff, RequestKind::makeup, m.day, m.day))
      if (live.makeup && live.makeup->kind == m.kind)
        throw Error(ErrorCode::conflict,
                    "day " + date_text(m.day) + ": a make-up for that punch is already " +
                        request_state_label(live.state) + " (request " + std::to_string(live.id) + ")",
                    "day", date_text(m.day));
    if (!store::requests_live(impl_->db, staff, RequestKind::field_punch, m.day, m.day).empty())
      throw Error(ErrorCode::conflict,
                  "day " + date_text(m.day) + ": a field check-in (外勤) of that day awaits approval; it decides the day",
                  "day", date_text(m.day));
    auto [cf, cl] = makeup_cycle(rule.makeup, m.day);
    int used = static_cast<int>(store::requests_live(impl_->db, staff, RequestKind::makeup, cf, cl).size());
    check_makeup(rule, calendar, current, m.kind, today, used);
    Request r = new_request(RequestKind::makeup, staff, actor.id, a.id, a.recipient_unit);
    r.makeup = m;
    r.makeup->reason = trimmed(m.reason);
    return file_request(*impl_, actor, r);
  });
}

Request Engine::submit_leave(AccountId actor_id, const LeaveRequest& l) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    StaffId staff = applicant_staff(actor, "request leave (请假)");
    internal::require_utf8("reason", l.reason);
    if (trimmed(l.reason).empty()) throw Error(ErrorCode::invalid_argument, "reason: required", "reason", "");
    if (std::find(every_leave_type().begin(), every_leave_type().end(), l.type) == every_leave_type().end())
      throw_invalid("type", std::to_string(static_cast<int>(l.type)), "is not a leave type");
    l.span.validate();
    auto a = require_assignment(*impl_, staff, l.span.first, "first");
    if (a.ended && l.span.last > a.ended->end)
      throw_invalid("last", date_text(l.span.last), "is after the assignment ends (" + date_text(a.ended->end) + ")");
    auto calendar = impl_->calendar_for(a.recipient_unit);
    int halves = leave_half_days(calendar, l.span);
    if (halves == 0)
      throw_invalid("first", date_text(l.span.first),
                    "the leave (to " + date_text(l.span.last) + ") covers no workday of the hospital's calendar");
    for (const auto& other : store::requests_live(impl_->db, staff, RequestKind::leave, l.span.first, l.span.last)) {
      for (Date d = std::max(l.span.first, other.leave->span.first); d <= std::min(l.span.last, other.leave->span.last);
           d += boost::gregorian::days(1))
        if (l.span.halves_on(d) & other.leave->span.halves_on(d))
          throw Error(ErrorCode::conflict,
                      "first: the leave overlaps " + std::string(leave_type_label(other.leave->type)) + " request " +
                          std::to_string(other.id) + " (" + date_text(other.leave->span.first) + " – " +
                          date_text(other.leave->span.last) + ", " + request_state_label(other.state) + ") on " +
                          date_text(d),
                      "first", date_text(l.span.first));
    }
    Request r = new_request(RequestKind::leave, staff, actor.id, a.id, a.recipient_unit);
    r.leave = l;
    r.leave->reason = trimmed(l.reason);
    r.leave_halves = halves;
    return file_request(*impl_, actor, r);
  });
}

Request Engine::act_on_request(AccountId actor_id, RequestId id, RequestAction action, std::string_view reason) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    internal::require_utf8("reason", reason);
    auto before = store::request_get(impl_->db, id);
    if (!before) throw_not_found("request", std::to_string(id));
    auto flow = store::request_workflow(impl_->db, id);  // the flow it was submitted under
    Request r = *before;
    r.progress = apply_action(before->progress, action, actor.id, trimmed(reason), flow.applicant_auto_pass);
    r.state = r.progress.state;
    if (r.state != RequestState::pending && r.state != before->state) r.finished_at = impl_->now_text();
    store::request_save_progress(impl_->db, r);
    after_progress(*impl_, before->state, r, actor.id, action);
    auto saved = *store::request_get(impl_->db, id);
    impl_->audit(actor, std::string("request.") + request_action_key(action), "request", id, json::to_json(*before),
                 json::to_json(saved));
    return saved;
  });
}

Request Engine::request(AccountId actor_id, RequestId id) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    auto r = store::request_get(impl_->db, id);
    if (!r) throw_not_found("request", std::to_string(id));
    bool involved = r->applicant == actor.id || std::count(r->cc.begin(), r->cc.end(), actor.id) > 0;
    for (const auto& s : r->progress.steps)
      involved = involved || std::count(s.approvers.begin(), s.approvers.end(), actor.id) > 0;
    if (!involved && !impl_->staff_in_reach(actor, r->staff, store::ReachUse::view))
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not see request " + std::to_string(id) +
                      ": neither involved in it nor reaching its staff member");
    return *r;
  });
}

std::vector<Request> Engine::requests(AccountId actor_id, const RequestFilter& filter) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    store::RequestQuery q;
    q.filter = filter;
    q.account = actor.id;
    if (filter.box == RequestFilter::Box::in_scope) {
      auto reach = internal::staff_reach(actor);
      if (reach.empty()) return std::vector<Request>{};
      q.reach = reach;
    }
    return store::request_list(impl_->db, q);
  });
}

MakeupQuota Engine::makeup_quota(AccountId actor_id, StaffId staff, Date day) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    if (!(actor.staff && *actor.staff == staff) && !impl_->staff_in_reach(actor, staff, store::ReachUse::view))
      throw Error(ErrorCode::permission_denied, actor.describe() + " may not see the make-ups of staff " +
                                                    std::to_string(staff));
    auto a = require_assignment(*impl_, staff, day, "day");
    auto rule = ai::rule_on(*impl_, staff, a.recipient_unit, day);
    MakeupQuota q;
    std::tie(q.cycle_first, q.cycle_last) = makeup_cycle(rule.makeup, day);
    q.used = static_cast<int>(store::requests_live(impl_->db, staff, RequestKind::makeup, q.cycle_first, q.cycle_last).size());
    q.allowed = rule.makeup.per_cycle;
    return q;
  });
}

}  // namespace bangfu
