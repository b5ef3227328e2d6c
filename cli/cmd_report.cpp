// bangfu report: the programme overview — hospitals, pairings, staff on assignment today,
// and per recipient province and city the staff dispatched and hospitals covered. Every
// figure comes from Engine queries made as the acting account, so it shows that account's view.
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <set>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {
namespace {

constexpr RegionCode kProvinceUnit = 10000000000;  // 12-digit code / this = 2-digit province
constexpr RegionCode kCityUnit = 100000000;        // / this = 4-digit city

struct CityFigures {
  std::int64_t hospitals = 0;
  std::int64_t pairings = 0;          // in force today
  std::int64_t staff = 0;              // on assignment today
  std::int64_t covered = 0;            // hospitals with staff on assignment today
  bool visible = true;                 // false when (part of) the figures lie outside the actor's view
};

std::string staff_text(const CityFigures& f) { return f.visible ? std::to_string(f.staff) : "—"; }
std::string covered_text(const CityFigures& f) { return f.visible ? std::to_string(f.covered) : "—"; }

std::string place_name(Engine& e, RegionCode code) {
  try {
    auto r = e.region(code);
    return region_name_is_placeholder(r.name) ? "（直辖区县）" : r.name;
  } catch (const Error&) {
    return region_code_short(code);
  }
}

}  // namespace

void print_report(Engine& e, AccountId actor) {
  const Date today = e.today();
  UnitFilter uf;
  uf.limit = 1000000;
  uf.kind = UnitKind::support_hospital;
  auto support = e.units(actor, uf);
  uf.kind = UnitKind::recipient_hospital;
  auto recipients = e.units(actor, uf);
  auto pairings = e.pairings(actor);
  PairingFilter in_force;
  in_force.active_on = today;
  auto active_pairings = e.pairings(actor, in_force);

  StaffSummaryFilter all_time;
  auto history = e.staff_summary(actor, all_time);
  StaffSummaryFilter on_duty;
  on_duty.active_on = today;
  auto today_rows = e.staff_summary(actor, on_duty);

  auto status_col = history.column_index("status");
  std::int64_t ended = 0, waiting = 0;
  std::set<std::string> people;
  auto name_col = history.column_index("name"), id_col = history.column_index("id_number"),
       home_col = history.column_index("home_unit");
  for (auto& row : history.rows) {
    auto status = cell_text(row[status_col]);
    if (status == "已结束") ++ended;
    if (status == "未派驻") ++waiting;
    people.insert(cell_text(row[name_col]) + "\x1f" + cell_text(row[id_col]) + "\x1f" + cell_text(row[home_col]));
  }

  std::cout << "对口帮扶工作概况（截至 " << date_text(today) << "）\n\n";
  TextTable overview;
  overview.headers = {"项目", "数量"};
  overview.align = {Align::left, Align::right};
  overview.add({"支援医院", std::to_string(support.size())});
  overview.add({"受援医院", std::to_string(recipients.size())});
  overview.add({"帮扶关系（在期）", std::to_string(active_pairings.size())});
  overview.add({"帮扶关系（累计）", std::to_string(pairings.size())});
  overview.add({"登记支援人员", std::to_string(people.size())});
  overview.add({"今日在岗支援人员", std::to_string(today_rows.rows.size())});
  overview.add({"已结束派驻（人次）", std::to_string(ended)});
  overview.add({"尚未派驻人员", std::to_string(waiting)});
  print_table(std::cout, overview);

  // Per recipient province and city.
  std::map<UnitId, RegionCode> recipient_region;
  std::map<RegionCode, std::map<RegionCode, CityFigures>> by_province;
  for (auto& u : recipients) {
    recipient_region[u.id] = u.region;
    ++by_province[u.region / kProvinceUnit * kProvinceUnit][u.region / kCityUnit * kCityUnit].hospitals;
  }
  for (auto& p : active_pairings) {
    auto it = recipient_region.find(p.recipient_unit);
    if (it == recipient_region.end()) continue;
    ++by_province[it->second / kProvinceUnit * kProvinceUnit][it->second / kCityUnit * kCityUnit].pairings;
  }
  auto unit_col = today_rows.column_index("recipient_unit");
  for (auto& [province, cities] : by_province) {
    for (auto& [city, f] : cities) {
      StaffSummaryFilter filter;
      filter.recipient_region = city;
      filter.active_on = today;
      try {
        auto rows = e.staff_summary(actor, filter);
        std::set<std::string> hospitals;
        for (auto& row : rows.rows) hospitals.insert(cell_text(row[unit_col]));
        f.staff = static_cast<std::int64_t>(rows.rows.size());
        f.covered = static_cast<std::int64_t>(hospitals.size());
      } catch (const Error& err) {
        if (err.code() != ErrorCode::permission_denied) throw;
        f.visible = false;  // outside the actor's view: shown as —
      }
    }
  }

  std::cout << "\n受援地区派驻情况（今日在岗）\n\n";
  TextTable t;
  t.headers = {"受援省份", "受援地市", "受援医院数", "在期帮扶关系", "在岗支援人员", "有人员派驻的医院"};
  t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right};
  CityFigures total;
  auto add_into = [](CityFigures& sum, const CityFigures& f) {
    sum.hospitals += f.hospitals;
    sum.pairings += f.pairings;
    sum.staff += f.staff;
    sum.covered += f.covered;
    sum.visible = sum.visible && f.visible;
  };
  for (auto& [province, cities] : by_province) {
    std::string pname = place_name(e, province);
    CityFigures sub;
    for (auto& [city, f] : cities) {
      t.add({pname, place_name(e, city), std::to_string(f.hospitals), std::to_string(f.pairings), staff_text(f), covered_text(f)});
      add_into(sub, f);
    }
    t.add({pname, "小计", std::to_string(sub.hospitals), std::to_string(sub.pairings), staff_text(sub), covered_text(sub)});
    add_into(total, sub);
  }
  t.add({"合计", "", std::to_string(total.hospitals), std::to_string(total.pairings), staff_text(total), covered_text(total)});
  print_table(std::cout, t);
  if (!total.visible)
    std::cout << "（— : 不在当前账号的查看范围内）\n";
}

void add_report_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("report",
                                 "Print the programme overview: hospitals, pairings, staff on assignment today, and "
                                 "per recipient province and city the staff dispatched and hospitals covered "
                                 "(as seen by the acting account)");
  cmd->callback([&ctx] { print_report(ctx.engine(), ctx.actor); });
}

}  // namespace bangfu::cli
