#!/usr/bin/env bash
# check-package.sh BUILD_DIR OUT_DIR APP_ID
# Makes the .deb and the .tar.gz with CPack from BUILD_DIR into OUT_DIR and checks what they
# hold: the computed dependencies (dpkg-shlibdeps found Qt, KF6 and the C libraries, so none
# is hand-written) and every file a desktop user needs. Run by CTest (package_deb_and_tgz) and
# by packaging/test-deb-install.sh, which then installs the .deb into a clean Debian root.
set -euo pipefail
build=$1 out=$2 id=$3
fail() { printf 'check-package: %s\n' "$*" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$out" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log" >&2
  fail "cpack failed"
fi
debs=("$out"/*.deb)
tgzs=("$out"/*.tar.gz)
[ -f "${debs[0]}" ] || fail "no .deb in $out"
[ -f "${tgzs[0]}" ] || fail "no .tar.gz in $out"
deb=${debs[0]}
echo "package: $deb"

depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# Every library the two binaries link must be covered by a computed dependency: look up the
# package that owns each NEEDED library here and expect it in Depends. The plugins Qt loads at
# run time are declared by hand (packaging/Packaging.cmake) and checked by name.
needed_pkgs=$(for exe in factcheck factcheck-workbench; do
                objdump -p "$build/bin/$exe" | awk '/NEEDED/ {print $2}'
              done | sort -u | while read -r lib; do
                path=$(ldconfig -p | awk -v l="$lib" '$1 == l {print $NF; exit}')
                [ -n "$path" ] || fail "cannot find $lib, which the binaries link"
                dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n1 | cut -d: -f1
              done | sort -u)
[ -n "$needed_pkgs" ] || fail "found no linked libraries"
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//' | tr -d ' ' | sort -u)
for pkg in $needed_pkgs libqt6widgets6 libkf6syntaxhighlighting6 qt6-qpa-plugins libqt6sql6-sqlite; do
  grep -qxF "$pkg" <<<"$depends_names" || fail "Depends lacks $pkg"
done

files=$(dpkg-deb --contents "$deb" | awk '{print $6}')
expect=(
  ./usr/bin/factcheck
  ./usr/bin/factcheck-workbench
  "./usr/share/applications/$id.desktop"
  "./usr/share/metainfo/$id.metainfo.xml"
  "./usr/share/icons/hicolor/scalable/apps/$id.svg"
  ./usr/share/doc/factcheck/examples/01-kabar-pagi.txt
  ./usr/share/doc/factcheck/LICENSE
  ./usr/share/man/man1/factcheck.1.gz
  ./usr/share/bash-completion/completions/factcheck
)
for size in 16 22 24 32 48 64 128 256; do
  expect+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expect[@]}"; do
  grep -qxF "$f" <<<"$files" || fail "$deb lacks $f"
done
# Nothing outside /usr: a package must not write into /usr/local or /opt.
if grep -vE '^\./(usr/.*)?$' <<<"$files" | grep -q .; then
  fail "files outside /usr: $(grep -vE '^\./(usr/.*)?$' <<<"$files" | head -3)"
fi

tar -tzf "${tgzs[0]}" | grep -qE '/bin/factcheck-workbench$' || fail "${tgzs[0]} lacks bin/factcheck-workbench"
echo "ok: $(wc -l <<<"$files") entries, $(tr ',' '\n' <<<"$depends" | wc -l) dependencies"
