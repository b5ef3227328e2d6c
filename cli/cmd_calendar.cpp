// bangfu calendar day|workdays|month|next|years|set-unit-day|remove-unit-day: the work calendar
// (工作日历). Reading it is public; a unit's own days are set by an account that manages the
// unit. Which days are workdays is the engine's answer; this file only asks and prints.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

// The days of the week as a Chinese calendar prints them (boost: 0 = Sunday).
const char* weekday_label(Date d) {
  static const char* const kNames[] = {"周日", "周一", "周二", "周三", "周四", "周五", "周六"};
  return kNames[d.day_of_week().as_number()];
}

std::string day_kind_text(DayKind k) { return std::string(day_kind_label(k)) + " " + day_kind_key(k); }

// The shared --unit option: absent asks the national calendar.
struct UnitArg {
  std::string text;
  void add_to(CLI::App* cmd) {
    cmd->add_option("--unit", text,
                    "a unit's calendar (id or code): the national one with the unit's own days and those of the units "
                    "above it; default: the national calendar")
        ->option_text("ID|CODE");
  }
  std::optional<UnitId> resolve(Context& ctx) const {
    if (text.empty()) return std::nullopt;
    return resolve_unit_arg(ctx.engine(), ctx.actor, text, "unit");
  }
  // "全国" or the unit's name, for the heading of an answer.
  std::string label(Context& ctx, std::optional<UnitId> unit) const {
    if (!unit) return "全国 national";
    return ctx.engine().unit(ctx.actor, *unit).name;
  }
};

void print_day_table(const std::vector<CalendarDay>& days) {
  TextTable t;
  t.headers = {"日期", "星期", "类型", "上班", "名称"};
  for (auto& d : days)
    t.add({date_text(d.date), weekday_label(d.date), day_kind_label(d.kind), d.workday ? "班" : "休",
           d.name.empty() ? "" : d.name + (d.local ? " (本单位)" : "")});
  print_table(std::cout, t);
}

void add_day_command(CLI::App* calendar, Context& ctx) {
  struct Args {
    std::string date;
    UnitArg unit;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = calendar->add_subcommand("day", "Is a day a workday? Its kind (工作日, 休息日, 节假日, 调休上班) and name");
  cmd->add_option("DATE", a->date, "YYYY-MM-DD or today")->required();
  a->unit.add_to(cmd);
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    Date date = parse_date_arg(a->date, "DATE", e);
    auto unit = a->unit.resolve(ctx);
    CalendarDay d = e.calendar_day(date, unit);
    std::vector<std::pair<std::string, std::string>> f = {
        {"日期 date", date_text(d.date) + " " + weekday_label(d.date)},
        {"类型 kind", day_kind_text(d.kind)},
        {"上班 workday", d.workday ? "是 yes" : "否 no"},
    };
    if (!d.name.empty()) f.emplace_back("名称 name", d.name);
    f.emplace_back("日历 calendar", a->unit.label(ctx, unit) + (d.local ? " (本单位规定 the unit's own day)" : ""));
    print_fields(std::cout, f);
  });
}

void add_workdays_command(CLI::App* calendar, Context& ctx) {
  struct Args {
    std::string from, to;
    UnitArg unit;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = calendar->add_subcommand("workdays", "Count the workdays from FROM to TO, both included");
  cmd->add_option("FROM", a->from, "first day, YYYY-MM-DD or today")->required();
  cmd->add_option("TO", a->to, "last day (included), YYYY-MM-DD or today")->required();
  a->unit.add_to(cmd);
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    Date first = parse_date_arg(a->from, "FROM", e);
    Date last = parse_date_arg(a->to, "TO", e);
    auto unit = a->unit.resolve(ctx);
    int n = e.workdays(first, last, unit);
    print_fields(std::cout, {
                                {"从 from", date_text(first)},
                                {"到 to", date_text(last)},
                                {"日历 calendar", a->unit.label(ctx, unit)},
                                {"工作日 workdays", std::to_string(n)},
                            });
  });
}

void add_month_command(CLI::App* calendar, Context& ctx) {
  struct Args {
    std::string month;
    UnitArg unit;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = calendar->add_subcommand("month", "Print a month day by day, with the number of workdays");
  cmd->add_option("MONTH", a->month, "YYYY-MM, e.g. 2026-10")->required();
  a->unit.add_to(cmd);
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    Date first = parse_month_arg(a->month, "MONTH");
    Date last = first.end_of_month();
    auto unit = a->unit.resolve(ctx);
    auto days = e.calendar_days(first, last, unit);
    std::cout << a->month << " " << a->unit.label(ctx, unit) << "\n";
    print_day_table(days);
    auto n = std::count_if(days.begin(), days.end(), [](const CalendarDay& d) { return d.workday; });
    std::cout << n << " workdays (工作日) of " << days.size() << " days\n";
  });
}

