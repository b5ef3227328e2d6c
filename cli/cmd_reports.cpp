// bangfu report templates|template|add-field|put-template|open|show|set|submit|approve|return|
// withdraw|revoke|unlock|list|package|packages: reports (数据上报) — templates, filling a report,
// its review and the province packages. The engine checks values, permissions and states;
// this file only translates the command line and prints what comes back.
#include <CLI/CLI.hpp>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

// The deadline rule in an official's words: 次月15日, 当年12月5日.
std::string deadline_words(const ReportTemplate& t) {
  const auto& d = t.deadline;
  if (t.period_type == PeriodType::month) {
    std::string month = d.months_after == 0   ? "当月"
                        : d.months_after == 1 ? "次月"
                                              : "期后第" + std::to_string(d.months_after) + "个月";
    return month + (d.day >= 31 ? "末" : std::to_string(d.day) + "日");
  }
  int year = d.months_after / 12, month = d.months_after % 12 + 1;
  std::string y = year == 0 ? "当年" : year == 1 ? "次年" : "第三年";
  // A day beyond the month's end is its last day (February: 28 or 29).
  int days = boost::gregorian::gregorian_calendar::end_of_month_day(2001, static_cast<unsigned short>(month));
  return y + std::to_string(month) + "月" + (d.day > days ? "末" : std::to_string(d.day) + "日");
}

std::string type_text(const ReportField& f) {
  std::string s = field_type_label(f.type);
  if (f.type == FieldType::decimal) s += "(" + std::to_string(f.scale) + "位)";
  return s;
}

std::string bounds_text(const ReportField& f) {
  if (f.type == FieldType::choice) {
    std::string s;
    for (const auto& c : f.choices) s += (s.empty() ? "" : "/") + c;
    return s;
  }
  std::string suffix = f.type == FieldType::text ? "字" : "";
  const char* to = f.type == FieldType::date ? " 至 " : "–";
  if (!f.min.empty() && !f.max.empty()) return f.min + to + f.max;
  if (!f.min.empty()) return "≥ " + f.min;
  if (!f.max.empty()) return "≤ " + f.max + suffix;
  return "";
}

// 考勤·应出勤天数, 派驻人数, 月报合计·outpatient_visits.
std::string source_text(const std::string& source) {
  std::string from = source.starts_with("attendance.") ? "考勤·" : "";
  for (const auto& s : report_sources())
    if (s.key == source) return from + s.label;
  if (source.starts_with("monthly.")) return "月报合计·" + source.substr(8);
  return source;
}

void print_template(const ReportTemplate& t) {
  print_fields(std::cout, {{"报表 template", t.key},
                           {"名称 title", t.title},
                           {"版本 version", std::to_string(t.version) + (t.shipped ? " (内置 shipped)" : "")},
                           {"填报对象 subject", std::string(report_subject_label(t.subject)) + " " + report_subject_key(t.subject)},
                           {"周期 period", std::string(period_type_label(t.period_type)) + " " + period_type_key(t.period_type)},
                           {"截止 deadline", deadline_words(t)}});
  std::cout << "\n";
  TextTable table;
  table.headers = {"代码", "名称", "类型", "单位", "必填", "范围", "来源", "其中", "汇总", "说明"};
  for (const auto& f : t.fields)
    table.add({f.key, f.label, type_text(f), f.unit, f.required ? "是" : "", bounds_text(f), source_text(f.source),
               f.part_of, field_type_numeric(f.type) ? field_aggregate_label(f.aggregate) : "", f.help});
  print_table(std::cout, table);
  std::cout << t.fields.size() << (t.fields.size() == 1 ? " field\n" : " fields\n");
}

// ---- Templates ------------------------------------------------------------------------------

