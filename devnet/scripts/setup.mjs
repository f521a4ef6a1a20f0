#!/usr/bin/env node
// Development trusted setup for the devnet circuits.
//
//   node scripts/setup.mjs        compile circuits, make/reuse ptau + zkeys, write artifacts
//
// NOT SECURE: a single-party ceremony on a developer machine with fixed, published inputs
// (below). The ptau contribution uses a fixed entropy string, to which snarkjs adds OS
// randomness (so each machine's ptau differs; it is cached). The zkey contribution is a
// snarkjs *beacon* with a fixed beacon hash, so given the r1cs and the ptau the zkeys,
// verification keys and verifiers are reproducible. Devnet only; never deploy these
// verifiers anywhere with value.
//
// Slow steps are cached outside git in $BS_DEVNET_CACHE (default ~/.cache/backendshield/devnet):
//   circuits/<sha256(compiler versions + circuit sources)>/   r1cs, wasm, sym
//   ptau/bn128_<power>_<sha256(parameters)>.ptau                 one file, serves all circuits
//   zkeys/<sha256(r1cs bytes + ptau bytes)>/                     final zkey, vkey, verifier.sol
// Outputs: state/artifacts/<circuit>/ (wasm, zkey, vkey), state/artifacts/manifest.json (with
// SHA-256 of every file) and contracts/generated/<Name>Verifier.sol.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import * as snarkjs from "snarkjs";

import { sha256File, sha256Parts } from "../lib/hash.mjs";
import {
    ARTIFACTS_DIR,
    CACHE_DIR,
    CIRCUITS,
    CIRCUITS_DIR,
    GENERATED_CONTRACTS_DIR,
    NODE_MODULES,
    STATE_DIR,
} from "../lib/paths.mjs";

// Fixed development entropy. Changing any of these invalidates the caches (they are hashed
// into the keys) and changes every verifier.
const PTAU_POWER = 15; // 2^15 = 32768 > transfer's ~23k constraints + 33 public signals
const PTAU_ENTROPY = "backendshield-devnet ptau contribution v1 -- NOT SECURE, DEVNET ONLY";
// sha256("backendshield-devnet zkey beacon v1 -- NOT SECURE, DEVNET ONLY"); 2^10 iterations.
const ZKEY_BEACON = "bc862c9e32f42d1030986315d7af86ea056d89c76a5254d58040b690821b8a75";
const ZKEY_BEACON_ITERATIONS_EXP = 10;

const log = (...args) => console.log(`[setup ${new Date().toISOString().slice(11, 19)}]`, ...args);
const quietLogger = {
    debug() {},
    info() {},
    warn: (m) => console.warn("[snarkjs]", m),
    error: (m) => console.error("[snarkjs]", m),
};

function pkgVersion(name) {
    return JSON.parse(fs.readFileSync(path.join(NODE_MODULES, name, "package.json"), "utf8"))
        .version;
}

function listFiles(dir) {
    const out = [];
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) out.push(...listFiles(p));
        else if (e.name.endsWith(".circom")) out.push(p);
    }
    return out.sort();
}

function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    } catch (err) {
        return err.code === "EPERM";
    }
}

/** Removes temp leftovers of `finalPath` whose builder process is gone. */
function removeStaleTemps(finalPath) {
    const dir = path.dirname(finalPath);
    if (!fs.existsSync(dir)) return;
    const prefix = `${path.basename(finalPath)}.tmp-`;
    for (const name of fs.readdirSync(dir)) {
        if (!name.startsWith(prefix)) continue;
        const pid = Number.parseInt(name.slice(prefix.length), 10);
        if (Number.isInteger(pid) && !processAlive(pid)) {
            fs.rmSync(path.join(dir, name), { recursive: true, force: true });
        }
    }
}

