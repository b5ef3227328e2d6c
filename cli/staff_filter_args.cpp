#include "staff_filter_args.hpp"

#include <CLI/CLI.hpp>

namespace bangfu::cli {

void add_staff_filter_options(CLI::App& cmd, StaffFilterArgs& args) {
  cmd.add_option("--recipient-region", args.recipient_region,
                 "only staff dispatched to hospitals in this region (province, city or county code)")
      ->option_text("CODE");
  cmd.add_option("--support-unit", args.support_unit, "only staff sent by this support hospital (or a unit under it)")
      ->option_text("ID|CODE");
  cmd.add_option("--active-on", args.active_on,
                 "only assignments in force on this day (YYYY-MM-DD or 'today'); otherwise every assignment, "
                 "history included, and staff not yet dispatched")
      ->option_text("DATE");
}

StaffSummaryFilter to_filter(const StaffFilterArgs& args, Engine& engine, AccountId actor) {
  StaffSummaryFilter f;
  if (!args.recipient_region.empty()) f.recipient_region = parse_region_arg(args.recipient_region, "recipient-region");
  if (!args.support_unit.empty()) f.support_unit = resolve_unit_arg(engine, actor, args.support_unit, "support-unit");
  if (!args.active_on.empty()) f.active_on = parse_date_arg(args.active_on, "active-on", engine);
  return f;
}

}  // namespace bangfu::cli
