#include "json/records.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include "bangfu/error.hpp"
#include "bangfu/id_number.hpp"
#include "json/fields.hpp"

namespace bangfu::json {
namespace {

json opt_date(const std::optional<Date>& d) { return d ? json(date_text(*d)) : json(nullptr); }

}  // namespace

Date date_from_json(const json& v, const char* name) {
  if (!v.is_string()) wrong_type(name, v, "a date string YYYY-MM-DD");
  return parse_date(v.get<std::string>(), name);
}

json parse(const char* text, const char* what) {
  if (!text) return json::object();
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    throw_invalid(what, text, std::string("is not valid JSON: ") + e.what());
  }
}

json to_json(const Region& r) {
  return {{"code", r.code},
          {"name", r.name},
          {"level", static_cast<int>(r.level)},
          {"level_label", region_level_label(r.level)},
          {"parent", r.parent ? json(*r.parent) : json(nullptr)},
          {"path", r.path}};
}

json to_json(const Unit& u) {
  json j = {{"id", u.id},
            {"code", u.code},
            {"kind", unit_kind_key(u.kind)},
            {"kind_label", unit_kind_label(u.kind)},
            {"name", u.name},
            {"region", u.region},
            {"region_path", u.region_path},
            {"address", u.address},
            {"grade", u.grade},
            {"parent", u.parent ? json(*u.parent) : json(nullptr)}};
  if (u.location) {
    j["latitude"] = u.location->latitude;
    j["longitude"] = u.location->longitude;
  } else {
    j["latitude"] = nullptr;
    j["longitude"] = nullptr;
  }
  return j;
}

json to_json(const Pairing& p) {
  return {{"id", p.id},
          {"support_unit", p.support_unit},
          {"support_name", p.support_name},
          {"recipient_unit", p.recipient_unit},
          {"recipient_name", p.recipient_name},
          {"start", date_text(p.start)},
          {"end", opt_date(p.end)}};
}

json to_json(const Staff& s) {
  return {{"id", s.id},
          {"name", s.name},
          {"id_number", s.id_number},
          {"sex", sex_label(s.sex)},
          {"birth_date", date_text(s.birth_date)},
          {"title", title_label(s.title)},
          {"position", s.position},
          {"department", s.department},
          {"specialty", s.specialty},
          {"phone", s.phone},
          {"home_unit", s.home_unit},
          {"home_unit_name", s.home_unit_name}};
}

json to_json(const Assignment& a) {
  json j = {{"id", a.id},
            {"staff", a.staff},
            {"staff_name", a.staff_name},
            {"recipient_unit", a.recipient_unit},
            {"recipient_name", a.recipient_name},
            {"start", date_text(a.start)},
            {"planned_end", opt_date(a.planned_end)},
            {"active", a.active()}};
  if (a.ended)
    j["ended"] = {{"end", date_text(a.ended->end)}, {"summary", a.ended->summary}, {"evaluation", a.ended->evaluation}};
  else
    j["ended"] = nullptr;
  return j;
}

json to_json(const Account& a) {
  json roles = json::array();
  json labels = json::array();
  for (Role r : a.roles) {
    roles.push_back(role_key(r));
    labels.push_back(role_label(r));
  }
  return {{"id", a.id},
          {"name", a.name},
          {"login", a.login},
          {"phone", a.phone},
          {"roles", roles},
          {"role_labels", labels},
          {"scope", {{"kind", a.scope.kind == Scope::Kind::region ? "region" : "unit"},
                     {"region", a.scope.region},
                     {"unit", a.scope.unit ? json(*a.scope.unit) : json(nullptr)},
                     {"name", a.scope_name}}},
          {"staff", a.staff ? json(*a.staff) : json(nullptr)},
          {"created_by", a.created_by},
          {"created_at", a.created_at},
          {"disabled", a.disabled}};
}

json to_json(const AuditEntry& e) {
  auto parse_or_null = [](const std::string& s) { return s.empty() ? json(nullptr) : json::parse(s); };
  return {{"id", e.id},         {"actor", e.actor},         {"at", e.at},
          {"action", e.action}, {"entity", e.entity},       {"entity_id", e.entity_id},
          {"before", parse_or_null(e.before)}, {"after", parse_or_null(e.after)}};
}

