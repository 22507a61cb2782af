#!/usr/bin/env bash
# Checks that every C++ file of the repository is formatted as .clang-format says
# (clang-format-14, Debian's clang-format-14). Lists the files that are not and exits 1; fix them
# with:  scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
format=clang-format-14
command -v "$format" >/dev/null || { echo "zhifa: $format not found (apt-get install clang-format-14)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h' ':!:tests/data/**')
if [[ "${1:-}" == "--fix" ]]; then
  "$format" -i "${files[@]}"
  exit 0
fi
if ! "$format" --dry-run -Werror "${files[@]}"; then
  echo "zhifa: the files above are not formatted; run scripts/check-format.sh --fix" >&2
  exit 1
fi
echo "format: ${#files[@]} files formatted as .clang-format says" >&2
