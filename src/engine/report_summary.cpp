// Engine commands: 汇总表 — the monthly workload and annual effectiveness summaries, per
// report or grouped by hospital / county / city / province, with a 合计 row; streamed, so an
// export of every report in the country runs in constant memory (per-report rows).
#include <map>
#include <set>

#include "bangfu/id_number.hpp"
#include "core/decimal.hpp"
#include "core/ratio.hpp"
#include "engine/reports_impl.hpp"
#include "io/export_file.hpp"
#include "json/report_json.hpp"
#include "store/report_query_store.hpp"

namespace bangfu {

using internal::Actor;
namespace rp = reports_internal;

namespace {

bool numeric(const ReportField& f) { return field_type_numeric(f.type); }

ColumnType column_type(FieldType t) {
  switch (t) {
    case FieldType::integer: return ColumnType::integer;
    case FieldType::decimal: return ColumnType::decimal;
    case FieldType::date: return ColumnType::date;
    default: return ColumnType::text;
  }
}

std::string field_label(const ReportField& f) { return f.unit.empty() ? f.label : f.label + "(" + f.unit + ")"; }

// A value as an integer of 10^-scale units ("12.5" at scale 2 → 1250). Values are
// normalised when saved, so a malformed one reads as 0 rather than failing an export.
std::int64_t scaled(const ReportValue& v, int scale) {
  std::int64_t out = 0;
  if (auto i = std::get_if<std::int64_t>(&v)) return internal::scale_up(*i, scale, out) ? out : 0;
  auto d = internal::parse_decimal(std::get<std::string>(v), scale);
  return d.status == internal::DecimalStatus::ok ? d.units : 0;
}

// The summed numeric fields of a group of reports.
struct Tally {
  std::int64_t reports = 0;
  std::set<StaffId> people;
  std::vector<std::int64_t> sum;    // per numeric field, in 10^-scale units
  std::vector<std::int64_t> count;  // reports that have the field (for averages)
};

class Summary {
 public:
  Summary(const ReportTemplate& t, ReportGrouping g) : t_(t), g_(g) {
    for (const auto& f : t.fields)
      if (numeric(f) && f.aggregate != FieldAggregate::none) numeric_.push_back(&f);
  }

  std::vector<Column> columns() const {
    std::vector<Column> c;
    bool staff = t_.subject == ReportSubject::staff;
    if (g_ == ReportGrouping::report) {
      c.push_back({"seq", "序号", ColumnType::integer, 6});
      c.push_back({"region_path", "地区", ColumnType::text, 28});
      c.push_back({"unit_name", "受援医院", ColumnType::text, 24});
      if (staff) {
        c.push_back({"staff_name", "姓名", ColumnType::text, 10});
        c.push_back({"id_number", "身份证号", ColumnType::text, 21});
        c.push_back({"home_unit_name", "派出单位", ColumnType::text, 24});
      }
      c.push_back({"period", t_.period_type == PeriodType::month ? "月份" : "年度", ColumnType::text, 9});
      c.push_back({"state", "状态", ColumnType::text, 8});
      c.push_back({"late", "是否逾期", ColumnType::text, 8});
      for (const auto& f : t_.fields) c.push_back({f.key, field_label(f), column_type(f.type), f.type == FieldType::text ? 30.0 : 12.0});
      return c;
    }
    c.push_back({"region_path", "地区", ColumnType::text, 28});
    if (g_ == ReportGrouping::hospital) c.push_back({"unit_name", "受援医院", ColumnType::text, 24});
    c.push_back({"report_count", "报表份数", ColumnType::integer, 9});
    if (staff) c.push_back({"staff_count", "人数", ColumnType::integer, 7});
    for (const auto* f : numeric_)
      c.push_back({f->key, field_label(*f) + (f->aggregate == FieldAggregate::average ? "(平均)" : ""),
                   column_type(f->type), 12});
    return c;
  }

  void add(Tally& into, const store::SummaryRecord& rec, const ReportValues& v) const {
    if (into.sum.empty()) into.sum.assign(numeric_.size(), 0), into.count.assign(numeric_.size(), 0);
    ++into.reports;
    if (rec.staff) into.people.insert(*rec.staff);
    for (std::size_t i = 0; i < numeric_.size(); ++i) {
      auto it = v.find(numeric_[i]->key);
      if (it == v.end() || std::holds_alternative<std::monostate>(it->second)) continue;
      into.sum[i] += scaled(it->second, scale(*numeric_[i]));
      ++into.count[i];
    }
  }

  // The numeric cells of a tally, keyed by field.
  std::map<std::string, Cell> cells(const Tally& t) const {
    std::map<std::string, Cell> out;
    for (std::size_t i = 0; i < numeric_.size() && !t.sum.empty(); ++i) {
      const auto& f = *numeric_[i];
      int s = scale(f);
      if (f.aggregate == FieldAggregate::average) {
        if (t.count[i] > 0) out[f.key] = internal::quotient_text(t.sum[i], t.count[i] * pow10(s), std::max(s, 1));
      } else if (f.type == FieldType::integer) {
        out[f.key] = t.sum[i];
      } else {
        out[f.key] = internal::decimal_text(t.sum[i], s);
      }
    }
    return out;
  }