/** Builds into a temp path next to `finalPath`, then renames: a crash never leaves half a cache. */
async function cached(finalPath, build) {
    if (fs.existsSync(finalPath)) return false;
    removeStaleTemps(finalPath);
    const tmp = `${finalPath}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(finalPath), { recursive: true });
    await build(tmp);
    fs.renameSync(tmp, finalPath);
    return true;
}

async function compileCircuits() {
    const sources = listFiles(CIRCUITS_DIR);
    const key = sha256Parts([
        `circom2 ${pkgVersion("circom2")}`,
        `circomlib ${pkgVersion("circomlib")}`,
        "--O2",
        ...sources.flatMap((f) => [path.relative(CIRCUITS_DIR, f), fs.readFileSync(f)]),
    ]);
    const dir = path.join(CACHE_DIR, "circuits", key);
    const built = await cached(dir, async (tmp) => {
        fs.mkdirSync(tmp, { recursive: true });
        for (const c of CIRCUITS) {
            log(`compiling ${c}.circom (circom2 --O2)`);
            execFileSync(
                process.execPath,
                [
                    path.join(NODE_MODULES, "circom2", "cli.js"),
                    path.join(CIRCUITS_DIR, `${c}.circom`),
                    "--r1cs", "--wasm", "--sym", "--O2",
                    "-l", NODE_MODULES,
                    "-o", tmp,
                ],
                { stdio: ["ignore", "ignore", "inherit"] },
            );
        }
    });
    log(built ? `circuits compiled into ${dir}` : `circuits: cache hit ${key.slice(0, 12)}`);
    return dir;
}

async function makePtau() {
    const key = sha256Parts(["bn128", PTAU_POWER, PTAU_ENTROPY, `snarkjs ${pkgVersion("snarkjs")}`]);
    const file = path.join(CACHE_DIR, "ptau", `bn128_${PTAU_POWER}_${key.slice(0, 16)}.ptau`);
    const built = await cached(file, async (tmp) => {
        const curve = await snarkjs.curves.getCurveFromName("bn128");
        const p0 = `${tmp}.0`;
        const p1 = `${tmp}.1`;
        try {
            log(`powers of tau 2^${PTAU_POWER}: new`);
            await snarkjs.powersOfTau.newAccumulator(curve, PTAU_POWER, p0, quietLogger);
            log("powers of tau: contribute (fixed dev entropy)");
            await snarkjs.powersOfTau.contribute(p0, p1, "devnet", PTAU_ENTROPY, quietLogger);
            log("powers of tau: prepare phase2 (slow: ~12 min on 2 cores)");
            await snarkjs.powersOfTau.preparePhase2(p1, tmp, quietLogger);
        } finally {
            fs.rmSync(p0, { force: true });
            fs.rmSync(p1, { force: true });
        }
    });
    log(built ? `ptau written: ${file}` : `ptau: cache hit ${path.basename(file)}`);
    return file;
}

function verifierContractName(circuit) {
    return `${circuit[0].toUpperCase()}${circuit.slice(1)}Verifier`;
}

async function makeZkey(circuit, circuitDir, ptauFile, ptauSha) {
    const r1cs = path.join(circuitDir, `${circuit}.r1cs`);
    const key = sha256Parts([fs.readFileSync(r1cs), ptauSha, ZKEY_BEACON, ZKEY_BEACON_ITERATIONS_EXP]);
    const dir = path.join(CACHE_DIR, "zkeys", key);
    const built = await cached(dir, async (tmp) => {
        fs.mkdirSync(tmp, { recursive: true });
        const z0 = path.join(tmp, "circuit_0000.zkey");
        const zf = path.join(tmp, "circuit_final.zkey");
        log(`${circuit}: groth16 setup`);
        await snarkjs.zKey.newZKey(r1cs, ptauFile, z0, quietLogger);
        log(`${circuit}: zkey beacon contribution (fixed, public)`);
        await snarkjs.zKey.beacon(z0, zf, "devnet beacon", ZKEY_BEACON, ZKEY_BEACON_ITERATIONS_EXP, quietLogger);
        fs.rmSync(z0);
        const vkey = await snarkjs.zKey.exportVerificationKey(zf, quietLogger);
        fs.writeFileSync(path.join(tmp, "verification_key.json"), JSON.stringify(vkey, null, 1));
        const template = fs.readFileSync(
            path.join(NODE_MODULES, "snarkjs", "templates", "verifier_groth16.sol.ejs"),
            "utf8",
        );
        const sol = await snarkjs.zKey.exportSolidityVerifier(zf, { groth16: template }, quietLogger);
        fs.writeFileSync(path.join(tmp, "verifier.sol"), sol);
    });
    log(built ? `${circuit}: zkey written` : `${circuit}: zkey cache hit ${key.slice(0, 12)}`);
    return dir;
}

function copyIfChanged(src, dst) {
    if (fs.existsSync(dst) && sha256File(dst) === sha256File(src)) return;
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.copyFileSync(src, dst);
}

async function main() {
    const t0 = Date.now();
    log(`cache: ${CACHE_DIR}`);
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    fs.mkdirSync(GENERATED_CONTRACTS_DIR, { recursive: true });

    const circuitDir = await compileCircuits();
    const ptauFile = await makePtau();
    const ptauSha = sha256File(ptauFile);

    const manifest = {
        warning: "Development trusted setup with fixed public entropy. NOT SECURE. Devnet only.",
        ptau: { path: ptauFile, sha256: ptauSha, power: PTAU_POWER },
        circuits: {},
    };
    for (const c of CIRCUITS) {
        const zdir = await makeZkey(c, circuitDir, ptauFile, ptauSha);
        const out = path.join(ARTIFACTS_DIR, c);
        const wasm = path.join(out, `${c}.wasm`);
        const zkey = path.join(out, `${c}.zkey`);
        const vkey = path.join(out, `${c}.vkey.json`);
        copyIfChanged(path.join(circuitDir, `${c}_js`, `${c}.wasm`), wasm);
        copyIfChanged(path.join(zdir, "circuit_final.zkey"), zkey);
        copyIfChanged(path.join(zdir, "verification_key.json"), vkey);

        // snarkjs names every verifier Groth16Verifier; give each its own contract name.
        const name = verifierContractName(c);
        const sol = fs
            .readFileSync(path.join(zdir, "verifier.sol"), "utf8")
            .replace(/contract Groth16Verifier\b/, `contract ${name}`);
        const solPath = path.join(GENERATED_CONTRACTS_DIR, `${name}.sol`);
        const header =
            `// GENERATED by devnet/scripts/setup.mjs from ${c}.circom with snarkjs ` +
            `${pkgVersion("snarkjs")} (dev zkey, NOT SECURE). Do not edit.\n`;
        if (!fs.existsSync(solPath) || fs.readFileSync(solPath, "utf8") !== header + sol) {
            fs.writeFileSync(solPath, header + sol);
        }
        const r1csInfo = await snarkjs.r1cs.info(path.join(circuitDir, `${c}.r1cs`));
        manifest.circuits[c] = {
            wasm: { path: path.relative(STATE_DIR, wasm), sha256: sha256File(wasm) },
            zkey: { path: path.relative(STATE_DIR, zkey), sha256: sha256File(zkey) },
            vkey: { path: path.relative(STATE_DIR, vkey), sha256: sha256File(vkey) },
            verifier: { contract: name, path: solPath, sha256: sha256File(solPath) },
            constraints: r1csInfo.nConstraints,
            nPublic: r1csInfo.nPubInputs + r1csInfo.nOutputs,
        };
    }
    fs.writeFileSync(path.join(ARTIFACTS_DIR, "manifest.json"), JSON.stringify(manifest, null, 2));
    log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s; artifacts in ${ARTIFACTS_DIR}`);
}

main().then(
    () => process.exit(0), // snarkjs keeps worker threads alive; exit explicitly
    (err) => {
        console.error(err);
        process.exit(1);
    },
);
