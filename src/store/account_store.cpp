#include "store/account_store.hpp"

namespace bangfu::store {
namespace {

constexpr const char* kAccountSelect =
    "SELECT a.id, a.name, coalesce(a.login, ''), a.phone, a.scope_kind, a.scope_region, a.scope_unit, "
    "a.staff, a.created_by, a.created_at, a.disabled, "
    "CASE WHEN a.scope_kind = 2 THEN u.name WHEN a.scope_region = 0 THEN '全国' ELSE r.path END "
    "FROM account a LEFT JOIN unit u ON u.id = a.scope_unit LEFT JOIN region r ON r.code = a.scope_region ";

void load_roles(Database& db, Account& a) {
  auto& st = db.prepare("SELECT role FROM account_role WHERE account = ? ORDER BY role");
  st.bind(1, static_cast<std::int64_t>(a.id));
  while (st.executeStep()) a.roles.push_back(static_cast<Role>(st.getColumn(0).getInt()));
}

Account read_account(SQLite::Statement& st) {
  Account a;
  a.id = st.getColumn(0).getInt64();
  a.name = st.getColumn(1).getString();
  a.login = st.getColumn(2).getString();
  a.phone = st.getColumn(3).getString();
  a.scope.kind = static_cast<Scope::Kind>(st.getColumn(4).getInt());
  a.scope.region = st.getColumn(5).getInt64();
  if (!st.getColumn(6).isNull()) a.scope.unit = st.getColumn(6).getInt64();
  if (!st.getColumn(7).isNull()) a.staff = st.getColumn(7).getInt64();
  a.created_by = st.getColumn(8).getInt64();
  a.created_at = st.getColumn(9).getString();
  a.disabled = st.getColumn(10).getInt() != 0;
  a.scope_name = text_or_empty(st.getColumn(11));
  return a;
}

std::vector<Account> read_accounts(Database& db, SQLite::Statement& st) {
  std::vector<Account> out;
  while (st.executeStep()) out.push_back(read_account(st));
  for (auto& a : out) load_roles(db, a);
  return out;
}

}  // namespace

AccountId account_insert(Database& db, const NewAccount& a, AccountId created_by, const std::string& created_at) {
  auto& st = db.prepare(
      "INSERT INTO account(name, login, phone, scope_kind, scope_region, scope_unit, staff, created_by, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, a.name);
  if (a.login.empty()) st.bind(2);
  else st.bind(2, a.login);
  st.bind(3, a.phone);
  st.bind(4, static_cast<int>(a.scope.kind));
  st.bind(5, static_cast<std::int64_t>(a.scope.region));
  if (a.scope.unit) st.bind(6, static_cast<std::int64_t>(*a.scope.unit));
  else st.bind(6);
  if (a.staff) st.bind(7, static_cast<std::int64_t>(*a.staff));
  else st.bind(7);
  st.bind(8, static_cast<std::int64_t>(created_by));
  st.bind(9, created_at);
  st.exec();
  AccountId id = db.last_insert_id();
  auto& rs = db.prepare("INSERT OR IGNORE INTO account_role(account, role) VALUES (?, ?)");
  for (Role r : a.roles) {
    rs.reset();
    rs.bind(1, static_cast<std::int64_t>(id));
    rs.bind(2, static_cast<int>(r));
    rs.exec();
  }
  return id;
}

std::optional<Account> account_get(Database& db, AccountId id) {
  auto& st = db.prepare(std::string(kAccountSelect) + "WHERE a.id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  auto v = read_accounts(db, st);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<Account> account_by_login(Database& db, const std::string& login) {
  auto& st = db.prepare(std::string(kAccountSelect) + "WHERE a.login = ?");
  st.bind(1, login);
  auto v = read_accounts(db, st);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<AccountId> account_for_staff(Database& db, StaffId staff) {
  auto& st = db.prepare("SELECT id FROM account WHERE staff = ?");
  st.bind(1, static_cast<std::int64_t>(staff));
  if (!st.executeStep()) return std::nullopt;
  return st.getColumn(0).getInt64();
}

std::vector<Account> account_list(Database& db, const AccountFilter& f, RegionRange within) {
  auto range = f.region ? region_subtree(*f.region) : RegionRange{0, 999999999999};
  auto& st = db.prepare(std::string(kAccountSelect) +
                        "WHERE a.id <> 0 AND a.scope_region BETWEEN ?1 AND ?2 AND a.scope_region BETWEEN ?3 AND ?4 "
                        "AND (?5 IS NULL OR EXISTS (SELECT 1 FROM account_role x WHERE x.account = a.id AND x.role = ?5)) "
                        "AND (?6 OR a.disabled = 0) ORDER BY a.scope_region, a.id LIMIT ?7");
  st.bind(1, static_cast<std::int64_t>(range.first));
  st.bind(2, static_cast<std::int64_t>(range.last));
  st.bind(3, static_cast<std::int64_t>(within.first));
  st.bind(4, static_cast<std::int64_t>(within.last));
  if (f.role) st.bind(5, static_cast<int>(*f.role));
  else st.bind(5);
  st.bind(6, f.include_disabled ? 1 : 0);
  st.bind(7, f.limit);
  return read_accounts(db, st);
}

void account_set_disabled(Database& db, AccountId id, bool disabled) {
  auto& st = db.prepare("UPDATE account SET disabled = ? WHERE id = ?");
  st.bind(1, disabled ? 1 : 0);
  st.bind(2, static_cast<std::int64_t>(id));
  st.exec();
}

}  // namespace bangfu::store