json to_json(const ImportReport& r) {
  json problems = json::array();
  for (auto& p : r.problems)
    problems.push_back({{"line", p.line}, {"field", p.field}, {"value", p.value}, {"message", p.message}});
  return {{"rows_read", r.rows_read},         {"rows_valid", r.rows_valid}, {"rows_imported", r.rows_imported},
          {"rows_rejected", r.rows_rejected}, {"committed", r.committed},
          {"problems", problems}};
}

json to_json(const DemoSummary& d) {
  return {{"support_hospitals", d.support_hospitals}, {"recipient_hospitals", d.recipient_hospitals},
          {"pairings", d.pairings},                   {"staff", d.staff},
          {"assignments", d.assignments},             {"accounts", d.accounts},
          {"punches", d.punches},                     {"requests", d.requests},
          {"reports", d.reports},                     {"report_packages", d.report_packages}};
}

json to_json(const ProgrammeOverview& o) {
  return {{"as_of", date_text(o.as_of)},
          {"support_hospitals", o.support_hospitals},
          {"recipient_hospitals", o.recipient_hospitals},
          {"pairings_active", o.pairings_active},
          {"pairings_total", o.pairings_total},
          {"staff_registered", o.staff_registered},
          {"staff_on_duty", o.staff_on_duty},
          {"assignments_ended", o.assignments_ended},
          {"staff_not_dispatched", o.staff_not_dispatched},
          {"by_region", to_json(o.by_region)}};
}

json cell_json(const Cell& c) {
  if (const auto* n = std::get_if<std::int64_t>(&c)) return *n;
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  return nullptr;
}

json to_json(const Table& t) {
  static const char* kTypes[] = {"text", "integer", "date", "decimal"};
  json cols = json::array();
  for (auto& c : t.columns)
    cols.push_back({{"key", c.key}, {"label", c.label}, {"type", kTypes[static_cast<int>(c.type)]}});
  json rows = json::array();
  for (auto& r : t.rows) {
    json o = json::object();
    for (std::size_t i = 0; i < r.size() && i < t.columns.size(); ++i) o[t.columns[i].key] = cell_json(r[i]);
    rows.push_back(std::move(o));
  }
  return {{"columns", cols}, {"rows", rows}};
}

NewUnit new_unit_from_json(const json& j) {
  require_object(j, "unit");
  NewUnit u;
  u.code = get_string(j, "code", true);
  u.kind = parse_unit_kind(get_string(j, "kind", true), "kind");
  u.name = get_string(j, "name", true);
  u.region = *get_region(j, "region", true);
  u.address = get_string(j, "address", false);
  u.grade = get_string(j, "grade", false);
  auto lat = get_double(j, "latitude");
  auto lon = get_double(j, "longitude");
  if (lat.has_value() != lon.has_value())
    throw Error(ErrorCode::invalid_argument, "latitude/longitude: give both or neither");
  if (lat) u.location = GeoPoint{*lat, *lon};
  if (auto p = get_int(j, "parent", false)) u.parent = *p;
  return u;
}

NewPairing new_pairing_from_json(const json& j) {
  require_object(j, "pairing");
  NewPairing p;
  p.support_unit = *get_int(j, "support_unit", true);
  p.recipient_unit = *get_int(j, "recipient_unit", true);
  p.start = *get_date(j, "start", true);
  p.end = get_date(j, "end", false);
  return p;
}

NewStaff new_staff_from_json(const json& j) {
  require_object(j, "staff");
  NewStaff s;
  s.name = get_string(j, "name", true);
  s.id_number = get_string(j, "id_number", true);
  s.title = parse_title(get_string(j, "title", true), "title");
  s.position = get_string(j, "position", false);
  s.department = get_string(j, "department", false);
  s.specialty = get_string(j, "specialty", false);
  s.phone = get_string(j, "phone", false);
  s.home_unit = *get_int(j, "home_unit", true);
  return s;
}

NewAssignment new_assignment_from_json(const json& j) {
  require_object(j, "assignment");
  NewAssignment a;
  a.staff = get_int(j, "staff", false).value_or(0);
  a.recipient_unit = *get_int(j, "recipient_unit", true);
  a.start = *get_date(j, "start", true);
  a.planned_end = get_date(j, "planned_end", false);
  return a;
}

EndOfTask end_of_task_from_json(const json& j) {
  require_object(j, "end_of_task");
  EndOfTask e;
  e.end = *get_date(j, "end", true);
  e.summary = get_string(j, "summary", false);
  e.evaluation = get_string(j, "evaluation", false);
  return e;
}

