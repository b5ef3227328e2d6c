// 支援人员信息汇总表: reach by role, filters, ID masking, and the CSV/XLSX exports.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::d;
using bangfu::testing::make_programme;

namespace {

std::vector<std::string> column(const Table& t, const std::string& key) {
  auto i = t.column_index(key);
  std::vector<std::string> out;
  for (auto& r : t.rows) out.push_back(std::holds_alternative<std::string>(r[i]) ? std::get<std::string>(r[i]) : "");
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST(StaffSummary, NationalSeesEveryAssignmentWithFullIds) {
  auto p = make_programme();
  auto t = p.engine->staff_summary(p.national);
  ASSERT_EQ(t.rows.size(), 3u);
  auto ids = column(t, "id_number");
  for (auto& id : ids) EXPECT_EQ(id.find('*'), std::string::npos);
  EXPECT_EQ(t.columns[t.column_index("name")].label, "支援医务人员姓名");
  auto names = column(t, "recipient_unit");
  // Sorted by the dispatched hospital's region: 青川 (5108) before 甘洛 (513435) before 美姑.
  EXPECT_EQ(names, (std::vector<std::string>{"青川县人民医院", "甘洛县人民医院", "美姑县人民医院"}));
  auto home = column(t, "home_province");
  EXPECT_EQ(home[1], "浙江省");
  EXPECT_EQ(column(t, "home_city")[1], "杭州市");
  EXPECT_EQ(column(t, "home_county")[1], "上城区");
  EXPECT_EQ(column(t, "recipient_address")[1], "四川省凉山彝族自治州甘洛县");
  EXPECT_EQ(column(t, "status")[1], "在岗");
  // 陈青 is registered in a department: the sending hospital is the department's hospital.
  EXPECT_EQ(column(t, "home_unit")[1], "浙江大学医学院附属第一医院");
  EXPECT_EQ(column(t, "department")[1], "心血管内科");
}

TEST(StaffSummary, ACountyAdminSeesOnlyItsCountyWithMaskedIds) {
  auto p = make_programme();
  auto t = p.engine->staff_summary(p.ganluo_county);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(column(t, "name")[0], "陈青");
  auto id = column(t, "id_number")[0];
  EXPECT_EQ(id.substr(0, 6), "330102");
  EXPECT_EQ(id.substr(6, 8), "********");
}

TEST(StaffSummary, ACountyAdminQueryingAnotherCountyIsRefused) {
  auto p = make_programme();
  StaffSummaryFilter f;
  f.recipient_region = 513436000000;  // 美姑县
  try {
    p.engine->staff_summary(p.ganluo_county, f);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::permission_denied);
    EXPECT_NE(std::string(e.what()).find("美姑县"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("jurisdiction"), std::string::npos);
  }
  // Filtering by its own province is allowed and still shows only its county.
  f.recipient_region = 510000000000;
  EXPECT_EQ(p.engine->staff_summary(p.ganluo_county, f).rows.size(), 1u);
}

TEST(StaffSummary, CityAndProvinceAdminsSeeTheirJurisdiction) {
  auto p = make_programme();
  EXPECT_EQ(p.engine->staff_summary(p.liangshan_city).rows.size(), 2u);     // 甘洛, 美姑
  EXPECT_EQ(p.engine->staff_summary(p.sichuan_recipient).rows.size(), 3u);  // and 青川
  StaffSummaryFilter f;
  f.recipient_region = 510800000000;  // 广元市
  EXPECT_EQ(p.engine->staff_summary(p.sichuan_recipient, f).rows.size(), 1u);
  f.support_unit = p.zju;
  EXPECT_EQ(p.engine->staff_summary(p.sichuan_recipient, f).rows.size(), 0u);
}

TEST(StaffSummary, SupportAdminsSeeTheirOwnStaffWhereverDispatched) {
  auto p = make_programme();
  auto zju = p.engine->staff_summary(p.zju_admin);
  EXPECT_EQ(column(zju, "name"), (std::vector<std::string>{"陈青", "宋希"}));
  for (auto& id : column(zju, "id_number")) EXPECT_EQ(id.find('*'), std::string::npos);  // their own employees
  auto zhejiang = p.engine->staff_summary(p.zhejiang_support);
  EXPECT_EQ(zhejiang.rows.size(), 2u);
  for (auto& id : column(zhejiang, "id_number")) EXPECT_NE(id.find('*'), std::string::npos);
  StaffSummaryFilter other;
  other.support_unit = p.huaxi;
  EXPECT_THROW(p.engine->staff_summary(p.zju_admin, other), Error);
}

TEST(StaffSummary, ActiveOnAndUndispatchedStaff) {
  auto p = make_programme();
  auto& e = *p.engine;
  NewStaff s;
  s.name = "唐祥";
  s.id_number = bangfu::testing::make_id("330102", "19900101", 71);
  s.home_unit = p.zju;
  e.add_staff(p.zju_admin, s);
  auto all = e.staff_summary(p.zju_admin);
  ASSERT_EQ(all.rows.size(), 3u);
  EXPECT_EQ(column(all, "status")[2], "未派驻");
  StaffSummaryFilter f;
  f.active_on = d("2026-04-01");  // before 宋希's start on 2026-06-01
  EXPECT_EQ(column(e.staff_summary(p.zju_admin, f), "name"), (std::vector<std::string>{"陈青"}));
}

TEST(StaffSummary, RegistryRolesHaveNoAccess) {
  auto p = make_programme();
  NewAccount a;
  a.name = "reg";
  a.roles = {Role::registry_province_admin};
  a.scope = Scope::of_region(510000000000);
  auto id = p.engine->create_account(p.national, a);
  EXPECT_THROW(p.engine->staff_summary(id), Error);
}

TEST(StaffSummaryExport, CsvHasBomChineseHeadersAndMaskedIds) {
  auto p = make_programme();
  auto path = (std::filesystem::temp_directory_path() / "bangfu_summary_test.csv").string();
  p.engine->export_staff_summary(p.liangshan_city, {}, ExportFormat::csv, path);
  auto text = read_file(path);
  ASSERT_GE(text.size(), 3u);
  EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(text.find("序号,单位地址(省)"), std::string::npos);
  EXPECT_NE(text.find("********"), std::string::npos);
  EXPECT_NE(text.find("\r\n"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(StaffSummaryExport, XlsxIsAZipWorkbook) {
  auto p = make_programme();
  auto path = (std::filesystem::temp_directory_path() / "bangfu_summary_test.xlsx").string();
  p.engine->export_staff_summary(p.national, {}, ExportFormat::xlsx, path);
  auto bytes = read_file(path);
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  std::filesystem::remove(path);
}

TEST(StaffSummaryExport, ARefusedExportLeavesNoFile) {
  auto p = make_programme();
  auto path = (std::filesystem::temp_directory_path() / "bangfu_refused.xlsx").string();
  std::filesystem::remove(path);
  StaffSummaryFilter f;
  f.recipient_region = 513436000000;
  EXPECT_THROW(p.engine->export_staff_summary(p.ganluo_county, f, ExportFormat::xlsx, path), Error);
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_FALSE(std::filesystem::exists(path + ".partial"));
}

TEST(TableExport, CsvKeepsLongDigitStringsAndFormulasAsTextForExcel) {
  Table t;
  t.columns = {{"id", "身份证号", ColumnType::text, 20}};
  t.rows = {{std::string("510107198402070201")}, {std::string("11010519491231002X")}, {std::string("=1+1")},
            {std::string("0817")}, {std::string("510107********0201")}, {std::string("2026-03-01")}};
  std::ostringstream out;
  auto sink = make_csv_sink(out);
  sink->begin(t.columns);
  for (auto& r : t.rows) sink->row(r);
  sink->end();
  EXPECT_EQ(out.str(),
            "\xEF\xBB\xBF身份证号\r\n\t510107198402070201\r\n\t11010519491231002X\r\n\t=1+1\r\n\t0817\r\n"
            "510107********0201\r\n2026-03-01\r\n");
}

TEST(TableExport, CsvQuotesFieldsThatNeedIt) {
  Table t;
  t.columns = {{"a", "甲", ColumnType::text, 10}, {"b", "乙", ColumnType::integer, 10}};
  t.rows = {{std::string("x,\"y\""), std::int64_t{3}}, {Cell{}, std::int64_t{-1}}};
  std::ostringstream out;
  auto sink = make_csv_sink(out);
  sink->begin(t.columns);
  for (auto& r : t.rows) sink->row(r);
  sink->end();
  EXPECT_EQ(out.str(), "\xEF\xBB\xBF甲,乙\r\n\"x,\"\"y\"\"\",3\r\n,-1\r\n");
}
