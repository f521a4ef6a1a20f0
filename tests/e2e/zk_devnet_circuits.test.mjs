// SPDX-License-Identifier: GPL-3.0-or-later
// Our native prover (`bshield zk prove`) on the devnet's own eERC-compatible circuits:
// every proof must verify with snarkjs AND with the verifier contract on chain, and a
// tampered public signal must be refused by both. The witness inputs are the reference
// ones from tests/data/circuit-inputs.json (same statements, so they satisfy our circuits).
//
// Usage: node --test zk_devnet_circuits.test.mjs   with BSHIELD=<path to bshield>,
// NETWORK_JSON=<devnet/state/network.json>, DEVNET_DIR=<devnet> in the environment.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const bshield = process.env.BSHIELD;
const network = JSON.parse(readFileSync(process.env.NETWORK_JSON, "utf8"));
const require = createRequire(path.resolve(process.env.DEVNET_DIR, "package.json"));
const snarkjs = require("snarkjs");
const { ethers } = require("ethers");

const inputs = JSON.parse(
    readFileSync(path.join(here, "..", "data", "circuit-inputs.json"), "utf8"));
const provider = new ethers.JsonRpcProvider(network.rpcUrl);
const work = mkdtempSync(path.join(tmpdir(), "bs-zk-e2e-"));

// snarkjs keeps its bn128 worker threads alive, and the provider its timers: without this the
// process never exits and the test runner waits for it forever.
after(async () => {
    provider.destroy();
    await globalThis.curve_bn128?.terminate();
});

function verifierAt(address, nPublic) {
    const abi = [`function verifyProof(uint256[2] a, uint256[2][2] b, uint256[2] c, uint256[${nPublic}] input) view returns (bool)`];
    return new ethers.Contract(address, abi, provider);
}

for (const circuit of ["registration", "withdraw", "transfer"]) {
    test(`${circuit}: our proof verifies with snarkjs and on chain`, async () => {
        const step = inputs.steps.find((s) => s.circuit === circuit);
        assert.ok(step, `no ${circuit} step in circuit-inputs.json`);
        const artifacts = network.circuits[circuit];
        const input = path.join(work, `${circuit}.input.json`);
        const proofFile = path.join(work, `${circuit}.proof.json`);
        const publicFile = path.join(work, `${circuit}.public.json`);
        writeFileSync(input, JSON.stringify(step.witnessInput));

        const out = JSON.parse(execFileSync(bshield, [
            "--json", "zk", "prove", "--wasm", artifacts.wasm.path, "--zkey", artifacts.zkey.path,
            "--input", input, "--proof", proofFile, "--public", publicFile, "--calldata",
        ], { encoding: "utf8" }));
        const proof = JSON.parse(readFileSync(proofFile, "utf8"));
        const publicSignals = JSON.parse(readFileSync(publicFile, "utf8"));
        assert.deepEqual(publicSignals, step.publicSignals, "public signals in the spec's order");

        const vkey = JSON.parse(readFileSync(artifacts.vkey, "utf8"));
        assert.equal(await snarkjs.groth16.verify(vkey, publicSignals, proof), true);

        const [a, b, c, signals] = out.calldata;
        const verifier = verifierAt(network.contracts.verifiers[circuit], signals.length);
        assert.equal(await verifier.verifyProof(a, b, c, signals), true, "on-chain verifier");

        // One changed public signal: both verifiers must refuse.
        const tampered = [...signals];
        tampered[0] = ethers.toBeHex(BigInt(tampered[0]) ^ 1n, 32);
        assert.equal(await verifier.verifyProof(a, b, c, tampered), false);
        const tamperedPublic = [...publicSignals];
        tamperedPublic[0] = (BigInt(tamperedPublic[0]) ^ 1n).toString();
        assert.equal(await snarkjs.groth16.verify(vkey, tamperedPublic, proof), false);
    });
}

test("a value above the balance fails at witness time with circom's message", () => {
    const step = inputs.steps.find((s) => s.circuit === "withdraw");
    const bad = { ...step.witnessInput,
                  ValueToWithdraw: (BigInt(step.witnessInput.SenderBalance) + 1n).toString() };
    const input = path.join(work, "withdraw.bad.json");
    writeFileSync(input, JSON.stringify(bad));
    const artifacts = network.circuits.withdraw;
    let failed = null;
    try {
        execFileSync(bshield, ["zk", "prove", "--wasm", artifacts.wasm.path,
                               "--zkey", artifacts.zkey.path, "--input", input,
                               "--proof", path.join(work, "bad.proof.json"),
                               "--public", path.join(work, "bad.public.json")],
                     { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
        failed = e;
    }
    assert.ok(failed, "proving must fail");
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /^bshield: .*(Assert Failed|Error in template)/s);
});
