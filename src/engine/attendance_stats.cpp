// Engine commands: 考勤统计 — monthly attendance statistics per staff member and assignment,
// as records, a table with Chinese headers, and CSV/XLSX exports.
#include <boost/date_time/gregorian/gregorian.hpp>

#include <map>
#include <set>

#include "core/ratio.hpp"
#include "engine/attendance_eval.hpp"
#include "io/export_file.hpp"
#include "store/attendance_store.hpp"

namespace bangfu {

using internal::Actor;
namespace ai = attendance_internal;

namespace {

std::pair<Date, Date> month_range(const AttendanceFilter& f) {
  if (f.year < 2016 || f.year > 2100) throw_invalid("year", std::to_string(f.year), "must be 2016–2100");
  if (f.month < 1 || f.month > 12) throw_invalid("month", std::to_string(f.month), "must be 1–12");
  Date first(f.year, f.month, 1);
  return {first, first.end_of_month()};
}

store::RosterQuery roster_query(Engine::Impl& impl, const Actor& actor, const AttendanceFilter& f) {
  store::RosterQuery q;
  std::tie(q.first, q.last) = month_range(f);
  q.reach = internal::staff_reach(actor);
  if (f.region) {
    RegionCode code = full_region(*f.region, "region");
    auto r = impl.require_region(code, "region");
    if (code != kNationwide) {
      if (!q.reach.may_touch_recipient_region(code))
        throw Error(ErrorCode::permission_denied,
                    actor.describe() + " may not view region '" + r.path + "': it lies outside the account's jurisdiction");
      q.region = region_subtree(code);
    }
  }
  if (f.unit) impl.unit_scope(*f.unit, "unit");
  q.unit = f.unit;
  q.staff = f.staff;
  return q;
}

std::string days_text(int halves) {
  return std::to_string(halves / 2) + (halves % 2 ? ".5" : "");
}

const std::vector<Column>& month_columns() {
  static const std::vector<Column> cols = [] {
    std::vector<Column> c = {
        {"staff", "人员编号", ColumnType::integer, 9},
        {"staff_name", "姓名", ColumnType::text, 10},
        {"home_unit_name", "派出单位", ColumnType::text, 24},
        {"unit_name", "受援医院", ColumnType::text, 24},
        {"region_path", "所在地区", ColumnType::text, 28},
        {"month", "月份", ColumnType::text, 9},
        {"required_days", "应出勤天数", ColumnType::integer, 10},
        {"attended_days", "出勤天数", ColumnType::integer, 9},
        {"rest_days", "休息天数", ColumnType::integer, 9},
        {"late_count", "迟到次数", ColumnType::integer, 9},
        {"late_minutes", "迟到时长(分钟)", ColumnType::integer, 12},
        {"serious_late_count", "严重迟到次数", ColumnType::integer, 11},
        {"early_count", "早退次数", ColumnType::integer, 9},
        {"on_duty_missing", "上班缺卡次数", ColumnType::integer, 11},
        {"off_duty_missing", "下班缺卡次数", ColumnType::integer, 11},
        {"absent_days", "旷工天数", ColumnType::integer, 9},
        {"field_count", "外勤次数", ColumnType::integer, 9},
        {"makeup_count", "补卡次数", ColumnType::integer, 9},
    };
    for (auto t : every_leave_type())
      c.push_back({std::string("leave_") + leave_type_key(t), std::string(leave_type_label(t)) + "(天)",
                   ColumnType::decimal, 9});
    c.push_back({"upcoming_days", "未到天数", ColumnType::integer, 9});
    return c;
  }();
  return cols;
}

std::string month_text(int year, int month) {
  std::string m = std::to_string(month);
  return std::to_string(year) + "-" + (m.size() < 2 ? "0" + m : m);
}

// The totals' cells, in month_columns() order from 应出勤天数 on; with_rate adds 出勤率 after
// 出勤天数 (the grouped tables).
void append_totals(Row& r, const AttendanceTotals& t, bool with_rate) {
  int values[] = {t.required_days, t.attended_days, t.rest_days, t.late_count, t.late_minutes, t.serious_late_count,
                  t.early_count, t.on_duty_missing, t.off_duty_missing, t.absent_days, t.field_count, t.makeup_count};
  for (std::size_t i = 0; i < std::size(values); ++i) {
    r.emplace_back(std::int64_t{values[i]});
    if (with_rate && i == 1) r.emplace_back(internal::percent_text(t.attended_days, t.required_days));
  }
  for (auto type : every_leave_type()) {
    auto it = t.leave_halves.find(type);
    r.emplace_back(days_text(it == t.leave_halves.end() ? 0 : it->second));
  }
  r.emplace_back(std::int64_t{t.upcoming_days});
}

Row month_row(const MonthAttendance& m) {
  Row r;
  r.reserve(month_columns().size());
  r.emplace_back(std::int64_t{m.staff});
  for (const std::string* s : {&m.staff_name, &m.home_unit_name, &m.unit_name, &m.region_path}) r.emplace_back(*s);
  r.emplace_back(month_text(m.year, m.month));
  append_totals(r, m.totals, false);
  return r;
}

// ---- grouped tables: per hospital, county, city or province, with a 合计 row ----

struct Group {
  std::string region_path;
  std::string unit_name;
  std::set<StaffId> people;
  AttendanceTotals sum;
};

void add_totals(AttendanceTotals& into, const AttendanceTotals& t) {
  into.required_days += t.required_days;
  into.attended_days += t.attended_days;
  into.rest_days += t.rest_days;
  into.late_count += t.late_count;
  into.late_minutes += t.late_minutes;
  into.serious_late_count += t.serious_late_count;
  into.early_count += t.early_count;
  into.on_duty_missing += t.on_duty_missing;
  into.off_duty_missing += t.off_duty_missing;
  into.absent_days += t.absent_days;
  into.field_count += t.field_count;
  into.makeup_count += t.makeup_count;
  for (const auto& [type, halves] : t.leave_halves) into.leave_halves[type] += halves;
  into.upcoming_days += t.upcoming_days;
}

std::vector<Column> grouped_columns(AttendanceGrouping g) {
  std::vector<Column> c = {{"region_path", "地区", ColumnType::text, 28}};
  if (g == AttendanceGrouping::hospital) c.push_back({"unit_name", "受援医院", ColumnType::text, 24});
  c.push_back({"staff_count", "人数", ColumnType::integer, 7});
  const auto& per_staff = month_columns();
  for (std::size_t i = 6; i < per_staff.size(); ++i) {
    c.push_back(per_staff[i]);
    if (per_staff[i].key == "attended_days") c.push_back({"attendance_rate", "出勤率", ColumnType::text, 9});
  }
  return c;
}

Row grouped_row(const Group& g, bool with_unit) {
  Row r;
  r.emplace_back(g.region_path);
  if (with_unit) r.emplace_back(g.unit_name);
  r.emplace_back(static_cast<std::int64_t>(g.people.size()));
  append_totals(r, g.sum, true);
  return r;
}

RegionCode group_region(AttendanceGrouping g, RegionCode region) {
  switch (g) {
    case AttendanceGrouping::county: return region_ancestor_at(region, RegionLevel::county);
    case AttendanceGrouping::city: return region_ancestor_at(region, RegionLevel::city);
    case AttendanceGrouping::province: return region_ancestor_at(region, RegionLevel::province);
    default: return region;
  }
}

}  // namespace

namespace {

std::vector<MonthAttendance> month_rows(Engine::Impl& impl, AccountId actor_id, const AttendanceFilter& filter) {
  {
    auto actor = impl.actor(actor_id);
    auto q = roster_query(impl, actor, filter);
    std::vector<MonthAttendance> out;
    if (q.reach.empty()) return out;
    ai::CalendarCache calendars;
    for (const auto& row : store::attendance_roster(impl.db, q)) {
      MonthAttendance m;
      m.staff = row.staff;
      m.staff_name = row.staff_name;
      m.home_unit_name = row.home_unit_name;
      m.unit = row.unit;
      m.unit_name = row.unit_name;
      m.region = row.region;
      m.region_path = row.region_path;
      m.year = filter.year;
      m.month = filter.month;
      m.totals = total_days(ai::evaluate_staff(impl, row.staff, q.first, q.last, row.assignment, &calendars));
      out.push_back(std::move(m));
    }
    return out;
  }
}

}  // namespace

std::vector<MonthAttendance> Engine::attendance_month(AccountId actor_id, const AttendanceFilter& filter) const {
  return impl_->read([&] { return month_rows(*impl_, actor_id, filter); });
}

Table Engine::attendance_month_table(AccountId actor_id, const AttendanceFilter& filter) const {
  return impl_->read([&] {
    Table t;
    auto rows = month_rows(*impl_, actor_id, filter);
    if (filter.group_by == AttendanceGrouping::staff) {
      t.columns = month_columns();
      for (const auto& m : rows) t.rows.push_back(month_row(m));
      return t;
    }
    bool by_unit = filter.group_by == AttendanceGrouping::hospital;
    t.columns = grouped_columns(filter.group_by);
    std::map<std::pair<RegionCode, UnitId>, Group> groups;  // ordered by region code, like the rows
    Group total;
    total.region_path = "合计";
    for (const auto& m : rows) {
      RegionCode code = group_region(filter.group_by, m.region);
      auto& g = groups[{code, by_unit ? m.unit : 0}];
      if (g.region_path.empty()) {
        g.region_path = by_unit ? m.region_path : impl_->require_region(code, "region").path;
        g.unit_name = m.unit_name;
      }
      g.people.insert(m.staff);
      add_totals(g.sum, m.totals);
      total.people.insert(m.staff);
      add_totals(total.sum, m.totals);
    }
    for (const auto& [key, g] : groups) t.rows.push_back(grouped_row(g, by_unit));
    t.rows.push_back(grouped_row(total, by_unit));
    return t;
  });
}

void Engine::export_attendance_month(AccountId actor, const AttendanceFilter& filter, ExportFormat format,
                                     const std::string& path) const {
  io::export_table(path, format, "考勤统计", attendance_month_table(actor, filter));
}

}  // namespace bangfu
