// SQL for accounts and their roles.
#pragma once

#include <optional>
#include <vector>

#include "bangfu/account.hpp"
#include "store/database.hpp"

namespace bangfu::store {

// `a.scope.region` must already be resolved (for unit scopes: the unit's region).
AccountId account_insert(Database& db, const NewAccount& a, AccountId created_by, const std::string& created_at);
std::optional<Account> account_get(Database& db, AccountId id);
std::optional<Account> account_by_login(Database& db, const std::string& login);
std::optional<AccountId> account_for_staff(Database& db, StaffId staff);
std::vector<Account> account_list(Database& db, const AccountFilter& f, RegionRange within);
void account_set_disabled(Database& db, AccountId id, bool disabled);

}  // namespace bangfu::store
