#!/usr/bin/env bash
# `factcheck tag --jsonl` over an archive cut into pieces, run by GNU parallel, must write
# exactly what one run over the whole archive writes (README, "Tagging archives"):
#   1. the archive split into files, each tagged by its own process, outputs joined in order;
#   2. one stream cut into blocks of whole lines by `parallel --pipe`, kept in order (-k).
# Usage: tag-parallel.sh FACTCHECK SOURCE_DIR WORK_DIR   (CTest: tag_parallel)
set -euo pipefail
factcheck=$1
source_dir=$2
work=$3

fail() { echo "FAIL: $*" >&2; exit 1; }
command -v parallel >/dev/null || fail "GNU parallel is not installed (Debian package 'parallel'); this test needs it"
command -v python3 >/dev/null || fail "python3 is not installed; the corpus generator needs it"

rm -rf "$work"
mkdir -p "$work"
python3 "$source_dir/tests/bench/make_corpus.py" --count 240 --seed 7 --format jsonl -o "$work/archive.jsonl"
"$factcheck" tag --jsonl "$work/archive.jsonl" -o "$work/single.jsonl"
[ "$(wc -l < "$work/single.jsonl")" -eq 240 ] || fail "one run wrote $(wc -l < "$work/single.jsonl") lines for 240"

split -l 30 -d -a 3 "$work/archive.jsonl" "$work/part-"
parallel --will-cite -j2 "$factcheck" tag --jsonl {} -o {}.tagged ::: "$work"/part-???
cat "$work"/part-???.tagged > "$work/merged-split.jsonl"
cmp "$work/single.jsonl" "$work/merged-split.jsonl" || fail "split archive: merged output differs from one run"

parallel --will-cite --pipe -k -j2 --block 20k "$factcheck" tag --jsonl - < "$work/archive.jsonl" > "$work/merged-pipe.jsonl"
cmp "$work/single.jsonl" "$work/merged-pipe.jsonl" || fail "parallel --pipe: merged output differs from one run"

echo "tag under GNU parallel: split archive and --pipe both equal one run ($(wc -c < "$work/single.jsonl") bytes)"
