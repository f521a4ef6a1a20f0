// SPDX-License-Identifier: GPL-3.0-or-later
// A provider's life on the devnet with `bshield` alone: a fresh wallet registers with our
// prover, the devnet's JavaScript eERC client (the independent side: snarkjs proofs, ethers)
// pays it two private transfers, and the CLI must show exactly that balance, verified, and
// that history; then it claims part and the rest, and the USDC must arrive in the wallet on
// the token contract. Error cases: an unregistered address, the wrong network, a claim above
// the balance, an RPC that is down.
//
// Amounts go through the deployment's decimals (read from the contracts, not assumed): on a
// contract with fewer decimals than the token (Ava Labs' 2 for a 6-decimal USDC) a payout below
// one eERC unit cannot be carried and stays with the operator as dust, a deposit gets it back,
// and the CLI states the granularity and refuses to claim finer amounts.
//
// Usage: node --test cli_provider.test.mjs   with BSHIELD=<bshield>,
// NETWORK_JSON=<devnet/state/network.json>, DEVNET_DIR=<devnet> in the environment.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { EercAccount, contract, devWallet, ethers, initCrypto, lib, network, networkFile, provider, releaseProver } from "./devnet.mjs";

const run = promisify(execFile);
const bshield = process.env.BSHIELD;
const { eercUnit, toEercUnits } = await lib("units.mjs");

const work = mkdtempSync(path.join(tmpdir(), "bs-cli-e2e-"));
// Set in before() from the token and the EncryptedERC themselves.
let tokenDecimals;
let eercDecimals;
let step; // one eERC unit in token base units: the granularity the contract keeps
const USDC = (text) => ethers.parseUnits(text, tokenDecimals);
// Token base units as the CLI prints them: all of the token's decimals.
function text(baseUnits) {
    if (tokenDecimals === 0) return baseUnits.toString();
    const s = baseUnits.toString().padStart(tokenDecimals + 1, "0");
    return `${s.slice(0, -tokenDecimals)}.${s.slice(-tokenDecimals)}`;
}
// A private transfer carries whole eERC units only.
const eerc = (baseUnits) => toEercUnits(baseUnits, tokenDecimals, eercDecimals);

// A key goes to bshield in a file only it and we can read (never in the environment or on the
// command line).
let keyFiles = 0;
function keyFileOf(key) {
    const file = path.join(work, `key-${keyFiles++}`);
    writeFileSync(file, key + "\n", { mode: 0o600 });
    return file;
}

async function cli(args, { key, expectFail = false, env = process.env } = {}) {
    const all = key ? [...args, "--key-file", keyFileOf(key)] : args;
    try {
        const { stdout, stderr } = await run(bshield, ["--json", ...all], { env, maxBuffer: 1 << 24 });
        if (expectFail) assert.fail(`bshield ${args.join(" ")} succeeded: ${stdout}`);
        return { out: JSON.parse(stdout), stderr };
    } catch (e) {
        if (!expectFail || e.code === "ERR_ASSERTION") throw e;
        return { code: e.code, out: e.stdout ? JSON.parse(e.stdout) : null, stderr: e.stderr };
    }
}

const common = ["--network", networkFile];

// The devnet's snarkjs prover keeps worker threads alive, and the provider its timers:
// without this the process never exits and the test runner waits for it forever.
after(async () => {
    provider.destroy();
    await releaseProver();
});
let providerWallet;
let operator;
let tokenId;
const payouts = [];

before(async () => {
    await initCrypto();
    // One NonceManager for every transaction of the operator account: ethers caches
    // getTransactionCount for a moment, and back-to-back sends would reuse a nonce.
    const deployer = new ethers.NonceManager(devWallet(0, provider));
    const contracts = {
        registrar: contract("Registrar", network.contracts.registrar, provider),
        encryptedERC: contract("EncryptedERC", network.contracts.encryptedErc, provider),
        token: contract("DevUSDC", network.contracts.token, provider),
    };
    tokenDecimals = Number(await contracts.token.decimals());
    eercDecimals = Number(await contracts.encryptedERC.decimals());
    assert.equal(tokenDecimals, network.token.decimals, "network.json names the token's decimals");
    assert.equal(eercDecimals, network.eercDecimals, "network.json names the eERC's decimals");
    step = eercUnit(tokenDecimals, eercDecimals);
    operator = await EercAccount.create(deployer, contracts);
    await operator.register();

    // A wallet nobody has used: gas money from the deployer, nothing else.
    providerWallet = ethers.Wallet.createRandom().connect(provider);
    await (await deployer.sendTransaction({ to: providerWallet.address, value: ethers.parseEther("10") })).wait();

    // The operator needs an eERC balance to pay from.
    tokenId = await contracts.encryptedERC.tokenIds(network.contracts.token);
    const needed = USDC("2");
    if (tokenId === 0n || (await operator.balance(tokenId)).total < needed) {
        await operator.deposit(USDC("100"));
        tokenId = await contracts.encryptedERC.tokenIds(network.contracts.token);
    }
});

