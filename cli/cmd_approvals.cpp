// bangfu approvals makeup|leave|list|show|approve|reject|withdraw|revoke|quota|workflow: 审批 —
// 补卡 and 请假 requests through the engine's workflows. Who may act, and what an action does,
// is the engine's answer; this file only translates and prints.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

HalfDay half_arg(const std::string& text, const std::string& field, HalfDay fallback) {
  return text.empty() ? fallback : parse_half_day(text, field);
}

std::string what_text(const Request& r) {
  if (r.makeup)
    return date_text(r.makeup->day) + " " + punch_kind_label(r.makeup->kind) + " " + clock_text(r.makeup->minute);
  if (r.leave) {
    char days[32];
    std::snprintf(days, sizeof days, "%g", r.leave_halves / 2.0);
    return std::string(leave_type_label(r.leave->type)) + " " + date_text(r.leave->span.first) +
           half_day_label(r.leave->span.first_half) + "–" + date_text(r.leave->span.last) + half_day_label(r.leave->span.last_half) + " " +
           days + "天";
  }
  if (r.punch) return "打卡 " + std::to_string(*r.punch);
  return "";
}

void print_request(const Request& r) {
  std::vector<std::pair<std::string, std::string>> f = {
      {"申请 request", std::to_string(r.id)},
      {"类型 kind", std::string(request_kind_label(r.kind)) + " " + request_kind_key(r.kind)},
      {"状态 state", std::string(request_state_label(r.state)) + " " + request_state_key(r.state)},
      {"人员 staff", r.staff_name + " (" + std::to_string(r.staff) + ")"},
      {"受援医院 unit", r.unit_name},
      {"内容 what", what_text(r)},
      {"提交 submitted", cst_text(r.submitted_at)},
      {"待审批 awaiting", ids_text(r.awaiting)},
      {"抄送 cc", ids_text(r.cc)}};
  if (r.makeup) f.push_back({"理由 reason", r.makeup->reason});
  if (r.leave) f.push_back({"理由 reason", r.leave->reason});
  for (std::size_t i = 0; i < r.progress.steps.size(); ++i)
    f.push_back({"步骤 " + std::to_string(i + 1), step_text(r.progress, i)});
  if (!r.finished_at.empty()) f.push_back({"完成 finished", cst_text(r.finished_at)});
  if (!r.progress.reason.empty()) f.push_back({"意见 decision", r.progress.reason});
  print_fields(std::cout, f);
}

void add_makeup_command(CLI::App* app, Context& ctx) {
  struct Args {
    std::string day, time, reason;
    bool off_duty = false;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app->add_subcommand("makeup", "File a 补卡 request as the acting staff member's account");
  cmd->add_option("--day", a->day, "the day of the missed punch, YYYY-MM-DD")->required()->option_text("DATE");
  cmd->add_option("--time", a->time, "the time to record, HH:MM")->required()->option_text("HH:MM");
  cmd->add_option("--reason", a->reason, "why, e.g. 忘记打卡")->required();
  cmd->add_flag("--off-duty", a->off_duty, "the missed punch is the off-duty one (下班)");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    MakeupRequest m;
    m.day = parse_date_arg(a->day, "day", e);
    m.kind = a->off_duty ? PunchKind::off_duty : PunchKind::on_duty;
    m.minute = parse_clock(a->time, "time");
    m.reason = a->reason;
    print_request(e.submit_makeup(ctx.actor, m));
  });
}

void add_leave_command(CLI::App* app, Context& ctx) {
  struct Args {
    std::string type, from, from_half, to, to_half, reason;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app->add_subcommand("leave", "File a 请假 request as the acting staff member's account");
  cmd->add_option("--type", a->type, "事假, 病假, 年假, 婚假, 产假, 丧假, 探亲假, 陪产假 (or the English key)")
      ->required()
      ->option_text("TYPE");
  cmd->add_option("--from", a->from, "first day, YYYY-MM-DD")->required()->option_text("DATE");
  cmd->add_option("--from-half", a->from_half, "start in the morning (am, default) or afternoon (pm)")
      ->option_text("am|pm");
  cmd->add_option("--to", a->to, "last day, YYYY-MM-DD")->required()->option_text("DATE");
  cmd->add_option("--to-half", a->to_half, "end after the morning (am) or afternoon (pm, default)")
      ->option_text("am|pm");
  cmd->add_option("--reason", a->reason, "why")->required();
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    LeaveRequest l;
    l.type = parse_leave_type(a->type, "type");
    l.span.first = parse_date_arg(a->from, "from", e);
    l.span.first_half = half_arg(a->from_half, "from-half", HalfDay::am);
    l.span.last = parse_date_arg(a->to, "to", e);
    l.span.last_half = half_arg(a->to_half, "to-half", HalfDay::pm);
    l.reason = a->reason;
    print_request(e.submit_leave(ctx.actor, l));
  });
}