void add_templates_command(CLI::App* rep, Context& ctx) {
  auto* cmd = rep->add_subcommand("templates", "List the report templates (latest versions)");
  cmd->callback([&ctx] {
    auto list = ctx.engine().report_templates();
    TextTable t;
    t.headers = {"代码", "名称", "填报对象", "周期", "截止", "版本", "字段数"};
    t.align = {Align::left, Align::left, Align::left, Align::left, Align::left, Align::right, Align::right};
    for (const auto& r : list)
      t.add({r.key, r.title, report_subject_label(r.subject), period_type_label(r.period_type), deadline_words(r),
             std::to_string(r.version), std::to_string(r.fields.size())});
    print_table(std::cout, t);
    std::cout << list.size() << (list.size() == 1 ? " template\n" : " templates\n");
  });
}

void add_template_command(CLI::App* rep, Context& ctx) {
  struct Args {
    std::string key;
    int version = 0;
    bool json = false;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("template", "Show a template and its fields; --json prints it as put-template reads it");
  cmd->add_option("KEY", a->key, "the template, e.g. monthly_workload")->required();
  cmd->add_option("--version", a->version, "a version (default: the latest)")->option_text("N");
  cmd->add_flag("--json", a->json, "print the template as JSON (edit it and store it with put-template)");
  cmd->callback([&ctx, a] {
    auto t = with_arg_names({{"template", "KEY"}}, [&] { return ctx.engine().report_template(a->key, a->version); });
    if (a->json) std::cout << report_template_json(t) << "\n";
    else print_template(t);
  });
}

void add_add_field_command(CLI::App* rep, Context& ctx) {
  struct Args {
    std::string template_key, key, label, type, unit, min, max, part_of, aggregate, help, source;
    bool required = false;
    int scale = 0;
    std::vector<std::string> choices;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("add-field",
                                  "Add a field to a template (a new version; reports keep the version they were "
                                  "filed under). National administrators and the system actor");
  cmd->add_option("TEMPLATE", a->template_key, "the template, e.g. monthly_workload")->required();
  cmd->add_option("--key", a->key, "the field's key: a–z, 0–9 and _, starting with a letter")->required();
  cmd->add_option("--label", a->label, "the Chinese label, e.g. 远程会诊次数")->required();
  cmd->add_option("--type", a->type, "integer, decimal, text, choice or date (or 整数, 小数, 文本, 选项, 日期)")
      ->required()
      ->option_text("TYPE");
  cmd->add_option("--unit", a->unit, "the unit shown with the label, e.g. 次, 人次, %");
  cmd->add_flag("--required", a->required, "the report cannot be submitted without it");
  cmd->add_option("--min", a->min, "the least value (a number, or YYYY-MM-DD for dates)")->option_text("X");
  cmd->add_option("--max", a->max, "the greatest value (for text: the length in characters)")->option_text("Y");
  cmd->add_option("--scale", a->scale, "decimal places of a decimal field (0–6)")->option_text("N");
  cmd->add_option("--choice", a->choices, "an allowed value of a choice field (repeat)")->option_text("C");
  cmd->add_option("--part-of", a->part_of, "其中: the value may not exceed this earlier numeric field")
      ->option_text("FIELD");
  cmd->add_option("--aggregate", a->aggregate, "how summaries combine it: sum (合计, numbers' default), average or none")
      ->option_text("sum|average|none");
  cmd->add_option("--source", a->source, "pre-fill source, e.g. attendance.late_count (see docs/cli.md)")
      ->option_text("KEY");
  cmd->add_option("--help-text", a->help, "a line of guidance shown with the field")->option_text("H");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    ReportField f;
    f.key = a->key;
    f.label = a->label;
    f.type = parse_field_type(a->type, "type");
    f.unit = a->unit;
    f.required = a->required;
    f.min = a->min;
    f.max = a->max;
    f.scale = a->scale;
    f.choices = a->choices;
    f.part_of = a->part_of;
    f.source = a->source;
    f.help = a->help;
    f.aggregate = !a->aggregate.empty()          ? parse_field_aggregate(a->aggregate, "aggregate")
                  : field_type_numeric(f.type) ? FieldAggregate::sum
                                               : FieldAggregate::none;
    // The engine names the new field by its place in the template ("fields[14].min"): say the option.
    auto current = with_arg_names({{"template", "TEMPLATE"}}, [&] { return e.report_template(a->template_key); });
    std::string at = "fields[" + std::to_string(current.fields.size()) + "]";
    ArgNames names = {{"template", "TEMPLATE"}};
    for (const auto& [member, option] : std::vector<std::pair<std::string, std::string>>{
             {"key", "key"}, {"label", "label"}, {"type", "type"}, {"unit", "unit"}, {"min", "min"},
             {"max", "max"}, {"scale", "scale"}, {"choices", "choice"}, {"part_of", "part-of"},
             {"aggregate", "aggregate"}, {"source", "source"}, {"help", "help-text"}})
      names.emplace_back(at + "." + member, option);
    auto t = with_arg_names(names, [&] { return e.add_report_field(ctx.actor, a->template_key, f); });
    std::cout << "template " << t.key << " version " << t.version << ": field " << f.key << " added\n\n";
    print_template(t);
  });
}

