// Authorization rules, pure: who may do what, and how far their reach goes. The Engine
// resolves the acting account into an Actor and asks these functions; no SQL here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bangfu/account.hpp"
#include "bangfu/org.hpp"
#include "bangfu/region.hpp"

namespace bangfu::internal {

// A scope with what the rules need: the region (and its level), or the unit with its kind,
// region and DFS numbers (so "is unit X under my unit" is two comparisons).
struct ResolvedScope {
  Scope::Kind kind = Scope::Kind::region;
  RegionCode region = kNationwide;
  RegionLevel level = RegionLevel::nation;   // of `region`
  UnitId unit = 0;
  UnitKind unit_kind = UnitKind::support_hospital;
  std::int64_t pre = 0, post = 0;
  std::string name;                          // for messages: region path or unit name
};

struct Actor {
  AccountId id = 0;
  std::string name;
  std::vector<Role> roles;
  ResolvedScope scope;
  std::optional<StaffId> staff;
  bool has(Role r) const;
  // "account 12 (受援县管理员, 四川省/凉山彝族自治州/甘洛县)" for messages.
  std::string describe() const;
};

// Every role, in the order of the enum.
const std::vector<Role>& every_role();

enum class Capability {
  manage_units,        // add/update units inside one's reach
  manage_pairings,     // add/end pairings touching one's reach
  manage_staff,        // add/update staff records
  manage_assignments,  // start/end assignments
  view_staff,          // see staff and the staff summary
  create_accounts,
  load_reference_data,  // load a region edition, villages, a year of the holiday calendar
  view_all_audit,
  manage_attendance,   // attendance groups and rules of recipient hospitals (受援方)
  manage_workflows,    // replace the approval flows (national)
  file_reports,        // draft, edit and submit a recipient hospital's reports (受援医院管理员)
  submit_report_packages,  // send a province's accepted reports to the national level (受援省份管理员)
  manage_report_templates, // add templates and fields, unlock locked reports (national)
};
bool role_has(Role role, Capability cap);
bool actor_has(const Actor& actor, Capability cap);
// Throws permission_denied: "account 12 (…) may not <what>: needs one of the roles …".
void require(const Actor& actor, Capability cap, const std::string& what);

// Is `inner` inside `outer`? Region ⊇ region/unit by code range; unit ⊇ unit by DFS range.
bool scope_contains(const ResolvedScope& outer, const ResolvedScope& inner);

// The scope a role needs (kind, level, unit kind). Throws invalid_argument naming "scope".
void check_role_scope(Role role, const ResolvedScope& scope);
// May a holder of `creator` give role `granted` to a new account?
bool role_can_grant(Role creator, Role granted);
// Account creation by `creator` (B2: own level or below, inside own scope; fillers only for
// township and village scopes). Staff accounts are checked by the Engine against staff reach.
void check_account_creation(const Actor& creator, const NewAccount& account,
                            const ResolvedScope& new_scope);

// Which units' records an actor may change: does some role with `cap` reach `unit`?
// Support-side roles reach support hospitals and departments, recipient-side roles
// recipient hospitals, commissions and departments.
bool reaches_unit(const Actor& actor, Capability cap, const ResolvedScope& unit);

struct UnitRange {
  std::int64_t pre = 0, post = 0;
};
// Which staff records (and assignments) an actor sees. Rows qualify through any clause.
struct StaffReach {
  bool all = false;                          // national: everything (full ID numbers)
  std::vector<RegionRange> home_regions;     // support province: home unit's region
  std::vector<UnitRange> home_units;         // support hospital: home unit's subtree (full IDs)
  std::vector<RegionRange> recipient_regions;// recipient region admins: the assignment's hospital
  std::vector<UnitRange> recipient_units;    // recipient hospital admin
  std::optional<StaffId> self;               // a staff member sees themself (full ID)
  bool empty() const;
  // True when some clause could match a row whose recipient hospital lies in `region`.
  bool may_touch_recipient_region(RegionCode region) const;
};
StaffReach staff_reach(const Actor& actor);

}  // namespace bangfu::internal
