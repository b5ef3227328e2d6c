#include "report_programme.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "engine/engine_impl.hpp"    // utc_text: the stored form of an instant
#include "json/attendance_json.hpp"  // Workflow and RequestProgress as stored
#include "json/report_json.hpp"      // ReportValues as stored
#include "synth.hpp"

namespace bangfu::bench {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kMonthly = "monthly_workload";
constexpr const char* kAnnual = "annual_effectiveness";
constexpr int kYear = kReportYear;
// The provinces of the 832 poverty counties (国家扶贫开发工作重点县 and 集中连片特困地区县).
const std::vector<std::string> kPovertyProvinces = {"13", "14", "15", "22", "23", "34", "36", "41", "42", "43", "45",
                                                    "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"};
const Instant kNow(Date(2027, 1, 20), boost::posix_time::hours(2));  // 10:00 CST

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

struct Post {  // a staff member on assignment and where
  StaffId staff;
  UnitId unit;
  RegionCode province;
};
struct Hospital {
  UnitId id;
  RegionCode province;
};

// What the filings need to know about the programme.
struct World {
  std::string db;
  std::vector<Post> posts;
  std::vector<Hospital> recipients;
  std::vector<UnitId> supports;
  std::map<RegionCode, AccountId> province_admin;
  ReportProgramme* out = nullptr;
};

enum class Outcome { none, draft, on_time, late, returned };

struct Plan {
  Outcome outcome = Outcome::none;
  ReportValues values;
  Instant at;
};

const char* const kReturnReason = "门急诊人次与出勤天数不符，请核实后重报";

// One staff member's month: what was filed and when. Deterministic (drawn in post order).
Plan plan(Rng& rng, const Period& p, int workdays, Date deadline) {
  Plan out;
  int o = static_cast<int>(rng.uniform(0, 999));
  out.outcome = o < 15    ? Outcome::none
                : o < 30  ? Outcome::draft
                : o < 90  ? Outcome::late
                : o < 100 ? Outcome::returned
                          : Outcome::on_time;
  if (out.outcome == Outcome::none) return out;
  auto& v = out.values;
  int leave_halves = rng.percent(10) ? static_cast<int>(rng.uniform(1, 6)) : 0;
  int absent = rng.percent(2) ? 1 : 0;
  int attended = std::max(0, workdays - absent - (leave_halves + 1) / 2);
  v["required_days"] = std::int64_t{workdays};
  v["attended_days"] = std::int64_t{attended};
  v["leave_days"] = std::to_string(leave_halves / 2) + (leave_halves % 2 ? ".5" : ".0");
  v["absent_days"] = std::int64_t{absent};
  bool surgical = rng.percent(40);
  std::int64_t ops = surgical ? rng.uniform(5, 45) * attended / 22 : 0;
  v["outpatient_visits"] = rng.uniform(surgical ? 60 : 120, surgical ? 200 : 380) * attended / 22;
  v["inpatients"] = rng.uniform(10, 70) * attended / 22;
  v["operations"] = ops;
  if (ops > 0) v["grade34_operations"] = ops * rng.uniform(20, 60) / 100;
  if (rng.percent(90)) v["teaching_rounds"] = rng.uniform(2, 10);
  std::int64_t lectures = rng.uniform(0, 4);
  if (rng.percent(90)) v["lectures"] = lectures;
  if (rng.percent(90)) v["trainees"] = lectures * rng.uniform(12, 45);
  if (rng.percent(80)) v["consultations"] = rng.uniform(2, 15);
  if (rng.percent(70)) v["new_techniques"] = rng.percent(12) ? std::int64_t{1} : std::int64_t{0};
  if (rng.percent(20))
    v["summary"] = std::string("本月在受援医院坐诊、查房、带教，门急诊") +
                   std::to_string(std::get<std::int64_t>(v["outpatient_visits"])) + "人次，开展专题讲座" +
                   std::to_string(lectures) + "次。";
  if (out.outcome == Outcome::draft) v.erase("outpatient_visits");  // not finished: cannot be submitted
  Date day = out.outcome == Outcome::late
                 ? deadline + boost::gregorian::days(rng.uniform(1, 4))
                 : p.last() + boost::gregorian::days(rng.uniform(1, (deadline - p.last()).days()));
  out.at = cst_instant(day, static_cast<int>(rng.uniform(8 * 60 + 30, 20 * 60 + 30)));
  return out;
}

struct Month {
  Period period;
  int workdays = 0;
  Date deadline;
};

std::vector<Month> months(Engine& e) {
  std::vector<Month> out;
  auto rule = e.report_template(kMonthly).deadline;
  for (int m = 1; m <= 12; ++m) {
    auto p = Period::of_month(kYear, m);
    out.push_back({p, e.workdays(p.first(), p.last()), deadline_of(rule, p)});
  }
  return out;
}

// Through the Engine, as the host and the province would: open (pre-filled draft), save,
// submit with the time it was filed, review.
void file_through_engine(World& w, Engine& e, Rng& rng, const Month& m) {
  for (const auto& post : w.posts) {
    Plan p = plan(rng, m.period, m.workdays, m.deadline);
    if (p.outcome == Outcome::none) continue;
    auto r = e.open_report(kSystemActor, ReportKey{kMonthly, m.period, post.unit, post.staff});
    e.save_report(kSystemActor, r.id, p.values);
    ++w.out->engine_reports;
    if (p.outcome == Outcome::draft) continue;
    e.submit_report(kSystemActor, r.id, p.at);
    auto admin = w.province_admin.at(post.province);
    if (p.outcome == Outcome::returned)
      e.act_on_report(admin, r.id, RequestAction::reject, kReturnReason);
    else
      e.act_on_report(admin, r.id, RequestAction::approve);
  }
}

void check(sqlite3* h, int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "report_bench: %s failed: %s\n", what, sqlite3_errmsg(h));
    std::exit(1);
  }
}

