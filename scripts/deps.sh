#!/usr/bin/env bash
# Installs the Debian packages bangfu builds with (DESIGN.md §5), skipping those present.
set -euo pipefail
packages=(
  build-essential cmake pkg-config git
  libboost-date-time-dev libboost-graph-dev libboost-dev
  libsqlitecpp-dev libsqlite3-dev nlohmann-json3-dev libxlsxwriter-dev libqrencode-dev
  libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-dev python3-venv python3-pip python3-setuptools python3-wheel
  pybind11-dev python3-pytest python3-numpy python3-pandas python3-openpyxl
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "deps: all ${#packages[@]} Debian packages present"
  exit 0
fi
echo "deps: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "deps: run as root (or: sudo $0) to install them" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
