// C ABI: support staff (支援人员) and their assignments (派驻).
#include <optional>

#include "c_support.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

extern "C" {

// ---- staff ----

bf_status bf_staff_add(bf_engine* engine, int64_t actor, const char* staff_json, const char* arrival_json,
                       int64_t* out_id, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_id, "out_id");
    auto& e = need_engine(engine);
    auto staff = bj::new_staff_from_json(parse_arg(staff_json, "staff_json", true));
    std::optional<bangfu::NewAssignment> arrival;
    if (arrival_json) arrival = bj::new_assignment_from_json(parse_arg(arrival_json, "arrival_json", true));
    *out_id = e.add_staff(actor, staff, arrival);
  });
}

bf_status bf_staff_update(bf_engine* engine, int64_t actor, int64_t id, const char* staff_json, bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto staff = bj::new_staff_from_json(parse_arg(staff_json, "staff_json", true));
    e.update_staff(actor, id, staff);
  });
}

bf_status bf_staff_get(bf_engine* engine, int64_t actor, int64_t id, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto staff = need_engine(engine).staff(actor, id);
    *out_json = copy_out(dump(bj::to_json(staff)));
  });
}

bf_status bf_staff_by_id_number(bf_engine* engine, int64_t actor, const char* id_number, char** out_json,
                                bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    need(id_number, "id_number");
    auto staff = need_engine(engine).staff_by_id_number(actor, id_number);
    *out_json = copy_out(staff ? dump(bj::to_json(*staff)) : std::string("null"));
  });
}

// ---- assignments ----

bf_status bf_assignment_start(bf_engine* engine, int64_t actor, const char* assignment_json, int64_t* out_id,
                              bf_error** err) {
  return guard(err, [&] {
    clear_out(out_id, "out_id");
    auto& e = need_engine(engine);
    auto assignment = bj::new_assignment_from_json(parse_arg(assignment_json, "assignment_json", true));
    *out_id = e.start_assignment(actor, assignment);
  });
}

bf_status bf_assignment_end(bf_engine* engine, int64_t actor, int64_t id, const char* end_of_task_json,
                            bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto report = bj::end_of_task_from_json(parse_arg(end_of_task_json, "end_of_task_json", true));
    e.end_assignment(actor, id, report);
  });
}

bf_status bf_assignment_get(bf_engine* engine, int64_t actor, int64_t id, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto assignment = need_engine(engine).assignment(actor, id);
    *out_json = copy_out(dump(bj::to_json(assignment)));
  });
}

bf_status bf_assignment_list(bf_engine* engine, int64_t actor, int64_t staff, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto list = need_engine(engine).assignments(actor, staff);
    *out_json = copy_out(dump(array_of(list)));
  });
}

}  // extern "C"
