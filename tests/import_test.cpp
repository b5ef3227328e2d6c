// CSV import of units and staff: bad rows reported by line and field, the file refused whole
// unless the operator keeps the good rows, dry runs write nothing.
#include <gtest/gtest.h>

#include <sstream>

#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::make_id;
using bangfu::testing::make_programme;

TEST(ImportUnits, GoodFileWithChineseHeadersAndParents) {
  auto p = make_programme();
  std::istringstream csv(
      "\xEF\xBB\xBF单位代码,类型,单位名称,区划代码,地址,等级,纬度,经度,上级单位代码\r\n"
      "ZJ-RMYY,受援医院,昭觉县人民医院,513431,昭觉县新城镇,二级甲等,28.01,102.84,\r\n"
      "ZJ-RMYY-NK,科室,内科,513431,,,,,ZJ-RMYY\r\n"
      "\"BT-RMYY\",recipient_hospital,\"布拖县人民医院\",513429000000,\"布拖县特木里镇, 1号\",,,,\r\n");
  auto rep = p.engine->import_csv(p.sichuan_recipient, ImportKind::units, csv);
  ASSERT_TRUE(rep.committed) << (rep.problems.empty() ? "" : rep.problems[0].message);
  EXPECT_EQ(rep.rows_read, 3);
  EXPECT_EQ(rep.rows_imported, 3);
  auto dept = p.engine->unit_by_code(kSystemActor, "ZJ-RMYY-NK");
  EXPECT_TRUE(p.engine->unit_is_under(dept.id, p.engine->unit_by_code(kSystemActor, "ZJ-RMYY").id));
  EXPECT_EQ(p.engine->unit_by_code(kSystemActor, "BT-RMYY").address, "布拖县特木里镇, 1号");
}

TEST(ImportUnits, EveryBadRowIsReportedAndNothingIsWritten) {
  auto p = make_programme();
  std::istringstream csv(
      "code,kind,name,region_code,latitude,longitude\n"
      "A1,受援医院,甲医院,513431,,\n"
      "A2,诊所,乙医院,513431,,\n"          // unknown kind
      "A3,受援医院,丙医院,5134x1,,\n"       // malformed region
      "A4,受援医院,丁医院,513431,abc,102\n"  // latitude not a number
      "A1,受援医院,重复医院,513431,,\n"      // duplicate code (of line 2)
      "A5,受援医院,戊医院,330102,,\n");     // outside a Sichuan admin's scope
  auto rep = p.engine->import_csv(p.sichuan_recipient, ImportKind::units, csv);
  EXPECT_FALSE(rep.committed);
  EXPECT_EQ(rep.rows_read, 6);
  EXPECT_EQ(rep.rows_imported, 0);
  ASSERT_EQ(rep.problems.size(), 5u);
  EXPECT_EQ(rep.problems[0].line, 3);
  EXPECT_EQ(rep.problems[0].field, "kind");
  EXPECT_EQ(rep.problems[0].value, "诊所");
  EXPECT_EQ(rep.problems[1].field, "region_code");
  EXPECT_EQ(rep.problems[2].field, "latitude");
  EXPECT_EQ(rep.problems[3].line, 6);
  EXPECT_EQ(rep.problems[3].field, "code");
  EXPECT_EQ(rep.problems[4].line, 7);
  EXPECT_NE(rep.problems[4].message.find("outside"), std::string::npos);
  EXPECT_THROW(p.engine->unit_by_code(kSystemActor, "A1"), Error);
}

TEST(ImportUnits, KeepGoodRowsAndDryRun) {
  auto p = make_programme();
  const char* text = "code,kind,name,region_code\nB1,受援医院,甲,513431\nB2,受援医院,乙,999999\n";
  ImportOptions dry;
  dry.dry_run = true;
  std::istringstream a(text);
  auto rep = p.engine->import_csv(kSystemActor, ImportKind::units, a, dry);
  EXPECT_FALSE(rep.committed);
  EXPECT_EQ(rep.rows_rejected, 1);
  EXPECT_THROW(p.engine->unit_by_code(kSystemActor, "B1"), Error);
  ImportOptions keep;
  keep.keep_good_rows = true;
  std::istringstream b(text);
  rep = p.engine->import_csv(kSystemActor, ImportKind::units, b, keep);
  EXPECT_TRUE(rep.committed);
  EXPECT_EQ(rep.rows_imported, 1);
  EXPECT_EQ(p.engine->unit_by_code(kSystemActor, "B1").name, "甲");
}

