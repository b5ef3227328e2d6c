// C ABI: regions (public reference data, no actor) and the ID-number helpers.
#include <optional>
#include <string>

#include "bangfu/id_number.hpp"
#include "c_support.hpp"

using namespace bangfu::capi;

extern "C" {

bf_status bf_region_get(bf_engine* engine, int64_t code, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto region = need_engine(engine).region(code);
    *out_json = copy_out(dump(bangfu::json::to_json(region)));
  });
}

bf_status bf_region_children(bf_engine* engine, int64_t code, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto children = need_engine(engine).region_children(code);
    *out_json = copy_out(dump(array_of(children)));
  });
}

bf_status bf_region_find(bf_engine* engine, const char* name, int64_t within, int limit, char** out_json,
                         bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    need(name, "name");
    auto& e = need_engine(engine);
    std::optional<bangfu::RegionCode> in;
    if (within != bangfu::kNationwide) in = within;
    auto found = limit == 0 ? e.find_regions(name, in) : e.find_regions(name, in, limit);
    *out_json = copy_out(dump(array_of(found)));
  });
}

bf_status bf_region_count(bf_engine* engine, int level, int64_t* out_count, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_count, "out_count");
    auto& e = need_engine(engine);
    std::optional<bangfu::RegionLevel> lv;
    if (level != -1) lv = bangfu::parse_region_level(std::to_string(level), "level");
    *out_count = e.region_count(lv);
  });
}

bf_status bf_id_number_check(const char* id_number, bf_error** err) {
  return guard(err, [&] { bangfu::parse_id_number(need(id_number, "id_number"), "id_number"); });
}

bf_status bf_id_number_mask(const char* id_number, char** out_masked, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_masked, "out_masked");
    *out_masked = copy_out(bangfu::mask_id_number(need(id_number, "id_number")));
  });
}

}  // extern "C"
