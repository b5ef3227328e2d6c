// CSV import of regions, units, staff and the holiday calendar: ImportKind, ImportProblem,
// ImportReport and the Engine's import commands.
#include <sstream>

#include "common.hpp"

namespace bangfu::python {
namespace {

ImportOptions import_options(py::handle data, const py::kwargs& kw) {
  Fields f("import options", data, kw, {"keep_good_rows", "dry_run", "edition"});
  ImportOptions o;
  o.keep_good_rows = f.opt_bool("keep_good_rows").value_or(false);
  o.dry_run = f.opt_bool("dry_run").value_or(false);
  if (f.has("edition")) o.edition = f.str("edition");
  return o;
}

// The CSV text: str, bytes, or a file object opened in either mode.
std::string csv_text(py::handle csv) {
  py::object v = py::reinterpret_borrow<py::object>(csv);
  if (py::hasattr(v, "read") && !py::isinstance<py::str>(v) && !py::isinstance<py::bytes>(v)) v = v.attr("read")();
  if (py::isinstance<py::bytes>(v) || py::isinstance<py::bytearray>(v)) return std::string(py::bytes(v));
  if (py::isinstance<py::str>(v)) {
    std::string text = v.cast<std::string>();
    if (text.find('\n') == std::string::npos && !text.empty() &&
        py::module_::import("os").attr("path").attr("isfile")(v).cast<bool>())
      throw_invalid("csv", text, "is the name of a file, not CSV text; use import_csv_file(actor, kind, path)");
    return text;
  }
  throw_type("csv", csv, "CSV text (str or bytes) or a file object");
}

}  // namespace

void init_importing(py::module_& m) {
  py::enum_<ImportKind>(m, "ImportKind",
                        "What a CSV import holds; inputs also accept 'regions', 'units', 'staff', 'calendar'.")
      .value("regions", ImportKind::regions)
      .value("units", ImportKind::units)
      .value("staff", ImportKind::staff)
      .value("calendar", ImportKind::calendar);

  py::class_<ImportProblem> problem(m, "ImportProblem", "A rejected row: line (header = 1), field, value, message.");
  problem.def_readonly("line", &ImportProblem::line)
      .def_readonly("field", &ImportProblem::field)
      .def_readonly("value", &ImportProblem::value)
      .def_readonly("message", &ImportProblem::message);
  finish_record(problem, {"line", "field", "value", "message"});

  py::class_<ImportReport> report(m, "ImportReport", "What an import read, wrote and refused.");
  report.def_readonly("rows_read", &ImportReport::rows_read)
      .def_readonly("rows_valid", &ImportReport::rows_valid, "Rows that passed every check (what a dry run would import).")
      .def_readonly("rows_imported", &ImportReport::rows_imported, "Rows written (0 unless committed).")
      .def_readonly("rows_rejected", &ImportReport::rows_rejected)
      .def_readonly("committed", &ImportReport::committed)
      .def_readonly("problems", &ImportReport::problems, "The first 1000 problems, in file order.");
  finish_record(report, {"rows_read", "rows_valid", "rows_imported", "rows_rejected", "committed", "problems"});

  auto id = [](py::handle v, const char* field) { return int_from_py(v, field); };
  engine_class(m)
      .def(
          "import_csv",
          [id](const EngineHandle& h, py::handle actor, py::handle kind, py::handle csv, py::handle options,
               const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            ImportKind k = import_kind_from_py(kind, "kind");
            std::string text = csv_text(csv);
            ImportOptions o = import_options(options, kw);
            return call(h, [&](Engine& e) {
              std::istringstream in(std::move(text));
              return e.import_csv(a, k, in, o);
            });
          },
          py::arg("actor"), py::arg("kind"), py::arg("csv"), py::arg("options") = py::none(), py::pos_only(),
          "Imports CSV text (str, bytes or a file object). Options: keep_good_rows, dry_run, edition. A file with "
          "any bad row writes nothing unless keep_good_rows. Returns an ImportReport.")
      .def(
          "import_csv_file",
          [id](const EngineHandle& h, py::handle actor, py::handle kind, py::handle path, py::handle options,
               const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            ImportKind k = import_kind_from_py(kind, "kind");
            std::string p = path_from_py(path, "path");
            ImportOptions o = import_options(options, kw);
            return call(h, [&](Engine& e) { return e.import_csv_file(a, k, p, o); });
          },
          py::arg("actor"), py::arg("kind"), py::arg("path"), py::arg("options") = py::none(), py::pos_only(),
          "Imports a CSV file (UTF-8, optional BOM). Options as for import_csv.");
}

}  // namespace bangfu::python
