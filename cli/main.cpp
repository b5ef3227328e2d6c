// bangfu: the command-line program over the bangfu engine. It parses arguments, calls Engine
// commands and prints their results; every rule lives in the Engine.
//
// Exit status: 0 success; 1 bad input or a refusal by the engine (the message says which
// field and value, or which permission); 2 a usage error (unknown option, missing argument).
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>

#include "context.hpp"

namespace {

// The deepest subcommand on the command line, for the usage hint ("bangfu unit add").
std::string command_path(CLI::App& app) {
  std::string path = app.get_name();
  CLI::App* at = &app;
  for (;;) {
    auto subs = at->get_subcommands();
    if (subs.empty()) break;
    at = subs.front();
    path += " " + at->get_name();
  }
  return path;
}

}  // namespace

int main(int argc, char** argv) {
  bangfu::cli::Context ctx;
  CLI::App app{"bangfu — counterpart-support programme (对口帮扶) engine, from the command line.\n"
               "Every command acts as one account (--actor); the engine checks what that account may do.",
               "bangfu"};
  app.fallthrough();  // global options may follow the subcommand
  app.require_subcommand(1);
  if (const char* env = std::getenv("BANGFU_DB"); env && *env) ctx.db_path = env;
  app.add_option("--db", ctx.db_path,
                 "database file (default: $BANGFU_DB, else ./bangfu.db); created only by 'init' and 'demo'")
      ->option_text("PATH");
  app.add_option("--actor", ctx.actor,
                 "acting account id (default 0: the system actor, i.e. the host itself — whoever may write the "
                 "database file acts with national reach; give a person's account id to act as that account)")
      ->option_text("ID");

  using namespace bangfu::cli;
  add_init_command(app, ctx);
  add_demo_command(app, ctx);
  add_report_command(app, ctx);
  add_region_command(app, ctx);
  add_unit_command(app, ctx);
  add_calendar_command(app, ctx);
  add_account_command(app, ctx);
  add_staff_command(app, ctx);
  add_import_command(app, ctx);
  add_export_command(app, ctx);
  add_summary_command(app, ctx);
  add_audit_command(app, ctx);
  add_attendance_command(app, ctx);
  add_approvals_command(app, ctx);
  add_version_command(app, ctx);

  // Global options work before or after the command: say so under every command's help.
  std::function<void(CLI::App&)> add_footer = [&](CLI::App& a) {
    for (auto* sub : a.get_subcommands([](const CLI::App*) { return true; })) {
      sub->footer("Global options (before or after the command): --db PATH, --actor ID; see 'bangfu --help'.\n");
      add_footer(*sub);
    }
  };
  add_footer(app);

  if (argc <= 1) {
    std::cout << app.help();
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help
    // "bangfu nosuch": name the word that is not a command rather than "a subcommand is required".
    CLI::App* at = &app;
    while (!at->get_subcommands().empty()) at = at->get_subcommands().front();
    auto extra = app.remaining(true);
    // `report` runs alone or with a subcommand: a stray word after it is not "an argument".
    bool has_commands = !at->get_subcommands([](const CLI::App*) { return true; }).empty();
    bool not_a_command =
        !extra.empty() && ((dynamic_cast<const CLI::RequiredError*>(&e) && at->get_require_subcommand_min() > 0) ||
                           (dynamic_cast<const CLI::ExtrasError*>(&e) && has_commands && !extra.front().starts_with("-")));
    if (not_a_command) {
      std::cerr << "bangfu: error: '" << extra.front() << "' is not a command of '" << command_path(app) << "'\n"
                << "Run '" << command_path(app) << " --help' for the commands.\n";
      return 2;
    }
    std::cerr << "bangfu: error: " << e.what() << "\n"
              << "Run '" << command_path(app) << " --help' for usage.\n";
    return 2;
  } catch (const bangfu::Error& e) {
    std::cerr << "bangfu: error: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "bangfu: error: " << e.what() << "\n";
    return 1;
  } catch (...) {
    std::cerr << "bangfu: error: unexpected failure\n";
    return 1;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "bangfu: error: could not write the output\n";
    return 1;
  }
  return ctx.exit_code;
}
