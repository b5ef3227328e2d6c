// Accounts, roles and scopes: Role, Scope, Account and the Engine's account commands.
#include "common.hpp"

namespace bangfu::python {
namespace {

Scope scope_from_py(py::handle v, std::string_view field) {
  if (py::isinstance<Scope>(v)) return v.cast<Scope>();
  if (py::isinstance<py::dict>(v)) {
    py::dict d = py::reinterpret_borrow<py::dict>(v);
    py::object unit = d.contains("unit") ? py::object(d["unit"]) : py::none();
    py::object kind = d.contains("kind") ? py::object(d["kind"]) : py::none();
    bool unit_kind = !kind.is_none() && (py::isinstance<py::str>(kind) ? kind.cast<std::string>() == "unit"
                                                                       : py::isinstance<Scope::Kind>(kind) &&
                                                                             kind.cast<Scope::Kind>() == Scope::Kind::unit);
    if (unit_kind || (kind.is_none() && !unit.is_none())) return Scope::of_unit(int_from_py(unit, "scope_unit"));
    py::object region = d.contains("region") ? py::object(d["region"]) : py::int_(0);
    return Scope::of_region(region_from_py(region, "scope_region"));
  }
  throw_type(field, v, "a bangfu.Scope or a dict with region or unit");
}

std::vector<Role> roles_from_py(py::handle v) {
  std::vector<Role> roles;
  if (py::isinstance<py::str>(v) || py::isinstance<Role>(v)) {
    roles.push_back(role_from_py(v, "roles"));
    return roles;
  }
  if (!py::isinstance<py::sequence>(v) && !py::isinstance<py::set>(v) && !py::isinstance<py::frozenset>(v))
    throw_type("roles", v, "a list of roles (bangfu.Role, keys or Chinese labels)");
  for (auto r : v) roles.push_back(role_from_py(r, "roles"));
  return roles;
}

NewAccount new_account(py::handle data, const py::kwargs& kw) {
  Fields f("an account", data, kw, {"name", "login", "phone", "roles", "scope", "scope_region", "scope_unit", "staff"});
  NewAccount a;
  a.name = f.str("name", true);
  a.login = f.str("login");
  a.phone = f.str("phone");
  a.roles = roles_from_py(f.need("roles"));
  int given = int(f.has("scope")) + int(f.has("scope_region")) + int(f.has("scope_unit"));
  if (given > 1)
    throw Error(ErrorCode::invalid_argument, "scope: give one of scope, scope_region or scope_unit", "scope", "");
  if (f.has("scope_unit")) a.scope = Scope::of_unit(int_from_py(f.get("scope_unit"), "scope_unit"));
  else if (f.has("scope_region")) a.scope = Scope::of_region(region_from_py(f.get("scope_region"), "scope_region"));
  else if (f.has("scope")) a.scope = scope_from_py(f.get("scope"), "scope");
  a.staff = f.opt_int("staff");
  return a;
}

AccountFilter account_filter(py::handle data, const py::kwargs& kw) {
  Fields f("an account filter", data, kw, {"region", "role", "include_disabled", "limit"});
  AccountFilter a;
  a.region = f.opt_region("region");
  if (f.has("role")) a.role = role_from_py(f.get("role"), "role");
  a.include_disabled = f.opt_bool("include_disabled").value_or(false);
  if (auto l = f.opt_int("limit")) a.limit = static_cast<int>(*l);
  return a;
}

}  // namespace

void init_account(py::module_& m) {
  py::enum_<Role> role(m, "Role", "A role; inputs also accept the key or the Chinese label (受援县管理员).");
  for (Role r : {Role::national_admin, Role::support_province_admin, Role::support_hospital_admin,
                 Role::recipient_province_admin, Role::recipient_city_admin, Role::recipient_county_admin,
                 Role::recipient_hospital_admin, Role::support_staff, Role::registry_province_admin,
                 Role::registry_city_admin, Role::registry_county_admin, Role::three_batches_filler,
                 Role::city_medical_filler, Role::county_medical_filler, Role::county_survey_filler})
    role.value(role_key(r), r);
  role.def_property_readonly("label", [](Role r) { return std::string(role_label(r)); })
      .def_property_readonly("is_filler", [](Role r) { return role_is_filler(r); },
                             "True for the registry's filler roles (填报人).");

  py::enum_<Scope::Kind>(m, "ScopeKind", "Whether a scope is a region or a unit.")
      .value("region", Scope::Kind::region)
      .value("unit", Scope::Kind::unit);

  py::class_<Scope> scope(m, "Scope", "An account's reach: a region (0 = nationwide) or a unit and what is under it.");
  scope
      .def(py::init([](py::handle region, py::handle unit) {
             if (!unit.is_none()) {
               if (!region.is_none()) throw_invalid("scope", "region and unit", "give a region or a unit, not both");
               return Scope::of_unit(int_from_py(unit, "unit"));
             }
             return Scope::of_region(region.is_none() ? kNationwide : region_from_py(region, "region"));
           }),
           py::kw_only(), py::arg("region") = py::none(), py::arg("unit") = py::none())
      .def_static(
          "of_region", [](py::handle code) { return Scope::of_region(region_from_py(code, "region")); },
          py::arg("code"), "A region scope (6-digit codes accepted; 0 = nationwide).")
      .def_static(
          "of_unit", [](py::handle unit) { return Scope::of_unit(int_from_py(unit, "unit")); }, py::arg("unit"),
          "A unit scope.")
      .def_readonly("kind", &Scope::kind)
      .def_readonly("region", &Scope::region, "The region; for unit scopes the unit's region (filled by the engine).")
      .def_readonly("unit", &Scope::unit, "The unit id for unit scopes, else None.");
  finish_record(scope, {"kind", "region", "unit"});

  py::class_<Account> account(m, "Account", "An account: who may act, with which roles and how far.");
  account.def_readonly("id", &Account::id)
      .def_readonly("name", &Account::name)
      .def_readonly("login", &Account::login)
      .def_readonly("phone", &Account::phone)
      .def_readonly("roles", &Account::roles)
      .def_readonly("scope", &Account::scope)
      .def_readonly("scope_name", &Account::scope_name, "Region path or unit name of the scope.")
      .def_readonly("staff", &Account::staff, "The staff record of a support_staff account, else None.")
      .def_readonly("created_by", &Account::created_by)
      .def_property_readonly(
          "created_at", [](const Account& a) { return utc_text_to_py(a.created_at); }, "Aware UTC datetime.")
      .def_readonly("disabled", &Account::disabled);
  finish_record(account, {"id", "name", "login", "phone", "roles", "scope", "scope_name", "staff", "created_by",
                          "created_at", "disabled"},
                {"id", "name", "login", "roles", "scope_name", "disabled"});

  auto id = [](py::handle v, const char* field) { return int_from_py(v, field); };
  engine_class(m)
      .def(
          "create_account",
          [id](const EngineHandle& h, py::handle actor, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            NewAccount acc = new_account(data, kw);
            return call(h, [&](Engine& e) { return e.create_account(a, acc); });
          },
          py::arg("actor"), py::arg("account") = py::none(), py::pos_only(),
          "Creates an account; fields: name, login, phone, roles, scope_region or scope_unit (or scope), staff. "
          "Returns its id.")
      .def(
          "account",
          [id](const EngineHandle& h, py::handle actor, py::handle account_id) {
            AccountId a = id(actor, "actor");
            AccountId aid = id(account_id, "id");
            return call(h, [&](Engine& e) { return e.account(a, aid); });
          },
          py::arg("actor"), py::arg("id"))
      .def(
          "account_by_login",
          [id](const EngineHandle& h, py::handle actor, py::handle login) {
            AccountId a = id(actor, "actor");
            std::string l = str_from_py(login, "login");
            return call(h, [&](Engine& e) { return e.account_by_login(a, l); });
          },
          py::arg("actor"), py::arg("login"), "The account with this login, or None.")
      .def(
          "accounts",
          [id](const EngineHandle& h, py::handle actor, py::handle data, const py::kwargs& kw) {
            AccountId a = id(actor, "actor");
            AccountFilter f = account_filter(data, kw);
            return call(h, [&](Engine& e) { return e.accounts(a, f); });
          },
          py::arg("actor"), py::arg("filter") = py::none(), py::pos_only(),
          "Accounts the actor may see; filter fields: region, role, include_disabled, limit.")
      .def(
          "set_account_disabled",
          [id](const EngineHandle& h, py::handle actor, py::handle account_id, py::handle disabled) {
            AccountId a = id(actor, "actor");
            AccountId aid = id(account_id, "id");
            bool d = bool_from_py(disabled, "disabled");
            call(h, [&](Engine& e) { e.set_account_disabled(a, aid, d); });
          },
          py::arg("actor"), py::arg("id"), py::arg("disabled"));
}

}  // namespace bangfu::python
