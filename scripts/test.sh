#!/usr/bin/env bash
# Sets up everything, checks the formatting (scripts/check-format.sh), and runs the whole test
# suite through ctest:
#   1. build/       the library, Python package, CLI and examples; C++ tests (GoogleTest), Python
#                   tests (pytest: API, type stub, CLI, examples) and the consumer project that
#                   builds against an installed zhifa;
#   2. build-asan/  the library and C++ tests again under AddressSanitizer and
#                   UndefinedBehaviorSanitizer; any sanitizer report fails the run.
# Environment: ZHIFA_PYTHON=/path/to/python3 picks the interpreter (default /usr/bin/python3,
# which has Debian's python3-pytest); ZHIFA_SKIP_DEPS=1 skips the package check.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

echo "== format: clang-format-14 over the C++ sources" >&2
scripts/check-format.sh

python_args=()
[[ -n "${ZHIFA_PYTHON:-}" ]] && python_args=(-DPython_EXECUTABLE="$ZHIFA_PYTHON")
jobs=$(nproc)

echo "== build/: library, Python package, CLI, tests" >&2
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZHIFA_WERROR=ON "${python_args[@]}"
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== build-asan/: C++ tests under AddressSanitizer and UndefinedBehaviorSanitizer" >&2
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZHIFA_SANITIZE=ON -DZHIFA_WERROR=ON \
  -DZHIFA_BUILD_PYTHON=OFF -DZHIFA_BUILD_CLI=OFF -DZHIFA_BUILD_BENCH=OFF
cmake --build build-asan -j "$jobs"
ctest --test-dir build-asan --output-on-failure -j "$jobs"

echo "== build-fuzz/: libFuzzer on the archive import, 20 s" >&2
scripts/fuzz.sh 20
