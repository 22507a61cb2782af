#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer, UndefinedBehaviorSanitizer) in
# build-fuzz/ and fuzzes the archive import path for a while, starting from the real archives in
# tests/data/archive/ and fuzz/regressions/. Usage: scripts/fuzz.sh [seconds, default 20] [extra libFuzzer flags...]
# Exits non-zero when clang++ is missing, the build fails, or the fuzzer finds a crash, a leak,
# a sanitizer report or a timeout (the reproducer is written to build-fuzz/findings/).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
shift || true

cxx="${ZHIFA_FUZZ_CXX:-}"
if [[ -z "$cxx" ]]; then
  for candidate in clang++ clang++-14 clang++-15 clang++-16; do
    if command -v "$candidate" >/dev/null 2>&1; then cxx="$candidate"; break; fi
  done
fi
if [[ -z "$cxx" ]]; then
  echo "fuzz.sh: clang++ not found; install clang and libclang-rt-dev (Debian: clang-14," \
       "libclang-rt-14-dev) or set ZHIFA_FUZZ_CXX" >&2
  exit 1
fi

echo "== build-fuzz/: archive_fuzz with $cxx" >&2
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DZHIFA_BUILD_FUZZ=ON -DZHIFA_BUILD_TESTS=OFF -DZHIFA_BUILD_PYTHON=OFF -DZHIFA_BUILD_CLI=OFF \
  -DZHIFA_BUILD_BENCH=OFF -DZHIFA_BUILD_EXAMPLES=OFF >/dev/null
cmake --build build-fuzz --target archive_fuzz

# Seeds: every baseline archive as a whole file (selector byte 0) and its payload alone
# (selector 1 for binary, 2 for XML; the fuzzer seals it with a correct envelope).
seeds=build-fuzz/seeds
corpus=build-fuzz/corpus
mkdir -p "$seeds" "$corpus" build-fuzz/findings
for f in tests/data/archive/*/*.zcf; do
  name=$(echo "$f" | tr '/' '_')
  { printf '\x00'; cat "$f"; } >"$seeds/file_$name"
  case "$f" in
    *.xml.zcf) sel='\x02' ;;
    *) sel='\x01' ;;
  esac
  { printf "$sel"; tail -c +133 "$f"; } >"$seeds/payload_$name"
done

# Inputs that once crashed (fixed since) run first, every time.
cp fuzz/regressions/* "$seeds/" 2>/dev/null || true

echo "== fuzzing the archive import for ${seconds}s" >&2
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
  build-fuzz/fuzz/archive_fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -artifact_prefix=build-fuzz/findings/ -print_final_stats=1 "$@" \
  "$corpus" "$seeds"
