// The registration key check against the shared BabyJubJub vectors (computed with
// @zk-kit/baby-jubjub and circomlibjs, see tests/data/babyjubjub.json).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { L, P, inPrimeSubgroup, mul, onCurve } from "../src/babyjub.mjs";
import { VECTORS } from "./helpers.mjs";

const v = JSON.parse(fs.readFileSync(path.join(VECTORS, "babyjubjub.json"), "utf8"));
const pt = (p) => p.map(BigInt);
const BASE8 = [
    5299619240641551281634865583518297030282874472190772894086521144482721001553n,
    16950150798460657717958625567821834550301663161624707787222815936182638968203n,
];

test("parameters match the vectors", () => {
    assert.equal(String(P), v.params.p);
    assert.equal(String(L), v.params.subgroupOrder_l);
});

test("scalar multiplications and public keys match the vectors", () => {
    for (const c of v.scalarMultiplications.filter((c) => c.point === "Base8")) {
        assert.deepEqual(mul(BASE8, BigInt(c.scalar) % L), pt(c.result), `scalar ${c.scalar}`);
    }
    for (const c of v.publicKeysFromScalar) {
        assert.deepEqual(mul(BASE8, BigInt(c.privateScalar)), pt(c.publicKey));
        assert.ok(inPrimeSubgroup(pt(c.publicKey)));
    }
});

test("on-curve checks match; subgroup check refuses identity, low-order and off-curve points", () => {
    for (const c of v.onCurveChecks)
        assert.equal(onCurve(pt(c.point)), c.onCurve, JSON.stringify(c.point));
    assert.equal(inPrimeSubgroup([0n, 1n]), false, "identity");
    assert.equal(inPrimeSubgroup([0n, P - 1n]), false, "order-2 point (0, -1)");
    assert.equal(inPrimeSubgroup([1n, 1n]), false, "off curve");
    assert.equal(inPrimeSubgroup([BASE8[0] + P, BASE8[1]]), false, "non-canonical coordinate");
    // The full generator G has order 8l: on the curve but outside the prime subgroup.
    const G = [
        995203441582195749578291179787384436505546430278305826713579947235728471134n,
        5472060717959818805561601436314318772137091100104008585924551046643952123905n,
    ];
    assert.ok(onCurve(G));
    assert.equal(inPrimeSubgroup(G), false);
    assert.ok(inPrimeSubgroup(BASE8));
});
