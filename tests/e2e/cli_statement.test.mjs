// SPDX-License-Identifier: GPL-3.0-or-later
// Verifiable statements on the devnet: a fresh provider registers with `bshield`, the devnet's
// JavaScript eERC client pays it, `bshield statement make` proves the payouts, and then:
//   - an independent JavaScript check (circomlibjs + node:crypto, tests/e2e/statement_dleq.mjs,
//     the ciphertexts read from the chain with ethers, the key from the Registrar) accepts every
//     proof our code made;
//   - `bshield statement check` accepts the file, and a file whose proofs were made in
//     JavaScript (key derived independently from the wallet);
//   - tampered copies (amount, transaction, chain id, public key, contracts) are refused.
//
// Usage: node --test cli_statement.test.mjs   with BSHIELD=<bshield>,
// NETWORK_JSON=<devnet/state/network.json>, DEVNET_DIR=<devnet> in the environment.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { claimOfLine, prove, verify } from "./statement_dleq.mjs";

const run = promisify(execFile);
const bshield = process.env.BSHIELD;
const devnetDir = process.env.DEVNET_DIR;
const networkFile = process.env.NETWORK_JSON;
const network = JSON.parse(readFileSync(networkFile, "utf8"));

const lib = (name) => import(path.join(devnetDir, "lib", name));
const { ethers } = await import(path.join(devnetDir, "node_modules", "ethers", "lib.esm", "index.js"));
const { EercAccount } = await lib("eerc.mjs");
const { devWallet } = await lib("accounts.mjs");
const { artifact } = await lib("contracts.mjs");
const { initCrypto, deriveKeysFromSigner, elgamalHolds } = await lib("crypto.mjs");
const { releaseProver } = await lib("proofs.mjs");

const provider = new ethers.JsonRpcProvider(network.rpcUrl, undefined, { staticNetwork: true });
const work = mkdtempSync(path.join(tmpdir(), "bs-statement-e2e-"));
const USDC = (text) => ethers.parseUnits(text, 6);
const contract = (name, address, signer) => new ethers.Contract(address, artifact(name).abi, signer);

async function cli(args, { expectFail = false } = {}) {
    try {
        const { stdout, stderr } = await run(bshield, ["--json", ...args], { maxBuffer: 1 << 24 });
        if (expectFail) assert.fail(`bshield ${args.join(" ")} succeeded: ${stdout}`);
        return { code: 0, out: JSON.parse(stdout), stderr };
    } catch (e) {
        if (!expectFail || e.code === "ERR_ASSERTION") throw e;
        return { code: e.code, out: e.stdout ? JSON.parse(e.stdout) : null, stderr: e.stderr };
    }
}

after(async () => {
    provider.destroy();
    await releaseProver();
});

let providerWallet;
let operator;
let viaVault;
const payouts = [];
const statementFile = path.join(work, "s.json");
let statement;

const write = (name, object) => {
    const file = path.join(work, name);
    writeFileSync(file, JSON.stringify(object, null, 2));
    return file;
};
const check = (file, { more = [], fails = true } = {}) =>
    cli(["statement", "check", "--in", file, "--rpc", network.rpcUrl, ...more], { expectFail: fails });

