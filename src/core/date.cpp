// Calendar dates as text.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/org.hpp"

namespace bangfu {

Date parse_date(std::string_view text, std::string_view field) {
  // year, month, day separated by '-' or '/' (one kind), month and day of 1 or 2 digits
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int k = 0;
  char sep = 0;
  bool ok = !text.empty();
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (++digits[k] > (k == 0 ? 4 : 2)) ok = false;
      parts[k] = parts[k] * 10 + (c - '0');
    } else if ((c == '-' || c == '/') && k < 2 && (sep == 0 || sep == c)) {
      sep = c;
      ++k;
    } else {
      ok = false;
    }
  }
  ok = ok && k == 2 && digits[0] == 4 && digits[1] > 0 && digits[2] > 0;
  if (!ok) throw_invalid(field, text, "not a date; write YYYY-MM-DD, e.g. 2026-03-01");
  try {
    return Date(static_cast<unsigned short>(parts[0]), static_cast<unsigned short>(parts[1]),
                static_cast<unsigned short>(parts[2]));
  } catch (const std::exception&) {
    throw_invalid(field, text, "is not a valid calendar date");
  }
}

std::string date_text(Date d) { return boost::gregorian::to_iso_extended_string(d); }

}  // namespace bangfu
