#include "core/decimal.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <limits>

namespace bangfu::internal {

bool scale_up(std::int64_t v, int scale, std::int64_t& out) noexcept {
  out = v;
  for (int i = 0; i < scale; ++i)
    if (__builtin_mul_overflow(out, std::int64_t{10}, &out)) return false;
  return true;
}

ParsedDecimal parse_decimal(std::string_view text, int scale) {
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  auto point = text.find('.');
  std::string_view whole = text.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  auto digits = [](std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  };
  if (!digits(whole) || (point != std::string_view::npos && !digits(fraction))) return {};
  // Zeros past the scale add no precision: "12.500" is 12.50.
  while (fraction.size() > static_cast<std::size_t>(scale) && fraction.back() == '0') fraction.remove_suffix(1);
  if (fraction.size() > static_cast<std::size_t>(scale)) return {DecimalStatus::too_many_decimals, 0};
  // Accumulate negatively so that the int64 minimum itself parses.
  std::int64_t units = 0;
  auto push = [&units](char c) {
    return !__builtin_mul_overflow(units, std::int64_t{10}, &units) &&
           !__builtin_sub_overflow(units, std::int64_t{c - '0'}, &units);
  };
  for (char c : whole)
    if (!push(c)) return {DecimalStatus::too_large, 0};
  for (int i = 0; i < scale; ++i)
    if (!push(static_cast<std::size_t>(i) < fraction.size() ? fraction[static_cast<std::size_t>(i)] : '0'))
      return {DecimalStatus::too_large, 0};
  if (!negative) {
    if (units == std::numeric_limits<std::int64_t>::min()) return {DecimalStatus::too_large, 0};
    units = -units;
  }
  return {DecimalStatus::ok, units};
}

std::string decimal_text(std::int64_t units, int scale) {
  bool negative = units < 0;
  // Digits of the magnitude, via unsigned so that the int64 minimum has one; padded so that
  // at least one digit stands before the point ("0.05").
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
  std::string raw = std::to_string(magnitude);
  std::size_t s = scale > 0 ? static_cast<std::size_t>(scale) : 0;
  std::string digits(raw.size() <= s ? s + 1 - raw.size() : 0, '0');
  digits += raw;
  // Built by appending: GCC 12 warns falsely (-Wrestrict) on insert and on "-" + string.
  std::string out;
  if (negative) out += '-';
  out.append(digits, 0, digits.size() - s);
  if (s > 0) {
    out += '.';
    out.append(digits, digits.size() - s, s);
  }
  return out;
}

int compare_decimal(std::int64_t a, int a_scale, std::int64_t b, int b_scale) {
  using boost::multiprecision::cpp_int;
  cpp_int x = a, y = b;
  for (int i = a_scale; i < b_scale; ++i) x *= 10;
  for (int i = b_scale; i < a_scale; ++i) y *= 10;
  return x < y ? -1 : x > y ? 1 : 0;
}

}  // namespace bangfu::internal
