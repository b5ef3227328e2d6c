// A realistic demonstration programme: several provinces, dozens of support and recipient
// hospitals, hundreds of staff with assignments, accounts at every level. Deterministic.
#pragma once

#include <cstdint>
#include <string>

#include "bangfu/visibility.hpp"

namespace bangfu {

class Engine;

struct DemoOptions {
  std::uint32_t seed = 20261123;
  int staff_count = 360;
};

struct DemoSummary {
  std::int64_t support_hospitals = 0;
  std::int64_t recipient_hospitals = 0;
  std::int64_t pairings = 0;
  std::int64_t staff = 0;
  std::int64_t assignments = 0;
  std::int64_t accounts = 0;
  std::int64_t punches = 0;    // 打卡 by staff on assignment, from the first of last month
  std::int64_t requests = 0;   // 补卡 and 请假 requests (most decided, some pending)
};

// Fills an empty database through Engine commands (as the system actor). Throws
// invalid_state if the database already holds units.
BANGFU_EXPORT DemoSummary build_demo(Engine& engine, const DemoOptions& options = {});

}  // namespace bangfu
