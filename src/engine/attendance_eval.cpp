#include "engine/attendance_eval.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <map>

#include "store/attendance_store.hpp"
#include "store/request_store.hpp"
#include "store/staff_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu::attendance_internal {

AttendanceRule rule_at(Engine::Impl& impl, StaffId staff, UnitId unit) {
  auto g = store::group_for_staff(impl.db, staff, unit);
  return g ? g->rule : AttendanceRule{};
}

std::optional<Assignment> assignment_on(Engine::Impl& impl, StaffId staff, Date day) {
  for (const auto& a : store::assignment_list(impl.db, staff))
    if (a.start <= day && (!a.ended || a.ended->end >= day)) return a;
  return std::nullopt;
}

Instant now(Engine::Impl& impl) { return impl.clock(); }

std::vector<DayResult> evaluate_staff(Engine::Impl& impl, StaffId staff, Date first, Date last,
                                      std::optional<AssignmentId> only) {
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
    auto calendar = impl.calendar_for(a.recipient_unit);
    for (auto& d : evaluate_days(calendar, rule_at(impl, staff, a.recipient_unit), in, from, to, at))
      by_day[d.date] = std::move(d);
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
