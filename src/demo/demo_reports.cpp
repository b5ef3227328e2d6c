#include "demo/demo_reports.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <map>
#include <optional>
#include <set>

namespace bangfu::demo {
namespace {

using boost::gregorian::date_duration;

constexpr const char* kMonthly = "monthly_workload";
constexpr const char* kAnnual = "annual_effectiveness";

// What a month of work looks like depends on the department.
enum class Work { surgical, medical, interventional, emergency, anaesthesia, diagnostic, management };

Work work_of(const Reporter& r) {
  if (!r.clinical) return Work::management;
  const std::string& d = r.department;
  auto is = [&](const char* name) { return d == name; };
  if (d.find("外科") != std::string::npos || is("骨科") || is("妇产科") || is("眼科")) return Work::surgical;
  if (is("心血管内科") || is("消化内科")) return Work::interventional;  // 介入, 内镜 count as operations
  if (is("急诊科") || is("重症医学科")) return Work::emergency;
  if (is("麻醉科")) return Work::anaesthesia;
  if (is("放射科") || is("超声医学科") || is("检验科") || is("病理科")) return Work::diagnostic;
  return Work::medical;
}

std::int64_t int_value(const ReportValues& v, const char* key) {
  auto it = v.find(key);
  if (it == v.end()) return 0;
  if (auto* i = std::get_if<std::int64_t>(&it->second)) return *i;
  return 0;
}

// `full` scaled by the days worked out of a month's ~22 workdays.
std::int64_t scaled(int full, std::int64_t days) { return static_cast<std::int64_t>(full) * days / 22; }

std::string halves_text(int halves) { return std::to_string(halves / 2) + (halves % 2 ? ".5" : ".0"); }

// A plausible moment of a day, in office hours China Standard Time (08:30–20:30).
Instant office_instant(Rng& rng, Date day) { return cst_instant(day, rng.between(8 * 60 + 30, 20 * 60 + 30)); }

// A day in [first, last], more often early (the smaller of two uniform draws).
Date early_day(Rng& rng, Date first, Date last) {
  int span = static_cast<int>((last - first).days());
  if (span <= 0) return first;
  int a = rng.between(0, span), b = rng.between(0, span);
  return first + date_duration(std::min(a, b));
}

// The month's attendance as the hospital would enter it when the attendance app holds no
// punches for it (the demo records punches from last month only): a few half days of leave, a
// rare absence, the rest attended.
void fill_attendance(Rng& rng, ReportValues& v) {
  std::int64_t required = int_value(v, "required_days");
  int leave_halves = rng.percent(12) ? rng.between(1, 6) : 0;
  int absent = rng.percent(3) && required > 2 ? 1 : 0;
  v["required_days"] = required;
  v["attended_days"] = std::max<std::int64_t>(0, required - absent - (leave_halves + 1) / 2);
  v["absent_days"] = std::int64_t{absent};
  v["leave_days"] = leave_halves ? ReportValue(halves_text(leave_halves)) : ReportValue();
}

void maybe(Rng& rng, ReportValues& v, const char* key, std::int64_t value, int percent_filled = 90) {
  v[key] = rng.percent(percent_filled) ? ReportValue(value) : ReportValue();
}

// The month's workload (门急诊, 住院, 手术 …) for `days` days worked.
void fill_workload(Rng& rng, const Reporter& who, std::int64_t days, ReportValues& v) {
  Work w = work_of(who);
  int outpatient = 0, inpatients = 0, operations = 0, grade34_percent = 0;
  switch (w) {
    case Work::surgical:
      outpatient = rng.between(60, 200), inpatients = rng.between(25, 70), operations = rng.between(12, 45);
      grade34_percent = rng.between(30, 65);
      break;
    case Work::interventional:
      outpatient = rng.between(120, 320), inpatients = rng.between(20, 55), operations = rng.between(4, 30);
      grade34_percent = rng.between(20, 50);
      break;
    case Work::medical:
      outpatient = rng.between(150, 380), inpatients = rng.between(20, 60);
      break;
    case Work::emergency:
      outpatient = rng.between(150, 400), inpatients = rng.between(15, 45), operations = rng.between(0, 4);
      break;
    case Work::anaesthesia:
      outpatient = rng.between(0, 25), operations = rng.between(40, 110), grade34_percent = rng.between(30, 55);
      break;
    case Work::diagnostic:
      outpatient = rng.between(0, 60);
      break;
    case Work::management:
      break;
  }
  bool clinical = w != Work::management;
  std::int64_t ops = scaled(operations, days);
  v["outpatient_visits"] = scaled(outpatient, days);
  v["inpatients"] = scaled(inpatients, days);
  v["operations"] = ops;
  v["grade34_operations"] = grade34_percent > 0 ? ReportValue(ops * grade34_percent / 100) : ReportValue();
  maybe(rng, v, "teaching_rounds", clinical && w != Work::diagnostic ? scaled(rng.between(3, 10), days) : 0);
  int lectures = static_cast<int>(scaled(rng.between(clinical ? 0 : 2, clinical ? 4 : 6), days));
  maybe(rng, v, "lectures", lectures);
  maybe(rng, v, "trainees", static_cast<std::int64_t>(lectures) * rng.between(12, 45));
  maybe(rng, v, "consultations", clinical ? scaled(rng.between(2, w == Work::diagnostic ? 25 : 15), days) : 0, 80);
  int techniques = days == 0 ? 0 : static_cast<int>(rng.weighted({85, 12, 3}));
  maybe(rng, v, "new_techniques", techniques, 70);
  v["summary"] = ReportValue();
  if (days > 0 && rng.percent(30)) {
    std::string s = "本月在受援医院" + who.department + "工作" + std::to_string(days) + "天，";
    if (clinical && w != Work::diagnostic)
      s += "接诊门急诊" + std::to_string(int_value(v, "outpatient_visits")) + "人次，";
    if (ops > 0) s += "完成手术" + std::to_string(ops) + "台，";
    if (techniques > 0) s += "开展新技术" + std::to_string(techniques) + "项，";
    if (lectures > 0) s += "举办专题讲座" + std::to_string(lectures) + "次，";
    s += clinical ? "带教本院医师，参与疑难病例讨论。" : "协助完善管理制度，开展业务培训。";
    v["summary"] = s;
  }
}

// The province's review returns a report with a reason; the hospital corrects it. A reason
// applies only where the report gives cause (no 三四级 query on a report without operations).
struct Correction {
  const char* reason;
  bool (*applies)(const ReportValues&);
  void (*fix)(ReportValues&);
};
const std::vector<Correction> kMonthlyCorrections = {
    {"三四级手术台次请按手术分级目录核实后重报",
     [](const ReportValues& v) { return int_value(v, "grade34_operations") > 2; },
     [](ReportValues& v) { v["grade34_operations"] = int_value(v, "grade34_operations") * 2 / 3; }},
    {"门急诊人次与出勤天数不符，请核实后重报",
     [](const ReportValues& v) { return int_value(v, "outpatient_visits") > 20; },
     [](ReportValues& v) { v["outpatient_visits"] = int_value(v, "outpatient_visits") * 9 / 10; }},
    {"请补充本月工作小结",
     [](const ReportValues& v) {
       return v.count("summary") == 0 || std::holds_alternative<std::monostate>(v.at("summary"));
     },
     [](ReportValues& v) {
       v["summary"] = std::string("本月按计划完成派驻工作，参与门诊、查房和带教，工作量见上表。");
     }},
};
const std::vector<Correction> kAnnualCorrections = {
    {"三四级手术台次请与病案首页统计核对后重报", [](const ReportValues&) { return true; },
     [](ReportValues& v) { v["grade34_operations"] = int_value(v, "grade34_operations") * 4 / 5; }},
    {"新技术新项目数请附项目清单核实后重报", [](const ReportValues& v) { return int_value(v, "new_techniques") > 5; },
     [](ReportValues& v) { v["new_techniques"] = int_value(v, "new_techniques") - 3; }},
    {"请补充帮扶成效总结", [](const ReportValues& v) { return v.count("summary") == 0; },
     [](ReportValues& v) {
       v["summary"] = std::string("年内支援医院派驻专家坐诊、手术、带教，帮助新建专科，县域内就诊率稳步提高。");
     }},
};

// How the province admin's review of a batch turns out, in weights: accepted; still under
// review; returned, corrected and resubmitted; returned and not corrected yet.
struct ReviewOdds {
  int accepted, pending, corrected, returned;
  bool latest;  // the latest month: a corrected report may still be under review
};

struct Filed {
  ReportId id = 0;
  AccountId filer = 0;
  AccountId reviewer = 0;
  ReportValues values;
};

class ReportFiler {
 public:
  ReportFiler(Engine& e, Rng& rng, const std::vector<ReportHospital>& hospitals, Date today, DemoSummary& summary)
      : e_(e), rng_(rng), today_(today), summary_(summary), today_begins_(cst_instant(today, 0)) {
    for (const auto& h : hospitals) hospitals_[h.id] = h;
    for (const auto& h : hospitals) provinces_[h.province] = h.province_admin;
  }

