#!/usr/bin/env bash
# Regenerates the README screenshot (workbench.png) from the example corpus, with the first
# high-severity finding selected. Run after a dev build:
#
#   packaging/build-env run packaging/screenshots/make-screenshots.sh [OUTPUT_DIR]
#
# OUTPUT_DIR defaults to this folder. The dark-theme and seed-article shots go to OUTPUT_DIR
# too when FACTCHECK_ALL_SHOTS=1 (the seeds only when ../shared/corpus/seeds exists).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$here}
mkdir -p "$out"
workbench=${FACTCHECK_WORKBENCH:-$root/build/dev/bin/factcheck-workbench}
[ -x "$workbench" ] || { echo "make-screenshots: build first ($workbench is missing)" >&2; exit 1; }

# A clean profile: the default layout and theme, no window state from an earlier session.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
shot() { # OUTPUT.png THEME FILES...
  local png=$1 theme=$2
  shift 2
  XDG_CONFIG_HOME="$config" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
    "$workbench" --theme "$theme" --screenshot "$png" "$@"
  echo "wrote $png ($(stat -c %s "$png") bytes)"
}

shot "$out/workbench.png" light "$root"/resources/examples/*.txt
if [ "${FACTCHECK_ALL_SHOTS:-0}" = 1 ]; then
  shot "$out/workbench-dark.png" dark "$root"/resources/examples/*.txt
  shot "$out/workbench-id.png" light --language id "$root"/resources/examples/*.txt
  seeds="$root/../shared/corpus/seeds"
  if [ -d "$seeds" ]; then
    shot "$out/workbench-seeds.png" light "$seeds"/*.txt
    shot "$out/workbench-seeds-dark.png" dark "$seeds"/*.txt
  fi
fi
