// C ABI: the audit log.
#include "c_support.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

extern "C" {

bf_status bf_audit_list(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                        bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = bj::audit_filter_from_json(parse_arg(filter_json, "filter_json", false));
    *out_json = copy_out(dump(array_of(e.audit_log(actor, filter))));
  });
}

}  // extern "C"
