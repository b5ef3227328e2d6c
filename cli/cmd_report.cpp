// bangfu report: prints Engine::programme_overview (对口帮扶工作概况) — every figure is the
// Engine's, computed for the acting account's view; this file only lays it out.
#include <CLI/CLI.hpp>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <iostream>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {

namespace {

// Last month's attendance, by recipient province.
void print_last_month_attendance(Engine& e, AccountId actor, Date month) {
  AttendanceFilter f;
  f.year = month.year();
  f.month = month.month();
  f.group_by = AttendanceGrouping::province;
  auto att = e.attendance_month_table(actor, f);
  if (att.rows.size() <= 1) return;  // nobody on assignment that month (only the 合计 row)
  std::cout << "\n考勤统计（" << f.year << "年" << f.month << "月，按受援省份）\n\n";
  auto a = to_text_table(att, {"region_path", "staff_count", "required_days", "attended_days", "attendance_rate",
                               "late_count", "on_duty_missing", "absent_days", "field_count", "makeup_count"},
                         "columns");
  a.align = {Align::left, Align::right, Align::right, Align::right, Align::right, Align::right, Align::right,
             Align::right, Align::right, Align::right};
  print_table(std::cout, a);
}

// Last month's 工作量月报填报情况: by province for the national view, else by the subordinate
// regions of the account's own jurisdiction; nothing for an account without one.
void print_last_month_filing(Engine& e, AccountId actor, Date month) {
  CompletenessFilter f;
  f.template_key = "monthly_workload";
  f.period = Period::of_month(month.year(), month.month());
  f.region = kNationwide;
  Table t;
  try {
    if (actor != kSystemActor) {
      auto self = e.account(actor, actor);
      if (self.scope.kind != Scope::Kind::region) return;
      f.region = self.scope.region;
    }
    t = e.report_completeness_table(actor, f);
  } catch (const Error& x) {
    if (x.code() == ErrorCode::permission_denied) return;  // not a recipient-side jurisdiction
    throw;
  }
  auto expected = t.column_index("expected");
  const Cell& total = t.rows.back().at(expected);  // the 合计 row
  if (!std::holds_alternative<std::int64_t>(total) || std::get<std::int64_t>(total) == 0) return;
  std::cout << "\n工作量月报填报情况（" << f.period.label() << "，"
            << (f.region == kNationwide ? "按受援省份" : region_label(e, f.region)) << "，截止 "
            << date_text(deadline_of(e.report_template(f.template_key).deadline, f.period)) << "）\n\n";
  auto c = to_text_table(t, {"name", "units_expected", "units_complete", "expected", "on_time", "late", "missing",
                             "filed_rate"},
                         "columns");
  c.align = {Align::left, Align::right, Align::right, Align::right, Align::right, Align::right, Align::right,
             Align::right};
  print_table(std::cout, c);
}

}  // namespace

void print_report(Engine& e, AccountId actor) {
  auto o = e.programme_overview(actor);
  std::cout << "对口帮扶工作概况（截至 " << date_text(o.as_of) << "）\n\n";
  TextTable overview;
  overview.headers = {"项目", "数量"};
  overview.align = {Align::left, Align::right};
  overview.add({"支援医院", std::to_string(o.support_hospitals)});
  overview.add({"受援医院", std::to_string(o.recipient_hospitals)});
  overview.add({"帮扶关系（在期）", std::to_string(o.pairings_active)});
  overview.add({"帮扶关系（累计）", std::to_string(o.pairings_total)});
  overview.add({"登记支援人员", std::to_string(o.staff_registered)});
  overview.add({"今日在岗支援人员", std::to_string(o.staff_on_duty)});
  overview.add({"已结束派驻（人次）", std::to_string(o.assignments_ended)});
  overview.add({"尚未派驻人员", std::to_string(o.staff_not_dispatched)});
  print_table(std::cout, overview);

  std::cout << "\n受援地区派驻情况（今日在岗）\n\n";
  auto t = to_text_table(o.by_region, {"province", "city", "recipient_hospitals", "pairings_active", "staff_on_duty",
                                       "hospitals_covered"},
                         "columns");
  t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right};
  print_table(std::cout, t);

  // Last month: what the programme office checks first.
  Date month = o.as_of.end_of_month() - boost::gregorian::months(1);
  print_last_month_attendance(e, actor, month);
  print_last_month_filing(e, actor, month);
}

void add_report_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("report",
                                 "Without a subcommand: print the programme overview (hospitals, pairings, staff on "
                                 "assignment today, per recipient province and city, last month's 考勤统计 and "
                                 "工作量月报填报情况, as seen by the acting account). With one: reports (数据上报) — "
                                 "templates, filling and review, packages, 填报情况 and 汇总表");
  cmd->require_subcommand(0, 1);
  add_report_filing_commands(cmd, ctx);
  add_report_table_commands(cmd, ctx);
  // A subcommand's callback runs first; the overview is for `bangfu report` alone.
  cmd->callback([&ctx, cmd] {
    if (cmd->get_subcommands().empty()) print_report(ctx.engine(), ctx.actor);
  });
}

}  // namespace bangfu::cli