void add_put_template_command(CLI::App* rep, Context& ctx) {
  auto path = std::make_shared<std::string>();
  auto* cmd = rep->add_subcommand("put-template",
                                  "Store a template from a JSON file: a new template, or a new version of one (fields "
                                  "may be added, relabelled or re-bounded, not removed or retyped). National "
                                  "administrators and the system actor");
  cmd->add_option("FILE", *path, "the template as JSON (see 'report template KEY --json')")->required();
  cmd->callback([&ctx, path] {
    Engine& e = ctx.engine();
    std::ifstream in(*path, std::ios::binary);
    if (!in) throw Error(ErrorCode::not_found, "FILE '" + *path + "': cannot be read", "FILE", *path);
    std::ostringstream text;
    text << in.rdbuf();
    ReportTemplate t;
    try {
      t = parse_report_template_json(text.str());
    } catch (const Error& x) {
      throw Error(x.code(), *path + ": " + x.what(), x.field(), x.value());
    }
    auto stored = e.put_report_template(ctx.actor, t);
    std::cout << "template " << stored.key << " version " << stored.version << " stored\n\n";
    print_template(stored);
  });
}

// ---- Reports --------------------------------------------------------------------------------

// Timeliness is the first submission's, even for a report withdrawn back to a draft since.
std::string late_text(Engine& e, const Report& r, const ReportTemplate& t) {
  if (!r.first_submitted_at.empty()) {
    if (report_state_filed(r.state)) return r.late ? "是 逾期上报 late" : "否 按时上报 on time";
    return r.late ? "尚未上报；首次提交已逾期 late" : "尚未上报；首次提交按时 on time";
  }
  // Never submitted: is the deadline past (judged as a submission now would be)?
  return submitted_on_time(t.deadline, r.period, e.now()) ? "否 未到截止日期" : "已逾期，尚未上报 overdue";
}

void print_report_detail(Engine& e, const Report& r) {
  auto t = e.report_template(r.template_key, r.template_version);
  std::vector<std::pair<std::string, std::string>> f = {
      {"ID", std::to_string(r.id)},
      {"报表 report", r.title + " (" + r.template_key + " 第" + std::to_string(r.template_version) + "版)"},
      {"期间 period", r.period.label() + " (" + r.period.text() + ")"},
      {"单位 unit", r.unit_name + " (" + std::to_string(r.unit) + ") " + r.region_path}};
  if (r.staff)
    f.push_back({"人员 staff", r.staff_name + " (" + std::to_string(*r.staff) + ")" +
                                   (r.home_unit_name.empty() ? "" : " 派出单位 " + r.home_unit_name)});
  f.push_back({"状态 state", std::string(report_state_label(r.state)) + " " + report_state_key(r.state)});
  f.push_back({"截止日期 deadline", date_text(r.deadline)});
  f.push_back({"是否逾期 late", late_text(e, r, t)});
  if (!r.first_submitted_at.empty() && r.first_submitted_at != r.submitted_at)
    f.push_back({"首次提交 first submitted", cst_text(r.first_submitted_at)});
  if (!r.submitted_at.empty()) f.push_back({"提交 submitted", cst_text(r.submitted_at)});
  for (std::size_t i = 0; i < r.review.steps.size(); ++i)
    f.push_back({"审核 " + std::to_string(i + 1), step_text(r.review, i)});
  if (r.state == ReportState::submitted) f.push_back({"待审核 awaiting", ids_text(r.awaiting)});
  if (!r.decided_at.empty()) f.push_back({"审核时间 decided", cst_text(r.decided_at)});
  if (!r.return_reason.empty()) f.push_back({"退回理由 reason", r.return_reason});
  if (r.package) f.push_back({"上报包 package", std::to_string(*r.package)});
  print_fields(std::cout, f);
  std::cout << "\n";
  TextTable table;
  table.headers = {"代码", "字段", "值", "单位"};
  for (const auto& field : t.fields) {
    auto v = r.values.find(field.key);
    table.add({field.key, (field.required ? "* " : "  ") + field.label,
               v == r.values.end() ? "" : report_value_text(v->second), field.unit});
  }
  print_table(std::cout, table);
  std::cout << "* 必填 required\n";
}

