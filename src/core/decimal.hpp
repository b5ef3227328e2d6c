// Exact decimals as scaled integers: "12.5" with scale 2 is 1250 units of 0.01. Report values,
// their bounds (and money, in fen) are parsed and printed with these — never through a float
// (DESIGN.md §2).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bangfu::internal {

enum class DecimalStatus {
  ok,
  malformed,          // not [-]digits[.digits]
  too_many_decimals,  // non-zero digits beyond `scale` (trailing zeros are exact, so allowed)
  too_large,          // does not fit in int64 units
};

struct ParsedDecimal {
  DecimalStatus status = DecimalStatus::malformed;
  std::int64_t units = 0;  // the value × 10^scale
};

// `scale` is 0–18. "12", "12.5", "-0.25", "12.500"; not "", "+1", ".5", "1.", "1e3", " 1".
ParsedDecimal parse_decimal(std::string_view text, int scale);
// Exactly `scale` digits after the point: (1250, 2) → "12.50", (-25, 2) → "-0.25", (7, 0) → "7".
std::string decimal_text(std::int64_t units, int scale);
// v × 10^scale; false when it does not fit.
bool scale_up(std::int64_t v, int scale, std::int64_t& out) noexcept;
// Compares a × 10^-a_scale with b × 10^-b_scale exactly: negative, zero or positive.
int compare_decimal(std::int64_t a, int a_scale, std::int64_t b, int b_scale);

}  // namespace bangfu::internal
