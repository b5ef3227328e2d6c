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

std::string cst_text(const std::string& utc) {
  if (utc.empty()) return utc;
  std::string t = instant_text(parse_instant(utc, "time"));  // 2026-11-23T21:14:25+08:00
  return t.substr(0, 10) + " " + t.substr(11, 8);
}

std::string ids_text(const std::vector<AccountId>& ids) {
  std::string s;
  for (auto id : ids) {  // appended piecewise: GCC 12 -O3 warns (-Wrestrict) on "," + string
    if (!s.empty()) s += ',';
    s += std::to_string(id);
  }
  return s.empty() ? "-" : s;
}

std::string step_text(const RequestProgress& p, std::size_t i) {
  const auto& s = p.steps.at(i);
  // A step not done: waiting (the current one while pending), not reached, or ended by the
  // request's outcome (拒绝 / 撤回 at the step where it stopped).
  std::string state = s.done ? (s.auto_passed ? "自动通过" : "已通过")
                      : static_cast<int>(i) != p.current ? "未开始"
                      : p.state == RequestState::pending ? "待审批"
                                                         : request_state_label(p.state);
  return s.name + " [" + step_mode_label(s.mode) + "] " + state + " 审批人 " + ids_text(s.approvers);
}

Error renamed_error(const Error& e, const ArgNames& names) {
  const std::string& field = e.field();
  for (const auto& [from, to] : names) {
    bool covers = field == from || (field.size() > from.size() && field.starts_with(from) &&
                                    (field[from.size()] == '.' || field[from.size()] == '['));
    if (!covers) continue;
    std::string message = e.what();
    if (message.starts_with(field)) message = to + message.substr(field.size());
    return Error(e.code(), message, to, e.value());
  }
  return e;
}

}  // namespace bangfu::cli
