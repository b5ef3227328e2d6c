// Report benchmarks (数据上报), each against a peer in the same run (DESIGN.md §6):
//
//  1. 填报情况 national for one month (Engine::report_completeness) — peer: one SQL query on the
//     same database counting expected / on-time / late / missing reports by province;
//  2. 汇总表 of the 12 months grouped by province (Engine::report_summary into a Table) — peer:
//     one SQL query summing json_extract(vals, '$.<field>') of every summed field by province;
//  3. 汇总表 per report, streamed to a counting TableSink — peer: the same rows (names, period,
//     state, every field by json_extract) stepped through with the sqlite3 C API and counted.
// The engine's figures are checked against the peer's: counts and sums must agree, or the
// program says which disagree and exits 1.
//
// Data (built first by bench/report_programme.cpp, not compared): a national-sized programme
// from bench/synth — 832 recipient hospitals in county-level regions (县/旗) of the programme's
// 22 provinces, 200 support hospitals in the east, --staff doctors on assignment all year
// (default 10 000), one pairing per recipient hospital and one 受援省份管理员 per province; the
// 支援人员工作量月报 of the 12 months of 2026 (about 3 % not filed, 6 % late, 1 % returned, the
// rest accepted) and 2026's 受援医院帮扶成效年报 of every hospital. The first --engine-months
// months (default 1) are filed through the Engine as a hospital would (open, save, submit with
// the replayed time, the province's review); the other months are written with plain SQL into
// the report table of schema v5, in one transaction, in the same row shape (values, review and
// workflow serialized by bangfu's own JSON code, timestamps in its stored form) but without
// audit entries. The annual reports go through the Engine. The engine's clock is fixed at
// 2027-01-20 10:00 CST, after every deadline.
//
//   report_bench [--staff=N] [--hospitals=N] [--engine-months=N] [--repeats=N] [google-benchmark flags]
// Environment: BANGFU_BENCH_DIR (default $TMPDIR or /tmp), BANGFU_BENCH_KEEP=1 keeps the files.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bangfu/bangfu.hpp"
#include "report_programme.hpp"

namespace {

namespace fs = std::filesystem;
using bangfu::Period;
using Clock = std::chrono::steady_clock;

constexpr const char* kMonthly = "monthly_workload";
constexpr int kYear = bangfu::bench::kReportYear;

bangfu::bench::ReportProgrammeOptions g_options;
int g_repeats = 3;
fs::path g_dir;
bangfu::bench::ReportProgramme g_programme;  // the database and the set-up figures

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// CPU time of the process (one thread does the work): steadier than wall time on a shared machine.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// The best (smallest) wall and CPU time over the repeats.
struct Best {
  double wall = 1e9, cpu = 1e9;
  void add(Clock::time_point t0, double c0) {
    wall = std::min(wall, since(t0));
    cpu = std::min(cpu, cpu_now() - c0);
  }
};

bangfu::OpenOptions fixed_clock() { return bangfu::bench::report_bench_clock(); }

fs::path db_path() { return g_programme.db; }

void check(sqlite3* h, int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "report_bench: %s failed: %s\n", what, sqlite3_errmsg(h));
    std::exit(1);
  }
}

void prepare() {
  const char* base = std::getenv("BANGFU_BENCH_DIR");
  if (!base) base = std::getenv("TMPDIR");
  g_dir = fs::path(base ? base : "/tmp") / ("bangfu_report_bench_" + std::to_string(::getpid()));
  fs::create_directories(g_dir);
  g_programme = bangfu::bench::build_report_programme(g_dir.string(), BANGFU_BENCH_AREAS_CSV, g_options);
}

// ---- 1. 填报情况 ----------------------------------------------------------------------------

struct Counts {
  std::int64_t expected = 0, on_time = 0, late = 0, missing = 0;
  bool operator==(const Counts&) const = default;
};
std::map<bangfu::RegionCode, Counts> g_completeness_bangfu, g_completeness_peer;
Best g_bangfu_completeness, g_peer_completeness;
const Period kCompletenessMonth = Period::of_month(kYear, 1);