before(async () => {
    await initCrypto();
    const deployer = new ethers.NonceManager(devWallet(0, provider));
    const contracts = {
        registrar: contract("Registrar", network.contracts.registrar, provider),
        encryptedERC: contract("EncryptedERC", network.contracts.encryptedErc, provider),
        token: contract("DevUSDC", network.contracts.token, provider),
    };
    operator = await EercAccount.create(deployer, contracts);
    await operator.register();
    let tokenId = await contracts.encryptedERC.tokenIds(network.contracts.token);
    if (tokenId === 0n || (await operator.balance(tokenId)).total < USDC("2")) {
        await operator.deposit(USDC("100"));
        tokenId = await contracts.encryptedERC.tokenIds(network.contracts.token);
    }

    providerWallet = ethers.Wallet.createRandom().connect(provider);
    await (await deployer.sendTransaction({ to: providerWallet.address, value: ethers.parseEther("10") })).wait();
    const pass = path.join(work, "passphrase");
    const keyFile = path.join(work, "wallet.key");
    writeFileSync(pass, "correct horse battery staple\n", { mode: 0o600 });
    writeFileSync(keyFile, providerWallet.privateKey + "\n", { mode: 0o600 });
    const vault = path.join(work, "provider.bsvault");
    await cli(["vault", "create", "--vault", vault, "--passphrase-file", pass, "--network", networkFile,
               "--wallet-key-file", keyFile, "--name", "statement e2e"]);
    viaVault = ["--vault", vault, "--passphrase-file", pass];
    const registered = await cli(["register", ...viaVault]);
    assert.equal(registered.out.status, "registered");

    for (const amount of ["1.500000", "0.250001"]) {
        const receipt = await operator.transfer(providerWallet.address, tokenId, USDC(amount));
        payouts.push({ amount, tx: receipt.hash, block: receipt.blockNumber });
    }
});

test("statement make proves every payout of the period", async () => {
    const { out } = await cli(["statement", "make", ...viaVault, "--from", "2000-01-01",
                               "--to", "2100-01-01", "--out", statementFile]);
    assert.equal(out.lines, "2");
    assert.equal(out.total, "1.750001 USDC");
    assert.equal(out.account, providerWallet.address);
    statement = JSON.parse(readFileSync(statementFile, "utf8"));
    assert.equal(statement.format, "backendshield-statement");
    assert.equal(statement.chainId, Number(network.chainId));
    assert.equal(statement.contracts.encryptedErc, ethers.getAddress(network.contracts.encryptedErc));
    assert.deepEqual(statement.lines.map((l) => [l.txHash, l.amount, l.block]),
                     payouts.map((p) => [p.tx, p.amount, p.block]));
    assert.equal(statement.total, "1.750001");
    for (const l of statement.lines) assert.equal(l.from, operator.address);

    // A period without payouts: an empty statement, not an error.
    const empty = await cli(["statement", "make", ...viaVault, "--from", "2000-01-01",
                             "--to", "2001-01-01", "--out", path.join(work, "empty.json")]);
    assert.equal(empty.out.lines, "0");
});

test("an independent JavaScript check accepts our proofs, against the chain", async () => {
    const registrar = contract("Registrar", network.contracts.registrar, provider);
    const [x, y] = await registrar.getUserPublicKey(providerWallet.address);
    assert.deepEqual(statement.publicKey, [x.toString(), y.toString()]);
    const eerc = new ethers.Interface(artifact("EncryptedERC").abi);
    const keys = await deriveKeysFromSigner(providerWallet); // independent of our derivation
    for (const line of statement.lines) {
        const tx = await provider.getTransaction(line.txHash);
        const call = eerc.parseTransaction({ data: tx.data });
        assert.equal(call.name, "transfer");
        const signals = call.args.proof.publicSignals.map((v) => v.toString());
        assert.deepEqual(line.ciphertext.c1, signals.slice(12, 14));
        assert.deepEqual(line.ciphertext.c2, signals.slice(14, 16));
        const receipt = await provider.getTransactionReceipt(line.txHash);
        const log = receipt.logs.find((l) => l.index === line.logIndex);
        assert.equal(eerc.parseLog(log).name, "PrivateTransfer");
        // The ciphertext really holds the amount (the JS client's own decryption)...
        assert.ok(elgamalHolds(line.ciphertext.c1, line.ciphertext.c2, keys.privateScalar, BigInt(line.value)));
        // ...and our proof of it verifies in the independent implementation.
        const claim = claimOfLine(statement, line);
        assert.ok(verify(claim, line.proof), `line ${line.txHash} verifies in JS`);
        assert.ok(!verify({ ...claim, amount: BigInt(line.value) + 1n }, line.proof));
    }
});

