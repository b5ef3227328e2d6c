// Engine commands: accounts (creation follows DOMAIN.md B2: own level or below, inside
// one's own scope; township and village accounts get filler roles only).
#include <algorithm>

#include "core/utf8.hpp"
#include "engine/engine_impl.hpp"
#include "json/records.hpp"
#include "store/account_store.hpp"
#include "store/staff_store.hpp"

namespace bangfu {

using internal::Actor;
using internal::Capability;
using internal::ResolvedScope;

namespace {

// The account's own reach over another account: national sees all; others see accounts
// inside their scope, and the ones they created.
bool account_visible(Engine::Impl& impl, const Actor& actor, const Account& target) {
  if (actor.has(Role::national_admin) || target.id == actor.id || target.created_by == actor.id) return true;
  if (target.id == kSystemActor) return false;
  return internal::scope_contains(actor.scope, impl.resolve_scope(target.scope, "scope"));
}

// The checks of account creation, also used to decide who may disable an account.
void check_may_manage(Engine::Impl& impl, const Actor& actor, const NewAccount& a, const ResolvedScope& scope) {
  internal::check_account_creation(actor, a, scope);
  if (a.staff && std::find(a.roles.begin(), a.roles.end(), Role::support_staff) != a.roles.end() &&
      !impl.staff_in_reach(actor, *a.staff, store::ReachUse::manage))
    throw Error(ErrorCode::permission_denied, actor.describe() + " may not create an account for staff " +
                                                  std::to_string(*a.staff) + ": outside the account's scope");
}

}  // namespace

AccountId Engine::create_account(AccountId actor_id, const NewAccount& in) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    NewAccount a = in;
    for (auto [field, value] : {std::pair<const char*, const std::string&>{"name", a.name}, {"login", a.login},
                                {"phone", a.phone}})
      internal::require_utf8(field, value);
    if (a.name.empty()) throw Error(ErrorCode::invalid_argument, "name: required", "name", "");
    if (a.roles.empty()) throw Error(ErrorCode::invalid_argument, "roles: at least one role is required", "roles", "");
    std::sort(a.roles.begin(), a.roles.end());
    a.roles.erase(std::unique(a.roles.begin(), a.roles.end()), a.roles.end());
    bool is_staff = std::find(a.roles.begin(), a.roles.end(), Role::support_staff) != a.roles.end();
    if (is_staff) {
      if (a.roles.size() > 1)
        throw_invalid("roles", "support_staff", "a 支援人员 account holds no other role");
      if (!a.staff) throw Error(ErrorCode::invalid_argument, "staff: a support_staff account names its staff record", "staff", "");
      auto staff = store::staff_get(impl_->db, *a.staff);
      if (!staff) throw_not_found("staff", std::to_string(*a.staff));
      if (auto other = store::account_for_staff(impl_->db, *a.staff))
        throw Error(ErrorCode::conflict, "staff " + std::to_string(*a.staff) + " (" + staff->name + ") already has account " +
                                             std::to_string(*other), "staff", std::to_string(*a.staff));
      if (a.scope.kind == Scope::Kind::unit && a.scope.unit && *a.scope.unit != staff->home_unit)
        throw_invalid("scope_unit", std::to_string(*a.scope.unit), "a staff account's scope is the staff member's home unit");
      a.scope = Scope::of_unit(staff->home_unit);
    } else if (a.staff) {
      throw_invalid("staff", std::to_string(*a.staff), "only support_staff accounts name a staff record");
    }
    if (a.scope.kind == Scope::Kind::region) a.scope.region = full_region(a.scope.region, "scope_region");
    auto scope = impl_->resolve_scope(a.scope, a.scope.kind == Scope::Kind::unit ? "scope_unit" : "scope_region");
    for (Role r : a.roles) internal::check_role_scope(r, scope);
    check_may_manage(*impl_, actor, a, scope);
    if (!a.login.empty())
      if (auto other = store::account_by_login(impl_->db, a.login))
        throw Error(ErrorCode::conflict, "login '" + a.login + "': already used by account " + std::to_string(other->id),
                    "login", a.login);
    a.scope.region = scope.region;
    AccountId id = store::account_insert(impl_->db, a, actor.id, impl_->now_text());
    impl_->audit(actor, "account.create", "account", id, nullptr, json::to_json(*store::account_get(impl_->db, id)));
    return id;
  });
}

Account Engine::account(AccountId actor_id, AccountId id) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    auto a = store::account_get(impl_->db, id);
    if (!a) throw_not_found("account", std::to_string(id));
    if (!account_visible(*impl_, actor, *a))
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not view account " + std::to_string(id) + ": outside the account's scope");
    return *a;
  });
}

std::optional<Account> Engine::account_by_login(AccountId actor_id, std::string_view login) const {
  return impl_->read([&]() -> std::optional<Account> {
    auto actor = impl_->actor(actor_id);
    auto a = store::account_by_login(impl_->db, std::string(login));
    if (!a) return std::nullopt;
    if (!account_visible(*impl_, actor, *a))
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not view account '" + std::string(login) + "': outside the account's scope");
    return a;
  });
}

std::vector<Account> Engine::accounts(AccountId actor_id, const AccountFilter& filter) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    internal::require(actor, Capability::create_accounts, "list accounts");
    AccountFilter f = filter;
    if (f.region) f.region = full_region(*f.region, "region");
    auto within = region_subtree(actor.scope.region);
    auto all = store::account_list(impl_->db, f, within);
    std::vector<Account> out;
    for (auto& a : all)
      if (account_visible(*impl_, actor, a)) out.push_back(std::move(a));
    return out;
  });
}

void Engine::set_account_disabled(AccountId actor_id, AccountId id, bool disabled) {
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto before = store::account_get(impl_->db, id);
    if (!before) throw_not_found("account", std::to_string(id));
    if (id == kSystemActor) throw_invalid("account", "0", "the system actor cannot be disabled");
    if (id == actor.id) throw_invalid("account", std::to_string(id), "an account cannot disable itself");
    check_may_manage(*impl_, actor, *before, impl_->resolve_scope(before->scope, "scope"));
    if (before->disabled == disabled) return;
    store::account_set_disabled(impl_->db, id, disabled);
    impl_->audit(actor, disabled ? "account.disable" : "account.enable", "account", id, json::to_json(*before),
                 json::to_json(*store::account_get(impl_->db, id)));
  });
}

}  // namespace bangfu
