// Conversions between Python values and bangfu's C++ types. A value of the wrong kind is an
// invalid_argument error (bangfu.InvalidArgument, also a ValueError) naming the field.
// common.hpp (pybind11, hence Python.h) must come before datetime.h.
#include "common.hpp"

#include <datetime.h>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstdio>
#include <filesystem>

namespace bangfu::python {
namespace {

void ensure_datetime_api() {
  if (!PyDateTimeAPI) {
    PyDateTime_IMPORT;
    if (!PyDateTimeAPI) throw py::error_already_set();
  }
}

std::string type_name(py::handle v) { return py::str(py::type::handle_of(v).attr("__name__")); }

std::string short_repr(py::handle v) {
  std::string r = py::repr(v);
  if (r.size() > 80) r = r.substr(0, 77) + "...";
  return r;
}

bool is_bool(py::handle v) { return PyBool_Check(v.ptr()); }

// True for int and anything with __index__ (numpy integers), except bool.
bool is_integer(py::handle v) { return !is_bool(v) && PyIndex_Check(v.ptr()); }

template <class E, class Parse>
E enum_from_py(py::handle v, std::string_view field, const char* enum_name, Parse parse) {
  if (py::isinstance<E>(v)) return v.cast<E>();
  if (py::isinstance<py::str>(v)) return parse(v.cast<std::string>(), field);
  throw_type(field, v, std::string("a bangfu.") + enum_name + " or its name as a string");
}

}  // namespace

void throw_type(std::string_view field, py::handle v, std::string_view want) {
  std::string value = v ? short_repr(v) : "None";
  throw Error(ErrorCode::invalid_argument,
              std::string(field) + " " + value + ": must be " + std::string(want) + ", not " +
                  (v ? type_name(v) : "None"),
              std::string(field), value);
}

// ---- dates ----

py::object date_to_py(const Date& d) {
  if (d.is_special()) return py::none();
  ensure_datetime_api();
  PyObject* o = PyDate_FromDate(d.year(), d.month(), d.day());
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(o);
}

Date date_from_py(py::handle v, std::string_view field) {
  ensure_datetime_api();
  if (v && PyDateTime_Check(v.ptr()))
    throw_type(field, v, "a datetime.date (a datetime.datetime is ambiguous: call .date() on it)");
  if (v && PyDate_Check(v.ptr())) {
    try {
      return Date(PyDateTime_GET_YEAR(v.ptr()), PyDateTime_GET_MONTH(v.ptr()), PyDateTime_GET_DAY(v.ptr()));
    } catch (const std::exception&) {
      // Python allows year 1; Boost starts at 1400.
      throw Error(ErrorCode::invalid_argument, std::string(field) + " " + short_repr(v) + ": out of range (1400–9999)",
                  std::string(field), short_repr(v));
    }
  }
  if (v && py::isinstance<py::str>(v)) return parse_date(v.cast<std::string>(), field);
  throw_type(field, v, "a datetime.date or a 'YYYY-MM-DD' string");
}

py::object utc_text_to_py(const std::string& text) {
  if (text.empty()) return py::none();
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
  int n = std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d.%d", &y, &mo, &d, &h, &mi, &s, &ms);
  if (n < 6) return py::str(text);  // not ours; hand it over as it is
  // Deliberately never released: a static py::object would be destroyed after the interpreter.
  static const py::handle datetime = py::module_::import("datetime").release();
  return datetime.attr("datetime")(y, mo, d, h, mi, s, ms * 1000, datetime.attr("timezone").attr("utc"));
}

boost::posix_time::ptime ptime_from_py(py::handle v, std::string_view field) {
  ensure_datetime_api();
  if (!v || !PyDateTime_Check(v.ptr())) throw_type(field, v, "a datetime.datetime (UTC)");
  py::object t = py::reinterpret_borrow<py::object>(v);
  if (!t.attr("tzinfo").is_none()) {
    static const py::handle utc = py::object(py::module_::import("datetime").attr("timezone").attr("utc")).release();
    t = t.attr("astimezone")(utc);
  }
  PyObject* p = t.ptr();
  try {
    return boost::posix_time::ptime(
        Date(PyDateTime_GET_YEAR(p), PyDateTime_GET_MONTH(p), PyDateTime_GET_DAY(p)),
        boost::posix_time::hours(PyDateTime_DATE_GET_HOUR(p)) + boost::posix_time::minutes(PyDateTime_DATE_GET_MINUTE(p)) +
            boost::posix_time::seconds(PyDateTime_DATE_GET_SECOND(p)) +
            boost::posix_time::microseconds(PyDateTime_DATE_GET_MICROSECOND(p)));
  } catch (const std::exception&) {
    throw Error(ErrorCode::invalid_argument, std::string(field) + " " + short_repr(v) + ": out of range (1400–9999)",
                std::string(field), short_repr(v));
  }
}

// UTC instant → an aware datetime in China Standard Time.
py::object instant_to_py(const Instant& utc) {
  static const py::handle datetime = py::module_::import("datetime").release();
  static const py::handle cst =
      py::object(datetime.attr("timezone")(datetime.attr("timedelta")(py::arg("hours") = 8))).release();
  boost::posix_time::ptime local = utc + boost::posix_time::hours(8);
  auto d = local.date();
  auto t = local.time_of_day();
  return datetime.attr("datetime")(static_cast<int>(d.year()), static_cast<int>(d.month()), static_cast<int>(d.day()),
                                   t.hours(), t.minutes(), t.seconds(), 0, cst);
}

// datetime (naive: China Standard Time; aware: converted) or an ISO string (parse_instant).
Instant instant_from_py(py::handle v, std::string_view field) {
  if (py::isinstance<py::str>(v)) return parse_instant(v.cast<std::string>(), field);
  static const py::handle datetime_type = py::object(py::module_::import("datetime").attr("datetime")).release();
  if (!py::isinstance(v, datetime_type))
    throw_type(field, v, "a datetime.datetime (naive = China Standard Time) or an ISO 8601 string");
  Instant t = ptime_from_py(v, field);
  if (v.attr("tzinfo").is_none()) t -= boost::posix_time::hours(8);
  return t;
}

// ---- scalars ----

std::int64_t int_from_py(py::handle v, std::string_view field) {
  if (!v || !is_integer(v)) throw_type(field, v, "an integer");
  py::int_ i = py::reinterpret_steal<py::int_>(PyNumber_Index(v.ptr()));
  if (!i) throw py::error_already_set();
  int overflow = 0;
  long long x = PyLong_AsLongLongAndOverflow(i.ptr(), &overflow);
  if (overflow) {
    std::string text = py::str(i);
    throw_invalid(field, text, "is out of range for a 64-bit integer");
  }
  return static_cast<std::int64_t>(x);
}

int int32_from_py(py::handle v, std::string_view field) {
  std::int64_t n = int_from_py(v, field);
  if (n < INT_MIN || n > INT_MAX) throw_invalid(field, std::to_string(n), "is out of range");
  return static_cast<int>(n);
}

double double_from_py(py::handle v, std::string_view field) {
  if (!v || is_bool(v) || !(PyFloat_Check(v.ptr()) || PyIndex_Check(v.ptr()) || PyNumber_Check(v.ptr())) ||
      py::isinstance<py::str>(v))
    throw_type(field, v, "a number");
  double d = PyFloat_AsDouble(v.ptr());
  if (d == -1.0 && PyErr_Occurred()) {
    PyErr_Clear();
    throw_type(field, v, "a number");
  }
  return d;
}

bool bool_from_py(py::handle v, std::string_view field) {
  if (v && is_bool(v)) return v.ptr() == Py_True;
  if (v && is_integer(v)) {
    auto i = int_from_py(v, field);
    if (i == 0 || i == 1) return i == 1;
  }
  throw_type(field, v, "True or False");
}

std::string str_from_py(py::handle v, std::string_view field) {
  if (!v || v.is_none()) return {};
  if (!py::isinstance<py::str>(v)) throw_type(field, v, "a string");
  return v.cast<std::string>();
}

std::string path_from_py(py::handle v, std::string_view field) {
  if (v && (py::isinstance<py::str>(v) || py::hasattr(v, "__fspath__"))) {
    py::object p = py::module_::import("os").attr("fspath")(v);
    if (py::isinstance<py::str>(p)) return p.cast<std::string>();
    if (py::isinstance<py::bytes>(p)) return p.cast<std::string>();
  }
  throw_type(field, v, "a path (str or os.PathLike)");
}

RegionCode region_from_py(py::handle v, std::string_view field) {
  if (v && is_integer(v)) return normalize_region_code(int_from_py(v, field), field);
  if (v && py::isinstance<py::str>(v)) return parse_region_code(v.cast<std::string>(), field);
  throw_type(field, v, "a region code (an int such as 513435 or 513435000000, or a digit string)");
}

UnitKind unit_kind_from_py(py::handle v, std::string_view field) {
  return enum_from_py<UnitKind>(v, field, "UnitKind",
                                [](const std::string& s, std::string_view f) { return parse_unit_kind(s, f); });
}
Title title_from_py(py::handle v, std::string_view field) {
  return enum_from_py<Title>(v, field, "Title", [](const std::string& s, std::string_view f) { return parse_title(s, f); });
}
Role role_from_py(py::handle v, std::string_view field) {
  return enum_from_py<Role>(v, field, "Role", [](const std::string& s, std::string_view f) { return parse_role(s, f); });
}
RegionLevel region_level_from_py(py::handle v, std::string_view field) {
  return enum_from_py<RegionLevel>(
      v, field, "RegionLevel", [](const std::string& s, std::string_view f) { return parse_region_level(s, f); });
}
ImportKind import_kind_from_py(py::handle v, std::string_view field) {
  return enum_from_py<ImportKind>(v, field, "ImportKind", [](const std::string& s, std::string_view f) {
    return parse_import_kind(s, std::string(f));
  });
}
ExportFormat export_format_from_py(py::handle v, std::string_view field) {
  return enum_from_py<ExportFormat>(v, field, "ExportFormat", [](const std::string& s, std::string_view f) {
    return parse_export_format(s, std::string(f));
  });
}

// format None: from the file's suffix (.csv / .xlsx).
ExportFormat export_format_for(py::handle format, const std::string& path) {
  if (!format.is_none()) return export_format_from_py(format, "format");
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".csv") return ExportFormat::csv;
  if (ext == ".xlsx") return ExportFormat::xlsx;
  throw_invalid("format", path, "cannot tell the format from the file name; pass format='csv' or 'xlsx'");
}

