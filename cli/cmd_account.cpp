// bangfu account add|list|show|disable|enable. Who may create or manage which account is the
// engine's rule (own level or below, inside one's own scope); this file only translates.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

std::string roles_text(const std::vector<Role>& roles) {
  std::string s;
  for (Role r : roles) s += (s.empty() ? "" : "、") + std::string(role_label(r));
  return s;
}

std::string role_keys(const std::vector<Role>& roles) {
  std::string s;
  for (Role r : roles) s += (s.empty() ? "" : ", ") + std::string(role_key(r));
  return s;
}

void print_account(const Account& a) {
  std::vector<std::pair<std::string, std::string>> f = {
      {"ID", std::to_string(a.id)},
      {"姓名 name", a.name},
      {"登录名 login", a.login},
      {"电话 phone", a.phone},
      {"角色 roles", roles_text(a.roles) + " (" + role_keys(a.roles) + ")"},
      {"范围 scope", (a.scope.kind == Scope::Kind::unit ? "unit " + std::to_string(a.scope.unit.value_or(0)) + " "
                                                         : "region " + region_code_short(a.scope.region) + " ") +
                         a.scope_name},
  };
  if (a.staff) f.emplace_back("支援人员 staff", std::to_string(*a.staff));
  f.emplace_back("创建者 created by", std::to_string(a.created_by));
  f.emplace_back("创建时间 created at", a.created_at);
  f.emplace_back("状态 status", a.disabled ? "已停用 disabled" : "正常 active");
  print_fields(std::cout, f);
}

}  // namespace

void add_account_command(CLI::App& app, Context& ctx) {
  auto* account = app.add_subcommand("account", "Create, list, show, disable and enable accounts");
  account->require_subcommand(1);

  // ---- add ----
  struct AddArgs {
    std::string name, login, phone, region, unit;
    std::vector<std::string> roles;
    std::optional<StaffId> staff;
  };
  auto add = std::make_shared<AddArgs>();
  auto* add_cmd = account->add_subcommand(
      "add",
      "Create an account as the acting account. An account creates accounts at its own level or below, "
      "inside its own scope (e.g. a county admin creates county and hospital admins of its county)");
  add_cmd->add_option("--name", add->name, "display name (the person's name)")->required();
  add_cmd->add_option("--role", add->roles,
                      "(required) role key or Chinese label; repeat for several (national_admin, support_province_admin, "
                      "support_hospital_admin, recipient_province_admin, recipient_city_admin, recipient_county_admin, "
                      "recipient_hospital_admin, support_staff, registry_*_admin, *_filler)")
      ->required()
      ->option_text("ROLE");
  auto* region_opt = add_cmd->add_option("--region", add->region, "scope: a region code (0 = nationwide)")
                         ->option_text("CODE");
  auto* unit_opt = add_cmd->add_option("--unit", add->unit, "scope: a unit (hospital) id or code")->option_text("ID|CODE");
  region_opt->excludes(unit_opt);
  add_cmd->add_option("--login", add->login, "the host's login key (e.g. DingTalk userid); unique");
  add_cmd->add_option("--phone", add->phone, "phone number");
  add_cmd->add_option("--staff", add->staff, "for support_staff: the staff record (id) the account belongs to")
      ->option_text("ID");
  add_cmd->callback([&ctx, add] {
    Engine& e = ctx.engine();
    NewAccount a;
    a.name = add->name;
    a.login = add->login;
    a.phone = add->phone;
    for (auto& r : add->roles) a.roles.push_back(parse_role(r, "role"));
    if (!add->unit.empty()) a.scope = Scope::of_unit(resolve_unit_arg(e, ctx.actor, add->unit, "unit"));
    else if (!add->region.empty()) a.scope = Scope::of_region(parse_region_arg(add->region, "region"));
    a.staff = add->staff;
    AccountId id = e.create_account(ctx.actor, a);
    std::cout << "created account " << id << "\n";
    print_account(e.account(ctx.actor, id));
  });

  // ---- list ----
  struct ListArgs {
    std::string region, role;
    bool include_disabled = false;
    int limit = 1000;
  };
  auto list = std::make_shared<ListArgs>();
  auto* list_cmd = account->add_subcommand("list", "List the accounts the acting account may see");
  list_cmd->add_option("--region", list->region, "only accounts whose scope lies in this region")->option_text("CODE");
  list_cmd->add_option("--role", list->role, "only accounts holding this role")->option_text("ROLE");
  list_cmd->add_flag("--include-disabled", list->include_disabled, "also list disabled accounts");
  list_cmd->add_option("--limit", list->limit, "at most this many")->capture_default_str();
  list_cmd->callback([&ctx, list] {
    AccountFilter f;
    if (!list->region.empty()) f.region = parse_region_arg(list->region, "region");
    if (!list->role.empty()) f.role = parse_role(list->role, "role");
    f.include_disabled = list->include_disabled;
    f.limit = list->limit;
    auto accounts = ctx.engine().accounts(ctx.actor, f);
    TextTable t;
    t.headers = {"ID", "姓名", "登录名", "角色", "范围", "创建者", "状态"};
    t.align = {Align::right, Align::left, Align::left, Align::left, Align::left, Align::right, Align::left};
    for (auto& a : accounts)
      t.add({std::to_string(a.id), a.name, a.login, roles_text(a.roles), a.scope_name, std::to_string(a.created_by),
             a.disabled ? "已停用" : "正常"});
    print_table(std::cout, t);
    std::cout << accounts.size() << (accounts.size() == 1 ? " account\n" : " accounts\n");
  });

  // ---- show ----
  struct ShowArgs {
    std::optional<AccountId> id;
    std::string login;
  };
  auto show = std::make_shared<ShowArgs>();
  auto* show_cmd = account->add_subcommand("show", "Show one account, by id or by --login");
  auto* id_opt = show_cmd->add_option("ID", show->id, "account id");
  auto* login_opt = show_cmd->add_option("--login", show->login, "the account's login");
  id_opt->excludes(login_opt);
  show_cmd->callback([&ctx, show] {
    Engine& e = ctx.engine();
    if (show->id) return print_account(e.account(ctx.actor, *show->id));
    if (show->login.empty()) throw_invalid("ID", "", "give an account id or --login");
    auto a = e.account_by_login(ctx.actor, show->login);
    if (!a) throw_not_found("account login", show->login);
    print_account(*a);
  });

  // ---- disable / enable ----
  for (bool disable : {true, false}) {
    auto id = std::make_shared<AccountId>(0);
    auto* cmd = account->add_subcommand(disable ? "disable" : "enable",
                                        disable ? "Disable an account (it can no longer act; it is kept for the record)"
                                                : "Enable a disabled account again");
    cmd->add_option("ID", *id, "account id")->required();
    cmd->callback([&ctx, id, disable] {
      Engine& e = ctx.engine();
      e.set_account_disabled(ctx.actor, *id, disable);
      std::cout << "account " << *id << (disable ? " disabled\n" : " enabled\n");
    });
  }
}

}  // namespace bangfu::cli
