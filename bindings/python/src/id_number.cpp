// Resident ID numbers (身份证号, GB 11643): Sex, IdNumberInfo and the functions.
#include "common.hpp"

namespace bangfu::python {

void init_id_number(py::module_& m) {
  py::enum_<Sex>(m, "Sex", "Sex as derived from an ID number; .label is 男 or 女.")
      .value("male", Sex::male)
      .value("female", Sex::female)
      .def_property_readonly("label", [](Sex s) { return std::string(sex_label(s)); });

  py::class_<IdNumberInfo> info(m, "IdNumberInfo", "What an ID number says: the number, address code, birth date, sex.");
  info.def_readonly("number", &IdNumberInfo::number, "18 characters, check character upper-case.")
      .def_readonly("address_code", &IdNumberInfo::address_code, "The 6-digit address part as a 12-digit code.")
      .def_readonly("birth", &IdNumberInfo::birth)
      .def_readonly("sex", &IdNumberInfo::sex);
  finish_record(info, {"number", "address_code", "birth", "sex"});

  m.def(
      "parse_id_number",
      [](py::handle text, const std::string& field, py::handle today) {
        std::optional<Date> t;
        if (!today.is_none()) t = date_from_py(today, "today");
        return parse_id_number(str_from_py(text, field), field, t);
      },
      py::arg("text"), py::arg("field") = "id_number", py::arg("today") = py::none(),
      "Validates an 18-digit ID number (15-digit ones are upgraded first) and returns an IdNumberInfo. Raises "
      "InvalidArgument naming `field` and saying what is wrong; with `today`, a birth date after it is refused.");
  m.def(
      "id_number_valid", [](const std::string& text) { return id_number_valid(text); }, py::arg("text"),
      "True when the text is a valid ID number.");
  m.def(
      "id_number_check_char",
      [](py::handle first17) { return std::string(1, id_number_check_char(str_from_py(first17, "first17"))); },
      py::arg("first17"), "The check character for the first 17 digits.");
  m.def(
      "upgrade_id_number", [](py::handle fifteen) { return upgrade_id_number(str_from_py(fifteen, "id_number")); },
      py::arg("fifteen"), "A 15-digit (pre-1999) number → 18 digits.");
  m.def(
      "mask_id_number", [](py::handle number) { return mask_id_number(str_from_py(number, "id_number")); },
      py::arg("number"), "510104********1234: the first 6 and last 4 kept; anything not 18 long masked whole.");
}

}  // namespace bangfu::python
