// Attendance benchmarks, each against a peer in the same run (DESIGN.md §6):
//
//  1. punches through the C ABI's typed hot path (bf_punch_record), one transaction each,
//     into a file database — peer: the same rows INSERTed with the sqlite3 C API, one
//     transaction each, into a table of the same shape and indexes in another file database;
//  2. 考勤统计 for a month of every staff member (Engine::attendance_month) — peer: the same
//     counts (days attended, late, serious late, missing) as one SQL query on the same database.
//
//   attendance_bench [--staff=N] [google-benchmark flags]      (default 10 000 staff, October 2026)
// Environment: BANGFU_BENCH_DIR (default $TMPDIR or /tmp), BANGFU_BENCH_KEEP=1 keeps the files.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "bangfu.h"
#include "bangfu/bangfu.hpp"
#include "synth.hpp"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct PunchRow {
  std::int64_t staff, at;
};

std::int64_t g_staff = 10000;
fs::path g_dir;
std::vector<PunchRow> g_rows;        // every staff member, every workday of October 2026
std::vector<bangfu::Date> g_workdays;
double g_bangfu_punch = 0, g_peer_punch = 0, g_bangfu_stats = 0, g_peer_stats = 0;
std::int64_t g_stat_rows = 0, g_peer_stat_rows = 0, g_attended_bangfu = 0, g_attended_peer = 0;

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

void remove_db(const fs::path& db) {
  std::error_code ec;
  for (const char* s : {"", "-wal", "-shm"}) fs::remove(db.string() + s, ec);
}

// The programme: units and staff imported from the synthetic CSVs, every staff member on
// assignment since before October 2026. Not timed.
void prepare() {
  const char* base = std::getenv("BANGFU_BENCH_DIR");
  if (!base) base = std::getenv("TMPDIR");
  g_dir = fs::path(base ? base : "/tmp") / ("bangfu_attendance_bench_" + std::to_string(::getpid()));
  fs::create_directories(g_dir);
  bangfu::bench::SynthOptions o;
  o.staff_rows = g_staff;
  o.assigned_percent = 100;
  o.recipient_hospitals = 800;
  auto files = bangfu::bench::write_synthetic(g_dir.string(), BANGFU_BENCH_AREAS_CSV, o);
  auto engine = bangfu::Engine::open((g_dir / "bangfu.db").string());
  engine->import_csv_file(bangfu::kSystemActor, bangfu::ImportKind::units, files.units_csv);
  auto staff = engine->import_csv_file(bangfu::kSystemActor, bangfu::ImportKind::staff, files.staff_csv);
  if (!staff.committed) {
    std::fprintf(stderr, "attendance_bench: staff import failed\n");
    std::exit(1);
  }
  bangfu::bench::Rng rng(20261001);
  auto cal = engine->calendar();
  for (bangfu::Date d(2026, 10, 1); d <= bangfu::Date(2026, 10, 31); d += boost::gregorian::days(1))
    if (cal.is_workday(d)) g_workdays.push_back(d);
  const boost::posix_time::ptime epoch(bangfu::Date(1970, 1, 1));
  for (auto d : g_workdays)
    for (std::int64_t s = 1; s <= g_staff; ++s) {
      // Mostly before 08:00, some late, a few missing.
      if (rng.percent(4)) continue;
      int minute = rng.percent(90) ? 7 * 60 + static_cast<int>(rng.uniform(20, 59)) : 8 * 60 + static_cast<int>(rng.uniform(1, 50));
      g_rows.push_back({s, (bangfu::cst_instant(d, minute) - epoch).total_seconds()});
    }
}

void BM_bangfu_punch_capi(benchmark::State& state) {
  for (auto _ : state) {
    bf_engine* e = nullptr;
    if (bf_engine_open((g_dir / "bangfu.db").c_str(), nullptr, &e, nullptr) != BF_OK) {
      state.SkipWithError("bf_engine_open failed");
      return;
    }
    auto t0 = Clock::now();
    for (const auto& r : g_rows) {
      bf_error* err = nullptr;
      std::int64_t id = 0;
      int check = 0;
      if (bf_punch_record(e, 0, r.staff, r.at, nullptr, nullptr, "bench", &id, &check, &err) != BF_OK) {
        std::fprintf(stderr, "bf_punch_record: %s\n", bf_error_message(err));
        bf_error_free(err);
        state.SkipWithError("a punch failed");
        bf_engine_close(e);
        return;
      }
    }
    bf_engine_close(e);
    g_bangfu_punch = since(t0);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(g_rows.size()));
}

