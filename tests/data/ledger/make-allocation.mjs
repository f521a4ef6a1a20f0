// SPDX-License-Identifier: GPL-3.0-or-later
// Writes allocation.json: cycles allocated by the devnet reference server's revenue rule
// (devnet/server/src/revenue.mjs `allocate`, BigInt, largest remainder, ties by providerId),
// used by tests/unit/ledger/tst_fairness.cpp as an independent reference.
// Run from the repository root: node tests/data/ledger/make-allocation.mjs
import { writeFileSync } from "node:fs";
import { allocate } from "../../../devnet/server/src/revenue.mjs";

// Fixed-seed PRNG (mulberry32) so reruns give the same file.
function mulberry32(seed) {
    return () => {
        seed |= 0;
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const r = mulberry32(20261101);
function randBig(bits) {
    let v = 0n;
    for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(Math.floor(r() * 65536));
    return v & ((1n << BigInt(bits)) - 1n);
}

const cases = [];
function add(name, pool, weights) {
    const entries = weights.map((w, i) => ({ providerId: `prv_${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`, weight: w }));
    const out = allocate(pool, entries);
    cases.push({
        name,
        pool: pool.toString(),
        providers: out.map((a) => ({ providerId: a.providerId, weight: a.weight.toString(), amount: a.amount.toString() })),
    });
}

add("brief: 5 USDC over 3,3,1", 5000000n, [3n, 3n, 1n]);
add("tie: 10 over 1,1,1", 10n, [1n, 1n, 1n]);
add("100 over 1,2,4", 100n, [1n, 2n, 4n]);
add("exact division", 900n, [1n, 2n, 6n]);
add("zero weight among others", 1000n, [0n, 5n, 7n]);
add("pool below provider count", 2n, [1n, 1n, 1n, 1n, 1n]);
add("products beyond 128 bits", (1n << 200n) + 7n, [(1n << 60n) - 1n, 3n]);
add("spec example total weight", 5000000n, [1234n, 811111n]);
for (let i = 0; i < 40; ++i) {
    const n = 1 + Math.floor(r() * 12);
    const pool = i < 30 ? randBig(8 + Math.floor(r() * 48)) : randBig(64 + Math.floor(r() * 150));
    const weights = [];
    for (let j = 0; j < n; ++j) weights.push(i % 7 === 0 ? BigInt(Math.floor(r() * 3)) : randBig(1 + Math.floor(r() * (i < 30 ? 40 : 120))));
    if (weights.every((w) => w === 0n)) weights[0] = 1n;
    add(`random ${i}`, pool, weights);
}

writeFileSync(
    new URL("./allocation.json", import.meta.url),
    JSON.stringify(
        {
            about: "Revenue allocations computed by devnet/server/src/revenue.mjs allocate() (the reference operator server's largest-remainder rule, BigInt); made by tests/data/ledger/make-allocation.mjs with a fixed-seed PRNG. Amounts and weights are decimal strings of base units.",
            cases,
        },
        null,
        1,
    ) + "\n",
);
