// C ABI: CSV import of regions, units and staff.
#include <sstream>
#include <string>

#include "c_support.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

namespace {

bangfu::ImportOptions import_options(const char* options_json) {
  return bj::import_options_from_json(parse_arg(options_json, "options_json", false));
}

// Hands the report to the caller, then turns "rows were rejected and nothing was written"
// into BF_EINVAL naming the first problem (the report stays with the caller).
void deliver(const bangfu::ImportReport& report, char** out_report_json) {
  *out_report_json = copy_out(dump(bj::to_json(report)));
  if (report.committed || report.rows_rejected == 0) return;
  std::string msg = "import: " + std::to_string(report.rows_rejected) + " of " + std::to_string(report.rows_read) +
                    " rows have problems, so nothing was written";
  std::string field, value;
  if (!report.problems.empty()) {
    const auto& p = report.problems.front();
    msg += "; first, line " + std::to_string(p.line) + ": " + p.message;
    field = p.field;
    value = p.value;
  }
  msg += " (the report lists every problem)";
  throw bangfu::Error(bangfu::ErrorCode::invalid_argument, msg, field, value);
}

}  // namespace

extern "C" {

bf_status bf_import_csv_file(bf_engine* engine, int64_t actor, const char* kind, const char* path,
                             const char* options_json, char** out_report_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_report_json, "out_report_json");
    auto& e = need_engine(engine);
    auto k = bangfu::parse_import_kind(need(kind, "kind"), "kind");
    need(path, "path");
    auto options = import_options(options_json);
    deliver(e.import_csv_file(actor, k, path, options), out_report_json);
  });
}

bf_status bf_import_csv_buffer(bf_engine* engine, int64_t actor, const char* kind, const char* data, size_t size,
                               const char* options_json, char** out_report_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_report_json, "out_report_json");
    auto& e = need_engine(engine);
    auto k = bangfu::parse_import_kind(need(kind, "kind"), "kind");
    need(data, "data");
    auto options = import_options(options_json);
    std::istringstream in(std::string(data, size), std::ios::binary);
    deliver(e.import_csv(actor, k, in, options), out_report_json);
  });
}

}  // extern "C"
