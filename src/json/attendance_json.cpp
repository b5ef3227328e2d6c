#include "json/attendance_json.hpp"

#include "bangfu/error.hpp"
#include "json/enum_field.hpp"
#include "json/fields.hpp"

namespace bangfu::json {
namespace {

int get_clock(const json& j, const char* name, int fallback) {
  const json* v = field(j, name);
  if (!v) return fallback;
  if (v->is_string()) return parse_clock(v->get<std::string>(), name);
  if (v->is_number_integer()) return v->get<int>();  // minutes after midnight
  wrong_type(name, *v, "a time HH:MM");
}

int get_count(const json& j, const char* name, int fallback) {
  auto v = get_int(j, name, false);
  return v ? static_cast<int>(*v) : fallback;
}

json opt_int(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }
json opt_clock(const std::optional<int>& v) { return v ? json(clock_text(*v)) : json(nullptr); }

json leave_halves_json(const std::map<LeaveType, int>& halves) {
  json out = json::object();
  for (auto t : every_leave_type()) {
    auto it = halves.find(t);
    out[leave_type_key(t)] = (it == halves.end() ? 0 : it->second) / 2.0;
  }
  return out;
}

}  // namespace

json to_json(const AttendanceRule& r) {
  json correctable = json::array();
  for (auto c : r.makeup.correctable) correctable.push_back(punch_result_key(c));
  return {{"name", r.name},
          {"on_duty", clock_text(r.on_duty)},
          {"earliest", r.earliest},
          {"latest", r.latest},
          {"grace", r.grace},
          {"serious_late", r.serious_late},
          {"absence", r.absence},
          {"off_duty_required", r.off_duty_required},
          {"off_duty", clock_text(r.off_duty)},
          {"off_duty_latest", r.off_duty_latest},
          {"radius_m", r.radius_m},
          {"field_policy", field_policy_key(r.field_policy)},
          {"makeup",
           {{"allowed", r.makeup.allowed},
            {"per_cycle", r.makeup.per_cycle},
            {"cycle_start_day", r.makeup.cycle_start_day},
            {"days_back", r.makeup.days_back},
            {"look_back", look_back_key(r.makeup.look_back)},
            {"correctable", correctable}}}};
}

AttendanceRule attendance_rule_from_json(const json& j) {
  require_object(j, "rule");
  AttendanceRule r;
  r.name = get_string(j, "name", false, r.name);
  r.on_duty = get_clock(j, "on_duty", r.on_duty);
  r.earliest = get_count(j, "earliest", r.earliest);
  r.latest = get_count(j, "latest", r.latest);
  r.grace = get_count(j, "grace", r.grace);
  r.serious_late = get_count(j, "serious_late", r.serious_late);
  r.absence = get_count(j, "absence", r.absence);
  r.off_duty_required = get_bool(j, "off_duty_required", false).value_or(r.off_duty_required);
  r.off_duty = get_clock(j, "off_duty", r.off_duty);
  r.off_duty_latest = get_count(j, "off_duty_latest", r.off_duty_latest);
  r.radius_m = get_count(j, "radius_m", r.radius_m);
  r.field_policy = get_enum(j, "field_policy", r.field_policy, &parse_field_policy);
  if (const json* m = field(j, "makeup")) {
    require_object(*m, "makeup");
    auto& k = r.makeup;
    k.allowed = get_bool(*m, "allowed", false).value_or(k.allowed);
    k.per_cycle = get_count(*m, "per_cycle", k.per_cycle);
    k.cycle_start_day = get_count(*m, "cycle_start_day", k.cycle_start_day);
    k.days_back = get_count(*m, "days_back", k.days_back);
    if (const json* look = field(*m, "look_back")) k.look_back = enum_from(*look, "makeup.look_back", &parse_look_back);
    if (const json* c = field(*m, "correctable")) {
      if (!c->is_array()) wrong_type("makeup.correctable", *c, "a list of results");
      k.correctable.clear();
      for (const auto& v : *c) k.correctable.insert(enum_from(v, "makeup.correctable", &parse_punch_result));
    }
  }
  r.validate();
  return r;
}

json to_json(const AttendanceGroup& g) {
  return {{"id", g.id},         {"unit", g.unit},       {"unit_name", g.unit_name},
          {"name", g.name},     {"members", g.members}, {"rule", to_json(g.rule)}};
}

NewAttendanceGroup attendance_group_from_json(const json& j) {
  require_object(j, "group");
  NewAttendanceGroup g;
  g.unit = *get_int(j, "unit", true);
  g.name = get_string(j, "name", false, "");
  if (const json* m = field(j, "members")) {
    if (!m->is_array()) wrong_type("members", *m, "a list of staff ids");
    for (const auto& v : *m) {
      if (!v.is_number_integer()) wrong_type("members", v, "a staff id");
      g.members.push_back(v.get<StaffId>());
    }
  }
  if (const json* r = field(j, "rule")) g.rule = attendance_rule_from_json(*r);
  return g;
}

json to_json(const Punch& p) {
  json j = {{"id", p.id},
            {"staff", p.staff},
            {"assignment", p.assignment},
            {"unit", p.unit},
            {"at", instant_text(p.at)},
            {"day", date_text(p.day)},
            {"time", clock_text(p.minute)},
            {"distance_m", opt_int(p.distance_m)},
            {"check", punch_check_key(p.check)},
            {"check_label", punch_check_label(p.check)},
            {"counts", punch_counts(p.check)},
            {"source", p.source},
            {"recorded_by", p.recorded_by}};
  j["latitude"] = p.location ? json(p.location->latitude) : json(nullptr);
  j["longitude"] = p.location ? json(p.location->longitude) : json(nullptr);
  return j;
}

NewPunch new_punch_from_json(const json& j) {
  require_object(j, "punch");
  NewPunch p;
  p.staff = *get_int(j, "staff", true);
  p.at = parse_instant(get_string(j, "at", true), "at");
  auto lat = get_double(j, "latitude");
  auto lon = get_double(j, "longitude");
  if (lat.has_value() != lon.has_value())
    throw_invalid(lat ? "longitude" : "latitude", "", "give both latitude and longitude, or neither");
  if (lat) p.location = GeoPoint{*lat, *lon};
  p.source = get_string(j, "source", false, "");
  return p;
}

json to_json(const DayResult& d) {
  return {{"date", date_text(d.date)},
          {"status", day_status_key(d.status)},
          {"status_label", day_status_label(d.status)},
          {"required", d.required},
          {"on_duty_time", opt_clock(d.on_duty_minute)},
          {"off_duty_time", opt_clock(d.off_duty_minute)},
          {"on_duty", d.on_duty ? json(punch_result_key(*d.on_duty)) : json(nullptr)},
          {"off_duty", d.off_duty ? json(punch_result_key(*d.off_duty)) : json(nullptr)},
          {"late_minutes", d.late_minutes},
          {"early_minutes", d.early_minutes},
          {"field", d.field},
          {"made_up", d.made_up},
          {"leave_type", d.leave_type ? json(leave_type_key(*d.leave_type)) : json(nullptr)},
          {"leave_days", d.leave_halves / 2.0},
          {"holiday_name", d.holiday_name}};
}

json to_json(const AttendanceTotals& t) {
  return {{"required_days", t.required_days},     {"attended_days", t.attended_days},
          {"rest_days", t.rest_days},             {"late_count", t.late_count},
          {"late_minutes", t.late_minutes},       {"serious_late_count", t.serious_late_count},
          {"early_count", t.early_count},         {"on_duty_missing", t.on_duty_missing},
          {"off_duty_missing", t.off_duty_missing}, {"absent_days", t.absent_days},
          {"field_count", t.field_count},         {"makeup_count", t.makeup_count},
          {"leave_days", leave_halves_json(t.leave_halves)}, {"upcoming_days", t.upcoming_days}};
}

json to_json(const MonthAttendance& m) {
  json j = to_json(m.totals);
  j["staff"] = m.staff;
  j["staff_name"] = m.staff_name;
  j["home_unit_name"] = m.home_unit_name;
  j["unit"] = m.unit;
  j["unit_name"] = m.unit_name;
  j["region"] = m.region;
  j["region_path"] = m.region_path;
  j["year"] = m.year;
  j["month"] = m.month;
  return j;
}

AttendanceFilter attendance_filter_from_json(const json& j) {
  require_object(j, "filter");
  AttendanceFilter f;
  f.year = static_cast<int>(*get_int(j, "year", true));
  f.month = static_cast<int>(*get_int(j, "month", true));
  f.region = get_region(j, "region", false);
  if (auto u = get_int(j, "unit", false)) f.unit = *u;
  if (auto s = get_int(j, "staff", false)) f.staff = *s;
  f.group_by = get_enum(j, "group_by", f.group_by, &parse_attendance_grouping);
  return f;
}

}  // namespace bangfu::json
