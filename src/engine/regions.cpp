// Engine commands: regions (public reference data, read without an account).
#include "engine/engine_impl.hpp"
#include "store/region_store.hpp"

namespace bangfu {


namespace {
RegionCode full_code(RegionCode code) { return full_region(code, "region_code"); }
}  // namespace

Region Engine::region(RegionCode code) const {
  code = full_code(code);
  return impl_->read([&] {
    if (code == kNationwide) throw_not_found("region_code", "0");
    return impl_->require_region(code, "region_code");
  });
}

std::vector<Region> Engine::region_children(RegionCode code) const {
  code = full_code(code);
  return impl_->read([&] {
    impl_->require_region(code, "region_code");
    return store::region_children(impl_->db, code);
  });
}

std::vector<Region> Engine::find_regions(std::string_view name, std::optional<RegionCode> within, int limit) const {
  if (name.empty()) throw_invalid("name", name, "give part of a region name, e.g. 甘洛");
  if (limit <= 0) throw_invalid("limit", std::to_string(limit), "must be positive");
  return impl_->read([&] {
    RegionRange range{0, 999999999999};
    if (within) {
      within = full_code(*within);
      impl_->require_region(*within, "within");
      range = region_subtree(*within);
    }
    return store::region_find(impl_->db, std::string(name), range, limit);
  });
}

std::int64_t Engine::region_count(std::optional<RegionLevel> level) const {
  return impl_->read([&] { return store::region_count(impl_->db, level); });
}

}  // namespace bangfu
