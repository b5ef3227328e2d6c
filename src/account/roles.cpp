// Role keys and Chinese labels (both families, DOMAIN.md A2 and B2).
#include <array>
#include <string>
#include <vector>

#include "bangfu/account.hpp"
#include "account/permissions.hpp"
#include "bangfu/error.hpp"

namespace bangfu {
namespace {

struct RoleName {
  Role role;
  const char* key;
  const char* label;
};
constexpr std::array<RoleName, 15> kRoles{{
    {Role::national_admin, "national_admin", "国家级管理员"},
    {Role::support_province_admin, "support_province_admin", "支援省份管理员"},
    {Role::support_hospital_admin, "support_hospital_admin", "支援医院管理员"},
    {Role::recipient_province_admin, "recipient_province_admin", "受援省份管理员"},
    {Role::recipient_city_admin, "recipient_city_admin", "受援地市管理员"},
    {Role::recipient_county_admin, "recipient_county_admin", "受援县管理员"},
    {Role::recipient_hospital_admin, "recipient_hospital_admin", "受援医院管理员"},
    {Role::support_staff, "support_staff", "支援人员"},
    {Role::registry_province_admin, "registry_province_admin", "省级管理员"},
    {Role::registry_city_admin, "registry_city_admin", "市级管理员"},
    {Role::registry_county_admin, "registry_county_admin", "县级管理员"},
    {Role::three_batches_filler, "three_batches_filler", "三个一批填报人"},
    {Role::city_medical_filler, "city_medical_filler", "市级医疗机构填报人"},
    {Role::county_medical_filler, "county_medical_filler", "县乡村级医疗机构填报人"},
    {Role::county_survey_filler, "county_survey_filler", "贫困县调查填报人"},
}};

}  // namespace

const char* role_label(Role r) noexcept {
  for (auto& n : kRoles)
    if (n.role == r) return n.label;
  return "?";
}

const char* role_key(Role r) noexcept {
  for (auto& n : kRoles)
    if (n.role == r) return n.key;
  return "?";
}

Role parse_role(std::string_view text, std::string_view field) {
  for (auto& n : kRoles)
    if (text == n.key || text == n.label) return n.role;
  std::string all;
  for (auto& n : kRoles) {
    if (!all.empty()) all += ", ";
    all += n.key;
  }
  throw_invalid(field, text, "unknown role; one of: " + all);
}

namespace internal {
const std::vector<Role>& every_role() {
  static const std::vector<Role> all = [] {
    std::vector<Role> v;
    for (auto& n : kRoles) v.push_back(n.role);
    return v;
  }();
  return all;
}
}  // namespace internal

bool role_is_filler(Role r) noexcept {
  return r == Role::three_batches_filler || r == Role::city_medical_filler ||
         r == Role::county_medical_filler || r == Role::county_survey_filler;
}

}  // namespace bangfu