  // The twelve months before the current one, oldest first.
  void monthly(const std::vector<Reporter>& staff) {
    auto national = e_.calendar();
    Date this_month(today_.year(), today_.month(), 1);
    std::vector<std::vector<Assignment>> assignments;
    for (const auto& s : staff) assignments.push_back(e_.assignments(kSystemActor, s.staff));
    for (int back = 11; back >= 0; --back) {
      Date first = this_month - boost::gregorian::months(back + 1);
      if (!national.covers(first.year())) continue;  // workdays unknown: no attendance to report
      Period period = Period::of_month(first.year(), first.month());
      // Missing ‰ and late %: the latest month is still being chased; older ones are nearly complete.
      int missing_permille = back == 0 ? 65 : back == 1 ? 20 : back == 2 ? 10 : 5;
      int late_percent = back == 0 ? 7 : 5;
      std::vector<Filed> filed;
      for (std::size_t i = 0; i < staff.size(); ++i) {
        std::set<UnitId> units;
        for (const auto& a : assignments[i])
          if (a.start <= period.last() && (!a.ended || !(a.ended->end < period.first())))
            units.insert(a.recipient_unit);
        for (UnitId unit : units) {
          auto f = file_monthly(staff[i], unit, period, missing_permille, late_percent);
          if (f) filed.push_back(std::move(*f));
        }
      }
      review(filed, back == 0 ? ReviewOdds{70, 25, 3, 2, true} : ReviewOdds{97, 0, 3, 0, false}, kMonthlyCorrections);
      if (back > 0) packages(kMonthly, period, 85);
    }
  }

