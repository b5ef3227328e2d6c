// The audit log: AuditEntry and Engine.audit_log.
#include "common.hpp"

namespace bangfu::python {
namespace {

py::object json_or_none(const std::string& text) {
  if (text.empty()) return py::none();
  // Deliberately never released: a static py::object would be destroyed after the interpreter.
  static const py::handle loads = py::object(py::module_::import("json").attr("loads")).release();
  return loads(text);
}

AuditFilter audit_filter(py::handle data, const py::kwargs& kw) {
  Fields f("an audit filter", data, kw, {"entity", "entity_id", "actor", "after_id", "limit"});
  AuditFilter a;
  if (f.has("entity")) a.entity = f.str("entity");
  a.entity_id = f.opt_int("entity_id");
  a.actor = f.opt_int("actor");
  a.after_id = f.opt_int("after_id").value_or(0);
  if (auto l = f.opt_int("limit")) a.limit = static_cast<int>(*l);
  return a;
}

}  // namespace

void init_audit(py::module_& m) {
  py::class_<AuditEntry> entry(m, "AuditEntry", "One change: who (actor), when (at), what (action, entity, "
                                                 "entity_id), and the record before and after (dicts, or None).");
  entry.def_readonly("id", &AuditEntry::id)
      .def_readonly("actor", &AuditEntry::actor)
      .def_property_readonly("at", [](const AuditEntry& e) { return utc_text_to_py(e.at); }, "Aware UTC datetime.")
      .def_readonly("action", &AuditEntry::action, "'unit.add', 'staff.add', 'assignment.end', ...")
      .def_readonly("entity", &AuditEntry::entity)
      .def_readonly("entity_id", &AuditEntry::entity_id)
      .def_property_readonly("before", [](const AuditEntry& e) { return json_or_none(e.before); },
                             "The record before the change (None when created).")
      .def_property_readonly("after", [](const AuditEntry& e) { return json_or_none(e.after); },
                             "The record after the change (None when deleted).");
  finish_record(entry, {"id", "actor", "at", "action", "entity", "entity_id", "before", "after"},
                {"id", "actor", "at", "action", "entity", "entity_id"});

  // audit_log(actor, filter=None, /, **fields): the filter has a field named `actor` too, so the
  // arguments are taken apart here rather than by pybind11 (which would see `actor` twice).
  engine_class(m).def(
      "audit_log",
      [](const EngineHandle& h, const py::args& args, const py::kwargs& kw) {
        if (args.empty() || args.size() > 2)
          throw Error(ErrorCode::invalid_argument,
                      "audit_log: call as audit_log(actor, filter=None, /, **fields); got " +
                          std::to_string(args.size()) + " positional arguments",
                      "actor", "");
        AccountId a = int_from_py(args[0], "actor");
        AuditFilter f = audit_filter(args.size() > 1 ? py::handle(args[1]) : py::handle(py::none()), kw);
        return call(h, [&](Engine& e) { return e.audit_log(a, f); });
      },
      "audit_log(actor, filter=None, /, **fields) -> list[AuditEntry]\n\n"
      "Entries, oldest first. National admins read all; others their own. Filter fields: entity, entity_id, "
      "actor, after_id (paging), limit (default 100, at most 10000).");
}

}  // namespace bangfu::python