void add_open_command(CLI::App* rep, Context& ctx) {
  struct Args {
    std::string template_key, period, unit;
    std::optional<StaffId> staff;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("open",
                                  "Open the report of a recipient hospital (and staff member) for a period: the one "
                                  "already there, or a new draft pre-filled from attendance (受援医院管理员)");
  cmd->add_option("TEMPLATE", a->template_key, "monthly_workload (per staff member) or annual_effectiveness (per hospital)")
      ->required();
  cmd->add_option("PERIOD", a->period, "a month (2026-10) for monthly reports, a year (2026) for annual ones")->required();
  cmd->add_option("--unit", a->unit, "the recipient hospital (id or code)")->required()->option_text("ID|CODE");
  cmd->add_option("--staff", a->staff, "the staff member (id), for reports per staff member");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    ReportKey key;
    key.template_key = a->template_key;
    key.period = parse_period(a->period, "PERIOD");
    key.unit = resolve_unit_arg(e, ctx.actor, a->unit, "unit");
    key.staff = a->staff;
    auto r = with_arg_names({{"template", "TEMPLATE"}, {"period", "PERIOD"}}, [&] { return e.open_report(ctx.actor, key); });
    print_report_detail(e, r);
  });
}

void add_show_command(CLI::App* rep, Context& ctx) {
  auto id = std::make_shared<ReportId>(0);
  auto* cmd = rep->add_subcommand("show", "Show a report: its state, review and values");
  cmd->add_option("ID", *id, "the report id")->required();
  cmd->callback([&ctx, id] {
    Engine& e = ctx.engine();
    print_report_detail(e, e.report(ctx.actor, *id));
  });
}

void add_set_command(CLI::App* rep, Context& ctx) {
  struct Args {
    ReportId id = 0;
    std::vector<std::string> values;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("set", "Set values of a draft or returned report; KEY= clears one");
  cmd->add_option("ID", a->id, "the report id")->required();
  cmd->add_option("VALUES", a->values, "KEY=VALUE ..., e.g. outpatient_visits=320 leave_days=1.5")->required();
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    auto r = e.report(ctx.actor, a->id);
    auto t = e.report_template(r.template_key, r.template_version);
    ReportValues values;
    for (const auto& kv : a->values) {
      auto eq = kv.find('=');
      if (eq == std::string::npos || eq == 0)
        throw_invalid("VALUES", kv, "write KEY=VALUE, e.g. outpatient_visits=320 (KEY= clears a value)");
      std::string key = kv.substr(0, eq), text = kv.substr(eq + 1);
      if (const ReportField* f = t.field(key)) values[key] = parse_report_value(*f, text);
      else values[key] = text;  // the engine names the unknown key and lists the template's fields
    }
    print_report_detail(e, e.save_report(ctx.actor, a->id, values));
  });
}

