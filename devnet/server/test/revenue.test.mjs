// Property tests of the revenue rule (operator API "Revenue distribution").
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { test } from "node:test";

import { allocate } from "../src/revenue.mjs";

// Seeded generator so failures are reproducible (seed printed on failure).
function rng(seed) {
    let s = seed >>> 0;
    return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}
const randBig = (r, bits) => {
    let x = 0n;
    for (let i = 0; i < bits; i += 16) x = (x << 16n) | BigInt(Math.floor(r() * 65536));
    return x & ((1n << BigInt(bits)) - 1n);
};

function randomCase(r) {
    const n = 1 + Math.floor(r() * 12);
    const entries = [];
    for (let i = 0; i < n; i++) {
        const kind = r();
        const weight =
            kind < 0.15
                ? 0n
                : kind < 0.3
                  ? randBig(r, 60)
                  : kind < 0.5
                    ? BigInt(Math.floor(r() * 5))
                    : randBig(r, 20);
        entries.push({ providerId: `prv_${crypto.randomBytes(3).toString("hex")}_${i}`, weight });
    }
    const pool = r() < 0.3 ? BigInt(Math.floor(r() * 20)) : randBig(r, 1 + Math.floor(r() * 100));
    return { pool, entries };
}

test("sum equals pool, each share within [floor, floor+1], zero weight gets zero", () => {
    const seed = Number(process.env.SEED ?? Date.now() % 1e9);
    const r = rng(seed);
    for (let k = 0; k < 3000; k++) {
        const { pool, entries } = randomCase(r);
        const W = entries.reduce((s, e) => s + e.weight, 0n);
        const out = allocate(pool, entries);
        if (W === 0n) {
            assert.equal(out, null, `seed ${seed}`);
            continue;
        }
        assert.equal(
            out.reduce((s, a) => s + a.amount, 0n),
            pool,
            `seed ${seed}: sum`,
        );
        const extra = out.filter((a) => a.amount !== (pool * a.weight) / W).length;
        assert.ok(
            BigInt(extra) < BigInt(entries.length),
            `seed ${seed}: leftover smaller than provider count`,
        );
        for (const a of out) {
            const floor = (pool * a.weight) / W;
            assert.ok(
                a.amount === floor || a.amount === floor + 1n,
                `seed ${seed}: ${a.providerId}`,
            );
            if (a.weight === 0n) assert.equal(a.amount, 0n);
        }
    }
});

test("monotone in weight: a larger weight never gets less", () => {
    const seed = Number(process.env.SEED ?? Date.now() % 1e9);
    const r = rng(seed + 1);
    for (let k = 0; k < 2000; k++) {
        const { pool, entries } = randomCase(r);
        const out = allocate(pool, entries);
        if (!out) continue;
        for (const a of out)
            for (const b of out) {
                if (a.weight > b.weight)
                    assert.ok(
                        a.amount >= b.amount,
                        `seed ${seed}: ${a.weight}>${b.weight} but ${a.amount}<${b.amount}`,
                    );
            }
        // Raising one provider's weight (others fixed) never lowers its amount.
        const i = Math.floor(r() * entries.length);
        const bumped = entries.map((e, j) =>
            j === i ? { ...e, weight: e.weight + 1n + randBig(r, 8) } : e,
        );
        const out2 = allocate(pool, bumped);
        const id = entries[i].providerId;
        assert.ok(
            out2.find((x) => x.providerId === id).amount >=
                out.find((x) => x.providerId === id).amount,
            `seed ${seed}`,
        );
    }
});

test("largest remainder first, ties by providerId ascending (worked examples)", () => {
    // P=10, weights 1,1,1: floors 3,3,3, remainders equal -> the smallest id gets the unit.
    const eq = allocate(10n, [
        { providerId: "prv_c", weight: 1n },
        { providerId: "prv_a", weight: 1n },
        { providerId: "prv_b", weight: 1n },
    ]);
    assert.deepEqual(
        eq.map((a) => [a.providerId, a.amount]),
        [
            ["prv_a", 4n],
            ["prv_b", 3n],
            ["prv_c", 3n],
        ],
    );
    // P=100, weights 1,2,4 (W=7): exact 14.28, 28.57, 57.14 -> floors 14, 28, 57 (sum 99);
    // remainders 2, 4, 1 (of 7) -> prv_b gets the leftover unit.
    const r = allocate(100n, [
        { providerId: "prv_a", weight: 1n },
        { providerId: "prv_b", weight: 2n },
        { providerId: "prv_c", weight: 4n },
    ]);
    assert.deepEqual(
        r.map((a) => a.amount),
        [14n, 29n, 57n],
    );
    // Products beyond 64 bits stay exact.
    const big = allocate((1n << 200n) + 7n, [
        { providerId: "a", weight: (1n << 60n) - 1n },
        { providerId: "b", weight: 3n },
    ]);
    assert.equal(big[0].amount + big[1].amount, (1n << 200n) + 7n);
    const W = (1n << 60n) + 2n;
    const floorB = (((1n << 200n) + 7n) * 3n) / W;
    assert.ok(big[1].amount === floorB || big[1].amount === floorB + 1n);
});

test("rejects bad input", () => {
    assert.throws(() => allocate(-1n, []), TypeError);
    assert.throws(() => allocate(1n, [{ providerId: "a", weight: -1n }]), TypeError);
    assert.throws(
        () =>
            allocate(1n, [
                { providerId: "a", weight: 1n },
                { providerId: "a", weight: 2n },
            ]),
        TypeError,
    );
    assert.equal(allocate(5n, []), null);
});
