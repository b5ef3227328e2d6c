// bangfu region get|children|find: the region tables (行政区划), public reference data.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

void print_regions(const std::vector<Region>& regions, bool with_path) {
  TextTable t;
  t.headers = {"代码", "名称", "级别"};
  if (with_path) t.headers.push_back("路径");
  for (auto& r : regions) {
    std::vector<std::string> row = {region_code_text(r.code), r.name, region_level_label(r.level)};
    if (with_path) row.push_back(r.path);
    t.add(std::move(row));
  }
  print_table(std::cout, t);
  std::cout << regions.size() << (regions.size() == 1 ? " region\n" : " regions\n");
}

}  // namespace

void add_region_command(CLI::App& app, Context& ctx) {
  auto* region = app.add_subcommand("region", "Look up administrative regions (行政区划, NBS 2022 plus what was "
                                              "imported); codes may be given with 2, 4, 6, 9 or 12 digits");
  region->require_subcommand(1);

  auto code = std::make_shared<std::string>();
  auto* get = region->add_subcommand("get", "Show one region: code, name, level, parent and path");
  get->add_option("CODE", *code, "region code, e.g. 513435 (甘洛县)")->required();
  get->callback([&ctx, code] {
    Engine& e = ctx.engine();
    Region r = e.region(parse_region_arg(*code, "CODE"));
    print_fields(std::cout, {
                                {"代码 code", region_code_text(r.code)},
                                {"名称 name", r.name},
                                {"级别 level", region_level_label(r.level)},
                                {"上级 parent", r.parent ? region_label(e, *r.parent) : "全国"},
                                {"路径 path", r.path},
                            });
  });

  auto parent = std::make_shared<std::string>();
  auto* children = region->add_subcommand("children", "List the regions directly under a region (0 = the provinces)");
  children->add_option("CODE", *parent, "region code; 0 for the whole country")->required();
  children->callback([&ctx, parent] {
    print_regions(ctx.engine().region_children(parse_region_arg(*parent, "CODE")), false);
  });

  struct FindOptions {
    std::string name, within;
    int limit = 50;
  };
  auto f = std::make_shared<FindOptions>();
  auto* find = region->add_subcommand("find", "Find regions whose name contains NAME");
  find->add_option("NAME", f->name, "part of a name, e.g. 甘洛")->required();
  find->add_option("--within", f->within, "only inside this region (code)");
  find->add_option("--limit", f->limit, "at most this many results")->capture_default_str();
  find->callback([&ctx, f] {
    std::optional<RegionCode> within;
    if (!f->within.empty()) within = parse_region_arg(f->within, "within");
    print_regions(ctx.engine().find_regions(f->name, within, f->limit), true);
  });
}

}  // namespace bangfu::cli
