// A realistic demonstration programme: several provinces, dozens of support and recipient
// hospitals, hundreds of staff with assignments, accounts at every level, attendance, and a
// year of reports with their reviews. Deterministic for a seed and a day.
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
  // Added with reports (appended: the members above keep their places).
  std::int64_t reports = 0;          // 工作量月报 of the 12 months before this one and last year's
                                     // 帮扶成效年报 (drafts included; most filed and accepted)
  std::int64_t report_packages = 0;  // 省级汇总上报: province packages submitted to the national level
};

// Fills an empty database through Engine commands (as the system actor). Throws
// invalid_state if the database already holds units.
BANGFU_EXPORT DemoSummary build_demo(Engine& engine, const DemoOptions& options = {});

}  // namespace bangfu
