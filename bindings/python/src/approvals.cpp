// Approvals (审批): request kinds, states and actions, workflows (the variable chain of steps),
// requests (补卡, 请假, 外勤) with their progress, the boxes people see, and make-up quotas.
#include "common.hpp"

namespace bangfu::python {
namespace {

// A Resolver, a dict (kind, account) or a resolver kind alone ("recipient_hospital_admin").
Resolver resolver_from_py(py::handle v, const std::string& field) {
  if (py::isinstance<Resolver>(v)) return v.cast<Resolver>();
  Resolver r;
  if (py::isinstance<py::str>(v) || py::isinstance<ResolverKind>(v)) {
    r.kind = resolver_kind_from_py(v, field);
    return r;
  }
  Fields f("a resolver", v, py::kwargs(), {"kind", "account"});
  r.kind = resolver_kind_from_py(f.need("kind"), field + ".kind");
  r.account = f.opt_int("account").value_or(0);
  return r;
}

WorkflowStep step_from_py(py::handle v, const std::string& field) {
  if (py::isinstance<WorkflowStep>(v)) return v.cast<WorkflowStep>();
  Fields f("a workflow step", v, py::kwargs(), {"name", "mode", "approvers", "only_over_workdays"});
  WorkflowStep s;
  s.name = f.str("name");
  if (f.has("mode")) s.mode = step_mode_from_py(f.get("mode"), field + ".mode");
  if (f.has("approvers")) {
    int i = 0;
    for (auto a : f.get("approvers"))
      s.approvers.push_back(resolver_from_py(a, field + ".approvers[" + std::to_string(i++) + "]"));
  }
  if (f.has("only_over_workdays"))
    s.only_over_workdays = int32_from_py(f.get("only_over_workdays"), "only_over_workdays");
  return s;
}

CcRule cc_from_py(py::handle v, const std::string& field) {
  if (py::isinstance<CcRule>(v)) return v.cast<CcRule>();
  Fields f("a cc rule", v, py::kwargs(), {"who", "when"});
  CcRule c;
  c.who = resolver_from_py(f.need("who"), field + ".who");
  if (f.has("when")) c.when = cc_timing_from_py(f.get("when"), field + ".when");
  return c;
}

Workflow workflow_from_py(py::handle data, const py::kwargs& kw) {
  if (py::isinstance<Workflow>(data) && kw.empty()) return data.cast<Workflow>();
  Fields f("a workflow", data, kw, {"kind", "name", "steps", "cc", "applicant_auto_pass"});
  Workflow w;
  w.kind = request_kind_from_py(f.need("kind"), "kind");
  w.name = f.str("name", true);
  int i = 0;
  if (f.has("steps"))
    for (auto s : f.get("steps")) w.steps.push_back(step_from_py(s, "steps[" + std::to_string(i++) + "]"));
  i = 0;
  if (f.has("cc"))
    for (auto c : f.get("cc")) w.cc.push_back(cc_from_py(c, "cc[" + std::to_string(i++) + "]"));
  if (auto b = f.opt_bool("applicant_auto_pass")) w.applicant_auto_pass = *b;
  return w;
}

}  // namespace

void init_approvals(py::module_& m) {
  py::enum_<RequestKind>(m, "RequestKind", "补卡申请 (makeup), 请假申请 (leave), 外勤申请 (field_punch) or 报表审核 (report_review).")
      .value("makeup", RequestKind::makeup)
      .value("leave", RequestKind::leave)
      .value("field_punch", RequestKind::field_punch)
      .value("report_review", RequestKind::report_review)
      .def_property_readonly("label", [](RequestKind k) { return std::string(request_kind_label(k)); });
  py::enum_<RequestState>(m, "RequestState", "草稿, 审批中, 已通过, 已拒绝, 已撤回 or 已撤销.")
      .value("draft", RequestState::draft)
      .value("pending", RequestState::pending)
      .value("approved", RequestState::approved)
      .value("rejected", RequestState::rejected)
      .value("withdrawn", RequestState::withdrawn)
      .value("revoked", RequestState::revoked)
      .def_property_readonly("label", [](RequestState s) { return std::string(request_state_label(s)); })
      .def_property_readonly("live", [](RequestState s) { return request_state_live(s); },
                             "Pending or approved: counts towards quotas and blocks overlaps.");
  py::enum_<RequestAction>(m, "RequestAction", "提交, 同意, 拒绝, 撤回 or 撤销.")
      .value("submit", RequestAction::submit)
      .value("approve", RequestAction::approve)
      .value("reject", RequestAction::reject)
      .value("withdraw", RequestAction::withdraw)
      .value("revoke", RequestAction::revoke)
      .def_property_readonly("label", [](RequestAction a) { return std::string(request_action_label(a)); });
  py::enum_<RequestFilter::Box>(m, "RequestBox", "Which requests to list: 待我审批, 我发起的, 抄送我的, 我已审批, in_scope.")
      .value("awaiting_me", RequestFilter::Box::awaiting_me)
      .value("submitted", RequestFilter::Box::submitted)
      .value("copied", RequestFilter::Box::copied)
      .value("decided_by_me", RequestFilter::Box::decided_by_me)
      .value("in_scope", RequestFilter::Box::in_scope)
      .def_property_readonly("label", [](RequestFilter::Box b) { return std::string(request_box_label(b)); });
  py::enum_<StepMode>(m, "StepMode", "单人, 会签 (all), 或签 (any) or 依次 (in_turn).")
      .value("single", StepMode::single)
      .value("all", StepMode::all)
      .value("any", StepMode::any)
      .value("in_turn", StepMode::in_turn)
      .def_property_readonly("label", [](StepMode s) { return std::string(step_mode_label(s)); });
  py::enum_<ResolverKind>(m, "ResolverKind", "Who approves or is copied, resolved against the org tree.")
      .value("recipient_hospital_admin", ResolverKind::recipient_hospital_admin)
      .value("home_unit_admin", ResolverKind::home_unit_admin)
      .value("recipient_county_admin", ResolverKind::recipient_county_admin)
      .value("account", ResolverKind::account)
      .value("recipient_city_admin", ResolverKind::recipient_city_admin)
      .value("recipient_province_admin", ResolverKind::recipient_province_admin)
      .def_property_readonly("label", [](ResolverKind k) { return std::string(resolver_kind_label(k)); });
  py::enum_<CcTiming>(m, "CcTiming", "When a cc rule copies: 提交时, 通过后 or 都抄送.")
      .value("on_submit", CcTiming::on_submit)
      .value("on_finish", CcTiming::on_finish)
      .value("both", CcTiming::both)
      .def_property_readonly("label", [](CcTiming t) { return std::string(cc_timing_label(t)); });

  py::class_<Resolver> resolver(m, "Resolver", "Who approves (or is copied): a kind, and an account for kind 'account'.");
  resolver
      .def(py::init([](py::handle kind, py::handle account) {
             Resolver r;
             r.kind = resolver_kind_from_py(kind, "kind");
             if (!account.is_none()) r.account = int_from_py(account, "account");
             return r;
           }),
           py::arg("kind"), py::arg("account") = py::none())
      .def_readonly("kind", &Resolver::kind)
      .def_readonly("account", &Resolver::account, "For kind 'account'; else 0.");
  finish_record(resolver, {"kind", "account"});

  py::class_<WorkflowStep> step(m, "WorkflowStep", "One step of a workflow: its approvers and how they decide.");
  step.def(py::init([](const py::kwargs& kw) { return step_from_py(kw, "step"); }),
           "Keyword arguments: name, mode, approvers (Resolvers, dicts or kind strings), only_over_workdays.")
      .def_readonly("name", &WorkflowStep::name)
      .def_readonly("mode", &WorkflowStep::mode)
      .def_readonly("approvers", &WorkflowStep::approvers)
      .def_readonly("only_over_workdays", &WorkflowStep::only_over_workdays,
                    "0: always; N: only for leave longer than N workdays.");
  finish_record(step, {"name", "mode", "approvers", "only_over_workdays"});

  py::class_<CcRule> cc(m, "CcRule", "Who is copied (抄送) and when.");
  cc.def(py::init([](py::handle who, py::handle when) {
           CcRule c;
           c.who = resolver_from_py(who, "who");
           if (!when.is_none()) c.when = cc_timing_from_py(when, "when");
           return c;
         }),
         py::arg("who"), py::arg("when") = py::none())
      .def_readonly("who", &CcRule::who)
      .def_readonly("when", &CcRule::when);
  finish_record(cc, {"who", "when"});

  py::class_<Workflow> workflow(m, "Workflow",
                                "An approval flow: the steps a kind of request goes through, and who is copied. Data "
                                "a host may replace at run time (Engine.set_workflow).");
  workflow
      .def(py::init([](const py::kwargs& kw) { return workflow_from_py(py::none(), kw); }),
           "Keyword arguments: kind, name, steps, cc, applicant_auto_pass.")
      .def_readonly("kind", &Workflow::kind)
      .def_readonly("name", &Workflow::name)
      .def_readonly("steps", &Workflow::steps)
      .def_readonly("cc", &Workflow::cc)
      .def_readonly("applicant_auto_pass", &Workflow::applicant_auto_pass);
  finish_record(workflow, {"kind", "name", "steps", "cc", "applicant_auto_pass"}, {"kind", "name", "steps"});
  m.def(
      "default_workflow", [](py::handle kind) { return default_workflow(request_kind_from_py(kind, "kind")); },
      py::arg("kind"), "The flow bangfu ships for a kind of request.");

  py::class_<StepProgress> sp(m, "StepProgress", "A resolved step of a request: its approvers and who agreed.");
  sp.def_readonly("name", &StepProgress::name)
      .def_readonly("mode", &StepProgress::mode)
      .def_readonly("approvers", &StepProgress::approvers)
      .def_readonly("approved", &StepProgress::approved)
      .def_readonly("auto_passed", &StepProgress::auto_passed)
      .def_readonly("done", &StepProgress::done);
  finish_record(sp, {"name", "mode", "approvers", "approved", "auto_passed", "done"});

  py::class_<RequestProgress> progress(m, "RequestProgress", "A request's way through its steps.");
  progress.def_readonly("state", &RequestProgress::state)
      .def_readonly("applicant", &RequestProgress::applicant)
      .def_readonly("steps", &RequestProgress::steps)
      .def_readonly("current", &RequestProgress::current, "Index of the step awaiting decisions.")
      .def_readonly("decided_by", &RequestProgress::decided_by, "Who rejected, revoked or withdrew (0: nobody).")
      .def_readonly("reason", &RequestProgress::reason);
  finish_record(progress, {"state", "applicant", "steps", "current", "decided_by", "reason"},
                {"state", "current", "steps"});

  py::class_<MakeupRequest> mr(m, "MakeupRequest", "补卡申请: the missed punch's day, kind and time, and why.");
  mr.def_readonly("day", &MakeupRequest::day)
      .def_readonly("kind", &MakeupRequest::kind)
      .def_property_readonly("time", [](const MakeupRequest& r) { return clock_text(r.minute); }, "'HH:MM', CST.")
      .def_readonly("reason", &MakeupRequest::reason);
  finish_record(mr, {"day", "kind", "time", "reason"});

  py::class_<LeaveRequest> lr(m, "LeaveRequest", "请假申请: type, the span with half days, and why.");
  lr.def_readonly("type", &LeaveRequest::type)
      .def_property_readonly("first", [](const LeaveRequest& r) { return r.span.first; })
      .def_property_readonly("first_half", [](const LeaveRequest& r) { return r.span.first_half; })
      .def_property_readonly("last", [](const LeaveRequest& r) { return r.span.last; })
      .def_property_readonly("last_half", [](const LeaveRequest& r) { return r.span.last_half; })
      .def_readonly("reason", &LeaveRequest::reason);
  finish_record(lr, {"type", "first", "first_half", "last", "last_half", "reason"});

  py::class_<Request> request(m, "Request", "A request (补卡, 请假 or 外勤) and where it stands.");
  request.def_readonly("id", &Request::id)
      .def_readonly("kind", &Request::kind)
      .def_readonly("state", &Request::state)
      .def_readonly("staff", &Request::staff)
      .def_readonly("staff_name", &Request::staff_name)
      .def_readonly("applicant", &Request::applicant)
      .def_readonly("assignment", &Request::assignment)
      .def_readonly("unit", &Request::unit, "The recipient hospital.")
      .def_readonly("unit_name", &Request::unit_name)
      .def_property_readonly("submitted_at", [](const Request& r) { return utc_text_to_py(r.submitted_at); })
      .def_property_readonly("finished_at", [](const Request& r) { return utc_text_to_py(r.finished_at); },
                             "When it left pending, or None.")
      .def_readonly("makeup", &Request::makeup, "MakeupRequest, for kind makeup; else None.")
      .def_readonly("leave", &Request::leave, "LeaveRequest, for kind leave; else None.")
      .def_property_readonly("leave_days", [](const Request& r) { return r.leave_halves / 2.0; },
                             "Leave: the workdays it covers (halves as .5).")
      .def_readonly("punch", &Request::punch, "field_punch: the punch id awaiting approval; else None.")
      .def_readonly("progress", &Request::progress)
      .def_property_readonly("steps", [](const Request& r) { return r.progress.steps; },
                             "progress.steps, for short.")
      .def_readonly("awaiting", &Request::awaiting, "Account ids who may act now.")
      .def_readonly("cc", &Request::cc, "Account ids copied so far.");
  finish_record(request,
                {"id", "kind", "state", "staff", "staff_name", "applicant", "assignment", "unit", "unit_name",
                 "submitted_at", "finished_at", "makeup", "leave", "leave_days", "punch", "progress", "steps",
                 "awaiting", "cc"},
                {"id", "kind", "state", "staff_name", "awaiting"});

  py::class_<MakeupQuota> quota(m, "MakeupQuota", "本月已申请N次补卡: make-ups used in the cycle containing a day.");
  quota.def_readonly("cycle_first", &MakeupQuota::cycle_first)
      .def_readonly("cycle_last", &MakeupQuota::cycle_last)
      .def_readonly("used", &MakeupQuota::used, "Pending and approved.")
      .def_readonly("allowed", &MakeupQuota::allowed);
  finish_record(quota, {"cycle_first", "cycle_last", "used", "allowed"});

  auto id = [](py::handle v, const char* field) { return int_from_py(v, field); };
  auto act = [id](const EngineHandle& h, py::handle actor, py::handle request, RequestAction action,
                  std::string reason) {
    AccountId a = id(actor, "actor");
    RequestId r = id(request, "id");
    return call(h, [&](Engine& e) { return e.act_on_request(a, r, action, reason); });
  };
  engine_class(m)
      .def(
          "workflow",
          [](const EngineHandle& h, py::handle kind) {
            RequestKind k = request_kind_from_py(kind, "kind");
            return call(h, [&](Engine& e) { return e.workflow(k); });
          },
          py::arg("kind"), "The flow for a kind of request: the host's, or bangfu's default.")
      .def(
          "set_workflow",
          [id](const EngineHandle& h, py::handle actor, py::handle flow) {
            AccountId a = id(actor, "actor");
            Workflow w = workflow_from_py(flow, py::kwargs());
            call(h, [&](Engine& e) { e.set_workflow(a, w); });
          },
          py::arg("actor"), py::arg("workflow"),
          "Replaces the flow of a kind (a Workflow or a dict); needs a national admin or the system actor.")
      .def(
          "submit_makeup",
          [id](const EngineHandle& h, py::handle actor, py::handle day, py::handle time, py::handle reason,
               py::handle kind) {
            AccountId a = id(actor, "actor");
            MakeupRequest r;
            r.day = date_from_py(day, "day");
            r.minute = py::isinstance<py::str>(time) ? parse_clock(time.cast<std::string>(), "time")
                                                     : int32_from_py(time, "time");
            r.reason = str_from_py(reason, "reason");
            r.kind = punch_kind_from_py(kind, "kind");
            return call(h, [&](Engine& e) { return e.submit_makeup(a, r); });
          },
          py::arg("actor"), py::arg("day"), py::arg("time") = "08:00", py::arg("reason") = "",
          py::arg("kind") = "on_duty",
          "补卡申请 by the staff member's own account: the missed punch's day, time ('HH:MM') and kind (on_duty / "
          "上班, off_duty / 下班), with a reason (required).")
      .def(
          "submit_leave",
          [id](const EngineHandle& h, py::handle actor, py::handle type, py::handle first, py::handle last,
               py::handle reason, py::handle first_half, py::handle last_half) {
            AccountId a = id(actor, "actor");
            LeaveRequest r;
            r.type = leave_type_from_py(type, "type");
            r.span.first = date_from_py(first, "first");
            r.span.last = last.is_none() ? r.span.first : date_from_py(last, "last");
            r.span.first_half = half_day_from_py(first_half, "first_half");
            r.span.last_half = half_day_from_py(last_half, "last_half");
            r.reason = str_from_py(reason, "reason");
            return call(h, [&](Engine& e) { return e.submit_leave(a, r); });
          },
          py::arg("actor"), py::arg("type"), py::arg("first"), py::arg("last") = py::none(), py::arg("reason") = "",
          py::arg("first_half") = "am", py::arg("last_half") = "pm",
          "请假申请 by the staff member's own account, from first (first_half) to last (last_half; default: first), "
          "with a reason (required).")
      .def(
          "act_on_request",
          [act](const EngineHandle& h, py::handle actor, py::handle request, py::handle action, py::handle reason) {
            return act(h, actor, request, request_action_from_py(action, "action"), str_from_py(reason, "reason"));
          },
          py::arg("actor"), py::arg("id"), py::arg("action"), py::arg("reason") = "",
          "Applies an action (approve, reject, withdraw, revoke or 同意, 拒绝, 撤回, 撤销) and returns the Request.")
      .def(
          "approve",
          [act](const EngineHandle& h, py::handle actor, py::handle request) {
            return act(h, actor, request, RequestAction::approve, "");
          },
          py::arg("actor"), py::arg("id"), "同意, by a current approver.")
      .def(
          "reject",
          [act](const EngineHandle& h, py::handle actor, py::handle request, py::handle reason) {
            return act(h, actor, request, RequestAction::reject, str_from_py(reason, "reason"));
          },
          py::arg("actor"), py::arg("id"), py::arg("reason"), "拒绝, by a current approver, with a reason.")
      .def(
          "withdraw",
          [act](const EngineHandle& h, py::handle actor, py::handle request) {
            return act(h, actor, request, RequestAction::withdraw, "");
          },
          py::arg("actor"), py::arg("id"), "撤回, by the applicant while pending.")
      .def(
          "revoke",
          [act](const EngineHandle& h, py::handle actor, py::handle request, py::handle reason) {
            return act(h, actor, request, RequestAction::revoke, str_from_py(reason, "reason"));
          },
          py::arg("actor"), py::arg("id"), py::arg("reason"), "撤销 an approved request, by an approver who agreed.")
      .def(
          "request",
          [id](const EngineHandle& h, py::handle actor, py::handle request) {
            AccountId a = id(actor, "actor");
            RequestId r = id(request, "id");
            return call(h, [&](Engine& e) { return e.request(a, r); });
          },
          py::arg("actor"), py::arg("id"), "One request, if the actor may see it.")
      .def(
          "requests",
          [id](const EngineHandle& h, py::handle actor, py::handle box, py::handle kind, py::handle state,
               py::handle staff, py::handle limit) {
            AccountId a = id(actor, "actor");
            RequestFilter f;
            f.box = request_box_from_py(box, "box");
            if (!kind.is_none()) f.kind = request_kind_from_py(kind, "kind");
            if (!state.is_none()) f.state = request_state_from_py(state, "state");
            if (!staff.is_none()) f.staff = id(staff, "staff");
            f.limit = int32_from_py(limit, "limit");
            return call(h, [&](Engine& e) { return e.requests(a, f); });
          },
          py::arg("actor"), py::arg("box") = "awaiting_me", py::arg("kind") = py::none(),
          py::arg("state") = py::none(), py::arg("staff") = py::none(), py::arg("limit") = 200,
          "Requests in a box: awaiting_me (待我审批), submitted (我发起的), copied (抄送我的), decided_by_me "
          "(我已审批) or in_scope (admins: all in reach).")
      .def(
          "makeup_quota",
          [id](const EngineHandle& h, py::handle actor, py::handle staff, py::handle day) {
            AccountId a = id(actor, "actor");
            StaffId s = id(staff, "staff");
            Date d = date_from_py(day, "day");
            return call(h, [&](Engine& e) { return e.makeup_quota(a, s, d); });
          },
          py::arg("actor"), py::arg("staff"), py::arg("day"),
          "本月已申请N次补卡: make-ups used (pending and approved) and allowed in the cycle containing day.");
}

}  // namespace bangfu::python
