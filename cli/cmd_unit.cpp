// bangfu unit add|list|show: hospitals (支援医院, 受援医院), health commissions (卫健委) and
// departments (科室).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

std::string coordinates(const std::optional<GeoPoint>& p) {
  if (!p) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f°N, %.4f°E", p->latitude, p->longitude);
  return buf;
}

void print_unit(Engine& e, AccountId actor, const Unit& u) {
  std::vector<std::pair<std::string, std::string>> f = {
      {"ID", std::to_string(u.id)},
      {"代码 code", u.code},
      {"名称 name", u.name},
      {"类型 kind", std::string(unit_kind_label(u.kind)) + " (" + unit_kind_key(u.kind) + ")"},
      {"区划 region", u.region_path + " (" + region_code_short(u.region) + ")"},
      {"地址 address", u.address},
  };
  if (!u.grade.empty()) f.emplace_back("等级 grade", u.grade);
  if (u.location) f.emplace_back("位置 location", coordinates(u.location));
  if (u.parent) f.emplace_back("上级单位 parent", std::to_string(*u.parent) + " " + e.unit(actor, *u.parent).name);
  print_fields(std::cout, f);

  if (u.kind == UnitKind::support_hospital || u.kind == UnitKind::recipient_hospital) {
    PairingFilter pf;
    pf.unit = u.id;
    auto pairings = e.pairings(actor, pf);
    std::cout << "\n对口帮扶关系 pairings (" << pairings.size() << ")\n";
    if (!pairings.empty()) {
      TextTable t;
      t.headers = {"ID", "支援医院", "受援医院", "开始", "结束"};
      t.align = {Align::right};
      for (auto& p : pairings)
        t.add({std::to_string(p.id), p.support_name, p.recipient_name, date_text(p.start),
               p.end ? date_text(*p.end) : "—"});
      print_table(std::cout, t);
    }
  }
  UnitFilter children;
  children.under = u.id;
  children.kind = UnitKind::department;
  auto departments = e.units(actor, children);
  if (!departments.empty()) {
    std::cout << "\n科室 departments (" << departments.size() << ")\n";
    TextTable t;
    t.headers = {"ID", "代码", "名称"};
    t.align = {Align::right};
    for (auto& d : departments) t.add({std::to_string(d.id), d.code, d.name});
    print_table(std::cout, t);
  }
}

}  // namespace

void add_unit_command(CLI::App& app, Context& ctx) {
  auto* unit = app.add_subcommand("unit", "Add, list and show units (hospitals, health commissions, departments)");
  unit->require_subcommand(1);

  // ---- add ----
  struct AddArgs {
    NewUnit u;
    std::string kind, region, parent;
    std::optional<double> lat, lon;
  };
  auto add = std::make_shared<AddArgs>();
  auto* add_cmd = unit->add_subcommand("add", "Add a unit (as the acting account, within its reach)");
  add_cmd->add_option("--code", add->u.code, "the unit's unique code, e.g. its 统一社会信用代码")->required();
  add_cmd->add_option("--kind", add->kind,
                      "support_hospital (支援医院), recipient_hospital (受援医院), health_commission (卫健委) or "
                      "department (科室)")
      ->required();
  add_cmd->add_option("--name", add->u.name, "the unit's name")->required();
  add_cmd->add_option("--region", add->region, "region code where the unit is (a county or below for hospitals)")
      ->required()
      ->option_text("CODE");
  add_cmd->add_option("--address", add->u.address, "street address");
  add_cmd->add_option("--grade", add->u.grade, "hospital grade, e.g. 三级甲等");
  auto* lat = add_cmd->add_option("--lat", add->lat, "latitude (WGS-84 degrees north)");
  auto* lon = add_cmd->add_option("--lon", add->lon, "longitude (WGS-84 degrees east)");
  lat->needs(lon);
  lon->needs(lat);
  add_cmd->add_option("--parent", add->parent, "the unit this one belongs to (for departments): id or code")
      ->option_text("ID|CODE");
  add_cmd->callback([&ctx, add] {
    Engine& e = ctx.engine();
    NewUnit u = add->u;
    u.kind = parse_unit_kind(add->kind, "kind");
    u.region = parse_region_arg(add->region, "region");
    if (add->lat && add->lon) u.location = GeoPoint{*add->lat, *add->lon};
    if (!add->parent.empty()) u.parent = resolve_unit_arg(e, ctx.actor, add->parent, "parent");
    UnitId id = e.add_unit(ctx.actor, u);
    std::cout << "added unit " << id << "\n";
    print_unit(e, ctx.actor, e.unit(ctx.actor, id));
  });

  // ---- list ----
  struct ListArgs {
    std::string kind, region, under, name;
    int limit = 1000;
  };
  auto list = std::make_shared<ListArgs>();
  auto* list_cmd = unit->add_subcommand("list", "List units");
  list_cmd->add_option("--kind", list->kind, "only this kind (support_hospital, recipient_hospital, ...)");
  list_cmd->add_option("--region", list->region, "only units in this region")->option_text("CODE");
  list_cmd->add_option("--under", list->under, "only this unit and the units under it")->option_text("ID|CODE");
  list_cmd->add_option("--name", list->name, "only units whose name contains this text");
  list_cmd->add_option("--limit", list->limit, "at most this many")->capture_default_str();
  list_cmd->callback([&ctx, list] {
    Engine& e = ctx.engine();
    UnitFilter f;
    if (!list->kind.empty()) f.kind = parse_unit_kind(list->kind, "kind");
    if (!list->region.empty()) f.region = parse_region_arg(list->region, "region");
    if (!list->under.empty()) f.under = resolve_unit_arg(e, ctx.actor, list->under, "under");
    f.name_contains = list->name;
    f.limit = list->limit;
    auto units = e.units(ctx.actor, f);
    TextTable t;
    t.headers = {"ID", "代码", "类型", "名称", "区划", "等级"};
    t.align = {Align::right};
    for (auto& u : units) t.add({std::to_string(u.id), u.code, unit_kind_label(u.kind), u.name, u.region_path, u.grade});
    print_table(std::cout, t);
    std::cout << units.size() << (units.size() == 1 ? " unit\n" : " units\n");
  });

  // ---- show ----
  auto which = std::make_shared<std::string>();
  auto* show_cmd = unit->add_subcommand("show", "Show a unit with its pairings and departments");
  show_cmd->add_option("UNIT", *which, "unit id or code")->required();
  show_cmd->callback([&ctx, which] {
    Engine& e = ctx.engine();
    print_unit(e, ctx.actor, e.unit(ctx.actor, resolve_unit_arg(e, ctx.actor, *which, "UNIT")));
  });
}

}  // namespace bangfu::cli
