#!/usr/bin/env bash
# Every test: install Debian packages, build with warnings as errors, run ctest (C++, C,
# Python, CLI, packaging, pip install, examples, benchmark smoke).
#   bash scripts/test.sh [extra ctest args]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/deps.sh"
build="$root/build-test"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBANGFU_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
cd "$build"
ctest --output-on-failure -j"$(nproc)" "$@"
