// Engine commands: 支援人员信息汇总表 (staff information summary) and its exports.
#include "engine/engine_impl.hpp"
#include "io/export_file.hpp"
#include "store/region_store.hpp"
#include "store/summary_store.hpp"

namespace bangfu {

using internal::Actor;
using internal::Capability;

namespace {

const std::vector<Column>& summary_columns() {
  static const std::vector<Column> cols = {
      {"seq", "序号", ColumnType::integer, 6},
      {"home_province", "单位地址(省)", ColumnType::text, 12},
      {"home_city", "单位地址(市)", ColumnType::text, 14},
      {"home_county", "单位地址(区县)", ColumnType::text, 12},
      {"name", "支援医务人员姓名", ColumnType::text, 12},
      {"sex", "性别", ColumnType::text, 6},
      {"id_number", "身份证号", ColumnType::text, 21},
      {"title", "职称", ColumnType::text, 8},
      {"position", "职务", ColumnType::text, 16},
      {"department", "科室", ColumnType::text, 12},
      {"home_unit", "单位名称", ColumnType::text, 26},
      {"home_address", "单位地址", ColumnType::text, 30},
      {"recipient_unit", "派驻县级医院名称", ColumnType::text, 24},
      {"recipient_address", "派驻县级医院地址", ColumnType::text, 30},
      {"start", "派驻日期", ColumnType::date, 12},
      {"planned_end", "计划结束日期", ColumnType::date, 12},
      {"end", "实际结束日期", ColumnType::date, 12},
      {"status", "状态", ColumnType::text, 8},
  };
  return cols;
}

Cell text(std::string s) { return s.empty() ? Cell{} : Cell{std::move(s)}; }
Cell place_name(const std::string& s) { return region_name_is_placeholder(s) ? Cell{} : text(s); }

std::string path_as_address(std::string path) {
  std::string out;
  for (char c : path)
    if (c != '/') out += c;
  return out;
}

store::StaffSummaryQuery build_query(Engine::Impl& impl, const Actor& actor, const StaffSummaryFilter& f) {
  internal::require(actor, Capability::view_staff, "view the staff summary");
  store::StaffSummaryQuery q;
  q.reach = internal::staff_reach(actor);
  q.active_on = f.active_on;
  if (f.recipient_region) {
    RegionCode code = full_region(*f.recipient_region, "recipient_region");
    if (code != kNationwide) {
      auto r = impl.require_region(code, "recipient_region");
      if (!q.reach.may_touch_recipient_region(code))
        throw Error(ErrorCode::permission_denied, actor.describe() + " may not view region '" + r.path +
                                                      "': it lies outside the account's jurisdiction");
    }
    q.recipient_region = region_subtree(code);
  }
  if (f.support_unit) {
    auto u = impl.unit_scope(*f.support_unit, "support_unit");
    const auto& r = q.reach;
    bool ok = r.all || !r.recipient_regions.empty() || !r.recipient_units.empty() || r.self;
    for (auto& g : r.home_regions) ok = ok || g.contains(u.region);
    for (auto& h : r.home_units) ok = ok || (u.pre <= h.post && h.pre <= u.post);
    if (!ok)
      throw Error(ErrorCode::permission_denied, actor.describe() + " may not view the staff of '" + u.name +
                                                    "': it lies outside the account's scope");
    q.support_unit = internal::DfsNumber{u.pre, u.post};
  }
  return q;
}

}  // namespace

void Engine::staff_summary(AccountId actor_id, const StaffSummaryFilter& filter, TableSink& sink) const {
  impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    auto q = build_query(*impl_, actor, filter);
    sink.begin(summary_columns());
    std::int64_t seq = 0;
    Row row(summary_columns().size());
    store::staff_summary_rows(impl_->db, q, [&](const store::StaffSummaryRecord& r) {
      row[0] = ++seq;
      row[1] = place_name(r.home_province);
      row[2] = place_name(r.home_city);
      row[3] = place_name(r.home_county);
      row[4] = r.name;
      row[5] = std::string(sex_label(r.sex));
      row[6] = r.full_id ? r.id_number : mask_id_number(r.id_number);
      row[7] = std::string(title_label(r.title));
      row[8] = text(r.position);
      row[9] = text(r.department);
      row[10] = r.home_unit;
      row[11] = text(r.home_address);
      row[12] = text(r.recipient_unit);
      row[13] = text(r.recipient_address.empty() ? path_as_address(r.recipient_path) : r.recipient_address);
      row[14] = text(r.start);
      row[15] = text(r.planned_end);
      row[16] = text(r.end);
      row[17] = std::string(!r.assignment ? "未派驻" : r.end.empty() ? "在岗" : "已结束");
      sink.row(row);
    });
    sink.end();
  });
}

Table Engine::staff_summary(AccountId actor, const StaffSummaryFilter& filter) const {
  TableCollector c;
  staff_summary(actor, filter, c);
  return c.take();
}

void Engine::export_staff_summary(AccountId actor, const StaffSummaryFilter& filter, ExportFormat format,
                                  const std::string& path) const {
  io::export_to_file(path, format, "支援人员信息汇总表", [&](TableSink& sink) { staff_summary(actor, filter, sink); });
}

}  // namespace bangfu
