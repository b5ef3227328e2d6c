// bangfu audit: the append-only audit log (who changed what, when). National administrators
// and the system actor read every entry; other accounts read their own.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {

void add_audit_command(CLI::App& app, Context& ctx) {
  struct Args {
    AuditFilter filter;
    std::optional<std::string> entity;
    std::optional<std::int64_t> id, by;
    bool details = false;
  };
  auto args = std::make_shared<Args>();
  args->filter.limit = 20;
  auto* cmd = app.add_subcommand("audit", "Show the audit log, oldest first (use --after to page on)");
  cmd->add_option("--entity", args->entity, "only this kind of record: unit, pairing, staff, assignment, account, region");
  cmd->add_option("--id", args->id, "only entries about this record id (with --entity)");
  cmd->add_option("--by", args->by, "only entries made by this account")->option_text("ACCOUNT");
  cmd->add_option("--after", args->filter.after_id, "only entries after this entry id (paging)")->option_text("N");
  cmd->add_option("--limit", args->filter.limit, "at most this many entries")->capture_default_str();
  cmd->add_flag("--details", args->details, "also print each entry's record before and after (JSON)");
  cmd->callback([&ctx, args] {
    AuditFilter f = args->filter;
    f.entity = args->entity;
    f.entity_id = args->id;
    f.actor = args->by;
    auto entries = ctx.engine().audit_log(ctx.actor, f);
    TextTable t;
    t.headers = {"ID", "时间 (UTC)", "操作者", "操作", "对象", "对象ID"};
    t.align = {Align::right, Align::left, Align::right, Align::left, Align::left, Align::right};
    for (auto& a : entries)
      t.add({std::to_string(a.id), a.at, std::to_string(a.actor), a.action, a.entity, std::to_string(a.entity_id)});
    print_table(std::cout, t);
    std::cout << entries.size() << (entries.size() == 1 ? " entry\n" : " entries\n");
    if (args->details)
      for (auto& a : entries) {
        std::cout << "\n#" << a.id << " " << a.action << " " << a.entity << " " << a.entity_id << "\n";
        if (!a.before.empty()) std::cout << "  before: " << a.before << "\n";
        if (!a.after.empty()) std::cout << "  after:  " << a.after << "\n";
      }
  });
}

}  // namespace bangfu::cli
