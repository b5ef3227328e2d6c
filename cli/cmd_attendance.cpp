// bangfu attendance group-add|groups|punch|days|month: 考勤 — a hospital's 考勤组, punches,
// the day-by-day results and 考勤统计. The engine classifies and counts; this file only asks
// and prints.
#include <CLI/CLI.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

std::string clock_or_empty(const std::optional<int>& minute) { return minute ? clock_text(*minute) : ""; }

void add_group_add_command(CLI::App* att, Context& ctx) {
  struct Args {
    std::string unit, name, on_duty, off_duty, field_policy;
    std::vector<StaffId> members;
    std::optional<int> grace, serious_late, absence, radius, makeup_per_cycle, makeup_days_back;
    bool off_duty_required = false;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = att->add_subcommand("group-add",
                                  "Add a 考勤组 to a recipient hospital: its rule for everyone assigned there (no "
                                  "--member) or for the listed staff");
  cmd->add_option("--unit", a->unit, "the recipient hospital (id or code)")->required()->option_text("ID|CODE");
  cmd->add_option("--name", a->name, "the group's name, e.g. 默认考勤组")->required();
  cmd->add_option("--member", a->members, "a staff id in the group (repeat); none: the hospital's default group")
      ->option_text("STAFF");
  cmd->add_option("--on-duty", a->on_duty, "上班时间 (default 08:00)")->option_text("HH:MM");
  cmd->add_option("--grace", a->grace, "弹性 minutes: late by at most this counts as normal (default 0)");
  cmd->add_option("--serious-late", a->serious_late, "minutes late that make 严重迟到 (default 30)");
  cmd->add_option("--absence", a->absence, "minutes late that make 旷工 (default 60)");
  cmd->add_option("--off-duty", a->off_duty, "下班时间 (default 17:30)")->option_text("HH:MM");
  cmd->add_flag("--off-duty-required", a->off_duty_required, "require an off-duty punch (下班打卡)");
  cmd->add_option("--radius", a->radius, "考勤范围 in metres around the hospital's location, 100–3000 (default 300)");
  cmd->add_option("--field-policy", a->field_policy,
                  "outside the range: accept (允许外勤), flag (允许并标记, default) or require_approval (需审批)")
      ->option_text("POLICY");
  cmd->add_option("--makeup-per-cycle", a->makeup_per_cycle, "补卡 requests allowed per month (default 3)");
  cmd->add_option("--makeup-days-back", a->makeup_days_back, "how many days back a 补卡 may reach (default 30)");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    NewAttendanceGroup g;
    g.unit = resolve_unit_arg(e, ctx.actor, a->unit, "unit");
    g.name = a->name;
    g.members = a->members;
    auto& r = g.rule;
    if (!a->on_duty.empty()) r.on_duty = parse_clock(a->on_duty, "on-duty");
    if (!a->off_duty.empty()) r.off_duty = parse_clock(a->off_duty, "off-duty");
    r.off_duty_required = a->off_duty_required;
    if (a->grace) r.grace = *a->grace;
    if (a->serious_late) r.serious_late = *a->serious_late;
    if (a->absence) r.absence = *a->absence;
    if (a->radius) r.radius_m = *a->radius;
    if (!a->field_policy.empty()) r.field_policy = parse_field_policy(a->field_policy, "field-policy");
    if (a->makeup_per_cycle) r.makeup.per_cycle = *a->makeup_per_cycle;
    if (a->makeup_days_back) r.makeup.days_back = *a->makeup_days_back;
    GroupId id = e.add_attendance_group(ctx.actor, g);
    std::cout << "attendance group " << id << " added: " << g.name << "\n";
  });
}

void add_groups_command(CLI::App* att, Context& ctx) {
  auto unit = std::make_shared<std::string>();
  auto* cmd = att->add_subcommand("groups", "List a recipient hospital's 考勤组 and their rules");
  cmd->add_option("--unit", *unit, "the recipient hospital (id or code)")->required()->option_text("ID|CODE");
  cmd->callback([&ctx, unit] {
    Engine& e = ctx.engine();
    auto groups = e.attendance_groups(ctx.actor, resolve_unit_arg(e, ctx.actor, *unit, "unit"));
    TextTable t;
    t.headers = {"ID", "名称", "成员", "上班", "下班", "弹性", "范围(米)", "外勤", "补卡/月"};
    t.align = {Align::right, Align::left, Align::left, Align::left, Align::left, Align::right, Align::right};
    for (const auto& g : groups) {
      std::string members;
      for (auto m : g.members) {
        if (!members.empty()) members += ',';
        members += std::to_string(m);
      }
      const auto& r = g.rule;
      t.add({std::to_string(g.id), g.name, members.empty() ? "全院" : members, clock_text(r.on_duty),
             r.off_duty_required ? clock_text(r.off_duty) : "-", std::to_string(r.grace), std::to_string(r.radius_m),
             field_policy_label(r.field_policy), std::to_string(r.makeup.per_cycle)});
    }
    print_table(std::cout, t);
    std::cout << groups.size() << (groups.size() == 1 ? " group\n" : " groups\n");
  });
}

