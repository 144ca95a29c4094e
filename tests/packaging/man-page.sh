#!/usr/bin/env bash
# man-page.sh FACTCHECK MAN_PAGE
# The manual page generated at build time (help2man) exists, is the gzipped page too, and
# names every command of the usage lines and every option of `factcheck --help`, with the
# description and examples of packaging/linux/factcheck.h2m.
set -euo pipefail
factcheck=$1 page=$2
fail() { printf 'man-page: %s\n' "$*" >&2; exit 1; }

[ -s "$page" ] || fail "$page was not generated"
[ -s "$page.gz" ] || fail "$page.gz was not generated"
cmp -s "$page" <(gzip -dc "$page.gz") || fail "$page.gz is not $page compressed"
# roff writes a hyphen as \-; read the page as text.
text=$(sed 's/\\-/-/g; s/\\(aq/'"'"'/g' "$page")
grep -q '^\.TH FACTCHECK "1"' <<<"$text" || fail "$page has no .TH header for factcheck(1)"
version=$("$factcheck" --version | awk '{print $2}')
grep -qF "$version" <<<"$text" || fail "$page does not name version $version"
for section in NAME SYNOPSIS DESCRIPTION EXAMPLES; do
  grep -qE "^\.SH \"?$section" <<<"$text" || fail "$page lacks the $section section"
done

help=$("$factcheck" --help)
commands=$(sed -nE 's/^  factcheck ([a-z][a-z-]*) .*/\1/p' <<<"$help" | sort -u)
[ "$(wc -w <<<"$commands")" -ge 2 ] || fail "found too few commands in the help: $commands"
for c in $commands; do
  grep -qE "factcheck $c\b" <<<"$text" || fail "$page does not name the command $c"
done
options=$(grep -oE "(^|[][ ,|('])--[a-zA-Z][a-zA-Z-]*" <<<"$help" | sed -E "s/^[][ ,|(']//" | sort -u)
for o in $options; do
  grep -qF -- "$o" <<<"$text" || fail "$page does not name the option $o"
done
echo "ok: $(wc -w <<<"$commands") commands, $(wc -w <<<"$options") options"
