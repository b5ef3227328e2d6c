// bangfu import regions|units|staff|calendar FILE: bulk import from CSV (UTF-8, header row). A
// file with any bad row writes nothing unless --keep-good-rows; every problem is listed by line
// and field.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

struct ImportArgs {
  std::string file;
  ImportOptions options;
};

// The engine's message names the field and value again ("kind 'hospital': unknown unit kind");
// the line already shows them, so that prefix is left out.
std::string without_field_prefix(const std::string& message, const std::string& value) {
  std::string quoted = " '" + value + "': ";
  auto at = message.find(quoted);
  if (value.empty() || at == std::string::npos || message.find(' ') < at) return message;
  return message.substr(at + quoted.size());
}

void print_import_report(const ImportReport& r, const ImportArgs& args, ImportKind kind) {
  std::cout << "import " << import_kind_key(kind) << " from " << args.file
            << (args.options.dry_run ? " (dry run)" : "") << "\n";
  print_fields(std::cout, {
                              {"rows read", std::to_string(r.rows_read)},
                              {args.options.dry_run ? "rows that would import" : "rows valid", std::to_string(r.rows_valid)},
                              {"rows imported", std::to_string(r.rows_imported)},
                              {"rows rejected", std::to_string(r.rows_rejected)},
                              {"committed", r.committed ? "yes" : "no"},
                          });
  if (!r.problems.empty()) {
    std::cout << "problems:\n";
    for (auto& p : r.problems) {
      std::cout << "  line " << p.line;
      if (!p.field.empty()) std::cout << ", field " << p.field << " ('" << p.value << "')";
      std::cout << ": " << without_field_prefix(p.message, p.value) << "\n";
    }
    if (static_cast<std::int64_t>(r.problems.size()) < r.rows_rejected)
      std::cout << "  (" << (r.rows_rejected - static_cast<std::int64_t>(r.problems.size()))
                << " more rejected rows not listed)\n";
  }
  if (!r.committed) {
    if (r.rows_rejected > 0 && !args.options.dry_run)
      std::cout << "nothing was written: fix the rows above, or import the good rows with --keep-good-rows\n";
    else if (args.options.dry_run)
      std::cout << "dry run: nothing was written\n";
  }
}

}  // namespace

void add_import_command(CLI::App& app, Context& ctx) {
  auto* import = app.add_subcommand(
      "import",
      "Import a CSV file (UTF-8, optional BOM, first row = column names; see docs/cli.md for the columns). "
      "Exit status 1 when rows were rejected and nothing was written.");
  import->require_subcommand(1);
  struct Kind {
    ImportKind kind;
    const char* help;
  };
  for (Kind k : {Kind{ImportKind::regions, "Import regions: columns code,name (any level; villages are loaded this way)"},
                 Kind{ImportKind::units,
                      "Import units: columns code,kind,name,region_code[,address,grade,latitude,longitude,parent_code]"},
                 Kind{ImportKind::staff,
                      "Import support staff: columns name,id_number,title,home_unit_code[,position,department,specialty,"
                      "phone,recipient_unit_code,start_date,planned_end_date]"},
                 Kind{ImportKind::calendar,
                      "Load a State Council holiday notice into the work calendar: columns date,kind,holiday (kind off "
                      "or work; only the dates that differ from Monday–Friday work). Every year in the file replaces "
                      "the year held"}}) {
    auto args = std::make_shared<ImportArgs>();
    auto* cmd = import->add_subcommand(import_kind_key(k.kind), k.help);
    cmd->add_option("FILE", args->file, "the CSV file")->required();
    cmd->add_flag("--keep-good-rows", args->options.keep_good_rows,
                  "write the good rows even when some rows are rejected");
    cmd->add_flag("--dry-run", args->options.dry_run, "check every row and report, but write nothing");
    if (k.kind == ImportKind::regions || k.kind == ImportKind::calendar)
      cmd->add_option("--edition", args->options.edition,
                      "edition label stored with each row, e.g. nbs-2023 or the notice's number")
          ->capture_default_str();
    ImportKind kind = k.kind;
    cmd->callback([&ctx, args, kind] {
      auto report = ctx.engine().import_csv_file(ctx.actor, kind, args->file, args->options);
      print_import_report(report, *args, kind);
      if (report.rows_rejected > 0 && !report.committed) ctx.exit_code = 1;
    });
  }
}

}  // namespace bangfu::cli
