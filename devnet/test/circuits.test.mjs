// Our circuits against the reference scenario (circuit-inputs.json, checked by the vector
// authors with the reference WASMs) and against tampered inputs that must not satisfy them.
import assert from "node:assert/strict";
import fs from "node:fs";
import { before, describe, test } from "node:test";

import * as c from "../lib/crypto.mjs";
import { calculateWitness } from "../lib/proofs.mjs";
import { ARTIFACTS_DIR } from "../lib/paths.mjs";
import { vectors } from "./helpers.mjs";

const scenario = vectors("circuit-inputs");
const facts = vectors("circuits").circuits;
const step = (name) => structuredClone(scenario.steps.find((s) => s.circuit === name));
const nPublic = (name) => facts[name].nPublic;

async function rejects(circuit, input) {
    await assert.rejects(calculateWitness(circuit, input, nPublic(circuit)), /Assert Failed/);
}

// Keys from the scenario: alice sends, bob receives, the auditor audits.
const alice = {
    s: BigInt(step("registration").witnessInput.SenderPrivateKey),
    pk: scenario.alice.publicKey.map(BigInt),
};
const bob = { pk: scenario.bob.publicKey.map(BigInt) };
const auditor = { pk: scenario.auditor.publicKey.map(BigInt) };

before(async () => c.initCrypto());

/** A fresh, internally consistent transfer witness built with lib/crypto.mjs. */
function transferInput({ balance, value, receiverPctKey = bob.pk, auditorPctOverride }) {
    const bal = c.elgamalEncrypt(alice.pk, balance);
    const senderVtt = c.elgamalEncrypt(alice.pk, value);
    const receiverVtt = c.elgamalEncrypt(bob.pk, value);
    const receiverPct = c.encryptPCT(receiverPctKey, value);
    const auditorPct = auditorPctOverride ?? c.encryptPCT(auditor.pk, value);
    return {
        ValueToTransfer: value,
        SenderPrivateKey: alice.s,
        SenderPublicKey: alice.pk,
        SenderBalance: balance,
        SenderBalanceC1: bal.c1,
        SenderBalanceC2: bal.c2,
        SenderVTTC1: senderVtt.c1,
        SenderVTTC2: senderVtt.c2,
        ReceiverPublicKey: bob.pk,
        ReceiverVTTC1: receiverVtt.c1,
        ReceiverVTTC2: receiverVtt.c2,
        ReceiverVTTRandom: receiverVtt.random,
        ReceiverPCT: receiverPct.ciphertext,
        ReceiverPCTAuthKey: receiverPct.authKey,
        ReceiverPCTNonce: receiverPct.nonce,
        ReceiverPCTRandom: receiverPct.random,
        AuditorPublicKey: auditor.pk,
        AuditorPCT: auditorPct.ciphertext,
        AuditorPCTAuthKey: auditorPct.authKey,
        AuditorPCTNonce: auditorPct.nonce,
        AuditorPCTRandom: auditorPct.random,
    };
}

function withdrawInput({ balance, value, auditorPctOverride }) {
    const bal = c.elgamalEncrypt(alice.pk, balance);
    const auditorPct = auditorPctOverride ?? c.encryptPCT(auditor.pk, value);
    return {
        ValueToWithdraw: value,
        SenderPrivateKey: alice.s,
        SenderPublicKey: alice.pk,
        SenderBalance: balance,
        SenderBalanceC1: bal.c1,
        SenderBalanceC2: bal.c2,
        AuditorPublicKey: auditor.pk,
        AuditorPCT: auditorPct.ciphertext,
        AuditorPCTAuthKey: auditorPct.authKey,
        AuditorPCTNonce: auditorPct.nonce,
        AuditorPCTRandom: auditorPct.random,
    };
}

/** A PCT with a valid tag but a non-zero padding element (declared length 1). */
function paddedPct(pk, value) {
    const r = c.randomBelow(c.L, 1n);
    const nonce = c.randomBelow(c.TWO_128);
    const ciphertext = c.poseidonEncrypt([value, 7n], c.mulPoint(pk, r), nonce, 1);
    return { ciphertext, authKey: c.mulBase(r), nonce, random: r };
}

