// lib/crypto.mjs against the shared vectors (computed independently of this code).
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { Wallet } from "ethers";

import * as c from "../lib/crypto.mjs";
import { vectors } from "./helpers.mjs";

before(async () => c.initCrypto());

test("wallet key derivation matches key-derivation.json (all wallets, incl. grind and even-length keys)", async () => {
    const kd = vectors("key-derivation");
    assert.ok(kd.derivations.length >= 8);
    for (const d of kd.derivations) {
        const k = await c.deriveKeysFromSigner(new Wallet(d.ethPrivateKey));
        assert.equal(k.decryptionKey, d.decryptionKeyHex, d.ethAddress);
        assert.equal(k.privateScalar.toString(), d.privateScalar, d.ethAddress);
        assert.deepEqual(k.publicKey.map(String), d.publicKey, d.ethAddress);
        for (const rh of d.registrationHashes) {
            assert.equal(
                c.registrationHash(rh.chainId, k.privateScalar, d.ethAddress).toString(),
                rh.registrationHash,
            );
        }
    }
});

test("registration message is the SDK's exact text", () => {
    const d = vectors("key-derivation").derivations[0];
    assert.equal(c.registrationMessage(d.ethAddress), d.message);
});

test("7-word PCTs match pct.json and decrypt; a wrong key fails the tag check", () => {
    const p = vectors("pct");
    for (const v of p.singleAmountPCTs) {
        const e = c.encryptPCT(v.recipientPublicKey.map(BigInt), BigInt(v.amount),
            BigInt(v.encRandom_r), BigInt(v.nonce));
        assert.deepEqual(e.pct.map(String), v.pct7);
        assert.equal(c.decryptPCT(v.pct7, BigInt(v.recipientPrivateScalar)), BigInt(v.amount));
        assert.equal(c.decryptPCT(v.pct7, BigInt(v.recipientPrivateScalar) + 1n), null);
    }
});

test("PCT with non-zero padding under a valid tag is rejected", () => {
    const v = vectors("pct").singleAmountPCTs[2];
    const s = BigInt(v.recipientPrivateScalar);
    const shared = c.mulPoint(v.authKey.map(BigInt), s);
    const forged = c.poseidonEncrypt([100n, 5n], shared, BigInt(v.nonce), 1);
    assert.equal(forged.length, 4);
    assert.equal(c.poseidonDecrypt(forged, shared, BigInt(v.nonce), 1), null);
});

test("ElGamal: r = 1 on-chain form and homomorphic sum match elgamal.json", () => {
    const eg = vectors("elgamal");
    assert.ok(eg.encryptions.length > 0);
    for (const e of eg.encryptions) {
        const out = c.elgamalEncrypt(e.publicKey.map(BigInt), BigInt(e.message), BigInt(e.random));
        assert.deepEqual(out.c1.map(String), e.c1);
        assert.deepEqual(out.c2.map(String), e.c2);
        assert.ok(c.elgamalHolds(out.c1, out.c2, BigInt(e.privateScalar), BigInt(e.message)));
    }
    assert.ok(eg.onChainDeterministicEncryption.length > 0);
    for (const d of eg.onChainDeterministicEncryption) {
        const det = c.elgamalEncrypt(d.publicKey.map(BigInt), BigInt(d.value), 1n);
        assert.deepEqual(det.c1.map(String), d.c1);
        assert.deepEqual(det.c2.map(String), d.c2);
    }
});
