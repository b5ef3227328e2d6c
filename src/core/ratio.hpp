// Rates for officials' tables (出勤率, 填报率 …): exact rational arithmetic (Boost.Multiprecision),
// rounded once, half up, when printed — never a float (DESIGN.md §2).
#pragma once

#include <cstdint>
#include <string>

namespace bangfu::internal {

// "95.3%" for 953/1000 with one decimal; "" when the denominator is zero.
std::string percent_text(std::int64_t numerator, std::int64_t denominator, int decimals = 1);
// "12.35" for 247/20 with two decimals (a mean); "" when the denominator is zero.
std::string quotient_text(std::int64_t numerator, std::int64_t denominator, int decimals);

}  // namespace bangfu::internal
