// Organisation: units, pairings, staff and assignments, with the error for each bad input
// and nothing written on failure.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::d;
using bangfu::testing::make_id;
using bangfu::testing::catch_error;
using bangfu::testing::make_programme;

namespace {

NewUnit hospital(const char* code, const char* name, RegionCode region) {
  NewUnit u;
  u.code = code;
  u.kind = UnitKind::recipient_hospital;
  u.name = name;
  u.region = region;
  return u;
}

std::int64_t audit_count(Engine& e) {
  AuditFilter f;
  f.limit = 10000;
  return static_cast<std::int64_t>(e.audit_log(kSystemActor, f).size());
}

}  // namespace

TEST(Units, AddedWithRegionPathAndLocation) {
  auto p = make_programme();
  auto u = hospital("ZJ-RMYY", "昭觉县人民医院", 513431000000);
  u.location = GeoPoint{28.0111, 102.8447};
  u.address = "四川省凉山彝族自治州昭觉县新城镇";
  u.grade = "二级甲等";
  auto id = p.engine->add_unit(p.sichuan_recipient, u);
  auto got = p.engine->unit(p.ganluo_hospital, id);
  EXPECT_EQ(got.name, "昭觉县人民医院");
  EXPECT_EQ(got.region_path, "四川省/凉山彝族自治州/昭觉县");
  ASSERT_TRUE(got.location);
  EXPECT_DOUBLE_EQ(got.location->latitude, 28.0111);
  EXPECT_EQ(p.engine->unit_by_code(kSystemActor, "ZJ-RMYY").id, id);
}

TEST(Units, BadFieldsAreNamedAndNothingIsWritten) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto before = audit_count(e);
  auto unknown = hospital("X1", "无名医院", 513499000000);
  auto err = catch_error([&] { e.add_unit(kSystemActor, unknown); });
  EXPECT_EQ(err.code(), ErrorCode::not_found);
  EXPECT_EQ(err.field(), "region");
  auto in_province = hospital("X2", "省级医院", 510000000000);
  err = catch_error([&] { e.add_unit(kSystemActor, in_province); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
  auto swapped = hospital("X3", "坐标颠倒医院", 513435000000);
  swapped.location = GeoPoint{102.8, 28.9};
  err = catch_error([&] { e.add_unit(kSystemActor, swapped); });
  EXPECT_EQ(err.field(), "latitude");
  EXPECT_NE(std::string(err.what()).find("swapped"), std::string::npos);
  auto dup = hospital("GL-RMYY", "甘洛县人民医院", 513435000000);
  err = catch_error([&] { e.add_unit(kSystemActor, dup); });
  EXPECT_EQ(err.code(), ErrorCode::conflict);
  EXPECT_EQ(err.field(), "code");
  auto nocode = hospital("", "无代码医院", 513435000000);
  EXPECT_EQ(catch_error([&] { e.add_unit(kSystemActor, nocode); }).field(), "code");
  EXPECT_EQ(audit_count(e), before);
  EXPECT_EQ(e.units(kSystemActor, {UnitKind::recipient_hospital, {}, {}, "", 100}).size(), 3u);
}

TEST(Units, ScopeLimitsWhoAddsWhat) {
  auto p = make_programme();
  auto& e = *p.engine;
  // A county admin adds a hospital in its county, not in the next county.
  EXPECT_NO_THROW(e.add_unit(p.ganluo_county, hospital("GL-ZYY", "甘洛县中医医院", 513435000000)));
  auto err = catch_error([&] { e.add_unit(p.ganluo_county, hospital("MG-ZYY", "美姑县中医医院", 513436000000)); });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);
  EXPECT_NE(std::string(err.what()).find("outside"), std::string::npos);
  // A support hospital admin adds departments under its own hospital only.
  NewUnit dept;
  dept.code = "ZJU1-GK";
  dept.kind = UnitKind::department;
  dept.name = "骨科";
  dept.region = 330102000000;
  dept.parent = p.zju;
  EXPECT_NO_THROW(e.add_unit(p.zju_admin, dept));
  dept.code = "WCH-GK";
  dept.parent = p.huaxi;
  dept.region = 510107000000;
  EXPECT_EQ(catch_error([&] { e.add_unit(p.zju_admin, dept); }).code(), ErrorCode::permission_denied);
}

