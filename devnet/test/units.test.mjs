// Token units <-> eERC units (lib/units.mjs), the conversion the JS client and the reference
// server use, against the converter's rows in tests/data/decimals.json (taken from the reference
// contracts' arithmetic, not from this code).
import assert from "node:assert/strict";
import { test } from "node:test";

import { eercUnit, roundUpToEercUnit, toEercUnits, toTokenUnits } from "../lib/units.mjs";
import { vectors } from "./helpers.mjs";

const dec = vectors("decimals");

test("deposit rows: value credited and dust returned", () => {
    for (const r of dec.deposit) {
        const { value, dust } = toEercUnits(BigInt(r.tokenAmount), r.tokenDecimals, r.eercDecimals);
        assert.equal(value, BigInt(r.encryptedValue), JSON.stringify(r));
        assert.equal(dust, BigInt(r.dustReturned), JSON.stringify(r));
    }
});

test("withdraw rows: token units paid out", () => {
    for (const r of dec.withdraw) {
        const out = toTokenUnits(BigInt(r.withdrawAmount_eercUnits), r.tokenDecimals, r.eercDecimals);
        assert.equal(out, BigInt(r.tokensPaidOut), JSON.stringify(r));
    }
});

test("USDC (6) on 2 eERC decimals: one unit is 10^4; rounding up leaves no dust", () => {
    assert.equal(eercUnit(6, 2), 10_000n);
    assert.equal(eercUnit(6, 6), 1n);
    assert.equal(eercUnit(6, 18), 1n);
    assert.deepEqual(toEercUnits(1_234_567n, 6, 2), { value: 123n, dust: 4_567n });
    assert.equal(toTokenUnits(123n, 6, 2), 1_230_000n);
    assert.equal(roundUpToEercUnit(1_230_001n, 6, 2), 1_240_000n);
    assert.equal(roundUpToEercUnit(1_230_000n, 6, 2), 1_230_000n);
    assert.equal(roundUpToEercUnit(0n, 6, 2), 0n);
    assert.equal(roundUpToEercUnit(7n, 6, 6), 7n);
    // amount = toToken(value) + dust, for every amount
    for (const a of [0n, 1n, 9_999n, 10_000n, 10_001n, 123_456_789n]) {
        const { value, dust } = toEercUnits(a, 6, 2);
        assert.equal(toTokenUnits(value, 6, 2) + dust, a);
        assert.ok(dust < 10_000n);
    }
    assert.throws(() => toEercUnits(-1n, 6, 2));
    assert.throws(() => eercUnit(6, 1.5));
});
