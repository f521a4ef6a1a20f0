#!/usr/bin/env bash
# Installs what is missing, builds, starts the local devnet and opens the app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "start.sh: a cold first run takes about 25-30 min on 2 cores (build, and 15-20 min for the devnet's one-time trusted setup, cached in ~/.cache/backendshield/devnet); later starts take about a minute." >&2

packaging/linux/install-deps.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)" --target backendshield bshield

if [[ -x devnet/devnet ]]; then
  devnet/devnet up
fi

app=build/dev/app/gui/backendshield
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "start: no display found; running the app under Xvfb (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
exec "$app" "$@"