TEST(Units, ListFiltersByKindRegionAndHierarchy) {
  auto p = make_programme();
  auto& e = *p.engine;
  UnitFilter f;
  f.region = 513400000000;
  EXPECT_EQ(e.units(kSystemActor, f).size(), 2u);  // 甘洛, 美姑
  f = {};
  f.under = p.zju;
  EXPECT_EQ(e.units(kSystemActor, f).size(), 2u);  // the hospital and its department
  f = {};
  f.name_contains = "华西";
  ASSERT_EQ(e.units(kSystemActor, f).size(), 1u);
}

TEST(Pairings, QueriedBothWaysAndByDate) {
  auto p = make_programme();
  auto& e = *p.engine;
  PairingFilter f;
  f.unit = p.zju;
  EXPECT_EQ(e.pairings(kSystemActor, f).size(), 2u);
  f.unit = p.ganluo;
  auto of_ganluo = e.pairings(kSystemActor, f);
  ASSERT_EQ(of_ganluo.size(), 1u);
  EXPECT_EQ(of_ganluo[0].support_name, "浙江大学医学院附属第一医院");
  e.end_pairing(p.sichuan_recipient, of_ganluo[0].id, d("2025-12-31"));
  f.active_on = d("2026-01-01");
  EXPECT_TRUE(e.pairings(kSystemActor, f).empty());
  f.active_on = d("2025-06-30");
  EXPECT_EQ(e.pairings(kSystemActor, f).size(), 1u);
}

TEST(Pairings, WrongKindsOverlapsAndDatesAreRefused) {
  auto p = make_programme();
  auto& e = *p.engine;
  EXPECT_EQ(catch_error([&] { e.add_pairing(kSystemActor, {p.ganluo, p.zju, d("2022-01-01"), std::nullopt}); }).field(),
            "support_unit");
  EXPECT_EQ(catch_error([&] { e.add_pairing(kSystemActor, {p.zju, p.ganluo, d("2024-01-01"), std::nullopt}); }).code(),
            ErrorCode::conflict);
  EXPECT_EQ(catch_error([&] { e.add_pairing(kSystemActor, {p.huaxi, p.ganluo, d("2024-01-01"), d("2023-01-01")}); }).field(),
            "end");
  // A county admin may not pair hospitals: that is the province's business.
  EXPECT_EQ(catch_error([&] { e.add_pairing(p.ganluo_county, {p.huaxi, p.ganluo, d("2024-01-01"), std::nullopt}); }).code(),
            ErrorCode::permission_denied);
  EXPECT_NO_THROW(e.add_pairing(p.sichuan_recipient, {p.huaxi, p.ganluo, d("2024-01-01"), std::nullopt}));
}

TEST(Staff, SexAndBirthDateComeFromTheIdNumber) {
  auto p = make_programme();
  auto s = p.engine->staff(p.zju_admin, p.doctor_a);
  EXPECT_EQ(s.name, "陈青");
  EXPECT_EQ(s.birth_date, d("1980-03-12"));
  EXPECT_EQ(s.sex, Sex::male);  // sequence 011 is odd
  EXPECT_EQ(s.home_unit_name, "心血管内科");
  EXPECT_EQ(s.title, Title::associate_senior);
}

