// bangfu export staff-summary: 支援人员信息汇总表 as CSV (UTF-8 with BOM, for Excel) or XLSX,
// limited to what the acting account may see (ID numbers masked unless it may see them).
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "staff_filter_args.hpp"

namespace bangfu::cli {

void add_export_command(CLI::App& app, Context& ctx) {
  auto* exp = app.add_subcommand("export", "Export a summary table to a file");
  exp->require_subcommand(1);

  struct Args {
    StaffFilterArgs filter;
    std::string format, out;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = exp->add_subcommand("staff-summary",
                                  "Export the staff information summary (支援人员信息汇总表) with Chinese headers; "
                                  "the file appears only when the export succeeded");
  cmd->add_option("--format", args->format, "csv or xlsx (default: from the --out file's extension)")
      ->option_text("csv|xlsx");
  cmd->add_option("--out", args->out, "the file to write")->required()->option_text("FILE");
  add_staff_filter_options(*cmd, args->filter);
  cmd->callback([&ctx, args] {
    ExportFormat fmt = export_format_arg(args->format, args->out);
    Engine& e = ctx.engine();
    e.export_staff_summary(ctx.actor, to_filter(args->filter, e, ctx.actor), fmt, args->out);
    std::cout << "wrote " << args->out << " (" << (fmt == ExportFormat::csv ? "csv" : "xlsx") << ")\n";
  });
}

}  // namespace bangfu::cli
