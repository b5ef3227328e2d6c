// Regions: code rules (pure) and the shipped NBS 2022 tables through the Engine.
#include <gtest/gtest.h>

#include <sstream>

#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::open_memory;

TEST(RegionCode, ParsesEveryLengthToTwelveDigits) {
  EXPECT_EQ(parse_region_code("51"), 510000000000);
  EXPECT_EQ(parse_region_code("5134"), 513400000000);
  EXPECT_EQ(parse_region_code("513435"), 513435000000);
  EXPECT_EQ(parse_region_code("513435100"), 513435100000);
  EXPECT_EQ(parse_region_code("513435100201"), 513435100201);
  EXPECT_EQ(normalize_region_code(513435), 513435000000);
  EXPECT_EQ(normalize_region_code(51), 510000000000);
}

TEST(RegionCode, MalformedCodesNameFieldAndValue) {
  for (const char* bad : {"", "5", "513", "5134x5", "99", "10", "5100001", "510000001000", "1234567890123"}) {
    try {
      parse_region_code(bad, "region_code");
      FAIL() << "accepted " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::invalid_argument) << bad;
      EXPECT_EQ(e.field(), "region_code");
      EXPECT_EQ(e.value(), bad);
      EXPECT_NE(std::string(e.what()).find("region_code"), std::string::npos);
    }
  }
}

TEST(RegionCode, LevelsParentsAndRanges) {
  EXPECT_EQ(region_level(510000000000), RegionLevel::province);
  EXPECT_EQ(region_level(513400000000), RegionLevel::city);
  EXPECT_EQ(region_level(513435000000), RegionLevel::county);
  EXPECT_EQ(region_level(513435100000), RegionLevel::township);
  EXPECT_EQ(region_level(513435100201), RegionLevel::village);
  EXPECT_EQ(region_level(0), RegionLevel::nation);
  EXPECT_EQ(*region_parent_code(513435100201), 513435100000);
  EXPECT_EQ(*region_parent_code(513435100000), 513435000000);
  EXPECT_EQ(*region_parent_code(513435000000), 513400000000);
  EXPECT_EQ(*region_parent_code(513400000000), 510000000000);
  EXPECT_EQ(*region_parent_code(510000000000), kNationwide);
  EXPECT_FALSE(region_parent_code(kNationwide));
  // 东莞市 has no county level: its townships hang off the city.
  EXPECT_EQ(region_level(441900003000), RegionLevel::township);
  EXPECT_EQ(*region_parent_code(441900003000), 441900000000);
  auto r = region_subtree(513400000000);
  EXPECT_EQ(r.first, 513400000000);
  EXPECT_EQ(r.last, 513499999999);
  EXPECT_TRUE(region_contains(510000000000, 513435100201));
  EXPECT_FALSE(region_contains(513435000000, 513436000000));
  EXPECT_TRUE(region_contains(kNationwide, 110101000000));
  EXPECT_EQ(region_code_short(513435000000), "513435");
  EXPECT_EQ(region_code_text(110000000000), "110000000000");
}

TEST(RegionTable, ShipsTheNbs2022Edition) {
  auto e = open_memory();
  EXPECT_EQ(e->region_count(RegionLevel::province), 31);
  EXPECT_EQ(e->region_count(RegionLevel::city), 342);
  // The files hold 2 978 county rows and 41 352 township rows; four of them repeat a code of
  // the level above (东莞市, 中山市, 儋州市 have no counties; 金门县 has no townships).
  EXPECT_EQ(e->region_count(RegionLevel::county), 2978 - 3);
  EXPECT_EQ(e->region_count(RegionLevel::township), 41352 - 1);
  EXPECT_EQ(e->region(442000000000).name, "中山市");
  EXPECT_EQ(e->region(350527000000).name, "金门县");
  EXPECT_EQ(e->region_count(RegionLevel::village), 0);
}