void add_punch_command(CLI::App* att, Context& ctx) {
  struct Args {
    StaffId staff = 0;
    std::string at, source = "cli";
    std::optional<double> lat, lon;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = att->add_subcommand("punch",
                                  "Record a punch (打卡) for a staff member under their active assignment; as the "
                                  "staff member's own account or the system actor");
  cmd->add_option("--staff", a->staff, "the staff id")->required();
  cmd->add_option("--at", a->at, "when: \"2026-11-02 08:01\" (China Standard Time) or ISO 8601 (default: now)")
      ->option_text("TIME");
  cmd->add_option("--lat", a->lat, "latitude (WGS-84 degrees); with --lon")->option_text("DEG");
  cmd->add_option("--lon", a->lon, "longitude (WGS-84 degrees); with --lat")->option_text("DEG");
  cmd->add_option("--source", a->source, "where the punch comes from (default cli)")->option_text("TEXT");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    if (a->lat.has_value() != a->lon.has_value())
      throw_invalid(a->lat ? "lon" : "lat", "", "give both --lat and --lon, or neither");
    NewPunch n;
    n.staff = a->staff;
    n.at = a->at.empty() ? e.now() : parse_instant(a->at, "at");
    if (a->lat) n.location = GeoPoint{*a->lat, *a->lon};
    n.source = a->source;
    Punch p = e.record_punch(ctx.actor, n);
    print_fields(std::cout, {{"打卡 punch", std::to_string(p.id)},
                             {"日期 day", date_text(p.day)},
                             {"时间 time", clock_text(p.minute)},
                             {"结果 check", std::string(punch_check_label(p.check)) + " " + punch_check_key(p.check)},
                             {"距离 distance", p.distance_m ? std::to_string(*p.distance_m) + " m" : "-"},
                             {"计入 counts", punch_counts(p.check) ? "是 yes" : "否 no"}});
  });
}

void add_days_command(CLI::App* att, Context& ctx) {
  struct Args {
    StaffId staff = 0;
    std::string from, to;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = att->add_subcommand("days", "A staff member's attendance day by day (at most 366 days)");
  cmd->add_option("--staff", a->staff, "the staff id")->required();
  cmd->add_option("--from", a->from, "first day, YYYY-MM-DD or today")->required()->option_text("DATE");
  cmd->add_option("--to", a->to, "last day, YYYY-MM-DD or today")->required()->option_text("DATE");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    auto days = e.attendance_days(ctx.actor, a->staff, parse_date_arg(a->from, "from", e), parse_date_arg(a->to, "to", e));
    TextTable t;
    t.headers = {"日期", "状态", "应出勤", "上班", "下班", "迟到(分)", "说明"};
    t.align = {Align::left, Align::left, Align::left, Align::left, Align::left, Align::right};
    for (const auto& d : days) {
      std::string note = d.holiday_name;
      if (d.leave_type) note = std::string(leave_type_label(*d.leave_type)) + (d.leave_halves == 1 ? " 半天" : "");
      if (d.made_up) note += note.empty() ? "补卡" : " 补卡";
      if (d.field) note += note.empty() ? "外勤" : " 外勤";
      t.add({date_text(d.date), day_status_label(d.status), d.required ? "是" : "", clock_or_empty(d.on_duty_minute),
             clock_or_empty(d.off_duty_minute), d.late_minutes ? std::to_string(d.late_minutes) : "", note});
    }
    print_table(std::cout, t);
  });
}

void add_month_command(CLI::App* att, Context& ctx) {
  struct Args {
    std::string month, region, unit, out, format, group_by = "staff";
    std::optional<StaffId> staff;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = att->add_subcommand("month",
                                  "考勤统计: one row per staff member and assignment active in the month (or sums per "
                                  "hospital or region with --group-by), as the acting account sees them; --export "
                                  "writes the table to a file");
  cmd->add_option("MONTH", a->month, "YYYY-MM")->required();
  cmd->add_option("--region", a->region, "recipient hospitals in this region (2–12 digits)")->option_text("CODE");
  cmd->add_option("--unit", a->unit, "one recipient hospital (id or code)")->option_text("ID|CODE");
  cmd->add_option("--staff", a->staff, "one staff member (id)");
  cmd->add_option("--group-by", a->group_by,
                  "staff (a row per person, the default), or sums per hospital, county, city or province with "
                  "出勤率 and a 合计 row")
      ->option_text("staff|hospital|county|city|province");
  cmd->add_option("--export", a->out, "write the table to FILE (.csv or .xlsx) instead of printing it")
      ->option_text("FILE");
  cmd->add_option("--format", a->format, "csv or xlsx (default: from the --export file's extension)")
      ->option_text("csv|xlsx");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    Date first = parse_month_arg(a->month, "MONTH");
    AttendanceFilter f;
    f.year = first.year();
    f.month = first.month();
    if (!a->region.empty()) f.region = parse_region_arg(a->region, "region");
    if (!a->unit.empty()) f.unit = resolve_unit_arg(e, ctx.actor, a->unit, "unit");
    f.staff = a->staff;
    f.group_by = parse_attendance_grouping(a->group_by, "group-by");
    if (!a->out.empty()) {
      ExportFormat fmt = export_format_arg(a->format, a->out);
      e.export_attendance_month(ctx.actor, f, fmt, a->out);
      std::cout << "wrote " << a->out << " (" << (fmt == ExportFormat::csv ? "csv" : "xlsx") << ")\n";
      return;
    }
    Table table = e.attendance_month_table(ctx.actor, f);
    std::cout << "考勤统计 " << a->month << "\n";
    print_table(std::cout, to_text_table(table, {}, "columns"));
    std::cout << table.rows.size() << (table.rows.size() == 1 ? " row\n" : " rows\n");
  });
}

}  // namespace

void add_attendance_command(CLI::App& app, Context& ctx) {
  auto* att = app.add_subcommand("attendance", "Attendance (考勤): groups, punches, days and the monthly statistics");
  att->require_subcommand(1);
  add_group_add_command(att, ctx);
  add_groups_command(att, ctx);
  add_punch_command(att, ctx);
  add_days_command(att, ctx);
  add_month_command(att, ctx);
}

}  // namespace bangfu::cli
