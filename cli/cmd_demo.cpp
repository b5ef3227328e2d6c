// bangfu demo: fills an empty database with the demonstration programme and prints the report.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "bangfu/demo.hpp"
#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {

void add_demo_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<DemoOptions>();
  auto* cmd = app.add_subcommand(
      "demo",
      "Create the database if needed and fill it with a realistic demonstration programme (provinces, support "
      "and recipient hospitals, pairings, staff, assignments, accounts at every level), then print the report. "
      "The database must hold no units yet. The same seed and day give the same programme.");
  cmd->add_option("--seed", opts->seed, "random seed")->capture_default_str();
  cmd->add_option("--staff", opts->staff_count, "number of support staff to create")
      ->capture_default_str()
      ->check(CLI::Range(0, 100000));
  cmd->callback([&ctx, opts] {
    Engine& e = ctx.engine(/*create=*/true);
    auto t0 = std::chrono::steady_clock::now();
    DemoSummary s = build_demo(e, *opts);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.2f s", seconds);
    std::cout << "demonstration programme written to " << ctx.db_path << " (seed " << opts->seed << ", " << took
              << ")\n";
    print_fields(std::cout, {
                                {"支援医院 support hospitals", std::to_string(s.support_hospitals)},
                                {"受援医院 recipient hospitals", std::to_string(s.recipient_hospitals)},
                                {"帮扶关系 pairings", std::to_string(s.pairings)},
                                {"支援人员 staff", std::to_string(s.staff)},
                                {"派驻 assignments", std::to_string(s.assignments)},
                                {"账号 accounts", std::to_string(s.accounts)},
                                {"打卡 punches", std::to_string(s.punches)},
                                {"补卡/请假 requests", std::to_string(s.requests)},
                                {"数据上报 reports", std::to_string(s.reports)},
                                {"省级汇总上报 packages", std::to_string(s.report_packages)},
                            });
    std::cout << "\n";
    print_report(e, ctx.actor);
  });
}

}  // namespace bangfu::cli