// ---- attendance and approvals ----

FieldPolicy field_policy_from_py(py::handle v, std::string_view field) {
  return enum_from_py<FieldPolicy>(v, field, "FieldPolicy",
                                   [](const std::string& s, std::string_view f) { return parse_field_policy(s, f); });
}
PunchResult punch_result_from_py(py::handle v, std::string_view field) {
  return enum_from_py<PunchResult>(v, field, "PunchResult",
                                   [](const std::string& s, std::string_view f) { return parse_punch_result(s, f); });
}
LookBack look_back_from_py(py::handle v, std::string_view field) {
  return enum_from_py<LookBack>(v, field, "LookBack", [](const std::string& s, std::string_view f) {
    return parse_look_back(s, f);
  });
}
LeaveType leave_type_from_py(py::handle v, std::string_view field) {
  return enum_from_py<LeaveType>(v, field, "LeaveType",
                                 [](const std::string& s, std::string_view f) { return parse_leave_type(s, f); });
}
HalfDay half_day_from_py(py::handle v, std::string_view field) {
  return enum_from_py<HalfDay>(v, field, "HalfDay", [](const std::string& s, std::string_view f) {
    return parse_half_day(s, f);
  });
}
PunchKind punch_kind_from_py(py::handle v, std::string_view field) {
  return enum_from_py<PunchKind>(v, field, "PunchKind", [](const std::string& s, std::string_view f) {
    return parse_punch_kind(s, f);
  });
}
RequestKind request_kind_from_py(py::handle v, std::string_view field) {
  return enum_from_py<RequestKind>(v, field, "RequestKind",
                                   [](const std::string& s, std::string_view f) { return parse_request_kind(s, f); });
}
RequestState request_state_from_py(py::handle v, std::string_view field) {
  return enum_from_py<RequestState>(
      v, field, "RequestState", [](const std::string& s, std::string_view f) { return parse_request_state(s, f); });
}
RequestAction request_action_from_py(py::handle v, std::string_view field) {
  return enum_from_py<RequestAction>(
      v, field, "RequestAction", [](const std::string& s, std::string_view f) { return parse_request_action(s, f); });
}
RequestFilter::Box request_box_from_py(py::handle v, std::string_view field) {
  return enum_from_py<RequestFilter::Box>(v, field, "RequestBox", [](const std::string& s, std::string_view f) {
    return parse_request_box(s, f);
  });
}
StepMode step_mode_from_py(py::handle v, std::string_view field) {
  return enum_from_py<StepMode>(v, field, "StepMode",
                                [](const std::string& s, std::string_view f) { return parse_step_mode(s, f); });
}
ResolverKind resolver_kind_from_py(py::handle v, std::string_view field) {
  return enum_from_py<ResolverKind>(
      v, field, "ResolverKind", [](const std::string& s, std::string_view f) { return parse_resolver_kind(s, f); });
}
CcTiming cc_timing_from_py(py::handle v, std::string_view field) {
  return enum_from_py<CcTiming>(v, field, "CcTiming",
                                [](const std::string& s, std::string_view f) { return parse_cc_timing(s, f); });
}

