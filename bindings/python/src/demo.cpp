// The demonstration programme: build_demo and DemoSummary.
#include "common.hpp"

namespace bangfu::python {

void init_demo(py::module_& m) {
  py::class_<DemoSummary> summary(m, "DemoSummary", "What build_demo created.");
  summary.def_readonly("support_hospitals", &DemoSummary::support_hospitals)
      .def_readonly("recipient_hospitals", &DemoSummary::recipient_hospitals)
      .def_readonly("pairings", &DemoSummary::pairings)
      .def_readonly("staff", &DemoSummary::staff)
      .def_readonly("assignments", &DemoSummary::assignments)
      .def_readonly("accounts", &DemoSummary::accounts)
      .def_readonly("punches", &DemoSummary::punches)
      .def_readonly("requests", &DemoSummary::requests)
      .def_readonly("reports", &DemoSummary::reports)
      .def_readonly("report_packages", &DemoSummary::report_packages);
  finish_record(summary, {"support_hospitals", "recipient_hospitals", "pairings", "staff", "assignments", "accounts",
                          "punches", "requests", "reports", "report_packages"});

  DemoOptions defaults;
  m.def(
      "build_demo",
      [](const EngineHandle& h, py::handle seed, py::handle staff_count) {
        DemoOptions o;
        auto s = int_from_py(seed, "seed");
        if (s < 0 || s > 0xffffffffLL) throw_invalid("seed", std::to_string(s), "must be 0–4294967295");
        o.seed = static_cast<std::uint32_t>(s);
        auto n = int_from_py(staff_count, "staff_count");
        if (n < 0 || n > 10000000) throw_invalid("staff_count", std::to_string(n), "must be 0–10000000");
        o.staff_count = static_cast<int>(n);
        return call(h, [&](Engine& e) { return build_demo(e, o); });
      },
      py::arg("engine"), py::kw_only(), py::arg("seed") = defaults.seed, py::arg("staff_count") = defaults.staff_count,
      "Fills an empty database with a realistic, deterministic demonstration programme (as the system actor). "
      "Raises InvalidState if the database already holds units.");
}

}  // namespace bangfu::python