  // Last year's 帮扶成效年报 of every hospital paired then.
  void annual() {
    Period year = Period::of_year(today_.year() - 1);
    Date deadline = deadline_of(e_.report_template(kAnnual).deadline, year);
    std::vector<Filed> filed;
    for (const auto& [unit, h] : hospitals_) {
      std::size_t outcome = rng_.weighted({88, 6, 3, 3});  // on time, late, left a draft, not opened
      if (outcome == 3) continue;
      ReportKey key{kAnnual, year, unit, std::nullopt};
      std::optional<Report> r;
      try {
        r = e_.open_report(h.admin, key);
      } catch (const Error& err) {
        if (err.code() != ErrorCode::invalid_state) throw;  // no pairing that year
        continue;
      }
      ++summary_.reports;
      ReportValues v = r->values;
      int outpatient = rng_.between(80, 450) * 1000 + rng_.between(0, 999);
      v["new_specialties"] = static_cast<std::int64_t>(rng_.weighted({35, 40, 18, 7}));
      v["new_techniques"] = std::int64_t{rng_.between(3, 25)};
      v["outpatient_visits"] = std::int64_t{outpatient};
      v["discharges"] = std::int64_t{outpatient / rng_.between(9, 16)};
      v["grade34_operations"] = std::int64_t{rng_.between(400, 5000)};
      int rate = rng_.between(820, 960);
      v["county_retention_rate"] = std::to_string(rate / 10) + "." + std::to_string(rate % 10);
      maybe(rng_, v, "trainees", rng_.between(300, 3000), 60);
      if (rng_.percent(60))
        v["summary"] = "年内新建临床专科" + std::to_string(int_value(v, "new_specialties")) + "个，开展新技术新项目" +
                       std::to_string(int_value(v, "new_techniques")) + "项，县域内就诊率" +
                       std::get<std::string>(v["county_retention_rate"]) + "%，帮扶医院持续派驻专家带教。";
      e_.save_report(h.admin, r->id, v);
      if (outcome == 2) continue;
      Date day = outcome == 0 ? early_day(rng_, deadline - date_duration(25), deadline)
                              : early_day(rng_, deadline + date_duration(1), deadline + date_duration(30));
      e_.submit_report(kSystemActor, r->id, office_instant(rng_, day));
      filed.push_back({r->id, h.admin, provinces_.at(h.province), v});
    }
    review(filed, ReviewOdds{93, 0, 4, 3, false}, kAnnualCorrections);
    packages(kAnnual, year, 100);
  }