// ---- reports ----

ReportSubject report_subject_from_py(py::handle v, std::string_view field) {
  return enum_from_py<ReportSubject>(
      v, field, "ReportSubject", [](const std::string& s, std::string_view f) { return parse_report_subject(s, f); });
}
PeriodType period_type_from_py(py::handle v, std::string_view field) {
  return enum_from_py<PeriodType>(v, field, "PeriodType",
                                  [](const std::string& s, std::string_view f) { return parse_period_type(s, f); });
}
FieldType field_type_from_py(py::handle v, std::string_view field) {
  return enum_from_py<FieldType>(v, field, "FieldType",
                                 [](const std::string& s, std::string_view f) { return parse_field_type(s, f); });
}
FieldAggregate field_aggregate_from_py(py::handle v, std::string_view field) {
  return enum_from_py<FieldAggregate>(
      v, field, "FieldAggregate", [](const std::string& s, std::string_view f) { return parse_field_aggregate(s, f); });
}
ReportState report_state_from_py(py::handle v, std::string_view field) {
  return enum_from_py<ReportState>(v, field, "ReportState",
                                   [](const std::string& s, std::string_view f) { return parse_report_state(s, f); });
}
ReportGrouping report_grouping_from_py(py::handle v, std::string_view field) {
  return enum_from_py<ReportGrouping>(
      v, field, "ReportGrouping", [](const std::string& s, std::string_view f) { return parse_report_grouping(s, f); });
}

