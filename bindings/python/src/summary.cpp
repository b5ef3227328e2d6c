// 支援人员信息汇总表 (staff summary) and 对口帮扶工作概况 (programme overview): tables as bangfu.Table (a list of dicts with .columns and
// .to_pandas()), the CSV / XLSX exports, and write_table for any Table.
#include <boost/date_time/gregorian/gregorian.hpp>

#include "common.hpp"

namespace bangfu::python {
namespace {

const char* column_type_name(ColumnType t) {
  switch (t) {
    case ColumnType::text: return "text";
    case ColumnType::integer: return "integer";
    case ColumnType::date: return "date";
    case ColumnType::decimal: return "decimal";
  }
  return "text";
}

ColumnType column_type_from(const std::string& s, const std::string& key) {
  if (s == "text") return ColumnType::text;
  if (s == "integer") return ColumnType::integer;
  if (s == "date") return ColumnType::date;
  if (s == "decimal") return ColumnType::decimal;
  throw_invalid("columns", key + ": " + s, "unknown column type; use text, integer, date or decimal");
}

StaffSummaryFilter summary_filter(py::handle data, const py::kwargs& kw) {
  Fields f("a staff summary filter", data, kw, {"recipient_region", "support_unit", "active_on"});
  StaffSummaryFilter s;
  s.recipient_region = f.opt_region("recipient_region");
  s.support_unit = f.opt_int("support_unit");
  s.active_on = f.opt_date("active_on");
  return s;
}

py::object cell_to_py(const Cell& cell, ColumnType type, const py::object& decimal) {
  if (std::holds_alternative<std::monostate>(cell)) return py::none();
  if (auto* i = std::get_if<std::int64_t>(&cell)) return py::int_(*i);
  const auto& s = std::get<std::string>(cell);
  if (type == ColumnType::date) {
    try {
      return date_to_py(boost::gregorian::from_simple_string(s));
    } catch (const std::exception&) {
      return py::str(s);
    }
  }
  if (type == ColumnType::decimal) return decimal(s);
  return py::str(s);
}

Cell cell_from_py(py::handle v, const Column& c) {
  if (v.is_none()) return std::monostate{};
  const std::string& k = c.key;
  switch (c.type) {
    case ColumnType::integer: return int_from_py(v, k);
    case ColumnType::date: {
      Date d = date_from_py(v, k);
      return boost::gregorian::to_iso_extended_string(d);
    }
    case ColumnType::decimal:
      if (py::isinstance<py::str>(v) || py::isinstance(v, py::module_::import("decimal").attr("Decimal")) ||
          (PyIndex_Check(v.ptr()) && !PyBool_Check(v.ptr())))
        return std::string(py::str(v));
      throw_type(k, v, "a decimal.Decimal, an int or a decimal string");
    case ColumnType::text:
      if (py::isinstance<py::str>(v)) return v.cast<std::string>();
      if (PyIndex_Check(v.ptr()) && !PyBool_Check(v.ptr())) return std::string(py::str(v));
      throw_type(k, v, "a string");
  }
  return std::monostate{};
}

// A bangfu.Table (or anything with .columns of (key, label, type[, width]) and rows of dicts).
Table table_from_py(py::handle table) {
  if (!py::hasattr(table, "columns")) throw_type("table", table, "a bangfu.Table");
  Table t;
  for (auto c : table.attr("columns")) {
    py::sequence s = py::reinterpret_borrow<py::sequence>(c);
    if (py::len(s) < 3) throw_type("columns", c, "a Column (key, label, type[, width])");
    Column col;
    col.key = str_from_py(s[0], "columns");
    col.label = str_from_py(s[1], "columns");
    col.type = column_type_from(str_from_py(s[2], "columns"), col.key);
    if (py::len(s) > 3) col.width = double_from_py(s[3], "columns");
    t.columns.push_back(std::move(col));
  }
  for (auto r : table) {
    if (!py::isinstance<py::dict>(r)) throw_type("table", r, "a row as a dict");
    py::dict d = py::reinterpret_borrow<py::dict>(r);
    Row row;
    for (const auto& col : t.columns) {
      py::object v = d.contains(col.key) ? py::object(d[col.key.c_str()]) : py::object(py::none());
      row.push_back(cell_from_py(v, col));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

py::object table_to_py(const Table& t) {
  py::object column = package_attr("Column");
  py::object decimal = py::module_::import("decimal").attr("Decimal");
  py::list columns;
  std::vector<py::str> keys;
  for (const auto& c : t.columns) {
    columns.append(column(c.key, c.label, column_type_name(c.type), c.width));
    keys.emplace_back(c.key);
  }
  py::list rows;
  for (const auto& r : t.rows) {
    py::dict d;
    for (std::size_t i = 0; i < keys.size(); ++i)
      d[keys[i]] = i < r.size() ? cell_to_py(r[i], t.columns[i].type, decimal) : py::none();
    rows.append(d);
  }
  return package_attr("Table")(rows, columns);
}

void init_summary(py::module_& m) {
  py::enum_<ExportFormat>(m, "ExportFormat", "File format of an export; inputs also accept 'csv' and 'xlsx'.")
      .value("csv", ExportFormat::csv)
      .value("xlsx", ExportFormat::xlsx);

  m.def(
      "write_table",
      [](py::handle table, py::handle format, py::handle path, py::handle sheet_name) {
        Table t = table_from_py(table);
        ExportFormat f = export_format_from_py(format, "format");
        std::string p = path_from_py(path, "path");
        std::string sheet = str_from_py(sheet_name, "sheet_name");
        nogil([&] { write_table(t, f, p, sheet); });
      },
      py::arg("table"), py::arg("format"), py::arg("path"), py::arg("sheet_name") = "Sheet1",
      "Writes a bangfu.Table to a CSV (UTF-8 with BOM, Chinese labels as header) or XLSX file.");

  py::class_<ProgrammeOverview> overview(
      m, "ProgrammeOverview",
      "对口帮扶工作概况 on as_of, as the actor sees it: counts, and by_region (a Table: a row per "
      "recipient city, a 小计 row per province, a 合计 row).");
  overview.def_readonly("as_of", &ProgrammeOverview::as_of)
      .def_readonly("support_hospitals", &ProgrammeOverview::support_hospitals)
      .def_readonly("recipient_hospitals", &ProgrammeOverview::recipient_hospitals)
      .def_readonly("pairings_active", &ProgrammeOverview::pairings_active)
      .def_readonly("pairings_total", &ProgrammeOverview::pairings_total)
      .def_readonly("staff_registered", &ProgrammeOverview::staff_registered)
      .def_readonly("staff_on_duty", &ProgrammeOverview::staff_on_duty)
      .def_readonly("assignments_ended", &ProgrammeOverview::assignments_ended)
      .def_readonly("staff_not_dispatched", &ProgrammeOverview::staff_not_dispatched)
      .def_property_readonly(
          "by_region", [](const ProgrammeOverview& o) { return table_to_py(o.by_region); },
          "受援地区派驻情况 as a bangfu.Table (columns province, city, recipient_hospitals, pairings_active, "
          "staff_on_duty, hospitals_covered, row = 'city' | 'subtotal' | 'total').");
  finish_record(overview,
                {"as_of", "support_hospitals", "recipient_hospitals", "pairings_active", "pairings_total",
                 "staff_registered", "staff_on_duty", "assignments_ended", "staff_not_dispatched", "by_region"},
                {"as_of", "support_hospitals", "recipient_hospitals", "pairings_active", "staff_registered",
                 "staff_on_duty"});

  auto id = [](py::handle v, const char* field) { return int_from_py(v, field); };
  engine_class(m)
      .def(
          "programme_overview",
          [id](const EngineHandle& h, py::handle actor, py::handle as_of) {
            AccountId a = id(actor, "actor");
            std::optional<Date> d;
            if (!as_of.is_none()) d = date_from_py(as_of, "as_of");
            return call(h, [&](Engine& e) { return e.programme_overview(a, d); });
          },
          py::arg("actor"), py::arg("as_of") = py::none(),
          "对口帮扶工作概况 on as_of (default: today in China Standard Time), limited to the actor's view.")
      .def(
          "staff_summary",
          [id](const EngineHandle& h, py::handle actor, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            StaffSummaryFilter f = summary_filter(data, kw);
            Table t = call(h, [&](Engine& e) { return e.staff_summary(a, f); });
            return table_to_py(t);
          },
          py::arg("actor"), py::arg("filter") = py::none(), py::pos_only(),
          "支援人员信息汇总表 as a bangfu.Table, limited to what the actor may see (ID numbers masked unless "
          "allowed). Filter fields: recipient_region, support_unit, active_on.")
      .def(
          "export_staff_summary",
          [id](const EngineHandle& h, py::handle actor, py::handle filter, py::handle format, py::handle path) {
            AccountId a = id(actor, "actor");
            StaffSummaryFilter f = summary_filter(filter, py::kwargs());
            ExportFormat fmt = export_format_from_py(format, "format");
            std::string p = path_from_py(path, "path");
            call(h, [&](Engine& e) { e.export_staff_summary(a, f, fmt, p); });
          },
          py::arg("actor"), py::arg("filter"), py::arg("format"), py::arg("path"),
          "Writes the staff summary to a CSV or XLSX file (filter: a dict or None; format: 'csv' or 'xlsx').");
}

}  // namespace bangfu::python
