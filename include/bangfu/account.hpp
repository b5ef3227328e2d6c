// Accounts, roles and scopes. The host authenticates; bangfu authorizes: every Engine
// command takes the acting account, whose roles give capability and whose scope gives reach.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bangfu/ids.hpp"
#include "bangfu/region.hpp"
#include "bangfu/visibility.hpp"

namespace bangfu {

// Both role families: A = counterpart support (DOMAIN.md A2), B = poverty registry (B2).
// Values are stable (stored and used by the C ABI).
enum class Role : int {
  national_admin = 1,            // 国家卫生健康委 (医政医管局) — everything
  support_province_admin = 2,    // 支援省份管理员
  support_hospital_admin = 3,    // 支援医院管理员
  recipient_province_admin = 4,  // 受援省份管理员
  recipient_city_admin = 5,      // 受援地市管理员
  recipient_county_admin = 6,    // 受援县管理员
  recipient_hospital_admin = 7,  // 受援医院管理员
  support_staff = 8,             // 支援人员
  registry_province_admin = 20,  // 省级管理员 (registry)
  registry_city_admin = 21,      // 市级管理员
  registry_county_admin = 22,    // 县级管理员
  three_batches_filler = 23,     // 三个一批填报人
  city_medical_filler = 24,      // 市级医疗机构填报人
  county_medical_filler = 25,    // 县乡村级医疗机构填报人
  county_survey_filler = 26,     // 贫困县调查
};
BANGFU_EXPORT const char* role_label(Role r) noexcept;  // Chinese
BANGFU_EXPORT const char* role_key(Role r) noexcept;    // "recipient_county_admin"
BANGFU_EXPORT Role parse_role(std::string_view text, std::string_view field = "roles");
BANGFU_EXPORT bool role_is_filler(Role r) noexcept;

// An account's scope: a region (kNationwide for national accounts) or a unit.
struct Scope {
  enum class Kind : int { region = 1, unit = 2 };
  Kind kind = Kind::region;
  RegionCode region = kNationwide;   // for unit scopes: the unit's region (filled by the Engine)
  std::optional<UnitId> unit;

  static Scope of_region(RegionCode r) { return Scope{Kind::region, r, std::nullopt}; }
  static Scope of_unit(UnitId u) { return Scope{Kind::unit, 0, u}; }
};

struct NewAccount {
  std::string name;                  // display name
  std::string login;                 // host's login key (e.g. DingTalk userid); unique
  std::string phone;
  std::vector<Role> roles;
  Scope scope;
  std::optional<StaffId> staff;      // required for support_staff: the staff record it is
};

struct Account : NewAccount {
  AccountId id = 0;
  AccountId created_by = 0;
  std::string created_at;            // UTC, ISO 8601
  bool disabled = false;
  std::string scope_name;            // region path or unit name
};

struct AccountFilter {
  std::optional<RegionCode> region;   // accounts whose scope lies in this region
  std::optional<Role> role;
  bool include_disabled = false;
  int limit = 1000;
};

}  // namespace bangfu
