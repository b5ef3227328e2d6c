// Staff CSV import: bangfu's Engine against a Python csv + sqlite3 peer, in one run.
//
//   import_bench [--rows=N] [--seed=S] [--iterations=K] [google-benchmark flags]
//
// Environment: BANGFU_BENCH_ROWS, BANGFU_BENCH_ITERATIONS (defaults 100000 and 3),
// BANGFU_BENCH_PYTHON (default /usr/bin/python3), BANGFU_BENCH_DIR (where the temporary
// directory goes; default $TMPDIR or /tmp), BANGFU_BENCH_KEEP=1 (keep the CSVs and databases).
// See docs/benchmarks.md. Prints a summary with rows/s and the bangfu/peer ratio at the end;
// the exit status is non-zero only if an import failed or wrote the wrong number of rows.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "bangfu/bangfu.hpp"
#include "synth.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Config {
  std::int64_t rows = 100000;
  std::int64_t iterations = 3;
  std::uint32_t seed = 20160101;
  std::string python = "/usr/bin/python3";
  std::string peer_script = BANGFU_BENCH_PEER_SCRIPT;
  std::string areas_csv = BANGFU_BENCH_AREAS_CSV;
  bool keep = false;
};

Config g_config;
fs::path g_dir;
bangfu::bench::SynthFiles g_files;

struct Measurement {
  std::vector<double> seconds;         // per iteration, the timed part (wall clock)
  std::vector<double> cpu_seconds;     // user + system CPU of the timed part (load-insensitive)
  std::vector<double> import_seconds;  // bangfu only: the import call without closing the engine
  bool failed = false;
  std::string error;
};
Measurement g_bangfu, g_peer;

double since(Clock::time_point t0, Clock::time_point t1) { return std::chrono::duration<double>(t1 - t0).count(); }

double cpu_of(const rusage& r) {
  return static_cast<double>(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
         static_cast<double>(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}
double self_cpu() {
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  return cpu_of(r);
}

void remove_db(const fs::path& db) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix, ec);
}

// SELECT count(*) FROM table, or -1 on any error.
std::int64_t count_rows(const fs::path& db, const char* table) {
  sqlite3* h = nullptr;
  std::int64_t n = -1;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    std::string sql = std::string("SELECT count(*) FROM ") + table;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
      n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(h);
  return n;
}

void fail(benchmark::State& state, Measurement& m, const std::string& why) {
  m.failed = true;
  m.error = why;
  state.SkipWithError(m.error.c_str());
}

std::string first_problem(const bangfu::ImportReport& r) {
  if (r.problems.empty()) return "";
  const auto& p = r.problems.front();
  return " (first problem: line " + std::to_string(p.line) + " " + p.field + ": " + p.message + ")";
}

// Fresh WAL database with the regions (seeded by open) and the units (imported): not timed.
// Timed: Engine::import_csv_file of the staff CSV as the system actor, plus closing the
// engine (which checkpoints the WAL into the database file, as the peer's close does).
void BM_bangfu_import_staff(benchmark::State& state) {
  const fs::path db = g_dir / "bangfu.db";
  for (auto _ : state) {
    state.PauseTiming();
    remove_db(db);
    auto engine = bangfu::Engine::open(db.string());
    auto units = engine->import_csv_file(bangfu::kSystemActor, bangfu::ImportKind::units, g_files.units_csv);
    if (!units.committed || units.rows_imported != g_files.units) {
      fail(state, g_bangfu, "units import: " + std::to_string(units.rows_imported) + " of " +
                                std::to_string(g_files.units) + " rows" + first_problem(units));
      break;
    }
    state.ResumeTiming();

    double c0 = self_cpu();
    auto t0 = Clock::now();
    auto report = engine->import_csv_file(bangfu::kSystemActor, bangfu::ImportKind::staff, g_files.staff_csv);
    auto t1 = Clock::now();
    engine.reset();
    auto t2 = Clock::now();
    double c2 = self_cpu();

    state.PauseTiming();
    if (!report.committed || report.rows_imported != g_files.staff) {
      fail(state, g_bangfu, "staff import: " + std::to_string(report.rows_imported) + " of " +
                                std::to_string(g_files.staff) + " rows" + first_problem(report));
      break;
    }
    g_bangfu.seconds.push_back(since(t0, t2));
    g_bangfu.cpu_seconds.push_back(c2 - c0);
    g_bangfu.import_seconds.push_back(since(t0, t1));
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * g_files.staff);
}

// Runs the peer; returns its exit status (or -1 if it could not be started) and its CPU time.
int run_peer(const fs::path& db, double& cpu) {
  std::vector<std::string> args = {g_config.python, g_config.peer_script, g_files.staff_csv, db.string(),
                                   g_files.units_csv};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);  // its one-line summary
  pid_t pid = 0;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0)
    if (errno != EINTR) return -1;
  cpu = cpu_of(usage);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

