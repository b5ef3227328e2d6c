// Checking and normalising a report's values against its template. Numbers are exact:
// integers as int64, decimals as scaled integers printed with the field's scale.
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/report.hpp"
#include "core/decimal.hpp"
#include "core/utf8.hpp"

namespace bangfu {
namespace {

using internal::DecimalStatus;
using internal::decimal_text;
using internal::parse_decimal;

// A text field without max holds a paragraph, not a document.
constexpr std::int64_t kDefaultTextMax = 2000;

// "fields.operations (手术台次)": the key a host wrote and the label a user reads.
std::string where(const ReportField& f) { return "fields." + f.key + " (" + f.label + ")"; }

[[noreturn]] void bad(const ReportField& f, const std::string& value, const std::string& why) {
  throw Error(ErrorCode::invalid_argument, where(f) + ": " + why, f.key, value);
}

// Built by appending: at -O3 GCC 12 gives a false -Wrestrict on `"'" + std::string` (PR 105329 family).
std::string quoted(std::string_view s) { return std::string("'").append(s).append("'"); }

int scale_of(const ReportField& f) { return f.type == FieldType::decimal ? f.scale : 0; }

// A bound of a validated template; nullopt when empty (or, for a template never validated,
// unreadable: such a bound is not enforced rather than guessed).
std::optional<std::int64_t> bound_units(const ReportField& f, const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto parsed = parse_decimal(text, scale_of(f));
  if (parsed.status != DecimalStatus::ok) return std::nullopt;
  return parsed.units;
}

// The value in units of 10^-scale, from an integer or from text.
std::int64_t numeric_units(const ReportField& f, const Cell& v) {
  int scale = scale_of(f);
  if (const auto* n = std::get_if<std::int64_t>(&v)) {
    std::int64_t units = 0;
    if (!internal::scale_up(*n, scale, units)) bad(f, std::to_string(*n), std::to_string(*n) + " is too large");
    return units;
  }
  std::string_view text = internal::trim_space(std::get<std::string>(v));
  auto parsed = parse_decimal(text, scale);
  switch (parsed.status) {
    case DecimalStatus::ok: return parsed.units;
    case DecimalStatus::too_large: bad(f, std::string(text), std::string(text) + " is too large");
    case DecimalStatus::too_many_decimals:
      if (f.type == FieldType::integer) bad(f, std::string(text), std::string(text) + " is not a whole number");
      bad(f, std::string(text),
          std::string(text) + " has more than " + std::to_string(scale) + " decimal place" + (scale == 1 ? "" : "s"));
    case DecimalStatus::malformed: break;
  }
  bad(f, std::string(text),
      quoted(text) + (f.type == FieldType::integer ? " is not a whole number" : " is not a number, e.g. 12.5"));
}

Cell check_number(const ReportField& f, const Cell& v) {
  std::int64_t units = numeric_units(f, v);
  int scale = scale_of(f);
  std::string shown = decimal_text(units, scale);
  // Integer fields without a minimum are counts: 0 or more.
  auto lo = f.min.empty() && f.type == FieldType::integer ? std::optional<std::int64_t>(0) : bound_units(f, f.min);
  if (lo && units < *lo) bad(f, shown, shown + " is less than the minimum " + decimal_text(*lo, scale));
  if (auto hi = bound_units(f, f.max); hi && units > *hi)
    bad(f, shown, shown + " is more than the maximum " + decimal_text(*hi, scale));
  if (f.type == FieldType::integer) return units;
  return shown;
}

// Text and choices are words: an integer given for one (a JSON number, a choice "3") is its text.
std::string text_of(const ReportField& f, const Cell& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  const std::string& s = std::get<std::string>(v);
  if (!internal::valid_utf8(s)) {
    std::string shown;
    for (char c : s) shown += static_cast<unsigned char>(c) < 0x80 ? c : '?';
    bad(f, shown, quoted(shown) + " is not UTF-8 text");
  }
  return std::string(internal::trim_space(s));
}

Cell check_text(const ReportField& f, const std::string& text) {
  std::int64_t max = bound_units(f, f.max).value_or(kDefaultTextMax);
  auto length = static_cast<std::int64_t>(internal::utf8_length(text));
  if (length > max)
    bad(f, text, "is " + std::to_string(length) + " characters long; at most " + std::to_string(max) + " are allowed");
  return text;
}

Cell check_choice(const ReportField& f, const std::string& text) {
  for (const auto& c : f.choices)
    if (c == text) return text;
  std::string list;
  for (const auto& c : f.choices) list += (list.empty() ? "" : ", ") + c;
  bad(f, text, quoted(text) + " is not one of: " + list);
}

Cell check_date(const ReportField& f, const Cell& v) {
  if (std::holds_alternative<std::int64_t>(v))
    bad(f, report_value_text(v), report_value_text(v) + " is not a date; write YYYY-MM-DD");
  const std::string text(internal::trim_space(std::get<std::string>(v)));
  Date d;
  try {
    d = parse_date(text, f.key);
  } catch (const Error&) {
    bad(f, text, quoted(text) + " is not a date; write YYYY-MM-DD, e.g. 2026-10-01");
  }
  if (!f.min.empty() && d < parse_date(f.min)) bad(f, date_text(d), date_text(d) + " is before " + f.min);
  if (!f.max.empty() && d > parse_date(f.max)) bad(f, date_text(d), date_text(d) + " is after " + f.max);
  return date_text(d);
}

bool blank(const Cell& v) {
  if (std::holds_alternative<std::monostate>(v)) return true;
  const auto* s = std::get_if<std::string>(&v);
  return s && internal::trim_space(*s).empty();
}

// One value, normalised; empty stays empty.
Cell normalise(const ReportField& f, const Cell& v) {
  if (blank(v)) return {};
  switch (f.type) {
    case FieldType::integer:
    case FieldType::decimal: return check_number(f, v);
    case FieldType::text: return check_text(f, text_of(f, v));
    case FieldType::choice: return check_choice(f, text_of(f, v));
    case FieldType::date: return check_date(f, v);
  }
  bad(f, report_value_text(v), "has an unknown field type");
}

// A normalised numeric value as (units, scale) for comparing fields of different scales.
std::int64_t units_of(const ReportField& f, const Cell& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) return *n;
  return parse_decimal(std::get<std::string>(v), scale_of(f)).units;
}

void check_part_of(const ReportTemplate& t, const ReportValues& values) {
  for (const auto& part : t.fields) {
    if (part.part_of.empty()) continue;
    const ReportField* whole = t.field(part.part_of);
    auto p = values.find(part.key);
    auto w = values.find(part.part_of);
    if (!whole || p == values.end() || w == values.end()) continue;
    if (internal::compare_decimal(units_of(part, p->second), scale_of(part), units_of(*whole, w->second),
                                  scale_of(*whole)) > 0) {
      std::string shown = report_value_text(p->second);
      bad(part, shown,
          shown + " is more than " + whole->key + " (" + whole->label + ") " + report_value_text(w->second));
    }
  }
}

[[noreturn]] void unknown_key(const ReportTemplate& t, const std::string& key, const ReportValue& v) {
  std::string keys;
  for (const auto& f : t.fields) keys += (keys.empty() ? "" : ", ") + f.key;
  throw Error(ErrorCode::invalid_argument,
              "fields." + key + ": " + t.key + " (" + t.title + ") has no such field; its fields are " + keys, key,
              report_value_text(v));
}

}  // namespace

ReportValues check_report_values(const ReportTemplate& t, const ReportValues& values, bool complete) {
  ReportValues out;
  for (const auto& [key, v] : values) {
    const ReportField* f = t.field(key);
    if (!f) unknown_key(t, key, v);
    Cell n = normalise(*f, v);
    if (!std::holds_alternative<std::monostate>(n)) out.emplace(key, std::move(n));
  }
  check_part_of(t, out);
  if (!complete) return out;
  // Every missing field at once: the filer fixes the form in one go.
  const ReportField* first = nullptr;
  std::string others;
  for (const auto& f : t.fields) {
    if (!f.required || out.count(f.key)) continue;
    if (!first) first = &f;
    else others += (others.empty() ? "" : ", ") + f.key + " (" + f.label + ")";
  }
  if (first)
    throw Error(ErrorCode::invalid_argument,
                where(*first) + ": is required before submission" +
                    (others.empty() ? std::string() : "; so are " + others),
                first->key, "");
  return out;
}

ReportValue parse_report_value(const ReportField& f, std::string_view text) {
  return normalise(f, Cell(std::string(text)));
}

std::string report_value_text(const ReportValue& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  return "";
}

}  // namespace bangfu