test("keys show prints the address and the eERC public key, no secret", async () => {
    const { out } = await cli(["keys", "show"], { key: providerWallet.privateKey });
    assert.equal(out.address, providerWallet.address);
    assert.match(out.publicKeyX, /^\d+$/);
    assert.ok(!JSON.stringify(out).includes(providerWallet.privateKey.slice(2)));
});

test("an unregistered address has no balance to show", async () => {
    const r = await cli(["balance", ...common], { key: providerWallet.privateKey, expectFail: true });
    assert.equal(r.code, 1);
    assert.match(r.out.error, /not registered/);
});

test("register with our prover; the Registrar holds the key the CLI shows", async () => {
    const { out } = await cli(["register", ...common], { key: providerWallet.privateKey });
    assert.equal(out.status, "registered");
    assert.match(out.transaction, /^0x[0-9a-f]{64}$/);
    const registrar = contract("Registrar", network.contracts.registrar, provider);
    const [x, y] = await registrar.getUserPublicKey(providerWallet.address);
    const keys = await cli(["keys", "show"], { key: providerWallet.privateKey });
    assert.equal(x.toString(), keys.out.publicKeyX);
    assert.equal(y.toString(), keys.out.publicKeyY);
    const receipt = await provider.getTransactionReceipt(out.transaction);
    assert.equal(receipt.status, 1);

    const again = await cli(["register", ...common], { key: providerWallet.privateKey });
    assert.equal(again.out.status, "already-registered");
});

// The provider's balance after the two payouts: 1.75 and the smallest amount the contract keeps.
const paid = () => USDC("1.75") + step;

test("two payouts from the JS side: balance verified and history exact", async () => {
    for (const amount of [USDC("1.5"), USDC("0.25") + step]) {
        const { value, dust } = eerc(amount);
        assert.equal(dust, 0n);
        const receipt = await operator.transfer(providerWallet.address, tokenId, value);
        payouts.push({ amount: text(amount), tx: receipt.hash, block: receipt.blockNumber });
    }
    const { out } = await cli(["balance", ...common], { key: providerWallet.privateKey });
    assert.equal(out.amount, text(paid()));
    assert.equal(out.baseUnits, paid().toString());
    assert.equal(out.status, "verified");
    assert.equal(out.granularity, text(step));

    const h = await cli(["history", ...common], { key: providerWallet.privateKey });
    const credits = h.out.entries.filter((e) => e.kind === "credit");
    assert.deepEqual(credits.map((e) => [e.amount, e.transaction, Number(e.block)]),
                     payouts.map((p) => [p.amount, p.tx, p.block]));
    for (const e of credits) {
        assert.equal(e.source, "transfer");
        assert.equal(e.counterparty, operator.address);
        const block = await provider.getBlock(Number(e.block));
        assert.equal(Date.parse(e.time) / 1000, block.timestamp);
    }
});

test("the same from a vault: keys and network from the vault, history kept between runs", async () => {
    const vault = path.join(work, "provider.bsvault");
    const pass = path.join(work, "passphrase");
    const keyFile = path.join(work, "wallet.key");
    writeFileSync(pass, "correct horse battery staple\n", { mode: 0o600 });
    writeFileSync(keyFile, providerWallet.privateKey + "\n", { mode: 0o600 });
    await cli(["vault", "create", "--vault", vault, "--passphrase-file", pass, "--network", networkFile,
               "--wallet-key-file", keyFile, "--name", "e2e provider"]);
    const viaVault = ["--vault", vault, "--passphrase-file", pass];
    const { out } = await cli(["balance", ...viaVault]);
    assert.equal(out.amount, text(paid()));
    assert.equal(out.status, "verified");
    assert.equal(out.address, providerWallet.address);

    const first = await cli(["history", ...viaVault]);
    const second = await cli(["history", ...viaVault]); // from the vault's cache + new blocks
    assert.deepEqual(second.out.entries, first.out.entries);
    assert.deepEqual(first.out.entries.map((e) => [e.amount, e.transaction]),
                     payouts.map((p) => [p.amount, p.tx]));
});

test("claim above the balance is refused before anything is sent", async () => {
    const nonce = await provider.getTransactionCount(providerWallet.address);
    const r = await cli(["claim", ...common, "--amount", text(paid() + step)],
                        { key: providerWallet.privateKey, expectFail: true });
    assert.equal(r.code, 1);
    assert.match(r.out.error, /more than the balance/);
    assert.equal(await provider.getTransactionCount(providerWallet.address), nonce);
});

