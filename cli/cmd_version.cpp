// bangfu version: the library's version and the database schema it writes.
#include <CLI/CLI.hpp>
#include <iostream>

#include "bangfu/version.hpp"
#include "context.hpp"

namespace bangfu::cli {

void add_version_command(CLI::App& app, Context&) {
  auto* cmd = app.add_subcommand("version", "Print the version of the bangfu library and of its database schema");
  cmd->callback([] {
    std::cout << "bangfu " << version() << " (database schema " << Engine::supported_schema_version() << ")\n";
  });
}

}  // namespace bangfu::cli
