// The work calendar (工作日历): weekends, statutory holidays and adjusted working days (调休上班)
// from the State Council's yearly notices, plus a unit's own days (a local holiday, a hospital
// that works Saturdays). A WorkCalendar is a plain value: no I/O, no clock.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "bangfu/org.hpp"
#include "bangfu/visibility.hpp"

namespace bangfu {

enum class DayKind : int {
  workday = 1,           // 工作日: Monday–Friday
  weekend = 2,           // 休息日: Saturday, Sunday
  holiday = 3,           // 节假日: a statutory holiday, or a weekday given off around one
  adjusted_workday = 4,  // 调休上班: a weekend day worked in exchange
};
BANGFU_EXPORT const char* day_kind_label(DayKind k) noexcept;  // 工作日 休息日 节假日 调休上班
BANGFU_EXPORT const char* day_kind_key(DayKind k) noexcept;    // "workday", ...

// One date that differs from the plain rule (Monday–Friday work, Saturday–Sunday rest).
struct CalendarEntry {
  Date date;
  bool workday = false;  // true: 调休上班 (or a unit's extra working day); false: a day off
  std::string name;      // 春节, 国庆节, 院庆 ...
};

struct CalendarDay {
  Date date;
  DayKind kind = DayKind::workday;
  bool workday = true;
  std::string name;      // the holiday or local rule, when there is one
  bool local = false;    // decided by a unit's own calendar rather than the national one
};

class BANGFU_EXPORT WorkCalendar {
 public:
  // Defines whole years: each year in `years` follows the plain rule except for the entries
  // given for it (entries outside `years` are an invalid_argument). Years already defined are
  // replaced, so a corrected notice can be loaded again.
  void set_years(const std::set<int>& years, const std::vector<CalendarEntry>& entries);
  bool covers(int year) const { return years_.count(year) > 0; }
  const std::set<int>& years() const { return years_; }
  const std::map<Date, CalendarEntry>& entries() const { return national_; }
  // The units' own days layered on by with_local_days (empty for the national calendar).
  const std::map<Date, CalendarEntry>& local_entries() const { return local_; }

  // A copy with a unit's own days on top (later layers win over earlier ones and over the
  // national calendar). Their years need not be covered nationally to be recorded, but
  // workday questions still need national data for the year.
  WorkCalendar with_local_days(const std::vector<CalendarEntry>& days) const;

  // Workday questions throw not_found naming `date` for a year without calendar data:
  // an explicit error, never a guess.
  CalendarDay day(Date d) const;
  bool is_workday(Date d) const { return day(d).workday; }
  // Workdays in [first, last], both included; invalid_argument when last < first.
  int workdays(Date first, Date last) const;
  std::vector<CalendarDay> days(Date first, Date last) const;
  // The n-th workday after d (n ≥ 1; d itself is not counted), or before d for n ≤ -1.
  Date nth_workday_after(Date d, int n) const;

 private:
  void require_year(Date d) const;
  std::set<int> years_;
  std::map<Date, CalendarEntry> national_;
  std::map<Date, CalendarEntry> local_;
};

}  // namespace bangfu
