// Dates as text: ISO and the forms Excel writes.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bangfu;

TEST(Dates, IsoAndExcelFormsParse) {
  EXPECT_EQ(parse_date("2026-03-01"), bangfu::testing::d("2026-03-01"));
  EXPECT_EQ(parse_date("2026/3/1"), bangfu::testing::d("2026-03-01"));
  EXPECT_EQ(parse_date("2026-3-01"), bangfu::testing::d("2026-03-01"));
  EXPECT_EQ(date_text(parse_date("2024/2/29")), "2024-02-29");
}

TEST(Dates, BadDatesNameFieldAndValue) {
  for (const char* bad : {"", "yesterday", "2026-13-01", "2025-02-29", "26-03-01", "2026/03-01", "2026-03-01T00:00",
                          "20260301"}) {
    auto e = bangfu::testing::catch_error([&] { parse_date(bad, "start_date"); });
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument) << bad;
    EXPECT_EQ(e.field(), "start_date") << bad;
    EXPECT_EQ(e.value(), bad);
  }
}
