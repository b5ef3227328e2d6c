// Engine commands: 考勤统计 — monthly attendance statistics per staff member and assignment,
// as records, a table with Chinese headers, and CSV/XLSX exports.
#include <boost/date_time/gregorian/gregorian.hpp>

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

Row month_row(const MonthAttendance& m) {
  const auto& t = m.totals;
  Row r;
  r.reserve(month_columns().size());
  r.emplace_back(std::int64_t{m.staff});
  for (const std::string* s : {&m.staff_name, &m.home_unit_name, &m.unit_name, &m.region_path}) r.emplace_back(*s);
  r.emplace_back(month_text(m.year, m.month));
  for (int v : {t.required_days, t.attended_days, t.rest_days, t.late_count, t.late_minutes, t.serious_late_count,
                t.early_count, t.on_duty_missing, t.off_duty_missing, t.absent_days, t.field_count, t.makeup_count})
    r.emplace_back(std::int64_t{v});
  for (auto type : every_leave_type()) {
    auto it = t.leave_halves.find(type);
    r.emplace_back(days_text(it == t.leave_halves.end() ? 0 : it->second));
  }
  r.emplace_back(std::int64_t{t.upcoming_days});
  return r;
}

}  // namespace

std::vector<MonthAttendance> Engine::attendance_month(AccountId actor_id, const AttendanceFilter& filter) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    auto q = roster_query(*impl_, actor, filter);
    std::vector<MonthAttendance> out;
    if (q.reach.empty()) return out;
    for (const auto& row : store::attendance_roster(impl_->db, q)) {
      MonthAttendance m;
      m.staff = row.staff;
      m.staff_name = row.staff_name;
      m.home_unit_name = row.home_unit_name;
      m.unit = row.unit;
      m.unit_name = row.unit_name;
      m.region_path = row.region_path;
      m.year = filter.year;
      m.month = filter.month;
      m.totals = total_days(ai::evaluate_staff(*impl_, row.staff, q.first, q.last, row.assignment));
      out.push_back(std::move(m));
    }
    return out;
  });
}

Table Engine::attendance_month_table(AccountId actor, const AttendanceFilter& filter) const {
  Table t;
  t.columns = month_columns();
  for (const auto& m : attendance_month(actor, filter)) t.rows.push_back(month_row(m));
  return t;
}

void Engine::export_attendance_month(AccountId actor, const AttendanceFilter& filter, ExportFormat format,
                                     const std::string& path) const {
  auto table = attendance_month_table(actor, filter);
  io::export_to_file(path, format, "考勤统计", [&](TableSink& sink) {
    sink.begin(table.columns);
    for (const auto& r : table.rows) sink.row(r);
    sink.end();
  });
}

}  // namespace bangfu
