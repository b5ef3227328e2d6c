// Accounts: roles need the right scope; accounts are created at the creator's level or
// below, inside its scope (DOMAIN.md B2); disabled and unknown actors are refused.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::catch_error;
using bangfu::testing::make_programme;

namespace {

NewAccount account(const char* name, std::vector<Role> roles, Scope scope) {
  NewAccount a;
  a.name = name;
  a.login = name;
  a.roles = std::move(roles);
  a.scope = scope;
  return a;
}

}  // namespace

TEST(Accounts, CreatedWithCreatorAndScopeName) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto id = e.create_account(p.liangshan_city, account("zhaojue", {Role::recipient_county_admin}, Scope::of_region(513431)));
  auto a = e.account(p.liangshan_city, id);
  EXPECT_EQ(a.created_by, p.liangshan_city);
  EXPECT_EQ(a.scope_name, "四川省/凉山彝族自治州/昭觉县");
  EXPECT_EQ(a.scope.region, 513431000000);
  EXPECT_EQ(a.created_at, "2026-11-23T12:00:00.000Z");
  ASSERT_EQ(a.roles.size(), 1u);
  EXPECT_EQ(a.roles[0], Role::recipient_county_admin);
  EXPECT_EQ(e.account_by_login(p.national, "zhaojue")->id, id);
}

TEST(Accounts, AboveTheCreatorsLevelIsRefusedWithNothingWritten) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto err = catch_error([&] {
    e.create_account(p.ganluo_county, account("liangshan2", {Role::recipient_city_admin}, Scope::of_region(513400)));
  });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);
  EXPECT_NE(std::string(err.what()).find("受援地市管理员"), std::string::npos);
  EXPECT_NE(std::string(err.what()).find("own level or below"), std::string::npos);
  EXPECT_FALSE(e.account_by_login(p.national, "liangshan2"));
}

TEST(Accounts, OutsideTheCreatorsScopeIsRefused) {
  auto p = make_programme();
  auto& e = *p.engine;
  // 甘洛 county admin creating the admin of 美姑 county (same level, other county).
  auto err = catch_error([&] {
    e.create_account(p.ganluo_county, account("meigu2", {Role::recipient_county_admin}, Scope::of_region(513436)));
  });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);
  EXPECT_NE(std::string(err.what()).find("outside"), std::string::npos);
  // A hospital admin of another county's hospital.
  err = catch_error([&] {
    e.create_account(p.ganluo_county, account("meigu-h", {Role::recipient_hospital_admin}, Scope::of_unit(p.meigu)));
  });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);
  EXPECT_NO_THROW(
      e.create_account(p.ganluo_county, account("ganluo-h2", {Role::recipient_hospital_admin}, Scope::of_unit(p.ganluo))));
}

TEST(Accounts, RolesNeedAScopeOfTheirLevel) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto err = catch_error([&] {
    e.create_account(p.sichuan_recipient, account("x", {Role::recipient_county_admin}, Scope::of_region(513400)));
  });
  EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
  EXPECT_EQ(err.field(), "scope");
  EXPECT_NE(std::string(err.what()).find("county-level"), std::string::npos);
  err = catch_error([&] {
    e.create_account(p.national, account("y", {Role::support_hospital_admin}, Scope::of_unit(p.ganluo)));
  });
  EXPECT_EQ(err.field(), "scope");
  EXPECT_EQ(catch_error([&] {
              e.create_account(p.national, account("z", {Role::recipient_county_admin}, Scope::of_region(513499)));
            }).code(),
            ErrorCode::not_found);
}

TEST(Accounts, TownshipAndVillageAccountsGetFillerRolesOnly) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto county = e.create_account(p.national, account("reg-ganluo", {Role::registry_county_admin}, Scope::of_region(513435)));
  // Township 新市坝镇 of 甘洛县.
  auto township = e.region_children(513435000000).at(0).code;
  EXPECT_NO_THROW(e.create_account(county, account("filler", {Role::three_batches_filler}, Scope::of_region(township))));
  auto err = catch_error([&] {
    e.create_account(county, account("town-admin", {Role::registry_county_admin}, Scope::of_region(township)));
  });
  EXPECT_EQ(err.code(), ErrorCode::invalid_argument);
  // The registry family cannot grant counterpart-support roles.
  EXPECT_EQ(catch_error([&] {
              e.create_account(county, account("cross", {Role::recipient_county_admin}, Scope::of_region(513435)));
            }).code(),
            ErrorCode::permission_denied);
}

TEST(Accounts, StaffAccountsFollowTheStaffRecord) {
  auto p = make_programme();
  auto& e = *p.engine;
  NewAccount a = account("chenqing", {Role::support_staff}, Scope::of_region(0));
  a.staff = p.doctor_a;
  auto id = e.create_account(p.ganluo_hospital, a);  // the recipient hospital registers arrivals
  auto got = e.account(p.national, id);
  EXPECT_EQ(got.scope.kind, Scope::Kind::unit);
  EXPECT_EQ(*got.scope.unit, p.zju_cardiology);
  // The doctor sees their own record (with the full ID number) and not a colleague's.
  EXPECT_EQ(e.staff(id, p.doctor_a).name, "陈青");
  EXPECT_EQ(catch_error([&] { e.staff(id, p.doctor_b); }).code(), ErrorCode::permission_denied);
  // One account per staff member; 美姑's hospital may not create one for 甘洛's doctor.
  a.login = "chenqing2";
  EXPECT_EQ(catch_error([&] { e.create_account(p.national, a); }).code(), ErrorCode::conflict);
  NewAccount b = account("songxi", {Role::support_staff}, Scope::of_region(0));
  b.staff = p.doctor_b;
  EXPECT_EQ(catch_error([&] { e.create_account(p.ganluo_hospital, b); }).code(), ErrorCode::permission_denied);
}

TEST(Accounts, DisabledAndUnknownActorsAreRefused) {
  auto p = make_programme();
  auto& e = *p.engine;
  e.set_account_disabled(p.liangshan_city, p.ganluo_county, true);
  auto err = catch_error([&] { e.staff_summary(p.ganluo_county); });
  EXPECT_EQ(err.code(), ErrorCode::permission_denied);
  EXPECT_NE(std::string(err.what()).find("disabled"), std::string::npos);
  EXPECT_EQ(catch_error([&] { e.staff_summary(987654); }).code(), ErrorCode::permission_denied);
  // Only someone who could create the account may disable it.
  EXPECT_EQ(catch_error([&] { e.set_account_disabled(p.meigu_county, p.ganluo_hospital, true); }).code(),
            ErrorCode::permission_denied);
  EXPECT_EQ(catch_error([&] { e.set_account_disabled(p.national, kSystemActor, true); }).code(),
            ErrorCode::invalid_argument);
  e.set_account_disabled(p.liangshan_city, p.ganluo_county, false);
  EXPECT_NO_THROW(e.staff_summary(p.ganluo_county));
}

TEST(Accounts, ListingIsLimitedToTheScope) {
  auto p = make_programme();
  auto& e = *p.engine;
  auto in_liangshan = e.accounts(p.liangshan_city);
  for (auto& a : in_liangshan) EXPECT_TRUE(region_contains(513400000000, a.scope.region)) << a.name;
  EXPECT_GE(in_liangshan.size(), 4u);  // itself, two counties, the hospital
  auto all = e.accounts(p.national);
  EXPECT_GT(all.size(), in_liangshan.size());
  EXPECT_EQ(catch_error([&] { e.accounts(987654); }).code(),
            ErrorCode::permission_denied);
}
