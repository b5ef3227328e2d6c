#include "account/permissions.hpp"

#include <algorithm>
#include <string>

#include "bangfu/error.hpp"

namespace bangfu::internal {
namespace {

bool is_support_side(Role r) {
  return r == Role::support_province_admin || r == Role::support_hospital_admin;
}
bool is_recipient_side(Role r) {
  return r == Role::recipient_province_admin || r == Role::recipient_city_admin ||
         r == Role::recipient_county_admin || r == Role::recipient_hospital_admin;
}

std::string roles_with(Capability cap) {
  std::string out;
  for (Role r : every_role()) {
    if (!role_has(r, cap)) continue;
    if (!out.empty()) out += ", ";
    out += role_label(r);
  }
  return out;
}

}  // namespace

bool Actor::has(Role r) const { return std::find(roles.begin(), roles.end(), r) != roles.end(); }

std::string Actor::describe() const {
  std::string s = "account " + std::to_string(id) + " (";
  for (std::size_t i = 0; i < roles.size(); ++i) {
    if (i) s += "/";
    s += role_label(roles[i]);
  }
  if (!scope.name.empty()) s += ", " + scope.name;
  s += ")";
  return s;
}

bool role_has(Role role, Capability cap) {
  if (role == Role::national_admin) return true;
  switch (cap) {
    case Capability::manage_units:
    case Capability::manage_staff:
    case Capability::manage_assignments:
      return is_support_side(role) || is_recipient_side(role);
    case Capability::manage_pairings:
      return role == Role::support_province_admin || role == Role::recipient_province_admin;
    case Capability::view_staff:
      return is_support_side(role) || is_recipient_side(role) || role == Role::support_staff;
    case Capability::create_accounts:
      return is_support_side(role) || is_recipient_side(role) ||
             role == Role::registry_province_admin || role == Role::registry_city_admin ||
             role == Role::registry_county_admin;
    case Capability::manage_attendance:
      return is_recipient_side(role);
    case Capability::file_reports:
      return role == Role::recipient_hospital_admin;
    case Capability::submit_report_packages:
      return role == Role::recipient_province_admin;
    case Capability::load_reference_data:
    case Capability::view_all_audit:
    case Capability::manage_workflows:
    case Capability::manage_report_templates:
      return false;
  }
  return false;
}

bool actor_has(const Actor& actor, Capability cap) {
  return std::any_of(actor.roles.begin(), actor.roles.end(), [&](Role r) { return role_has(r, cap); });
}

void require(const Actor& actor, Capability cap, const std::string& what) {
  if (actor_has(actor, cap)) return;
  throw Error(ErrorCode::permission_denied,
              actor.describe() + " may not " + what + ": that needs one of the roles " + roles_with(cap));
}

bool scope_contains(const ResolvedScope& outer, const ResolvedScope& inner) {
  if (outer.kind == Scope::Kind::region) return region_contains(outer.region, inner.region);
  if (inner.kind != Scope::Kind::unit) return false;
  return inner.pre >= outer.pre && inner.pre <= outer.post;
}

void check_role_scope(Role role, const ResolvedScope& scope) {
  auto fail = [&](const std::string& need) {
    std::string got = scope.kind == Scope::Kind::unit
                          ? std::string("unit '") + scope.name + "' (" + unit_kind_label(scope.unit_kind) + ")"
                          : std::string("region '") + (scope.name.empty() ? region_code_text(scope.region) : scope.name) +
                                "' (" + region_level_label(scope.level) + ")";
    throw_invalid("scope", got, std::string("role ") + role_key(role) + " (" + role_label(role) + ") needs " + need);
  };
  auto region_at = [&](std::initializer_list<RegionLevel> levels, const char* need) {
    if (scope.kind != Scope::Kind::region ||
        std::find(levels.begin(), levels.end(), scope.level) == levels.end())
      fail(need);
  };
  switch (role) {
    case Role::national_admin: region_at({RegionLevel::nation}, "the nationwide scope (region 0)"); break;
    case Role::support_province_admin:
    case Role::recipient_province_admin:
    case Role::registry_province_admin: region_at({RegionLevel::province}, "a province-level region"); break;
    case Role::recipient_city_admin:
    case Role::registry_city_admin:
    case Role::city_medical_filler: region_at({RegionLevel::city}, "a city-level region"); break;
    case Role::recipient_county_admin:
    case Role::registry_county_admin:
    case Role::county_survey_filler: region_at({RegionLevel::county}, "a county-level region"); break;
    case Role::county_medical_filler:
      region_at({RegionLevel::county, RegionLevel::township, RegionLevel::village},
                "a county, township or village region");
      break;
    case Role::three_batches_filler:
      region_at({RegionLevel::province, RegionLevel::city, RegionLevel::county, RegionLevel::township,
                 RegionLevel::village},
                "a region (province to village)");
      break;
    case Role::support_hospital_admin:
      if (scope.kind != Scope::Kind::unit || scope.unit_kind != UnitKind::support_hospital)
        fail("a support hospital (支援医院) as scope");
      break;
    case Role::recipient_hospital_admin:
      if (scope.kind != Scope::Kind::unit || scope.unit_kind != UnitKind::recipient_hospital)
        fail("a recipient hospital (受援医院) as scope");
      break;
    case Role::support_staff:
      if (scope.kind != Scope::Kind::unit) fail("the staff member's home unit as scope");
      break;
  }
}

bool role_can_grant(Role creator, Role granted) {
  switch (creator) {
    case Role::national_admin: return true;
    case Role::support_province_admin:
      return granted == Role::support_province_admin || granted == Role::support_hospital_admin ||
             granted == Role::support_staff;
    case Role::support_hospital_admin:
      return granted == Role::support_hospital_admin || granted == Role::support_staff;
    case Role::recipient_province_admin:
      return granted == Role::recipient_province_admin || granted == Role::recipient_city_admin ||
             granted == Role::recipient_county_admin || granted == Role::recipient_hospital_admin;
    case Role::recipient_city_admin:
      return granted == Role::recipient_city_admin || granted == Role::recipient_county_admin ||
             granted == Role::recipient_hospital_admin;
    case Role::recipient_county_admin:
      return granted == Role::recipient_county_admin || granted == Role::recipient_hospital_admin;
    case Role::recipient_hospital_admin:
      // 新增帮扶人员: the recipient hospital registers arriving staff.
      return granted == Role::recipient_hospital_admin || granted == Role::support_staff;
    case Role::registry_province_admin:
      return granted == Role::registry_province_admin || granted == Role::registry_city_admin ||
             granted == Role::registry_county_admin || role_is_filler(granted);
    case Role::registry_city_admin:
      return granted == Role::registry_city_admin || granted == Role::registry_county_admin ||
             role_is_filler(granted);
    case Role::registry_county_admin:
      return granted == Role::registry_county_admin || role_is_filler(granted);
    default: return false;
  }
}

void check_account_creation(const Actor& creator, const NewAccount& account,
                            const ResolvedScope& new_scope) {
  require(creator, Capability::create_accounts, "create accounts");
  for (Role g : account.roles) {
    bool grantable = std::any_of(creator.roles.begin(), creator.roles.end(),
                                 [&](Role c) { return role_can_grant(c, g); });
    if (!grantable)
      throw Error(ErrorCode::permission_denied,
                  creator.describe() + " may not create a " + role_label(g) + " (" + role_key(g) +
                      ") account: accounts are created at the creator's own level or below, "
                      "in the creator's own programme");
  }
  bool staff_only = std::all_of(account.roles.begin(), account.roles.end(),
                                [](Role r) { return r == Role::support_staff; });
  if (staff_only) return;  // reach over the staff record is the Engine's check
  if (!scope_contains(creator.scope, new_scope))
    throw Error(ErrorCode::permission_denied,
                creator.describe() + " may not create an account for '" + new_scope.name +
                    "': it lies outside the creator's scope");
}

bool reaches_unit(const Actor& actor, Capability cap, const ResolvedScope& unit) {
  for (Role r : actor.roles) {
    if (!role_has(r, cap)) continue;
    if (r == Role::national_admin) return true;
    bool kind_ok = unit.unit_kind == UnitKind::department ||
                   (is_support_side(r) && unit.unit_kind == UnitKind::support_hospital) ||
                   (is_recipient_side(r) && (unit.unit_kind == UnitKind::recipient_hospital ||
                                             unit.unit_kind == UnitKind::health_commission));
    if (kind_ok && scope_contains(actor.scope, unit)) return true;
  }
  return false;
}

bool StaffReach::empty() const {
  return !all && home_regions.empty() && home_units.empty() && recipient_regions.empty() &&
         recipient_units.empty() && !self;
}

bool StaffReach::may_touch_recipient_region(RegionCode region) const {
  if (all || !home_regions.empty() || !home_units.empty() || self) return true;
  auto want = region_subtree(region);
  for (auto& r : recipient_regions)
    if (r.first <= want.last && want.first <= r.last) return true;
  // A hospital admin's units sit inside some region; the Engine narrows further by SQL.
  return !recipient_units.empty();
}

StaffReach staff_reach(const Actor& actor) {
  StaffReach reach;
  const auto& s = actor.scope;
  for (Role r : actor.roles) {
    switch (r) {
      case Role::national_admin: reach.all = true; break;
      case Role::support_province_admin: reach.home_regions.push_back(region_subtree(s.region)); break;
      case Role::support_hospital_admin: reach.home_units.push_back({s.pre, s.post}); break;
      case Role::recipient_province_admin:
      case Role::recipient_city_admin:
      case Role::recipient_county_admin: reach.recipient_regions.push_back(region_subtree(s.region)); break;
      case Role::recipient_hospital_admin: reach.recipient_units.push_back({s.pre, s.post}); break;
      case Role::support_staff:
        if (actor.staff) reach.self = actor.staff;
        break;
      default: break;
    }
  }
  return reach;
}

}  // namespace bangfu::internal