void BM_bangfu_completeness(benchmark::State& state) {
  auto engine = bangfu::Engine::open(db_path().string(), fixed_clock());
  bangfu::CompletenessFilter f;
  f.template_key = kMonthly;
  f.period = kCompletenessMonth;
  f.region = bangfu::kNationwide;
  for (auto _ : state) {
    auto t0 = Clock::now();
    double c0 = cpu_now();
    auto c = engine->report_completeness(bangfu::kSystemActor, f);
    g_bangfu_completeness.add(t0, c0);
    g_completeness_bangfu.clear();
    for (const auto& row : c.rows)
      g_completeness_bangfu[row.region] = {row.counts.expected, row.counts.on_time, row.counts.late,
                                           row.counts.missing};
    state.counters["expected"] = static_cast<double>(c.total.expected);
  }
}

// The peer knows the rules up front: a staff report is expected for each assignment active in
// the month; filed = any state but draft; late = the flag stored at first submission.
void BM_peer_completeness_sql(benchmark::State& state) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db_path().c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  const std::string p = kCompletenessMonth.text(), first = bangfu::date_text(kCompletenessMonth.first()),
                    last = bangfu::date_text(kCompletenessMonth.last());
  const std::string sql =
      "SELECT u.region / 10000000000 * 10000000000, count(*), "
      "sum(r.state IN (2, 3, 4, 5) AND r.late = 0), sum(r.state IN (2, 3, 4, 5) AND r.late = 1), "
      "sum(r.state IS NULL OR r.state = 1) "
      "FROM (SELECT DISTINCT staff, recipient_unit AS unit FROM assignment WHERE start_date <= '" +
      last + "' AND (end_date IS NULL OR end_date >= '" + first +
      "')) x JOIN unit u ON u.id = x.unit "
      "LEFT JOIN report r ON r.template = 'monthly_workload' AND r.period = '" +
      p + "' AND r.unit = x.unit AND ifnull(r.staff, 0) = x.staff GROUP BY 1 ORDER BY 1";
  for (auto _ : state) {
    auto t0 = Clock::now();
    double c0 = cpu_now();
    sqlite3_stmt* st = nullptr;
    check(h, sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr), "prepare completeness");
    g_completeness_peer.clear();
    while (sqlite3_step(st) == SQLITE_ROW)
      g_completeness_peer[sqlite3_column_int64(st, 0)] = {sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2),
                                                          sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4)};
    sqlite3_finalize(st);
    g_peer_completeness.add(t0, c0);
  }
  sqlite3_close(h);
}

// ---- 2. 汇总表 grouped by province ----------------------------------------------------------

// The summed fields of 工作量月报 (every numeric field; leave_days is the decimal one).
const std::vector<std::string> kSumFields = {"required_days",     "attended_days", "leave_days", "absent_days",
                                             "outpatient_visits", "inpatients",    "operations", "grade34_operations",
                                             "teaching_rounds",   "lectures",      "trainees",   "consultations",
                                             "new_techniques"};

struct Sums {
  std::int64_t reports = 0, staff = 0;
  std::vector<double> field;  // kSumFields order
};
std::vector<Sums> g_groups_bangfu, g_groups_peer;
Sums g_total_bangfu, g_total_peer;
Best g_bangfu_grouped, g_peer_grouped;

double number(const bangfu::Cell& c) {
  if (auto i = std::get_if<std::int64_t>(&c)) return static_cast<double>(*i);
  if (auto s = std::get_if<std::string>(&c)) return std::atof(s->c_str());
  return 0;
}

bangfu::ReportSummaryFilter year_filter(bangfu::ReportGrouping g) {
  bangfu::ReportSummaryFilter f;
  f.template_key = kMonthly;
  f.first = Period::of_month(kYear, 1);
  f.last = Period::of_month(kYear, 12);
  f.group_by = g;
  return f;
}

void BM_bangfu_summary_by_province(benchmark::State& state) {
  auto engine = bangfu::Engine::open(db_path().string(), fixed_clock());
  auto f = year_filter(bangfu::ReportGrouping::province);
  for (auto _ : state) {
    auto t0 = Clock::now();
    double c0 = cpu_now();
    auto table = engine->report_summary(bangfu::kSystemActor, f);
    g_bangfu_grouped.add(t0, c0);
    std::size_t reports = table.column_index("report_count"), staff = table.column_index("staff_count");
    std::vector<std::size_t> cols;
    for (const auto& k : kSumFields) cols.push_back(table.column_index(k));
    g_groups_bangfu.clear();
    for (const auto& row : table.rows) {
      Sums s{std::get<std::int64_t>(row[reports]), std::get<std::int64_t>(row[staff]), {}};
      for (auto c : cols) s.field.push_back(number(row[c]));
      g_groups_bangfu.push_back(std::move(s));
    }
    g_total_bangfu = g_groups_bangfu.back();  // 合计
    g_groups_bangfu.pop_back();
  }
}

