// What every command of the bangfu program shares: the global options (--db, --actor), the
// engine they open, and the small translations from command-line text to Engine arguments.
// Translations only: every rule lives in the Engine.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bangfu/engine.hpp"

namespace CLI {
class App;
}

namespace bangfu::cli {

struct Context {
  std::string db_path = "bangfu.db";
  AccountId actor = kSystemActor;
  int exit_code = 0;  // a command that reports a refusal without throwing sets 1

  // Opens the database once. Only `init` and `demo` create a missing file; the other
  // commands refuse it (so that a mistyped --db does not leave an empty database behind).
  Engine& engine(bool create = false);

 private:
  std::unique_ptr<Engine> engine_;
};

// YYYY-MM-DD, or "today" (the engine's today, China Standard Time).
Date parse_date_arg(const std::string& text, const std::string& field, Engine& engine);
// YYYY-MM → the first day of that month; anything else is invalid_argument naming `field`.
Date parse_month_arg(const std::string& text, const std::string& field);

// The export format: `format` when given ("csv" or "xlsx"), else the extension of `path`.
ExportFormat export_format_arg(const std::string& format, const std::string& path);

// A unit named by its code, or by its numeric id when no unit has that code.
UnitId resolve_unit_arg(Engine& engine, AccountId actor, const std::string& text, const std::string& field);
// 2, 4, 6, 9 or 12 digits; "0" is the whole country.
RegionCode parse_region_arg(const std::string& text, const std::string& field);
std::string region_label(Engine& engine, RegionCode code);  // "四川省/凉山彝族自治州/甘洛县 (513435)"

// Stored times are UTC; officials read Beijing time: "2026-11-23 21:14:25" ("" stays "").
std::string cst_text(const std::string& utc);
// Account ids as "3,7"; "-" when there are none.
std::string ids_text(const std::vector<AccountId>& ids);
// A review or approval step for display: "受援医院审批 [单人] 已通过 审批人 14".
std::string step_text(const RequestProgress& progress, std::size_t step);

// Engine field names that a command calls otherwise, e.g. {"first", "FIRST"} for a positional
// or {"support_unit", "support-unit"} for an option. A name also covers its members and
// items ("fields[3]" covers "fields[3].min" and "fields[3].choices[0]" when listed as such).
using ArgNames = std::vector<std::pair<std::string, std::string>>;
// The error again under the command line's name of its field (unchanged when none applies).
Error renamed_error(const Error& e, const ArgNames& names);
// Runs `f`, renaming the field of an Error it throws.
template <class F>
decltype(auto) with_arg_names(const ArgNames& names, F&& f) {
  try {
    return f();
  } catch (const Error& e) {
    throw renamed_error(e, names);
  }
}

// One function per command file, each adding its subcommand(s) to the program.
void add_init_command(CLI::App& app, Context& ctx);
void add_demo_command(CLI::App& app, Context& ctx);
void add_report_command(CLI::App& app, Context& ctx);
void add_region_command(CLI::App& app, Context& ctx);
void add_import_command(CLI::App& app, Context& ctx);
void add_export_command(CLI::App& app, Context& ctx);
void add_summary_command(CLI::App& app, Context& ctx);
void add_account_command(CLI::App& app, Context& ctx);
void add_unit_command(CLI::App& app, Context& ctx);
void add_calendar_command(CLI::App& app, Context& ctx);
void add_staff_command(CLI::App& app, Context& ctx);
void add_audit_command(CLI::App& app, Context& ctx);
void add_attendance_command(CLI::App& app, Context& ctx);
void add_approvals_command(CLI::App& app, Context& ctx);
// The subcommands of `report` (数据上报): templates, filling and review, packages (cmd_reports.cpp);
// 填报情况 and 汇总表 (cmd_report_tables.cpp).
void add_report_filing_commands(CLI::App* report, Context& ctx);
void add_report_table_commands(CLI::App* report, Context& ctx);
void add_version_command(CLI::App& app, Context& ctx);

// The overview printed by `report` and after `demo`.
void print_report(Engine& engine, AccountId actor);

}  // namespace bangfu::cli
