// 对口帮扶工作概况: figures by view, roll-ups that agree across levels.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::d;
using bangfu::testing::make_programme;

namespace {

std::int64_t total(const Table& t, const char* key) {
  auto row = t.column_index("row");
  for (auto& r : t.rows)
    if (std::get<std::string>(r[row]) == "total") return std::get<std::int64_t>(r[t.column_index(key)]);
  return -1;
}

}  // namespace

TEST(Overview, NationalViewCountsEverything) {
  auto p = make_programme();
  auto o = p.engine->programme_overview(p.national);
  EXPECT_EQ(o.as_of, d("2026-11-23"));
  EXPECT_EQ(o.support_hospitals, 2);
  EXPECT_EQ(o.recipient_hospitals, 3);
  EXPECT_EQ(o.pairings_active, 3);
  EXPECT_EQ(o.pairings_total, 3);
  EXPECT_EQ(o.staff_registered, 3);
  EXPECT_EQ(o.staff_on_duty, 3);
  EXPECT_EQ(o.assignments_ended, 0);
  EXPECT_EQ(o.staff_not_dispatched, 0);
  // Rows: 广元市, 凉山州, 四川省 小计, 合计.
  ASSERT_EQ(o.by_region.rows.size(), 4u);
  EXPECT_EQ(std::get<std::string>(o.by_region.rows[1][1]), "凉山彝族自治州");
  EXPECT_EQ(std::get<std::int64_t>(o.by_region.rows[1][4]), 2);  // staff on duty in 凉山
  EXPECT_EQ(total(o.by_region, "staff_on_duty"), 3);
}

TEST(Overview, CountyCityAndProvinceAgree) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto ganluo = e.programme_overview(p.ganluo_county);
  auto meigu = e.programme_overview(p.meigu_county);
  auto liangshan = e.programme_overview(p.liangshan_city);
  auto sichuan = e.programme_overview(p.sichuan_recipient);
  EXPECT_EQ(ganluo.recipient_hospitals, 1);
  EXPECT_EQ(ganluo.staff_on_duty, 1);
  EXPECT_EQ(ganluo.staff_on_duty + meigu.staff_on_duty, liangshan.staff_on_duty);
  EXPECT_EQ(liangshan.recipient_hospitals + 1, sichuan.recipient_hospitals);  // plus 青川
  EXPECT_EQ(total(liangshan.by_region, "hospitals_covered"), 2);
}

TEST(Overview, AsOfAnEarlierDateAndAfterAnEnd) {
  auto p = make_programme();
  auto& e = *p.engine;
  EXPECT_EQ(e.programme_overview(p.national, d("2026-02-01")).staff_on_duty, 1);  // only 何秦
  auto a = e.assignments(p.zju_admin, p.doctor_a).at(0);
  e.end_assignment(p.ganluo_hospital, a.id, {d("2026-10-31"), "", "合格"});
  auto o = e.programme_overview(p.national);
  EXPECT_EQ(o.staff_on_duty, 2);
  EXPECT_EQ(o.assignments_ended, 1);
}

TEST(Overview, SupportSideSeesThePairedHospitals) {
  auto p = make_programme();
  auto o = p.engine->programme_overview(p.zju_admin);
  EXPECT_EQ(o.support_hospitals, 1);
  EXPECT_EQ(o.recipient_hospitals, 2);  // 甘洛, 美姑
  EXPECT_EQ(o.staff_registered, 2);
  EXPECT_THROW(p.engine->programme_overview(987654), Error);
}
