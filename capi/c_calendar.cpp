// C ABI: the work calendar (工作日历). Reading it is public (no actor); a unit's own days are
// set and removed by an account that manages the unit.
#include <optional>

#include "c_support.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

namespace {

// 0 is the national calendar; any other value names a unit (its own days and those above it).
std::optional<bangfu::UnitId> unit_arg(int64_t unit) {
  if (unit == 0) return std::nullopt;
  return unit;
}

}  // namespace

extern "C" {

bf_status bf_calendar_is_workday(bf_engine* engine, const char* date, int64_t unit, int* out_is_workday,
                                 bf_error** err) {
  return guard(err, [&] {
    clear_out(out_is_workday, "out_is_workday");
    auto& e = need_engine(engine);
    auto d = date_arg(date, "date");
    *out_is_workday = e.is_workday(d, unit_arg(unit)) ? 1 : 0;
  });
}

bf_status bf_calendar_day(bf_engine* engine, const char* date, int64_t unit, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto d = date_arg(date, "date");
    *out_json = copy_out(dump(bj::to_json(e.calendar_day(d, unit_arg(unit)))));
  });
}

bf_status bf_calendar_workdays(bf_engine* engine, const char* first, const char* last, int64_t unit, int* out_count,
                               bf_error** err) {
  return guard(err, [&] {
    clear_out(out_count, "out_count");
    auto& e = need_engine(engine);
    auto from = date_arg(first, "first");
    auto to = date_arg(last, "last");
    *out_count = e.workdays(from, to, unit_arg(unit));
  });
}

bf_status bf_calendar_days(bf_engine* engine, const char* first, const char* last, int64_t unit, char** out_json,
                           bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto from = date_arg(first, "first");
    auto to = date_arg(last, "last");
    *out_json = copy_out(dump(array_of(e.calendar_days(from, to, unit_arg(unit)))));
  });
}

bf_status bf_calendar_nth_workday_after(bf_engine* engine, const char* date, int n, int64_t unit, char** out_date,
                                        bf_error** err) {
  return guard(err, [&] {
    clear_out(out_date, "out_date");
    auto& e = need_engine(engine);
    auto d = date_arg(date, "date");
    *out_date = copy_out(bangfu::date_text(e.nth_workday_after(d, n, unit_arg(unit))));
  });
}

bf_status bf_calendar_years(bf_engine* engine, int64_t unit, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    *out_json = copy_out(dump(bj::to_json(need_engine(engine).calendar(unit_arg(unit)))));
  });
}

bf_status bf_calendar_set_unit_day(bf_engine* engine, int64_t actor, int64_t unit, const char* day_json,
                                   bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto day = bj::calendar_entry_from_json(parse_arg(day_json, "day_json", true));
    e.set_unit_calendar_day(actor, unit, day);
  });
}

bf_status bf_calendar_remove_unit_day(bf_engine* engine, int64_t actor, int64_t unit, const char* date,
                                      bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    e.remove_unit_calendar_day(actor, unit, date_arg(date, "date"));
  });
}

}  // extern "C"
