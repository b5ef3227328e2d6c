// China Standard Time (UTC+8, no daylight saving) for instants, and clock times as text.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <cstdio>
#include <string>

#include "bangfu/attendance.hpp"
#include "bangfu/error.hpp"

namespace bangfu {

namespace {

namespace pt = boost::posix_time;

constexpr int kCstOffsetMinutes = 8 * 60;

pt::ptime to_cst(Instant utc) {
  if (utc.is_special()) throw Error(ErrorCode::invalid_argument, "at: not a time", "at", "");
  return utc + pt::minutes(kCstOffsetMinutes);
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `n` digits at `pos`; false when they are not there.
bool read_digits(std::string_view s, std::size_t& pos, int n, int& out) {
  if (pos + static_cast<std::size_t>(n) > s.size()) return false;
  out = 0;
  for (int i = 0; i < n; ++i) {
    char c = s[pos + static_cast<std::size_t>(i)];
    if (!digit(c)) return false;
    out = out * 10 + (c - '0');
  }
  pos += static_cast<std::size_t>(n);
  return true;
}

// "HH:MM" at pos, in 00:00–23:59.
bool read_clock(std::string_view s, std::size_t& pos, int& minute) {
  int h = 0, m = 0;
  if (!read_digits(s, pos, 2, h) || pos >= s.size() || s[pos] != ':') return false;
  ++pos;
  if (!read_digits(s, pos, 2, m) || h > 23 || m > 59) return false;
  minute = h * 60 + m;
  return true;
}

}  // namespace

Date cst_date(Instant utc) { return to_cst(utc).date(); }

int cst_minute(Instant utc) {
  // time_of_day is never negative, so whole hours and minutes floor the seconds away.
  auto t = to_cst(utc).time_of_day();
  return static_cast<int>(t.hours() * 60 + t.minutes());
}

Instant cst_instant(Date day, int minute) {
  // A minute past 1439 (or before 0) lands on a neighbouring day, which is what windows that
  // reach past midnight need.
  return pt::ptime(day, pt::minutes(minute - kCstOffsetMinutes));
}

int parse_clock(std::string_view text, std::string_view field) {
  std::size_t pos = 0;
  int minute = 0;
  if (!read_clock(text, pos, minute) || pos != text.size())
    throw_invalid(field, text, "not a clock time; write HH:MM between 00:00 and 23:59, e.g. 08:30");
  return minute;
}

std::string clock_text(int minute) {
  if (minute < 0 || minute > 1439)
    throw_invalid("minute", std::to_string(minute), "is not a minute of the day (0–1439)");
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minute / 60, minute % 60);
  return buf;
}

Instant parse_instant(std::string_view text, std::string_view field) {
  auto bad = [&]() {
    throw_invalid(field, text,
                  "not a time; write 2026-03-02T08:05:00+08:00, 2026-03-02T00:05:00Z or 2026-03-02 08:05 (Beijing time)");
  };
  // The date part is exactly YYYY-MM-DD here: the separator that follows must be unambiguous.
  if (text.size() < 16 || (text[10] != 'T' && text[10] != ' ')) bad();
  Date day;
  try {
    day = parse_date(text.substr(0, 10), field);
  } catch (const Error&) {
    bad();
  }
  std::size_t pos = 11;
  int minute = 0, second = 0;
  if (!read_clock(text, pos, minute)) bad();
  if (pos < text.size() && text[pos] == ':') {
    ++pos;
    if (!read_digits(text, pos, 2, second) || second > 59) bad();
    // Fractions of a second are accepted and dropped: punches are kept to the second.
    if (pos < text.size() && text[pos] == '.') {
      ++pos;
      if (pos >= text.size() || !digit(text[pos])) bad();
      while (pos < text.size() && digit(text[pos])) ++pos;
    }
  }
  int offset = kCstOffsetMinutes;  // no zone: Beijing time
  if (pos < text.size()) {
    char sign = text[pos++];
    if (sign == 'Z' || sign == 'z') {
      offset = 0;
    } else if (sign == '+' || sign == '-') {
      int oh = 0, om = 0;
      if (!read_digits(text, pos, 2, oh)) bad();
      if (pos < text.size() && text[pos] == ':') ++pos;
      if (!read_digits(text, pos, 2, om) || oh > 14 || om > 59) bad();
      offset = (sign == '+' ? 1 : -1) * (oh * 60 + om);
    } else {
      bad();
    }
  }
  if (pos != text.size()) bad();
  return pt::ptime(day, pt::minutes(minute - offset) + pt::seconds(second));
}

std::string instant_text(Instant utc) {
  auto local = to_cst(utc);
  auto t = local.time_of_day();
  char buf[48];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d+08:00", date_text(local.date()).c_str(),
                static_cast<int>(t.hours()), static_cast<int>(t.minutes()), static_cast<int>(t.seconds()));
  return buf;
}

}  // namespace bangfu
