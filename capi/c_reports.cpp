// C ABI: reports (数据上报) — templates and their fields, filling a report (open, save, submit),
// its review, unlocking, the province packages, 填报情况 with 催报名单, and 汇总表 with their exports.
#include <optional>

#include "c_support.hpp"
#include "json/fields.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

namespace {

std::string report_json(const bangfu::Report& r) { return dump(bj::to_json(r)); }

bangfu::CompletenessFilter completeness_arg(const char* filter_json) {
  return bj::completeness_filter_from_json(parse_arg(filter_json, "filter_json", true));
}

bangfu::ReportSummaryFilter summary_arg(const char* filter_json) {
  return bj::report_summary_filter_from_json(parse_arg(filter_json, "filter_json", true));
}

// The filter of bf_report_packages: {"template", "period"}, both optional.
struct PackageFilter {
  std::optional<std::string> template_key;
  std::optional<bangfu::Period> period;
};
PackageFilter package_filter_arg(const char* filter_json) {
  auto j = parse_arg(filter_json, "filter_json", false);
  bj::require_object(j, "filter");
  PackageFilter f;
  if (bj::field(j, "template")) f.template_key = bj::get_string(j, "template", true);
  if (const Json* p = bj::field(j, "period")) f.period = bj::period_from_json(*p, "period");
  return f;
}

}  // namespace

extern "C" {

bf_status bf_report_templates(bf_engine* engine, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    *out_json = copy_out(dump(array_of(need_engine(engine).report_templates())));
  });
}

bf_status bf_report_template_get(bf_engine* engine, const char* key, int version, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    need(key, "key");
    if (version < 0)
      bangfu::throw_invalid("version", std::to_string(version), "must be 0 (the latest) or a version number");
    *out_json = copy_out(dump(bj::to_json(e.report_template(key, version))));
  });
}

bf_status bf_report_template_put(bf_engine* engine, int64_t actor, const char* template_json, char** out_json,
                                 bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto t = bj::report_template_from_json(parse_arg(template_json, "template_json", true));
    *out_json = copy_out(dump(bj::to_json(e.put_report_template(actor, t))));
  });
}

bf_status bf_report_field_add(bf_engine* engine, int64_t actor, const char* template_key, const char* field_json,
                              char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    need(template_key, "template_key");
    auto f = bj::report_field_from_json(parse_arg(field_json, "field_json", true));
    *out_json = copy_out(dump(bj::to_json(e.add_report_field(actor, template_key, f))));
  });
}

bf_status bf_report_open(bf_engine* engine, int64_t actor, const char* key_json, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto key = bj::report_key_from_json(parse_arg(key_json, "key_json", true));
    *out_json = copy_out(report_json(e.open_report(actor, key)));
  });
}

bf_status bf_report_save(bf_engine* engine, int64_t actor, int64_t id, const char* values_json, char** out_json,
                         bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto j = parse_arg(values_json, "values_json", true);
    // Values are read against the template version the report was opened under (a decimal
    // field may be given as a JSON number); the Engine checks them against the same version.
    auto report = e.report(actor, id);
    auto t = e.report_template(report.template_key, report.template_version);
    auto values = bj::report_values_from_json(j, &t);
    *out_json = copy_out(report_json(e.save_report(actor, id, values)));
  });
}

bf_status bf_report_submit(bf_engine* engine, int64_t actor, int64_t id, const char* at, char** out_json,
                           bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    std::optional<bangfu::Instant> when;
    if (at) when = bangfu::parse_instant(at, "at");
    *out_json = copy_out(report_json(e.submit_report(actor, id, when)));
  });
}

bf_status bf_report_act(bf_engine* engine, int64_t actor, int64_t id, const char* action, const char* reason,
                        char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto a = bangfu::parse_request_action(need(action, "action"), "action");
    *out_json = copy_out(report_json(e.act_on_report(actor, id, a, reason ? reason : "")));
  });
}

bf_status bf_report_unlock(bf_engine* engine, int64_t actor, int64_t id, const char* reason, char** out_json,
                           bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    *out_json = copy_out(report_json(e.unlock_report(actor, id, reason ? reason : "")));
  });
}

bf_status bf_report_get(bf_engine* engine, int64_t actor, int64_t id, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    *out_json = copy_out(report_json(need_engine(engine).report(actor, id)));
  });
}

bf_status bf_reports(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = bj::report_filter_from_json(parse_arg(filter_json, "filter_json", false));
    *out_json = copy_out(dump(array_of(e.reports(actor, filter))));
  });
}

bf_status bf_report_package_submit(bf_engine* engine, int64_t actor, const char* template_key, const char* period,
                                   int64_t province, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    need(template_key, "template_key");
    auto p = bangfu::parse_period(need(period, "period"), "period");
    *out_json = copy_out(dump(bj::to_json(e.submit_report_package(actor, template_key, p, province))));
  });
}

bf_status bf_report_packages(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                             bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto f = package_filter_arg(filter_json);
    *out_json = copy_out(dump(array_of(e.report_packages(actor, f.template_key, f.period))));
  });
}

bf_status bf_report_completeness(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                                 bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = completeness_arg(filter_json);
    *out_json = copy_out(dump(bj::to_json(e.report_completeness(actor, filter))));
  });
}

bf_status bf_report_completeness_table(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                                       bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = completeness_arg(filter_json);
    *out_json = copy_out(dump(bj::to_json(e.report_completeness_table(actor, filter))));
  });
}

bf_status bf_report_missing_table(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                                  bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = completeness_arg(filter_json);
    *out_json = copy_out(dump(bj::to_json(e.report_missing_table(actor, filter))));
  });
}

bf_status bf_report_completeness_export(bf_engine* engine, int64_t actor, const char* filter_json, const char* format,
                                        const char* path, bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto fmt = bangfu::parse_export_format(need(format, "format"), "format");
    need(path, "path");
    auto filter = completeness_arg(filter_json);
    e.export_report_completeness(actor, filter, fmt, path);
  });
}

bf_status bf_report_missing_export(bf_engine* engine, int64_t actor, const char* filter_json, const char* format,
                                   const char* path, bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto fmt = bangfu::parse_export_format(need(format, "format"), "format");
    need(path, "path");
    auto filter = completeness_arg(filter_json);
    e.export_report_missing(actor, filter, fmt, path);
  });
}

bf_status bf_report_summary(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                            bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = summary_arg(filter_json);
    *out_json = copy_out(dump(bj::to_json(e.report_summary(actor, filter))));
  });
}

bf_status bf_report_summary_export(bf_engine* engine, int64_t actor, const char* filter_json, const char* format,
                                   const char* path, bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto fmt = bangfu::parse_export_format(need(format, "format"), "format");
    need(path, "path");
    auto filter = summary_arg(filter_json);
    e.export_report_summary(actor, filter, fmt, path);
  });
}

}  // extern "C"
