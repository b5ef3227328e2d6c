// Attendance (考勤): the enums, rules and groups (考勤组), punches (打卡), day results and the
// monthly statistics (考勤统计) with their exports. Clock times are "HH:MM" (China Standard
// Time) as in the JSON interface; instants are timezone-aware datetimes in UTC+8.
#include "common.hpp"

namespace bangfu::python {
namespace {

// A clock time: "08:30" or minutes after midnight.
int clock_from_py(py::handle v, std::string_view field) {
  if (py::isinstance<py::str>(v)) return parse_clock(v.cast<std::string>(), field);
  return int32_from_py(v, field);
}

py::object opt_clock(const std::optional<int>& minute) {
  return minute ? py::object(py::str(clock_text(*minute))) : py::object(py::none());
}

std::optional<double> opt_double(py::handle v, const char* field) {
  if (v.is_none()) return std::nullopt;
  return double_from_py(v, field);
}

MakeupRule makeup_rule_from_py(py::handle data, const py::kwargs& kw) {
  if (py::isinstance<MakeupRule>(data) && kw.empty()) return data.cast<MakeupRule>();
  Fields f("a make-up rule", data, kw,
           {"allowed", "per_cycle", "cycle_start_day", "days_back", "look_back", "correctable"});
  MakeupRule r;
  if (auto b = f.opt_bool("allowed")) r.allowed = *b;
  if (f.has("per_cycle")) r.per_cycle = int32_from_py(f.get("per_cycle"), "makeup.per_cycle");
  if (f.has("cycle_start_day")) r.cycle_start_day = int32_from_py(f.get("cycle_start_day"), "makeup.cycle_start_day");
  if (f.has("days_back")) r.days_back = int32_from_py(f.get("days_back"), "makeup.days_back");
  if (f.has("look_back")) r.look_back = look_back_from_py(f.get("look_back"), "makeup.look_back");
  if (f.has("correctable")) {
    r.correctable.clear();
    for (auto item : f.get("correctable")) r.correctable.insert(punch_result_from_py(item, "makeup.correctable"));
  }
  return r;
}

AttendanceRule rule_from_py(py::handle data, const py::kwargs& kw) {
  if (py::isinstance<AttendanceRule>(data) && kw.empty()) return data.cast<AttendanceRule>();
  Fields f("an attendance rule", data, kw,
           {"name", "on_duty", "earliest", "latest", "grace", "serious_late", "absence", "off_duty_required",
            "off_duty", "off_duty_latest", "radius_m", "field_policy", "makeup"});
  AttendanceRule r;
  if (f.has("name")) r.name = f.str("name");
  if (f.has("on_duty")) r.on_duty = clock_from_py(f.get("on_duty"), "on_duty");
  if (f.has("off_duty")) r.off_duty = clock_from_py(f.get("off_duty"), "off_duty");
  struct {
    const char* key;
    int* target;
  } const ints[] = {{"earliest", &r.earliest},         {"latest", &r.latest},   {"grace", &r.grace},
                    {"serious_late", &r.serious_late}, {"absence", &r.absence}, {"off_duty_latest", &r.off_duty_latest},
                    {"radius_m", &r.radius_m}};
  for (const auto& i : ints)
    if (f.has(i.key)) *i.target = int32_from_py(f.get(i.key), i.key);
  if (auto b = f.opt_bool("off_duty_required")) r.off_duty_required = *b;
  if (f.has("field_policy")) r.field_policy = field_policy_from_py(f.get("field_policy"), "field_policy");
  if (f.has("makeup")) r.makeup = makeup_rule_from_py(f.get("makeup"), py::kwargs());
  return r;
}

NewAttendanceGroup group_from_py(py::handle unit, py::handle name, py::handle rule, py::handle members) {
  NewAttendanceGroup g;
  g.unit = int_from_py(unit, "unit");
  g.name = str_from_py(name, "name");
  if (!rule.is_none()) g.rule = rule_from_py(rule, py::kwargs());
  if (!members.is_none())
    for (auto m : members) g.members.push_back(int_from_py(m, "members"));
  return g;
}

AttendanceFilter month_filter(py::handle year, py::handle month, py::handle region, py::handle unit, py::handle staff,
                              py::handle group_by = py::none()) {
  AttendanceFilter f;
  if (!group_by.is_none()) f.group_by = parse_attendance_grouping(py::str(group_by).cast<std::string>(), "group_by");
  f.year = int32_from_py(year, "year");
  f.month = int32_from_py(month, "month");
  if (!region.is_none()) f.region = region_from_py(region, "region");
  if (!unit.is_none()) f.unit = int_from_py(unit, "unit");
  if (!staff.is_none()) f.staff = int_from_py(staff, "staff");
  return f;
}

py::dict leave_days(const std::map<LeaveType, int>& halves) {
  py::dict d;
  for (auto t : every_leave_type()) {
    auto it = halves.find(t);
    d[py::str(leave_type_key(t))] = (it == halves.end() ? 0 : it->second) / 2.0;
  }
  return d;
}

}  // namespace

void init_attendance(py::module_& m) {
  py::enum_<FieldPolicy>(m, "FieldPolicy", "What a punch outside the geofence (外勤打卡) does; .label is Chinese.")
      .value("accept", FieldPolicy::accept)
      .value("flag", FieldPolicy::flag)
      .value("require_approval", FieldPolicy::require_approval)
      .def_property_readonly("label", [](FieldPolicy p) { return std::string(field_policy_label(p)); });
  py::enum_<LookBack>(m, "LookBack", "How a make-up's look-back is counted: 自然日 or 工作日.")
      .value("natural_days", LookBack::natural_days)
      .value("workdays", LookBack::workdays)
      .def_property_readonly("label", [](LookBack b) { return std::string(look_back_label(b)); });
  py::enum_<PunchResult>(m, "PunchResult", "The result of one required punch: 正常, 迟到, 严重迟到, 旷工, 缺卡, 早退.")
      .value("normal", PunchResult::normal)
      .value("late", PunchResult::late)
      .value("serious_late", PunchResult::serious_late)
      .value("absent", PunchResult::absent)
      .value("missing", PunchResult::missing)
      .value("early", PunchResult::early)
      .def_property_readonly("label", [](PunchResult r) { return std::string(punch_result_label(r)); });
  py::enum_<PunchCheck>(m, "PunchCheck", "Where a punch was made and whether it counts (范围内, 外勤, ...).")
      .value("inside", PunchCheck::inside)
      .value("field", PunchCheck::field)
      .value("field_pending", PunchCheck::field_pending)
      .value("field_approved", PunchCheck::field_approved)
      .value("field_rejected", PunchCheck::field_rejected)
      .def_property_readonly("label", [](PunchCheck c) { return std::string(punch_check_label(c)); })
      .def_property_readonly("counts", [](PunchCheck c) { return punch_counts(c); },
                             "Does a punch with this check count towards attendance?");
  py::enum_<LeaveType>(m, "LeaveType", "Kind of leave (事假, 病假, 年假, ...); inputs accept the key or the label.")
      .value("personal", LeaveType::personal)
      .value("sick", LeaveType::sick)
      .value("annual", LeaveType::annual)
      .value("marriage", LeaveType::marriage)
      .value("maternity", LeaveType::maternity)
      .value("bereavement", LeaveType::bereavement)
      .value("family_visit", LeaveType::family_visit)
      .value("paternity", LeaveType::paternity)
      .def_property_readonly("label", [](LeaveType t) { return std::string(leave_type_label(t)); });
  py::enum_<HalfDay>(m, "HalfDay", "上午 (am) or 下午 (pm).")
      .value("am", HalfDay::am)
      .value("pm", HalfDay::pm)
      .def_property_readonly("label", [](HalfDay h) { return std::string(half_day_label(h)); });
  py::enum_<PunchKind>(m, "PunchKind", "上班 (on_duty) or 下班 (off_duty) punch.")
      .value("on_duty", PunchKind::on_duty)
      .value("off_duty", PunchKind::off_duty)
      .def_property_readonly("label", [](PunchKind k) { return std::string(punch_kind_label(k)); });
  py::enum_<DayStatus>(m, "DayStatus", "The result of one day (正常, 迟到, 缺卡, 已补卡, 请假, 外勤, 休息日, ...).")
      .value("normal", DayStatus::normal)
      .value("late", DayStatus::late)
      .value("serious_late", DayStatus::serious_late)
      .value("absent", DayStatus::absent)
      .value("missing", DayStatus::missing)
      .value("made_up", DayStatus::made_up)
      .value("leave", DayStatus::leave)
      .value("field", DayStatus::field)
      .value("rest_day", DayStatus::rest_day)
      .value("holiday", DayStatus::holiday)
      .value("outside_assignment", DayStatus::outside_assignment)
      .value("early", DayStatus::early)
      .value("upcoming", DayStatus::upcoming)
      .def_property_readonly("label", [](DayStatus s) { return std::string(day_status_label(s)); });

  py::class_<MakeupRule> makeup(m, "MakeupRule", "补卡规则: how many make-ups per monthly cycle and how far back.");
  makeup
      .def(py::init([](const py::kwargs& kw) { return makeup_rule_from_py(py::none(), kw); }),
           "Keyword arguments: allowed, per_cycle, cycle_start_day, days_back, look_back, correctable.")
      .def_readonly("allowed", &MakeupRule::allowed)
      .def_readonly("per_cycle", &MakeupRule::per_cycle, "Requests per cycle (pending and approved count).")
      .def_readonly("cycle_start_day", &MakeupRule::cycle_start_day)
      .def_readonly("days_back", &MakeupRule::days_back)
      .def_readonly("look_back", &MakeupRule::look_back)
      .def_property_readonly(
          "correctable",
          [](const MakeupRule& r) { return std::vector<PunchResult>(r.correctable.begin(), r.correctable.end()); },
          "The punch results a make-up may correct.");
  finish_record(makeup, {"allowed", "per_cycle", "cycle_start_day", "days_back", "look_back", "correctable"},
                {"allowed", "per_cycle", "days_back"});

  py::class_<AttendanceRule> rule(m, "AttendanceRule",
                                  "考勤规则 (one shift per workday). on_duty / off_duty are 'HH:MM' (China Standard "
                                  "Time); the other times are minutes.");
  rule.def(py::init([](const py::kwargs& kw) { return rule_from_py(py::none(), kw); }),
           "Keyword arguments: name, on_duty, earliest, latest, grace, serious_late, absence, off_duty_required, "
           "off_duty, off_duty_latest, radius_m, field_policy, makeup (a MakeupRule or a dict).")
      .def_readonly("name", &AttendanceRule::name)
      .def_property_readonly("on_duty", [](const AttendanceRule& r) { return clock_text(r.on_duty); }, "上班时间.")
      .def_readonly("earliest", &AttendanceRule::earliest, "Minutes before on-duty that a punch may come.")
      .def_readonly("latest", &AttendanceRule::latest, "Minutes after on-duty that still make an on-duty punch.")
      .def_readonly("grace", &AttendanceRule::grace, "弹性 minutes.")
      .def_readonly("serious_late", &AttendanceRule::serious_late)
      .def_readonly("absence", &AttendanceRule::absence)
      .def_readonly("off_duty_required", &AttendanceRule::off_duty_required)
      .def_property_readonly("off_duty", [](const AttendanceRule& r) { return clock_text(r.off_duty); }, "下班时间.")
      .def_readonly("off_duty_latest", &AttendanceRule::off_duty_latest)
      .def_readonly("radius_m", &AttendanceRule::radius_m, "考勤范围 in metres.")
      .def_readonly("field_policy", &AttendanceRule::field_policy)
      .def_readonly("makeup", &AttendanceRule::makeup);
  finish_record(rule,
                {"name", "on_duty", "earliest", "latest", "grace", "serious_late", "absence", "off_duty_required",
                 "off_duty", "off_duty_latest", "radius_m", "field_policy", "makeup"},
                {"name", "on_duty", "grace", "radius_m", "field_policy"});

  py::class_<AttendanceGroup> group(m, "AttendanceGroup",
                                    "考勤组: a recipient hospital's rule for everyone there (no members) or listed staff.");
  group.def_readonly("id", &AttendanceGroup::id)
      .def_readonly("unit", &AttendanceGroup::unit)
      .def_readonly("unit_name", &AttendanceGroup::unit_name)
      .def_readonly("name", &AttendanceGroup::name)
      .def_readonly("members", &AttendanceGroup::members, "Staff ids; empty for the hospital's default group.")
      .def_readonly("rule", &AttendanceGroup::rule);
  finish_record(group, {"id", "unit", "unit_name", "name", "members", "rule"}, {"id", "unit_name", "name", "members"});

  py::class_<Punch> punch(m, "Punch", "A recorded punch (打卡).");
  punch.def_readonly("id", &Punch::id)
      .def_readonly("staff", &Punch::staff)
      .def_property_readonly("at", [](const Punch& p) { return instant_to_py(p.at); },
                             "The instant, as an aware datetime in China Standard Time (UTC+8).")
      .def_readonly("day", &Punch::day, "The CST day.")
      .def_property_readonly("time", [](const Punch& p) { return clock_text(p.minute); }, "'HH:MM', CST.")
      .def_readonly("location", &Punch::location, "GeoPoint or None.")
      .def_readonly("distance_m", &Punch::distance_m, "Metres from the hospital, or None.")
      .def_readonly("check", &Punch::check)
      .def_readonly("source", &Punch::source)
      .def_readonly("assignment", &Punch::assignment)
      .def_readonly("unit", &Punch::unit)
      .def_readonly("recorded_by", &Punch::recorded_by);
  finish_record(punch,
                {"id", "staff", "at", "day", "time", "location", "distance_m", "check", "source", "assignment", "unit",
                 "recorded_by"},
                {"id", "staff", "day", "time", "check", "distance_m"});

  py::class_<DayResult> day(m, "DayResult", "One day's attendance result.");
  day.def_readonly("date", &DayResult::date)
      .def_readonly("status", &DayResult::status)
      .def_readonly("required", &DayResult::required, "应出勤: a workday inside the assignment.")
      .def_property_readonly("on_duty_time", [](const DayResult& d) { return opt_clock(d.on_duty_minute); },
                             "The on-duty punch (or make-up) that counted, 'HH:MM', or None.")
      .def_property_readonly("off_duty_time", [](const DayResult& d) { return opt_clock(d.off_duty_minute); })
      .def_readonly("on_duty", &DayResult::on_duty, "PunchResult or None.")
      .def_readonly("off_duty", &DayResult::off_duty, "PunchResult or None.")
      .def_readonly("late_minutes", &DayResult::late_minutes)
      .def_readonly("early_minutes", &DayResult::early_minutes)
      .def_readonly("field", &DayResult::field, "A counted punch was a field punch (外勤).")
      .def_readonly("made_up", &DayResult::made_up, "An approved make-up supplied a punch.")
      .def_readonly("leave_type", &DayResult::leave_type, "LeaveType or None.")
      .def_property_readonly("leave_days", [](const DayResult& d) { return d.leave_halves / 2.0; },
                             "0, 0.5 or 1.")
      .def_readonly("holiday_name", &DayResult::holiday_name);
  finish_record(day,
                {"date", "status", "required", "on_duty_time", "off_duty_time", "on_duty", "off_duty", "late_minutes",
                 "early_minutes", "field", "made_up", "leave_type", "leave_days", "holiday_name"},
                {"date", "status", "required", "on_duty_time"});

  py::class_<AttendanceTotals> totals(m, "AttendanceTotals", "考勤统计 of one person and period.");
  totals.def_readonly("required_days", &AttendanceTotals::required_days, "应出勤天数.")
      .def_readonly("attended_days", &AttendanceTotals::attended_days, "出勤天数.")
      .def_readonly("rest_days", &AttendanceTotals::rest_days)
      .def_readonly("late_count", &AttendanceTotals::late_count)
      .def_readonly("late_minutes", &AttendanceTotals::late_minutes)
      .def_readonly("serious_late_count", &AttendanceTotals::serious_late_count)
      .def_readonly("early_count", &AttendanceTotals::early_count)
      .def_readonly("on_duty_missing", &AttendanceTotals::on_duty_missing)
      .def_readonly("off_duty_missing", &AttendanceTotals::off_duty_missing)
      .def_readonly("absent_days", &AttendanceTotals::absent_days)
      .def_readonly("field_count", &AttendanceTotals::field_count)
      .def_readonly("makeup_count", &AttendanceTotals::makeup_count)
      .def_property_readonly("leave_days", [](const AttendanceTotals& t) { return leave_days(t.leave_halves); },
                             "Leave key (personal, sick, ...) → days (halves as .5), every type listed.")
      .def_readonly("upcoming_days", &AttendanceTotals::upcoming_days);
  finish_record(totals,
                {"required_days", "attended_days", "rest_days", "late_count", "late_minutes", "serious_late_count",
                 "early_count", "on_duty_missing", "off_duty_missing", "absent_days", "field_count", "makeup_count",
                 "leave_days", "upcoming_days"},
                {"required_days", "attended_days", "late_count", "on_duty_missing", "makeup_count"});

  py::class_<MonthAttendance> month(m, "MonthAttendance", "One row of 考勤统计: a staff member at a hospital in a month.");
  month.def_readonly("staff", &MonthAttendance::staff)
      .def_readonly("staff_name", &MonthAttendance::staff_name)
      .def_readonly("home_unit_name", &MonthAttendance::home_unit_name)
      .def_readonly("unit", &MonthAttendance::unit)
      .def_readonly("unit_name", &MonthAttendance::unit_name)
      .def_readonly("region_path", &MonthAttendance::region_path)
      .def_readonly("year", &MonthAttendance::year)
      .def_readonly("month", &MonthAttendance::month)
      .def_readonly("totals", &MonthAttendance::totals);
  finish_record(month,
                {"staff", "staff_name", "home_unit_name", "unit", "unit_name", "region_path", "year", "month",
                 "totals"},
                {"staff", "staff_name", "unit_name", "year", "month", "totals"});

  auto id = [](py::handle v, const char* field) { return int_from_py(v, field); };
  engine_class(m)
      .def(
          "add_attendance_group",
          [id](const EngineHandle& h, py::handle actor, py::handle unit, py::handle name, py::handle rule,
               py::handle members) {
            AccountId a = id(actor, "actor");
            NewAttendanceGroup g = group_from_py(unit, name, rule, members);
            return call(h, [&](Engine& e) { return e.add_attendance_group(a, g); });
          },
          py::arg("actor"), py::arg("unit"), py::arg("name"), py::arg("rule") = py::none(),
          py::arg("members") = py::tuple(),
          "Adds a 考勤组 to a recipient hospital and returns its id. rule: an AttendanceRule or a dict (default: "
          "bangfu's default rule); members: staff ids (none: the hospital's default group).")
      .def(
          "update_attendance_group",
          [id](const EngineHandle& h, py::handle actor, py::handle group, py::handle unit, py::handle name,
               py::handle rule, py::handle members) {
            AccountId a = id(actor, "actor");
            GroupId g = id(group, "id");
            NewAttendanceGroup n = group_from_py(unit, name, rule, members);
            call(h, [&](Engine& e) { e.update_attendance_group(a, g, n); });
          },
          py::arg("actor"), py::arg("id"), py::arg("unit"), py::arg("name"), py::arg("rule") = py::none(),
          py::arg("members") = py::tuple(), "Replaces a 考勤组's name, rule and members.")
      .def(
          "remove_attendance_group",
          [id](const EngineHandle& h, py::handle actor, py::handle group) {
            AccountId a = id(actor, "actor");
            GroupId g = id(group, "id");
            call(h, [&](Engine& e) { e.remove_attendance_group(a, g); });
          },
          py::arg("actor"), py::arg("id"), "Removes a 考勤组.")
      .def(
          "attendance_groups",
          [id](const EngineHandle& h, py::handle actor, py::handle unit) {
            AccountId a = id(actor, "actor");
            UnitId u = id(unit, "unit");
            return call(h, [&](Engine& e) { return e.attendance_groups(a, u); });
          },
          py::arg("actor"), py::arg("unit"), "The 考勤组 of a recipient hospital.")
      .def(
          "attendance_rule",
          [id](const EngineHandle& h, py::handle actor, py::handle staff, py::handle day) {
            AccountId a = id(actor, "actor");
            StaffId s = id(staff, "staff");
            Date d = date_from_py(day, "day");
            return call(h, [&](Engine& e) { return e.attendance_rule(a, s, d); });
          },
          py::arg("actor"), py::arg("staff"), py::arg("day"),
          "The AttendanceRule a staff member works under on a day: their group's, the hospital's or the default.")
      .def(
          "now", [](const EngineHandle& h) { return instant_to_py(call(h, [](Engine& e) { return e.now(); })); },
          "Now, from the engine's clock, as an aware datetime in China Standard Time.")
      .def(
          "record_punch",
          [id](const EngineHandle& h, py::handle actor, py::handle staff, py::handle at, py::handle latitude,
               py::handle longitude, py::handle source) {
            AccountId a = id(actor, "actor");
            NewPunch p;
            p.staff = id(staff, "staff");
            p.at = instant_from_py(at, "at");
            auto lat = opt_double(latitude, "latitude");
            auto lon = opt_double(longitude, "longitude");
            if (lat.has_value() != lon.has_value())
              throw_invalid(lat ? "longitude" : "latitude", "", "give both latitude and longitude, or neither");
            if (lat) p.location = GeoPoint{*lat, *lon};
            p.source = str_from_py(source, "source");
            return call(h, [&](Engine& e) { return e.record_punch(a, p); });
          },
          py::arg("actor"), py::arg("staff"), py::arg("at"), py::arg("latitude") = py::none(),
          py::arg("longitude") = py::none(), py::arg("source") = "",
          "Records a punch (打卡). at: a datetime (naive = China Standard Time, aware = converted) or an ISO "
          "string. The actor is the staff member's own account or the system actor.")
      .def(
          "punches",
          [id](const EngineHandle& h, py::handle actor, py::handle staff, py::handle first, py::handle last) {
            AccountId a = id(actor, "actor");
            StaffId s = id(staff, "staff");
            Date f = date_from_py(first, "first");
            Date l = date_from_py(last, "last");
            return call(h, [&](Engine& e) { return e.punches(a, s, f, l); });
          },
          py::arg("actor"), py::arg("staff"), py::arg("first"), py::arg("last"),
          "A staff member's punches from first to last (CST days, both included).")
      .def(
          "attendance_days",
          [id](const EngineHandle& h, py::handle actor, py::handle staff, py::handle first, py::handle last) {
            AccountId a = id(actor, "actor");
            StaffId s = id(staff, "staff");
            Date f = date_from_py(first, "first");
            Date l = date_from_py(last, "last");
            return call(h, [&](Engine& e) { return e.attendance_days(a, s, f, l); });
          },
          py::arg("actor"), py::arg("staff"), py::arg("first"), py::arg("last"),
          "Day-by-day DayResults from first to last (at most 366 days).")
      .def(
          "attendance_month",
          [](const EngineHandle& h, py::handle actor, py::handle year, py::handle month, py::handle region,
             py::handle unit, py::handle staff, py::handle group_by) {
            AccountId a = int_from_py(actor, "actor");
            AttendanceFilter f = month_filter(year, month, region, unit, staff, group_by);
            Table t = call(h, [&](Engine& e) { return e.attendance_month_table(a, f); });
            return table_to_py(t);
          },
          py::arg("actor"), py::arg("year"), py::arg("month"), py::arg("region") = py::none(),
          py::arg("unit") = py::none(), py::arg("staff") = py::none(), py::arg("group_by") = "staff",
          "考勤统计 as a bangfu.Table: a row per staff member and assignment in the month, in the actor's reach "
          "(columns required_days 应出勤天数, attended_days, ..., leave_<type> in days); group_by 'hospital', "
          "'county', 'city' or 'province' sums them per group with 出勤率 (attendance_rate) and a 合计 row.")
      .def(
          "attendance_month_records",
          [](const EngineHandle& h, py::handle actor, py::handle year, py::handle month, py::handle region,
             py::handle unit, py::handle staff) {
            AccountId a = int_from_py(actor, "actor");
            AttendanceFilter f = month_filter(year, month, region, unit, staff);
            return call(h, [&](Engine& e) { return e.attendance_month(a, f); });
          },
          py::arg("actor"), py::arg("year"), py::arg("month"), py::arg("region") = py::none(),
          py::arg("unit") = py::none(), py::arg("staff") = py::none(),
          "考勤统计 as MonthAttendance records (with .totals).")
      .def(
          "export_attendance_month",
          [](const EngineHandle& h, py::handle actor, py::handle year, py::handle month, py::handle path,
             py::handle format, py::handle region, py::handle unit, py::handle staff, py::handle group_by) {
            AccountId a = int_from_py(actor, "actor");
            AttendanceFilter f = month_filter(year, month, region, unit, staff, group_by);
            std::string p = path_from_py(path, "path");
            ExportFormat fmt = export_format_for(format, p);
            call(h, [&](Engine& e) { e.export_attendance_month(a, f, fmt, p); });
          },
          py::arg("actor"), py::arg("year"), py::arg("month"), py::arg("path"), py::arg("format") = py::none(),
          py::arg("region") = py::none(), py::arg("unit") = py::none(), py::arg("staff") = py::none(),
          py::arg("group_by") = "staff",
          "Writes 考勤统计 to a CSV or XLSX file with Chinese headers (format: 'csv', 'xlsx' or None for the "
          "file's suffix).");
}

}  // namespace bangfu::python
