#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the built .deb into a fresh Debian 12 root and starts the app there:
# `backendshield --version`, `bshield --version`, and the app's offscreen screenshot.
# It proves that the package's Depends (shlibdeps plus the QML runtime modules listed
# by hand in packaging/CPackConfig.cmake) are enough on a clean system.
#
# The root is made with mmdebstrap from the Debian registry: minbase plus exactly the
# .deb's Depends (resolved by `apt-get satisfy`, with bookworm-updates and -security as
# on an installed Debian 12). It is cached as a tarball keyed by the Depends line, in
# ${XDG_CACHE_HOME:-~/.cache}/backendshield/debroot-<key>.tar, so only the first run
# downloads (1 to 4 minutes on two cores); later runs unpack it into the build tree.
#
# Usage: deb_debian_root.sh <packages dir> <work dir> <version> <screenshot out>
# Exit 77 (CTest SKIP_RETURN_CODE) when it cannot run here: not root, or no chroot.
set -euo pipefail

packages=$1 work=$2 version=$3 shot_out=$4

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] ||
  skip "installing into a Debian root needs root (mmdebstrap and chroot); CI runs as root"
chroot / true 2>/dev/null || skip "chroot is not permitted here (needs CAP_SYS_CHROOT)"
command -v mmdebstrap >/dev/null || fail "mmdebstrap is missing: run packaging/linux/install-deps.sh"
command -v identify >/dev/null || fail "identify (ImageMagick) is missing: run packaging/linux/install-deps.sh"

debs=("$packages"/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one .deb in $packages, found: ${debs[*]}"
deb=${debs[0]}
depends=$(dpkg-deb -f "$deb" Depends)
[[ -n $depends ]] || fail "$deb declares no Depends"

suite=bookworm
mirror=http://deb.debian.org/debian
sources=("deb $mirror $suite main"
         "deb $mirror $suite-updates main"
         "deb http://deb.debian.org/debian-security $suite-security main")
# The key covers everything that goes into the root; bump "recipe" when the recipe changes.
recipe="recipe 2: mmdebstrap minbase $suite, no mounts, no recommends, apt-get satisfy Depends"
key=$(printf '%s\n' "$recipe" "${sources[@]}" "$depends" | sha256sum | cut -c1-16)
cache_dir=${XDG_CACHE_HOME:-$HOME/.cache}/backendshield
tarball=$cache_dir/debroot-$key.tar
mkdir -p "$cache_dir" "$work"

if [[ ! -f $tarball ]]; then
  echo "deb-root: no cached root for these Depends; making one with mmdebstrap (1 to 4 minutes)"
  started=$SECONDS
  tmp=$tarball.tmp.$$
  trap 'rm -f "$tmp"' EXIT
  # No mounts (/proc, /sys, /dev) in the root: root and chroot are all this needs, as in a
  # container without CAP_SYS_ADMIN. The hook runs after the base system is in place and
  # before mmdebstrap cleans the apt caches; BS_DEPENDS reaches it through the environment,
  # so no quoting is involved.
  if ! BS_DEPENDS=$depends mmdebstrap --mode=root --variant=minbase --format=tar \
      --skip=chroot/mount \
      --aptopt='APT::Install-Recommends "false"' \
      --customize-hook='chroot "$1" env DEBIAN_FRONTEND=noninteractive apt-get satisfy -y -q "$BS_DEPENDS"' \
      "$suite" "$tmp" "${sources[@]}" >"$work/mmdebstrap.log" 2>&1; then
    tail -n 40 "$work/mmdebstrap.log" >&2
    fail "mmdebstrap could not make the root (log: $work/mmdebstrap.log)"
  fi
  mv "$tmp" "$tarball"
  trap - EXIT
  echo "deb-root: root made in $((SECONDS - started)) s: $tarball ($(du -h "$tarball" | cut -f1))"
  # Roots for other Depends lines that nobody used for a week are stale.
  find "$cache_dir" -maxdepth 1 -name 'debroot-*.tar' ! -name "debroot-$key.tar" -mtime +7 -delete
else
  echo "deb-root: cached root $tarball"
fi
touch "$tarball"

# A fresh copy of the root for every run; nothing is ever mounted inside it.
root=$work/debroot
rm -rf --one-file-system "$root"
mkdir -p "$root"
tar -xf "$tarball" -C "$root"

cp "$deb" "$root/tmp/"
if ! chroot "$root" dpkg -i "/tmp/$(basename "$deb")" >"$work/dpkg.log" 2>&1; then
  cat "$work/dpkg.log" >&2
  fail "dpkg -i failed in a Debian 12 root that has exactly the package's Depends installed"
fi

# A clean environment, as on a user's desktop, but offscreen and with a private runtime dir.
install -d -m 700 "$root/tmp/xdg"
in_root() {
  local seconds=$1
  shift
  timeout "$seconds" chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg "$@"
}

out=$(in_root 60 backendshield --version 2>&1) || fail "backendshield --version failed: $out"
[[ $out == *"BackendShield $version"* ]] || fail "backendshield --version printed '$out', expected BackendShield $version"
echo "deb-root: $out"
out=$(in_root 60 bshield --version 2>&1) || fail "bshield --version failed: $out"
[[ $out == "bshield $version" ]] || fail "bshield --version printed '$out', expected bshield $version"
echo "deb-root: $out"

rm -f "$root/tmp/welcome.png"
if ! in_root 120 backendshield --profiles /tmp/profiles --screenshot /tmp/welcome.png \
    >"$work/app.out" 2>"$work/app.err"; then
  cat "$work/app.out" "$work/app.err" >&2
  fail "the app did not start and save its screenshot in the Debian root"
fi
# QML warnings mean a missing runtime module (a Depends too few) or a broken binding.
if grep -E "qrc:/|QML|ReferenceError|TypeError|is not installed|plugin .* not found" "$work/app.err"; then
  fail "the app printed QML warnings in the Debian root (see above)"
fi
[[ -s $root/tmp/welcome.png ]] || fail "no screenshot was written"
mkdir -p "$(dirname "$shot_out")"
cp "$root/tmp/welcome.png" "$shot_out"

# A real picture of the window: a PNG of at least the 1024 x 700 minimum (spec/ux.md) with
# the many colours of rendered text and controls, not one flat colour.
read -r format width height colours < <(identify -format '%m %w %h %k\n' "$shot_out")
[[ $format == PNG ]] || fail "the screenshot is $format, not PNG"
((width >= 1024 && height >= 700)) || fail "the screenshot is ${width}x${height}, below 1024x700"
((colours >= 64)) || fail "the screenshot has only $colours colours: nothing was drawn"
echo "deb-root: screenshot ${width}x${height}, $colours colours: $shot_out"
