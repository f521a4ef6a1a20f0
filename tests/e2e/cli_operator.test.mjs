// SPDX-License-Identifier: GPL-3.0-or-later
// An operator's work on the devnet with `bshield operator` alone, checked against the
// devnet's own JavaScript side (ethers, the eERC client, the reference server's API): an
// operator vault is made from the devnet operator's key; two providers register on chain and
// with the server (JS); the CLI lists them, approves them (and refuses a transition the spec
// forbids), creates a usage server whose token (printed once) submits usage over fetch; the
// dry run shows the allocation that the revenue rule gives (computed here in BigInt), summed
// to the pool, with the funding the chain shows (the operator's eERC balance decrypted by the
// JS client plus its USDC); bad input is refused with nothing sent; a cycle is started and
// followed to completed, and each provider decrypts exactly its amount on chain; a provider is
// suspended (its usage then refused) and reinstated (accepted again); the server is revoked
// and its token refused (401).
//
// Usage: node --test cli_operator.test.mjs   with BSHIELD=<bshield>,
// NETWORK_JSON=<devnet/state/network.json>, DEVNET_DIR=<devnet> in the environment.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { EercAccount, apiClient, contract, devWallet, ethers, initCrypto, lib, network, networkFile, provider, registerProvider, releaseProver } from "./devnet.mjs";

const run = promisify(execFile);
const bshield = process.env.BSHIELD;
const apiBase = network.operatorUrl;
const { toTokenUnits } = await lib("units.mjs");

const { api, must, all } = apiClient(apiBase);
const work = mkdtempSync(path.join(tmpdir(), "bs-cli-operator-"));
const TOKEN_DECIMALS = network.token.decimals;
const EERC_DECIMALS = network.eercDecimals;
const units = (text) => ethers.parseUnits(text, TOKEN_DECIMALS);

// A period of this run alone: one hour from a random second of 2002. In the past on purpose:
// `devnet/devnet cycle` starts its period at the end of the latest cycle.
const from = new Date(Date.UTC(2002, 0, 1) + Math.floor(Math.random() * 364 * 86400) * 1000);
const to = new Date(from.getTime() + 3600_000);
const iso = (d) => d.toISOString().replace(".000Z", "Z");
const period = ["--from", iso(from), "--to", iso(to)];

async function cli(args, { expectFail = false, json = true } = {}) {
    const argv = json ? ["--json", ...args] : args;
    try {
        const { stdout, stderr } = await run(bshield, argv, { maxBuffer: 1 << 24 });
        if (expectFail) assert.fail(`bshield ${args.join(" ")} succeeded: ${stdout}`);
        return { out: json ? JSON.parse(stdout) : stdout, stderr };
    } catch (e) {
        if (!expectFail || e.code === "ERR_ASSERTION") throw e;
        let out = null;
        try {
            out = json && e.stdout ? JSON.parse(e.stdout) : e.stdout;
        } catch {
            out = e.stdout;
        }
        return { code: e.code, out, stderr: e.stderr };
    }
}

let viaVault;
let operatorAccount;
let token;
let encryptedERC;
const providers = []; // { wallet, eerc, providerId }
let serverId;
let bearer;

