#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz build for SECONDS each (packaging/build-env fuzz), or
# only the NAMEs given after SECONDS.
# Each starts from its seed corpus (tests/fuzz/corpus/NAME, never written) plus what earlier
# runs found (build/fuzz/corpus/NAME); a crash leaves its input in build/fuzz/artifacts/ and
# fails the run. Turn every crash into a regression test before fixing it.
set -euo pipefail
seconds=${1:-60}
[ $# -gt 0 ] && shift
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=build/fuzz/bin
failed=()
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for fuzzer in "$bin"/fuzz_*; do names+=("${fuzzer##*/fuzz_}"); done
fi
for name in "${names[@]}"; do
  fuzzer=$bin/fuzz_$name
  work=build/fuzz/corpus/$name
  artifacts=build/fuzz/artifacts/$name/
  mkdir -p "$work" "$artifacts"
  echo "fuzz: $name for ${seconds}s" >&2
  # Memory bound per input, and a time bound per input: a slow input is a finding too.
  if ! ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
       QT_QPA_PLATFORM=offscreen "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 \
       -max_len=262144 -artifact_prefix="$artifacts" -print_final_stats=1 \
       "$work" "tests/fuzz/corpus/$name" 2> "build/fuzz/$name.log"; then
    failed+=("$name")
    tail -n 40 "build/fuzz/$name.log" >&2
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "build/fuzz/$name.log" | sed "s/^/fuzz: $name /" >&2 || true
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in: ${failed[*]} (inputs under build/fuzz/artifacts)" >&2
  exit 1
fi
echo "fuzz: every target ran ${seconds}s clean" >&2
