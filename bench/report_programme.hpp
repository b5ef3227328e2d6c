// The national-sized reporting programme of bench/report_bench (see docs/benchmarks.md):
// recipient hospitals in counties of the 22 provinces of the 832 poverty counties, staff on
// assignment all year, pairings, a 受援省份管理员 per province, the 工作量月报 of the 12 months
// of 2026 and the 帮扶成效年报 of 2026. The first `engine_months` months are filed through the
// Engine; the others are written with plain SQL into the report table (schema v5) in the
// engine's row shape, without audit entries. Deterministic.
#pragma once

#include <cstdint>
#include <string>

#include "bangfu/engine.hpp"

namespace bangfu::bench {

inline constexpr int kReportYear = 2026;

// The engine's clock for the programme: 2027-01-20 10:00 CST, after every deadline of 2026.
OpenOptions report_bench_clock();

struct ReportProgrammeOptions {
  std::int64_t staff = 10000;
  int hospitals = 832;
  int engine_months = 1;  // 0–12
};

struct ReportProgramme {
  std::string db;                                         // the engine's database file
  std::int64_t recipients = 0, provinces = 0, posts = 0;  // posts: staff on assignment
  double setup_seconds = 0;                               // units, staff, pairings, accounts
  double engine_seconds = 0;                              // monthly reports through the Engine
  double sql_seconds = 0;                                 // monthly reports written with SQL
  double annual_seconds = 0;                              // annual reports through the Engine
  std::int64_t engine_reports = 0, sql_reports = 0, annual_reports = 0;
  // Accepted monthly reports carry one review/workflow text per province, whichever way
  // they were written: the SQL rows have the engine's shape.
  bool same_shape = false;
};

// Builds the programme in `dir` (bangfu.db and the synthetic CSVs). Exits the process with a
// message on a failed import or SQL statement (a benchmark has nothing to recover).
ReportProgramme build_report_programme(const std::string& dir, const std::string& areas_csv,
                                       const ReportProgrammeOptions& options);

}  // namespace bangfu::bench
