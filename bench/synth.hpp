// Synthetic programme data for benchmarks: units and support staff as import CSVs.
// Deterministic from a seed on every platform: only std::mt19937 (whose output sequence the
// standard fixes) is used, with our own integer distribution on top of it.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace bangfu::bench {

// Portable uniform integers on top of std::mt19937 (std::uniform_int_distribution's
// algorithm is implementation-defined, so its numbers differ between standard libraries).
class Rng {
 public:
  explicit Rng(std::uint32_t seed) : gen_(seed) {}
  // Uniform in [lo, hi] (inclusive), by rejection on a 32- or 64-bit draw: no modulo bias.
  std::int64_t uniform(std::int64_t lo, std::int64_t hi);
  // True with probability percent/100.
  bool percent(int percent) { return uniform(0, 99) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(uniform(0, static_cast<std::int64_t>(v.size()) - 1))];
  }

 private:
  std::uint64_t draw64() { return (static_cast<std::uint64_t>(gen_()) << 32) | gen_(); }
  std::mt19937 gen_;
};

struct County {
  std::string code;  // 6 digits (GB/T 2260)
  std::string name;  // e.g. 甘洛县
};

// County-level regions from data/regions/areas.csv (code,name,cityCode,provinceCode).
std::vector<County> read_counties(const std::string& areas_csv);

struct SynthOptions {
  std::int64_t staff_rows = 100000;
  int support_hospitals = 200;
  int recipient_hospitals = 800;
  int assigned_percent = 85;  // rows with recipient_unit_code, start_date, planned_end_date
  // Two-digit province codes whose counties (县/旗) hold the recipient hospitals. Empty: the
  // twelve western provinces (内蒙古, 广西, 重庆, 四川, 贵州, 云南, 西藏, 陕西, 甘肃, 青海, 宁夏, 新疆).
  std::vector<std::string> recipient_provinces;
  std::uint32_t seed = 20160101;
};

struct SynthFiles {
  std::string units_csv;
  std::string staff_csv;
  std::int64_t units = 0;
  std::int64_t staff = 0;
  std::int64_t assignments = 0;  // staff rows that carry an assignment
};

// Writes <dir>/units.csv and <dir>/staff.csv. Support hospitals sit in eastern provinces'
// counties, recipient hospitals in western ones (as in the real programme); every ID number
// is valid (GB 11643 check digit) and unique. Throws std::runtime_error on I/O failure.
SynthFiles write_synthetic(const std::string& dir, const std::string& areas_csv, const SynthOptions& options);

}  // namespace bangfu::bench
