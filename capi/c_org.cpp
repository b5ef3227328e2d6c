// C ABI: units (支援医院, 受援医院, 卫健委, 科室) and pairings (对口帮扶关系).
#include "c_support.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

extern "C" {

// ---- units ----

bf_status bf_unit_add(bf_engine* engine, int64_t actor, const char* unit_json, int64_t* out_id, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_id, "out_id");
    auto& e = need_engine(engine);
    auto unit = bj::new_unit_from_json(parse_arg(unit_json, "unit_json", true));
    *out_id = e.add_unit(actor, unit);
  });
}

bf_status bf_unit_update(bf_engine* engine, int64_t actor, int64_t id, const char* unit_json, bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto unit = bj::new_unit_from_json(parse_arg(unit_json, "unit_json", true));
    e.update_unit(actor, id, unit);
  });
}

bf_status bf_unit_get(bf_engine* engine, int64_t actor, int64_t id, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto unit = need_engine(engine).unit(actor, id);
    *out_json = copy_out(dump(bj::to_json(unit)));
  });
}

bf_status bf_unit_get_by_code(bf_engine* engine, int64_t actor, const char* code, char** out_json,
                              bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    need(code, "code");
    auto unit = need_engine(engine).unit_by_code(actor, code);
    *out_json = copy_out(dump(bj::to_json(unit)));
  });
}

bf_status bf_unit_list(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                       bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = bj::unit_filter_from_json(parse_arg(filter_json, "filter_json", false));
    *out_json = copy_out(dump(array_of(e.units(actor, filter))));
  });
}

bf_status bf_unit_is_under(bf_engine* engine, int64_t unit, int64_t ancestor, int* out_is_under, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_is_under, "out_is_under");
    *out_is_under = need_engine(engine).unit_is_under(unit, ancestor) ? 1 : 0;
  });
}

// ---- pairings ----

bf_status bf_pairing_add(bf_engine* engine, int64_t actor, const char* pairing_json, int64_t* out_id,
                         bf_error** err) {
  return guard(err, [&] {
    clear_out(out_id, "out_id");
    auto& e = need_engine(engine);
    auto pairing = bj::new_pairing_from_json(parse_arg(pairing_json, "pairing_json", true));
    *out_id = e.add_pairing(actor, pairing);
  });
}

bf_status bf_pairing_end(bf_engine* engine, int64_t actor, int64_t id, const char* end_date, bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto end = bj::date_from_json(Json(need(end_date, "end_date")), "end");
    e.end_pairing(actor, id, end);
  });
}

bf_status bf_pairing_list(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                          bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = bj::pairing_filter_from_json(parse_arg(filter_json, "filter_json", false));
    *out_json = copy_out(dump(array_of(e.pairings(actor, filter))));
  });
}

}  // extern "C"
