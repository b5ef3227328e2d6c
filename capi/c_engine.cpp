// C ABI: opening and closing engines.
#include <boost/date_time/gregorian/gregorian.hpp>

#include "bangfu/attendance.hpp"
#include "c_support.hpp"

using namespace bangfu::capi;

namespace {

bangfu::OpenOptions open_options_from_json(const Json& j) {
  if (!j.is_object()) bangfu::throw_invalid("options", j.dump(), "must be a JSON object");
  bangfu::OpenOptions o;
  if (auto it = j.find("create_if_missing"); it != j.end() && !it->is_null()) {
    if (!it->is_boolean()) bangfu::throw_invalid("create_if_missing", it->dump(), "must be true or false");
    o.create_if_missing = it->get<bool>();
  }
  // A fixed clock, for tests and replays: every "now" and "today" of this handle is this instant.
  if (auto it = j.find("now"); it != j.end() && !it->is_null()) {
    if (!it->is_string()) bangfu::throw_invalid("now", it->dump(), "must be an instant such as 2026-11-23T20:00:00+08:00");
    auto at = bangfu::parse_instant(it->get<std::string>(), "now");
    o.clock = [at] { return at; };
  }
  return o;
}

}  // namespace

extern "C" {

bf_status bf_engine_open(const char* path, const char* options_json, bf_engine** out_engine, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_engine, "out_engine");
    need(path, "path");
    auto options = open_options_from_json(parse_arg(options_json, "options", false));
    auto handle = std::make_unique<bf_engine>();
    handle->engine = bangfu::Engine::open(path, std::move(options));
    *out_engine = handle.release();
  });
}

// Destructors do not throw (the Engine's closes its SQLite connection quietly).
void bf_engine_close(bf_engine* engine) { delete engine; }

bf_status bf_engine_schema_version(bf_engine* engine, int* out_version, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_version, "out_version");
    *out_version = need_engine(engine).schema_version();
  });
}

bf_status bf_engine_today(bf_engine* engine, char** out_date, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_date, "out_date");
    auto today = need_engine(engine).today();
    *out_date = copy_out(boost::gregorian::to_iso_extended_string(today));
  });
}

bf_status bf_engine_now(bf_engine* engine, char** out_instant, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_instant, "out_instant");
    *out_instant = copy_out(bangfu::instant_text(need_engine(engine).now()));
  });
}

}  // extern "C"
