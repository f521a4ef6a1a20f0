#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# PCT decryptions per second, ours next to circomlibjs, in one run (DESIGN.md section 5:
# at least 5 000/s per core). Both single-threaded; ours is the median CPU time of five
# repetitions of bench_poseidon's pct/decrypt, circomlibjs' is its CPU-time rate over a few
# seconds (tests/bench/pct_decrypt_reference.mjs).
#
#   tests/bench/pct_decrypt_compare.sh <build dir> [dir containing node_modules/circomlibjs]
#
# e.g. tests/bench/pct_decrypt_compare.sh build/dev /work/main/devnet
set -eu

build=${1:?usage: pct_decrypt_compare.sh <build dir> [dir with node_modules/circomlibjs]}
jsroot=${2:-}
here=$(dirname "$0")

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/tests/bench_poseidon" --benchmark_filter='^pct/decrypt$' --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true 2>/dev/null |
    awk '/pct\/decrypt_median/ {
        cpu = $4; unit = $5
        ns = (unit == "us") ? cpu * 1000 : (unit == "ms") ? cpu * 1e6 : cpu
        printf "bshield     pct decrypt: median CPU %.1f us = %.0f/s\n", ns / 1000, 1e9 / ns
    }'
if [ -n "$jsroot" ] && command -v node >/dev/null 2>&1 &&
    [ -d "$jsroot/node_modules/circomlibjs" ]; then
    node "$here/pct_decrypt_reference.mjs" "$jsroot" 3
else
    echo "circomlibjs pct decrypt: skipped (give the directory holding node_modules/circomlibjs)"
fi