// Timed: the whole peer process (interpreter start, schema, units, staff, commit, close).
void BM_peer_python_sqlite3(benchmark::State& state) {
  const fs::path db = g_dir / "peer.db";
  for (auto _ : state) {
    state.PauseTiming();
    remove_db(db);
    state.ResumeTiming();
    auto t0 = Clock::now();
    double cpu = 0;
    int rc = run_peer(db, cpu);
    auto t1 = Clock::now();
    state.PauseTiming();
    if (rc != 0) {
      fail(state, g_peer, g_config.python + " " + g_config.peer_script +
                              (rc < 0 ? std::string(": could not be started") : " exited with status " + std::to_string(rc)));
      break;
    }
    std::int64_t staff = count_rows(db, "staff"), assignments = count_rows(db, "assignment");
    if (staff != g_files.staff || assignments != g_files.assignments) {
      fail(state, g_peer, "peer wrote " + std::to_string(staff) + " staff and " + std::to_string(assignments) +
                              " assignments; expected " + std::to_string(g_files.staff) + " and " +
                              std::to_string(g_files.assignments));
      break;
    }
    g_peer.seconds.push_back(since(t0, t1));
    g_peer.cpu_seconds.push_back(cpu);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * g_files.staff);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void print_line(const char* label, const Measurement& m, std::int64_t rows) {
  const auto& s = m.seconds;
  double med = median(s), lo = *std::min_element(s.begin(), s.end()), hi = *std::max_element(s.begin(), s.end());
  std::printf("%-40s wall %7.3f s (min %.3f, max %.3f, %zu runs) %8.0f rows/s | cpu %7.3f s %8.0f rows/s\n", label,
              med, lo, hi, s.size(), static_cast<double>(rows) / med, median(m.cpu_seconds),
              static_cast<double>(rows) / median(m.cpu_seconds));
}

bool take_arg(const char* arg, const char* name, std::string& value) {
  std::size_t n = std::strlen(name);
  if (std::strncmp(arg, name, n) != 0 || arg[n] != '=') return false;
  value = arg + n + 1;
  return true;
}

std::int64_t positive(const std::string& text, const char* what) {
  char* end = nullptr;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || v <= 0) {
    std::fprintf(stderr, "import_bench: %s must be a positive integer, not '%s'\n", what, text.c_str());
    std::exit(2);
  }
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  if (const char* v = std::getenv("BANGFU_BENCH_ROWS")) g_config.rows = positive(v, "BANGFU_BENCH_ROWS");
  if (const char* v = std::getenv("BANGFU_BENCH_ITERATIONS"))
    g_config.iterations = positive(v, "BANGFU_BENCH_ITERATIONS");
  if (const char* v = std::getenv("BANGFU_BENCH_PYTHON")) g_config.python = v;
  if (const char* v = std::getenv("BANGFU_BENCH_KEEP")) g_config.keep = std::string(v) == "1";
  // Our own flags first; the rest go to Google Benchmark.
  std::vector<char*> rest = {argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string v;
    if (take_arg(argv[i], "--rows", v)) g_config.rows = positive(v, "--rows");
    else if (take_arg(argv[i], "--iterations", v)) g_config.iterations = positive(v, "--iterations");
    else if (take_arg(argv[i], "--seed", v)) g_config.seed = static_cast<std::uint32_t>(positive(v, "--seed"));
    else rest.push_back(argv[i]);
  }
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());
  if (benchmark::ReportUnrecognizedArguments(rest_argc, rest.data())) return 2;

  fs::path base = std::getenv("BANGFU_BENCH_DIR") ? fs::path(std::getenv("BANGFU_BENCH_DIR"))
                                                   : fs::temp_directory_path();
  std::string tmpl = (base / "bangfu-bench-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) {
    std::perror(("import_bench: mkdtemp " + tmpl).c_str());
    return 2;
  }
  g_dir = tmpl;

  bangfu::bench::SynthOptions synth;
  synth.staff_rows = g_config.rows;
  synth.seed = g_config.seed;
  auto t0 = Clock::now();
  g_files = bangfu::bench::write_synthetic(g_dir.string(), g_config.areas_csv, synth);
  std::printf("synthetic data (seed %u) in %s: %lld units, %lld staff rows (%lld with an assignment), %.2f s\n",
              g_config.seed, g_dir.c_str(), static_cast<long long>(g_files.units),
              static_cast<long long>(g_files.staff), static_cast<long long>(g_files.assignments),
              since(t0, Clock::now()));
  std::fflush(stdout);

  benchmark::RegisterBenchmark("bangfu_import_staff", BM_bangfu_import_staff)
      ->Iterations(g_config.iterations)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("peer_python_sqlite3_import_staff", BM_peer_python_sqlite3)
      ->Iterations(g_config.iterations)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();

  const std::int64_t rows = g_files.staff;
  std::printf("\n== staff CSV import: %lld rows (%lld with an assignment); medians over the runs ==\n",
              static_cast<long long>(rows), static_cast<long long>(g_files.assignments));
  int status = 0;
  for (auto* m : {&g_bangfu, &g_peer}) {
    if (m->failed) {
      std::printf("FAILED: %s\n", m->error.c_str());
      status = 1;
    }
  }
  if (!g_bangfu.seconds.empty()) {
    print_line("bangfu Engine::import_csv_file + close", g_bangfu, rows);
    std::printf("%-40s wall %7.3f s (median)\n", "  of which the import call", median(g_bangfu.import_seconds));
  }
  if (!g_peer.seconds.empty()) print_line("peer python3 csv+sqlite3 (whole process)", g_peer, rows);
  if (!g_bangfu.seconds.empty() && !g_peer.seconds.empty()) {
    auto best = [](const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); };
    std::printf("ratio bangfu/peer (time, >1 = bangfu slower): wall %.2fx by median, %.2fx best/best; cpu %.2fx by median\n",
                median(g_bangfu.seconds) / median(g_peer.seconds), best(g_bangfu.seconds) / best(g_peer.seconds),
                median(g_bangfu.cpu_seconds) / median(g_peer.cpu_seconds));
  }

  if (g_config.keep) {
    std::printf("kept %s\n", g_dir.c_str());
  } else {
    std::error_code ec;
    fs::remove_all(g_dir, ec);
  }
  return status;
}