 private:
  Engine& e_;
  Rng& rng_;
  Date today_;
  DemoSummary& summary_;
  Instant today_begins_;  // submissions replayed are before today, so the same day gives the same demo
  std::map<UnitId, ReportHospital> hospitals_;
  std::map<RegionCode, AccountId> provinces_;

  std::optional<Filed> file_monthly(const Reporter& who, UnitId unit, const Period& period, int missing_permille,
                                    int late_percent) {
    const auto& h = hospitals_.at(unit);
    bool missing = static_cast<int>(rng_.below(1000)) < missing_permille;
    if (missing && rng_.percent(50)) return std::nullopt;  // not even opened
    auto r = e_.open_report(h.admin, ReportKey{kMonthly, period, unit, who.staff});
    ++summary_.reports;
    ReportValues v = r.values;
    // The draft is pre-filled from 考勤统计; months the attendance app has no punches for
    // are entered by hand.
    if (int_value(v, "attended_days") == 0 && int_value(v, "required_days") > 0) fill_attendance(rng_, v);
    v["required_days"] = int_value(v, "required_days");
    v["attended_days"] = int_value(v, "attended_days");
    fill_workload(rng_, who, int_value(v, "attended_days"), v);
    if (missing) {  // a draft the hospital has not finished
      v["outpatient_visits"] = ReportValue();
      e_.save_report(h.admin, r.id, v);
      return std::nullopt;
    }
    r = e_.save_report(h.admin, r.id, v);
    Date day = rng_.percent(late_percent)
                   ? early_day(rng_, r.deadline + date_duration(1), r.deadline + date_duration(20))
                   : early_day(rng_, period.last() + date_duration(1), r.deadline);
    Instant at = office_instant(rng_, day);
    if (at >= today_begins_) return std::nullopt;  // not submitted yet: still a draft
    e_.submit_report(kSystemActor, r.id, at);
    return Filed{r.id, h.admin, provinces_.at(h.province), std::move(v)};
  }

  // The province admin's review of what the hospitals filed.
  void review(std::vector<Filed>& filed, const ReviewOdds& odds, const std::vector<Correction>& corrections) {
    for (auto& f : filed) {
      std::size_t outcome = rng_.weighted({odds.accepted, odds.pending, odds.corrected, odds.returned});
      if (outcome == 1) continue;
      if (outcome == 0) {
        e_.act_on_report(f.reviewer, f.id, RequestAction::approve);
        continue;
      }
      std::vector<const Correction*> fitting;
      for (const auto& c : corrections)
        if (c.applies(f.values)) fitting.push_back(&c);
      if (fitting.empty()) {  // nothing to query after all
        e_.act_on_report(f.reviewer, f.id, RequestAction::approve);
        continue;
      }
      const auto& c = *fitting[rng_.below(static_cast<std::uint32_t>(fitting.size()))];
      e_.act_on_report(f.reviewer, f.id, RequestAction::reject, c.reason);
      if (outcome == 3) continue;
      c.fix(f.values);
      e_.save_report(f.filer, f.id, f.values);
      e_.submit_report(f.filer, f.id);
      if (!odds.latest || rng_.percent(50)) e_.act_on_report(f.reviewer, f.id, RequestAction::approve);
    }
  }

  // 省级汇总上报: each province whose reports of the period are all accepted submits its
  // package (with probability `percent`: some provinces are slower).
  void packages(const char* template_key, const Period& period, int percent) {
    for (const auto& [province, admin] : provinces_) {
      if (!rng_.percent(percent)) continue;
      try {
        e_.submit_report_package(admin, template_key, period, province);
        ++summary_.report_packages;
      } catch (const Error& err) {
        if (err.code() != ErrorCode::invalid_state) throw;  // some report is missing or not accepted
      }
    }
  }
};

}  // namespace

void add_reports(Engine& e, Rng& rng, const std::vector<ReportHospital>& hospitals, const std::vector<Reporter>& staff,
                 Date today, DemoSummary& summary) {
  ReportFiler filer(e, rng, hospitals, today, summary);
  filer.monthly(staff);
  filer.annual();
}

}  // namespace bangfu::demo