// ---- Fields ----

Fields::Fields(std::string what, py::handle data, const py::kwargs& kwargs, std::vector<std::string> known)
    : what_(std::move(what)), known_(std::move(known)) {
  if (data && !data.is_none()) {
    if (py::isinstance<py::dict>(data) ||
        py::isinstance(data, py::module_::import("collections.abc").attr("Mapping"))) {
      for (auto item : py::reinterpret_borrow<py::object>(data).attr("items")()) {
        auto kv = item.cast<py::tuple>();
        if (!py::isinstance<py::str>(kv[0])) throw_type(what_, kv[0], "a dict with string keys");
        strict_[kv[0]] = kv[1];
      }
    } else if (py::hasattr(data, "_fields") && py::hasattr(data, "to_dict")) {
      lenient_ = data.attr("to_dict")();
    } else {
      throw_type(what_, data, "a dict (or keyword arguments)");
    }
  }
  for (auto kv : kwargs) strict_[kv.first] = kv.second;
  for (auto kv : strict_) {
    std::string key = py::str(kv.first);
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::string list;
    for (auto& k : known_) list += (list.empty() ? "" : ", ") + k;
    throw Error(ErrorCode::invalid_argument, key + ": unknown field for " + what_ + "; the fields are " + list, key,
                short_repr(kv.second));
  }
}

bool Fields::has(const char* key) const {
  if (strict_.contains(key)) return !strict_[key].is_none();
  if (lenient_.contains(key)) return !lenient_[key].is_none();
  return false;
}

py::object Fields::get(const char* key) {
  if (strict_.contains(key)) return strict_[key];
  if (lenient_.contains(key)) return lenient_[key];
  return py::none();
}

py::object Fields::need(const char* key) {
  py::object v = get(key);
  if (v.is_none())
    throw Error(ErrorCode::invalid_argument, std::string(key) + ": required (" + what_ + ")", key, "");
  return v;
}

std::string Fields::str(const char* key, bool required, std::string fallback) {
  py::object v = required ? need(key) : get(key);
  if (v.is_none()) return fallback;
  return str_from_py(v, key);
}

std::optional<std::int64_t> Fields::opt_int(const char* key) {
  py::object v = get(key);
  if (v.is_none()) return std::nullopt;
  return int_from_py(v, key);
}

std::optional<Date> Fields::opt_date(const char* key) {
  py::object v = get(key);
  if (v.is_none()) return std::nullopt;
  return date_from_py(v, key);
}

std::optional<RegionCode> Fields::opt_region(const char* key) {
  py::object v = get(key);
  if (v.is_none()) return std::nullopt;
  return region_from_py(v, key);
}

std::optional<bool> Fields::opt_bool(const char* key) {
  py::object v = get(key);
  if (v.is_none()) return std::nullopt;
  return bool_from_py(v, key);
}

}  // namespace bangfu::python
