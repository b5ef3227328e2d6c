// bangfu init: creates (or upgrades) the database and shows what it holds.
#include <CLI/CLI.hpp>
#include <iostream>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {

void add_init_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("init", "Create the database (or upgrade an older one) and print its schema version "
                                         "and region counts");
  cmd->callback([&ctx] {
    Engine& e = ctx.engine(/*create=*/true);
    std::cout << "database " << ctx.db_path << " is ready\n";
    print_fields(std::cout, {
                                {"schema version", std::to_string(e.schema_version())},
                                {"regions", std::to_string(e.region_count())},
                                {"  provinces (省)", std::to_string(e.region_count(RegionLevel::province))},
                                {"  cities (市)", std::to_string(e.region_count(RegionLevel::city))},
                                {"  counties (县)", std::to_string(e.region_count(RegionLevel::county))},
                                {"  townships (乡)", std::to_string(e.region_count(RegionLevel::township))},
                                {"  villages (村)", std::to_string(e.region_count(RegionLevel::village))},
                            });
  });
}

}  // namespace bangfu::cli
