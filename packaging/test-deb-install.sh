#!/usr/bin/env bash
# Installs the project's .deb with apt into a clean, minimal Debian 13 root (not the build
# root) and runs it there: `factcheck --version`, `factcheck analyze` on the bundled examples,
# and the workbench's offscreen screenshot. Proves that the dependencies dpkg-shlibdeps
# computed are enough on a system that has nothing but apt.
#
#   packaging/test-deb-install.sh          (from anywhere; run on the host, as root)
#
# Runs on the host, not in the build root: it needs mmdebstrap, mount and chroot there.
#  1. builds the project and the .deb inside the build environment (packaging/build-env run,
#     packaging/linux/check-package.sh: cpack + content and dependency checks);
#  2. makes, once, a minimal Debian 13 root with mmdebstrap (variant "apt": essential
#     packages and apt only), cached beside the build root and keyed like it;
#  3. for each run, lays a throw-away overlay on that root, so every run starts clean, and
#     installs the .deb with apt-get (--no-install-recommends: Depends alone must suffice);
#  4. runs the programs and copies the screenshots to build/<preset>/test-artifacts/.
# Downloaded .debs are kept in a cache folder between runs; the installed system is not.
# Environment: FACTCHECK_PRESET (default dev) picks the build; FACTCHECK_BUILDROOT_CACHE as
# for build-env.
set -euo pipefail

SUITE=trixie
VARIANT=apt
project_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${FACTCHECK_PRESET:-dev}
build_rel=build/$preset
cache_dir=${FACTCHECK_BUILDROOT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/factcheck-buildroot}
key=$(printf '%s\n' "$SUITE" "$VARIANT" | sha256sum | cut -c1-16)
base="$cache_dir/pkgtest-$SUITE-$key"
apt_cache="$cache_dir/pkgtest-apt-archives"

