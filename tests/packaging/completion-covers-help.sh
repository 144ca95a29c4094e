#!/usr/bin/env bash
# completion-covers-help.sh FACTCHECK COMPLETION_FILE
# Every option `factcheck --help` (and `analyze --help`, `tag --help`) prints must be offered by
# the bash completion, and every report format after --format: a new option added without its
# completion fails here. Runs the completion function as bash would, with bash-completion's
# helpers loaded.
set -euo pipefail
factcheck=$1 completion=$2
fail() { printf 'completion-covers-help: %s\n' "$*" >&2; exit 1; }

helpers=/usr/share/bash-completion/bash_completion
[ -r "$helpers" ] || fail "bash-completion is not installed ($helpers missing)"
# shellcheck source=/dev/null
source "$helpers"
# shellcheck source=/dev/null
source "$completion"
complete -p factcheck >/dev/null 2>&1 || fail "$completion does not register a completion for factcheck"

# complete LINE: what the completion offers for the last word of LINE (an empty last word
# when LINE ends with a space).
complete_line() {
  local line=$1
  read -r -a COMP_WORDS <<<"$line"
  [[ $line == *' ' ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=$line
  COMP_POINT=${#line}
  COMPREPLY=()
  _factcheck factcheck "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]:-}"
  printf '%s\n' "${COMPREPLY[@]}"
}

help=$("$factcheck" --help; "$factcheck" analyze --help; "$factcheck" tag --help)
# Options as the help writes them: after a space, bracket, bar, comma or quote, never inside a
# word such as YYYY-MM-DD or PATH-mentions.csv.
options=$(grep -oE "(^|[][ ,|('])--?[a-zA-Z][a-zA-Z-]*" <<<"$help" | sed -E "s/^[][ ,|(']//" | sort -u)
[ "$(wc -l <<<"$options")" -ge 10 ] || fail "found too few options in the help: $options"

offered=$( { complete_line 'factcheck -'; complete_line 'factcheck analyze -'; complete_line 'factcheck tag -'; } | sort -u)
missing=0
while read -r option; do
  if ! grep -qxF -- "$option" <<<"$offered"; then
    printf 'completion-covers-help: %s is in the help but not offered\n' "$option" >&2
    missing=1
  fi
done <<<"$options"

# Options of analyze are offered after "analyze", of tag after "tag".
analyze_offered=$(complete_line 'factcheck analyze --')
for option in --format --output --pubdate --lang --project --allow-private-addresses --quiet --verbose --language; do
  grep -qxF -- "$option" <<<"$analyze_offered" || { echo "analyze does not offer $option" >&2; missing=1; }
done
grep -qxF -- --jsonl <<<"$(complete_line 'factcheck tag --')" || { echo "tag does not offer --jsonl" >&2; missing=1; }

# The commands, and the formats the usage line lists after --format.
commands=$(sed -nE 's/^  factcheck ([a-z][a-z-]*) .*/\1/p' <<<"$help" | sort -u)
[ -n "$commands" ] || fail "found no commands in the usage lines"
offered_commands=$(complete_line 'factcheck ')
for c in $commands; do
  grep -qxF "$c" <<<"$offered_commands" || { echo "command $c is not offered" >&2; missing=1; }
done
formats=$(grep -oE -- '--format [a-z|]+' <<<"$help" | head -n1 | cut -d' ' -f2 | tr '|' '\n')
[ -n "$formats" ] || fail "found no formats after --format in the help"
offered_formats=$(complete_line 'factcheck analyze --format ')
for f in $formats; do
  grep -qxF "$f" <<<"$offered_formats" || { echo "format $f is not offered after --format" >&2; missing=1; }
done
[ "$(complete_line 'factcheck analyze --format=p')" = pdf ] || { echo "--format=p does not complete to pdf" >&2; missing=1; }

[ "$missing" = 0 ] || exit 1
echo "ok: $(wc -l <<<"$options") options, $(wc -w <<<"$commands") commands, $(wc -w <<<"$formats") formats offered"