  Row total_row(const std::string& first_label, const Tally& t, const std::string& unit_name) const {
    Row r;
    auto nums = cells(t);
    bool staff = t_.subject == ReportSubject::staff;
    if (g_ == ReportGrouping::report) {
      r.emplace_back(std::monostate{});
      r.emplace_back(first_label);
      int blanks = staff ? 7 : 4;  // hospital, [staff name, ID, home unit], period, state, late
      for (int i = 0; i < blanks; ++i) r.emplace_back(std::monostate{});
      for (const auto& f : t_.fields) r.push_back(nums.count(f.key) ? nums[f.key] : Cell{});
      return r;
    }
    r.emplace_back(first_label);
    if (g_ == ReportGrouping::hospital) r.emplace_back(unit_name);
    r.emplace_back(t.reports);
    if (staff) r.emplace_back(static_cast<std::int64_t>(t.people.size()));
    for (const auto* f : numeric_) r.push_back(nums.count(f->key) ? nums[f->key] : Cell{});
    return r;
  }

 private:
  static int scale(const ReportField& f) { return f.type == FieldType::decimal ? f.scale : 0; }
  static std::int64_t pow10(int s) {
    std::int64_t x = 1;
    while (s-- > 0) x *= 10;
    return x;
  }
  const ReportTemplate& t_;
  ReportGrouping g_;
  std::vector<const ReportField*> numeric_;
};

store::SummaryQuery summary_query(Engine::Impl& impl, const Actor& actor, const ReportSummaryFilter& f,
                                  const ReportTemplate& t) {
  if (f.first.type != t.period_type) throw_invalid("first", f.first.text(), "is not a " + std::string(period_type_label(t.period_type)) + " period of the " + t.title);
  if (f.last.type != t.period_type) throw_invalid("last", f.last.text(), "is not a " + std::string(period_type_label(t.period_type)) + " period of the " + t.title);
  if (f.last < f.first) throw_invalid("last", f.last.text(), "is before first (" + f.first.text() + ")");
  periods_between(f.first, f.last);  // refuses ranges of more than 240 periods, naming "last"
  store::SummaryQuery q;
  q.template_key = t.key;
  q.first = f.first;
  q.last = f.last;
  q.reach = internal::staff_reach(actor);
  q.accepted_only = f.accepted_only;
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
  if (f.support_unit) {
    auto u = impl.unit_scope(*f.support_unit, "support_unit");
    q.support = internal::DfsNumber{u.pre, u.post};
  }
  return q;
}

// Grouping levels are the region levels (county 2 ↔ county 3, …); hospital rows keep the code.
RegionCode group_code(ReportGrouping g, RegionCode region) {
  switch (g) {
    case ReportGrouping::county: return region_ancestor_at(region, RegionLevel::county);
    case ReportGrouping::city: return region_ancestor_at(region, RegionLevel::city);
    case ReportGrouping::province: return region_ancestor_at(region, RegionLevel::province);
    default: return region;
  }
}

}  // namespace

void Engine::report_summary(AccountId actor_id, const ReportSummaryFilter& filter, TableSink& sink) const {
  impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    auto latest = rp::template_for(*impl_, filter.template_key);
    auto q = summary_query(*impl_, actor, filter, latest);
    Summary summary(latest, filter.group_by);
    sink.begin(summary.columns());
    std::map<int, ReportTemplate> versions;  // to read each report against its own version
    Tally total;
    struct Group {
      std::string name, unit_name;
      Tally tally;
    };
    std::map<std::pair<RegionCode, UnitId>, Group> groups;
    std::int64_t seq = 0;
    if (!q.reach.empty()) {
      store::summary_records(impl_->db, q, [&](const store::SummaryRecord& rec) {
        auto it = versions.find(rec.template_version);
        if (it == versions.end())
          it = versions.emplace(rec.template_version, rp::template_for(*impl_, latest.key, rec.template_version)).first;
        auto values = json::report_values_from_json(nlohmann::json::parse(rec.values_json), &it->second);
        summary.add(total, rec, values);
        if (filter.group_by != ReportGrouping::report) {
          RegionCode code = group_code(filter.group_by, rec.region);
          bool by_unit = filter.group_by == ReportGrouping::hospital;
          auto& g = groups[{code, by_unit ? rec.unit : 0}];
          if (g.name.empty()) {
            g.name = by_unit ? rec.region_path : rp::region_path_or_code(*impl_, code);
            g.unit_name = rec.unit_name;
          }
          summary.add(g.tally, rec, values);
          return;
        }
        Row r;
        r.emplace_back(++seq);
        r.emplace_back(rec.region_path);
        r.emplace_back(rec.unit_name);
        if (rec.staff) {
          r.emplace_back(rec.staff_name);
          r.emplace_back(rec.full_id ? rec.id_number : mask_id_number(rec.id_number));
          r.emplace_back(rec.home_unit_name);
        } else if (latest.subject == ReportSubject::staff) {
          for (int i = 0; i < 3; ++i) r.emplace_back(std::monostate{});
        }
        r.emplace_back(rec.period);
        r.emplace_back(std::string(report_state_label(rec.state)));
        r.emplace_back(std::string(rec.late ? "逾期" : "按时"));
        for (const auto& f : latest.fields) {
          auto v = values.find(f.key);
          r.push_back(v == values.end() ? Cell{} : v->second);
        }
        sink.row(r);
      });
    }
    for (const auto& [key, g] : groups) sink.row(summary.total_row(g.name, g.tally, g.unit_name));
    sink.row(summary.total_row("合计", total, ""));
    sink.end();
  });
}

Table Engine::report_summary(AccountId actor, const ReportSummaryFilter& filter) const {
  TableCollector c;
  report_summary(actor, filter, c);
  return c.take();
}

void Engine::export_report_summary(AccountId actor, const ReportSummaryFilter& filter, ExportFormat format,
                                   const std::string& path) const {
  auto title = report_template(filter.template_key).title;
  io::export_to_file(path, format, title.size() <= 31 ? title : std::string("汇总表"), [&](TableSink& sink) { report_summary(actor, filter, sink); });
}

}  // namespace bangfu