NewAccount new_account_from_json(const json& j) {
  require_object(j, "account");
  NewAccount a;
  a.name = get_string(j, "name", true);
  a.login = get_string(j, "login", false);
  a.phone = get_string(j, "phone", false);
  const json* roles = field(j, "roles");
  if (!roles) missing_field("roles");
  if (!roles->is_array()) wrong_type("roles", *roles, "an array of role names");
  for (auto& r : *roles) {
    if (!r.is_string()) wrong_type("roles", r, "a role name");
    a.roles.push_back(parse_role(r.get<std::string>(), "roles"));
  }
  if (auto u = get_int(j, "scope_unit", false)) a.scope = Scope::of_unit(*u);
  else if (auto r = get_region(j, "scope_region", false)) a.scope = Scope::of_region(*r);
  else if (!field(j, "staff"))
    throw Error(ErrorCode::invalid_argument, "scope_region/scope_unit: one of them is required", "scope_region", "");
  if (auto s = get_int(j, "staff", false)) a.staff = *s;
  return a;
}

UnitFilter unit_filter_from_json(const json& j) {
  require_object(j, "filter");
  UnitFilter f;
  if (auto k = field(j, "kind")) {
    if (!k->is_string()) wrong_type("kind", *k, "a unit kind");
    f.kind = parse_unit_kind(k->get<std::string>(), "kind");
  }
  f.region = get_region(j, "region", false);
  if (auto u = get_int(j, "under", false)) f.under = *u;
  f.name_contains = get_string(j, "name_contains", false);
  if (auto l = get_int(j, "limit", false)) f.limit = static_cast<int>(*l);
  return f;
}

PairingFilter pairing_filter_from_json(const json& j) {
  require_object(j, "filter");
  PairingFilter f;
  if (auto u = get_int(j, "unit", false)) f.unit = *u;
  f.active_on = get_date(j, "active_on", false);
  return f;
}

AccountFilter account_filter_from_json(const json& j) {
  require_object(j, "filter");
  AccountFilter f;
  f.region = get_region(j, "region", false);
  if (auto r = field(j, "role")) {
    if (!r->is_string()) wrong_type("role", *r, "a role name");
    f.role = parse_role(r->get<std::string>(), "role");
  }
  f.include_disabled = get_bool(j, "include_disabled", false).value_or(f.include_disabled);
  if (auto l = get_int(j, "limit", false)) f.limit = static_cast<int>(*l);
  return f;
}

StaffSummaryFilter staff_summary_filter_from_json(const json& j) {
  require_object(j, "filter");
  StaffSummaryFilter f;
  f.recipient_region = get_region(j, "recipient_region", false);
  if (auto u = get_int(j, "support_unit", false)) f.support_unit = *u;
  f.active_on = get_date(j, "active_on", false);
  return f;
}

AuditFilter audit_filter_from_json(const json& j) {
  require_object(j, "filter");
  AuditFilter f;
  if (field(j, "entity")) f.entity = get_string(j, "entity", false);
  f.entity_id = get_int(j, "entity_id", false);
  f.actor = get_int(j, "actor", false);
  f.after_id = get_int(j, "after_id", false).value_or(0);
  if (auto l = get_int(j, "limit", false)) f.limit = static_cast<int>(*l);
  return f;
}

DemoOptions demo_options_from_json(const json& j) {
  require_object(j, "options");
  DemoOptions o;
  if (auto s = get_int(j, "seed", false)) {
    if (*s < 0 || *s > 0xFFFFFFFFll) throw_invalid("seed", std::to_string(*s), "must be 0–4294967295");
    o.seed = static_cast<std::uint32_t>(*s);
  }
  if (auto n = get_int(j, "staff_count", false)) {
    if (*n < 0 || *n > 1000000) throw_invalid("staff_count", std::to_string(*n), "must be 0–1000000");
    o.staff_count = static_cast<int>(*n);
  }
  return o;
}

ImportOptions import_options_from_json(const json& j) {
  require_object(j, "options");
  ImportOptions o;
  o.keep_good_rows = get_bool(j, "keep_good_rows", false).value_or(o.keep_good_rows);
  o.dry_run = get_bool(j, "dry_run", false).value_or(o.dry_run);
  if (field(j, "edition")) o.edition = get_string(j, "edition", false);
  return o;
}

}  // namespace bangfu::json