void add_submit_command(CLI::App* rep, Context& ctx) {
  auto id = std::make_shared<ReportId>(0);
  auto* cmd = rep->add_subcommand("submit",
                                  "Submit a draft or returned report for review (every required field is needed)");
  cmd->add_option("ID", *id, "the report id")->required();
  cmd->callback([&ctx, id] {
    Engine& e = ctx.engine();
    print_report_detail(e, e.submit_report(ctx.actor, *id));
  });
}

// approve / return / withdraw / revoke: the review actions, one shape.
void add_action_command(CLI::App* rep, Context& ctx, const char* name, RequestAction action, const char* help,
                        bool reason_required) {
  struct Args {
    ReportId id = 0;
    std::string reason;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand(name, help);
  cmd->add_option("ID", a->id, "the report id")->required();
  auto* reason = cmd->add_option("--reason", a->reason, "the reason (意见)");
  if (reason_required) reason->required();
  cmd->callback([&ctx, a, action] {
    Engine& e = ctx.engine();
    print_report_detail(e, e.act_on_report(ctx.actor, a->id, action, a->reason));
  });
}

void add_unlock_command(CLI::App* rep, Context& ctx) {
  struct Args {
    ReportId id = 0;
    std::string reason;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("unlock",
                                  "National level: send a locked (已上报) report back to the hospital for correction; "
                                  "its province package is reopened");
  cmd->add_option("ID", a->id, "the report id")->required();
  cmd->add_option("--reason", a->reason, "why it is unlocked")->required();
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    print_report_detail(e, e.unlock_report(ctx.actor, a->id, a->reason));
  });
}

void add_list_command(CLI::App* rep, Context& ctx) {
  struct Args {
    std::string template_key, period, region, unit, support_unit, state;
    std::optional<StaffId> staff;
    bool awaiting_me = false;
    int limit = 200;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("list", "List reports in the acting account's reach, or those awaiting its review");
  cmd->add_option("--template", a->template_key, "one template, e.g. monthly_workload")->option_text("KEY");
  cmd->add_option("--period", a->period, "one period: 2026-10 or 2026")->option_text("PERIOD");
  cmd->add_option("--region", a->region, "recipient hospitals in this region (2–12 digits)")->option_text("CODE");
  cmd->add_option("--unit", a->unit, "one recipient hospital (id or code)")->option_text("ID|CODE");
  cmd->add_option("--support-unit", a->support_unit, "staff of this support hospital (id or code)")
      ->option_text("ID|CODE");
  cmd->add_option("--staff", a->staff, "one staff member (id)");
  cmd->add_option("--state", a->state, "draft, submitted, returned, accepted or locked (or 草稿, 待审核, …)")
      ->option_text("STATE");
  cmd->add_flag("--awaiting-me", a->awaiting_me, "only reports the acting account may review now (待我审核)");
  cmd->add_option("--limit", a->limit, "at most this many (default 200)");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    ReportFilter f;
    if (!a->template_key.empty()) f.template_key = a->template_key;
    if (!a->period.empty()) f.period = parse_period(a->period, "period");
    if (!a->region.empty()) f.region = parse_region_arg(a->region, "region");
    if (!a->unit.empty()) f.unit = resolve_unit_arg(e, ctx.actor, a->unit, "unit");
    if (!a->support_unit.empty()) f.support_unit = resolve_unit_arg(e, ctx.actor, a->support_unit, "support-unit");
    if (!a->state.empty()) f.state = parse_report_state(a->state, "state");
    f.staff = a->staff;
    f.awaiting_me = a->awaiting_me;
    f.limit = a->limit;
    auto list = with_arg_names({{"support_unit", "support-unit"}}, [&] { return e.reports(ctx.actor, f); });
    TextTable t;
    t.headers = {"ID", "报表", "期间", "受援医院", "人员", "状态", "逾期", "待审核"};
    t.align = {Align::right};
    for (const auto& r : list)
      t.add({std::to_string(r.id), r.title, r.period.text(), r.unit_name, r.staff_name, report_state_label(r.state),
             r.late ? "是" : "", r.state == ReportState::submitted ? ids_text(r.awaiting) : ""});
    print_table(std::cout, t);
    std::cout << list.size() << (list.size() == 1 ? " report\n" : " reports\n");
  });
}

