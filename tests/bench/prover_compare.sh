#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Our prover next to snarkjs, in one run on the same machine and circuits (issue #6 item 8).
#
#   tests/bench/prover_compare.sh BUILD_DIR DEVNET_DIR [RUNS]
#
# BUILD_DIR holds app/cli/bshield; DEVNET_DIR is the devnet (its node_modules/.bin/snarkjs and
# state/artifacts/<circuit>/<circuit>.{wasm,zkey}, as the devnet scripts build them). Inputs are
# the reference ones of tests/data/circuit-inputs.json. For withdraw and transfer it prints the
# median wall time of RUNS (default 5) process runs of:
#   witness    bshield zk witness        vs  snarkjs wtns calculate
#   prove      bshield zk prove minus bshield zk witness (our CLI has no prove-from-.wtns)
#              vs snarkjs groth16 prove (from snarkjs' own .wtns)
#   fullprove  bshield zk prove          vs  snarkjs groth16 fullprove
# Both sides pay process start-up and file loading, as a user would. The ratios are snarkjs
# time / our time. Peak RSS is the maximum over our fullprove runs (/usr/bin/time -v).
# Every proof of ours is checked with snarkjs groth16 verify.
set -euo pipefail

build=${1:?usage: prover_compare.sh BUILD_DIR DEVNET_DIR [RUNS]}
devnet=${2:?usage: prover_compare.sh BUILD_DIR DEVNET_DIR [RUNS]}
runs=${3:-5}
here=$(cd "$(dirname "$0")" && pwd)
bshield=$build/app/cli/bshield
snarkjs=$devnet/node_modules/.bin/snarkjs
artifacts=$devnet/state/artifacts
[ -x "$bshield" ] || { echo "no $bshield (build the bshield target)" >&2; exit 1; }
[ -x "$snarkjs" ] || { echo "no $snarkjs (npm ci in $devnet)" >&2; exit 1; }
timebin=/usr/bin/time
[ -x "$timebin" ] || timebin=

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }

# Median wall time in seconds of `runs` executions of "$@" (stdout discarded).
median() {
    local times=() t0 t1
    for ((i = 0; i < runs; i++)); do
        t0=$(now)
        "$@" >/dev/null 2>&1
        t1=$(now)
        times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }

printf '%s, %s cores, %s runs each (median wall seconds)\n' "$(uname -m)" "$(nproc)" "$runs"
printf '%-9s %-10s %9s %9s %8s\n' circuit step ours snarkjs ratio

for circuit in withdraw transfer; do
    wasm=$artifacts/$circuit/$circuit.wasm
    zkey=$artifacts/$circuit/$circuit.zkey
    vkey=$artifacts/$circuit/$circuit.vkey.json
    if [ ! -f "$wasm" ] || [ ! -f "$zkey" ]; then
        echo "$circuit: no artifacts under $artifacts/$circuit, skipped" >&2
        continue
    fi
    input=$work/$circuit.input.json
    node -e '
        const fs = require("fs");
        const steps = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).steps;
        const s = steps.find((x) => x.circuit === process.argv[2]);
        fs.writeFileSync(process.argv[3], JSON.stringify(s.witnessInput));
    ' "$here/../data/circuit-inputs.json" "$circuit" "$input"

    # Correctness first: the same witness as snarkjs, and a proof snarkjs accepts.
    "$bshield" zk witness --wasm "$wasm" --input "$input" --out "$work/ours.wtns" >/dev/null
    "$snarkjs" wtns calculate "$wasm" "$input" "$work/snarkjs.wtns" >/dev/null
    cmp -s "$work/ours.wtns" "$work/snarkjs.wtns" ||
        { echo "$circuit: our witness differs from snarkjs'" >&2; exit 1; }
    "$bshield" zk prove --wasm "$wasm" --zkey "$zkey" --input "$input" \
        --proof "$work/proof.json" --public "$work/public.json" >/dev/null
    if [ -f "$vkey" ]; then
        "$snarkjs" groth16 verify "$vkey" "$work/public.json" "$work/proof.json" | grep -q OK ||
            { echo "$circuit: snarkjs does not verify our proof" >&2; exit 1; }
    fi

    ours_w=$(median "$bshield" zk witness --wasm "$wasm" --input "$input" --out "$work/o.wtns")
    snark_w=$(median "$snarkjs" wtns calculate "$wasm" "$input" "$work/s.wtns")
    ours_f=$(median "$bshield" zk prove --wasm "$wasm" --zkey "$zkey" --input "$input" \
        --proof "$work/p.json" --public "$work/q.json")
    snark_p=$(median "$snarkjs" groth16 prove "$zkey" "$work/snarkjs.wtns" "$work/sp.json" \
        "$work/sq.json")
    snark_f=$(median "$snarkjs" groth16 fullprove "$input" "$wasm" "$zkey" "$work/sp.json" \
        "$work/sq.json")
    ours_p=$(awk -v a="$ours_f" -v b="$ours_w" 'BEGIN { printf "%.4f", a - b }')

    printf '%-9s %-10s %9s %9s %8s\n' "$circuit" witness "$ours_w" "$snark_w" \
        "$(ratio "$snark_w" "$ours_w")"
    printf '%-9s %-10s %9s %9s %8s\n' "$circuit" prove "$ours_p" "$snark_p" \
        "$(ratio "$snark_p" "$ours_p")"
    printf '%-9s %-10s %9s %9s %8s\n' "$circuit" fullprove "$ours_f" "$snark_f" \
        "$(ratio "$snark_f" "$ours_f")"
    if [ -n "$timebin" ]; then
        rss=0
        for ((i = 0; i < 3; i++)); do
            kb=$("$timebin" -v "$bshield" zk prove --wasm "$wasm" --zkey "$zkey" --input "$input" \
                --proof "$work/p.json" --public "$work/q.json" 2>&1 >/dev/null |
                awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
            [ "$kb" -gt "$rss" ] && rss=$kb
        done
        printf '%-9s peak RSS of our fullprove: %d MB\n' "$circuit" "$((rss / 1024))"
    fi
done
