// ID numbers (GB 11643): check digit, birth date, sex, masking, 15-digit upgrade.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bangfu;

TEST(IdNumber, TheStandardsExampleIsValid) {
  auto info = parse_id_number("11010519491231002X");
  EXPECT_EQ(info.number, "11010519491231002X");
  EXPECT_EQ(info.birth, bangfu::testing::d("1949-12-31"));
  EXPECT_EQ(info.sex, Sex::female);  // sequence 002 is even
  EXPECT_EQ(info.address_code, 110105000000);
  EXPECT_TRUE(id_number_valid("11010519491231002x"));  // lower-case x accepted
  EXPECT_EQ(parse_id_number("11010519491231002x").number, "11010519491231002X");
}

TEST(IdNumber, WrongCheckDigitNamesTheExpectedOne) {
  try {
    parse_id_number("110105194912310021", "id_number");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_EQ(e.field(), "id_number");
    EXPECT_EQ(e.value(), "110105194912310021");
    EXPECT_NE(std::string(e.what()).find("check digit"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("'X'"), std::string::npos);
  }
}

TEST(IdNumber, MalformedNumbersAreRefusedWithTheReason) {
  struct Case {
    const char* id;
    const char* why;
  } cases[] = {
      {"1101051949123100", "18 characters"},
      {"11010519491331002X", "not a valid date"},  // month 13
      {"11010518990101002X", "not a valid date"},  // before 1900
      {"1101051949123A002X", "digits"},
      {"11010519491231002Y", "digit or X"},
  };
  for (auto& c : cases) {
    try {
      parse_id_number(c.id);
      FAIL() << c.id;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(c.why), std::string::npos) << c.id << ": " << e.what();
    }
  }
}

TEST(IdNumber, BirthDateInTheFutureIsRefusedWhenTodayIsKnown) {
  auto id = bangfu::testing::make_id("513435", "20300101", 12);
  EXPECT_NO_THROW(parse_id_number(id));
  EXPECT_THROW(parse_id_number(id, "id_number", bangfu::testing::d("2026-11-23")), Error);
}

TEST(IdNumber, FifteenDigitNumbersAreUpgraded) {
  // 15 digits: address, YYMMDD, sequence. Upgrade inserts 19 and appends the check char.
  auto up = upgrade_id_number("110105491231002");
  EXPECT_EQ(up, "11010519491231002X");
  EXPECT_EQ(parse_id_number("110105491231002").number, "11010519491231002X");
}

TEST(IdNumber, MaskingKeepsSixAndFour) {
  EXPECT_EQ(mask_id_number("510104198001011234"), "510104********1234");
  EXPECT_EQ(mask_id_number("short"), "*****");
}
