// SPDX-License-Identifier: GPL-3.0-or-later
// An independent implementation of the statement proof (docs/statement.md, "The proof"):
// Chaum-Pedersen DLEQ on BabyJubJub, log_B(PK) == log_C1(C2 - m*B), Fiat-Shamir with
// SHA-512 over a domain-separated transcript. BabyJubJub comes from circomlibjs (through the
// devnet's lib/crypto.mjs), the hash from node:crypto; nothing is shared with the C++ code.
//
// Run as a script (`node statement_dleq.mjs --vector`) it prints a proof made with a fixed
// key and nonce as C++ constants for tests/unit/crypto/tst_dleq.cpp.
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const devnetDir = process.env.DEVNET_DIR ?? path.join(here, "..", "..", "devnet");
const { initCrypto, addPoints, negatePoint, mulPoint, mulBase, isOnCurve, BASE8, L } =
    await import(path.join(devnetDir, "lib", "crypto.mjs"));

export { initCrypto, mulBase, L };

export const TAG = "BackendShield/statement/dleq/v1";

const word = (v) => Buffer.from(BigInt(v).toString(16).padStart(64, "0"), "hex");
const bytesOf = (hex, n) => {
    const b = Buffer.from(hex.replace(/^0x/, ""), "hex");
    if (b.length !== n) throw new Error(`expected ${n} bytes: ${hex}`);
    return b;
};
const pointBytes = (p) => Buffer.concat([word(p[0]), word(p[1])]);
const same = (a, b) => BigInt(a[0]) === BigInt(b[0]) && BigInt(a[1]) === BigInt(b[1]);
const IDENTITY = [0n, 1n];

/** In the prime-order subgroup (on the curve and l*P = identity). */
export function inSubgroup(p) {
    return isOnCurve(p) && same(mulPoint(p, L), IDENTITY);
}

/**
 * claim: { chainId, contract, account, txHash, logIndex, amount, publicKey: [x,y],
 *          c1: [x,y], c2: [x,y] } (numbers as BigInt or decimal strings, addresses and the
 *          hash as 0x hex).
 */
export function challenge(claim, a1, a2) {
    const t = Buffer.concat([
        Buffer.from(TAG, "ascii"), Buffer.from([0]),
        word(claim.chainId),
        bytesOf(claim.contract, 20), bytesOf(claim.account, 20), bytesOf(claim.txHash, 32),
        word(claim.logIndex), word(claim.amount),
        pointBytes(BASE8), pointBytes(claim.publicKey), pointBytes(claim.c1), pointBytes(claim.c2),
        pointBytes(a1), pointBytes(a2),
    ]);
    return BigInt("0x" + crypto.createHash("sha512").update(t).digest("hex")) % L;
}

const mod = (x) => ((x % L) + L) % L;

/** D = C2 - m*B. */
function shifted(claim) {
    return addPoints(claim.c2, negatePoint(mulBase(mod(BigInt(claim.amount)))));
}

/** The proof { c, z } with private scalar s and nonce k (random unless given). */
export function prove(claim, s, k = BigInt("0x" + crypto.randomBytes(48).toString("hex")) % L) {
    s = BigInt(s);
    if (!same(mulBase(s), claim.publicKey)) throw new Error("s is not the claim's key");
    if (!same(mulPoint(claim.c1, s), shifted(claim))) throw new Error("the claim is false");
    const c = challenge(claim, mulBase(k), mulPoint(claim.c1, k));
    return { c, z: mod(k + c * s) };
}

/** True iff the proof { c, z } shows the claim. */
export function verify(claim, proof) {
    const c = BigInt(proof.c);
    const z = BigInt(proof.z);
    if (c >= L || z >= L || BigInt(claim.amount) >= L) return false;
    for (const p of [claim.publicKey, claim.c1, claim.c2]) if (!inSubgroup(p)) return false;
    if (same(claim.publicKey, IDENTITY) || same(claim.c1, IDENTITY)) return false;
    const a1 = addPoints(mulBase(z), negatePoint(mulPoint(claim.publicKey, c)));
    const a2 = addPoints(mulPoint(claim.c1, z), negatePoint(mulPoint(shifted(claim), c)));
    return challenge(claim, a1, a2) === c;
}

/** The claim of line `line` of a parsed statement file. */
export function claimOfLine(statement, line) {
    return {
        chainId: statement.chainId,
        contract: statement.contracts.encryptedErc,
        account: statement.account,
        txHash: line.txHash,
        logIndex: line.logIndex,
        amount: line.value,
        publicKey: statement.publicKey,
        c1: line.ciphertext.c1,
        c2: line.ciphertext.c2,
    };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes("--vector")) {
    await initCrypto();
    // Fixed key, nonce and ElGamal randomness: a reproducible vector.
    const s = 123456789012345678901234567890n % L;
    const r = 987654321098765432109876543210n % L;
    const k = 555555555555555555555555555555555n % L;
    const amount = 2500000n;
    const publicKey = mulBase(s);
    const claim = {
        chainId: 31337n,
        contract: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
        account: "0x70997970c51812dc3a010c7d01b50e20d6dc79c8",
        txHash: "0x" + "ab".repeat(32),
        logIndex: 2n,
        amount,
        publicKey,
        c1: mulBase(r),
        c2: addPoints(mulBase(amount), mulPoint(publicKey, r)),
    };
    const proof = prove(claim, s, k);
    if (!verify(claim, proof)) throw new Error("own proof does not verify");
    const def = (name, v) => console.log(`#define ${name} "${v}"`);
    def("JS_PK_X", publicKey[0]); def("JS_PK_Y", publicKey[1]);
    def("JS_C1_X", claim.c1[0]); def("JS_C1_Y", claim.c1[1]);
    def("JS_C2_X", claim.c2[0]); def("JS_C2_Y", claim.c2[1]);
    def("JS_C", proof.c); def("JS_Z", proof.z);
    process.exit(0);
}
