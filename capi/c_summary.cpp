// C ABI: the staff information summary (支援人员信息汇总表) and its export.
#include "c_support.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

extern "C" {

bf_status bf_staff_summary(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                           bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = bj::staff_summary_filter_from_json(parse_arg(filter_json, "filter_json", false));
    *out_json = copy_out(dump(bj::to_json(e.staff_summary(actor, filter))));
  });
}

bf_status bf_staff_summary_export(bf_engine* engine, int64_t actor, const char* filter_json, const char* format,
                                  const char* path, bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto fmt = bangfu::parse_export_format(need(format, "format"), "format");
    need(path, "path");
    auto filter = bj::staff_summary_filter_from_json(parse_arg(filter_json, "filter_json", false));
    e.export_staff_summary(actor, filter, fmt, path);
  });
}

bf_status bf_programme_overview(bf_engine* engine, int64_t actor, const char* as_of, char** out_json,
                                bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    std::optional<bangfu::Date> date;
    if (as_of) date = bj::date_from_json(bj::json(as_of), "as_of");
    *out_json = copy_out(dump(bj::to_json(e.programme_overview(actor, date))));
  });
}

}  // extern "C"
