// Engine commands: the work calendar.
#include "engine/engine_impl.hpp"
#include "json/records.hpp"
#include "store/calendar_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu {

WorkCalendar Engine::Impl::calendar_for(std::optional<UnitId> unit) {
  if (!national_calendar) {
    WorkCalendar c;
    c.set_years(store::holiday_years(db), store::holiday_entries(db));
    national_calendar = std::move(c);
  }
  if (!unit) return *national_calendar;
  auto place = unit_scope(*unit, "unit");
  return national_calendar->with_local_days(store::unit_calendar_entries(db, {place.pre, place.post}));
}

WorkCalendar Engine::calendar(std::optional<UnitId> unit) const {
  return impl_->read([&] { return impl_->calendar_for(unit); });
}

CalendarDay Engine::calendar_day(Date d, std::optional<UnitId> unit) const {
  return impl_->read([&] { return impl_->calendar_for(unit).day(d); });
}

bool Engine::is_workday(Date d, std::optional<UnitId> unit) const {
  return impl_->read([&] { return impl_->calendar_for(unit).is_workday(d); });
}

int Engine::workdays(Date first, Date last, std::optional<UnitId> unit) const {
  return impl_->read([&] { return impl_->calendar_for(unit).workdays(first, last); });
}

std::vector<CalendarDay> Engine::calendar_days(Date first, Date last, std::optional<UnitId> unit) const {
  if (!(last < first) && (last - first).days() > 3660)
    throw_invalid("last", date_text(last), "ask for at most ten years at a time");
  return impl_->read([&] { return impl_->calendar_for(unit).days(first, last); });
}

Date Engine::nth_workday_after(Date d, int n, std::optional<UnitId> unit) const {
  return impl_->read([&] { return impl_->calendar_for(unit).nth_workday_after(d, n); });
}

namespace {

nlohmann::json entry_json(UnitId unit, const CalendarEntry& e) {
  return {{"unit", unit}, {"date", date_text(e.date)}, {"workday", e.workday}, {"name", e.name}};
}

void require_calendar_reach(Engine::Impl& impl, const internal::Actor& actor, UnitId unit) {
  internal::require(actor, internal::Capability::manage_units, "set a unit's calendar");
  auto scope = impl.unit_scope(unit, "unit");
  if (!internal::reaches_unit(actor, internal::Capability::manage_units, scope))
    throw Error(ErrorCode::permission_denied, actor.describe() + " may not set the calendar of '" + scope.name +
                                                  "': it lies outside the account's scope");
}

}  // namespace

void Engine::set_unit_calendar_day(AccountId actor_id, UnitId unit, const CalendarEntry& day) {
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    require_calendar_reach(*impl_, actor, unit);
    if (day.date.is_special()) throw Error(ErrorCode::invalid_argument, "date: required", "date", "");
    if (day.name.empty())
      throw Error(ErrorCode::invalid_argument, "name: say what the day is (e.g. 院庆, 周六门诊)", "name", "");
    auto before = store::unit_calendar_get(impl_->db, unit, day.date);
    store::unit_calendar_set(impl_->db, unit, day);
    impl_->audit(actor, "calendar.unit_day", "unit", unit, before ? entry_json(unit, *before) : nlohmann::json(),
                 entry_json(unit, day));
  });
}

void Engine::remove_unit_calendar_day(AccountId actor_id, UnitId unit, Date date) {
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    require_calendar_reach(*impl_, actor, unit);
    auto before = store::unit_calendar_get(impl_->db, unit, date);
    if (!before)
      throw Error(ErrorCode::not_found, "date '" + date_text(date) + "': the unit has no own calendar day there", "date",
                  date_text(date));
    store::unit_calendar_remove(impl_->db, unit, date);
    impl_->audit(actor, "calendar.unit_day_removed", "unit", unit, entry_json(unit, *before), nullptr);
  });
}

}  // namespace bangfu
