#!/usr/bin/env bash
# Installs the Debian 12 packages zhifa builds and tests with. A no-op when all are present.
# Uses sudo when not run as root. Set ZHIFA_SKIP_DEPS=1 to skip the check entirely.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libboost-date-time-dev libboost-serialization-dev libboost-program-options-dev
  libsqlite3-dev nlohmann-json3-dev libssl-dev
  pybind11-dev python3-dev python3-pytest python3-pandas
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev clang-format-14
  chromium python3-distributed python3-mypy
)

if [[ "${ZHIFA_SKIP_DEPS:-0}" == 1 ]]; then
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "zhifa: installing missing Debian packages: ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "zhifa: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
