// bangfu::Error → bangfu.Error and one subclass per ErrorCode, also a ValueError, LookupError,
// PermissionError or OSError where Python has a natural counterpart. The instance carries
// .code (bangfu.ErrorCode), .field and .value. (pybind11 2.10: register_exception_translator
// and PyErr_SetObject; py::set_error does not exist yet.)
#include <array>

#include "common.hpp"

namespace bangfu::python {
namespace {

struct ErrorClass {
  ErrorCode code;
  const char* name;
  PyObject* python_base;  // besides bangfu.Error; nullptr for none
  const char* doc;
};

// Class objects, one per ErrorCode value; owned by the module (kept referenced here for the
// life of the process, never released: they must outlive any translator call).
std::array<PyObject*, 12> g_classes{};

py::object make_class(const char* name, py::tuple bases, const char* doc) {
  std::string qualified = std::string("bangfu.") + name;
  PyObject* cls = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
  if (!cls) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(cls);
}

py::str utf8(const std::string& s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

}  // namespace

void init_errors(py::module_& m) {
  py::enum_<ErrorCode>(m, "ErrorCode", "What kind of failure a bangfu.Error reports (values match BF_E* of the C API).")
      .value("invalid_argument", ErrorCode::invalid_argument)
      .value("not_found", ErrorCode::not_found)
      .value("permission_denied", ErrorCode::permission_denied)
      .value("invalid_state", ErrorCode::invalid_state)
      .value("locked", ErrorCode::locked)
      .value("quota_exceeded", ErrorCode::quota_exceeded)
      .value("deadline_passed", ErrorCode::deadline_passed)
      .value("conflict", ErrorCode::conflict)
      .value("storage", ErrorCode::storage)
      .value("corrupt", ErrorCode::corrupt)
      .value("internal", ErrorCode::internal);

  py::object base = make_class("Error", py::make_tuple(py::reinterpret_borrow<py::object>(PyExc_Exception)),
                               "Base class of bangfu's errors. Attributes: code (bangfu.ErrorCode), field (the input "
                               "field at fault, or ''), value (its value as given, or '').");
  base.attr("code") = py::none();
  base.attr("field") = "";
  base.attr("value") = "";
  m.attr("Error") = base;

  const std::array<ErrorClass, 11> classes{{
      {ErrorCode::invalid_argument, "InvalidArgument", PyExc_ValueError,
       "A field is missing, malformed or out of range (also a ValueError)."},
      {ErrorCode::not_found, "NotFound", PyExc_LookupError, "The thing named does not exist (also a LookupError)."},
      {ErrorCode::permission_denied, "PermissionDenied", PyExc_PermissionError,
       "The acting account lacks the role or the reach (also a PermissionError)."},
      {ErrorCode::invalid_state, "InvalidState", nullptr, "The action does not apply in the current state."},
      {ErrorCode::locked, "Locked", nullptr, "The record is locked."},
      {ErrorCode::quota_exceeded, "QuotaExceeded", nullptr, "A counted allowance is used up."},
      {ErrorCode::deadline_passed, "DeadlinePassed", nullptr, "Too late for this action."},
      {ErrorCode::conflict, "Conflict", nullptr, "The change duplicates or overlaps an existing record."},
      {ErrorCode::storage, "StorageError", PyExc_OSError,
       "The database could not be read or written (also an OSError)."},
      {ErrorCode::corrupt, "Corrupt", nullptr, "The database or a data file is damaged or not bangfu's."},
      {ErrorCode::internal, "InternalError", nullptr, "A bug in bangfu; please report it."},
  }};
  g_classes.fill(nullptr);
  for (const auto& c : classes) {
    py::tuple bases = c.python_base ? py::make_tuple(base, py::reinterpret_borrow<py::object>(c.python_base))
                                    : py::make_tuple(base);
    py::object cls = make_class(c.name, bases, c.doc);
    cls.attr("code") = py::cast(c.code);
    m.attr(c.name) = cls;
    g_classes[static_cast<std::size_t>(c.code)] = cls.inc_ref().ptr();
  }
  g_classes[0] = base.inc_ref().ptr();

  // For the tests of this translation: raises the bangfu::Error a C++ command would throw.
  m.def(
      "_raise_error",
      [](ErrorCode code, const std::string& message, const std::string& field, const std::string& value) {
        throw Error(code, message, field, value);
      },
      py::arg("code"), py::arg("message"), py::arg("field") = "", py::arg("value") = "");

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const Error& e) {
      auto index = static_cast<std::size_t>(e.code());
      PyObject* cls = index < g_classes.size() && g_classes[index] ? g_classes[index] : g_classes[0];
      try {
        py::object inst = py::reinterpret_borrow<py::object>(cls)(utf8(e.what()));
        inst.attr("code") = py::cast(e.code());
        inst.attr("field") = utf8(e.field());
        inst.attr("value") = utf8(e.value());
        PyErr_SetObject(cls, inst.ptr());
      } catch (py::error_already_set& inner) {
        inner.restore();
      }
    }
  });
}

}  // namespace bangfu::python
