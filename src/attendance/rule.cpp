// 考勤规则 validation: every error names the field as a host's form or JSON calls it.
#include <string>

#include "bangfu/attendance.hpp"
#include "bangfu/error.hpp"

namespace bangfu {

namespace {

void require(bool ok, std::string_view field, int value, const std::string& why) {
  if (!ok) throw_invalid(field, std::to_string(value), why);
}

void require_clock(std::string_view field, int minute) {
  require(minute >= 0 && minute <= 1439, field, minute, "is not a time of day (0–1439 minutes after midnight)");
}

}  // namespace

void AttendanceRule::validate() const {
  if (name.empty()) throw_invalid("name", name, "an attendance rule needs a name");
  require_clock("on_duty", on_duty);
  require_clock("off_duty", off_duty);
  require(earliest >= 0, "earliest", earliest, "must be 0 or more minutes before on-duty");
  require(latest >= 0, "latest", latest, "must be 0 or more minutes after on-duty");
  require(off_duty_latest >= 0, "off_duty_latest", off_duty_latest, "must be 0 or more minutes after off-duty");
  require(grace >= 0, "grace", grace, "must be 0 or more minutes");
  // The punch window stays inside the day, and 旷工 must be reachable inside it.
  require(earliest <= on_duty, "earliest", earliest,
          "must not reach before midnight (on_duty is " + clock_text(on_duty) + ")");
  require(absence <= latest, "absence", absence,
          "must not exceed latest (" + std::to_string(latest) + " minutes): later punches are not on-duty punches");
  // The thresholds must rise: normal ≤ grace < serious_late ≤ absence.
  require(grace < serious_late, "grace", grace,
          "must be less than serious_late (" + std::to_string(serious_late) + " minutes)");
  require(serious_late <= absence, "serious_late", serious_late,
          "must not exceed absence (" + std::to_string(absence) + " minutes)");
  if (off_duty_required)
    require(off_duty > on_duty, "off_duty", off_duty,
            "must be after on_duty (" + clock_text(on_duty) + ") when an off-duty punch is required");
  require(radius_m >= 100 && radius_m <= 3000, "radius_m", radius_m, "must be between 100 and 3000 metres");
  // Enums may arrive as integers over the C ABI.
  int policy = static_cast<int>(field_policy);
  require(policy >= 1 && policy <= 3, "field_policy", policy, "is not accept (1), flag (2) or require_approval (3)");
  require(makeup.per_cycle >= 0, "makeup.per_cycle", makeup.per_cycle, "must be 0 or more");
  require(makeup.cycle_start_day >= 1 && makeup.cycle_start_day <= 28, "makeup.cycle_start_day",
          makeup.cycle_start_day, "must be a day of the month between 1 and 28");
  require(makeup.days_back >= 1, "makeup.days_back", makeup.days_back, "must be at least 1 day");
  int look_back = static_cast<int>(makeup.look_back);
  require(look_back == 1 || look_back == 2, "makeup.look_back", look_back,
          "is not natural_days (1) or workdays (2)");
}

}  // namespace bangfu