test("a dry run proves and checks but sends nothing", async () => {
    const nonce = await provider.getTransactionCount(providerWallet.address);
    const { out } = await cli(["claim", ...common, "--amount", "0.5", "--dry-run"],
                              { key: providerWallet.privateKey });
    assert.equal(out.status, "dry-run-ok");
    assert.equal(out.amount, text(USDC("0.5")));
    assert.equal(await provider.getTransactionCount(providerWallet.address), nonce);
});

test("below the contract's granularity: the payout stays with the operator as dust", async () => {
    if (step === 1n) {
        // The contract keeps every decimal of the token: nothing is ever dust.
        assert.equal(eerc(1n).dust, 0n);
        return;
    }
    // An operator paying half a step (e.g. 0.005 USDC with 2 eERC decimals) has nothing a
    // private transfer could carry: all of it is dust, and the provider's balance is unchanged.
    const half = step / 2n;
    assert.deepEqual(eerc(half), { value: 0n, dust: half });
    // A deposit with a sub-step remainder: the contract credits whole eERC units and sends
    // the remainder back to the depositor (its Deposit event names it).
    const token = contract("DevUSDC", network.contracts.token, provider);
    const eercContract = contract("EncryptedERC", network.contracts.encryptedErc, provider);
    const before = await token.balanceOf(operator.address);
    const balanceBefore = (await operator.balance(tokenId)).total;
    const receipt = await operator.deposit(USDC("1") + half);
    const deposit = receipt.logs
        .filter((l) => l.address.toLowerCase() === network.contracts.encryptedErc.toLowerCase())
        .map((l) => eercContract.interface.parseLog(l))
        .find((e) => e?.name === "Deposit");
    assert.equal(deposit.args.dust, half);
    assert.equal(await token.balanceOf(operator.address), before - USDC("1"));
    assert.equal((await operator.balance(tokenId)).total, balanceBefore + eerc(USDC("1")).value);

    // The CLI says so: the balance states the granularity, and a claim finer than it is
    // refused before anything is sent, naming the step.
    const { out } = await cli(["balance", ...common], { key: providerWallet.privateKey });
    assert.equal(out.amount, text(paid()));
    assert.equal(out.granularity, text(step));
    const nonce = await provider.getTransactionCount(providerWallet.address);
    const r = await cli(["claim", ...common, "--amount", text(half)],
                        { key: providerWallet.privateKey, expectFail: true });
    assert.equal(r.code, 1);
    assert.match(r.out.error, /fewer decimals.*rounder amount/);
    assert.equal(await provider.getTransactionCount(providerWallet.address), nonce);
});

test("a key in the environment is refused, naming the file option", async () => {
    const r = await cli(["balance", ...common], {
        key: providerWallet.privateKey, expectFail: true,
        env: { ...process.env, BSHIELD_WALLET_KEY: providerWallet.privateKey },
    });
    assert.equal(r.code, 1);
    assert.match(r.out.error, /--key-file/);
    // And from standard input ("-") it works.
    const piped = await new Promise((resolve, reject) => {
        const child = execFile(bshield, ["--json", "balance", ...common, "--key-file", "-"],
                               (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout))));
        child.stdin.end(providerWallet.privateKey + "\n");
    });
    assert.equal(piped.address, providerWallet.address);
});

test("a claim interrupted after sending is followed to its end by the next run", async () => {
    const token = contract("DevUSDC", network.contracts.token, provider);
    const vault = path.join(work, "provider.bsvault");
    // The vault holds keys and network; the circuit files come from the network file.
    const viaVault = ["--vault", vault, "--passphrase-file", path.join(work, "passphrase"),
                      "--network", networkFile];
    const before = await token.balanceOf(providerWallet.address);
    const latest = await provider.getTransactionCount(providerWallet.address, "latest");

    // Blocks stop coming: the claim is sent but cannot be mined, and the process is killed
    // while it waits, as a crash or a closed laptop would.
    await provider.send("evm_setAutomine", [false]);
    try {
        const child = spawn(bshield, ["claim", ...viaVault, "--amount", "0.1"],
                            { stdio: "ignore", env: process.env });
        const deadline = Date.now() + 300000;
        while (await provider.getTransactionCount(providerWallet.address, "pending") === latest) {
            assert.ok(Date.now() < deadline, "the claim was never sent");
            await new Promise((r) => setTimeout(r, 200));
        }
        child.kill("SIGKILL");
        await new Promise((r) => child.once("exit", r));
    } finally {
        await provider.send("evm_setAutomine", [true]);
    }
    await provider.send("evm_mine", []);
    assert.equal(await token.balanceOf(providerWallet.address), before + USDC("0.1"));

    // The next claim first settles the recorded one, then makes its own.
    const next = await cli(["claim", ...viaVault, "--amount", "0.1"]);
    assert.match(next.stderr, /earlier claim was confirmed/);
    assert.equal(next.out.received, text(USDC("0.1")));
    assert.equal(await token.balanceOf(providerWallet.address), before + USDC("0.2"));
    const third = await cli(["claim", ...viaVault, "--amount", text(step), "--dry-run"]);
    assert.doesNotMatch(third.stderr, /earlier claim/, "nothing left pending");
});

