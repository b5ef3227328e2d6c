// JSON forms of workflows, request progress and requests.
#include "bangfu/error.hpp"
#include "json/attendance_json.hpp"
#include "json/enum_field.hpp"
#include "json/fields.hpp"

namespace bangfu::json {
namespace {

json resolver_json(const Resolver& r) {
  json j = {{"kind", resolver_kind_key(r.kind)}, {"label", resolver_kind_label(r.kind)}};
  if (r.kind == ResolverKind::account) j["account"] = r.account;
  return j;
}

Resolver resolver_from(const json& j, const std::string& where) {
  Resolver r;
  if (j.is_string()) {  // "recipient_hospital_admin" as shorthand
    r.kind = parse_resolver_kind(j.get<std::string>(), where);
    return r;
  }
  require_object(j, where.c_str());
  r.kind = get_enum(j, "kind", r.kind, &parse_resolver_kind);
  if (auto a = get_int(j, "account", false)) r.account = *a;
  return r;
}

json ids_json(const std::vector<AccountId>& v) { return json(v); }

std::vector<AccountId> ids_from(const json& j, const char* name) {
  std::vector<AccountId> out;
  if (const json* v = field(j, name)) {
    if (!v->is_array()) wrong_type(name, *v, "a list of account ids");
    for (const auto& x : *v) out.push_back(x.get<AccountId>());
  }
  return out;
}

}  // namespace

json to_json(const Workflow& w) {
  json steps = json::array();
  for (const auto& s : w.steps) {
    json approvers = json::array();
    for (const auto& a : s.approvers) approvers.push_back(resolver_json(a));
    steps.push_back({{"name", s.name},
                     {"mode", step_mode_key(s.mode)},
                     {"mode_label", step_mode_label(s.mode)},
                     {"approvers", approvers},
                     {"only_over_workdays", s.only_over_workdays}});
  }
  json cc = json::array();
  for (const auto& c : w.cc) cc.push_back({{"who", resolver_json(c.who)}, {"when", cc_timing_key(c.when)}});
  return {{"kind", request_kind_key(w.kind)},
          {"name", w.name},
          {"steps", steps},
          {"cc", cc},
          {"applicant_auto_pass", w.applicant_auto_pass}};
}

Workflow workflow_from_json(const json& j) {
  require_object(j, "workflow");
  Workflow w;
  w.kind = get_enum(j, "kind", w.kind, &parse_request_kind);
  w.name = get_string(j, "name", true);
  const json* steps = field(j, "steps");
  if (!steps || !steps->is_array()) throw_invalid("steps", steps ? steps->dump() : "", "must be a list of steps");
  for (std::size_t i = 0; i < steps->size(); ++i) {
    const json& s = (*steps)[i];
    std::string where = "steps[" + std::to_string(i) + "]";
    require_object(s, where.c_str());
    WorkflowStep step;
    step.name = get_string(s, "name", false, "");
    step.mode = get_enum(s, "mode", step.mode, &parse_step_mode);
    if (const json* a = field(s, "approvers")) {
      if (!a->is_array()) wrong_type((where + ".approvers").c_str(), *a, "a list of resolvers");
      for (std::size_t k = 0; k < a->size(); ++k)
        step.approvers.push_back(resolver_from((*a)[k], where + ".approvers[" + std::to_string(k) + "]"));
    }
    if (auto n = get_int(s, "only_over_workdays", false)) step.only_over_workdays = static_cast<int>(*n);
    w.steps.push_back(std::move(step));
  }
  if (const json* cc = field(j, "cc")) {
    if (!cc->is_array()) wrong_type("cc", *cc, "a list");
    for (std::size_t i = 0; i < cc->size(); ++i) {
      const json& c = (*cc)[i];
      std::string where = "cc[" + std::to_string(i) + "]";
      require_object(c, where.c_str());
      CcRule rule;
      const json* who = field(c, "who");
      if (!who) throw_invalid(where + ".who", "", "required: who is copied");
      rule.who = resolver_from(*who, where + ".who");
      rule.when = get_enum(c, "when", rule.when, &parse_cc_timing);
      w.cc.push_back(rule);
    }
  }
  w.applicant_auto_pass = get_bool(j, "applicant_auto_pass", false).value_or(true);
  w.validate();
  return w;
}

json to_json(const RequestProgress& p) {
  json steps = json::array();
  for (const auto& s : p.steps)
    steps.push_back({{"name", s.name},
                     {"mode", step_mode_key(s.mode)},
                     {"approvers", ids_json(s.approvers)},
                     {"approved", ids_json(s.approved)},
                     {"auto_passed", s.auto_passed},
                     {"done", s.done}});
  return {{"state", request_state_key(p.state)},
          {"applicant", p.applicant},
          {"steps", steps},
          {"current", p.current},
          {"decided_by", p.decided_by},
          {"reason", p.reason}};
}

RequestProgress progress_from_json(const json& j) {
  RequestProgress p;
  p.state = get_enum(j, "state", p.state, &parse_request_state);
  p.applicant = get_int(j, "applicant", false).value_or(0);
  if (const json* steps = field(j, "steps"))
    for (const auto& s : *steps) {
      StepProgress sp;
      sp.name = get_string(s, "name", false, "");
      sp.mode = get_enum(s, "mode", sp.mode, &parse_step_mode);
      sp.approvers = ids_from(s, "approvers");
      sp.approved = ids_from(s, "approved");
      sp.auto_passed = get_bool(s, "auto_passed", false).value_or(false);
      sp.done = get_bool(s, "done", false).value_or(false);
      p.steps.push_back(std::move(sp));
    }
  p.current = static_cast<int>(get_int(j, "current", false).value_or(0));
  p.decided_by = get_int(j, "decided_by", false).value_or(0);
  p.reason = get_string(j, "reason", false, "");
  return p;
}

json to_json(const Request& r) {
  json j = {{"id", r.id},
            {"kind", request_kind_key(r.kind)},
            {"kind_label", request_kind_label(r.kind)},
            {"state", request_state_key(r.state)},
            {"state_label", request_state_label(r.state)},
            {"staff", r.staff},
            {"staff_name", r.staff_name},
            {"applicant", r.applicant},
            {"assignment", r.assignment},
            {"unit", r.unit},
            {"unit_name", r.unit_name},
            {"submitted_at", r.submitted_at},
            {"finished_at", r.finished_at.empty() ? json(nullptr) : json(r.finished_at)},
            {"progress", to_json(r.progress)},
            {"awaiting", ids_json(r.awaiting)},
            {"cc", ids_json(r.cc)},
            {"punch", r.punch ? json(*r.punch) : json(nullptr)}};
  if (r.makeup)
    j["makeup"] = {{"day", date_text(r.makeup->day)},
                   {"kind", punch_kind_key(r.makeup->kind)},
                   {"time", clock_text(r.makeup->minute)},
                   {"reason", r.makeup->reason}};
  if (r.leave)
    j["leave"] = {{"type", leave_type_key(r.leave->type)},
                  {"type_label", leave_type_label(r.leave->type)},
                  {"first", date_text(r.leave->span.first)},
                  {"first_half", half_day_key(r.leave->span.first_half)},
                  {"last", date_text(r.leave->span.last)},
                  {"last_half", half_day_key(r.leave->span.last_half)},
                  {"days", r.leave_halves / 2.0},
                  {"reason", r.leave->reason}};
  return j;
}

MakeupRequest makeup_request_from_json(const json& j) {
  require_object(j, "makeup");
  MakeupRequest m;
  m.day = *get_date(j, "day", true);
  m.kind = get_enum(j, "kind", PunchKind::on_duty, &parse_punch_kind);
  m.minute = parse_clock(get_string(j, "time", true), "time");
  m.reason = get_string(j, "reason", true);
  return m;
}

LeaveRequest leave_request_from_json(const json& j) {
  require_object(j, "leave");
  LeaveRequest l;
  const json* t = field(j, "type");
  if (!t) throw Error(ErrorCode::invalid_argument, "type: required field is missing", "type", "");
  l.type = enum_from(*t, "type", &parse_leave_type);
  l.span.first = *get_date(j, "first", true);
  l.span.last = get_date(j, "last", false).value_or(l.span.first);
  l.span.first_half = get_enum(j, "first_half", HalfDay::am, &parse_half_day);
  l.span.last_half = get_enum(j, "last_half", HalfDay::pm, &parse_half_day);
  l.reason = get_string(j, "reason", true);
  return l;
}

RequestFilter request_filter_from_json(const json& j) {
  require_object(j, "filter");
  RequestFilter f;
  f.box = get_enum(j, "box", RequestFilter::Box::awaiting_me, &parse_request_box);
  if (const json* k = field(j, "kind")) f.kind = enum_from(*k, "kind", &parse_request_kind);
  if (const json* s = field(j, "state")) f.state = enum_from(*s, "state", &parse_request_state);
  if (auto s = get_int(j, "staff", false)) f.staff = *s;
  if (auto n = get_int(j, "limit", false)) f.limit = static_cast<int>(*n);
  return f;
}

json to_json(const MakeupQuota& q) {
  return {{"cycle_first", date_text(q.cycle_first)},
          {"cycle_last", date_text(q.cycle_last)},
          {"used", q.used},
          {"allowed", q.allowed}};
}

}  // namespace bangfu::json