describe("artifacts", () => {
    test("manifest lists the three circuits with the spec's public-signal counts", () => {
        const m = JSON.parse(fs.readFileSync(`${ARTIFACTS_DIR}/manifest.json`, "utf8"));
        for (const name of ["registration", "transfer", "withdraw"]) {
            assert.equal(m.circuits[name].nPublic, nPublic(name), name);
            assert.ok(m.circuits[name].constraints < 2 ** m.ptau.power, name);
        }
    });
});

describe("reference scenario (circuit-inputs.json)", () => {
    for (const name of ["registration", "transfer", "withdraw"]) {
        test(`${name}: witness accepts the step and public signals come out in spec order`, async () => {
            const s = step(name);
            const pub = await calculateWitness(name, s.witnessInput, nPublic(name));
            assert.deepEqual(pub.map(String), s.publicSignals);
        });
    }
});

describe("registration rejects", () => {
    test("a private key that does not match the public key", async () => {
        const s = step("registration").witnessInput;
        s.SenderPrivateKey = (BigInt(s.SenderPrivateKey) + 1n).toString();
        await rejects("registration", s);
    });
    test("a registration hash for another chain", async () => {
        const s = step("registration").witnessInput;
        s.ChainID = "43113";
        await rejects("registration", s);
    });
    test("a zero private key", async () => {
        const s = step("registration").witnessInput;
        s.SenderPrivateKey = "0";
        s.SenderPublicKey = ["0", "1"];
        await rejects("registration", s);
    });
});

describe("transfer", () => {
    test("control: a freshly built consistent witness is accepted (v = balance)", async () => {
        await calculateWitness("transfer", transferInput({ balance: 300n, value: 300n }), 32);
    });
    test("rejects the wrong sender key", async () => {
        const s = step("transfer").witnessInput;
        s.SenderPrivateKey = (BigInt(s.SenderPrivateKey) + 1n).toString();
        await rejects("transfer", s);
    });
    test("rejects a value above the balance (all encryptions consistent)", async () => {
        await rejects("transfer", transferInput({ balance: 299n, value: 300n }));
    });
    test("rejects a claimed balance that the balance ciphertext does not hold", async () => {
        const s = step("transfer").witnessInput;
        s.SenderBalance = "1001";
        await rejects("transfer", s);
    });
    test("rejects an auditor PCT with a broken tag", async () => {
        const s = step("transfer").witnessInput;
        s.AuditorPCT[3] = (BigInt(s.AuditorPCT[3]) + 1n).toString();
        await rejects("transfer", s);
    });
    test("rejects an auditor PCT with non-zero padding", async () => {
        const input = transferInput({ balance: 300n, value: 300n,
            auditorPctOverride: paddedPct(auditor.pk, 300n) });
        await rejects("transfer", input);
    });
    test("rejects a receiver PCT encrypted to someone else", async () => {
        await rejects("transfer", transferInput({ balance: 300n, value: 100n, receiverPctKey: auditor.pk }));
    });
    test("rejects a receiver VTT for another amount", async () => {
        const s = step("transfer").witnessInput;
        const other = c.elgamalEncrypt(bob.pk, 301n, BigInt(s.ReceiverVTTRandom));
        s.ReceiverVTTC2 = other.c2.map(String);
        await rejects("transfer", s);
    });
});

describe("withdraw", () => {
    test("control: a freshly built consistent witness is accepted", async () => {
        await calculateWitness("withdraw", withdrawInput({ balance: 700n, value: 200n }), 16);
    });
    test("rejects the wrong sender key", async () => {
        const s = step("withdraw").witnessInput;
        s.SenderPrivateKey = (BigInt(s.SenderPrivateKey) - 1n).toString();
        await rejects("withdraw", s);
    });
    test("rejects a value above the balance (all encryptions consistent)", async () => {
        await rejects("withdraw", withdrawInput({ balance: 700n, value: 701n }));
    });
    test("rejects an auditor PCT for another amount", async () => {
        const s = step("withdraw").witnessInput;
        s.ValueToWithdraw = "201";
        await rejects("withdraw", s);
    });
    test("rejects an auditor PCT with non-zero padding", async () => {
        await rejects("withdraw", withdrawInput({ balance: 700n, value: 200n,
            auditorPctOverride: paddedPct(auditor.pk, 200n) }));
    });
    test("rejects a PCT randomness that does not match the auth key", async () => {
        const s = step("withdraw").witnessInput;
        s.AuditorPCTRandom = (BigInt(s.AuditorPCTRandom) + 1n).toString();
        await rejects("withdraw", s);
    });
});
