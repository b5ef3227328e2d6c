#include "context.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>
#include <cstdlib>

namespace bangfu::cli {

Engine& Context::engine(bool create) {
  if (!engine_) {
    OpenOptions options;
    options.create_if_missing = create;
    // BANGFU_NOW fixes the clock (tests, replays of a past day); otherwise the system clock.
    if (const char* now = std::getenv("BANGFU_NOW"); now && *now) {
      auto at = parse_instant(now, "BANGFU_NOW");
      options.clock = [at] { return at; };
    }
    try {
      engine_ = Engine::open(db_path, options);
    } catch (const Error& e) {
      if (e.code() == ErrorCode::not_found && !create)
        throw Error(ErrorCode::not_found, std::string(e.what()) + " (create it with 'bangfu --db " + db_path +
                                              " init', or name another with --db or BANGFU_DB)");
      throw;
    }
  }
  return *engine_;
}


Date parse_date_arg(const std::string& text, const std::string& field, Engine& engine) {
  if (text == "today") return engine.today();
  return parse_date(text, field);
}

UnitId resolve_unit_arg(Engine& engine, AccountId actor, const std::string& text, const std::string& field) {
  try {
    return engine.unit_by_code(actor, text).id;
  } catch (const Error& e) {
    if (e.code() != ErrorCode::not_found) throw;
  }
  bool digits = !text.empty() && text.size() <= 18 &&
                std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (digits) {
    UnitId id = std::stoll(text);
    try {
      return engine.unit(actor, id).id;
    } catch (const Error& e) {
      if (e.code() != ErrorCode::not_found) throw;
    }
  }
  throw Error(ErrorCode::not_found, field + " '" + text + "': no unit has this code or id", field, text);
}

RegionCode parse_region_arg(const std::string& text, const std::string& field) {
  if (text == "0") return kNationwide;
  return parse_region_code(text, field);
}

std::string region_label(Engine& engine, RegionCode code) {
  if (code == kNationwide) return "全国";
  try {
    return engine.region(code).path + " (" + region_code_short(code) + ")";
  } catch (const Error&) {
    return region_code_text(code);
  }
}

Date parse_month_arg(const std::string& text, const std::string& field) {
  auto digit_or_dash = [](char c) { return c == '-' || std::isdigit(static_cast<unsigned char>(c)); };
  bool shape = text.size() == 7 && text[4] == '-' && std::all_of(text.begin(), text.end(), digit_or_dash);
  if (shape) {
    try {
      return parse_date(text + "-01", field);
    } catch (const Error&) {
    }
  }
  throw_invalid(field, text, "is not a month; give YYYY-MM, e.g. 2026-10");
}

ExportFormat export_format_arg(const std::string& format, const std::string& path) {
  std::string f = format;
  if (f.empty()) {
    auto dot = path.rfind('.');
    f = dot == std::string::npos ? std::string() : path.substr(dot + 1);
    if (f.empty()) throw_invalid("format", "", "give --format csv or --format xlsx (the file has no extension)");
  }
  return parse_export_format(f, "format");
}

}  // namespace bangfu::cli
