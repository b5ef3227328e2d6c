// Unit hierarchies numbered by DFS (Boost.Graph): "is A under B" in two comparisons.
#include <gtest/gtest.h>

#include "org/unit_tree.hpp"
#include "test_support.hpp"

using namespace bangfu;
using bangfu::internal::dfs_under;
using bangfu::internal::number_unit_forest;
using bangfu::internal::UnitLink;

TEST(UnitTree, NumbersAForestSoSubtreesAreRanges) {
  //  1 ─┬─ 2 ── 4
  //     └─ 3
  //  5 ── 6
  std::vector<UnitLink> links = {{4, 2}, {1, std::nullopt}, {2, 1}, {3, 1}, {5, std::nullopt}, {6, 5}};
  auto n = number_unit_forest(links);
  EXPECT_TRUE(dfs_under(n[4], n[1]));
  EXPECT_TRUE(dfs_under(n[4], n[2]));
  EXPECT_TRUE(dfs_under(n[2], n[2]));
  EXPECT_FALSE(dfs_under(n[3], n[2]));
  EXPECT_FALSE(dfs_under(n[6], n[1]));
  EXPECT_TRUE(dfs_under(n[6], n[5]));
  EXPECT_EQ(n[1].pre, 1);
  EXPECT_EQ(n[1].post, 4);  // four units in 1's subtree
}

TEST(UnitTree, CyclesAndMissingParentsAreRefused) {
  EXPECT_THROW(number_unit_forest({{1, 2}, {2, 1}}), Error);
  EXPECT_THROW(number_unit_forest({{1, 9}}), Error);
}

TEST(UnitTree, EngineAnswersIsUnderAndRefusesACycle) {
  auto p = bangfu::testing::make_programme();
  auto& e = *p.engine;
  EXPECT_TRUE(e.unit_is_under(p.zju_cardiology, p.zju));
  EXPECT_FALSE(e.unit_is_under(p.zju, p.zju_cardiology));
  EXPECT_FALSE(e.unit_is_under(p.huaxi, p.zju));
  // Making the hospital a child of its own department would close a loop.
  auto zju = e.unit(kSystemActor, p.zju);
  NewUnit changed = zju;
  changed.parent = p.zju_cardiology;
  EXPECT_THROW(e.update_unit(kSystemActor, p.zju, changed), Error);
  EXPECT_FALSE(e.unit(kSystemActor, p.zju).parent.has_value());  // nothing written
  EXPECT_TRUE(e.unit_is_under(p.zju_cardiology, p.zju));
}
