// Engine commands: 填报情况查询 — for a region and a period, which hospitals (and, for staff
// reports, which staff on assignment) were expected, filed on time, late, or not at all; one
// row per subordinate region with a 合计, and the list of units to chase (催报).
#include <map>

#include "core/ratio.hpp"
#include "engine/reports_impl.hpp"
#include "io/export_file.hpp"
#include "store/report_query_store.hpp"

namespace bangfu {

using internal::Actor;
namespace rp = reports_internal;

namespace {

void require_jurisdiction(const Actor& actor, const Region& region) {
  if (actor.has(Role::national_admin)) return;
  for (Role r : {Role::recipient_province_admin, Role::recipient_city_admin, Role::recipient_county_admin})
    if (actor.has(r) && actor.scope.kind == Scope::Kind::region && region_contains(actor.scope.region, region.code))
      return;
  throw Error(ErrorCode::permission_denied, actor.describe() + " may not view the filing status (填报情况) of '" +
                                                region.path + "': it lies outside the account's jurisdiction");
}

// The subordinate region a hospital's region rolls up to under `parent` (0 for hospital rows).
RegionCode child_of(RegionLevel parent, RegionCode code) {
  switch (parent) {
    case RegionLevel::nation: return region_ancestor_at(code, RegionLevel::province);
    case RegionLevel::province: return region_ancestor_at(code, RegionLevel::city);
    case RegionLevel::city: return region_ancestor_at(code, RegionLevel::county);
    default: return 0;
  }
}

void add(CompletenessCounts& into, const CompletenessCounts& c) {
  into.units_expected += c.units_expected;
  into.units_complete += c.units_complete;
  into.expected += c.expected;
  into.on_time += c.on_time;
  into.late += c.late;
  into.missing += c.missing;
  into.returned += c.returned;
  into.accepted += c.accepted;
}

struct UnitTally {
  UnitId unit = 0;
  RegionCode region = 0;
  std::string name;
  CompletenessCounts counts;
  std::vector<std::string> missing_staff;
};

void tally(UnitTally& u, const store::ExpectedReport& e) {
  auto& c = u.counts;
  ++c.expected;
  bool filed = e.state && report_state_filed(*e.state);
  if (!filed) {
    ++c.missing;
    if (e.staff) u.missing_staff.push_back(e.staff_name);
    return;
  }
  ++(e.late ? c.late : c.on_time);
  if (*e.state == ReportState::returned) ++c.returned;
  if (*e.state == ReportState::accepted || *e.state == ReportState::locked) ++c.accepted;
}

Completeness compute(Engine::Impl& impl, AccountId actor_id, const CompletenessFilter& f) {
  auto actor = impl.actor(actor_id);
  auto t = rp::template_for(impl, f.template_key);
  if (f.period.type != t.period_type)
    throw_invalid("period", f.period.text(), "is not a " + std::string(period_type_label(t.period_type)) + " period of the " + t.title);
  RegionCode code = full_region(f.region, "region");
  auto region = impl.require_region(code, "region");
  require_jurisdiction(actor, region);

  Completeness out;
  out.template_key = t.key;
  out.title = t.title;
  out.period = f.period;
  out.deadline = deadline_of(t.deadline, f.period);
  out.region = code;
  out.region_name = region.path;

  std::vector<UnitTally> units;
  store::expected_reports(impl.db, t.subject, t.key, f.period, region_subtree(code), [&](const store::ExpectedReport& e) {
    if (units.empty() || units.back().unit != e.unit) units.push_back(UnitTally{e.unit, e.region, e.unit_name, {}, {}});
    tally(units.back(), e);
  });

  std::map<RegionCode, CompletenessRow> by_child;  // ordered by code, like the official tables
  for (auto& u : units) {
    u.counts.units_expected = 1;
    u.counts.units_complete = u.counts.missing == 0 ? 1 : 0;
    add(out.total, u.counts);
    RegionCode child = child_of(region.level, u.region);
    if (child == 0) {
      out.rows.push_back(CompletenessRow{u.region, u.name, u.unit, u.counts});
    } else {
      auto& row = by_child[child];
      if (row.name.empty()) {
        row.region = child;
        row.name = rp::region_path_or_code(impl, child);
      }
      add(row.counts, u.counts);
    }
    if (u.counts.missing > 0) {
      auto scope = impl.unit_scope(u.unit, "unit");
      MissingUnit m;
      m.unit = u.unit;
      m.unit_name = u.name;
      m.region = u.region;
      m.region_path = rp::region_path_or_code(impl, u.region);
      m.expected = u.counts.expected;
      m.missing = u.counts.missing;
      m.missing_staff = std::move(u.missing_staff);
      m.admins = store::hospital_admin_contacts(impl.db, {scope.pre, scope.post});
      out.missing_units.push_back(std::move(m));
    }
  }
  for (auto& [child, row] : by_child) out.rows.push_back(std::move(row));
  return out;
}

const std::vector<Column>& completeness_columns() {
  static const std::vector<Column> cols = {
      {"name", "地区/单位", ColumnType::text, 30},
      {"units_expected", "应报单位数", ColumnType::integer, 10},
      {"units_complete", "已报齐单位数", ColumnType::integer, 11},
      {"expected", "应报份数", ColumnType::integer, 9},
      {"on_time", "按时上报", ColumnType::integer, 9},
      {"late", "逾期上报", ColumnType::integer, 9},
      {"missing", "未上报", ColumnType::integer, 8},
      {"returned", "已退回", ColumnType::integer, 8},
      {"accepted", "已通过", ColumnType::integer, 8},
      {"filed_rate", "上报率", ColumnType::text, 8},
      {"on_time_rate", "及时率", ColumnType::text, 8},
  };
  return cols;
}

Row counts_row(const std::string& name, const CompletenessCounts& c) {
  return Row{name,
             c.units_expected,
             c.units_complete,
             c.expected,
             c.on_time,
             c.late,
             c.missing,
             c.returned,
             c.accepted,
             internal::percent_text(c.on_time + c.late, c.expected),
             internal::percent_text(c.on_time, c.expected)};
}

std::string joined(const std::vector<std::string>& parts, const char* sep) {
  std::string s;
  for (const auto& p : parts) s += (s.empty() ? "" : sep) + p;
  return s;
}

}  // namespace

Completeness Engine::report_completeness(AccountId actor, const CompletenessFilter& filter) const {
  return impl_->read([&] { return compute(*impl_, actor, filter); });
}

Table Engine::report_completeness_table(AccountId actor, const CompletenessFilter& filter) const {
  auto c = report_completeness(actor, filter);
  Table t;
  t.columns = completeness_columns();
  for (const auto& r : c.rows) t.rows.push_back(counts_row(r.name, r.counts));
  t.rows.push_back(counts_row("合计", c.total));
  return t;
}

Table Engine::report_missing_table(AccountId actor, const CompletenessFilter& filter) const {
  auto c = report_completeness(actor, filter);
  Table t;
  t.columns = {{"region_path", "地区", ColumnType::text, 28},   {"unit_name", "受援医院", ColumnType::text, 26},
               {"expected", "应报份数", ColumnType::integer, 9}, {"missing", "未报份数", ColumnType::integer, 9},
               {"missing_staff", "未报人员", ColumnType::text, 30}, {"admins", "联系人", ColumnType::text, 30}};
  for (const auto& m : c.missing_units)
    t.rows.push_back(Row{m.region_path, m.unit_name, m.expected, m.missing, joined(m.missing_staff, "、"),
                         joined(m.admins, "；")});
  return t;
}

void Engine::export_report_completeness(AccountId actor, const CompletenessFilter& filter, ExportFormat format,
                                        const std::string& path) const {
  io::export_table(path, format, "填报情况", report_completeness_table(actor, filter));
}

void Engine::export_report_missing(AccountId actor, const CompletenessFilter& filter, ExportFormat format,
                                   const std::string& path) const {
  io::export_table(path, format, "催报名单", report_missing_table(actor, filter));
}

}  // namespace bangfu
