#!/usr/bin/env bash
# Style checks, run inside the build environment (packaging/build-env lint) and by CI:
#  - every C++ file is formatted as .clang-format says (clang-format from the build root);
#  - clang-tidy's modest list (.clang-tidy) finds nothing in the core library's sources;
#  - the core never calls QString::utf16() (its text slices carry no terminating NUL).
# Exit status 1 names each file that fails. Fix formatting with: packaging/build-env lint --fix
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
fix=0
[ "${1:-}" = --fix ] && fix=1
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if [ "$fix" = 1 ]; then
  clang-format -i "${sources[@]}"
  exit 0
fi
status=0
bad=()
for f in "${sources[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'lint: not formatted as .clang-format says (packaging/build-env lint --fix):\n' >&2
  printf '  %s\n' "${bad[@]}" >&2
  status=1
fi
# Texts of mentions, times, quantities and claims are slices of the article's buffer
# (core/text/TextSlice.h) without a terminating NUL; QString::utf16() would hand out a pointer
# a C API reads past the slice's end. Nothing in the core may call it.
if git grep -n -E '(\.|->)utf16\(\)' -- 'core/*.cpp' 'core/*.h' >&2; then
  echo "lint: utf16() in core: text slices are not NUL-terminated (use constData() with size())" >&2
  status=1
fi
build=${FACTCHECK_LINT_BUILD:-build/dev}
if [ ! -f "$build/compile_commands.json" ]; then
  echo "lint: $build/compile_commands.json is missing: configure first (cmake --preset dev)" >&2
  exit 1
fi
# The core is what every front end trusts; its sources are checked file by file, two at a time.
if ! git ls-files 'core/*.cpp' | xargs -P 2 -n 4 clang-tidy -p "$build" --quiet >"$build/clang-tidy.log" 2>&1; then
  grep -E 'warning:|error:' "$build/clang-tidy.log" >&2 || cat "$build/clang-tidy.log" >&2
  echo "lint: clang-tidy found the above (see .clang-tidy)" >&2
  status=1
fi
exit $status