std::string json_sums() {
  std::string s;
  for (const auto& k : kSumFields) s += ", total(json_extract(r.vals, '$." + k + "'))";
  return s;
}

void BM_peer_summary_by_province_sql(benchmark::State& state) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db_path().c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  const std::string sql = "SELECT u.region / 10000000000, count(*), count(DISTINCT r.staff)" + json_sums() +
                          " FROM report r JOIN unit u ON u.id = r.unit WHERE r.template = 'monthly_workload' "
                          "AND r.period BETWEEN '2026-01' AND '2026-12' AND r.state <> 1 GROUP BY 1 ORDER BY 1";
  for (auto _ : state) {
    auto t0 = Clock::now();
    double c0 = cpu_now();
    sqlite3_stmt* st = nullptr;
    check(h, sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr), "prepare summary");
    g_groups_peer.clear();
    g_total_peer = Sums{0, 0, std::vector<double>(kSumFields.size(), 0.0)};
    while (sqlite3_step(st) == SQLITE_ROW) {
      Sums s{sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2), {}};
      for (std::size_t i = 0; i < kSumFields.size(); ++i)
        s.field.push_back(sqlite3_column_double(st, static_cast<int>(i) + 3));
      g_total_peer.reports += s.reports;
      for (std::size_t i = 0; i < kSumFields.size(); ++i) g_total_peer.field[i] += s.field[i];
      g_groups_peer.push_back(std::move(s));
    }
    sqlite3_finalize(st);
    g_peer_grouped.add(t0, c0);
  }
  sqlite3_close(h);
}

// ---- 3. 汇总表 per report, streamed ---------------------------------------------------------

// Counts the report rows (合计 is the row without a 序号) and sums one column.
class CountingSink final : public bangfu::TableSink {
 public:
  void begin(const std::vector<bangfu::Column>& columns) override {
    rows = 0;
    outpatient = 0;
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i].key == "outpatient_visits") col_ = i;
  }
  void row(const bangfu::Row& r) override {
    if (std::holds_alternative<std::monostate>(r[0])) return;  // 合计
    ++rows;
    outpatient += static_cast<std::int64_t>(number(r[col_]));
  }
  void end() override {}
  std::int64_t rows = 0, outpatient = 0;

 private:
  std::size_t col_ = 0;
};
std::int64_t g_rows_bangfu = 0, g_rows_peer = 0, g_rows_outpatient_bangfu = 0, g_rows_outpatient_peer = 0;
Best g_bangfu_rows, g_peer_rows;

void BM_bangfu_summary_rows(benchmark::State& state) {
  auto engine = bangfu::Engine::open(db_path().string(), fixed_clock());
  auto f = year_filter(bangfu::ReportGrouping::report);
  for (auto _ : state) {
    CountingSink sink;
    auto t0 = Clock::now();
    double c0 = cpu_now();
    engine->report_summary(bangfu::kSystemActor, f, sink);
    g_bangfu_rows.add(t0, c0);
    g_rows_bangfu = sink.rows;
    g_rows_outpatient_bangfu = sink.outpatient;
  }
  state.SetItemsProcessed(g_rows_bangfu * state.iterations());
}

// The same row content: region path, hospital, name, ID number, home unit, period, state,
// late, and every field of the template taken out of the JSON; each column read once.
void BM_peer_summary_rows_sql(benchmark::State& state) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db_path().c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  std::string fields;
  for (const auto& k : kSumFields) fields += ", json_extract(r.vals, '$." + k + "')";
  const std::string sql = "SELECT rg.path, u.name, s.name, s.id_number, hu.name, r.period, r.state, r.late" + fields +
                          ", json_extract(r.vals, '$.summary') FROM report r JOIN unit u ON u.id = r.unit "
                          "JOIN region rg ON rg.code = u.region LEFT JOIN staff s ON s.id = r.staff "
                          "LEFT JOIN unit hu ON hu.id = s.home_unit WHERE r.template = 'monthly_workload' "
                          "AND r.period BETWEEN '2026-01' AND '2026-12' AND r.state <> 1 "
                          "ORDER BY u.region, r.unit, r.period, s.id";
  const int outpatient_col = 8 + 4;  // kSumFields[4]
  for (auto _ : state) {
    auto t0 = Clock::now();
    double c0 = cpu_now();
    sqlite3_stmt* st = nullptr;
    check(h, sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr), "prepare rows");
    int n = sqlite3_column_count(st);
    g_rows_peer = g_rows_outpatient_peer = 0;
    std::size_t bytes = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
      ++g_rows_peer;
      for (int c = 0; c < n; ++c)
        if (sqlite3_column_type(st, c) == SQLITE_TEXT) bytes += static_cast<std::size_t>(sqlite3_column_bytes(st, c));
      g_rows_outpatient_peer += sqlite3_column_int64(st, outpatient_col);
    }
    sqlite3_finalize(st);
    g_peer_rows.add(t0, c0);
    benchmark::DoNotOptimize(bytes);
  }
  state.SetItemsProcessed(g_rows_peer * state.iterations());
  sqlite3_close(h);
}

