#include "core/ratio.hpp"

#include <boost/multiprecision/cpp_int.hpp>

namespace bangfu::internal {

std::string percent_text(std::int64_t num, std::int64_t den, int decimals) {
  using boost::multiprecision::cpp_int;
  using boost::multiprecision::cpp_rational;
  if (den == 0) return "";
  cpp_int scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  // value × 100 × 10^decimals, rounded half up (away from zero for negatives).
  cpp_rational scaled = cpp_rational(num, den) * 100 * scale;
  bool negative = scaled < 0;
  if (negative) scaled = -scaled;
  cpp_int top = boost::multiprecision::numerator(scaled), bottom = boost::multiprecision::denominator(scaled);
  cpp_int units = (top * 2 + bottom) / (bottom * 2);
  std::string digits = units.str();
  if (decimals > 0) {
    if (digits.size() <= static_cast<std::size_t>(decimals))
      digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
  }
  return (negative && units != 0 ? "-" : "") + digits + "%";
}

}  // namespace bangfu::internal