test("statement check accepts the statement: exit 0, every line ok", async () => {
    const r = await check(statementFile, { fails: false });
    assert.equal(r.code, 0);
    assert.equal(r.out.valid, true);
    assert.equal(r.out.keyRegistered, true);
    assert.equal(r.out.failed, 0);
    assert.deepEqual(r.out.lines.map((l) => l.ok), [true, true]);
    // With the operator's network file as the trusted deployment, and in text mode.
    const trusted = await check(statementFile, { more: ["--network", networkFile], fails: false });
    assert.equal(trusted.out.valid, true);
    const { stdout } = await run(bshield, ["statement", "check", "--in", statementFile, "--rpc", network.rpcUrl]);
    assert.match(stdout, /result: every line checks out/);
});

test("statement check accepts proofs made by the JavaScript implementation", async () => {
    const keys = await deriveKeysFromSigner(providerWallet);
    const js = structuredClone(statement);
    for (const line of js.lines) {
        const p = prove(claimOfLine(js, line), keys.privateScalar);
        line.proof = { c: p.c.toString(), z: p.z.toString() };
    }
    assert.notDeepEqual(js.lines[0].proof, statement.lines[0].proof);
    const r = await check(write("js.json", js), { fails: false });
    assert.equal(r.code, 0);
    assert.equal(r.out.valid, true);
});

test("tampered statements fail the check with exit 1", async () => {
    // The amount, consistently edited (value, amount, total): the file reads, the proof fails.
    const amount = structuredClone(statement);
    amount.lines[0].value = "1600000";
    amount.lines[0].amount = "1.600000";
    amount.total = "1.850001";
    let r = await check(write("amount.json", amount));
    assert.equal(r.code, 1);
    assert.equal(r.out.valid, false);
    assert.deepEqual(r.out.lines.map((l) => l.ok), [false, true]);
    assert.match(r.out.lines[0].problem, /proof/);

    // Another transaction (the other payout's hash).
    const tx = structuredClone(statement);
    tx.lines[0].txHash = statement.lines[1].txHash;
    r = await check(write("tx.json", tx));
    assert.equal(r.code, 1);
    assert.equal(r.out.lines[0].ok, false);

    // Another public key (the operator's): not the registered one, and no proof holds.
    const key = structuredClone(statement);
    key.publicKey = operator.keys.publicKey.map(String);
    r = await check(write("key.json", key));
    assert.equal(r.code, 1);
    assert.equal(r.out.keyRegistered, false);
    assert.deepEqual(r.out.lines.map((l) => l.ok), [false, false]);

    // Another chain id: the node is on another chain, the check cannot even start.
    const chain = structuredClone(statement);
    chain.chainId = 43114;
    r = await check(write("chain.json", chain));
    assert.equal(r.code, 1);
    assert.match(r.out.error, /chain/);

    // Another registrar than the eERC contract's own.
    const reg = structuredClone(statement);
    reg.contracts.registrar = ethers.getAddress(network.contracts.token);
    r = await check(write("registrar.json", reg));
    assert.equal(r.code, 1);
    assert.equal(r.out.keyRegistered, false);
    assert.match(r.out.keyProblem, /registrar/);

    // Contracts other than the trusted network's.
    const other = JSON.parse(readFileSync(networkFile, "utf8"));
    other.contracts.registrar = network.contracts.token;
    r = await check(statementFile, { more: ["--network", write("other-network.json", other)] });
    assert.equal(r.code, 1);
    assert.match(r.out.error, /other contracts/);
});

test("usage errors exit 2", async () => {
    const r = await cli(["statement", "check", "--in", statementFile], { expectFail: true });
    assert.equal(r.code, 2);
    const m = await cli(["statement", "make", ...viaVault, "--from", "2026-02-01", "--to", "2026-01-01",
                         "--out", path.join(work, "x.json")], { expectFail: true });
    assert.equal(m.code, 2);
});
