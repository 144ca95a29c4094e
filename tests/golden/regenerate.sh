#!/usr/bin/env bash
# Regenerates every golden file in tests/golden from the current build, then shows what changed.
#
#   packaging/build-env run tests/golden/regenerate.sh [PRESET]   (default preset: dev)
#
# Run it after a change to the analysis or to a report writer, read `git diff tests/golden`,
# and commit the files with the change that explains them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
preset=${1:-dev}
[ -d "build/$preset" ] || cmake --preset "$preset"
cmake --build --preset "$preset" --target factcheck tst_export_golden
FC_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "build/$preset/bin/tst_export_golden"
git status --short -- tests/golden || true