TEST(Staff, AWrongCheckDigitIsRefusedAndNothingWritten) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto before = audit_count(e);
  NewStaff s;
  s.name = "错号";
  s.id_number = make_id("330102", "19900101", 45);
  s.id_number.back() = s.id_number.back() == '1' ? '2' : '1';
  s.home_unit = p.zju;
  auto err = catch_error([&] { e.add_staff(p.zju_admin, s); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(err.field(), "id_number");
  EXPECT_NE(std::string(err.what()).find("check digit"), std::string::npos);
  EXPECT_EQ(audit_count(e), before);
}

TEST(Staff, DuplicatesAreRefused) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto a = e.staff(p.zju_admin, p.doctor_a);
  NewStaff again = a;
  again.name = "陈青2";
  auto err = catch_error([&] { e.add_staff(p.zju_admin, again); });
  EXPECT_EQ(err.code(), ErrorCode::conflict);
  EXPECT_NE(std::string(err.what()).find("陈青"), std::string::npos);
}

TEST(Staff, ARecipientHospitalRegistersAnArrivingDoctorWithTheAssignment) {
  auto p = make_programme();
  auto& e = *p.engine;
  NewStaff s;
  s.name = "夏定超";
  s.id_number = make_id("510107", "19880808", 51);
  s.title = Title::intermediate;
  s.home_unit = p.huaxi;
  NewAssignment arrival;
  arrival.recipient_unit = p.ganluo;
  arrival.start = d("2026-11-01");
  auto id = e.add_staff(p.ganluo_hospital, s, arrival);
  auto list = e.assignments(p.ganluo_hospital, id);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].recipient_name, "甘洛县人民医院");
  // Without an assignment into its own hospital, a recipient admin may not add staff.
  s.id_number = make_id("510107", "19880808", 53);
  EXPECT_EQ(catch_error([&] { e.add_staff(p.ganluo_hospital, s); }).code(), ErrorCode::permission_denied);
  arrival.recipient_unit = p.meigu;
  EXPECT_EQ(catch_error([&] { e.add_staff(p.ganluo_hospital, s, arrival); }).code(), ErrorCode::permission_denied);
}

TEST(Assignments, ASecondActiveAssignmentIsRefusedWithNothingWritten) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto before = audit_count(e);
  auto err = catch_error([&] { e.start_assignment(p.zju_admin, {p.doctor_a, p.meigu, d("2026-10-01"), std::nullopt}); });
  EXPECT_EQ(err.code(), ErrorCode::conflict);
  EXPECT_NE(std::string(err.what()).find("甘洛县人民医院"), std::string::npos);
  EXPECT_EQ(audit_count(e), before);
  EXPECT_EQ(e.assignments(p.zju_admin, p.doctor_a).size(), 1u);
}

TEST(Assignments, EndingRecordsTheEndOfTaskReportAndKeepsHistory) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto a = e.assignments(p.ganluo_hospital, p.doctor_a).at(0);
  EXPECT_TRUE(a.active());
  e.end_assignment(p.ganluo_hospital, a.id, {d("2026-10-31"), "完成带教32次", "优秀"});
  auto ended = e.assignment(p.ganluo_hospital, a.id);
  ASSERT_TRUE(ended.ended);
  EXPECT_EQ(ended.ended->end, d("2026-10-31"));
  EXPECT_EQ(ended.ended->evaluation, "优秀");
  // Ending twice, a new start overlapping the old one, and an end in the future are refused.
  EXPECT_EQ(catch_error([&] { e.end_assignment(p.ganluo_hospital, a.id, {d("2026-11-01"), "", ""}); }).code(),
            ErrorCode::invalid_state);
  EXPECT_EQ(catch_error([&] { e.start_assignment(p.zju_admin, {p.doctor_a, p.meigu, d("2026-10-15"), std::nullopt}); }).field(),
            "start");
  auto next = e.start_assignment(p.zju_admin, {p.doctor_a, p.meigu, d("2026-11-02"), std::nullopt});
  EXPECT_EQ(catch_error([&] { e.end_assignment(p.zju_admin, next, {d("2026-12-31"), "", ""}); }).field(), "end");
  auto history = e.assignments(p.zju_admin, p.doctor_a);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_FALSE(history[0].active());
  EXPECT_TRUE(history[1].active());
  // The audit log holds the before and after of the end-of-task report.
  AuditFilter f;
  f.entity = "assignment";
  f.entity_id = a.id;
  auto entries = e.audit_log(p.national, f);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].action, "assignment.end");
  EXPECT_NE(entries[1].before.find("\"ended\":null"), std::string::npos);
  EXPECT_NE(entries[1].after.find("优秀"), std::string::npos);
}

