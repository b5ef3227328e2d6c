#include "core/ratio.hpp"

#include <boost/multiprecision/cpp_int.hpp>

namespace bangfu::internal {

namespace {

// num/den × factor × 10^decimals, rounded half up (away from zero for negatives), as decimal text.
std::string scaled_text(std::int64_t num, std::int64_t den, int factor, int decimals) {
  using boost::multiprecision::cpp_int;
  using boost::multiprecision::cpp_rational;
  cpp_int scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  cpp_rational scaled = cpp_rational(num, den) * factor * scale;
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
  return (negative && units != 0 ? "-" : "") + digits;
}

}  // namespace

std::string percent_text(std::int64_t num, std::int64_t den, int decimals) {
  if (den == 0) return "";
  return scaled_text(num, den, 100, decimals) + "%";
}

std::string quotient_text(std::int64_t num, std::int64_t den, int decimals) {
  if (den == 0) return "";
  return scaled_text(num, den, 1, decimals);
}

}  // namespace bangfu::internal
