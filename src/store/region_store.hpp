// SQL for regions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bangfu/region.hpp"
#include "store/database.hpp"

namespace bangfu::store {

std::optional<Region> region_get(Database& db, RegionCode code);
// Children by parent code; kNationwide lists the provinces.
std::vector<Region> region_children(Database& db, RegionCode parent);
std::vector<Region> region_find(Database& db, const std::string& name_part, RegionRange within, int limit);
std::int64_t region_count(Database& db, std::optional<RegionLevel> level);
// Plain insert, for loading into an empty table.
void region_insert(Database& db, const Region& r, const std::string& edition);
// Inserts or renames; returns the old name when the row existed with another name.
struct RegionWrite {
  bool inserted = false;
  bool renamed = false;
  std::string old_path;
};
RegionWrite region_upsert(Database& db, const Region& r, const std::string& edition);
// After a rename: rewrites the path prefix of every descendant in `descendants`.
void region_replace_path_prefix(Database& db, RegionRange descendants, RegionCode self,
                                const std::string& old_prefix, const std::string& new_prefix);

}  // namespace bangfu::store