TEST(Assignments, AHospitalAdminCannotEndAnotherHospitalsAssignment) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto b = e.assignments(p.zju_admin, p.doctor_b).at(0);  // 美姑
  EXPECT_EQ(catch_error([&] { e.end_assignment(p.ganluo_hospital, b.id, {d("2026-10-31"), "", ""}); }).code(),
            ErrorCode::permission_denied);
}

TEST(Staff, IdNumbersAreMaskedOutsideTheFullIdReach) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto full = e.staff(p.national, p.doctor_a).id_number;
  EXPECT_EQ(full.find('*'), std::string::npos);
  EXPECT_EQ(e.staff(p.zju_admin, p.doctor_a).id_number, full);          // the sending hospital
  EXPECT_EQ(e.staff(p.ganluo_county, p.doctor_a).id_number, mask_id_number(full));
  EXPECT_EQ(e.staff(p.ganluo_hospital, p.doctor_a).id_number, mask_id_number(full));
}

TEST(Staff, OnlyTheSendingSideMovesADoctorToAnotherHomeUnit) {
  auto p = make_programme();
  auto& e = *p.engine;
  NewStaff s = e.staff(p.zju_admin, p.doctor_a);
  s.id_number = e.staff(p.national, p.doctor_a).id_number;
  s.phone = "13800000002";
  EXPECT_NO_THROW(e.update_staff(p.ganluo_hospital, p.doctor_a, s));  // contact details: yes
  s.home_unit = p.huaxi;
  auto err = catch_error([&] { e.update_staff(p.ganluo_hospital, p.doctor_a, s); });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);
  EXPECT_EQ(err.field(), "home_unit");
  EXPECT_EQ(e.staff(p.national, p.doctor_a).home_unit, p.zju_cardiology);
}

TEST(Staff, ARecipientSideManagesADoctorOnlyWhileTheDoctorServesThere) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto a = e.assignments(p.ganluo_hospital, p.doctor_a).at(0);
  e.end_assignment(p.ganluo_hospital, a.id, {d("2026-10-31"), "", ""});
  NewStaff s = e.staff(p.national, p.doctor_a);
  s.phone = "13900000003";
  EXPECT_EQ(catch_error([&] { e.update_staff(p.ganluo_county, p.doctor_a, s); }).code(), ErrorCode::permission_denied);
  EXPECT_NO_THROW(e.staff(p.ganluo_county, p.doctor_a));  // the history stays visible
}

TEST(Staff, LookupByIdNumberOutsideTheReachConfirmsIdentityOnly) {
  auto p = make_programme();
  auto& e = *p.engine;
  NewStaff s = e.staff(p.national, p.doctor_c);  // 何秦 of 华西, serving in 青川
  s.phone = "13700000004";
  e.update_staff(p.national, p.doctor_c, s);
  auto found = e.staff_by_id_number(p.ganluo_hospital, s.id_number);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "何秦");
  EXPECT_EQ(found->home_unit, p.huaxi);
  EXPECT_TRUE(found->phone.empty());
  EXPECT_EQ(e.staff_by_id_number(p.national, s.id_number)->phone, "13700000004");
  EXPECT_FALSE(e.staff_by_id_number(p.ganluo_hospital, make_id("110105", "19491231", 2)));
}

TEST(Units, TextThatIsNotUtf8IsRefusedNamingTheField) {
  auto p = make_programme();
  auto u = hospital("GBK1", "\xB8\xCA\xC2\xE5", 513435000000);  // 甘洛 in GBK
  auto err = catch_error([&] { p.engine->add_unit(kSystemActor, u); });
  EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(err.field(), "name");
  EXPECT_NE(std::string(err.what()).find("UTF-8"), std::string::npos);
}
