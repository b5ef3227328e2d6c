// bangfu report status|summary: 填报情况查询 (who has filed a period's reports, with the 催报名单)
// and the 汇总表 (per report or grouped, with 合计). Every figure is the Engine's, for the acting
// account's view; this file asks, prints or exports.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

void wrote(const std::string& path, ExportFormat fmt) {
  std::cout << "wrote " << path << " (" << (fmt == ExportFormat::csv ? "csv" : "xlsx") << ")\n";
}

// A long text (工作小结) would stretch a terminal table: shorten it; --export has it whole.
constexpr std::size_t kMaxCellWidth = 24;

std::string shortened(const std::string& s) {
  if (display_width(s) <= kMaxCellWidth) return s;
  std::string out;
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0xF0) len = 4;
    else if (b >= 0xE0) len = 3;
    else if (b >= 0xC0) len = 2;
    std::string ch = s.substr(i, len);
    std::size_t w = display_width(ch);
    if (width + w > kMaxCellWidth - 1) break;
    out += ch;
    width += w;
    i += len;
  }
  return out + "…";
}

void add_status_command(CLI::App* rep, Context& ctx) {
  struct Args {
    std::string template_key, period, region, out, format;
    bool missing = false;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("status",
                                  "填报情况查询: for a region and period, per subordinate region (a county: per "
                                  "hospital) the units and reports expected, filed on time, late, missing, with "
                                  "合计; then the 催报名单 (units to chase, with the staff missing and the hospital "
                                  "administrators to call)");
  cmd->add_option("TEMPLATE", a->template_key, "monthly_workload or annual_effectiveness")->required();
  cmd->add_option("PERIOD", a->period, "2026-10 (monthly) or 2026 (annual)")->required();
  cmd->add_option("--region", a->region,
                  "the region (2–12 digits; default: the acting account's own region, else 0, the whole country)")
      ->option_text("CODE");
  cmd->add_flag("--missing", a->missing, "only the 催报名单 (and --export writes it instead of the counts)");
  cmd->add_option("--export", a->out, "write the counts (or with --missing the 催报名单) to FILE (.csv or .xlsx)")
      ->option_text("FILE");
  cmd->add_option("--format", a->format, "csv or xlsx (default: from the --export file's extension)")
      ->option_text("csv|xlsx");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    CompletenessFilter f;
    f.template_key = a->template_key;
    f.period = parse_period(a->period, "PERIOD");
    if (!a->region.empty()) {
      f.region = parse_region_arg(a->region, "region");
    } else if (ctx.actor != kSystemActor) {  // a county admin asks about their county
      auto self = e.account(ctx.actor, ctx.actor);
      if (self.scope.kind == Scope::Kind::region) f.region = self.scope.region;
    }
    ArgNames names = {{"template", "TEMPLATE"}, {"period", "PERIOD"}};
    if (!a->out.empty()) {
      ExportFormat fmt = export_format_arg(a->format, a->out);
      with_arg_names(names, [&] {
        if (a->missing) e.export_report_missing(ctx.actor, f, fmt, a->out);
        else e.export_report_completeness(ctx.actor, f, fmt, a->out);
      });
      wrote(a->out, fmt);
      return;
    }
    auto t = with_arg_names(names, [&] { return e.report_template(f.template_key); });
    Table counts;
    if (!a->missing) counts = with_arg_names(names, [&] { return e.report_completeness_table(ctx.actor, f); });
    Table missing = with_arg_names(names, [&] { return e.report_missing_table(ctx.actor, f); });
    std::cout << t.title << "填报情况 " << f.period.label() << "（" << region_label(e, f.region) << "，截止 "
              << date_text(deadline_of(t.deadline, f.period)) << "）\n";
    if (!a->missing) {
      auto c = to_text_table(counts, {}, "columns");
      c.align.assign(c.headers.size(), Align::right);  // counts and rates
      c.align.front() = Align::left;
      std::cout << "\n";
      print_table(std::cout, c);
    }
    std::cout << "\n催报名单（" << missing.rows.size() << " 个单位未报齐）\n";
    if (missing.rows.empty()) return;
    std::cout << "\n";
    print_table(std::cout, to_text_table(missing, {}, "columns"));
  });
}

