// When a period's report is due, and whether a submission made it. The caller passes the
// submission instant; the deadline day is a whole day in China Standard Time.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/report.hpp"

namespace bangfu {

Date deadline_of(const DeadlineRule& rule, const Period& period) {
  // ReportTemplate::validate checks these with the template's path; a rule built by hand
  // gets the same bounds here rather than a date far away.
  if (rule.months_after < 0 || rule.months_after > 24)
    throw_invalid("deadline.months_after", std::to_string(rule.months_after), "must be from 0 to 24");
  if (rule.day < 1 || rule.day > 31) throw_invalid("deadline.day", std::to_string(rule.day), "must be from 1 to 31");
  Date first = period.first();
  int months = first.year() * 12 + (first.month() - 1) + rule.months_after;
  Date month_start(static_cast<unsigned short>(months / 12), static_cast<unsigned short>(months % 12 + 1), 1);
  int last_day = month_start.end_of_month().day();
  return Date(month_start.year(), month_start.month(),
              static_cast<unsigned short>(rule.day < last_day ? rule.day : last_day));
}

bool submitted_on_time(const DeadlineRule& rule, const Period& period, Instant submitted) {
  return cst_date(submitted) <= deadline_of(rule, period);
}

}  // namespace bangfu
