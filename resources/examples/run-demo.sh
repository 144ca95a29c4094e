#!/usr/bin/env bash
# The main job: open the workbench on the example corpus, or, with no display, write the
# example report with the headless CLI and say where it is.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/build/example-report"
mkdir -p "$out"
articles=("$here"/*.txt)

for format in json; do
  factcheck analyze "${articles[@]}" --format "$format" -o "$out/report.$format"
done
echo "Example report written to $out/report.json"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${FACTCHECK_HEADLESS:-0}" != 1 ]; then
  exec factcheck-workbench "${articles[@]}"
fi
echo "No display: the workbench was not opened (FACTCHECK_HEADLESS=1 or no DISPLAY)."
