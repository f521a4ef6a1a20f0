// Groth16 proving with snarkjs against the devnet artifacts, and conversion to the contracts'
// calldata form.
import fs from "node:fs";
import path from "node:path";
import * as snarkjs from "snarkjs";

import { ARTIFACTS_DIR } from "./paths.mjs";

/** Paths of a circuit's artifacts; throws if one of the requested `kinds` is missing. */
export function circuitFiles(circuit, kinds = ["wasm", "zkey", "vkey"]) {
    const dir = path.join(ARTIFACTS_DIR, circuit);
    const files = {
        wasm: path.join(dir, `${circuit}.wasm`),
        zkey: path.join(dir, `${circuit}.zkey`),
        vkey: path.join(dir, `${circuit}.vkey.json`),
    };
    for (const k of kinds) {
        if (!fs.existsSync(files[k])) throw new Error(`missing ${files[k]}: run scripts/setup.mjs first`);
    }
    return files;
}

const str = (v) => (Array.isArray(v) ? v.map(str) : BigInt(v).toString());

/** Stringifies BigInts (nested arrays too) for snarkjs witness input. */
export function witnessInput(obj) {
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, str(v)]));
}

/** Computes the witness only; throws if a constraint fails. Returns the public signals. */
export async function calculateWitness(circuit, input, nPublic) {
    const { wasm } = circuitFiles(circuit, ["wasm"]);
    const wtns = { type: "mem" };
    await snarkjs.wtns.calculate(witnessInput(input), wasm, wtns);
    const values = await snarkjs.wtns.exportJson(wtns);
    return values.slice(1, 1 + nPublic).map((x) => BigInt(x));
}

/**
 * Proves `input` for `circuit` and returns { proofPoints: {a, b, c}, publicSignals } in the
 * Solidity form (b's Fp2 pairs swapped), ready for the contracts' proof structs.
 */
export async function prove(circuit, input) {
    const { wasm, zkey } = circuitFiles(circuit, ["wasm", "zkey"]);
    const { proof, publicSignals } = await snarkjs.groth16.fullProve(witnessInput(input), wasm, zkey);
    return {
        proofPoints: {
            a: [proof.pi_a[0], proof.pi_a[1]].map(BigInt),
            b: [
                [proof.pi_b[0][1], proof.pi_b[0][0]].map(BigInt),
                [proof.pi_b[1][1], proof.pi_b[1][0]].map(BigInt),
            ],
            c: [proof.pi_c[0], proof.pi_c[1]].map(BigInt),
        },
        publicSignals: publicSignals.map(BigInt),
        raw: { proof, publicSignals },
    };
}

/** Off-chain verification with the circuit's verification key. */
export async function verify(circuit, raw) {
    const { vkey } = circuitFiles(circuit, ["vkey"]);
    return snarkjs.groth16.verify(JSON.parse(fs.readFileSync(vkey, "utf8")), raw.publicSignals, raw.proof);
}

/**
 * Stops snarkjs's bn128 worker threads (they keep the process alive). Call once when done
 * proving; the next prove() starts them again.
 */
export async function releaseProver() {
    if (globalThis.curve_bn128) await globalThis.curve_bn128.terminate();
}
