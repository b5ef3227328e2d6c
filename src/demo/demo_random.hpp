// Deterministic choices for the demonstration programme. std::mt19937's output is fixed by
// the standard; the distributions of <random> are not (libstdc++ and libc++ differ), so the
// few we need are written here on top of the raw 32-bit outputs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <random>

namespace bangfu::demo {

class Rng {
 public:
  explicit Rng(std::uint32_t seed) : gen_(seed) {}

  // Uniform in [0, n), n > 0, without modulo bias (rejection of the top remainder).
  std::uint32_t below(std::uint32_t n) {
    const std::uint64_t range = 0x100000000ull;
    const std::uint64_t limit = range - range % n;
    for (;;) {
      std::uint64_t x = gen_();
      if (x < limit) return static_cast<std::uint32_t>(x % n);
    }
  }
  // Uniform in [lo, hi], lo <= hi.
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1))); }
  // True with probability percent / 100.
  bool percent(int p) { return static_cast<int>(below(100)) < p; }
  // Index drawn with the given integer weights (at least one positive).
  std::size_t weighted(std::initializer_list<int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int x = between(0, total - 1);
    std::size_t i = 0;
    for (int w : weights) {
      if (x < w) return i;
      x -= w;
      ++i;
    }
    return i - 1;
  }
  template <class Container>
  const auto& pick(const Container& c) {
    return c[below(static_cast<std::uint32_t>(c.size()))];
  }

 private:
  std::mt19937 gen_;
};

}  // namespace bangfu::demo
