#!/usr/bin/env bash
# check-current.sh BUILD_DIR LUPDATE LCONVERT GENERATE_LUPDATE_PROJECT TST_TRANSLATIONS
# Extracts today's strings from the sources into copies of the .ts files (the project's own
# files are not touched) and runs tst_translations on the copies: a tr() string added without
# an Indonesian translation, or a plural without its English forms, fails here even when
# nobody has run translations/update.sh yet. Registered in CTest as translations_current.
set -euo pipefail
build=$1 lupdate=$2 lconvert=$3 generate=$4 tst=$5
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project_in="$build/translations/.lupdate/factcheck_lupdate_project.cmake"
[ -f "$project_in" ] || { echo "check-current: $project_in missing (reconfigure the build)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake -DIN_FILE="$project_in" -DOUT_FILE="$tmp/project.json" -P "$generate"
cp "$here/factcheck_id.ts" "$tmp/factcheck_id.ts"
cp "$here/factcheck_en.ts" "$tmp/en-all.ts"
# Same options as the update_translations target (translations/CMakeLists.txt).
"$lupdate" -project "$tmp/project.json" -ts "$tmp/factcheck_id.ts" "$tmp/en-all.ts" \
           -no-obsolete -locations none 2>&1 | grep -v 'TS files from command line' >&2 || true
"$lconvert" -pluralonly -i "$tmp/en-all.ts" -o "$tmp/factcheck_en.ts"
FC_TS_DIR=$tmp "$tst"
