// bangfu report: prints Engine::programme_overview (对口帮扶工作概况) — every figure is the
// Engine's, computed for the acting account's view; this file only lays it out.
#include <CLI/CLI.hpp>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <iostream>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {

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

  // Last month's attendance, by recipient province: what the programme office checks first.
  Date month = o.as_of.end_of_month() - boost::gregorian::months(1);
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

void add_report_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("report",
                                 "Print the programme overview: hospitals, pairings, staff on assignment today, and "
                                 "per recipient province and city the staff dispatched and hospitals covered "
                                 "(as seen by the acting account)");
  cmd->callback([&ctx] { print_report(ctx.engine(), ctx.actor); });
}

}  // namespace bangfu::cli