async function submitUsage(records, batch = `e2e-${Date.now()}-${Math.random()}`) {
    const res = await fetch(`${apiBase}/usage/submit`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${bearer}` },
        body: JSON.stringify({
            batchId: batch,
            periodStart: iso(new Date(from.getTime() + 60_000)),
            periodEnd: iso(new Date(from.getTime() + 120_000)),
            records: records.map(([p, calls]) => ({ providerId: p.providerId, calls, bytesOut: 10, responseMsTotal: 5, errors: 0 })),
        }),
    });
    return { status: res.status, body: await res.json() };
}

// The revenue rule of the spec, independently of the server's and our C++ code.
function allocate(pool, weights) {
    const total = weights.reduce((s, [, w]) => s + w, 0n);
    const rows = weights
        .map(([id, w]) => ({ id, amount: (pool * w) / total, rem: (pool * w) % total }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let left = pool - rows.reduce((s, r) => s + r.amount, 0n);
    for (const r of [...rows].sort((a, b) => (a.rem === b.rem ? (a.id < b.id ? -1 : 1) : a.rem > b.rem ? -1 : 1))) {
        if (left === 0n) break;
        r.amount += 1n;
        left -= 1n;
    }
    return rows;
}

const cyclesNow = async () => (await all("/revenue/cycles", devWallet(0))).length;

after(async () => {
    provider.destroy();
    await releaseProver();
});

before(async () => {
    await initCrypto();
    const deployer = new ethers.NonceManager(devWallet(0, provider));
    token = contract("DevUSDC", network.contracts.token);
    encryptedERC = contract("EncryptedERC", network.contracts.encryptedErc);
    const registrar = contract("Registrar", network.contracts.registrar);
    operatorAccount = await EercAccount.create(deployer, { registrar, encryptedERC, token });
    // An eERC balance to decrypt: the funding shown must be what the JS client decrypts.
    await operatorAccount.register();
    const id = await encryptedERC.tokenIds(network.contracts.token);
    if (id === 0n || (await operatorAccount.balance(id)).total === 0n) await operatorAccount.deposit(units("2.5"));

    // The operator's vault, from the devnet operator's key (Hardhat account 0).
    const vault = path.join(work, "operator.bsvault");
    const pass = path.join(work, "passphrase");
    const keyFile = path.join(work, "operator.key");
    writeFileSync(pass, "operator passphrase for e2e\n", { mode: 0o600 });
    writeFileSync(keyFile, network.accounts[0].privateKey + "\n", { mode: 0o600 });
    await cli(["vault", "create", "--vault", vault, "--passphrase-file", pass, "--network", networkFile,
               "--wallet-key-file", keyFile, "--role", "operator", "--name", "e2e operator"]);
    viaVault = ["--vault", vault, "--passphrase-file", pass];

    // Two providers, registered on chain (their own proofs, JS) and with the server.
    for (const name of ["alpha", "beta"]) {
        const { wallet, eerc, providerId } = await registerProvider({ name, funder: deployer, api, must, pricing: "paid" });
        providers.push({ wallet, eerc, providerId });
    }
    // providerId order: the order of the allocation table.
    providers.sort((a, b) => (a.providerId < b.providerId ? -1 : 1));
});

test("a vault of another role is refused", async () => {
    const vault = path.join(work, "provider.bsvault");
    const pass = path.join(work, "passphrase");
    await cli(["vault", "create", "--vault", vault, "--passphrase-file", pass, "--network", networkFile,
               "--generate-key", "--role", "provider"]);
    const r = await cli(["operator", "providers", "--vault", vault, "--passphrase-file", pass], { expectFail: true });
    assert.equal(r.code, 1);
    assert.match(r.out.error, /operator profile/);
});

test("providers lists the new registrations, with the status filter", async () => {
    const { out } = await cli(["operator", "providers", "--status", "registered", ...viaVault]);
    for (const p of providers) {
        const listed = out.providers.find((x) => x.providerId === p.providerId);
        assert.ok(listed, `${p.providerId} listed`);
        assert.equal(listed.address, p.wallet.address);
        assert.equal(listed.status, "registered");
        assert.equal(listed.onchainRegistered, true);
        assert.deepEqual(listed.eercPublicKey, p.eerc.keys.publicKey.map(String));
    }
    const integrated = await cli(["operator", "providers", "--status", "integrated", ...viaVault]);
    assert.ok(!integrated.out.providers.some((x) => x.providerId === providers[0].providerId));
    const bad = await cli(["operator", "providers", "--status", "retired", ...viaVault], { expectFail: true });
    assert.equal(bad.code, 2);
});

test("approve both; a transition the spec forbids is explained", async () => {
    for (const p of providers) {
        const { out } = await cli(["operator", "provider-status", p.providerId, "integrated",
                                   "--reason", "wired into FlowMCP", ...viaVault]);
        assert.equal(out.status, "integrated");
        assert.equal(out.providerId, p.providerId);
    }
    const r = await cli(["operator", "provider-status", providers[0].providerId, "registered",
                         "--reason", "undo", ...viaVault], { expectFail: true });
    assert.equal(r.code, 1);
    assert.match(r.out.error, /is integrated: only a suspended provider can be reinstated/);
    const missing = await cli(["operator", "provider-status", providers[0].providerId, "integrated", ...viaVault],
                              { expectFail: true });
    assert.equal(missing.code, 2); // --reason is required
});

test("a usage server: its token once, with a warning; usage submitted with it", async () => {
    const { out, stderr } = await cli(["operator", "server-create", "e2e flowmcp", ...viaVault]);
    assert.match(out.serverId, /^srv_/);
    assert.equal(out.status, "active");
    assert.match(out.token, /^\S{16,}$/);
    assert.match(stderr, /only time the token .* is shown; store it now/);
    serverId = out.serverId;
    bearer = out.token;

    const list = await cli(["operator", "servers", ...viaVault]);
    const listed = list.out.servers.find((s) => s.serverId === serverId);
    assert.equal(listed.status, "active");
    assert.equal(listed.name, "e2e flowmcp");
    assert.ok(!JSON.stringify(list.out).includes(bearer), "the token is never listed");

    const usage = await submitUsage([[providers[0], 300], [providers[1], 100]]);
    assert.equal(usage.status, 202);
    assert.equal(usage.body.accepted, 2);
});

test("dry run: the rule's allocation, summed to the pool, funding as the chain shows it", async () => {
    const pool = units("1.000001");
    const cyclesBefore = await cyclesNow();
    const { out } = await cli(["operator", "distribute", ...period, "--pool", "1.000001", "--dry-run", ...viaVault]);
    assert.equal(out.periodStart, iso(from));
    assert.equal(out.poolBaseUnits, pool.toString());
    const d = out.dryRun;
    assert.equal(d.status, "calculated");
    assert.equal(d.totalWeight, "400");
    assert.equal(d.recomputed, "matches");
    assert.deepEqual(d.differences, []);
    assert.equal(d.sumMatchesPool, true);
    assert.equal(units(d.sum), pool);
    const expected = allocate(pool, providers.map((p, i) => [p.providerId, i === 0 ? 300n : 100n]));
    const eercUnit = TOKEN_DECIMALS > EERC_DECIMALS ? 10n ** BigInt(TOKEN_DECIMALS - EERC_DECIMALS) : 1n;
    assert.deepEqual(d.allocations.map((a) => [a.providerId, a.amountBaseUnits, units(a.dust)]),
                     expected.map((e) => [e.id, e.amount.toString(), e.amount % eercUnit]));
    assert.deepEqual(d.allocations.map((a) => a.address), providers.map((p) => p.wallet.address));
    assert.deepEqual(d.allocations.map((a) => a.share), ["75.00", "25.00"]);

    // The funding: the operator's eERC balance decrypted by the JS client, its USDC.
    const tokenId = await encryptedERC.tokenIds(network.contracts.token);
    const eerc = tokenId === 0n ? 0n : toTokenUnits((await operatorAccount.balance(tokenId)).total, TOKEN_DECIMALS, EERC_DECIMALS);
    const wallet = await token.balanceOf(operatorAccount.address);
    assert.equal(out.funding.account, network.operatorAddress);
    assert.ok(eerc > 0n, "the operator holds an eERC balance");
    assert.equal(units(out.funding.eercBalance), eerc);
    assert.equal(out.funding.eercBalanceStatus, "verified");
    assert.equal(units(out.funding.walletBalance), wallet);
    assert.equal(units(out.funding.total), eerc + wallet);
    assert.equal(await cyclesNow(), cyclesBefore, "a dry run starts nothing");

    // The same as a table for people.
    const text = await cli(["operator", "distribute", ...period, "--pool", "1.000001", "--dry-run", ...viaVault], { json: false });
    assert.match(text.out, new RegExp(`${providers[0].providerId}\\s+300\\s+75\\.00%\\s+0\\.750001`));
    assert.match(text.out, /sum\s+1\.000001 {2}= pool/);
    assert.match(text.out, /every figure matches/);
});

test("bad input is refused before anything is sent", async () => {
    const before = await cyclesNow();
    const tooPrecise = await cli(["operator", "distribute", ...period, "--pool", "1.0000001", ...viaVault], { expectFail: true });
    assert.equal(tooPrecise.code, 1);
    assert.match(tooPrecise.out.error, /more than 6 digits after the point/);
    const empty = await cli(["operator", "distribute", "--from", iso(to), "--to", iso(from), "--pool", "1", ...viaVault],
                            { expectFail: true });
    assert.equal(empty.code, 1);
    assert.match(empty.out.error, /period is empty/);
    const broke = await cli(["operator", "distribute", ...period, "--pool", "1000000000000", ...viaVault], { expectFail: true });
    assert.equal(broke.code, 1);
    assert.match(broke.out.error, /cannot fund 1000000000000\.000000 USDC.*choose a smaller pool/);
    const notATime = await cli(["operator", "distribute", "--from", "yesterday", "--to", iso(to), "--pool", "1", ...viaVault],
                               { expectFail: true });
    assert.equal(notATime.code, 2);
    assert.equal(await cyclesNow(), before);
});

let cycleId;

test("start the cycle and follow it to completed; each provider decrypts its amount", async () => {
    const pool = units("1.000001");
    const before = await Promise.all(providers.map(async (p) => {
        const id = await encryptedERC.tokenIds(network.contracts.token);
        return id === 0n ? 0n : (await p.eerc.balance(id)).total;
    }));
    const { out, stderr } = await cli(["operator", "distribute", ...period, "--pool", "1.000001", "--follow", ...viaVault]);
    const c = out.cycle;
    cycleId = c.cycleId;
    assert.equal(c.status, "completed", stderr);
    assert.equal(c.transfers.length, 2);
    const expected = allocate(pool, providers.map((p, i) => [p.providerId, i === 0 ? 300n : 100n]));
    const tokenId = await encryptedERC.tokenIds(network.contracts.token);
    for (const [i, p] of providers.entries()) {
        const t = c.transfers.find((x) => x.providerId === p.providerId);
        assert.equal(t.status, "confirmed");
        assert.equal(units(t.amount), expected[i].amount);
        const receipt = await provider.getTransactionReceipt(t.txHash);
        assert.equal(receipt.status, 1);
        assert.equal(receipt.blockNumber, t.blockNumber);
        // What the provider's own key decrypts on chain: the allocation minus its dust.
        const after = (await p.eerc.balance(tokenId)).total;
        assert.equal(toTokenUnits(after - before[i], TOKEN_DECIMALS, EERC_DECIMALS), units(t.amount) - units(t.dust));
    }
    assert.equal(units(c.distributed) + units(c.dust), pool);

    // Listed as completed; the same period again is refused before anything is sent.
    const one = await cli(["operator", "cycle", cycleId, ...viaVault]);
    assert.equal(one.out.status, "completed");
    const listed = await cli(["operator", "cycles", ...viaVault]);
    assert.equal(listed.out.cycles.find((x) => x.cycleId === cycleId).status, "completed");
    const count = await cyclesNow();
    const again = await cli(["operator", "distribute", ...period, "--pool", "1", ...viaVault], { expectFail: true });
    assert.equal(again.code, 1);
    assert.match(again.out.error, new RegExp(`overlaps cycle ${cycleId} \\(completed`));
    assert.equal(await cyclesNow(), count);
});

test("suspend a provider: its usage is refused from then on", async () => {
    const { out } = await cli(["operator", "provider-status", providers[1].providerId, "suspended",
                               "--reason", "e2e: contract ended", ...viaVault]);
    assert.equal(out.status, "suspended");
    const usage = await submitUsage([[providers[1], 5]]);
    assert.equal(usage.status, 422);
    const suspended = await cli(["operator", "providers", "--status", "suspended", ...viaVault]);
    assert.ok(suspended.out.providers.some((x) => x.providerId === providers[1].providerId));
});

test("reinstate the suspended provider: its usage is accepted again", async () => {
    // Not straight back to integrated: a suspended provider is reinstated (registered), then
    // approved again.
    const direct = await cli(["operator", "provider-status", providers[1].providerId, "integrated",
                              "--reason", "e2e: contract renewed", ...viaVault], { expectFail: true });
    assert.equal(direct.code, 1);
    assert.match(direct.out.error, /cannot be approved directly; reinstate it/);
    const reinstated = await cli(["operator", "provider-status", providers[1].providerId, "registered",
                                  "--reason", "e2e: contract renewed", ...viaVault]);
    assert.equal(reinstated.out.status, "registered");
    const { out } = await cli(["operator", "provider-status", providers[1].providerId, "integrated",
                               "--reason", "e2e: contract renewed", ...viaVault]);
    assert.equal(out.status, "integrated");
    const integrated = await cli(["operator", "providers", "--status", "integrated", ...viaVault]);
    assert.ok(integrated.out.providers.some((x) => x.providerId === providers[1].providerId));
    // (Usage moves it on to earning_revenue, so the list is read before.)
    assert.equal((await submitUsage([[providers[1], 1]])).status, 202);
});

test("revoke the usage server: its token is refused (401)", async () => {
    assert.equal((await submitUsage([[providers[0], 1]])).status, 202);
    const { out } = await cli(["operator", "server-revoke", serverId, ...viaVault]);
    assert.equal(out.status, "revoked");
    assert.equal((await submitUsage([[providers[0], 1]])).status, 401);
    const revoked = await cli(["operator", "servers", "--status", "revoked", ...viaVault]);
    const listed = revoked.out.servers.find((s) => s.serverId === serverId);
    assert.equal(listed.status, "revoked");
    assert.match(listed.revokedAt, /^\d{4}-\d{2}-\d{2}T/);
    const again = await cli(["operator", "server-revoke", serverId, ...viaVault], { expectFail: true });
    assert.equal(again.code, 1);
    assert.match(again.out.error, /already revoked/);
});

test("leave the devnet clean: the other provider is suspended too", async () => {
    const { out } = await cli(["operator", "provider-status", providers[0].providerId, "suspended",
                               "--reason", "e2e finished", ...viaVault]);
    assert.equal(out.status, "suspended");
});
