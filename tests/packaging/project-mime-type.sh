#!/usr/bin/env bash
# project-mime-type.sh MIME_XML DESKTOP_FILE MIME_TYPE
# The .fcproj file type: shared-mime-info's own compiler accepts the package file and maps
# *.fcproj to the type, and the desktop entry (already checked by desktop-file-validate) names
# the type in MimeType= and takes URLs (%U), so a double-click opens the project.
set -euo pipefail
xml=$1 desktop=$2 type=$3
fail() { printf 'project-mime-type: %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$work/mime/packages/" # for sub-class-of
cp "$xml" "$work/mime/packages/factcheck.xml"
# update-mime-database reports a malformed package on standard error and skips it.
update-mime-database "$work/mime" 2>"$work/errors" || fail "update-mime-database failed: $(cat "$work/errors")"
if grep -q factcheck "$work/errors"; then fail "update-mime-database: $(cat "$work/errors")"; fi
grep -qxF "$type:*.fcproj" "$work/mime/globs" || fail "*.fcproj does not map to $type"
grep -qxF "$type application/vnd.sqlite3" "$work/mime/subclasses" || fail "$type is not a kind of SQLite file"
[ -f "$work/mime/${type}.xml" ] || fail "no $type.xml was compiled"
grep -q '<comment xml:lang="id">' "$work/mime/${type}.xml" || fail "$type has no Indonesian comment"

mime_line=$(grep '^MimeType=' "$desktop") || fail "$desktop has no MimeType="
tr ';' '\n' <<<"${mime_line#MimeType=}" | grep -qxF "$type" || fail "$desktop does not name $type in MimeType="
grep -qE '^Exec=.* %U$' "$desktop" || fail "$desktop does not take URLs (%U) in Exec="
echo "ok: *.fcproj is $type, named by the desktop entry"