test("claim part, then all: the USDC arrives on the token contract", async () => {
    const token = contract("DevUSDC", network.contracts.token, provider);
    const before = await token.balanceOf(providerWallet.address);

    const part = await cli(["claim", ...common, "--amount", "0.5"], { key: providerWallet.privateKey });
    assert.equal(part.out.status, "claimed");
    assert.equal(part.out.received, text(USDC("0.5")));
    assert.equal(await token.balanceOf(providerWallet.address), before + USDC("0.5"));
    let bal = await cli(["balance", ...common], { key: providerWallet.privateKey });
    assert.equal(bal.out.amount, text(paid() - USDC("0.7")));
    assert.equal(bal.out.status, "verified");

    const rest = await cli(["claim", ...common, "--amount", "all"], { key: providerWallet.privateKey });
    assert.equal(rest.out.received, text(paid() - USDC("0.7")));
    assert.equal(await token.balanceOf(providerWallet.address), paid());
    bal = await cli(["balance", ...common], { key: providerWallet.privateKey });
    assert.equal(bal.out.amount, text(0n));
    assert.equal(bal.out.status, "verified");

    const h = await cli(["history", ...common], { key: providerWallet.privateKey });
    const debits = h.out.entries.filter((e) => e.kind === "debit");
    assert.deepEqual(debits.map((e) => [e.source, e.amount]),
                     [["withdraw", text(USDC("0.1"))], ["withdraw", text(USDC("0.1"))],
                      ["withdraw", text(USDC("0.5"))], ["withdraw", text(paid() - USDC("0.7"))]]);
    assert.deepEqual(debits.slice(2).map((e) => e.transaction),
                     [part.out.transaction, rest.out.transaction]);
});

test("an address registered with another key is never re-registered over it", async () => {
    // Someone (another client, a bug) registered this address with a key that is not the one
    // derived from its wallet. Re-registering would replace it and strand that balance.
    const { mulBase, registrationHash, randomBelow, L } = await lib("crypto.mjs");
    const { prove } = await lib("proofs.mjs");
    const { proofArg } = await lib("eerc.mjs");
    const wallet = ethers.Wallet.createRandom().connect(provider);
    const funder = new ethers.NonceManager(devWallet(1, provider));
    await (await funder.sendTransaction({ to: wallet.address, value: ethers.parseEther("1") })).wait();
    const s = randomBelow(L, 1n);
    const chainId = BigInt(network.chainId);
    const proof = await prove("registration", {
        SenderPrivateKey: s,
        SenderPublicKey: mulBase(s),
        SenderAddress: BigInt(wallet.address),
        ChainID: chainId,
        RegistrationHash: registrationHash(chainId, s, wallet.address),
    });
    const registrar = contract("Registrar", network.contracts.registrar, wallet);
    await (await registrar.register(proofArg(proof))).wait();
    const [x, y] = await registrar.getUserPublicKey(wallet.address);

    const r = await cli(["register", ...common], { key: wallet.privateKey, expectFail: true });
    assert.equal(r.code, 1);
    assert.match(r.out.error, /different eERC key/);
    const after = await registrar.getUserPublicKey(wallet.address);
    assert.deepEqual([after[0], after[1]], [x, y], "the key on chain is unchanged");
    const b = await cli(["balance", ...common], { key: wallet.privateKey, expectFail: true });
    assert.match(b.out.error, /different eERC key/);
});

test("the wrong network is refused", async () => {
    const wrong = path.join(work, "wrong-chain.json");
    const other = network.chainId + 1;
    writeFileSync(wrong, JSON.stringify({ ...network, chainId: other }));
    const r = await cli(["balance", "--network", wrong], { key: providerWallet.privateKey, expectFail: true });
    assert.equal(r.code, 1);
    assert.match(r.out.error, new RegExp(`chain ${network.chainId}\\b.*chain ${other}\\b`));
});

test("an RPC that is down is a clear error", async () => {
    const r = await cli(["balance", ...common, "--rpc", "http://127.0.0.1:9"],
                        { key: providerWallet.privateKey, expectFail: true });
    assert.equal(r.code, 1);
    assert.match(r.out.error, /cannot reach http:\/\/127\.0\.0\.1:9/);
});
