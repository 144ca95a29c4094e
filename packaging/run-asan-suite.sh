#!/usr/bin/env bash
# Builds the asan preset (ASan+UBSan, Debug) and runs the suite under it, two tests at a time
# (packaging/build-env asan; a CI stage). The asan test preset leaves out the wall-clock cost
# tests (label cost): the sanitizers distort their ratios (reason in tests/CMakeLists.txt).
# Every sanitizer report goes to a file (the preset's log_path), so one in a child process
# whose exit a test tolerates (the CLI, the workbench, helpers) still fails the run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cmake --preset asan
cmake --build --preset asan
reports=build/asan/sanitizer-report
rm -f "$reports".*
status=0
ctest --preset asan -j2 || status=$?
if compgen -G "$reports.*" >/dev/null; then
  for report in "$reports".*; do
    echo "asan: sanitizer report $report:" >&2
    head -n 60 "$report" >&2
  done
  echo "asan: the sanitizers reported errors (files $reports.*)" >&2
  exit 1
fi
[ "$status" -eq 0 ] || { echo "asan: tests failed under the sanitizers" >&2; exit "$status"; }
echo "asan: every test passed with no sanitizer report" >&2
