// Engine command: 对口帮扶工作概况, the programme overview rolled up by recipient province and city.
#include <map>

#include "engine/engine_impl.hpp"
#include "store/overview_store.hpp"
#include "store/region_store.hpp"

namespace bangfu {

namespace {

constexpr RegionCode kProvinceSpan = 10000000000;
constexpr RegionCode kCitySpan = 100000000;

const std::vector<Column>& region_columns() {
  static const std::vector<Column> cols = {
      {"province", "受援省份", ColumnType::text, 12},
      {"city", "受援地市", ColumnType::text, 24},
      {"recipient_hospitals", "受援医院数", ColumnType::integer, 10},
      {"pairings_active", "在期帮扶关系", ColumnType::integer, 12},
      {"staff_on_duty", "在岗支援人员", ColumnType::integer, 12},
      {"hospitals_covered", "有人员派驻的医院", ColumnType::integer, 16},
      {"row", "行类型", ColumnType::text, 8},
  };
  return cols;
}

struct Sums {
  std::int64_t hospitals = 0, pairings = 0, staff = 0, covered = 0;
  void add(const Sums& o) {
    hospitals += o.hospitals;
    pairings += o.pairings;
    staff += o.staff;
    covered += o.covered;
  }
};

}  // namespace

ProgrammeOverview Engine::programme_overview(AccountId actor_id, std::optional<Date> as_of) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    internal::require(actor, internal::Capability::view_staff, "view the programme overview");
    auto reach = internal::staff_reach(actor);
    ProgrammeOverview o;
    o.as_of = as_of.value_or(impl_->today());

    // Roll the hospitals up: province → city (codes sort provinces and cities together).
    std::map<RegionCode, std::map<RegionCode, Sums>> tree;
    for (auto& f : store::recipient_figures(impl_->db, reach, o.as_of)) {
      auto& s = tree[f.region / kProvinceSpan * kProvinceSpan][f.region / kCitySpan * kCitySpan];
      s.add({1, f.pairings_active, f.staff_on_duty, f.staff_on_duty > 0 ? 1 : 0});
      o.pairings_total += f.pairings_total;
    }
    auto name = [&](RegionCode code) -> Cell {
      auto r = store::region_get(impl_->db, code);
      if (!r) return region_code_short(code);
      return region_name_is_placeholder(r->name) ? std::string("（直辖区县）") : r->name;
    };
    auto row = [](Cell province, Cell city, const Sums& s, const char* kind) {
      return Row{std::move(province), std::move(city), s.hospitals, s.pairings, s.staff, s.covered, std::string(kind)};
    };
    o.by_region.columns = region_columns();
    Sums total;
    for (auto& [province, cities] : tree) {
      Sums sub;
      Cell pname = name(province);
      for (auto& [city, s] : cities) {
        o.by_region.rows.push_back(row(pname, name(city), s, "city"));
        sub.add(s);
      }
      o.by_region.rows.push_back(row(pname, std::string("小计"), sub, "subtotal"));
      total.add(sub);
    }
    o.by_region.rows.push_back(row(std::string("合计"), Cell{}, total, "total"));

    o.recipient_hospitals = total.hospitals;
    o.pairings_active = total.pairings;
    o.support_hospitals = store::support_hospital_count(impl_->db, reach);
    auto counts = store::staff_counts(impl_->db, reach, o.as_of);
    o.staff_registered = counts.registered;
    o.staff_on_duty = counts.on_duty;
    o.assignments_ended = counts.assignments_ended;
    o.staff_not_dispatched = counts.not_dispatched;
    return o;
  });
}

}  // namespace bangfu
