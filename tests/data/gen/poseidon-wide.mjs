// SPDX-License-Identifier: GPL-3.0-or-later
// Generates tests/data/poseidon-wide.json: circomlib Poseidon hashes for widths t = 2..17
// (1..16 inputs), computed by npm circomlibjs (buildPoseidonReference, the plain
// permutation in JavaScript over ffjavascript's field) and cross-checked against
// circomlibjs buildPoseidon (the optimised variant). Inputs are deterministic.
//
//   mkdir /tmp/p && cd /tmp/p && npm install circomlibjs@0.1.7
//   NODE_PATH=/tmp/p/node_modules node tests/data/gen/poseidon-wide.mjs \
//       > tests/data/poseidon-wide.json
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
// circomlibjs is ESM-only with an "exports" map; resolve its entry through NODE_PATH.
const circomlibjs = await import(pathToFileURL(require.resolve("circomlibjs")).href);

const p = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
const reference = await circomlibjs.buildPoseidonReference();
const optimised = await circomlibjs.buildPoseidon();
const F = reference.F;

// Deterministic input: 32 bytes of SHA-256(label) reduced mod p; a few fixed edge values.
function element(label) {
    return BigInt("0x" + createHash("sha256").update(label).digest("hex")) % p;
}

const cases = [];
for (let n = 1; n <= 16; ++n) {
    const sets = [
        Array.from({ length: n }, (_, i) => BigInt(i + 1)),
        Array.from({ length: n }, (_, i) => element(`poseidon-wide/${n}/${i}`)),
        Array.from({ length: n }, () => p - 1n),
    ];
    for (const inputs of sets) {
        const a = F.toObject(reference(inputs));
        const b = F.toObject(optimised(inputs));
        if (a !== b) throw new Error(`reference and optimised Poseidon disagree for n=${n}`);
        cases.push({ t: n + 1, inputs: inputs.map(String), output: a.toString() });
    }
}

console.log(JSON.stringify({
    about: "circomlib Poseidon hashes for t = 2..17 (1..16 inputs), computed with npm circomlibjs 0.1.7 buildPoseidonReference and checked equal to buildPoseidon. Generator: tests/data/gen/poseidon-wide.mjs. Decimal strings.",
    cases,
}, null, 1));
