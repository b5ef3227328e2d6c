// The work calendar (工作日历): DayKind, CalendarEntry, CalendarDay, WorkCalendar and the
// Engine's calendar commands. Reading the calendar needs no account (public data).
#include <climits>
#include <map>

#include "common.hpp"

namespace bangfu::python {
namespace {

// None is the national calendar; a unit id asks that unit's.
std::optional<UnitId> unit_from_py(py::handle v) {
  if (v.is_none()) return std::nullopt;
  return int_from_py(v, "unit");
}

int count_from_py(py::handle v, std::string_view field) {
  std::int64_t n = int_from_py(v, field);
  if (n < INT_MIN || n > INT_MAX) throw_invalid(field, std::to_string(n), "is out of range");
  return static_cast<int>(n);
}

std::vector<CalendarEntry> entry_list(const std::map<Date, CalendarEntry>& entries) {
  std::vector<CalendarEntry> out;
  out.reserve(entries.size());
  for (const auto& [date, e] : entries) out.push_back(e);
  return out;
}

}  // namespace

void init_calendar(py::module_& m) {
  py::enum_<DayKind>(m, "DayKind", "What kind of day a date is; .label is the Chinese name.")
      .value("workday", DayKind::workday)
      .value("weekend", DayKind::weekend)
      .value("holiday", DayKind::holiday)
      .value("adjusted_workday", DayKind::adjusted_workday)
      .def_property_readonly("label", [](DayKind k) { return std::string(day_kind_label(k)); },
                             "工作日, 休息日, 节假日 or 调休上班.");

  py::class_<CalendarEntry> entry(m, "CalendarEntry",
                                  "A date that differs from the plain rule (Monday–Friday work): a holiday or a "
                                  "worked weekend day, national or a unit's own.");
  entry.def_readonly("date", &CalendarEntry::date)
      .def_readonly("workday", &CalendarEntry::workday, "True for a worked day (调休上班), False for a day off.")
      .def_readonly("name", &CalendarEntry::name, "春节, 国庆节, 彝族年, ...");
  finish_record(entry, {"date", "workday", "name"});

  py::class_<CalendarDay> day(m, "CalendarDay", "One day of the work calendar.");
  day.def_readonly("date", &CalendarDay::date)
      .def_readonly("kind", &CalendarDay::kind)
      .def_readonly("workday", &CalendarDay::workday)
      .def_readonly("name", &CalendarDay::name, "The holiday or the unit's day, '' when none.")
      .def_readonly("local", &CalendarDay::local, "Decided by a unit's own day rather than the national calendar.");
  finish_record(day, {"date", "kind", "workday", "name", "local"});

  py::class_<WorkCalendar> cal(m, "WorkCalendar",
                               "The whole calendar as a value (Engine.calendar()): the years with national data, "
                               "the national entries and a unit's own days; it answers the same questions as the "
                               "Engine without touching the database.");
  cal.def_property_readonly(
         "years", [](const WorkCalendar& c) { return std::vector<int>(c.years().begin(), c.years().end()); },
         "The years with national data, e.g. [2016, ..., 2026].")
      .def_property_readonly(
          "entries", [](const WorkCalendar& c) { return entry_list(c.entries()); },
          "The national dates that differ from the plain rule, in date order.")
      .def_property_readonly(
          "local_entries", [](const WorkCalendar& c) { return entry_list(c.local_entries()); },
          "A unit's own days, inherited ones included (empty for the national calendar).")
      .def(
          "covers", [](const WorkCalendar& c, py::handle year) { return c.covers(count_from_py(year, "year")); },
          py::arg("year"), "Does the calendar hold national data for this year?")
      .def(
          "day", [](const WorkCalendar& c, py::handle d) { return c.day(date_from_py(d, "date")); }, py::arg("date"))
      .def(
          "is_workday", [](const WorkCalendar& c, py::handle d) { return c.is_workday(date_from_py(d, "date")); },
          py::arg("date"))
      .def(
          "workdays",
          [](const WorkCalendar& c, py::handle first, py::handle last) {
            return c.workdays(date_from_py(first, "first"), date_from_py(last, "last"));
          },
          py::arg("first"), py::arg("last"), "Workdays from first to last, both included.")
      .def(
          "days",
          [](const WorkCalendar& c, py::handle first, py::handle last) {
            return c.days(date_from_py(first, "first"), date_from_py(last, "last"));
          },
          py::arg("first"), py::arg("last"), "Every day from first to last, both included.")
      .def(
          "nth_workday_after",
          [](const WorkCalendar& c, py::handle d, py::handle n) {
            return c.nth_workday_after(date_from_py(d, "date"), count_from_py(n, "n"));
          },
          py::arg("date"), py::arg("n"), "The n-th workday after date (n >= 1), or before it (n <= -1).");
  finish_record(cal, {"years", "entries", "local_entries"}, {"years"});

  engine_class(m)
      .def(
          "is_workday",
          [](const EngineHandle& h, py::handle date, py::handle unit) {
            Date d = date_from_py(date, "date");
            auto u = unit_from_py(unit);
            return call(h, [&](Engine& e) { return e.is_workday(d, u); });
          },
          py::arg("date"), py::arg("unit") = py::none(),
          "Is `date` a workday, nationally or for a unit (its own days and those above it)? Raises NotFound for "
          "a year without calendar data.")
      .def(
          "calendar_day",
          [](const EngineHandle& h, py::handle date, py::handle unit) {
            Date d = date_from_py(date, "date");
            auto u = unit_from_py(unit);
            return call(h, [&](Engine& e) { return e.calendar_day(d, u); });
          },
          py::arg("date"), py::arg("unit") = py::none(), "The CalendarDay of `date`: kind, workday, name, local.")
      .def(
          "workdays",
          [](const EngineHandle& h, py::handle first, py::handle last, py::handle unit) {
            Date f = date_from_py(first, "first");
            Date l = date_from_py(last, "last");
            auto u = unit_from_py(unit);
            return call(h, [&](Engine& e) { return e.workdays(f, l, u); });
          },
          py::arg("first"), py::arg("last"), py::arg("unit") = py::none(),
          "The number of workdays from first to last, both included (February 2026: 16).")
      .def(
          "calendar_days",
          [](const EngineHandle& h, py::handle first, py::handle last, py::handle unit) {
            Date f = date_from_py(first, "first");
            Date l = date_from_py(last, "last");
            auto u = unit_from_py(unit);
            return call(h, [&](Engine& e) { return e.calendar_days(f, l, u); });
          },
          py::arg("first"), py::arg("last"), py::arg("unit") = py::none(),
          "Every CalendarDay from first to last, both included (at most ten years).")
      .def(
          "nth_workday_after",
          [](const EngineHandle& h, py::handle date, py::handle n, py::handle unit) {
            Date d = date_from_py(date, "date");
            int count = count_from_py(n, "n");
            auto u = unit_from_py(unit);
            return call(h, [&](Engine& e) { return e.nth_workday_after(d, count, u); });
          },
          py::arg("date"), py::arg("n"), py::arg("unit") = py::none(),
          "The n-th workday after `date` (n >= 1; `date` itself not counted), or before it (n <= -1).")
      .def(
          "calendar",
          [](const EngineHandle& h, py::handle unit) {
            auto u = unit_from_py(unit);
            return call(h, [&](Engine& e) { return e.calendar(u); });
          },
          py::arg("unit") = py::none(),
          "The whole calendar as a WorkCalendar (years, entries, local_entries), national or a unit's.")
      .def(
          "set_unit_calendar_day",
          [](const EngineHandle& h, py::handle actor, py::handle unit, py::handle date, py::handle workday,
             py::handle name) {
            AccountId a = int_from_py(actor, "actor");
            UnitId u = int_from_py(unit, "unit");
            CalendarEntry day{date_from_py(date, "date"), bool_from_py(workday, "workday"), str_from_py(name, "name")};
            call(h, [&](Engine& e) { e.set_unit_calendar_day(a, u, day); });
          },
          py::arg("actor"), py::arg("unit"), py::arg("date"), py::arg("workday"), py::arg("name"),
          "Sets a unit's own day: a local holiday (workday=False) or an extra working day (True), named "
          "(e.g. '彝族年'). It applies to the unit and every unit under it; the actor must manage the unit.")
      .def(
          "remove_unit_calendar_day",
          [](const EngineHandle& h, py::handle actor, py::handle unit, py::handle date) {
            AccountId a = int_from_py(actor, "actor");
            UnitId u = int_from_py(unit, "unit");
            Date d = date_from_py(date, "date");
            call(h, [&](Engine& e) { e.remove_unit_calendar_day(a, u, d); });
          },
          py::arg("actor"), py::arg("unit"), py::arg("date"), "Removes a unit's own day (NotFound when it has none).");
}

}  // namespace bangfu::python
