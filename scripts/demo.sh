#!/usr/bin/env bash
# The main job: install Debian packages, build, create a demo database, print the report.
#   bash scripts/demo.sh [DB]        (DB defaults to ./demo.db; it is recreated)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-demo.db}
bash "$root/scripts/deps.sh"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release \
  -DBANGFU_BUILD_TESTS=OFF -DBANGFU_BUILD_BENCH=OFF -DBANGFU_BUILD_PYTHON=OFF -DBANGFU_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$root/build" -j"$(nproc)" --target bangfu_cli
rm -f "$db" "$db-wal" "$db-shm"
"$root/build/cli/bangfu" --db "$db" demo
echo
echo "The demo database is $db. Try: $root/build/cli/bangfu --db $db summary staff --recipient-region 513400"