// ---- Province packages (省级汇总上报) ---------------------------------------------------------

void print_package(const ReportPackage& p) {
  print_fields(std::cout, {{"上报包 package", std::to_string(p.id)},
                           {"报表 template", p.template_key},
                           {"期间 period", p.period.label() + " (" + p.period.text() + ")"},
                           {"省份 province", p.province_name},
                           {"状态 state", std::string(package_state_label(p.state)) + " " + package_state_key(p.state)},
                           {"份数 reports", std::to_string(p.report_count)},
                           {"上报人 by", std::to_string(p.submitted_by)},
                           {"上报时间 at", cst_text(p.submitted_at)}});
}

void add_package_command(CLI::App* rep, Context& ctx) {
  struct Args {
    std::string template_key, period, province;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("package",
                                  "省级汇总上报: submit a province's reports of a period to the national level once "
                                  "every expected one is accepted; they are locked (受援省份管理员)");
  cmd->add_option("TEMPLATE", a->template_key, "the template, e.g. monthly_workload")->required();
  cmd->add_option("PERIOD", a->period, "2026-10 or 2026")->required();
  cmd->add_option("--province", a->province, "the province (2 digits, e.g. 51)")->required()->option_text("CODE");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    Period period = parse_period(a->period, "PERIOD");
    RegionCode province = parse_region_arg(a->province, "province");
    print_package(with_arg_names({{"template", "TEMPLATE"}, {"period", "PERIOD"}}, [&] {
      return e.submit_report_package(ctx.actor, a->template_key, period, province);
    }));
  });
}

void add_packages_command(CLI::App* rep, Context& ctx) {
  struct Args {
    std::string template_key, period;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("packages", "List the province packages the acting account may see");
  cmd->add_option("--template", a->template_key, "one template")->option_text("KEY");
  cmd->add_option("--period", a->period, "one period: 2026-10 or 2026")->option_text("PERIOD");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    std::optional<std::string> key;
    if (!a->template_key.empty()) key = a->template_key;
    std::optional<Period> period;
    if (!a->period.empty()) period = parse_period(a->period, "period");
    auto list = e.report_packages(ctx.actor, key, period);
    TextTable t;
    t.headers = {"ID", "报表", "期间", "省份", "状态", "份数", "上报时间"};
    t.align = {Align::right, Align::left, Align::left, Align::left, Align::left, Align::right};
    for (const auto& p : list)
      t.add({std::to_string(p.id), p.template_key, p.period.text(), p.province_name, package_state_label(p.state),
             std::to_string(p.report_count), cst_text(p.submitted_at)});
    print_table(std::cout, t);
    std::cout << list.size() << (list.size() == 1 ? " package\n" : " packages\n");
  });
}

}  // namespace

void add_report_filing_commands(CLI::App* rep, Context& ctx) {
  add_templates_command(rep, ctx);
  add_template_command(rep, ctx);
  add_add_field_command(rep, ctx);
  add_put_template_command(rep, ctx);
  add_open_command(rep, ctx);
  add_show_command(rep, ctx);
  add_set_command(rep, ctx);
  add_submit_command(rep, ctx);
  add_action_command(rep, ctx, "approve", RequestAction::approve, "Accept a report awaiting the acting account's review (通过)", false);
  add_action_command(rep, ctx, "return", RequestAction::reject,
                     "Return a report awaiting the acting account's review to the hospital (退回), with a reason", true);
  add_action_command(rep, ctx, "withdraw", RequestAction::withdraw, "Withdraw a submitted report under review (撤回)", false);
  add_action_command(rep, ctx, "revoke", RequestAction::revoke,
                     "Revoke an accepted report one accepted (撤销通过): it goes back to the hospital", true);
  add_unlock_command(rep, ctx);
  add_list_command(rep, ctx);
  add_package_command(rep, ctx);
  add_packages_command(rep, ctx);
}

}  // namespace bangfu::cli
