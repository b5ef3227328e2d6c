#include "json/report_json.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <limits>

#include "bangfu/error.hpp"
#include "core/ratio.hpp"
#include "json/attendance_json.hpp"
#include "json/enum_field.hpp"
#include "json/fields.hpp"
#include "json/records.hpp"

namespace bangfu::json {
namespace {

// Reads a nested object with the shared readers, which name a member by its own name, and
// puts the object's path in front: "type" inside fields[3] becomes "fields[3].type".
template <class F>
auto at_path(const std::string& where, F&& read) {
  try {
    return read();
  } catch (const Error& e) {
    if (e.field().empty()) throw;
    std::string path = where + "." + e.field();
    std::string message = e.what();
    message = message.starts_with(e.field()) ? path + message.substr(e.field().size()) : path + ": " + message;
    throw Error(e.code(), message, path, e.value());
  }
}

json opt_id(const std::optional<std::int64_t>& v) { return v ? json(*v) : json(nullptr); }
json opt_date(const Date& d) { return d.is_special() ? json(nullptr) : json(date_text(d)); }

// A bound as text: "5000", 5000 and 99.5 all read as the text the field type then checks.
std::string bound_from(const json& j, const char* name) {
  const json* v = field(j, name);
  if (!v) return "";
  if (v->is_string()) return v->get<std::string>();
  if (v->is_number()) return v->dump();
  wrong_type(name, *v, "a number or a string");
}

std::vector<std::string> strings_from(const json& j, const char* name) {
  std::vector<std::string> out;
  const json* v = field(j, name);
  if (!v) return out;
  if (!v->is_array()) wrong_type(name, *v, "a list of strings");
  for (const auto& s : *v) {
    if (!s.is_string()) wrong_type(name, s, "a list of strings");
    out.push_back(s.get<std::string>());
  }
  return out;
}

json field_json(const ReportField& f) {
  return {{"key", f.key},
          {"label", f.label},
          {"type", field_type_key(f.type)},
          {"type_label", field_type_label(f.type)},
          {"unit", f.unit},
          {"required", f.required},
          {"min", f.min},
          {"max", f.max},
          {"scale", f.scale},
          {"choices", f.choices},
          {"source", f.source},
          {"part_of", f.part_of},
          {"aggregate", field_aggregate_key(f.aggregate)},
          {"help", f.help}};
}

ReportField field_from(const json& j) {
  require_object(j, "field");
  ReportField f;
  f.key = get_string(j, "key", true);
  f.label = get_string(j, "label", true);
  f.type = get_enum(j, "type", f.type, &parse_field_type);
  f.unit = get_string(j, "unit", false);
  f.required = get_bool(j, "required", false).value_or(false);
  f.min = bound_from(j, "min");
  f.max = bound_from(j, "max");
  if (auto s = get_int(j, "scale", false)) f.scale = static_cast<int>(*s);
  f.choices = strings_from(j, "choices");
  f.source = get_string(j, "source", false);
  f.part_of = get_string(j, "part_of", false);
  // Only numbers are combined; a text field that says nothing is not summed.
  f.aggregate = get_enum(j, "aggregate", field_type_numeric(f.type) ? FieldAggregate::sum : FieldAggregate::none,
                         &parse_field_aggregate);
  f.help = get_string(j, "help", false);
  return f;
}

json counts_members(const CompletenessCounts& c) {
  auto rate = [&](std::int64_t n) {
    return c.expected == 0 ? json(nullptr) : json(internal::percent_text(n, c.expected));
  };
  return {{"units_expected", c.units_expected},
          {"units_complete", c.units_complete},
          {"expected", c.expected},
          {"on_time", c.on_time},
          {"late", c.late},
          {"missing", c.missing},
          {"returned", c.returned},
          {"accepted", c.accepted},
          {"filed_rate", rate(c.on_time + c.late)},
          {"on_time_rate", rate(c.on_time)}};
}

}  // namespace

json to_json(const ReportTemplate& t) {
  json fields = json::array();
  for (const auto& f : t.fields) fields.push_back(field_json(f));
  return {{"key", t.key},
          {"title", t.title},
          {"subject", report_subject_key(t.subject)},
          {"subject_label", report_subject_label(t.subject)},
          {"period_type", period_type_key(t.period_type)},
          {"period_type_label", period_type_label(t.period_type)},
          {"deadline", {{"months_after", t.deadline.months_after}, {"day", t.deadline.day}}},
          {"fields", fields},
          {"version", t.version},
          {"shipped", t.shipped}};
}

ReportField report_field_from_json(const json& j) { return field_from(j); }

ReportTemplate report_template_from_json(const json& j) {
  require_object(j, "template");
  ReportTemplate t;
  t.key = get_string(j, "key", true);
  t.title = get_string(j, "title", true);
  t.subject = get_enum(j, "subject", t.subject, &parse_report_subject);
  t.period_type = get_enum(j, "period_type", t.period_type, &parse_period_type);
  if (const json* d = field(j, "deadline")) {
    require_object(*d, "deadline");
    at_path("deadline", [&] {
      if (auto m = get_int(*d, "months_after", false)) t.deadline.months_after = static_cast<int>(*m);
      if (auto day = get_int(*d, "day", false)) t.deadline.day = static_cast<int>(*day);
    });
  }
  const json* fields = field(j, "fields");
  if (!fields) missing_field("fields");
  if (!fields->is_array()) wrong_type("fields", *fields, "a list of fields");
  for (std::size_t i = 0; i < fields->size(); ++i)
    t.fields.push_back(at_path("fields[" + std::to_string(i) + "]", [&] { return field_from((*fields)[i]); }));
  if (auto v = get_int(j, "version", false)) t.version = static_cast<int>(*v);
  t.shipped = get_bool(j, "shipped", false).value_or(false);
  t.validate();
  return t;
}

json to_json(const ReportValues& values) {
  json out = json::object();
  for (const auto& [key, v] : values)
    if (!std::holds_alternative<std::monostate>(v)) out[key] = cell_json(v);
  return out;
}

ReportValues report_values_from_json(const json& j, const ReportTemplate* t) {
  require_object(j, "values");
  ReportValues out;
  for (const auto& [key, v] : j.items()) {
    const ReportField* f = t ? t->field(key) : nullptr;
    if (v.is_null()) {
      out[key] = std::monostate{};
    } else if (v.is_string()) {
      out[key] = v.get<std::string>();
    } else if (v.is_number_integer()) {
      if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        throw_invalid(key, v.dump(), "is too large");
      out[key] = v.get<std::int64_t>();
    } else if (v.is_number() && f && f->type == FieldType::decimal) {
      // The shortest text that reads back as the same double: 12.5 → "12.5", 0.1 → "0.1".
      out[key] = v.dump();
    } else {
      wrong_type(key.c_str(), v, v.is_number() ? "a whole number (decimals only for decimal fields, or as text)"
                                               : "a number, a string or null");
    }
  }
  return out;
}

json to_json(const Period& p) { return p.text(); }

Period period_from_json(const json& v, const char* name) {
  if (v.is_string()) return parse_period(v.get<std::string>(), name);
  if (v.is_number_integer()) return parse_period(std::to_string(v.get<std::int64_t>()), name);
  wrong_type(name, v, "a period such as \"2026-10\" or \"2026\"");
}

json to_json(const Report& r) {
  return {{"id", r.id},
          {"template", r.template_key},
          {"template_version", r.template_version},
          {"title", r.title},
          {"period", to_json(r.period)},
          {"period_label", r.period.label()},
          {"unit", r.unit},
          {"unit_name", r.unit_name},
          {"region", r.region},
          {"region_path", r.region_path},
          {"staff", opt_id(r.staff)},
          {"staff_name", r.staff_name},
          {"home_unit_name", r.home_unit_name},
          {"state", report_state_key(r.state)},
          {"state_label", report_state_label(r.state)},
          {"values", to_json(r.values)},
          {"deadline", opt_date(r.deadline)},
          {"first_submitted_at", r.first_submitted_at},
          {"submitted_at", r.submitted_at},
          {"late", r.late},
          {"decided_at", r.decided_at},
          {"return_reason", r.return_reason},
          {"review", to_json(r.review)},
          {"awaiting", r.awaiting},
          {"package", opt_id(r.package)},
          {"created_by", r.created_by},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

ReportKey report_key_from_json(const json& j) {
  require_object(j, "report");
  ReportKey k;
  k.template_key = get_string(j, "template", true);
  const json* p = field(j, "period");
  if (!p) missing_field("period");
  k.period = period_from_json(*p, "period");
  k.unit = *get_int(j, "unit", true);
  if (auto s = get_int(j, "staff", false)) k.staff = *s;
  return k;
}

ReportFilter report_filter_from_json(const json& j) {
  require_object(j, "filter");
  ReportFilter f;
  if (field(j, "template")) f.template_key = get_string(j, "template", true);
  if (const json* p = field(j, "period")) f.period = period_from_json(*p, "period");
  f.region = get_region(j, "region", false);
  if (auto u = get_int(j, "unit", false)) f.unit = *u;
  if (auto u = get_int(j, "support_unit", false)) f.support_unit = *u;
  if (auto s = get_int(j, "staff", false)) f.staff = *s;
  if (const json* s = field(j, "state")) f.state = enum_from(*s, "state", &parse_report_state);
  f.awaiting_me = get_bool(j, "awaiting_me", false).value_or(false);
  if (auto n = get_int(j, "limit", false)) {
    if (*n < 1) throw_invalid("limit", std::to_string(*n), "must be 1 or more");
    f.limit = static_cast<int>(std::min<std::int64_t>(*n, std::numeric_limits<int>::max()));
  }
  return f;
}

json to_json(const ReportPackage& p) {
  return {{"id", p.id},
          {"template", p.template_key},
          {"period", to_json(p.period)},
          {"period_label", p.period.label()},
          {"province", p.province},
          {"province_name", p.province_name},
          {"state", package_state_key(p.state)},
          {"state_label", package_state_label(p.state)},
          {"report_count", p.report_count},
          {"submitted_by", p.submitted_by},
          {"submitted_at", p.submitted_at}};
}

json to_json(const CompletenessCounts& c) { return counts_members(c); }

// A row is its counts with the region (or hospital) in front: one flat record per table row.
json to_json(const CompletenessRow& r) {
  json j = counts_members(r.counts);
  j["region"] = r.region;
  j["name"] = r.name;
  j["unit"] = opt_id(r.unit);
  return j;
}

json to_json(const MissingUnit& m) {
  return {{"unit", m.unit},
          {"unit_name", m.unit_name},
          {"region", m.region},
          {"region_path", m.region_path},
          {"expected", m.expected},
          {"missing", m.missing},
          {"missing_staff", m.missing_staff},
          {"admins", m.admins}};
}

json to_json(const Completeness& c) {
  json rows = json::array();
  for (const auto& r : c.rows) rows.push_back(to_json(r));
  json missing = json::array();
  for (const auto& m : c.missing_units) missing.push_back(to_json(m));
  return {{"template", c.template_key},
          {"title", c.title},
          {"period", to_json(c.period)},
          {"period_label", c.period.label()},
          {"deadline", opt_date(c.deadline)},
          {"region", c.region},
          {"region_name", c.region_name},
          {"rows", rows},
          {"total", to_json(c.total)},
          {"missing_units", missing}};
}

CompletenessFilter completeness_filter_from_json(const json& j) {
  require_object(j, "filter");
  CompletenessFilter f;
  f.template_key = get_string(j, "template", true);
  const json* p = field(j, "period");
  if (!p) missing_field("period");
  f.period = period_from_json(*p, "period");
  f.region = get_region(j, "region", false).value_or(kNationwide);
  return f;
}

ReportSummaryFilter report_summary_filter_from_json(const json& j) {
  require_object(j, "filter");
  ReportSummaryFilter f;
  f.template_key = get_string(j, "template", true);
  const json* period = field(j, "period");
  const json* first = field(j, "first");
  const json* last = field(j, "last");
  if (period && (first || last))
    throw_invalid("period", period->dump(), "give either period or first and last, not both");
  if (period) {
    f.first = f.last = period_from_json(*period, "period");
  } else {
    if (!first) missing_field("first");
    f.first = period_from_json(*first, "first");
    f.last = last ? period_from_json(*last, "last") : f.first;  // one period when last is left out
    periods_between(f.first, f.last);                          // same type, in order, not too many
  }
  f.region = get_region(j, "region", false);
  if (auto u = get_int(j, "unit", false)) f.unit = *u;
  if (auto u = get_int(j, "support_unit", false)) f.support_unit = *u;
  f.group_by = get_enum(j, "group_by", f.group_by, &parse_report_grouping);
  f.accepted_only = get_bool(j, "accepted_only", false).value_or(false);
  return f;
}

}  // namespace bangfu::json

namespace bangfu {

ReportTemplate parse_report_template_json(std::string_view json_text) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_text.begin(), json_text.end());
  } catch (const nlohmann::json::parse_error& e) {
    std::string why = e.what();  // "[json.exception.parse_error.101] parse error at line 3, column 5: …"
    if (auto close = why.find("] "); why.starts_with("[json.exception.") && close != std::string::npos)
      why = why.substr(close + 2);
    throw Error(ErrorCode::invalid_argument, "template: is not valid JSON: " + why, "template", "");
  }
  return json::report_template_from_json(j);
}

std::string report_template_json(const ReportTemplate& t, int indent) {
  return json::to_json(t).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace bangfu
