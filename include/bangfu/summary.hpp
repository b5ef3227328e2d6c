// 支援人员信息汇总表: the staff information summary (DOMAIN.md A4).
#pragma once

#include <optional>

#include "bangfu/ids.hpp"
#include "bangfu/org.hpp"
#include "bangfu/region.hpp"

namespace bangfu {

struct StaffSummaryFilter {
  // The dispatched (recipient) hospital lies in this region: a province, city or county.
  std::optional<RegionCode> recipient_region;
  // Staff sent by this support hospital (or a unit under it).
  std::optional<UnitId> support_unit;
  // Only assignments active on this day; otherwise every assignment (history included) and
  // staff not yet dispatched.
  std::optional<Date> active_on;
};

}  // namespace bangfu
