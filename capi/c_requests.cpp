// C ABI: approvals (审批) — workflows, 补卡 and 请假 requests, acting on a request, the lists
// (待我审批, 我发起的, 抄送我的) and the make-up quota.
#include "c_support.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

namespace {

std::string request_json(const bangfu::Request& r) { return dump(bj::to_json(r)); }

}  // namespace

extern "C" {

bf_status bf_workflow_get(bf_engine* engine, const char* kind, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto k = bangfu::parse_request_kind(need(kind, "kind"), "kind");
    *out_json = copy_out(dump(bj::to_json(e.workflow(k))));
  });
}

bf_status bf_workflow_set(bf_engine* engine, int64_t actor, const char* workflow_json, bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto flow = bj::workflow_from_json(parse_arg(workflow_json, "workflow_json", true));
    e.set_workflow(actor, flow);
  });
}

bf_status bf_makeup_submit(bf_engine* engine, int64_t actor, const char* makeup_json, char** out_json,
                           bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto m = bj::makeup_request_from_json(parse_arg(makeup_json, "makeup_json", true));
    *out_json = copy_out(request_json(e.submit_makeup(actor, m)));
  });
}

bf_status bf_leave_submit(bf_engine* engine, int64_t actor, const char* leave_json, char** out_json,
                          bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto l = bj::leave_request_from_json(parse_arg(leave_json, "leave_json", true));
    *out_json = copy_out(request_json(e.submit_leave(actor, l)));
  });
}

bf_status bf_request_act(bf_engine* engine, int64_t actor, int64_t id, const char* action, const char* reason,
                         char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto a = bangfu::parse_request_action(need(action, "action"), "action");
    *out_json = copy_out(request_json(e.act_on_request(actor, id, a, reason ? reason : "")));
  });
}

bf_status bf_request_get(bf_engine* engine, int64_t actor, int64_t id, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    *out_json = copy_out(request_json(need_engine(engine).request(actor, id)));
  });
}

bf_status bf_requests(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = bj::request_filter_from_json(parse_arg(filter_json, "filter_json", false));
    *out_json = copy_out(dump(array_of(e.requests(actor, filter))));
  });
}

bf_status bf_makeup_quota(bf_engine* engine, int64_t actor, int64_t staff, const char* day, char** out_json,
                          bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto d = date_arg(day, "day");
    *out_json = copy_out(dump(bj::to_json(e.makeup_quota(actor, staff, d))));
  });
}

}  // extern "C"
