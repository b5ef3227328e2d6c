// Report templates as data: what a valid template is, what may change between versions, and
// the pre-fill sources a field may name.
#include <set>
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/report.hpp"
#include "core/decimal.hpp"
#include "core/utf8.hpp"

namespace bangfu {
namespace {

using internal::DecimalStatus;
using internal::parse_decimal;

constexpr std::string_view kMonthlyPrefix = "monthly.";

bool is_key(std::string_view s) {
  if (s.empty() || s.size() > 40 || s.front() < 'a' || s.front() > 'z') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

void require_key(const std::string& path, std::string_view value) {
  if (!is_key(value))
    throw_invalid(path, value, "must be 1–40 characters of a–z, 0–9 and _, starting with a letter");
}

// Names a member of fields[i]: "fields[3].min". The index is what a host finds in its JSON;
// the message adds the field's key, which a reader recognises.
class FieldPath {
 public:
  FieldPath(std::size_t index, const ReportField& f) : index_(index), field_(f) {}
  std::string operator()(std::string_view member) const {
    return "fields[" + std::to_string(index_) + "]." + std::string(member);
  }
  [[noreturn]] void fail(std::string_view member, std::string_view value, const std::string& why) const {
    throw_invalid((*this)(member), value, is_key(field_.key) ? why + " (field " + field_.key + ")" : why);
  }

 private:
  std::size_t index_;
  const ReportField& field_;
};

void require_text(const std::string& path, const std::string& value, bool required) {
  internal::require_utf8(path, value);
  if (required && internal::trim_space(value).empty()) throw_invalid(path, value, "must not be empty");
}

// A bound as the field type reads it; invalid_argument when it cannot.
std::optional<internal::ParsedDecimal> numeric_bound(const ReportField& f, const FieldPath& at, const char* member,
                                                     const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto parsed = parse_decimal(text, f.type == FieldType::decimal ? f.scale : 0);
  if (parsed.status == DecimalStatus::ok) return parsed;
  if (f.type == FieldType::integer) at.fail(member, text, "must be a whole number, e.g. 5000");
  at.fail(member, text,
          "must be a number with at most " + std::to_string(f.scale) + " decimal places, e.g. 100");
}

void check_bounds(const ReportField& f, const FieldPath& at) {
  switch (f.type) {
    case FieldType::integer:
    case FieldType::decimal: {
      auto lo = numeric_bound(f, at, "min", f.min);
      auto hi = numeric_bound(f, at, "max", f.max);
      // Integers without a minimum are counts, at least 0.
      std::int64_t floor = lo ? lo->units : 0;
      bool has_floor = lo || f.type == FieldType::integer;
      if (hi && has_floor && hi->units < floor)
        at.fail("max", f.max, "is below the minimum " + (f.min.empty() ? std::string("0 (the default)") : f.min));
      return;
    }
    case FieldType::date: {
      auto bound = [&](const char* member, const std::string& text) -> std::optional<Date> {
        if (text.empty()) return std::nullopt;
        try {
          return parse_date(text, at(member));
        } catch (const Error&) {
          at.fail(member, text, "must be a date YYYY-MM-DD");
        }
      };
      auto lo = bound("min", f.min);
      auto hi = bound("max", f.max);
      if (lo && hi && *hi < *lo) at.fail("max", f.max, "is before the minimum " + f.min);
      return;
    }
    case FieldType::text: {
      if (!f.min.empty()) at.fail("min", f.min, "text fields have a maximum length only; leave min empty");
      if (f.max.empty()) return;
      auto n = parse_decimal(f.max, 0);
      if (n.status != DecimalStatus::ok || n.units < 1)
        at.fail("max", f.max, "must be a length in characters, 1 or more");
      return;
    }
    case FieldType::choice:
      if (!f.min.empty()) at.fail("min", f.min, "choice fields have no bounds; leave min empty");
      if (!f.max.empty()) at.fail("max", f.max, "choice fields have no bounds; leave max empty");
      return;
  }
  at.fail("type", std::to_string(static_cast<int>(f.type)), "is not a field type");
}

void check_choices(const ReportField& f, const FieldPath& at) {
  if (f.type != FieldType::choice) {
    if (!f.choices.empty()) at.fail("choices", f.choices.front(), "only choice fields have choices");
    return;
  }
  if (f.choices.empty()) at.fail("choices", "", "a choice field needs at least one choice");
  std::set<std::string> seen;
  for (std::size_t k = 0; k < f.choices.size(); ++k) {
    const std::string& c = f.choices[k];
    std::string path = at("choices[" + std::to_string(k) + "]");
    internal::require_utf8(path, c);
    if (c.empty() || internal::trim_space(c) != c)
      at.fail("choices[" + std::to_string(k) + "]", c, "must be non-empty, without leading or trailing spaces");
    if (!seen.insert(c).second) at.fail("choices[" + std::to_string(k) + "]", c, "is listed twice");
  }
}

bool is_listed_source(std::string_view key) {
  for (const auto& s : report_sources())
    if (s.key == key) return true;
  return false;
}

void check_source(const ReportTemplate& t, const ReportField& f, const FieldPath& at) {
  if (f.source.empty()) return;
  std::string_view s = f.source;
  if (!field_type_numeric(f.type)) at.fail("source", s, "only integer and decimal fields are pre-filled");
  if (s.starts_with(kMonthlyPrefix)) {
    if (!is_key(s.substr(kMonthlyPrefix.size())))
      at.fail("source", s, "must be monthly.<field key>, e.g. monthly.outpatient_visits");
    if (t.subject != ReportSubject::hospital)
      at.fail("source", s, "monthly sums are for hospital reports (subject hospital)");
    return;
  }
  if (!is_listed_source(s)) {
    std::string keys;
    for (const auto& src : report_sources()) keys += src.key + ", ";
    at.fail("source", s, "is not a source; use one of " + keys + "or monthly.<field key>");
  }
  if (s.starts_with("attendance.") && (t.subject != ReportSubject::staff || t.period_type != PeriodType::month))
    at.fail("source", s, "attendance figures are for monthly staff reports (subject staff, period_type month)");
  if (s == "staff.on_assignment" && t.subject != ReportSubject::hospital)
    at.fail("source", s, "is for hospital reports (subject hospital)");
}

void check_part_of(const ReportTemplate& t, std::size_t index, const ReportField& f, const FieldPath& at) {
  if (f.part_of.empty()) return;
  if (!field_type_numeric(f.type)) at.fail("part_of", f.part_of, "only integer and decimal fields can be 其中 a whole");
  for (std::size_t k = 0; k < index; ++k) {
    const ReportField& whole = t.fields[k];
    if (whole.key != f.part_of) continue;
    if (!field_type_numeric(whole.type))
      at.fail("part_of", f.part_of, "names a " + std::string(field_type_key(whole.type)) + " field; the whole must be a number");
    return;
  }
  at.fail("part_of", f.part_of, "must name an earlier field of this template");
}

void check_field(const ReportTemplate& t, std::size_t index, std::set<std::string>& keys) {
  const ReportField& f = t.fields[index];
  FieldPath at(index, f);
  require_key(at("key"), f.key);
  if (!keys.insert(f.key).second) at.fail("key", f.key, "is used by an earlier field; keys are unique");
  require_text(at("label"), f.label, true);
  require_text(at("unit"), f.unit, false);
  require_text(at("help"), f.help, false);
  if (f.scale < 0 || f.scale > 6) at.fail("scale", std::to_string(f.scale), "must be from 0 to 6");
  if (f.scale != 0 && f.type != FieldType::decimal)
    at.fail("scale", std::to_string(f.scale), "only decimal fields have a scale");
  check_bounds(f, at);
  check_choices(f, at);
  check_source(t, f, at);
  check_part_of(t, index, f, at);
  if (f.aggregate != FieldAggregate::none && !field_type_numeric(f.type))
    at.fail("aggregate", field_aggregate_key(f.aggregate),
            std::string(field_type_key(f.type)) + " fields are not summed or averaged; use none");
}

}  // namespace

// Beyond these, a field may name monthly.<key of a monthly field> (hospital reports).
const std::vector<ReportSource>& report_sources() {
  static const std::vector<ReportSource> all{
      {"attendance.required_days", "应出勤天数"}, {"attendance.attended_days", "出勤天数"},
      {"attendance.leave_days", "请假天数"},      {"attendance.absent_days", "旷工天数"},
      {"attendance.late_count", "迟到次数"},      {"staff.on_assignment", "派驻人数"},
  };
  return all;
}

void ReportTemplate::validate() const {
  require_key("key", key);
  require_text("title", title, true);
  if (subject != ReportSubject::staff && subject != ReportSubject::hospital)
    throw_invalid("subject", std::to_string(static_cast<int>(subject)), "must be staff or hospital");
  if (period_type != PeriodType::month && period_type != PeriodType::year)
    throw_invalid("period_type", std::to_string(static_cast<int>(period_type)), "must be month or year");
  if (deadline.months_after < 0 || deadline.months_after > 24)
    throw_invalid("deadline.months_after", std::to_string(deadline.months_after), "must be from 0 to 24");
  if (deadline.day < 1 || deadline.day > 31)
    throw_invalid("deadline.day", std::to_string(deadline.day), "must be from 1 to 31");
  if (fields.empty()) throw_invalid("fields", "[]", "a template needs at least one field");
  std::set<std::string> keys;
  for (std::size_t i = 0; i < fields.size(); ++i) check_field(*this, i, keys);
}

const ReportField* ReportTemplate::field(std::string_view k) const {
  for (const auto& f : fields)
    if (f.key == k) return &f;
  return nullptr;
}

void check_template_change(const ReportTemplate& previous, const ReportTemplate& next) {
  if (next.key != previous.key)
    throw_invalid("key", next.key, "must stay " + previous.key + ": a new version keeps the template's key");
  if (next.subject != previous.subject)
    throw_invalid("subject", report_subject_key(next.subject),
                  std::string("must stay ") + report_subject_key(previous.subject) + " (" +
                      report_subject_label(previous.subject) + "): filed reports are about it");
  if (next.period_type != previous.period_type)
    throw_invalid("period_type", period_type_key(next.period_type),
                  std::string("must stay ") + period_type_key(previous.period_type) + " (" +
                      period_type_label(previous.period_type) + "): filed reports are for its periods");
  // Summaries span versions, so every column of an earlier version keeps its meaning.
  for (const auto& old : previous.fields) {
    const ReportField* now = next.field(old.key);
    if (!now)
      throw_invalid("fields." + old.key, old.label,
                    "cannot be removed: reports filed under version " + std::to_string(previous.version) +
                        " have it; fields may be added, relabelled or re-bounded");
    if (now->type != old.type)
      throw_invalid("fields." + old.key + ".type", field_type_key(now->type),
                    std::string("must stay ") + field_type_key(old.type) + " (" + field_type_label(old.type) +
                        "): reports filed under earlier versions hold such values");
    // Fewer decimals would cut digits off values already filed (and off their sums).
    if (old.type == FieldType::decimal && now->scale < old.scale)
      throw_invalid("fields." + old.key + ".scale", std::to_string(now->scale),
                    "may not be lower than " + std::to_string(old.scale) + ": filed values have that many decimals");
  }
}

}  // namespace bangfu