TEST(ImportUnits, AMissingColumnIsAnErrorNamingIt) {
  auto p = make_programme();
  std::istringstream csv("code,name,region_code\nC1,甲,513431\n");
  try {
    p.engine->import_csv(kSystemActor, ImportKind::units, csv);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("'kind'"), std::string::npos);
  }
}

TEST(ImportStaff, RowsWithAssignmentsAndTheirProblems) {
  auto p = make_programme();
  std::ostringstream text;
  text << "name,id_number,title,position,department,phone,home_unit_code,recipient_unit_code,start_date,planned_end_date\n"
       << "高峰," << make_id("330102", "19820202", 91) << ",正高,临床科室负责人,普外科,13800000001,ZJU1,GL-RMYY,2026-09-01,2027-08-31\n"
       << "飞国庆," << make_id("330102", "19830303", 93) << ",副高,其他,骨科,,ZJU1-XNK,,,\n"
       << "张凯,330102198404040950,中级,其他,,,ZJU1,,,\n"                           // wrong check digit
       << "何秦," << make_id("330102", "19850505", 95) << ",主治,,,,ZJU1,,,\n"       // unknown title
       << "唐祥," << make_id("330102", "19860606", 97) << ",中级,,,,ZJU1,MG-RMYY,2026-13-01,\n";  // bad date
  std::istringstream csv(text.str());
  auto rep = p.engine->import_csv(p.zju_admin, ImportKind::staff, csv);
  EXPECT_FALSE(rep.committed);
  ASSERT_EQ(rep.problems.size(), 3u);
  EXPECT_EQ(rep.problems[0].line, 4);
  EXPECT_EQ(rep.problems[0].field, "id_number");
  EXPECT_EQ(rep.problems[1].field, "title");
  EXPECT_EQ(rep.problems[2].field, "start_date");
  ImportOptions keep;
  keep.keep_good_rows = true;
  std::istringstream again(text.str());
  rep = p.engine->import_csv(p.zju_admin, ImportKind::staff, again, keep);
  EXPECT_EQ(rep.rows_imported, 2);
  auto t = p.engine->staff_summary(p.ganluo_county);
  EXPECT_EQ(t.rows.size(), 2u);  // 陈青 and the imported 高峰
}

TEST(ImportUnits, AGbkFileIsRefusedWithAnExplanation) {
  auto p = make_programme();
  std::istringstream csv("code,kind,name,region_code\nG1,recipient_hospital,\xB8\xCA\xC2\xE5,513435\n");
  try {
    p.engine->import_csv(kSystemActor, ImportKind::units, csv);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("CSV UTF-8"), std::string::npos);
  }
}

TEST(ImportUnits, AnAccountWithoutTheRightIsRefusedOnce) {
  auto p = make_programme();
  NewAccount a;
  a.name = "filler";
  a.roles = {Role::three_batches_filler};
  a.scope = Scope::of_region(513435);
  auto filler = p.engine->create_account(p.national, a);
  std::istringstream csv("code,kind,name,region_code\nB1,受援医院,甲,513431\nB2,受援医院,乙,513431\n");
  EXPECT_EQ(bangfu::testing::catch_error([&] { p.engine->import_csv(filler, ImportKind::units, csv); }).code(),
            ErrorCode::permission_denied);
}

TEST(ImportUnits, ARowUnderARejectedParentSaysSo) {
  auto p = make_programme();
  std::istringstream csv(
      "code,kind,name,region_code,parent_code\n"
      "P1,诊所,坏类型医院,513431,\n"
      "P1-NK,科室,内科,513431,P1\n");
  auto rep = p.engine->import_csv(kSystemActor, ImportKind::units, csv);
  ASSERT_EQ(rep.problems.size(), 2u);
  EXPECT_EQ(rep.problems[1].field, "parent_code");
  EXPECT_NE(rep.problems[1].message.find("line 2 was rejected"), std::string::npos);
}

TEST(ImportUnits, ADryRunSaysHowManyRowsWouldImport) {
  auto p = make_programme();
  std::istringstream csv("code,kind,name,region_code\nB1,受援医院,甲,513431\nB2,受援医院,乙,513431\n");
  ImportOptions dry;
  dry.dry_run = true;
  auto rep = p.engine->import_csv(kSystemActor, ImportKind::units, csv, dry);
  EXPECT_EQ(rep.rows_valid, 2);
  EXPECT_EQ(rep.rows_imported, 0);
  EXPECT_FALSE(rep.committed);
}
