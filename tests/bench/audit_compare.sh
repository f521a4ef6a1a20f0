#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench_audit next to the same work in circomlibjs, in one run (DESIGN.md section 5: 100 000
# payouts under 15 s on 2 cores, 1 000 000 under 2 min, memory under 500 MB). Each size runs
# in its own process (its own peak RSS), after the dataset exists (made once by bench_audit,
# cached in $BS_BENCH_AUDIT_CACHE or ~/.cache/backendshield/bench-audit/). The JS side does a
# sample of whole cycles and is extrapolated (audit_reference.mjs says why).
#
#   tests/bench/audit_compare.sh <build dir> [dir with node_modules/circomlibjs] [sizes] [js sample]
#
# e.g. tests/bench/audit_compare.sh build/dev devnet "100000 1000000" 2000
set -eu

build=${1:?usage: audit_compare.sh <build dir> [dir with node_modules/circomlibjs] [sizes] [js sample]}
jsroot=${2:-}
sizes=${3:-100000 1000000}
sample=${4:-2000}
here=$(dirname "$0")
cache=${BS_BENCH_AUDIT_CACHE:-$HOME/.cache/backendshield/bench-audit}
bench=$build/tests/bench_audit
[ -x "$bench" ] || { echo "no $bench (build the bench_audit target)" >&2; exit 1; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
for n in $sizes; do
    if [ ! -f "$cache/payouts-$n.bin" ]; then
        echo "making the dataset of $n payouts (once; not a measurement)"
        "$bench" --benchmark_filter="BM_DecryptAndReconcile/$n/" >/dev/null
    fi
    "$bench" --benchmark_filter="BM_DecryptAndReconcile/$n/" 2>/dev/null |
        awk -v n="$n" '/BM_DecryptAndReconcile/ {
            for (i = 1; i <= NF; i++) {
                if ($i ~ /^payouts\/s=/) rate = $i
                if ($i ~ /^peak_rss_MB=/) rss = $i
                if ($i ~ /^threads=/) threads = $i
            }
            printf "bshield  %8d payouts: %s s wall, %s, %s, %s\n", n, $2, rate, rss, threads
        }'
    if [ -n "$jsroot" ] && command -v node >/dev/null 2>&1 && [ -d "$jsroot/node_modules/circomlibjs" ]; then
        printf "circomlibjs %6d payouts: " "$n"
        node "$here/audit_reference.mjs" "$jsroot" "$cache/payouts-$n.json" "$sample" "$(nproc)"
    fi
done
