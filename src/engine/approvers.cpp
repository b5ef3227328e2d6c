// Resolving a workflow's approvers and CC against the org tree (受援医院负责人, 派出单位负责人, …).
#include <algorithm>

#include "engine/requests_impl.hpp"
#include "store/request_store.hpp"
#include "store/staff_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu::requests_internal {
namespace {

std::vector<AccountId> resolve(Engine::Impl& impl, const Resolver& who, const Request& r, std::string* where) {
  switch (who.kind) {
    case ResolverKind::recipient_hospital_admin: {
      auto place = impl.unit_scope(r.unit, "unit");
      if (where) *where = "'" + place.name + "' has no enabled 受援医院管理员 account";
      return store::unit_admins(impl.db, Role::recipient_hospital_admin, {place.pre, place.post});
    }
    case ResolverKind::home_unit_admin: {
      if (r.staff == 0) {  // a hospital's report has no staff member, so no home unit
        if (where) *where = "a hospital's report has no home unit (派出单位)";
        return {};
      }
      auto staff = store::staff_get(impl.db, r.staff);
      auto place = impl.unit_scope(staff->home_unit, "home_unit");
      if (where) *where = "'" + place.name + "' (the home unit) has no enabled 支援医院管理员 account";
      return store::unit_admins(impl.db, Role::support_hospital_admin, {place.pre, place.post});
    }
    case ResolverKind::recipient_county_admin: {
      auto place = impl.unit_scope(r.unit, "unit");
      RegionCode county = region_ancestor_at(place.region, RegionLevel::county);
      if (where) *where = "the county of '" + place.name + "' has no enabled 受援县管理员 account";
      return store::region_admins(impl.db, Role::recipient_county_admin, county);
    }
    case ResolverKind::recipient_city_admin: {
      auto place = impl.unit_scope(r.unit, "unit");
      RegionCode city = region_ancestor_at(place.region, RegionLevel::city);
      if (where) *where = "the city of '" + place.name + "' has no enabled 受援地市管理员 account";
      return store::region_admins(impl.db, Role::recipient_city_admin, city);
    }
    case ResolverKind::recipient_province_admin: {
      auto place = impl.unit_scope(r.unit, "unit");
      RegionCode province = region_ancestor_at(place.region, RegionLevel::province);
      if (where) *where = "the province of '" + place.name + "' has no enabled 受援省份管理员 account";
      return store::region_admins(impl.db, Role::recipient_province_admin, province);
    }
    case ResolverKind::account:
      if (where) *where = "account " + std::to_string(who.account) + " does not exist or is disabled";
      if (store::account_enabled(impl.db, who.account)) return {who.account};
      return {};
  }
  return {};
}

}  // namespace

Workflow workflow_for(Engine::Impl& impl, RequestKind kind) {
  auto stored = store::workflow_get(impl.db, kind);
  return stored ? *stored : default_workflow(kind);
}

std::vector<StepProgress> resolve_steps(Engine::Impl& impl, const Workflow& flow, const Request& r) {
  std::vector<StepProgress> out;
  for (const auto& step : flow.steps) {
    // Leave longer than the threshold only: halves are half workdays.
    if (step.only_over_workdays > 0 && r.leave_halves <= 2 * step.only_over_workdays) continue;
    StepProgress sp;
    sp.name = step.name;
    sp.mode = step.mode;
    std::string why;
    for (const auto& who : step.approvers) {
      std::string one;
      for (auto a : resolve(impl, who, r, &one))
        if (std::find(sp.approvers.begin(), sp.approvers.end(), a) == sp.approvers.end()) sp.approvers.push_back(a);
      if (!why.empty()) why += "; ";
      why += one;
    }
    if (sp.approvers.empty())
      throw Error(ErrorCode::invalid_state, "step " + step.name + " of " + flow.name + " has no approver: " + why +
                                                "; create the account or change the workflow");
    out.push_back(std::move(sp));
  }
  return out;
}

std::vector<AccountId> resolve_cc(Engine::Impl& impl, const Workflow& flow, const Request& r, bool at_finish) {
  std::vector<AccountId> out;
  for (const auto& cc : flow.cc) {
    bool now = cc.when == CcTiming::both || (at_finish ? cc.when == CcTiming::on_finish : cc.when == CcTiming::on_submit);
    if (!now) continue;
    for (auto a : resolve(impl, cc.who, r, nullptr))  // nobody to copy is not an error
      if (a != r.applicant && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  }
  return out;
}

}  // namespace bangfu::requests_internal