TEST(RegionTable, NamePathsSkipPlaceholderLevels) {
  auto e = open_memory();
  auto ganluo = e->region(513435000000);
  EXPECT_EQ(ganluo.name, "甘洛县");
  EXPECT_EQ(ganluo.path, "四川省/凉山彝族自治州/甘洛县");
  EXPECT_EQ(ganluo.level, RegionLevel::county);
  EXPECT_EQ(*ganluo.parent, 513400000000);
  EXPECT_EQ(e->region(513435).code, 513435000000);  // 6-digit codes accepted
  EXPECT_EQ(e->region(110101000000).path, "北京市/东城区");  // not 北京市/市辖区/东城区
  EXPECT_EQ(e->region(419001000000).path, "河南省/济源市");
  EXPECT_EQ(e->region(441900003000).path, "广东省/东莞市/东城街道");
}

TEST(RegionTable, ChildrenAndFind) {
  auto e = open_memory();
  EXPECT_EQ(e->region_children(kNationwide).size(), 31u);
  auto liangshan = e->region_children(513400000000);
  EXPECT_EQ(liangshan.size(), 17u);  // 西昌市, 会理市 and 15 counties
  auto found = e->find_regions("甘洛");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front().code, 513435000000);
  EXPECT_TRUE(e->find_regions("人民路", 513435000000).empty());
}

TEST(RegionTable, UnknownCodesAreNotFound) {
  auto e = open_memory();
  try {
    e->region(513499000000);
    FAIL();
  } catch (const Error& err) {
    EXPECT_EQ(err.code(), ErrorCode::not_found);
    EXPECT_NE(std::string(err.what()).find("513499000000"), std::string::npos);
  }
  EXPECT_THROW(e->region(999), Error);  // malformed
}

TEST(RegionImport, VillagesLoadUnderTheirTownship) {
  auto e = open_memory();
  std::istringstream csv(
      "code,name,streetCode,provinceCode,cityCode,areaCode\n"
      "513435100201,\"新市坝村\",513435100,51,5134,513435\n"
      "513435100202,\"海棠村\",513435100,51,5134,513435\n");
  auto rep = e->import_csv(kSystemActor, ImportKind::regions, csv);
  EXPECT_TRUE(rep.committed);
  EXPECT_EQ(rep.rows_imported, 2);
  auto v = e->region(513435100201);
  EXPECT_EQ(v.level, RegionLevel::village);
  EXPECT_EQ(v.path.substr(0, std::string("四川省/凉山彝族自治州/甘洛县/").size()), "四川省/凉山彝族自治州/甘洛县/");
}

TEST(RegionImport, BadRowsRefuseTheWholeFileAndNameTheLine) {
  auto e = open_memory();
  std::istringstream csv(
      "code,name\n"
      "513435100201,新市坝村\n"
      "51343510020x,坏代码\n"
      "513435999201,无乡村\n");
  auto rep = e->import_csv(kSystemActor, ImportKind::regions, csv);
  EXPECT_FALSE(rep.committed);
  EXPECT_EQ(rep.rows_imported, 0);
  ASSERT_EQ(rep.problems.size(), 2u);
  EXPECT_EQ(rep.problems[0].line, 3);
  EXPECT_EQ(rep.problems[0].field, "code");
  EXPECT_EQ(rep.problems[1].line, 4);
  EXPECT_THROW(e->region(513435100201), Error);  // nothing written
}

TEST(RegionImport, KeepGoodRowsWhenAsked) {
  auto e = open_memory();
  std::istringstream csv("code,name\n513435100201,新市坝村\n513435999201,无乡村\n");
  ImportOptions o;
  o.keep_good_rows = true;
  auto rep = e->import_csv(kSystemActor, ImportKind::regions, csv, o);
  EXPECT_TRUE(rep.committed);
  EXPECT_EQ(rep.rows_imported, 1);
  EXPECT_EQ(rep.rows_rejected, 1);
  EXPECT_EQ(e->region(513435100201).name, "新市坝村");
}

TEST(RegionImport, ANewEditionRenamesAndRewritesDescendantPaths) {
  auto e = open_memory();
  std::istringstream csv("code,name\n513400000000,凉山州\n");
  ImportOptions o;
  o.edition = "nbs-2099";
  ASSERT_TRUE(e->import_csv(kSystemActor, ImportKind::regions, csv, o).committed);
  EXPECT_EQ(e->region(513400000000).name, "凉山州");
  EXPECT_EQ(e->region(513435000000).path, "四川省/凉山州/甘洛县");
  EXPECT_EQ(e->region(513435100000).path.rfind("四川省/凉山州/甘洛县/", 0), 0u);
}
