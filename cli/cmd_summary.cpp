// bangfu summary staff: 支援人员信息汇总表 printed as an aligned table.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <sstream>

#include "context.hpp"
#include "output.hpp"
#include "staff_filter_args.hpp"

namespace bangfu::cli {
namespace {

const std::vector<std::string> kDefaultColumns = {"seq",      "name",       "sex",   "id_number",
                                                  "title",    "position",   "home_unit", "recipient_unit",
                                                  "start",    "end",        "status"};

std::vector<std::string> split_keys(const std::string& text) {
  std::vector<std::string> keys;
  std::stringstream in(text);
  std::string k;
  while (std::getline(in, k, ','))
    if (!k.empty()) keys.push_back(k);
  return keys;
}

}  // namespace

void add_summary_command(CLI::App& app, Context& ctx) {
  auto* summary = app.add_subcommand("summary", "Print a summary table");
  summary->require_subcommand(1);

  struct Args {
    StaffFilterArgs filter;
    std::string columns;
    bool all_columns = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = summary->add_subcommand("staff",
                                      "Print the staff information summary (支援人员信息汇总表) as seen by the acting "
                                      "account; ID numbers are masked unless the account may see them in full");
  add_staff_filter_options(*cmd, args->filter);
  cmd->add_option("--columns", args->columns,
                  "comma-separated column keys to print (seq, home_province, home_city, home_county, name, sex, "
                  "id_number, title, position, department, home_unit, home_address, recipient_unit, "
                  "recipient_address, start, planned_end, end, status)")
      ->option_text("KEYS");
  cmd->add_flag("--all-columns", args->all_columns, "print every column of the summary");
  cmd->callback([&ctx, args] {
    Engine& e = ctx.engine();
    Table table = e.staff_summary(ctx.actor, to_filter(args->filter, e, ctx.actor));
    std::vector<std::string> keys;
    if (!args->columns.empty()) keys = split_keys(args->columns);
    else if (!args->all_columns) keys = kDefaultColumns;
    print_table(std::cout, to_text_table(table, keys, "columns"));
    std::cout << table.rows.size() << (table.rows.size() == 1 ? " row\n" : " rows\n");
  });
}

}  // namespace bangfu::cli