void BM_peer_punch_sqlite(benchmark::State& state) {
  for (auto _ : state) {
    fs::path db = g_dir / "peer.db";
    remove_db(db);
    sqlite3* h = nullptr;
    sqlite3_open(db.c_str(), &h);
    sqlite3_exec(h,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                 "CREATE TABLE punch(id INTEGER PRIMARY KEY, staff INTEGER NOT NULL, assignment INTEGER NOT NULL,"
                 " unit INTEGER NOT NULL, at INTEGER NOT NULL, day TEXT NOT NULL, minute INTEGER NOT NULL,"
                 " latitude REAL, longitude REAL, distance INTEGER, checked INTEGER NOT NULL, source TEXT NOT NULL,"
                 " recorded_by INTEGER NOT NULL);"
                 "CREATE INDEX punch_staff_day ON punch(staff, day); CREATE INDEX punch_unit_day ON punch(unit, day);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO punch(staff, assignment, unit, at, day, minute, checked, source, recorded_by) "
                       "VALUES (?, ?, ?, ?, date(?, 'unixepoch', '+8 hours'), (? + 28800) % 86400 / 60, 1, 'bench', 0)",
                       -1, &ins, nullptr);
    auto t0 = Clock::now();
    for (const auto& r : g_rows) {
      sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
      sqlite3_bind_int64(ins, 1, r.staff);
      sqlite3_bind_int64(ins, 2, r.staff);
      sqlite3_bind_int64(ins, 3, 1);
      sqlite3_bind_int64(ins, 4, r.at);
      sqlite3_bind_int64(ins, 5, r.at);
      sqlite3_bind_int64(ins, 6, r.at);
      sqlite3_step(ins);
      sqlite3_reset(ins);
      sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_finalize(ins);
    sqlite3_close(h);
    g_peer_punch = since(t0);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(g_rows.size()));
}

void BM_bangfu_month_stats(benchmark::State& state) {
  auto engine = bangfu::Engine::open((g_dir / "bangfu.db").string());
  bangfu::AttendanceFilter f;
  f.year = 2026;
  f.month = 10;
  for (auto _ : state) {
    auto t0 = Clock::now();
    auto rows = engine->attendance_month(bangfu::kSystemActor, f);
    g_bangfu_stats = since(t0);
    g_stat_rows = static_cast<std::int64_t>(rows.size());
    g_attended_bangfu = 0;
    for (const auto& r : rows) g_attended_bangfu += r.totals.attended_days;
  }
  state.SetItemsProcessed(g_stat_rows);
}

// The peer knows the rule (08:00, no grace, 30 / 60 minutes) and the month's workdays up front.
void BM_peer_month_stats_sql(benchmark::State& state) {
  sqlite3* h = nullptr;
  sqlite3_open_v2((g_dir / "bangfu.db").c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  std::string days;
  for (auto d : g_workdays) days += (days.empty() ? "'" : ",'") + bangfu::date_text(d) + "'";
  std::string sql =
      "WITH first AS (SELECT staff, day, min(minute) AS m FROM punch WHERE day IN (" + days +
      ") AND minute BETWEEN 360 AND 719 GROUP BY staff, day) "
      "SELECT a.staff, s.name, ru.name, count(f.day), sum(f.m > 480 AND f.m < 540), sum(f.m >= 510 AND f.m < 540), "
      "sum(f.m >= 540), " + std::to_string(g_workdays.size()) + " - count(f.day) "
      "FROM assignment a JOIN staff s ON s.id = a.staff JOIN unit ru ON ru.id = a.recipient_unit "
      "LEFT JOIN first f ON f.staff = a.staff "
      "WHERE a.start_date <= '2026-10-31' AND (a.end_date IS NULL OR a.end_date >= '2026-10-01') "
      "GROUP BY a.id ORDER BY ru.region, ru.id, a.staff";
  for (auto _ : state) {
    sqlite3_stmt* st = nullptr;
    auto t0 = Clock::now();
    sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr);
    g_peer_stat_rows = 0;
    g_attended_peer = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
      ++g_peer_stat_rows;
      g_attended_peer += sqlite3_column_int64(st, 3) - sqlite3_column_int64(st, 6);
    }
    sqlite3_finalize(st);
    g_peer_stats = since(t0);
  }
  sqlite3_close(h);
  state.SetItemsProcessed(g_peer_stat_rows);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--staff=", 8) == 0) g_staff = std::atoll(argv[i] + 8);
    else rest.push_back(argv[i]);
  }
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());
  prepare();
  // Order matters: the punches are recorded first, then the statistics read them.
  benchmark::RegisterBenchmark("bangfu/punch_c_abi", BM_bangfu_punch_capi)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("peer/punch_sqlite3", BM_peer_punch_sqlite)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("bangfu/attendance_month", BM_bangfu_month_stats)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("peer/month_sql", BM_peer_month_stats_sql)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();

  double n = static_cast<double>(g_rows.size());
  std::printf("\npunches: %.0f through bf_punch_record in %.2f s = %.0f punches/s; peer (sqlite3 INSERT, one "
              "transaction each) %.2f s = %.0f/s; ratio bangfu/peer %.2fx\n",
              n, g_bangfu_punch, n / g_bangfu_punch, g_peer_punch, n / g_peer_punch, g_bangfu_punch / g_peer_punch);
  std::printf("monthly statistics: %lld staff-months in %.3f s; peer (one SQL query) %lld rows in %.3f s; "
              "ratio bangfu/peer %.2fx; days attended bangfu %lld, peer %lld\n",
              static_cast<long long>(g_stat_rows), g_bangfu_stats, static_cast<long long>(g_peer_stat_rows),
              g_peer_stats, g_bangfu_stats / g_peer_stats, static_cast<long long>(g_attended_bangfu),
              static_cast<long long>(g_attended_peer));
  if (!std::getenv("BANGFU_BENCH_KEEP")) fs::remove_all(g_dir);
  bool ok = g_stat_rows == g_peer_stat_rows && g_stat_rows > 0 && g_bangfu_punch > 0;
  return ok ? 0 : 1;
}
