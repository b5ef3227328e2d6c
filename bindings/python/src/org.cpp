// Organisation (对口帮扶): units, pairings, support staff and assignments — records, their
// inputs (dicts / keyword arguments) and the Engine's commands.
#include "common.hpp"

namespace bangfu::python {
namespace {

GeoPoint geo_from_py(py::handle v, std::string_view field) {
  if (py::isinstance<GeoPoint>(v)) return v.cast<GeoPoint>();
  if (py::isinstance<py::dict>(v)) {
    py::dict d = py::reinterpret_borrow<py::dict>(v);
    if (!d.contains("latitude") || !d.contains("longitude"))
      throw_type(field, v, "a GeoPoint, a (latitude, longitude) pair or a dict with latitude and longitude");
    return {double_from_py(d["latitude"], "latitude"), double_from_py(d["longitude"], "longitude")};
  }
  if ((py::isinstance<py::tuple>(v) || py::isinstance<py::list>(v)) && py::len(v) == 2) {
    py::sequence s = py::reinterpret_borrow<py::sequence>(v);
    return {double_from_py(s[0], "latitude"), double_from_py(s[1], "longitude")};
  }
  throw_type(field, v, "a GeoPoint, a (latitude, longitude) pair or a dict with latitude and longitude");
}

std::optional<GeoPoint> location_from(Fields& f) {
  bool loc = f.has("location"), lat = f.has("latitude"), lon = f.has("longitude");
  if (loc && (lat || lon))
    throw Error(ErrorCode::invalid_argument, "location: give location or latitude and longitude, not both", "location", "");
  if (lat != lon)
    throw Error(ErrorCode::invalid_argument, "latitude/longitude: give both or neither", lat ? "longitude" : "latitude", "");
  if (lat) return GeoPoint{double_from_py(f.get("latitude"), "latitude"), double_from_py(f.get("longitude"), "longitude")};
  if (loc) return geo_from_py(f.get("location"), "location");
  return std::nullopt;
}

NewUnit new_unit(py::handle data, const py::kwargs& kw) {
  Fields f("a unit", data, kw,
           {"code", "kind", "name", "region", "address", "grade", "location", "latitude", "longitude", "parent"});
  NewUnit u;
  u.code = f.str("code", true);
  u.kind = unit_kind_from_py(f.need("kind"), "kind");
  u.name = f.str("name", true);
  u.region = region_from_py(f.need("region"), "region");
  u.address = f.str("address");
  u.grade = f.str("grade");
  u.location = location_from(f);
  u.parent = f.opt_int("parent");
  return u;
}

UnitFilter unit_filter(py::handle data, const py::kwargs& kw) {
  Fields f("a unit filter", data, kw, {"kind", "region", "under", "name_contains", "limit"});
  UnitFilter u;
  if (f.has("kind")) u.kind = unit_kind_from_py(f.get("kind"), "kind");
  u.region = f.opt_region("region");
  u.under = f.opt_int("under");
  u.name_contains = f.str("name_contains");
  if (auto l = f.opt_int("limit")) u.limit = static_cast<int>(*l);
  return u;
}

NewPairing new_pairing(py::handle data, const py::kwargs& kw) {
  Fields f("a pairing", data, kw, {"support_unit", "recipient_unit", "start", "end"});
  NewPairing p;
  p.support_unit = f.need_int("support_unit");
  p.recipient_unit = f.need_int("recipient_unit");
  p.start = f.need_date("start");
  p.end = f.opt_date("end");
  return p;
}

PairingFilter pairing_filter(py::handle data, const py::kwargs& kw) {
  Fields f("a pairing filter", data, kw, {"unit", "active_on"});
  PairingFilter p;
  p.unit = f.opt_int("unit");
  p.active_on = f.opt_date("active_on");
  return p;
}

NewStaff new_staff(py::handle data, const py::kwargs& kw) {
  Fields f("a staff member", data, kw,
           {"name", "id_number", "title", "position", "department", "specialty", "phone", "home_unit"});
  NewStaff s;
  s.name = f.str("name", true);
  s.id_number = f.str("id_number", true);
  s.title = title_from_py(f.need("title"), "title");
  s.position = f.str("position", false);  // the Engine fills in 其他 when empty
  s.department = f.str("department");
  s.specialty = f.str("specialty");
  s.phone = f.str("phone");
  s.home_unit = f.need_int("home_unit");
  return s;
}

// staff_required: false for the arrival of add_staff, where the new staff member is meant.
NewAssignment new_assignment(py::handle data, const py::kwargs& kw, bool staff_required, const char* what) {
  Fields f(what, data, kw, {"staff", "recipient_unit", "start", "planned_end"});
  NewAssignment a;
  a.staff = staff_required ? f.need_int("staff") : f.opt_int("staff").value_or(0);
  a.recipient_unit = f.need_int("recipient_unit");
  a.start = f.need_date("start");
  a.planned_end = f.opt_date("planned_end");
  return a;
}

EndOfTask end_of_task(py::handle data, const py::kwargs& kw) {
  Fields f("an end-of-task report", data, kw, {"end", "summary", "evaluation"});
  EndOfTask r;
  r.end = f.need_date("end");
  r.summary = f.str("summary");
  r.evaluation = f.str("evaluation");
  return r;
}

}  // namespace

void init_org(py::module_& m) {
  py::enum_<UnitKind>(m, "UnitKind", "Kind of unit; inputs also accept the key or the Chinese label (受援医院).")
      .value("support_hospital", UnitKind::support_hospital)
      .value("recipient_hospital", UnitKind::recipient_hospital)
      .value("health_commission", UnitKind::health_commission)
      .value("department", UnitKind::department)
      .def_property_readonly("label", [](UnitKind k) { return std::string(unit_kind_label(k)); },
                             "支援医院, 受援医院, 卫健委 or 科室.");

  py::enum_<Title>(m, "Title", "Professional title (职称); inputs also accept 初级, 中级, 副高, 正高.")
      .value("junior", Title::junior)
      .value("intermediate", Title::intermediate)
      .value("associate_senior", Title::associate_senior)
      .value("senior", Title::senior)
      .def_property_readonly("label", [](Title t) { return std::string(title_label(t)); });

  py::class_<GeoPoint> geo(m, "GeoPoint", "A WGS-84 point (for check-in geofences).");
  geo.def(py::init([](py::handle lat, py::handle lon) {
            return GeoPoint{double_from_py(lat, "latitude"), double_from_py(lon, "longitude")};
          }),
          py::arg("latitude"), py::arg("longitude"))
      .def_readonly("latitude", &GeoPoint::latitude)
      .def_readonly("longitude", &GeoPoint::longitude);
  finish_record(geo, {"latitude", "longitude"});

  py::class_<Unit> unit(m, "Unit", "A unit: 支援医院, 受援医院, 卫健委 or 科室.");
  unit.def_readonly("id", &Unit::id)
      .def_readonly("code", &Unit::code, "The host's unique key, e.g. 统一社会信用代码.")
      .def_readonly("kind", &Unit::kind)
      .def_readonly("name", &Unit::name)
      .def_readonly("region", &Unit::region, "12-digit region code.")
      .def_readonly("region_path", &Unit::region_path)
      .def_readonly("address", &Unit::address)
      .def_readonly("grade", &Unit::grade, "医院等级, e.g. 三级甲等.")
      .def_readonly("location", &Unit::location, "GeoPoint or None.")
      .def_readonly("parent", &Unit::parent, "Parent unit id (departments), or None.");
  finish_record(unit, {"id", "code", "kind", "name", "region", "region_path", "address", "grade", "location", "parent"},
                {"id", "code", "kind", "name", "region"});

  py::class_<Pairing> pairing(m, "Pairing", "A pairing (对口帮扶关系) of a support and a recipient hospital.");
  pairing.def_readonly("id", &Pairing::id)
      .def_readonly("support_unit", &Pairing::support_unit)
      .def_readonly("recipient_unit", &Pairing::recipient_unit)
      .def_readonly("start", &Pairing::start)
      .def_readonly("end", &Pairing::end, "Last day (inclusive), or None when open-ended.")
      .def_readonly("support_name", &Pairing::support_name)
      .def_readonly("recipient_name", &Pairing::recipient_name)
      .def(
          "active_on", [](const Pairing& p, py::handle d) { return p.active_on(date_from_py(d, "date")); },
          py::arg("date"), "Is the pairing in force on this day?");
  finish_record(pairing, {"id", "support_unit", "recipient_unit", "start", "end", "support_name", "recipient_name"},
                {"id", "support_name", "recipient_name", "start", "end"});

  py::class_<Staff> staff(m, "Staff", "A support staff member (支援人员). Sex and birth date derive from the ID number.");
  staff.def_readonly("id", &Staff::id)
      .def_readonly("name", &Staff::name)
      .def_readonly("id_number", &Staff::id_number)
      .def_readonly("sex", &Staff::sex)
      .def_readonly("birth_date", &Staff::birth_date)
      .def_readonly("title", &Staff::title)
      .def_readonly("position", &Staff::position, "职务, e.g. 临床科室负责人.")
      .def_readonly("department", &Staff::department)
      .def_readonly("specialty", &Staff::specialty)
      .def_readonly("phone", &Staff::phone)
      .def_readonly("home_unit", &Staff::home_unit, "派出单位 id.")
      .def_readonly("home_unit_name", &Staff::home_unit_name);
  finish_record(staff, {"id", "name", "id_number", "sex", "birth_date", "title", "position", "department", "specialty",
                        "phone", "home_unit", "home_unit_name"});
  // The ID number is masked in the repr, so that it does not end up in logs.
  staff.attr("__repr__") = py::cpp_function(
      [](const Staff& s) {
        return "Staff(id=" + std::to_string(s.id) + ", name=" + std::string(py::repr(py::str(s.name))) +
               ", id_number='" + mask_id_number(s.id_number) + "', title=Title." +
               std::string(py::str(py::cast(s.title).attr("name"))) +
               ", home_unit_name=" + std::string(py::repr(py::str(s.home_unit_name))) + ")";
      },
      py::is_method(staff), py::name("__repr__"));

  py::class_<EndOfTask> eot(m, "EndOfTask", "The end-of-task report (结束任务人员信息上报) of an assignment.");
  eot.def_readonly("end", &EndOfTask::end, "Actual last day.")
      .def_readonly("summary", &EndOfTask::summary, "工作总结.")
      .def_readonly("evaluation", &EndOfTask::evaluation, "考核结果, e.g. 优秀 / 合格.");
  finish_record(eot, {"end", "summary", "evaluation"});

  py::class_<Assignment> assignment(m, "Assignment", "An assignment (派驻) of a staff member to a recipient hospital.");
  assignment.def_readonly("id", &Assignment::id)
      .def_readonly("staff", &Assignment::staff)
      .def_readonly("recipient_unit", &Assignment::recipient_unit)
      .def_readonly("start", &Assignment::start)
      .def_readonly("planned_end", &Assignment::planned_end)
      .def_readonly("ended", &Assignment::ended, "The EndOfTask report, or None while active.")
      .def_readonly("staff_name", &Assignment::staff_name)
      .def_readonly("recipient_name", &Assignment::recipient_name)
      .def_property_readonly("active", &Assignment::active, "True until the end-of-task report is filed.");
  finish_record(assignment, {"id", "staff", "recipient_unit", "start", "planned_end", "ended", "staff_name",
                             "recipient_name", "active"},
                {"id", "staff_name", "recipient_name", "start", "planned_end", "active"});

  auto id = [](py::handle v, const char* field) { return int_from_py(v, field); };

  engine_class(m)
      // ---- units ----
      .def(
          "add_unit",
          [id](const EngineHandle& h, py::handle actor, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            NewUnit u = new_unit(data, kw);
            return call(h, [&](Engine& e) { return e.add_unit(a, u); });
          },
          py::arg("actor"), py::arg("unit") = py::none(), py::pos_only(),
          "Adds a unit; fields: code, kind, name, region, address, grade, location (or latitude and longitude), "
          "parent. Returns its id.")
      .def(
          "update_unit",
          [id](const EngineHandle& h, py::handle actor, py::handle unit_id, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            UnitId uid = id(unit_id, "id");
            NewUnit u = new_unit(data, kw);
            call(h, [&](Engine& e) { e.update_unit(a, uid, u); });
          },
          py::arg("actor"), py::arg("id"), py::arg("unit") = py::none(), py::pos_only(),
          "Replaces a unit's fields (all of them: pass the Unit itself plus the changes, e.g. "
          "update_unit(actor, u.id, u, name='新名')).")
      .def(
          "unit",
          [id](const EngineHandle& h, py::handle actor, py::handle unit_id) {
            AccountId a = id(actor, "actor");
            UnitId uid = id(unit_id, "id");
            return call(h, [&](Engine& e) { return e.unit(a, uid); });
          },
          py::arg("actor"), py::arg("id"))
      .def(
          "unit_by_code",
          [id](const EngineHandle& h, py::handle actor, py::handle code) {
            AccountId a = id(actor, "actor");
            std::string c = str_from_py(code, "code");
            return call(h, [&](Engine& e) { return e.unit_by_code(a, c); });
          },
          py::arg("actor"), py::arg("code"))
      .def(
          "units",
          [id](const EngineHandle& h, py::handle actor, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            UnitFilter f = unit_filter(data, kw);
            return call(h, [&](Engine& e) { return e.units(a, f); });
          },
          py::arg("actor"), py::arg("filter") = py::none(), py::pos_only(),
          "Units; filter fields: kind, region, under, name_contains, limit (default 1000).")
      .def(
          "unit_is_under",
          [id](const EngineHandle& h, py::handle unit_id, py::handle ancestor) {
            UnitId u = id(unit_id, "unit");
            UnitId anc = id(ancestor, "ancestor");
            return call(h, [&](Engine& e) { return e.unit_is_under(u, anc); });
          },
          py::arg("unit"), py::arg("ancestor"), "Is `unit` the same as or inside `ancestor` in the unit hierarchy?")
      // ---- pairings ----
      .def(
          "add_pairing",
          [id](const EngineHandle& h, py::handle actor, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            NewPairing p = new_pairing(data, kw);
            return call(h, [&](Engine& e) { return e.add_pairing(a, p); });
          },
          py::arg("actor"), py::arg("pairing") = py::none(), py::pos_only(),
          "Adds a pairing; fields: support_unit, recipient_unit, start, end. Returns its id.")
      .def(
          "end_pairing",
          [id](const EngineHandle& h, py::handle actor, py::handle pairing_id, py::handle end) {
            AccountId a = id(actor, "actor");
            PairingId pid = id(pairing_id, "id");
            Date d = date_from_py(end, "end");
            call(h, [&](Engine& e) { e.end_pairing(a, pid, d); });
          },
          py::arg("actor"), py::arg("id"), py::arg("end"))
      .def(
          "pairings",
          [id](const EngineHandle& h, py::handle actor, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            PairingFilter f = pairing_filter(data, kw);
            return call(h, [&](Engine& e) { return e.pairings(a, f); });
          },
          py::arg("actor"), py::arg("filter") = py::none(), py::pos_only(), "Pairings; filter fields: unit, active_on.")
      // ---- staff and assignments ----
      .def(
          "add_staff",
          [id](const EngineHandle& h, py::handle actor, py::handle data, py::handle arrival, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            NewStaff s = new_staff(data, kw);
            std::optional<NewAssignment> arr;
            if (!arrival.is_none()) arr = new_assignment(arrival, py::kwargs(), false, "arrival");
            return call(h, [&](Engine& e) { return e.add_staff(a, s, arr); });
          },
          py::arg("actor"), py::arg("staff") = py::none(), py::pos_only(), py::kw_only(),
          py::arg("arrival") = py::none(),
          "Adds a staff member; fields: name, id_number, title, position, department, specialty, phone, home_unit. "
          "arrival (a dict: recipient_unit, start, planned_end) also starts the assignment (新增帮扶人员). "
          "Returns the staff id.")
      .def(
          "update_staff",
          [id](const EngineHandle& h, py::handle actor, py::handle staff_id, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            StaffId sid = id(staff_id, "id");
            NewStaff s = new_staff(data, kw);
            call(h, [&](Engine& e) { e.update_staff(a, sid, s); });
          },
          py::arg("actor"), py::arg("id"), py::arg("staff") = py::none(), py::pos_only(),
          "Replaces a staff member's fields (pass the Staff itself plus the changes).")
      .def(
          "staff",
          [id](const EngineHandle& h, py::handle actor, py::handle staff_id) {
            AccountId a = id(actor, "actor");
            StaffId sid = id(staff_id, "id");
            return call(h, [&](Engine& e) { return e.staff(a, sid); });
          },
          py::arg("actor"), py::arg("id"))
      .def(
          "staff_by_id_number",
          [id](const EngineHandle& h, py::handle actor, py::handle number) {
            AccountId a = id(actor, "actor");
            std::string n = str_from_py(number, "id_number");
            return call(h, [&](Engine& e) { return e.staff_by_id_number(a, n); });
          },
          py::arg("actor"), py::arg("id_number"), "The staff member with this ID number, or None.")
      .def(
          "start_assignment",
          [id](const EngineHandle& h, py::handle actor, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            NewAssignment as = new_assignment(data, kw, true, "an assignment");
            return call(h, [&](Engine& e) { return e.start_assignment(a, as); });
          },
          py::arg("actor"), py::arg("assignment") = py::none(), py::pos_only(),
          "Starts an assignment; fields: staff, recipient_unit, start, planned_end. Returns its id.")
      .def(
          "end_assignment",
          [id](const EngineHandle& h, py::handle actor, py::handle assignment_id, py::handle data,
               const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            AssignmentId aid = id(assignment_id, "id");
            EndOfTask r = end_of_task(data, kw);
            call(h, [&](Engine& e) { e.end_assignment(a, aid, r); });
          },
          py::arg("actor"), py::arg("id"), py::arg("report") = py::none(), py::pos_only(),
          "Files the end-of-task report (结束任务); fields: end, summary, evaluation.")
      .def(
          "assignment",
          [id](const EngineHandle& h, py::handle actor, py::handle assignment_id) {
            AccountId a = id(actor, "actor");
            AssignmentId aid = id(assignment_id, "id");
            return call(h, [&](Engine& e) { return e.assignment(a, aid); });
          },
          py::arg("actor"), py::arg("id"))
      .def(
          "assignments",
          [id](const EngineHandle& h, py::handle actor, py::handle staff_id) {
            AccountId a = id(actor, "actor");
            StaffId sid = id(staff_id, "staff");
            return call(h, [&](Engine& e) { return e.assignments(a, sid); });
          },
          py::arg("actor"), py::arg("staff"), "A staff member's assignments, oldest first.");
}

}  // namespace bangfu::python