void add_summary_command(CLI::App* rep, Context& ctx) {
  struct Args {
    std::string template_key, first, last, region, unit, support_unit, group_by = "report", out, format;
    std::vector<std::string> columns;
    bool accepted_only = false;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = rep->add_subcommand("summary",
                                  "汇总表: the filed reports of a period range, one row per report (明细) or summed "
                                  "per hospital, county, city or province, with 合计; --export writes it whole");
  cmd->add_option("TEMPLATE", a->template_key, "monthly_workload or annual_effectiveness")->required();
  cmd->add_option("FIRST", a->first, "the first period: 2026-10 (monthly) or 2026 (annual)")->required();
  cmd->add_option("LAST", a->last, "the last period (default: FIRST)");
  cmd->add_option("--region", a->region, "recipient hospitals in this region (2–12 digits)")->option_text("CODE");
  cmd->add_option("--unit", a->unit, "one recipient hospital (id or code)")->option_text("ID|CODE");
  cmd->add_option("--support-unit", a->support_unit,
                  "the support side: staff of (or hospitals paired with) this hospital (id or code)")
      ->option_text("ID|CODE");
  cmd->add_option("--group-by", a->group_by, "report (a row per report, the default), hospital, county, city or province")
      ->option_text("report|hospital|county|city|province");
  cmd->add_flag("--accepted-only", a->accepted_only, "only accepted (已通过) and locked (已上报) reports");
  cmd->add_option("--columns", a->columns, "print only these columns (keys, comma-separated)")
      ->delimiter(',')
      ->option_text("KEYS");
  cmd->add_option("--export", a->out, "write the table to FILE (.csv or .xlsx) instead of printing it")
      ->option_text("FILE");
  cmd->add_option("--format", a->format, "csv or xlsx (default: from the --export file's extension)")
      ->option_text("csv|xlsx");
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    ReportSummaryFilter f;
    f.template_key = a->template_key;
    f.first = parse_period(a->first, "FIRST");
    f.last = a->last.empty() ? f.first : parse_period(a->last, "LAST");
    if (!a->region.empty()) f.region = parse_region_arg(a->region, "region");
    if (!a->unit.empty()) f.unit = resolve_unit_arg(e, ctx.actor, a->unit, "unit");
    if (!a->support_unit.empty()) f.support_unit = resolve_unit_arg(e, ctx.actor, a->support_unit, "support-unit");
    f.group_by = parse_report_grouping(a->group_by, "group-by");
    f.accepted_only = a->accepted_only;
    // LAST defaults to FIRST: a complaint about the range is about what the user typed.
    ArgNames names = {{"template", "TEMPLATE"},
                      {"first", "FIRST"},
                      {"last", a->last.empty() ? "FIRST" : "LAST"},
                      {"support_unit", "support-unit"},
                      {"group_by", "group-by"}};
    if (!a->out.empty()) {
      ExportFormat fmt = export_format_arg(a->format, a->out);
      with_arg_names(names, [&] { e.export_report_summary(ctx.actor, f, fmt, a->out); });
      wrote(a->out, fmt);
      return;
    }
    Table table = with_arg_names(names, [&] { return e.report_summary(ctx.actor, f); });
    auto t = e.report_template(f.template_key);
    TextTable out = to_text_table(table, a->columns, "columns");
    std::vector<std::size_t> cols;  // the table's column of each printed one
    for (const auto& k : a->columns) cols.push_back(table.column_index(k));
    if (a->columns.empty())
      for (std::size_t c = 0; c < table.columns.size(); ++c) cols.push_back(c);
    bool shortened_any = false;
    for (std::size_t c = 0; c < cols.size(); ++c) {
      const auto& column = table.columns[cols[c]];
      if (column.type == ColumnType::decimal) out.align[c] = Align::right;
      const ReportField* field = t.field(column.key);
      if (!field || field->type != FieldType::text) continue;
      for (auto& row : out.rows) {
        std::string s = shortened(row[c]);
        shortened_any = shortened_any || s != row[c];
        row[c] = std::move(s);
      }
    }
    std::cout << t.title << "汇总表 " << f.first.label() << (f.last == f.first ? "" : "–" + f.last.label()) << "（"
              << (f.group_by == ReportGrouping::report ? "明细" : std::string("按") + report_grouping_label(f.group_by))
              << (f.accepted_only ? "，仅已通过" : "") << "）\n\n";
    print_table(std::cout, out);
    // Per report: the rows, then 合计; grouped: the groups, then 合计.
    std::size_t n = table.rows.empty() ? 0 : table.rows.size() - 1;
    std::cout << n << (f.group_by == ReportGrouping::report ? (n == 1 ? " report" : " reports")
                                                              : (n == 1 ? " group" : " groups"))
              << " and 合计" << (shortened_any ? "; long texts shortened (…), --export writes them whole" : "") << "\n";
  });
}

}  // namespace

void add_report_table_commands(CLI::App* rep, Context& ctx) {
  add_status_command(rep, ctx);
  add_summary_command(rep, ctx);
}

}  // namespace bangfu::cli
