// The extension module bangfu._bangfu. The package bangfu (bindings/python/bangfu/__init__.py)
// re-exports it and adds the pure-Python helpers (Table, Column).
#include "common.hpp"

namespace bangfu::python {

py::object package_attr(const char* name) { return py::module_::import("bangfu").attr(name); }

void finish_record(py::handle cls, std::vector<std::string> fields, std::vector<std::string> repr_fields) {
  if (repr_fields.empty()) repr_fields = fields;
  auto all = std::make_shared<const std::vector<std::string>>(std::move(fields));
  auto shown = std::make_shared<const std::vector<std::string>>(std::move(repr_fields));
  py::object c = py::reinterpret_borrow<py::object>(cls);
  c.attr("_fields") = py::tuple(py::cast(*all));

  c.attr("__repr__") = py::cpp_function(
      [shown](py::handle self) {
        std::string out = py::str(py::type::handle_of(self).attr("__name__"));
        out += "(";
        bool first = true;
        for (const auto& f : *shown) {
          py::object v = self.attr(f.c_str());
          if (!first) out += ", ";
          first = false;
          // Enum values as UnitKind.recipient_hospital; everything else as its repr.
          bool is_enum = py::hasattr(py::type::handle_of(v), "__members__");
          out += f + "=" + std::string(is_enum ? py::str(v) : py::repr(v));
        }
        return out + ")";
      },
      py::is_method(cls), py::name("__repr__"));

  c.attr("to_dict") = py::cpp_function(
      [all](py::handle self) {
        py::dict d;
        for (const auto& f : *all) {
          py::object v = self.attr(f.c_str());
          if (py::hasattr(v, "_fields") && py::hasattr(v, "to_dict")) v = v.attr("to_dict")();
          d[py::str(f)] = v;
        }
        return d;
      },
      py::is_method(cls), py::name("to_dict"),
      py::doc("The record as a dict of its fields (nested records as dicts)."));

  c.attr("__eq__") = py::cpp_function(
      [](py::handle self, py::handle other) -> py::object {
        if (!py::type::handle_of(self).is(py::type::handle_of(other)))
          return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        return py::bool_(self.attr("to_dict")().equal(other.attr("to_dict")()));
      },
      py::is_method(cls), py::name("__eq__"));
  c.attr("__hash__") = py::none();
}

}  // namespace bangfu::python

PYBIND11_MODULE(_bangfu, m) {
  using namespace bangfu::python;
  m.doc() = "bangfu: the counterpart-support engine (帮扶). Import the package `bangfu`, not this module.";
  m.def("version", [] { return std::string(bangfu::version()); }, "Version of the bangfu library, e.g. '0.1.0'.");
  m.def("version_number", &bangfu::version_number, "Version as major*1000000 + minor*1000 + patch.");
  m.attr("SYSTEM_ACTOR") = bangfu::kSystemActor;
  m.attr("NATIONWIDE") = bangfu::kNationwide;

  init_errors(m);
  init_engine(m);
  init_region(m);
  init_id_number(m);
  init_org(m);
  init_calendar(m);
  init_account(m);
  init_summary(m);
  init_importing(m);
  init_audit(m);
  init_attendance(m);
  init_approvals(m);
  init_reports(m);
  init_demo(m);
}
