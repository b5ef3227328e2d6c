// Regions (行政区划): RegionLevel, Region, the code functions and the Engine's region commands.
#include "common.hpp"

namespace bangfu::python {

void init_region(py::module_& m) {
  py::enum_<RegionLevel>(m, "RegionLevel", "Level of an administrative region; .label is the Chinese name.")
      .value("nation", RegionLevel::nation)
      .value("province", RegionLevel::province)
      .value("city", RegionLevel::city)
      .value("county", RegionLevel::county)
      .value("township", RegionLevel::township)
      .value("village", RegionLevel::village)
      .def_property_readonly("label", [](RegionLevel l) { return std::string(region_level_label(l)); },
                             "全国, 省, 市, 县, 乡 or 村.");

  py::class_<Region> region(m, "Region", "An administrative region as stored (12-digit code, name, level, parent, path).");
  region.def_readonly("code", &Region::code, "12-digit statistical code.")
      .def_readonly("name", &Region::name)
      .def_readonly("level", &Region::level)
      .def_readonly("parent", &Region::parent, "Parent's code; None for provinces.")
      .def_readonly("path", &Region::path, "Name path, e.g. '四川省/凉山彝族自治州/甘洛县'.");
  finish_record(region, {"code", "name", "level", "parent", "path"}, {"code", "name", "level", "path"});

  m.def(
      "parse_region_code", [](py::handle code, const std::string& field) { return region_from_py(code, field); },
      py::arg("code"), py::arg("field") = "region_code",
      "A region code given as 2, 4, 6 (GB/T 2260), 9 or 12 digits (int or str) → the 12-digit code. "
      "Raises InvalidArgument naming `field` for anything malformed.");
  m.def(
      "normalize_region_code",
      [](py::handle code, const std::string& field) { return normalize_region_code(int_from_py(code, field), field); },
      py::arg("code"), py::arg("field") = "region_code", "Like parse_region_code, for an int only.");
  m.def(
      "region_code_well_formed", [](py::handle code) { return region_code_well_formed(int_from_py(code, "code")); },
      py::arg("code"), "True when `code` is a well-formed 12-digit code (or 0, the nation). Does not pad.");
  m.def(
      "region_level", [](py::handle code) { return region_level(region_from_py(code, "region_code")); },
      py::arg("code"), "Level of a region code (6-digit codes are padded first): RegionLevel.county for 513435.");
  m.def(
      "region_parent_code", [](py::handle code) { return region_parent_code(region_from_py(code, "region_code")); },
      py::arg("code"), "The code one level up by the code's structure; 0 for a province, None for the nation.");
  m.def(
      "region_subtree",
      [](py::handle code) {
        auto r = region_subtree(region_from_py(code, "region_code"));
        return std::make_pair(r.first, r.last);
      },
      py::arg("code"), "The subtree of a region as an inclusive code range (first, last).");
  m.def(
      "region_contains",
      [](py::handle ancestor, py::handle code) {
        return region_contains(region_from_py(ancestor, "ancestor"), region_from_py(code, "code"));
      },
      py::arg("ancestor"), py::arg("code"), "Is `code` inside `ancestor` (or equal to it)?");
  m.def(
      "region_code_text", [](py::handle code) { return region_code_text(region_from_py(code, "region_code")); },
      py::arg("code"), "The 12-digit text form, e.g. '513435000000'.");
  m.def(
      "region_code_short", [](py::handle code) { return region_code_short(region_from_py(code, "region_code")); },
      py::arg("code"), "The shortest text that keeps the level, e.g. '513435'.");
  m.def("region_name_is_placeholder", [](const std::string& name) { return region_name_is_placeholder(name); },
        py::arg("name"), "True for names such as 市辖区 that stand for a level, not a place.");

  engine_class(m)
      .def(
          "region",
          [](const EngineHandle& h, py::handle code) {
            RegionCode c = region_from_py(code, "region_code");
            return call(h, [&](Engine& e) { return e.region(c); });
          },
          py::arg("code"), "The region with this code (6-digit codes accepted). Raises NotFound for unknown codes.")
      .def(
          "region_children",
          [](const EngineHandle& h, py::handle code) {
            RegionCode c = region_from_py(code, "region_code");
            return call(h, [&](Engine& e) { return e.region_children(c); });
          },
          py::arg("code") = 0, "The regions one level below; 0 (the nation) gives the provinces.")
      .def(
          "find_regions",
          [](const EngineHandle& h, py::handle name_arg, py::handle within, py::handle limit) {
            std::string name = str_from_py(name_arg, "name");
            std::optional<RegionCode> w;
            if (!within.is_none()) w = region_from_py(within, "within");
            int n = static_cast<int>(int_from_py(limit, "limit"));
            return call(h, [&](Engine& e) { return e.find_regions(name, w, n); });
          },
          py::arg("name"), py::arg("within") = py::none(), py::arg("limit") = 50,
          "Regions whose name contains `name` (e.g. '甘洛'), optionally inside region `within`.")
      .def(
          "region_count",
          [](const EngineHandle& h, py::handle level) {
            std::optional<RegionLevel> l;
            if (!level.is_none()) l = region_level_from_py(level, "level");
            return call(h, [&](Engine& e) { return e.region_count(l); });
          },
          py::arg("level") = py::none(), "Number of regions stored, optionally at one level ('county' or '县').");
}

}  // namespace bangfu::python
