// Shared pieces of the Python module: the Engine handle, conversions from Python values to
// bangfu's C++ types (each naming the field at fault), the record-class helper and the
// caster for boost::gregorian::date. Each source file binds one area: init_<area>(module).
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/ptime.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bangfu/bangfu.hpp"

namespace py = pybind11;

namespace bangfu::python {

// ---- dates ----

// datetime.date for a date; None for not_a_date_time.
py::object date_to_py(const Date& d);
// datetime.date (not datetime.datetime) or "YYYY-MM-DD"; else invalid_argument naming field.
Date date_from_py(py::handle v, std::string_view field);
// An aware UTC datetime.datetime from bangfu's "2026-11-23T12:00:00.000Z" (None for "").
py::object utc_text_to_py(const std::string& text);
// A datetime.datetime (aware: converted to UTC; naive: taken as UTC) → ptime.
boost::posix_time::ptime ptime_from_py(py::handle v, std::string_view field);
// A UTC instant as an aware datetime.datetime in China Standard Time (UTC+8).
py::object instant_to_py(const Instant& utc);
// A datetime.datetime (naive: China Standard Time; aware: converted) or an ISO 8601 string.
Instant instant_from_py(py::handle v, std::string_view field);

// ---- scalars (None is refused unless the helper says otherwise) ----

std::int64_t int_from_py(py::handle v, std::string_view field);          // int or __index__, not bool
int int32_from_py(py::handle v, std::string_view field);                 // the same, within int's range
double double_from_py(py::handle v, std::string_view field);             // int or float, not bool
bool bool_from_py(py::handle v, std::string_view field);                 // bool (or 0/1)
std::string str_from_py(py::handle v, std::string_view field);           // str; None → ""
std::string path_from_py(py::handle v, std::string_view field);          // str or os.PathLike
// 6-digit GB/T 2260 (or 2, 4, 9, 12 digits) as int or digit string → the 12-digit code.
RegionCode region_from_py(py::handle v, std::string_view field);

// Enums: the bound enum value, its English key, or its Chinese label.
UnitKind unit_kind_from_py(py::handle v, std::string_view field);
Title title_from_py(py::handle v, std::string_view field);
Role role_from_py(py::handle v, std::string_view field);
RegionLevel region_level_from_py(py::handle v, std::string_view field);
ImportKind import_kind_from_py(py::handle v, std::string_view field);
ExportFormat export_format_from_py(py::handle v, std::string_view field);
// format None: from the path's suffix (.csv / .xlsx); else as export_format_from_py.
ExportFormat export_format_for(py::handle format, const std::string& path);
// Attendance and approvals (考勤, 审批).
FieldPolicy field_policy_from_py(py::handle v, std::string_view field);
PunchResult punch_result_from_py(py::handle v, std::string_view field);
LookBack look_back_from_py(py::handle v, std::string_view field);
LeaveType leave_type_from_py(py::handle v, std::string_view field);
HalfDay half_day_from_py(py::handle v, std::string_view field);
PunchKind punch_kind_from_py(py::handle v, std::string_view field);
RequestKind request_kind_from_py(py::handle v, std::string_view field);
RequestState request_state_from_py(py::handle v, std::string_view field);
RequestAction request_action_from_py(py::handle v, std::string_view field);
RequestFilter::Box request_box_from_py(py::handle v, std::string_view field);
StepMode step_mode_from_py(py::handle v, std::string_view field);
ResolverKind resolver_kind_from_py(py::handle v, std::string_view field);
CcTiming cc_timing_from_py(py::handle v, std::string_view field);
// Reports (数据上报).
ReportSubject report_subject_from_py(py::handle v, std::string_view field);
PeriodType period_type_from_py(py::handle v, std::string_view field);
FieldType field_type_from_py(py::handle v, std::string_view field);
FieldAggregate field_aggregate_from_py(py::handle v, std::string_view field);
ReportState report_state_from_py(py::handle v, std::string_view field);
ReportGrouping report_grouping_from_py(py::handle v, std::string_view field);

[[noreturn]] void throw_type(std::string_view field, py::handle v, std::string_view want);

// ---- keyword arguments / dicts ----

// The fields of one input record: a dict (or None, or one of bangfu's record objects, whose
// to_dict() supplies the values it has) merged with keyword arguments, which win. Getters
// read keys. Keys that are not fields of the record are refused at once (from dicts and
// keywords only — a record object may carry more than the input needs, e.g. a Unit's id).
class Fields {
 public:
  Fields(std::string what, py::handle data, const py::kwargs& kwargs, std::vector<std::string> known);

