#include "engine/attendance_eval.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <map>

#include "store/attendance_store.hpp"
#include "store/request_store.hpp"
#include "store/staff_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu::attendance_internal {

namespace {

// (first day, rule) pieces in force for a staff member at a unit, oldest first.
std::vector<std::pair<Date, AttendanceRule>> rule_versions(Engine::Impl& impl, StaffId staff, UnitId unit) {
  auto g = store::group_id_for_staff(impl.db, staff, unit);
  if (!g) return {{Date(1400, 1, 1), AttendanceRule{}}};
  return store::group_rule_versions(impl.db, *g);
}

}  // namespace

AttendanceRule rule_at(Engine::Impl& impl, StaffId staff, UnitId unit) {
  return rule_versions(impl, staff, unit).back().second;
}

AttendanceRule rule_on(Engine::Impl& impl, StaffId staff, UnitId unit, Date day) {
  auto versions = rule_versions(impl, staff, unit);
  AttendanceRule r = versions.front().second;
  for (const auto& [from, rule] : versions)
    if (from <= day) r = rule;
  return r;
}

std::optional<Assignment> assignment_on(Engine::Impl& impl, StaffId staff, Date day) {
  for (const auto& a : store::assignment_list(impl.db, staff))
    if (a.start <= day && (!a.ended || a.ended->end >= day)) return a;
  return std::nullopt;
}

Instant now(Engine::Impl& impl) { return impl.clock(); }

const WorkCalendar& CalendarCache::get(Engine::Impl& impl, UnitId unit) {
  auto it = by_unit.find(unit);
  if (it == by_unit.end()) it = by_unit.emplace(unit, impl.calendar_for(unit)).first;
  return it->second;
}

std::vector<DayResult> evaluate_staff(Engine::Impl& impl, StaffId staff, Date first, Date last,
                                      std::optional<AssignmentId> only, CalendarCache* calendars) {
  CalendarCache local;
  if (!calendars) calendars = &local;
  std::map<Date, DayResult> by_day;
  auto punches = store::punch_list(impl.db, staff, first, last);
  auto approved = store::requests_approved(impl.db, staff, first, last);
  Instant at = now(impl);
  for (const auto& a : store::assignment_list(impl.db, staff)) {
    if (only && a.id != *only) continue;
    Date from = std::max(first, a.start);
    Date to = a.ended ? std::min(last, a.ended->end) : last;
    if (to < from) continue;
    AttendanceInputs in;
    in.assigned.push_back({a.start, a.ended ? std::optional<Date>(a.ended->end) : std::nullopt});
    for (const auto& p : punches)
      if (p.assignment == a.id) in.punches.push_back(p);
    for (const auto& r : approved) {
      if (r.assignment != a.id) continue;
      if (r.makeup) in.makeups.push_back({r.makeup->day, r.makeup->kind, r.makeup->minute});
      if (r.leave) in.leaves.push_back({r.leave->type, r.leave->span});
    }
    const auto& calendar = calendars->get(impl, a.recipient_unit);
    auto versions = rule_versions(impl, staff, a.recipient_unit);
    for (std::size_t v = 0; v < versions.size(); ++v) {
      // Each rule version evaluates the days it was in force.
      Date seg_from = std::max(from, versions[v].first);
      Date seg_to = v + 1 < versions.size() ? std::min(to, versions[v + 1].first - boost::gregorian::days(1)) : to;
      if (seg_to < seg_from) continue;
      for (auto& d : evaluate_days(calendar, versions[v].second, in, seg_from, seg_to, at)) by_day[d.date] = std::move(d);
    }
  }
  std::vector<DayResult> out;
  for (Date d = first; d <= last; d += boost::gregorian::days(1)) {
    auto it = by_day.find(d);
    if (it != by_day.end()) {
      out.push_back(std::move(it->second));
    } else {
      DayResult r;
      r.date = d;
      r.status = DayStatus::outside_assignment;
      out.push_back(r);
    }
  }
  return out;
}

}  // namespace bangfu::attendance_internal
