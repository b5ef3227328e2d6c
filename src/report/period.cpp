// Reporting periods: a month or a year, as values, text and date ranges.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/report.hpp"

namespace bangfu {
namespace {

// The programme's data start in 2016 (DOMAIN.md B3); 2100 keeps typos like 20266 out.
constexpr int kFirstYear = 2016;
constexpr int kLastYear = 2100;
// A range of more periods than this is a typo, not a question (20 years of months).
constexpr std::size_t kMaxPeriods = 240;

void require_year(int year) {
  if (year < kFirstYear || year > kLastYear)
    throw_invalid("year", std::to_string(year),
                  "must be from " + std::to_string(kFirstYear) + " to " + std::to_string(kLastYear));
}

// Built by appending: at -O3 GCC 12 gives a false -Wrestrict on `"0" + std::string` (PR 105329 family).
std::string two_digits(int n) { return std::string(n < 10 ? "0" : "").append(std::to_string(n)); }

// Every member function works on a period made by of_month / of_year; a default or
// hand-assembled one out of range is refused rather than turned into a wrong date.
void require_valid(const Period& p) {
  bool ok = p.year >= kFirstYear && p.year <= kLastYear &&
            (p.type == PeriodType::year ? p.month == 0 : p.month >= 1 && p.month <= 12);
  if (!ok)
    throw_invalid("period", std::to_string(p.year) + "-" + std::to_string(p.month),
                  "is not a valid period (a month of " + std::to_string(kFirstYear) + "–" +
                      std::to_string(kLastYear) + ", or such a year)");
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

Period Period::of_month(int year, int month) {
  require_year(year);
  if (month < 1 || month > 12) throw_invalid("month", std::to_string(month), "must be from 1 to 12");
  return Period{PeriodType::month, year, month};
}

Period Period::of_year(int year) {
  require_year(year);
  return Period{PeriodType::year, year, 0};
}

Date Period::first() const {
  require_valid(*this);
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(type == PeriodType::year ? 1 : month), 1);
}

Date Period::last() const {
  require_valid(*this);
  if (type == PeriodType::year) return Date(static_cast<unsigned short>(year), 12, 31);
  return first().end_of_month();
}

std::string Period::text() const {
  if (type == PeriodType::year) return std::to_string(year);
  return std::to_string(year) + "-" + two_digits(month);
}

std::string Period::label() const {
  if (type == PeriodType::year) return std::to_string(year) + "年度";
  return std::to_string(year) + "年" + std::to_string(month) + "月";
}

Period Period::next() const {
  require_valid(*this);
  if (type == PeriodType::year) return of_year(year + 1);
  return month == 12 ? of_month(year + 1, 1) : of_month(year, month + 1);
}

Period parse_period(std::string_view text, std::string_view field) {
  std::string_view y, m;
  if (auto dash = text.find('-'); dash != std::string_view::npos) {
    y = text.substr(0, dash);
    m = text.substr(dash + 1);
    if (m.empty() || m.size() > 2) m = {};  // "2026-" and "2026-100" are malformed
  } else if (text.size() == 6) {
    y = text.substr(0, 4);
    m = text.substr(4);
  } else {
    y = text;
  }
  bool month_form = text.find('-') != std::string_view::npos || text.size() == 6;
  if (y.size() != 4 || !all_digits(y) || (month_form && !all_digits(m)))
    throw_invalid(field, text, "is not a period; write a month as YYYY-MM (2026-10) or a year as YYYY (2026)");
  // Name the caller's field rather than "year" / "month": the user typed one value.
  int year = to_int(y);
  if (year < kFirstYear || year > kLastYear)
    throw_invalid(field, text,
                  "has year " + std::to_string(year) + "; periods are from " + std::to_string(kFirstYear) +
                      " to " + std::to_string(kLastYear));
  if (!month_form) return Period::of_year(year);
  int month = to_int(m);
  if (month < 1 || month > 12) throw_invalid(field, text, "has month " + std::to_string(month) + "; months are 1–12");
  return Period::of_month(year, month);
}

std::vector<Period> periods_between(const Period& first, const Period& last) {
  require_valid(first);
  require_valid(last);
  if (first.type != last.type)
    throw_invalid("last", last.text(),
                  std::string("must be a ") + period_type_key(first.type) + " like first (" + first.text() + ")");
  if (last < first) throw_invalid("last", last.text(), "is before first (" + first.text() + ")");
  std::vector<Period> out;
  for (Period p = first;; p = p.next()) {
    out.push_back(p);
    if (p == last) break;
    if (out.size() == kMaxPeriods)
      throw_invalid("last", last.text(),
                    "is more than " + std::to_string(kMaxPeriods) + " periods after first (" + first.text() + ")");
  }
  return out;
}

}  // namespace bangfu