log() { printf 'test-deb-install: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
now() { date +%s; }
t0=$(now)

[ "$(id -u)" = 0 ] || die "must run as root (mmdebstrap, mount, chroot)"

archive_url() {
  # The archive this machine already uses, as build-env reads it: no host name in the project.
  local url
  url=$(grep -rhoE '^(URIs:|deb) +[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
        | grep -v security | awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)
  [ -n "$url" ] || die "no Debian archive found in /etc/apt sources"
  printf '%s' "$url"
}

# --- 1. the package, built in the build environment ------------------------------------------
log "building the project and the package ($build_rel)"
"$project_root/packaging/build-env" run cmake --preset "$preset" >/dev/null
"$project_root/packaging/build-env" run cmake --build --preset "$preset" >/dev/null
app_id=$(sed -n 's/^FC_APP_ID:STRING=//p' "$project_root/$build_rel/CMakeCache.txt")
[ -n "$app_id" ] || die "FC_APP_ID not found in $build_rel/CMakeCache.txt"
"$project_root/packaging/build-env" run bash packaging/linux/check-package.sh \
  "$build_rel" "$build_rel/packages" "$app_id"
debs=("$project_root/$build_rel/packages"/*.deb)
[ -f "${debs[0]}" ] || die "no .deb was made"
t1=$(now)

# --- 2. the clean Debian 13 root, made once ------------------------------------------------
if [ ! -f "$base/.complete" ]; then
  command -v mmdebstrap >/dev/null || {
    log "installing mmdebstrap"
    apt-get install -y -qq mmdebstrap >/dev/null 2>&1 \
      || { apt-get update -qq && apt-get install -y -qq mmdebstrap >/dev/null; }
  }
  log "creating a minimal Debian 13 root in $base (once)"
  mkdir -p "$cache_dir"
  rm -rf --one-file-system "$base.tmp.$$"
  mmdebstrap --quiet --variant="$VARIANT" "$SUITE" "$base.tmp.$$" "$(archive_url)" >&2
  touch "$base.tmp.$$/.complete"
  rm -rf --one-file-system "$base"
  mv "$base.tmp.$$" "$base"
  find "$cache_dir" -maxdepth 1 -name "pkgtest-$SUITE-*" ! -path "$base" \
    -exec rm -rf --one-file-system {} + 2>/dev/null || true
fi
t2=$(now)

# --- 3 and 4. a throw-away copy, the install, the runs ---------------------------------------
work=$(mktemp -d "$cache_dir/pkgtest-run.XXXXXX")
trap 'rm -rf --one-file-system "$work"' EXIT
mkdir -p "$apt_cache/partial" "$work/out"
cp "${debs[0]}" "$work/out/"
deb_name=$(basename "${debs[0]}")

unshare --mount --fork --propagation private bash -s -- "$base" "$work" "$apt_cache" "$deb_name" <<'INNER'
set -euo pipefail
base=$1 work=$2 apt_cache=$3 deb=$4
root=$work/root
mkdir -p "$root" "$work/upper" "$work/overlay-work"
# An overlay keeps the cached root untouched; where overlayfs is unavailable, copy it.
if ! mount -t overlay overlay -o "lowerdir=$base,upperdir=$work/upper,workdir=$work/overlay-work" "$root" 2>/dev/null; then
  echo "test-deb-install: overlayfs unavailable, copying the root" >&2
  cp -a "$base/." "$root/"
fi
for d in proc sys dev tmp mnt/out var/cache/apt/archives; do mkdir -p "$root/$d"; done
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs tmpfs "$root/tmp"
mount --bind "$work/out" "$root/mnt/out"
mount --bind "$apt_cache" "$root/var/cache/apt/archives"
cp -f /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEB="$deb" \
  /bin/bash -euo pipefail -c '
fail() { echo "test-deb-install: FAIL: $*" >&2; exit 1; }
step() { echo "test-deb-install: $*" >&2; }
step "installing $DEB with apt-get (no recommends)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/mnt/out/$DEB" >/tmp/apt.log 2>&1 \
  || { tail -30 /tmp/apt.log >&2; fail "apt-get could not install $DEB"; }
dpkg-query -W -f="\${Status} \${Version}\n" factcheck | grep -q "install ok installed" || fail "factcheck not installed"
echo "installed packages: $(dpkg-query -W | wc -l)"

for exe in factcheck factcheck-workbench; do
  if ldd "/usr/bin/$exe" | grep "not found"; then fail "$exe has unresolved libraries"; fi
done

step "factcheck --version"
version=$(factcheck --version)
echo "$version"
case "$version" in "factcheck "[0-9]*) ;; *) fail "unexpected --version output: $version" ;; esac

step "factcheck analyze on the bundled examples"
examples=(/usr/share/doc/factcheck/examples/*.txt)
[ "${#examples[@]}" -ge 3 ] || fail "bundled examples missing"
factcheck analyze "${examples[@]}" --format json -o /tmp/report.json || fail "analyze exited $?"
grep -q "\"schema_version\": *1" /tmp/report.json || fail "report has no schema_version 1"
docs=$(grep -o "\"path\": *\"[^\"]*examples/[^\"]*\"" /tmp/report.json | wc -l)
[ "$docs" -eq "${#examples[@]}" ] || fail "report holds $docs documents, expected ${#examples[@]}"
cp /tmp/report.json /mnt/out/deb-report.json

step "workbench screenshot, offscreen (English, then LANGUAGE=id)"
QT_QPA_PLATFORM=offscreen factcheck-workbench --screenshot /mnt/out/deb-workbench.png "${examples[@]}" \
  || fail "workbench exited $?"
QT_QPA_PLATFORM=offscreen LANGUAGE=id factcheck-workbench \
  --screenshot /mnt/out/deb-workbench-id.png "${examples[@]}" || fail "workbench (id) exited $?"
for png in /mnt/out/deb-workbench.png /mnt/out/deb-workbench-id.png; do
  size=$(stat -c %s "$png")
  [ "$size" -gt 20000 ] || fail "$png is only $size bytes"
done
# The interface language follows the system (fc::ui::Translations, installed in main.cpp):
# the same window in Indonesian is a different picture.
if cmp -s /mnt/out/deb-workbench.png /mnt/out/deb-workbench-id.png; then
  fail "LANGUAGE=id did not change the workbench: does main.cpp call fc::ui::Translations::install()?"
fi
step "all checks passed"
'
INNER

artifacts="$project_root/$build_rel/test-artifacts"
mkdir -p "$artifacts"
cp "$work/out/deb-workbench.png" "$work/out/deb-workbench-id.png" "$work/out/deb-report.json" "$artifacts/"
t3=$(now)
log "screenshots: $artifacts/deb-workbench.png, $artifacts/deb-workbench-id.png"
log "timing: package $((t1 - t0)) s, clean root $((t2 - t1)) s, install and run $((t3 - t2)) s, total $((t3 - t0)) s"
log "passed"
