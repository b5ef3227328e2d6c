// Unit hierarchies that are not regions (a hospital's departments, a commission's offices):
// a forest numbered by depth-first search, so that "is A under B" is
// pre(B) <= pre(A) <= post(B) — two integer comparisons, also usable as an SQL range.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "bangfu/ids.hpp"

namespace bangfu::internal {

struct UnitLink {
  UnitId id = 0;
  std::optional<UnitId> parent;
};

struct DfsNumber {
  std::int64_t pre = 0;   // discovery order, 1-based
  std::int64_t post = 0;  // the largest pre inside this unit's subtree
};

// Numbers every unit. Roots are visited in id order, children in id order, so the result is
// deterministic. Throws invalid_argument if a parent is missing or the links form a cycle.
std::unordered_map<UnitId, DfsNumber> number_unit_forest(const std::vector<UnitLink>& units);

inline bool dfs_under(const DfsNumber& unit, const DfsNumber& ancestor) {
  return unit.pre >= ancestor.pre && unit.pre <= ancestor.post;
}

}  // namespace bangfu::internal
