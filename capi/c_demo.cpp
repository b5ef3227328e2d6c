// C ABI: the demonstration programme.
#include "bangfu/demo.hpp"
#include "c_support.hpp"

using namespace bangfu::capi;

extern "C" {

bf_status bf_demo_build(bf_engine* engine, const char* options_json, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto options = bangfu::json::demo_options_from_json(parse_arg(options_json, "options_json", false));
    *out_json = copy_out(dump(bangfu::json::to_json(bangfu::build_demo(e, options))));
  });
}

}  // extern "C"
