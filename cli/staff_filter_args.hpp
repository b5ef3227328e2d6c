// The filter options shared by `summary staff` and `export staff-summary`.
#pragma once

#include <memory>
#include <string>

#include "context.hpp"

namespace bangfu::cli {

struct StaffFilterArgs {
  std::string recipient_region;  // code
  std::string support_unit;      // id or code
  std::string active_on;         // YYYY-MM-DD or today
};

// Adds --recipient-region, --support-unit and --active-on to `cmd`.
void add_staff_filter_options(CLI::App& cmd, StaffFilterArgs& args);
StaffSummaryFilter to_filter(const StaffFilterArgs& args, Engine& engine, AccountId actor);

}  // namespace bangfu::cli
