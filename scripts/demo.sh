#!/usr/bin/env bash
# Sets up everything, builds the zhifa CLI and runs the main job on the bundled default data.
# Extra arguments go to 'zhifa demo'. Environment as for scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

python_args=()
[[ -n "${ZHIFA_PYTHON:-}" ]] && python_args=(-DPython_EXECUTABLE="$ZHIFA_PYTHON")
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${python_args[@]}" >&2
cmake --build build -j "$(nproc)" --target zhifa_cli >&2
exec build/bin/zhifa demo "$@"
