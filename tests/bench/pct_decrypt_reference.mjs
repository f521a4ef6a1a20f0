// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reference rate for bench_poseidon's pct/decrypt: the same PCT decryption done with
// circomlibjs (what a JavaScript wallet built on circomlibjs / zk-kit pays per amount):
// inSubgroup(authKey) (curve equation + l*authKey), mulPointEscalar(authKey, s), then the
// Poseidon cipher decryption of one element (two t = 4 permutations, tag and padding check).
// circomlibjs has no cipher, so the two permutations are circomlibjs' poseidon(inputs,
// initialState, 4) (its full output state), exactly as @zk-kit/poseidon-cipher uses them.
//
//   node tests/bench/pct_decrypt_reference.mjs <dir containing node_modules/circomlibjs> [seconds]
//
// e.g. node tests/bench/pct_decrypt_reference.mjs /work/main/devnet 3
// Prints the decryptions per second (single-threaded, CPU time of this process).

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = process.argv[2];
const seconds = Number(process.argv[3] ?? "3");
if (!root) {
    console.error("usage: node pct_decrypt_reference.mjs <dir with node_modules/circomlibjs> [seconds]");
    process.exit(2);
}
const require = createRequire(join(root, "package.json"));
const { buildBabyjub, buildPoseidon } = require("circomlibjs");

const here = dirname(fileURLToPath(import.meta.url));
const vectors = JSON.parse(readFileSync(join(here, "../data/pct.json"), "utf8"));
const v = vectors.singleAmountPCTs[0];

const babyjub = await buildBabyjub();
const poseidon = await buildPoseidon();
const F = babyjub.F;
const two128 = 1n << 128n;

function decrypt(pct7, s) {
    const authKey = [F.e(pct7[4]), F.e(pct7[5])];
    if (!babyjub.inSubgroup(authKey)) throw new Error("authKey not in the subgroup");
    const shared = babyjub.mulPointEscalar(authKey, s);
    const nonce = BigInt(pct7[6]);
    if (nonce >= two128) throw new Error("bad nonce");
    let st = poseidon([shared[0], shared[1], F.e(nonce + 1n * two128)], F.zero, 4);
    const c = pct7.slice(0, 4).map((x) => F.e(x));
    const amount = F.sub(c[0], st[1]);
    const pad1 = F.sub(c[1], st[2]);
    const pad2 = F.sub(c[2], st[3]);
    st = poseidon([c[0], c[1], c[2]], st[0], 4);
    if (!F.eq(st[1], c[3]) || !F.isZero(pad1) || !F.isZero(pad2))
        throw new Error("tag or padding mismatch");
    return F.toObject(amount);
}

const s = BigInt(v.recipientPrivateScalar);
const expected = BigInt(v.amount);
if (decrypt(v.pct7, s) !== expected) throw new Error("wrong amount");

const start = process.cpuUsage();
let n = 0;
let used = 0;
do {
    decrypt(v.pct7, s);
    ++n;
    const u = process.cpuUsage(start);
    used = (u.user + u.system) / 1e6;
} while (used < seconds);
console.log(`circomlibjs pct decrypt: ${n} in ${used.toFixed(2)} s CPU = ${(n / used).toFixed(0)}/s`);
