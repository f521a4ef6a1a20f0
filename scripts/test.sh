#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest
# (everything but benchmarks and fuzzing). This is the command CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "test.sh: a cold first run takes about 30 min on 2 cores, 15-20 min of it the devnet's one-time trusted setup (cached in ~/.cache/backendshield/devnet); later runs take minutes." >&2

packaging/linux/install-deps.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)"
# -L '.' keeps every labelled test; bench is excluded by the preset's filter.
ctest --preset dev -j "$(nproc)" "$@"
