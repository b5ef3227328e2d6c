// bangfu_synth: writes the benchmark's synthetic units.csv and staff.csv into a directory,
// for trying imports by hand (bangfu import ..., the Python module, the peer script).
//
//   bangfu_synth DIR [--rows=N] [--seed=S] [--areas=data/regions/areas.csv]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <string>

#include "synth.hpp"

int main(int argc, char** argv) {
  bangfu::bench::SynthOptions options;
  std::string dir, areas = BANGFU_BENCH_AREAS_CSV;
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (std::strncmp(a, "--rows=", 7) == 0) options.staff_rows = std::atoll(a + 7);
    else if (std::strncmp(a, "--seed=", 7) == 0) options.seed = static_cast<std::uint32_t>(std::strtoul(a + 7, nullptr, 10));
    else if (std::strncmp(a, "--areas=", 8) == 0) areas = a + 8;
    else if (a[0] != '-' && dir.empty()) dir = a;
    else dir.clear(), i = argc;  // unknown: print usage
  }
  if (dir.empty() || options.staff_rows <= 0) {
    std::fprintf(stderr, "usage: bangfu_synth DIR [--rows=N] [--seed=S] [--areas=PATH]\n");
    return 2;
  }
  try {
    std::filesystem::create_directories(dir);
    auto f = bangfu::bench::write_synthetic(dir, areas, options);
    std::printf("%s: %lld units\n%s: %lld staff rows (%lld with an assignment)\n", f.units_csv.c_str(),
                static_cast<long long>(f.units), f.staff_csv.c_str(), static_cast<long long>(f.staff),
                static_cast<long long>(f.assignments));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bangfu_synth: %s\n", e.what());
    return 1;
  }
  return 0;
}
