#!/usr/bin/env bash
# Fetches the Tesseract language data the Windows and macOS packages carry (Indonesian and
# English) into DIR, for -DFACTCHECK_TESSDATA_DIR=DIR and for the tests' TESSDATA_PREFIX.
# The files are tessdata_fast 4.1.0, the release Debian 13's tesseract-ocr-ind/-eng package
# (1:4.1.0-2), which the project is tested with on Linux; the checksums are those files'.
# Used by .github/workflows/{windows,macos}.yml; this project's own CI has no network.
#
#   packaging/ci/fetch-tessdata.sh DIR
set -euo pipefail
dir=$1
mkdir -p "$dir"
base=https://github.com/tesseract-ocr/tessdata_fast/raw/4.1.0
# Git for Windows' bash has sha256sum; macOS has shasum.
if command -v sha256sum >/dev/null; then check=(sha256sum --check --quiet -); else check=(shasum -a 256 --check --quiet -); fi
while read -r sum name; do
  [ -f "$dir/$name" ] || curl --fail --location --silent --show-error -o "$dir/$name" "$base/$name"
  echo "$sum  $dir/$name" | "${check[@]}"
done <<'SUMS'
69786901da87ab8766c1ea7fbb10b28f2110c14da3f6c8f2735df131fba95d88 ind.traineddata
7d4322bd2a7749724879683fc3912cb542f19906c83bcc1a52132556427170b2 eng.traineddata
SUMS