void add_next_command(CLI::App* calendar, Context& ctx) {
  struct Args {
    std::string date;
    int n = 1;
    UnitArg unit;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = calendar->add_subcommand(
      "next", "Print the N-th workday after DATE (DATE itself not counted), or before it for a negative N");
  cmd->add_option("DATE", a->date, "YYYY-MM-DD or today")->required();
  cmd->add_option("--n", a->n, "which workday: 1 the next one, 5 the fifth, -1 the previous one")
      ->capture_default_str()
      ->option_text("N");
  a->unit.add_to(cmd);
  cmd->callback([&ctx, a] {
    Engine& e = ctx.engine();
    Date date = parse_date_arg(a->date, "DATE", e);
    Date found = e.nth_workday_after(date, a->n, a->unit.resolve(ctx));
    std::cout << date_text(found) << " " << weekday_label(found) << "\n";
  });
}

void add_years_command(CLI::App* calendar, Context& ctx) {
  auto unit_arg = std::make_shared<UnitArg>();
  auto* cmd = calendar->add_subcommand(
      "years", "List the years the calendar covers, with their holidays and workdays (and a unit's own days)");
  unit_arg->add_to(cmd);
  cmd->callback([&ctx, unit_arg] {
    Engine& e = ctx.engine();
    auto unit = unit_arg->resolve(ctx);
    WorkCalendar c = e.calendar(unit);
    TextTable t;
    t.headers = {"年份", "放假 days off", "调休上班 worked", "工作日 workdays"};
    t.align = {Align::left, Align::right, Align::right, Align::right};
    for (int y : c.years()) {
      Date first(static_cast<unsigned short>(y), 1, 1), last(static_cast<unsigned short>(y), 12, 31);
      auto from = c.entries().lower_bound(first), to = c.entries().upper_bound(last);
      auto off = std::count_if(from, to, [](const auto& kv) { return !kv.second.workday; });
      auto worked = std::distance(from, to) - off;
      t.add({std::to_string(y), std::to_string(off), std::to_string(worked), std::to_string(c.workdays(first, last))});
    }
    std::cout << "日历 calendar  " << unit_arg->label(ctx, unit) << "\n";
    print_table(std::cout, t);
    if (!unit) return;
    std::cout << "\n本单位规定 the unit's own days (" << c.local_entries().size() << ")\n";
    if (c.local_entries().empty()) return;
    TextTable own;
    own.headers = {"日期", "星期", "上班", "名称"};
    for (auto& [date, entry] : c.local_entries())
      own.add({date_text(date), weekday_label(date), entry.workday ? "班" : "休", entry.name});
    print_table(std::cout, own);
  });
}

void add_unit_day_commands(CLI::App* calendar, Context& ctx) {
  struct SetArgs {
    std::string unit, date, name;
    bool off = false, work = false;
  };
  auto s = std::make_shared<SetArgs>();
  auto* set = calendar->add_subcommand(
      "set-unit-day",
      "Set a unit's own day (as the acting account, which must manage the unit): a local holiday (--off) or an extra "
      "working day (--work). It applies to the unit and every unit under it");
  set->add_option("UNIT", s->unit, "unit id or code")->required();
  set->add_option("DATE", s->date, "YYYY-MM-DD")->required();
  auto* kind = set->add_option_group("off or work", "whether the day is off or worked");
  kind->add_flag("--off", s->off, "a day off (休), e.g. 彝族年");
  kind->add_flag("--work", s->work, "a working day (班), e.g. a Saturday clinic");
  kind->require_option(1);
  set->add_option("--name", s->name, "what the day is, e.g. 彝族年, 周六门诊")->required();
  set->callback([&ctx, s] {
    Engine& e = ctx.engine();
    UnitId unit = resolve_unit_arg(e, ctx.actor, s->unit, "UNIT");
    Date date = parse_date_arg(s->date, "DATE", e);
    e.set_unit_calendar_day(ctx.actor, unit, {date, s->work, s->name});
    CalendarDay d = e.calendar_day(date, unit);
    std::cout << "set the own day of " << e.unit(ctx.actor, unit).name << ": " << date_text(date) << " "
              << weekday_label(date) << " " << day_kind_text(d.kind) << " " << d.name << "\n";
  });

  struct RemoveArgs {
    std::string unit, date;
  };
  auto r = std::make_shared<RemoveArgs>();
  auto* remove = calendar->add_subcommand("remove-unit-day", "Remove a unit's own day (as the acting account)");
  remove->add_option("UNIT", r->unit, "unit id or code")->required();
  remove->add_option("DATE", r->date, "YYYY-MM-DD")->required();
  remove->callback([&ctx, r] {
    Engine& e = ctx.engine();
    UnitId unit = resolve_unit_arg(e, ctx.actor, r->unit, "UNIT");
    Date date = parse_date_arg(r->date, "DATE", e);
    e.remove_unit_calendar_day(ctx.actor, unit, date);
    CalendarDay d = e.calendar_day(date, unit);
    std::cout << "removed the own day of " << e.unit(ctx.actor, unit).name << " on " << date_text(date)
              << "; it is now " << day_kind_text(d.kind) << "\n";
  });
}

}  // namespace

void add_calendar_command(CLI::App& app, Context& ctx) {
  auto* calendar = app.add_subcommand(
      "calendar",
      "The work calendar (工作日历): weekends, statutory holidays, adjusted workdays (调休上班) and units' own days. "
      "Load a new year's State Council notice with 'bangfu import calendar FILE'");
  calendar->require_subcommand(1);
  add_day_command(calendar, ctx);
  add_workdays_command(calendar, ctx);
  add_month_command(calendar, ctx);
  add_next_command(calendar, ctx);
  add_years_command(calendar, ctx);
  add_unit_day_commands(calendar, ctx);
}

}  // namespace bangfu::cli