void add_list_command(CLI::App* app, Context& ctx) {
  struct Args {
    std::string box = "awaiting_me", kind, state;
    std::optional<StaffId> staff;
    int limit = 200;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app->add_subcommand("list", "List requests: 待我审批 (default), 我发起的, 抄送我的, 我已审批, or all in reach");
  cmd->add_option("--box", a->box, "awaiting_me, submitted, copied, decided_by_me or in_scope")->option_text("BOX");
  cmd->add_option("--kind", a->kind, "makeup, leave or field_punch")->option_text("KIND");
  cmd->add_option("--state", a->state, "pending, approved, rejected, withdrawn or revoked")->option_text("STATE");
  cmd->add_option("--staff", a->staff, "one staff member (id)");
  cmd->add_option("--limit", a->limit, "at most this many (default 200)");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    RequestFilter f;
    f.box = parse_request_box(a->box, "box");
    if (!a->kind.empty()) f.kind = parse_request_kind(a->kind, "kind");
    if (!a->state.empty()) f.state = parse_request_state(a->state, "state");
    f.staff = a->staff;
    f.limit = a->limit;
    auto list = e.requests(ctx.actor, f);
    TextTable t;
    t.headers = {"ID", "类型", "状态", "人员", "受援医院", "内容", "待审批"};
    t.align = {Align::right};
    for (const auto& r : list)
      t.add({std::to_string(r.id), request_kind_label(r.kind), request_state_label(r.state), r.staff_name, r.unit_name,
             what_text(r), ids_text(r.awaiting)});
    print_table(std::cout, t);
    std::cout << list.size() << (list.size() == 1 ? " request\n" : " requests\n");
  });
}

void add_show_command(CLI::App* app, Context& ctx) {
  auto id = std::make_shared<RequestId>(0);
  auto* cmd = app->add_subcommand("show", "Show a request and its progress");
  cmd->add_option("ID", *id, "the request id")->required();
  cmd->callback([&ctx, id] { print_request(ctx.engine().request(ctx.actor, *id)); });
}

// approve / reject / withdraw / revoke: one shape, the action's key as the command name.
void add_action_command(CLI::App* app, Context& ctx, RequestAction action, const char* help, bool reason_required) {
  struct Args {
    RequestId id = 0;
    std::string reason;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app->add_subcommand(request_action_key(action), help);
  cmd->add_option("ID", a->id, "the request id")->required();
  auto* reason = cmd->add_option("--reason", a->reason, "the reason (意见)");
  if (reason_required) reason->required();
  cmd->callback([&ctx, a, action] { print_request(ctx.engine().act_on_request(ctx.actor, a->id, action, a->reason)); });
}

void add_quota_command(CLI::App* app, Context& ctx) {
  struct Args {
    StaffId staff = 0;
    std::string day = "today";
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app->add_subcommand("quota", "本月已申请N次补卡: the make-ups a staff member used in a cycle");
  cmd->add_option("--staff", a->staff, "the staff id")->required();
  cmd->add_option("--day", a->day, "a day of the cycle, YYYY-MM-DD or today (default today)")->option_text("DATE");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    auto q = e.makeup_quota(ctx.actor, a->staff, parse_date_arg(a->day, "day", e));
    print_fields(std::cout, {{"周期 cycle", date_text(q.cycle_first) + " – " + date_text(q.cycle_last)},
                             {"已申请 used", std::to_string(q.used)},
                             {"上限 allowed", std::to_string(q.allowed)}});
  });
}

void add_workflow_command(CLI::App* app, Context& ctx) {
  auto kind = std::make_shared<std::string>();
  auto* cmd = app->add_subcommand("workflow", "Print the approval steps of a kind of request");
  cmd->add_option("KIND", *kind, "makeup (补卡), leave (请假) or field_punch (外勤)")->required();
  cmd->callback([&ctx, kind] {
    Workflow w = ctx.engine().workflow(parse_request_kind(*kind, "KIND"));
    std::cout << w.name << " (" << request_kind_key(w.kind) << ")\n";
    TextTable t;
    t.headers = {"步骤", "名称", "方式", "审批人", "条件"};
    t.align = {Align::right};
    for (std::size_t i = 0; i < w.steps.size(); ++i) {
      const auto& s = w.steps[i];
      std::string who;
      for (const auto& r : s.approvers)
        who += (who.empty() ? "" : ", ") + std::string(resolver_kind_label(r.kind)) +
               (r.kind == ResolverKind::account ? " " + std::to_string(r.account) : "");
      t.add({std::to_string(i + 1), s.name, step_mode_label(s.mode), who,
             s.only_over_workdays ? "超过" + std::to_string(s.only_over_workdays) + "个工作日" : ""});
    }
    print_table(std::cout, t);
    for (const auto& c : w.cc)
      std::cout << "抄送 cc: " << resolver_kind_label(c.who.kind) << " (" << cc_timing_key(c.when) << ")\n";
  });
}

}  // namespace

void add_approvals_command(CLI::App& app, Context& ctx) {
  auto* ap = app.add_subcommand("approvals", "Approvals (审批): 补卡 and 请假 requests, the lists, and acting on them");
  ap->require_subcommand(1);
  add_makeup_command(ap, ctx);
  add_leave_command(ap, ctx);
  add_list_command(ap, ctx);
  add_show_command(ap, ctx);
  add_action_command(ap, ctx, RequestAction::approve, "Approve a request awaiting the acting account (同意)", false);
  add_action_command(ap, ctx, RequestAction::reject, "Reject a request awaiting the acting account (拒绝)", true);
  add_action_command(ap, ctx, RequestAction::withdraw, "Withdraw one's own pending request (撤回)", false);
  add_action_command(ap, ctx, RequestAction::revoke, "Revoke an approved request one agreed to (撤销)", true);
  add_quota_command(ap, ctx);
  add_workflow_command(ap, ctx);
}

}  // namespace bangfu::cli
