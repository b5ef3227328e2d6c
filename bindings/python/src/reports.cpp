// Reports (数据上报): periods, templates (fields, deadline rules, versions), filling and review,
// province packages, 填报情况 (completeness) with the 催报名单, and 汇总表 (summaries) with
// their exports. Values cross as int (integer fields) or str (decimal as exact text "12.50",
// text, choice, date); a float is taken only for a decimal field, through its repr.
#include <cmath>

#include "common.hpp"

namespace bangfu::python {
namespace {

py::handle decimal_type() {
  static const py::handle t = py::object(py::module_::import("decimal").attr("Decimal")).release();
  return t;
}

py::handle date_type() {
  static const py::handle t = py::object(py::module_::import("datetime").attr("date")).release();
  return t;
}

py::handle datetime_type() {
  static const py::handle t = py::object(py::module_::import("datetime").attr("datetime")).release();
  return t;
}

bool is_int(py::handle v) { return !PyBool_Check(v.ptr()) && PyIndex_Check(v.ptr()); }

// A decimal.Decimal as plain text without an exponent: Decimal("1E+2") → "100".
std::string decimal_text_of(py::handle v) {
  static const py::handle format = py::object(py::module_::import("builtins").attr("format")).release();
  return py::str(format(v, "f"));
}

// A float as exact decimal text through its shortest repr, never arithmetic: 12.5 → "12.5",
// 0.1 → "0.1", 1e-07 → "0.0000001". NaN and infinities are refused.
std::string float_text(py::handle v, std::string_view field) {
  double d = PyFloat_AsDouble(v.ptr());
  static const py::handle float_repr =
      py::object(py::module_::import("builtins").attr("float").attr("__repr__")).release();
  std::string repr = py::str(float_repr(v));
  if (!std::isfinite(d)) throw_invalid(field, repr, "is not a finite number");
  return decimal_text_of(decimal_type()(repr));
}

// A Period, or its text: "2026-10" (also "2026-1", "202610") is a month, "2026" a year.
Period period_from_py(py::handle v, std::string_view field) {
  if (py::isinstance<Period>(v)) return v.cast<Period>();
  if (py::isinstance<py::str>(v)) return parse_period(v.cast<std::string>(), field);
  throw_type(field, v, "a bangfu.Period or its text, e.g. '2026-10' (a month) or '2026' (a year)");
}

std::optional<Period> opt_period(py::handle v, std::string_view field) {
  if (v.is_none()) return std::nullopt;
  return period_from_py(v, field);
}

// A template key, or a ReportTemplate (its key).
std::string template_key_from_py(py::handle v, std::string_view field) {
  if (py::isinstance<ReportTemplate>(v)) return v.attr("key").cast<std::string>();
  if (py::isinstance<py::str>(v)) return v.cast<std::string>();
  throw_type(field, v, "a report template key such as 'monthly_workload' (or a bangfu.ReportTemplate)");
}

// A field's bound (min / max) as the text the template stores: numbers as exact decimal
// text, dates as YYYY-MM-DD, None as "" (unbounded).
std::string bound_from_py(py::handle v, std::string_view field) {
  if (v.is_none()) return {};
  if (py::isinstance<py::str>(v)) return v.cast<std::string>();
  if (is_int(v)) return std::to_string(int_from_py(v, field));
  if (py::isinstance(v, decimal_type())) return decimal_text_of(v);
  if (PyFloat_Check(v.ptr())) return float_text(v, field);
  if (py::isinstance(v, date_type()) && !py::isinstance(v, datetime_type()))
    return date_text(date_from_py(v, field));
  throw_type(field, v, "a number, a decimal string, a datetime.date or None");
}

// One value for save_report. `f` is the template's field when it was looked up (only when a
// float is among the values): a float is accepted for a decimal field only.
ReportValue value_from_py(const std::string& key, py::handle v, const ReportField* f) {
  if (v.is_none()) return std::monostate{};
  if (PyBool_Check(v.ptr())) throw_type(key, v, "an int, a str, a decimal.Decimal or None");
  if (is_int(v)) return int_from_py(v, key);
  if (py::isinstance<py::str>(v)) return v.cast<std::string>();
  if (py::isinstance(v, decimal_type())) return decimal_text_of(v);
  if (PyFloat_Check(v.ptr())) {
    std::string text = float_text(v, key);
    if (f && f->type != FieldType::decimal)
      throw Error(ErrorCode::invalid_argument,
                  "fields." + key + " (" + f->label + "): " + text + " is a float; only a decimal (小数) field takes "
                  "one — pass an int" + (f->type == FieldType::integer ? "" : " or a str"),
                  key, text);
    return text;  // a decimal field, or a key the template lacks (the engine names it)
  }
  if (py::isinstance(v, date_type()) && !py::isinstance(v, datetime_type())) return date_text(date_from_py(v, key));
  throw_type(key, v, "an int, a str, a decimal.Decimal, a float (decimal fields), a datetime.date or None");
}

py::object value_to_py(const ReportValue& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) return py::int_(*n);
  if (const auto* s = std::get_if<std::string>(&v)) return py::str(*s);
  return py::none();
}

py::dict values_to_py(const ReportValues& values) {
  py::dict d;
  for (const auto& [key, v] : values) d[py::str(key)] = value_to_py(v);
  return d;
}

DeadlineRule deadline_from_py(py::handle data, const py::kwargs& kw, const std::string& prefix) {
  if (py::isinstance<DeadlineRule>(data) && kw.empty()) return data.cast<DeadlineRule>();
  Fields f("a deadline rule", data, kw, {"months_after", "day"});
  DeadlineRule r;
  if (f.has("months_after")) r.months_after = int32_from_py(f.get("months_after"), prefix + "months_after");
  if (f.has("day")) r.day = int32_from_py(f.get("day"), prefix + "day");
  return r;
}

ReportField field_from_py(py::handle data, const py::kwargs& kw, const std::string& prefix) {
  if (py::isinstance<ReportField>(data) && kw.empty()) return data.cast<ReportField>();
  Fields f("a report field", data, kw,
           {"key", "label", "type", "unit", "required", "min", "max", "scale", "choices", "source", "part_of",
            "aggregate", "help"});
  ReportField r;
  r.key = f.str("key");
  r.label = f.str("label");
  if (f.has("type")) r.type = field_type_from_py(f.get("type"), prefix + "type");
  r.unit = f.str("unit");
  if (auto b = f.opt_bool("required")) r.required = *b;
  r.min = bound_from_py(f.get("min"), prefix + "min");
  r.max = bound_from_py(f.get("max"), prefix + "max");
  if (f.has("scale")) r.scale = int32_from_py(f.get("scale"), prefix + "scale");
  if (f.has("choices")) {
    py::object choices = f.get("choices");
    if (py::isinstance<py::str>(choices)) throw_type(prefix + "choices", choices, "a list of strings");
    for (auto c : choices) r.choices.push_back(str_from_py(c, prefix + "choices"));
  }
  r.source = f.str("source");
  r.part_of = f.str("part_of");
  if (f.has("aggregate")) r.aggregate = field_aggregate_from_py(f.get("aggregate"), prefix + "aggregate");
  r.help = f.str("help");
  return r;
}

ReportTemplate template_from_py(py::handle data, const py::kwargs& kw) {
  if (py::isinstance<ReportTemplate>(data) && kw.empty()) return data.cast<ReportTemplate>();
  Fields f("a report template", data, kw,
           {"key", "title", "subject", "period_type", "deadline", "fields", "version", "shipped"});
  ReportTemplate t;
  t.key = f.str("key");
  t.title = f.str("title");
  if (f.has("subject")) t.subject = report_subject_from_py(f.get("subject"), "subject");
  if (f.has("period_type")) t.period_type = period_type_from_py(f.get("period_type"), "period_type");
  if (f.has("deadline")) t.deadline = deadline_from_py(f.get("deadline"), py::kwargs(), "deadline.");
  if (f.has("fields")) {
    int i = 0;
    for (auto item : f.get("fields")) {
      t.fields.push_back(field_from_py(item, py::kwargs(), "fields[" + std::to_string(i) + "]."));
      ++i;
    }
  }
  // Set by the engine when stored; accepted so that a template's to_dict() goes back in.
  if (f.has("version")) t.version = int32_from_py(f.get("version"), "version");
  if (auto b = f.opt_bool("shipped")) t.shipped = *b;
  return t;
}

CompletenessFilter completeness_filter(py::handle tmpl, py::handle period, py::handle region) {
  CompletenessFilter f;
  f.template_key = template_key_from_py(tmpl, "template");
  f.period = period_from_py(period, "period");
  f.region = region.is_none() ? kNationwide : region_from_py(region, "region");
  return f;
}

ReportSummaryFilter summary_filter(py::handle tmpl, py::handle first, py::handle last, py::handle region,
                                   py::handle unit, py::handle support_unit, py::handle group_by,
                                   py::handle accepted_only) {
  ReportSummaryFilter f;
  f.template_key = template_key_from_py(tmpl, "template");
  f.first = period_from_py(first, "first");
  f.last = last.is_none() ? f.first : period_from_py(last, "last");
  if (!region.is_none()) f.region = region_from_py(region, "region");
  if (!unit.is_none()) f.unit = int_from_py(unit, "unit");
  if (!support_unit.is_none()) f.support_unit = int_from_py(support_unit, "support_unit");
  f.group_by = report_grouping_from_py(group_by, "group_by");
  f.accepted_only = bool_from_py(accepted_only, "accepted_only");
  return f;
}

}  // namespace