std::string seconds(const Best& b) {
  if (b.wall >= 1e9) return "(not run)";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f s (CPU %.3f s)", b.wall, b.cpu);
  return buf;
}

std::string ratio(const Best& a, const Best& b) {
  if (a.wall >= 1e9 || b.wall >= 1e9) return "(not run)";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2fx (CPU %.2fx)", a.wall / b.wall, a.cpu / b.cpu);
  return buf;
}

bool near(double a, double b) { return std::fabs(a - b) <= 0.05 + 1e-9 * std::fabs(b); }

}  // namespace

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--staff=", 8) == 0)
      g_options.staff = std::atoll(argv[i] + 8);
    else if (std::strncmp(argv[i], "--hospitals=", 12) == 0)
      g_options.hospitals = std::atoi(argv[i] + 12);
    else if (std::strncmp(argv[i], "--engine-months=", 16) == 0)
      g_options.engine_months = std::atoi(argv[i] + 16);
    else if (std::strncmp(argv[i], "--repeats=", 10) == 0)
      g_repeats = std::max(1, std::atoi(argv[i] + 10));
    else
      rest.push_back(argv[i]);
  }
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());
  prepare();
  auto reg = [](const char* name, void (*fn)(benchmark::State&)) {
    benchmark::RegisterBenchmark(name, fn)->Iterations(g_repeats)->Unit(benchmark::kMillisecond);
  };
  reg("bangfu/report_completeness_month", BM_bangfu_completeness);
  reg("peer/completeness_sql", BM_peer_completeness_sql);
  reg("bangfu/report_summary_by_province_12m", BM_bangfu_summary_by_province);
  reg("peer/summary_by_province_sql", BM_peer_summary_by_province_sql);
  reg("bangfu/report_summary_rows_12m", BM_bangfu_summary_rows);
  reg("peer/summary_rows_sql", BM_peer_summary_rows_sql);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();

  bool ok = true;
  // 1. Completeness: the same counts in every province.
  Counts total_b, total_p;
  for (const auto& [p, c] : g_completeness_bangfu)
    total_b = {total_b.expected + c.expected, total_b.on_time + c.on_time, total_b.late + c.late,
               total_b.missing + c.missing};
  for (const auto& [p, c] : g_completeness_peer)
    total_p = {total_p.expected + c.expected, total_p.on_time + c.on_time, total_p.late + c.late,
               total_p.missing + c.missing};
  std::map<bangfu::RegionCode, Counts> peer_by_code;
  for (const auto& [p, c] : g_completeness_peer) peer_by_code[p] = c;
  bool completeness_agree = g_completeness_bangfu == peer_by_code && total_b.expected > 0;
  ok = ok && completeness_agree;
  // 2. Grouped summary: per province and in total.
  bool grouped_agree = g_groups_bangfu.size() == g_groups_peer.size() &&
                       g_total_bangfu.reports == g_total_peer.reports && g_total_bangfu.reports > 0;
  for (std::size_t i = 0; grouped_agree && i < g_groups_bangfu.size(); ++i) {
    const auto &b = g_groups_bangfu[i], &p = g_groups_peer[i];
    grouped_agree = b.reports == p.reports && b.staff == p.staff;
    for (std::size_t k = 0; grouped_agree && k < kSumFields.size(); ++k) grouped_agree = near(b.field[k], p.field[k]);
  }
  for (std::size_t k = 0; grouped_agree && k < kSumFields.size(); ++k)
    grouped_agree = near(g_total_bangfu.field[k], g_total_peer.field[k]);
  ok = ok && grouped_agree;
  // 3. Rows: as many, and the same 门急诊人次 in total.
  bool rows_agree =
      g_rows_bangfu == g_rows_peer && g_rows_outpatient_bangfu == g_rows_outpatient_peer && g_rows_bangfu > 0;
  ok = ok && rows_agree && g_programme.same_shape;

  auto yes = [](bool b) { return b ? "yes" : "NO (disagree)"; };
  const auto& P = g_programme;
  std::printf(
      "\nprogramme: %lld recipient hospitals in %lld provinces, %lld staff on assignment; setup %.1f s "
      "(units, staff, pairings, accounts)\n",
      static_cast<long long>(P.recipients), static_cast<long long>(P.provinces), static_cast<long long>(P.posts),
      P.setup_seconds);
  std::printf(
      "reports: %lld monthly through the Engine (open, save, submit, review) in %.1f s = %.0f reports/s; "
      "%lld monthly written with plain SQL (schema v5 rows, no audit) in %.1f s; %lld annual through the "
      "Engine in %.1f s\n",
      static_cast<long long>(P.engine_reports), P.engine_seconds,
      P.engine_seconds > 0 ? static_cast<double>(P.engine_reports) / P.engine_seconds : 0.0,
      static_cast<long long>(P.sql_reports), P.sql_seconds, static_cast<long long>(P.annual_reports), P.annual_seconds);
  std::printf(
      "row shape: accepted reports carry one review/workflow JSON per province whichever way they were "
      "written: %s\n",
      yes(P.same_shape));
  std::printf(
      "1. completeness %s national (%zu provinces): expected %lld, on time %lld, late %lld, missing %lld; "
      "bangfu %s, peer (one SQL query) %s; ratio bangfu/peer %s; counts agree: %s\n",
      kCompletenessMonth.text().c_str(), g_completeness_bangfu.size(), static_cast<long long>(total_b.expected),
      static_cast<long long>(total_b.on_time), static_cast<long long>(total_b.late),
      static_cast<long long>(total_b.missing), seconds(g_bangfu_completeness).c_str(),
      seconds(g_peer_completeness).c_str(), ratio(g_bangfu_completeness, g_peer_completeness).c_str(),
      yes(completeness_agree));
  if (!completeness_agree)
    std::printf("   peer: expected %lld, on time %lld, late %lld, missing %lld\n",
                static_cast<long long>(total_p.expected), static_cast<long long>(total_p.on_time),
                static_cast<long long>(total_p.late), static_cast<long long>(total_p.missing));
  std::printf(
      "2. summary 2026-01..2026-12 by province: %zu provinces, %lld reports, 门急诊 %.0f, 手术 %.0f; "
      "bangfu %s, peer (json_extract sums) %s; ratio bangfu/peer %s; totals agree: %s\n",
      g_groups_bangfu.size(), static_cast<long long>(g_total_bangfu.reports),
      g_total_bangfu.field.empty() ? 0.0 : g_total_bangfu.field[4],
      g_total_bangfu.field.empty() ? 0.0 : g_total_bangfu.field[6], seconds(g_bangfu_grouped).c_str(),
      seconds(g_peer_grouped).c_str(), ratio(g_bangfu_grouped, g_peer_grouped).c_str(), yes(grouped_agree));
  if (!grouped_agree && !g_total_peer.field.empty())
    std::printf("   peer: %zu provinces, %lld reports, 门急诊 %.0f, 手术 %.0f\n", g_groups_peer.size(),
                static_cast<long long>(g_total_peer.reports), g_total_peer.field[4], g_total_peer.field[6]);
  std::printf(
      "3. summary per report streamed: %lld rows (门急诊 %lld) in %s = %.0f rows/s; peer (the rows in SQL) "
      "%lld rows in %s; ratio bangfu/peer %s; rows agree: %s\n",
      static_cast<long long>(g_rows_bangfu), static_cast<long long>(g_rows_outpatient_bangfu),
      seconds(g_bangfu_rows).c_str(), g_rows_bangfu > 0 ? static_cast<double>(g_rows_bangfu) / g_bangfu_rows.wall : 0.0,
      static_cast<long long>(g_rows_peer), seconds(g_peer_rows).c_str(), ratio(g_bangfu_rows, g_peer_rows).c_str(),
      yes(rows_agree));
  if (!std::getenv("BANGFU_BENCH_KEEP"))
    fs::remove_all(g_dir);
  else
    std::printf("database kept: %s\n", db_path().c_str());
  return ok ? 0 : 1;
}
