// A new draft's values from the template's sources: the staff member's 考勤统计 for the
// month, staff on assignment at the hospital, sums of the hospital's filed monthly reports.
#include <algorithm>

#include "engine/attendance_eval.hpp"
#include "engine/reports_impl.hpp"
#include "store/report_query_store.hpp"

namespace bangfu::reports_internal {

namespace ai = attendance_internal;

namespace {

std::string halves_text(int halves) { return std::to_string(halves / 2) + (halves % 2 ? ".5" : ""); }

// The monthly template a monthly.<field> source sums: bangfu's 工作量月报.
constexpr const char* kMonthlyTemplate = "monthly_workload";

}  // namespace

ReportValues prefill(Engine::Impl& impl, const ReportTemplate& t, const ReportKey& key,
                     std::optional<AssignmentId> assignment) {
  ReportValues v;
  std::optional<AttendanceTotals> totals;
  for (const auto& f : t.fields) {
    if (f.source.empty()) continue;
    if (f.source.rfind("attendance.", 0) == 0) {
      if (!key.staff) continue;
      if (!totals) {
        Date last = std::min(key.period.last(), impl.today());
        totals = last < key.period.first() ? AttendanceTotals{}
                                           : total_days(ai::evaluate_staff(impl, *key.staff, key.period.first(), last, assignment));
      }
      const auto& a = *totals;
      if (f.source == "attendance.required_days") v[f.key] = std::int64_t{a.required_days};
      else if (f.source == "attendance.attended_days") v[f.key] = std::int64_t{a.attended_days};
      else if (f.source == "attendance.absent_days") v[f.key] = std::int64_t{a.absent_days};
      else if (f.source == "attendance.late_count") v[f.key] = std::int64_t{a.late_count};
      else if (f.source == "attendance.leave_days") {
        int halves = 0;
        for (const auto& [type, h] : a.leave_halves) halves += h;
        v[f.key] = halves_text(halves);
      }
    } else if (f.source == "staff.on_assignment") {
      v[f.key] = store::staff_on_assignment(impl.db, key.unit, key.period.first(), key.period.last());
    } else if (f.source.rfind("monthly.", 0) == 0) {
      auto months = periods_between(Period::of_month(key.period.year, 1), Period::of_month(key.period.year, 12));
      v[f.key] = store::filed_field_sum(impl.db, kMonthlyTemplate, key.unit, months, f.source.substr(8));
    }
  }
  // A source value the template's bounds refuse (an unusual month) is left for the hospital
  // to fill rather than blocking the draft.
  for (auto it = v.begin(); it != v.end();) {
    try {
      check_report_values(t, ReportValues{*it}, false);
      ++it;
    } catch (const Error&) {
      it = v.erase(it);
    }
  }
  return v;
}

}  // namespace bangfu::reports_internal