void init_reports(py::module_& m) {
  py::enum_<ReportSubject>(m, "ReportSubject", "Who a report is about: 支援人员 (staff, one per staff member) or 受援医院 (hospital).")
      .value("staff", ReportSubject::staff)
      .value("hospital", ReportSubject::hospital)
      .def_property_readonly("label", [](ReportSubject s) { return std::string(report_subject_label(s)); });
  py::enum_<PeriodType>(m, "PeriodType", "月度 (month) or 年度 (year) reports.")
      .value("month", PeriodType::month)
      .value("year", PeriodType::year)
      .def_property_readonly("label", [](PeriodType p) { return std::string(period_type_label(p)); });
  py::enum_<FieldType>(m, "FieldType", "A report field's type: 整数, 小数 (exact), 文本, 选项 or 日期.")
      .value("integer", FieldType::integer)
      .value("decimal", FieldType::decimal)
      .value("text", FieldType::text)
      .value("choice", FieldType::choice)
      .value("date", FieldType::date)
      .def_property_readonly("label", [](FieldType t) { return std::string(field_type_label(t)); })
      .def_property_readonly("numeric", [](FieldType t) { return field_type_numeric(t); },
                             "Integer and decimal: bounded by numbers, summed or averaged in summaries.");
  py::enum_<FieldAggregate>(m, "FieldAggregate", "How a summary combines a numeric field: 合计 (sum), 平均 (average) or 不汇总.")
      .value("sum", FieldAggregate::sum)
      .value("average", FieldAggregate::average)
      .value("none", FieldAggregate::none)
      .def_property_readonly("label", [](FieldAggregate a) { return std::string(field_aggregate_label(a)); });
  py::enum_<ReportState>(m, "ReportState", "草稿, 待审核, 已退回, 已通过 or 已上报 (locked in a province package).")
      .value("draft", ReportState::draft)
      .value("submitted", ReportState::submitted)
      .value("returned", ReportState::returned)
      .value("accepted", ReportState::accepted)
      .value("locked", ReportState::locked)
      .def_property_readonly("label", [](ReportState s) { return std::string(report_state_label(s)); })
      .def_property_readonly("filed", [](ReportState s) { return report_state_filed(s); },
                             "Submitted at least once and not back in draft (counts as filed in 填报情况).");
  py::enum_<PackageState>(m, "PackageState", "A province package: 已上报 (submitted) or 已解锁 (reopened).")
      .value("submitted", PackageState::submitted)
      .value("reopened", PackageState::reopened)
      .def_property_readonly("label", [](PackageState s) { return std::string(package_state_label(s)); });
  py::enum_<ReportGrouping>(m, "ReportGrouping", "Rows of a 汇总表: 明细 (report), 受援医院, 区县, 地市 or 省份.")
      .value("report", ReportGrouping::report)
      .value("hospital", ReportGrouping::hospital)
      .value("county", ReportGrouping::county)
      .value("city", ReportGrouping::city)
      .value("province", ReportGrouping::province)
      .def_property_readonly("label", [](ReportGrouping g) { return std::string(report_grouping_label(g)); });

  // A value, not a record: equal by value, hashable, ordered (months in time order).
  py::class_<Period> period(m, "Period",
                            "A reporting period: a month (Period.month(2026, 10), '2026-10') or a year "
                            "(Period.year(2026), '2026'). Wherever a period is expected, its text will do.");
  period
      .def(py::init([](py::handle text) { return period_from_py(text, "period"); }), py::arg("text"),
           "Period('2026-10') or Period('2026').")
      .def_static(
          "month",
          [](py::handle year, py::handle month) {
            return Period::of_month(int32_from_py(year, "year"), int32_from_py(month, "month"));
          },
          py::arg("year"), py::arg("month"), "The month period, e.g. Period.month(2026, 10).")
      .def_static(
          "year", [](py::handle year) { return Period::of_year(int32_from_py(year, "year")); }, py::arg("year"),
          "The year period, e.g. Period.year(2026).")
      .def_static(
          "parse", [](py::handle text) { return parse_period(str_from_py(text, "period"), "period"); },
          py::arg("text"), "'2026-10' (also '2026-1', '202610') is a month, '2026' a year.")
      .def_readonly("type", &Period::type, "PeriodType.month or PeriodType.year.")
      .def_property_readonly("first", &Period::first, "The first day (datetime.date).")
      .def_property_readonly("last", &Period::last, "The last day (datetime.date).")
      .def_property_readonly("text", &Period::text, "'2026-10' or '2026'.")
      .def_property_readonly("label", &Period::label, "'2026年10月' or '2026年度'.")
      .def("next", &Period::next, "The following period of the same type.")
      .def("__str__", &Period::text)
      .def("__repr__", [](const Period& p) { return "Period('" + p.text() + "')"; })
      .def("__hash__",
           [](const Period& p) {
             return py::hash(py::make_tuple(static_cast<int>(p.type), p.year, p.month));
           })
      .def("__eq__", [](const Period& a, const Period& b) { return a == b; }, py::is_operator())
      .def("__ne__", [](const Period& a, const Period& b) { return a != b; }, py::is_operator())
      .def("__lt__", [](const Period& a, const Period& b) { return a < b; }, py::is_operator())
      .def("__le__", [](const Period& a, const Period& b) { return a <= b; }, py::is_operator())
      .def("__gt__", [](const Period& a, const Period& b) { return a > b; }, py::is_operator())
      .def("__ge__", [](const Period& a, const Period& b) { return a >= b; }, py::is_operator());
  m.def(
      "periods_between",
      [](py::handle first, py::handle last) {
        return periods_between(period_from_py(first, "first"), period_from_py(last, "last"));
      },
      py::arg("first"), py::arg("last"), "The periods from first to last inclusive (both of one type).");
  m.def(
      "report_sources",
      [] {
        py::dict d;
        for (const auto& s : report_sources()) d[py::str(s.key)] = py::str(s.label);
        return d;
      },
      "The pre-fill sources a ReportField.source may name: key → Chinese label.");

  py::class_<DeadlineRule> deadline(m, "DeadlineRule",
                                    "When a period's report is due: `day` of the month `months_after` months after the "
                                    "period's first month (monthly: 1, 15 — the 15th of the next month).");
  deadline
      .def(py::init([](const py::kwargs& kw) { return deadline_from_py(py::none(), kw, ""); }),
           "Keyword arguments: months_after (0–24), day (1–31; past the month's end means its last day).")
      .def_readonly("months_after", &DeadlineRule::months_after)
      .def_readonly("day", &DeadlineRule::day)
      .def(
          "deadline", [](const DeadlineRule& r, py::handle p) { return deadline_of(r, period_from_py(p, "period")); },
          py::arg("period"), "The due date for a period (datetime.date).");
  finish_record(deadline, {"months_after", "day"});

  py::class_<ReportField> field(m, "ReportField",
                                "One field of a report template: key, Chinese label, type, unit, bounds, pre-fill "
                                "source, 其中 (part_of) and how summaries combine it.");
  field
      .def(py::init([](const py::kwargs& kw) { return field_from_py(py::none(), kw, ""); }),
           "Keyword arguments: key, label, type, unit, required, min, max (numbers, decimal text or dates), scale, "
           "choices, source, part_of, aggregate, help.")
      .def_readonly("key", &ReportField::key, "ASCII identifier, unique in the template.")
      .def_readonly("label", &ReportField::label, "Chinese label (the column header of exports).")
      .def_readonly("type", &ReportField::type)
      .def_readonly("unit", &ReportField::unit, "人次, 台, 天, %, ...")
      .def_readonly("required", &ReportField::required, "Needed before submission.")
      .def_readonly("min", &ReportField::min, "Inclusive bound as text ('' = none; integers are ≥ 0 by default).")
      .def_readonly("max", &ReportField::max, "Inclusive bound as text; for text fields the length.")
      .def_readonly("scale", &ReportField::scale, "Decimal places of a decimal field.")
      .def_readonly("choices", &ReportField::choices)
      .def_readonly("source", &ReportField::source, "Pre-fill source key (see report_sources()), or ''.")
      .def_readonly("part_of", &ReportField::part_of, "其中: may not exceed this other numeric field.")
      .def_readonly("aggregate", &ReportField::aggregate)
      .def_readonly("help", &ReportField::help);
  finish_record(field,
                {"key", "label", "type", "unit", "required", "min", "max", "scale", "choices", "source", "part_of",
                 "aggregate", "help"},
                {"key", "label", "type", "required"});

  py::class_<ReportTemplate> tmpl(m, "ReportTemplate",
                                  "A report template: its fields and deadline rule, as data a host may change (each "
                                  "change is a new version; reports keep the version they were filed under).");
  tmpl.def(py::init([](const py::kwargs& kw) { return template_from_py(py::none(), kw); }),
           "Keyword arguments: key, title, subject, period_type, deadline (a DeadlineRule or a dict), fields "
           "(ReportFields or dicts); version and shipped are set by the engine.")
      .def_readonly("key", &ReportTemplate::key)
      .def_readonly("title", &ReportTemplate::title)
      .def_readonly("subject", &ReportTemplate::subject)
      .def_readonly("period_type", &ReportTemplate::period_type)
      .def_readonly("deadline", &ReportTemplate::deadline)
      .def_readonly("fields", &ReportTemplate::fields)
      .def_readonly("version", &ReportTemplate::version, "1, 2, ... once stored; 0 for one not stored yet.")
      .def_readonly("shipped", &ReportTemplate::shipped, "One of bangfu's (fields may be added, none removed).")
      .def(
          "field",
          [](const ReportTemplate& t, const std::string& key) -> std::optional<ReportField> {
            if (const auto* f = t.field(key)) return *f;
            return std::nullopt;
          },
          py::arg("key"), "The field with this key, or None.");
  finish_record(tmpl, {"key", "title", "subject", "period_type", "deadline", "fields", "version", "shipped"},
                {"key", "title", "version"});

  py::class_<Report> report(m, "Report", "A report (one template, period, hospital and, for staff reports, staff member).");
  report.def_readonly("id", &Report::id)
      .def_readonly("template_key", &Report::template_key)
      .def_readonly("template_version", &Report::template_version, "The template version it is filed under.")
      .def_readonly("title", &Report::title)
      .def_readonly("period", &Report::period)
      .def_readonly("unit", &Report::unit, "The recipient hospital (受援医院).")
      .def_readonly("unit_name", &Report::unit_name)
      .def_readonly("region", &Report::region, "The hospital's region code.")
      .def_readonly("region_path", &Report::region_path)
      .def_readonly("staff", &Report::staff, "Staff reports: the staff id; else None.")
      .def_readonly("staff_name", &Report::staff_name)
      .def_readonly("home_unit_name", &Report::home_unit_name, "Staff reports: 派出单位.")
      .def_readonly("state", &Report::state)
      .def_property_readonly(
          "values", [](const Report& r) { return values_to_py(r.values); },
          "Field key → value: int for integer fields, str otherwise (decimals as exact text such as '12.5').")
      .def_readonly("deadline", &Report::deadline)
      .def_property_readonly(
          "first_submitted_at", [](const Report& r) { return utc_text_to_py(r.first_submitted_at); },
          "The first submission (UTC), which decides lateness; None until submitted.")
      .def_property_readonly("submitted_at", [](const Report& r) { return utc_text_to_py(r.submitted_at); },
                             "The latest submission (UTC), or None.")
      .def_readonly("late", &Report::late, "First submitted after the deadline (Beijing time).")
      .def_property_readonly("decided_at", [](const Report& r) { return utc_text_to_py(r.decided_at); },
                             "When it was accepted or returned (UTC), or None.")
      .def_readonly("return_reason", &Report::return_reason)
      .def_readonly("review", &Report::review, "The review of the latest submission (RequestProgress).")
      .def_readonly("awaiting", &Report::awaiting, "Account ids who may review it now.")
      .def_readonly("package", &Report::package, "The province package id once locked; else None.")
      .def_readonly("created_by", &Report::created_by)
      .def_property_readonly("created_at", [](const Report& r) { return utc_text_to_py(r.created_at); })
      .def_property_readonly("updated_at", [](const Report& r) { return utc_text_to_py(r.updated_at); });
  finish_record(report,
                {"id", "template_key", "template_version", "title", "period", "unit", "unit_name", "region",
                 "region_path", "staff", "staff_name", "home_unit_name", "state", "values", "deadline",
                 "first_submitted_at", "submitted_at", "late", "decided_at", "return_reason", "review", "awaiting",
                 "package", "created_by", "created_at", "updated_at"},
                {"id", "template_key", "period", "unit_name", "staff_name", "state"});

  py::class_<ReportPackage> package(m, "ReportPackage", "省级汇总上报: a province's reports of one template and period.");
  package.def_readonly("id", &ReportPackage::id)
      .def_readonly("template_key", &ReportPackage::template_key)
      .def_readonly("period", &ReportPackage::period)
      .def_readonly("province", &ReportPackage::province)
      .def_readonly("province_name", &ReportPackage::province_name)
      .def_readonly("state", &ReportPackage::state)
      .def_readonly("report_count", &ReportPackage::report_count)
      .def_readonly("submitted_by", &ReportPackage::submitted_by)
      .def_property_readonly("submitted_at", [](const ReportPackage& p) { return utc_text_to_py(p.submitted_at); });
  finish_record(package,
                {"id", "template_key", "period", "province", "province_name", "state", "report_count", "submitted_by",
                 "submitted_at"},
                {"id", "template_key", "period", "province_name", "state", "report_count"});

  py::class_<CompletenessCounts> counts(m, "CompletenessCounts", "填报情况 counts of a region, a hospital or the total.");
  counts.def_readonly("units_expected", &CompletenessCounts::units_expected, "应报单位数.")
      .def_readonly("units_complete", &CompletenessCounts::units_complete, "已报齐单位数.")
      .def_readonly("expected", &CompletenessCounts::expected, "应报份数.")
      .def_readonly("on_time", &CompletenessCounts::on_time, "按时上报.")
      .def_readonly("late", &CompletenessCounts::late, "逾期上报.")
      .def_readonly("missing", &CompletenessCounts::missing, "未上报 (no report, or a draft).")
      .def_readonly("returned", &CompletenessCounts::returned, "已退回 (counted in on_time / late).")
      .def_readonly("accepted", &CompletenessCounts::accepted, "已通过 (accepted or locked).");
  finish_record(counts,
                {"units_expected", "units_complete", "expected", "on_time", "late", "missing", "returned", "accepted"});

  py::class_<CompletenessRow> crow(m, "CompletenessRow", "One row of 填报情况: a subordinate region, or a county's hospital.");
  crow.def_readonly("region", &CompletenessRow::region)
      .def_readonly("name", &CompletenessRow::name, "Region path, or hospital name.")
      .def_readonly("unit", &CompletenessRow::unit, "Hospital rows: the unit id; else None.")
      .def_readonly("counts", &CompletenessRow::counts);
  finish_record(crow, {"region", "name", "unit", "counts"});

  py::class_<MissingUnit> missing(m, "MissingUnit", "催报名单: a hospital that has not filed everything.");
  missing.def_readonly("unit", &MissingUnit::unit)
      .def_readonly("unit_name", &MissingUnit::unit_name)
      .def_readonly("region", &MissingUnit::region)
      .def_readonly("region_path", &MissingUnit::region_path)
      .def_readonly("expected", &MissingUnit::expected)
      .def_readonly("missing", &MissingUnit::missing)
      .def_readonly("missing_staff", &MissingUnit::missing_staff, "Staff reports: names without a filed report.")
      .def_readonly("admins", &MissingUnit::admins, "受援医院管理员 to contact: 'name phone'.");
  finish_record(missing,
                {"unit", "unit_name", "region", "region_path", "expected", "missing", "missing_staff", "admins"},
                {"unit_name", "expected", "missing", "missing_staff"});

  py::class_<Completeness> comp(m, "Completeness",
                                "填报情况 of a template and period in a region: rows per subordinate region (a county: "
                                "per hospital), the total and the 催报名单. The rows as a Table: "
                                "Engine.report_completeness_table.");
  comp.def_readonly("template_key", &Completeness::template_key)
      .def_readonly("title", &Completeness::title)
      .def_readonly("period", &Completeness::period)
      .def_readonly("deadline", &Completeness::deadline)
      .def_readonly("region", &Completeness::region)
      .def_readonly("region_name", &Completeness::region_name)
      .def_readonly("rows", &Completeness::rows)
      .def_readonly("total", &Completeness::total)
      .def_readonly("missing_units", &Completeness::missing_units);
  finish_record(comp,
                {"template_key", "title", "period", "deadline", "region", "region_name", "rows", "total",
                 "missing_units"},
                {"template_key", "period", "region_name", "total"});

  auto id = [](py::handle v, const char* field) { return int_from_py(v, field); };
  engine_class(m)
      .def(
          "report_templates",
          [](const EngineHandle& h) { return call(h, [](Engine& e) { return e.report_templates(); }); },
          "The latest version of each report template (reading needs no account).")
      .def(
          "report_template",
          [](const EngineHandle& h, py::handle key, py::handle version) {
            std::string k = template_key_from_py(key, "key");
            int v = int32_from_py(version, "version");
            return call(h, [&](Engine& e) { return e.report_template(k, v); });
          },
          py::arg("key"), py::arg("version") = 0, "One template: a version, or the latest (0).")
      .def(
          "put_report_template",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl) {
            AccountId a = id(actor, "actor");
            ReportTemplate t = template_from_py(tmpl, py::kwargs());
            return call(h, [&](Engine& e) { return e.put_report_template(a, t); });
          },
          py::arg("actor"), py::arg("template"),
          "Stores a new template, or a new version of one (fields may be added; none removed or retyped). National "
          "admins and the system actor. template: a ReportTemplate or a dict. Returns it with its version.")
      .def(
          "add_report_field",
          [id](const EngineHandle& h, py::handle actor, py::handle key, py::handle fld) {
            AccountId a = id(actor, "actor");
            std::string k = template_key_from_py(key, "template_key");
            ReportField f = field_from_py(fld, py::kwargs(), "field.");
            return call(h, [&](Engine& e) { return e.add_report_field(a, k, f); });
          },
          py::arg("actor"), py::arg("template_key"), py::arg("field"),
          "Adds a field (a ReportField or a dict) to the latest version: a new version, returned.")
      .def(
          "open_report",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle period, py::handle unit,
               py::handle staff) {
            AccountId a = id(actor, "actor");
            ReportKey k;
            k.template_key = template_key_from_py(tmpl, "template");
            k.period = period_from_py(period, "period");
            k.unit = id(unit, "unit");
            if (!staff.is_none()) k.staff = id(staff, "staff");
            return call(h, [&](Engine& e) { return e.open_report(a, k); });
          },
          py::arg("actor"), py::arg("template"), py::arg("period"), py::arg("unit"), py::arg("staff") = py::none(),
          "The report for a template, period ('2026-10'), recipient hospital and (staff reports) staff member; "
          "created as a draft pre-filled from attendance etc. when there is none. The period must have begun.")
      .def(
          "save_report",
          [id](const EngineHandle& h, py::handle actor, py::handle report_id, py::handle values) {
            AccountId a = id(actor, "actor");
            ReportId r = id(report_id, "id");
            if (!py::isinstance(values, py::module_::import("collections.abc").attr("Mapping")))
              throw_type("values", values, "a dict of field key → value");
            py::object items = py::reinterpret_borrow<py::object>(values).attr("items")();
            // A float is taken for a decimal field only: look the fields up when one is given.
            bool has_float = false;
            for (auto kv : py::reinterpret_borrow<py::object>(values).attr("values")())
              has_float = has_float || PyFloat_Check(kv.ptr());
            std::optional<ReportTemplate> t;
            if (has_float)
              t = call(h, [&](Engine& e) {
                auto current = e.report(a, r);
                return e.report_template(current.template_key, current.template_version);
              });
            ReportValues v;
            for (auto item : items) {
              auto kv = item.cast<py::tuple>();
              if (!py::isinstance<py::str>(kv[0])) throw_type("values", kv[0], "a dict with field keys as strings");
              std::string key = kv[0].cast<std::string>();
              v[key] = value_from_py(key, kv[1], t ? t->field(key) : nullptr);
            }
            return call(h, [&](Engine& e) { return e.save_report(a, r, v); });
          },
          py::arg("actor"), py::arg("id"), py::arg("values"),
          "Sets values of a draft or returned report: int for integer fields, str (or decimal.Decimal) for decimal, "
          "text, choice and date fields, a float for decimal fields only, None to clear. Checked against the "
          "report's template version (InvalidArgument names the field); Locked once in a province package.")
      .def(
          "submit_report",
          [id](const EngineHandle& h, py::handle actor, py::handle report_id, py::handle at) {
            AccountId a = id(actor, "actor");
            ReportId r = id(report_id, "id");
            std::optional<Instant> when;
            if (!at.is_none()) when = instant_from_py(at, "at");
            return call(h, [&](Engine& e) { return e.submit_report(a, r, when); });
          },
          py::arg("actor"), py::arg("id"), py::arg("at") = py::none(),
          "Submits a draft or returned report (every required field needed); review starts (default: the recipient "
          "province admin). at: only the system actor, replaying a submission made elsewhere (datetime, naive = "
          "China Standard Time).")
      .def(
          "act_on_report",
          [id](const EngineHandle& h, py::handle actor, py::handle report_id, py::handle action, py::handle reason) {
            AccountId a = id(actor, "actor");
            ReportId r = id(report_id, "id");
            RequestAction act = request_action_from_py(action, "action");
            std::string why = str_from_py(reason, "reason");
            return call(h, [&](Engine& e) { return e.act_on_report(a, r, act, why); });
          },
          py::arg("actor"), py::arg("id"), py::arg("action"), py::arg("reason") = "",
          "Review: approve (accept) or reject (return, with a reason) by a current reviewer; withdraw by the filer "
          "while under review; revoke (reason) an accepted report by a reviewer who accepted it.")
      .def(
          "unlock_report",
          [id](const EngineHandle& h, py::handle actor, py::handle report_id, py::handle reason) {
            AccountId a = id(actor, "actor");
            ReportId r = id(report_id, "id");
            std::string why = str_from_py(reason, "reason");
            return call(h, [&](Engine& e) { return e.unlock_report(a, r, why); });
          },
          py::arg("actor"), py::arg("id"), py::arg("reason"),
          "National only: a locked report goes back to returned; its province package is reopened.")
      .def(
          "report",
          [id](const EngineHandle& h, py::handle actor, py::handle report_id) {
            AccountId a = id(actor, "actor");
            ReportId r = id(report_id, "id");
            return call(h, [&](Engine& e) { return e.report(a, r); });
          },
          py::arg("actor"), py::arg("id"), "One report, if the actor may see it.")
      .def(
          "reports",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle period, py::handle region,
               py::handle unit, py::handle support_unit, py::handle staff, py::handle state, py::handle awaiting_me,
               py::handle limit) {
            AccountId a = id(actor, "actor");
            ReportFilter f;
            if (!tmpl.is_none()) f.template_key = template_key_from_py(tmpl, "template");
            f.period = opt_period(period, "period");
            if (!region.is_none()) f.region = region_from_py(region, "region");
            if (!unit.is_none()) f.unit = id(unit, "unit");
            if (!support_unit.is_none()) f.support_unit = id(support_unit, "support_unit");
            if (!staff.is_none()) f.staff = id(staff, "staff");
            if (!state.is_none()) f.state = report_state_from_py(state, "state");
            f.awaiting_me = bool_from_py(awaiting_me, "awaiting_me");
            f.limit = int32_from_py(limit, "limit");
            return call(h, [&](Engine& e) { return e.reports(a, f); });
          },
          py::arg("actor"), py::arg("template") = py::none(), py::arg("period") = py::none(),
          py::arg("region") = py::none(), py::arg("unit") = py::none(), py::arg("support_unit") = py::none(),
          py::arg("staff") = py::none(), py::arg("state") = py::none(), py::arg("awaiting_me") = false,
          py::arg("limit") = 1000,
          "Reports the actor may see; awaiting_me=True: only those the actor may review now (待我审核).")
      .def(
          "submit_report_package",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle period, py::handle province) {
            AccountId a = id(actor, "actor");
            std::string k = template_key_from_py(tmpl, "template");
            Period p = period_from_py(period, "period");
            RegionCode prov = region_from_py(province, "province");
            return call(h, [&](Engine& e) { return e.submit_report_package(a, k, p, prov); });
          },
          py::arg("actor"), py::arg("template"), py::arg("period"), py::arg("province"),
          "省级汇总上报 by the recipient province admin once every expected report is accepted; locks them.")
      .def(
          "report_packages",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle period) {
            AccountId a = id(actor, "actor");
            std::optional<std::string> k;
            if (!tmpl.is_none()) k = template_key_from_py(tmpl, "template");
            auto p = opt_period(period, "period");
            return call(h, [&](Engine& e) { return e.report_packages(a, k, p); });
          },
          py::arg("actor"), py::arg("template") = py::none(), py::arg("period") = py::none(),
          "Province packages the actor may see.")
      .def(
          "report_completeness",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle period, py::handle region) {
            AccountId a = id(actor, "actor");
            CompletenessFilter f = completeness_filter(tmpl, period, region);
            return call(h, [&](Engine& e) { return e.report_completeness(a, f); });
          },
          py::arg("actor"), py::arg("template"), py::arg("period"), py::arg("region") = 0,
          "填报情况 for a region inside the actor's recipient jurisdiction (0: nationwide, by province).")
      .def(
          "report_completeness_table",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle period, py::handle region) {
            AccountId a = id(actor, "actor");
            CompletenessFilter f = completeness_filter(tmpl, period, region);
            return table_to_py(call(h, [&](Engine& e) { return e.report_completeness_table(a, f); }));
          },
          py::arg("actor"), py::arg("template"), py::arg("period"), py::arg("region") = 0,
          "填报情况 as a bangfu.Table: a row per subordinate region (or hospital) and 合计, with 上报率 and 及时率.")
      .def(
          "report_missing_table",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle period, py::handle region) {
            AccountId a = id(actor, "actor");
            CompletenessFilter f = completeness_filter(tmpl, period, region);
            return table_to_py(call(h, [&](Engine& e) { return e.report_missing_table(a, f); }));
          },
          py::arg("actor"), py::arg("template"), py::arg("period"), py::arg("region") = 0,
          "催报名单 as a bangfu.Table: hospitals that have not filed everything, with whom to contact.")
      .def(
          "export_report_completeness",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle period, py::handle format,
               py::handle path, py::handle region) {
            AccountId a = id(actor, "actor");
            CompletenessFilter f = completeness_filter(tmpl, period, region);
            std::string p = path_from_py(path, "path");
            ExportFormat fmt = export_format_for(format, p);
            call(h, [&](Engine& e) { e.export_report_completeness(a, f, fmt, p); });
          },
          py::arg("actor"), py::arg("template"), py::arg("period"), py::arg("format"), py::arg("path"),
          py::arg("region") = 0,
          "Writes 填报情况 to a CSV or XLSX file (format 'csv', 'xlsx', or None for the file's suffix).")
      .def(
          "export_report_missing",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle period, py::handle format,
               py::handle path, py::handle region) {
            AccountId a = id(actor, "actor");
            CompletenessFilter f = completeness_filter(tmpl, period, region);
            std::string p = path_from_py(path, "path");
            ExportFormat fmt = export_format_for(format, p);
            call(h, [&](Engine& e) { e.export_report_missing(a, f, fmt, p); });
          },
          py::arg("actor"), py::arg("template"), py::arg("period"), py::arg("format"), py::arg("path"),
          py::arg("region") = 0, "Writes the 催报名单 to a CSV or XLSX file.")
      .def(
          "report_summary",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle first, py::handle last,
               py::handle region, py::handle unit, py::handle support_unit, py::handle group_by,
               py::handle accepted_only) {
            AccountId a = id(actor, "actor");
            ReportSummaryFilter f =
                summary_filter(tmpl, first, last, region, unit, support_unit, group_by, accepted_only);
            return table_to_py(call(h, [&](Engine& e) { return e.report_summary(a, f); }));
          },
          py::arg("actor"), py::arg("template"), py::arg("first"), py::arg("last") = py::none(),
          py::arg("region") = py::none(), py::arg("unit") = py::none(), py::arg("support_unit") = py::none(),
          py::arg("group_by") = "report", py::arg("accepted_only") = false,
          "汇总表 as a bangfu.Table over the periods first..last (default: first only): a row per filed report "
          "(group_by 'report') or per hospital, county, city or province, then 合计; numeric fields summed (or "
          "averaged), limited to what the actor sees.")
      .def(
          "export_report_summary",
          [id](const EngineHandle& h, py::handle actor, py::handle tmpl, py::handle first, py::handle format,
               py::handle path, py::handle last, py::handle region, py::handle unit, py::handle support_unit,
               py::handle group_by, py::handle accepted_only) {
            AccountId a = id(actor, "actor");
            ReportSummaryFilter f =
                summary_filter(tmpl, first, last, region, unit, support_unit, group_by, accepted_only);
            std::string p = path_from_py(path, "path");
            ExportFormat fmt = export_format_for(format, p);
            call(h, [&](Engine& e) { e.export_report_summary(a, f, fmt, p); });
          },
          py::arg("actor"), py::arg("template"), py::arg("first"), py::arg("format"), py::arg("path"),
          py::arg("last") = py::none(), py::arg("region") = py::none(), py::arg("unit") = py::none(),
          py::arg("support_unit") = py::none(), py::arg("group_by") = "report", py::arg("accepted_only") = false,
          "Writes the 汇总表 to a CSV or XLSX file (format None: from the file's suffix).");
}

}  // namespace bangfu::python