// Plain SQL into the engine's report table (schema v5), one transaction for all the months.
// The review is the engine's own domain function applied as the engine applies it (submit by
// the system actor, then the province admin's approval or return), serialized by its JSON code.
void write_sql_months(World& w, const std::vector<Month>& ms, Rng& rng, const ReportTemplate& t) {
  sqlite3* h = nullptr;
  check(h, sqlite3_open(w.db.c_str(), &h), "open");
  check(h, sqlite3_exec(h, "PRAGMA busy_timeout=5000; BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "BEGIN");
  sqlite3_stmt* ins = nullptr;
  check(h,
        sqlite3_prepare_v2(h,
                           "INSERT INTO report(template, template_version, period, unit, staff, state, vals, deadline, "
                           "first_submitted_at, submitted_at, late, decided_at, return_reason, review, workflow, "
                           "package, created_by, created_at, updated_at) "
                           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, ?14, NULL, 0, ?15, ?16)",
                           -1, &ins, nullptr),
        "prepare INSERT");
  const auto flow = default_workflow(RequestKind::report_review);
  const std::string flow_json = json::to_json(flow).dump();
  const std::string now = utc_text(kNow);
  std::map<AccountId, std::pair<std::string, std::string>> reviews;  // admin → accepted, returned
  for (const auto& [province, admin] : w.province_admin) {
    std::vector<StepProgress> steps;
    for (const auto& s : flow.steps) {
      StepProgress sp;
      sp.name = s.name;
      sp.mode = s.mode;
      sp.approvers = {admin};
      steps.push_back(sp);
    }
    auto submitted = apply_action(new_progress(kSystemActor, steps), RequestAction::submit, kSystemActor, {},
                                  flow.applicant_auto_pass);
    auto accepted = apply_action(submitted, RequestAction::approve, admin, {}, flow.applicant_auto_pass);
    auto returned = apply_action(submitted, RequestAction::reject, admin, kReturnReason, flow.applicant_auto_pass);
    reviews[admin] = {json::to_json(accepted).dump(), json::to_json(returned).dump()};
  }
  for (const auto& m : ms) {
    const std::string period = m.period.text(), deadline = date_text(m.deadline);
    for (const auto& post : w.posts) {
      Plan p = plan(rng, m.period, m.workdays, m.deadline);
      if (p.outcome == Outcome::none) continue;
      bool draft = p.outcome == Outcome::draft;
      auto values = check_report_values(t, p.values, !draft);
      std::string vals = json::to_json(values).dump();
      sqlite3_bind_text(ins, 1, kMonthly, -1, SQLITE_STATIC);
      sqlite3_bind_int(ins, 2, t.version);
      sqlite3_bind_text(ins, 3, period.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64(ins, 4, post.unit);
      sqlite3_bind_int64(ins, 5, post.staff);
      auto state = draft                            ? ReportState::draft
                   : p.outcome == Outcome::returned ? ReportState::returned
                                                    : ReportState::accepted;
      sqlite3_bind_int(ins, 6, static_cast<int>(state));
      sqlite3_bind_text(ins, 7, vals.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(ins, 8, deadline.c_str(), -1, SQLITE_TRANSIENT);
      if (draft) {
        for (int i : {9, 11, 13, 14}) sqlite3_bind_null(ins, i);
        sqlite3_bind_int(ins, 10, 0);
        sqlite3_bind_text(ins, 12, "", -1, SQLITE_STATIC);
      } else {
        std::string at = utc_text(p.at);
        const auto& review = reviews.at(w.province_admin.at(post.province));
        bool returned = p.outcome == Outcome::returned;
        sqlite3_bind_text(ins, 9, at.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(ins, 10, submitted_on_time(t.deadline, m.period, p.at) ? 0 : 1);
        sqlite3_bind_text(ins, 11, now.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 12, returned ? kReturnReason : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 13, (returned ? review.second : review.first).c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 14, flow_json.c_str(), -1, SQLITE_TRANSIENT);
      }
      sqlite3_bind_text(ins, 15, now.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(ins, 16, now.c_str(), -1, SQLITE_TRANSIENT);
      check(h, sqlite3_step(ins), "INSERT report");
      sqlite3_reset(ins);
      ++w.out->sql_reports;
    }
  }
  sqlite3_finalize(ins);
  check(h, sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr), "COMMIT");
  sqlite3_close(h);
}

// 2026's 帮扶成效年报 of every recipient hospital, filed in November through the Engine.
void file_annual(World& w, Engine& e, Rng& rng) {
  auto year = Period::of_year(kYear);
  for (const auto& hosp : w.recipients) {
    auto r = e.open_report(kSystemActor, ReportKey{kAnnual, year, hosp.id, std::nullopt});
    ReportValues v;
    std::int64_t outpatient = rng.uniform(80000, 450000);
    v["new_specialties"] = rng.uniform(0, 3);
    v["new_techniques"] = rng.uniform(3, 25);
    v["outpatient_visits"] = outpatient;
    v["discharges"] = outpatient / rng.uniform(9, 16);
    v["grade34_operations"] = rng.uniform(400, 5000);
    std::int64_t rate = rng.uniform(820, 960);
    v["county_retention_rate"] = std::to_string(rate / 10) + "." + std::to_string(rate % 10);
    e.save_report(kSystemActor, r.id, v);
    Date day = Date(kYear, 11, 10) + boost::gregorian::days(rng.uniform(0, 25));
    e.submit_report(kSystemActor, r.id, cst_instant(day, 10 * 60));
    e.act_on_report(w.province_admin.at(hosp.province), r.id, RequestAction::approve);
    ++w.out->annual_reports;
  }
}

RegionCode province_of(std::int64_t region) { return region / 10000000000 * 10000000000; }

}  // namespace

OpenOptions report_bench_clock() {
  OpenOptions o;
  o.clock = [] { return kNow; };
  return o;
}

ReportProgramme build_report_programme(const std::string& dir, const std::string& areas_csv,
                                       const ReportProgrammeOptions& options) {
  ReportProgramme out;
  World w;
  w.out = &out;
  w.db = out.db = dir + "/bangfu.db";
  auto t0 = Clock::now();
  SynthOptions o;
  o.staff_rows = options.staff;
  o.assigned_percent = 100;  // every doctor on assignment since 2016–2025, none ended: expected every month
  o.recipient_hospitals = options.hospitals;
  o.recipient_provinces = kPovertyProvinces;
  auto files = write_synthetic(dir, areas_csv, o);
  auto engine = Engine::open(w.db, report_bench_clock());
  engine->import_csv_file(kSystemActor, ImportKind::units, files.units_csv);
  auto staff = engine->import_csv_file(kSystemActor, ImportKind::staff, files.staff_csv);
  if (!staff.committed) {
    std::fprintf(stderr, "report_bench: staff import failed\n");
    std::exit(1);
  }
  {
    sqlite3* h = nullptr;
    sqlite3_open_v2(w.db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, "SELECT id, kind, region FROM unit WHERE kind IN (1, 2) ORDER BY id", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      if (sqlite3_column_int(st, 1) == 1)
        w.supports.push_back(sqlite3_column_int64(st, 0));
      else
        w.recipients.push_back({sqlite3_column_int64(st, 0), province_of(sqlite3_column_int64(st, 2))});
    }
    sqlite3_finalize(st);
    sqlite3_prepare_v2(
        h,
        "SELECT a.staff, a.recipient_unit, u.region FROM assignment a JOIN unit u ON u.id = a.recipient_unit "
        "WHERE a.end_date IS NULL ORDER BY a.staff",
        -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
      w.posts.push_back(
          {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), province_of(sqlite3_column_int64(st, 2))});
    sqlite3_finalize(st);
    sqlite3_close(h);
  }
  // 对口帮扶关系 for the annual reports; the accounts that review (受援省份管理员).
  for (std::size_t i = 0; i < w.recipients.size(); ++i) {
    NewPairing p;
    p.support_unit = w.supports[i % w.supports.size()];
    p.recipient_unit = w.recipients[i].id;
    p.start = Date(2020, 1, 1);
    engine->add_pairing(kSystemActor, p);
  }
  NewAccount national;
  national.name = "国家卫生健康委医政医管局";
  national.login = "nhc.admin";
  national.phone = "13800000000";
  national.roles = {Role::national_admin};
  national.scope = Scope::of_region(kNationwide);
  auto nhc = engine->create_account(kSystemActor, national);
  for (const auto& h : w.recipients) {
    if (w.province_admin.count(h.province)) continue;
    NewAccount a;
    a.name = engine->region(h.province).name + "受援省份管理员";
    a.login = "province." + std::to_string(h.province / 10000000000) + ".admin";
    a.phone = "139" + std::to_string(10000000 + h.province / 10000000000);
    a.roles = {Role::recipient_province_admin};
    a.scope = Scope::of_region(h.province);
    w.province_admin[h.province] = engine->create_account(nhc, a);
  }
  out.setup_seconds = since(t0);

  Rng rng(20270120);
  auto ms = months(*engine);
  auto t = engine->report_template(kMonthly);
  int through_engine = std::clamp(options.engine_months, 0, 12);
  t0 = Clock::now();
  for (int i = 0; i < through_engine; ++i) file_through_engine(w, *engine, rng, ms[static_cast<std::size_t>(i)]);
  out.engine_seconds = since(t0);
  engine.reset();  // the SQL writer has the file to itself
  t0 = Clock::now();
  write_sql_months(w, std::vector<Month>(ms.begin() + through_engine, ms.end()), rng, t);
  out.sql_seconds = since(t0);
  {
    // One review text per province (its admin approved) whichever way the row was written.
    sqlite3* h = nullptr;
    sqlite3_open_v2(w.db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h,
                       "SELECT count(*) FROM (SELECT DISTINCT review, workflow FROM report "
                       "WHERE template = 'monthly_workload' AND state = 4)",
                       -1, &st, nullptr);
    out.same_shape = sqlite3_step(st) == SQLITE_ROW &&
                     sqlite3_column_int64(st, 0) == static_cast<std::int64_t>(w.province_admin.size());
    sqlite3_finalize(st);
    sqlite3_close(h);
  }
  engine = Engine::open(w.db, report_bench_clock());
  t0 = Clock::now();
  file_annual(w, *engine, rng);
  out.annual_seconds = since(t0);
  out.recipients = static_cast<std::int64_t>(w.recipients.size());
  out.provinces = static_cast<std::int64_t>(w.province_admin.size());
  out.posts = static_cast<std::int64_t>(w.posts.size());
  return out;
}

}  // namespace bangfu::bench