  bool has(const char* key) const;  // present and not None
  py::object get(const char* key);  // None when absent
  // Required: invalid_argument "<key>: required" when absent or None.
  py::object need(const char* key);

  std::string str(const char* key, bool required = false, std::string fallback = "");
  std::optional<std::int64_t> opt_int(const char* key);
  std::int64_t need_int(const char* key) { return int_from_py(need(key), key); }
  std::optional<Date> opt_date(const char* key);
  Date need_date(const char* key) { return date_from_py(need(key), key); }
  std::optional<RegionCode> opt_region(const char* key);
  std::optional<bool> opt_bool(const char* key);

 private:
  std::string what_;
  py::dict strict_;   // from a dict and keyword arguments
  py::dict lenient_;  // from a record object
  std::vector<std::string> known_;
};

// ---- the Engine handle ----

// The Python object behind bangfu.Engine. close() drops this handle's reference; a call
// already running on another thread keeps the Engine alive until it returns.
struct EngineHandle {
  std::shared_ptr<Engine> engine;
  std::string path;

  std::shared_ptr<Engine> get() const;
};

// Runs f(engine) with the GIL released. Conversions from and to Python happen outside.
template <class F>
auto call(const EngineHandle& h, F&& f) {
  std::shared_ptr<Engine> e = h.get();
  py::gil_scoped_release nogil;
  return f(*e);
}

// Runs f() with the GIL released (module functions that may take a while).
template <class F>
auto nogil(F&& f) {
  py::gil_scoped_release release;
  return f();
}

using EngineClass = py::class_<EngineHandle>;
EngineClass engine_class(py::module_& m);

// ---- records ----

// Shared behaviour of record classes: __repr__ over the listed fields, to_dict(), __eq__
// (same type and same field values) and _fields.
void finish_record(py::handle cls, std::vector<std::string> fields, std::vector<std::string> repr_fields = {});

// A bangfu::Table as a bangfu.Table (a list of dicts keyed by column key, with .columns).
py::object table_to_py(const Table& t);

// The pure-Python helpers of the package (Table, Column) live in bangfu/__init__.py.
py::object package_attr(const char* name);

// ---- per-area initialisers, called in order by module.cpp ----
void init_errors(py::module_& m);
void init_engine(py::module_& m);
void init_region(py::module_& m);
void init_id_number(py::module_& m);
void init_org(py::module_& m);
void init_calendar(py::module_& m);
void init_account(py::module_& m);
void init_summary(py::module_& m);
void init_importing(py::module_& m);
void init_audit(py::module_& m);
void init_attendance(py::module_& m);
void init_approvals(py::module_& m);
void init_reports(py::module_& m);
void init_demo(py::module_& m);

}  // namespace bangfu::python

// boost::gregorian::date <-> datetime.date
namespace pybind11::detail {
template <>
struct type_caster<boost::gregorian::date> {
 public:
  PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));
  bool load(handle src, bool) {
    if (!src || src.is_none()) return false;
    try {
      value = bangfu::python::date_from_py(src, "date");
      return true;
    } catch (const bangfu::Error&) {
      return false;
    }
  }
  static handle cast(const boost::gregorian::date& d, return_value_policy, handle) {
    return bangfu::python::date_to_py(d).release();
  }
};
}  // namespace pybind11::detail
