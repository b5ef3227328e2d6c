// Rates are exact rationals rounded once, half up.
#include <gtest/gtest.h>

#include "core/ratio.hpp"

using bangfu::internal::percent_text;

TEST(Ratio, PercentRoundsHalfUpOnce) {
  EXPECT_EQ(percent_text(1, 54), "1.9%");      // 1.8518…
  EXPECT_EQ(percent_text(1, 8), "12.5%");
  EXPECT_EQ(percent_text(1, 16), "6.3%");      // 6.25 → 6.3
  EXPECT_EQ(percent_text(2, 3), "66.7%");
  EXPECT_EQ(percent_text(0, 7), "0.0%");
  EXPECT_EQ(percent_text(7, 7), "100.0%");
  EXPECT_EQ(percent_text(1, 3, 0), "33%");
  EXPECT_EQ(percent_text(1, 200, 2), "0.50%");
  EXPECT_EQ(percent_text(5, 0), "");
}
