// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's verification with `bshield audit` against the devnet: a vault made from the
// devnet's auditor key (Hardhat account 1); a cycle paid by the reference operator server for
// a period of this test's own; a clean verification (exit 0) whose decrypted amounts equal the
// devnet's JavaScript decryption of the same auditor PCTs (the independent side), whose report
// checks with `report-check` and with ethers over our canonical JSON, and whose CSV has a row
// per payout; a tampered copy that fails; then the server restarted with each lie of
// `--misbehave` and a payout outside any cycle, each found as its finding kind (exit 3); the
// server down (exit 3, "report-unavailable", the chain still read). The server is made honest
// and running again at the end.
//
// Usage: node --test cli_audit.test.mjs   with BSHIELD=<bshield>,
// NETWORK_JSON=<devnet/state/network.json>, DEVNET_DIR=<devnet> in the environment.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { apiClient, chainNow, contract, devWallet, devnetCommand, ethers, initCrypto, lib, network, networkFile, provider, registerProvider, releaseProver, setServer } from "./devnet.mjs";

const run = promisify(execFile);
const bshield = process.env.BSHIELD;
const { auditorHistory } = await lib("eerc.mjs");
const { deriveKeysFromSigner } = await lib("crypto.mjs");

assert.ok(network.operatorUrl, "the devnet's network.json names no operator server");
const { api, must } = apiClient(network.operatorUrl);
const work = mkdtempSync(path.join(tmpdir(), "bs-audit-e2e-"));
const vault = path.join(work, "auditor.bsvault");
const pass = path.join(work, "passphrase");
const viaVault = ["--vault", vault, "--passphrase-file", pass];
const operatorWallet = devWallet(0, provider);
const auditorWallet = devWallet(1, provider);
const encryptedERC = contract("EncryptedERC", network.contracts.encryptedErc);
const iso = (ms) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function cli(args, { expect = 0 } = {}) {
    let code = 0, stdout = "", stderr = "";
    try {
        ({ stdout, stderr } = await run(bshield, ["--json", ...args], { maxBuffer: 1 << 28 }));
    } catch (e) {
        code = e.code;
        stdout = e.stdout;
        stderr = e.stderr;
    }
    assert.equal(code, expect, `bshield ${args.join(" ")} exited ${code}: ${stderr}\n${stdout}`);
    return JSON.parse(stdout);
}

// Canonical JSON (docs/audit-report.md): sorted keys, no white space; our reports hold only
// strings, integers, booleans and null, for which JSON.stringify writes RFC 8785.
function canonical(v) {
    if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
    if (v && typeof v === "object")
        return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
    return JSON.stringify(v);
}

let periodStart;
let cycle;
const recipients = [];

before(async () => {
    await initCrypto();
    const deployer = new ethers.NonceManager(operatorWallet);
    // Two providers nobody has used: registered on chain (the devnet's JS prover) and with
    // the operator, who integrates them.
    for (let i = 0; i < 2; i++) {
        const { wallet, providerId } = await registerProvider({ name: `audit${i}`, funder: deployer, api, must });
        must(await api("POST", `/providers/${providerId}/status`, {
            as: operatorWallet, body: { status: "integrated", reason: "audit e2e" },
        }), 200);
        recipients.push({ wallet, providerId });
    }
    const server = must(await api("POST", "/servers", { as: operatorWallet, body: { name: `audit-e2e-${Date.now()}` } }), 201);

    // A period of this test's own, after everything earlier tests paid: [start, start + 2 s).
    periodStart = Math.ceil((await chainNow()) / 1000) * 1000 + 1000;
    const periodEnd = periodStart + 2000;
    while (Date.now() < periodEnd + 500) await sleep(200);
    const period = { periodStart: iso(periodStart), periodEnd: iso(periodEnd) };
    must(await api("POST", "/usage/submit", {
        token: server.token,
        body: { batchId: `audit-e2e-${periodStart}`, ...period,
                records: recipients.map((r, i) => ({ providerId: r.providerId, calls: 300 + 200 * i, bytesOut: 0, responseMsTotal: 0, errors: 0 })) },
    }), 202);
    const started = must(await api("POST", "/revenue/distribute", { as: operatorWallet, body: { ...period, pool: "3000001" } }), 202);
    do {
        await sleep(500);
        cycle = must(await api("GET", `/revenue/cycles/${started.cycleId}`, { as: operatorWallet }), 200);
    } while (!["completed", "failed", "skipped_insufficient_usage"].includes(cycle.status));
    assert.equal(cycle.status, "completed", JSON.stringify(cycle));
    assert.equal(cycle.transfers.length, 2);

    // The auditor's vault from the devnet's auditor key.
    const keyFile = path.join(work, "auditor.key");
    writeFileSync(pass, "audit e2e passphrase\n", { mode: 0o600 });
    writeFileSync(keyFile, network.accounts.find((a) => a.index === 1).privateKey + "\n", { mode: 0o600 });
    const created = await cli(["vault", "create", "--vault", vault, "--passphrase-file", pass,
                               "--network", networkFile, "--role", "auditor", "--wallet-key-file", keyFile]);
    assert.equal(created.address, auditorWallet.address);
});

after(async () => {
    // Honest and running, whatever happened.
    await setServer("honest").catch((e) => console.error(`server-restart: ${e.message}`));
    provider.destroy();
    await releaseProver();
});

const verify = (extra = [], expect = 0) => cli(["audit", "verify", ...viaVault, "--from", iso(periodStart), ...extra], { expect });

test("a clean period: exit 0, amounts as the JS decryption of the same PCTs, signed report", async () => {
    const out = path.join(work, "clean.json");
    const csv = path.join(work, "clean.csv");
    const r = await verify(["--out", out, "--csv", csv]);
    assert.equal(r.status, "clean", JSON.stringify(r.findings));
    assert.deepEqual(r.findings, []);
    const c = r.cycles.find((x) => x.cycleId === cycle.cycleId);
    assert.ok(c, "our cycle is in the report");
    assert.equal(c.status, "ok");
    assert.equal(c.reportedCount, 2);
    assert.equal(c.foundCount, 2);
    assert.equal(c.decryptedTotal, cycle.distributed);
    assert.equal(c.reportedTotal, cycle.distributed);
    assert.equal(r.operatorReport.status, "received");
    assert.match(r.operatorReport.sha256, /^[0-9a-f]{64}$/);
    assert.equal(r.network.chainId, Number(network.chainId));
    assert.equal(r.auditor.address, auditorWallet.address);

    // Every payout as the devnet's own JavaScript decrypts the auditor PCT.
    const keys = await deriveKeysFromSigner(auditorWallet);
    const js = await auditorHistory(encryptedERC, auditorWallet.address, keys.privateScalar, r.blocks.window.from);
    const report = JSON.parse(readFileSync(out, "utf8"));
    const ours = report.payouts.filter((p) => p.cycleId === cycle.cycleId);
    assert.equal(ours.length, 2);
    for (const p of ours) {
        const ref = js.find((x) => x.txHash === p.txHash && x.logIndex === p.logIndex);
        assert.ok(ref, `the JS side sees ${p.txHash}`);
        assert.equal(p.eercAmount, String(ref.amount));
        assert.equal(ref.from, network.operatorAddress);
        assert.equal(ref.to, p.to);
        const listed = cycle.transfers.find((t) => t.txHash === p.txHash);
        assert.equal(p.amount, listed.paidAmount ?? String(BigInt(listed.amount) - BigInt(listed.dust ?? 0)));
    }

    // The signature: EIP-191 over the canonical JSON without it, by the auditor (ethers).
    const { signature, ...signed } = report;
    assert.equal(ethers.verifyMessage(canonical(signed), signature.value), auditorWallet.address);
    assert.equal(readFileSync(out, "utf8"), canonical(report) + "\n");
    const checked = await cli(["audit", "report-check", "--in", out]);
    assert.equal(checked.valid, "true");
    assert.equal(checked.signer, auditorWallet.address);
    assert.equal(checked.status, "clean");

    // A tampered copy: one payout's amount.
    const tampered = structuredClone(report);
    tampered.payouts[0].amount = String(BigInt(tampered.payouts[0].amount) + 1n);
    tampered.payouts[0].eercAmount = String(BigInt(tampered.payouts[0].eercAmount) + 1n); // 6 = 6 decimals
    const bad = path.join(work, "tampered.json");
    writeFileSync(bad, JSON.stringify(tampered, null, 2));
    const failed = await cli(["audit", "report-check", "--in", bad], { expect: 1 });
    assert.match(failed.error, /signature does not match/);

    // CSV: header, meta rows, one row per payout, none per finding.
    const rows = readFileSync(csv, "utf8").split("\r\n").filter(Boolean);
    assert.match(rows[0], /^record,kind,severity,cycle_id,tx_hash/);
    assert.equal(rows.filter((l) => l.startsWith("payout,")).length, report.payouts.length);
    assert.equal(rows.filter((l) => l.startsWith("finding,")).length, 0);
    assert.ok(rows.includes(`meta,chainId,,,,,,,,,,,,,${network.chainId}`));
    assert.ok(rows.includes(`meta,operatorReportSha256,,,,,,,,,,,,,${r.operatorReport.sha256}`));
    for (const p of ours) assert.ok(rows.some((l) => l.startsWith(`payout,cycle,,${cycle.cycleId},${p.txHash},${p.logIndex},`)));

    // A second run reads only the new blocks (and the reorg window).
    const again = await verify();
    assert.equal(again.status, "clean");
    assert.equal(again.scan.from, Math.max(r.blocks.scannedFrom, r.blocks.scannedTo + 1 - 64), JSON.stringify(again.scan));
});

test("usage errors exit 2", async () => {
    await cli(["audit", "verify", ...viaVault, "--from", "yesterday"], { expect: 2 });
    await cli(["audit", "verify", ...viaVault, "--from", iso(periodStart), "--to", iso(periodStart - 1000)], { expect: 2 });
    await cli(["audit", "verify", "--passphrase-file", pass], { expect: 2 });
    await cli(["audit", "report-check"], { expect: 2 });
});

for (const [mode, kind, evidence] of [
    // The lie leaves out the cycle's first transfer (lowest block, then log index).
    ["omit-transfer", "unreported-payout", (f) => f.txHash ===
        [...cycle.transfers].sort((a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex)[0].txHash],
    ["over-report", "cycle-total-mismatch", (f) => f.cycleId === cycle.cycleId && BigInt(f.reported) - BigInt(f.found) === 1000000n],
    ["phantom-transfer", "reported-transfer-not-found", (f) => f.logIndex === 9999 && f.cycleId === cycle.cycleId],
]) {
    test(`the server lies (${mode}): exit 3 with ${kind}`, async () => {
        await setServer(mode);
        try {
            const r = await verify([], 3);
            assert.equal(r.status, "findings");
            const found = r.findings.filter((f) => f.kind === kind);
            assert.equal(found.length, 1, JSON.stringify(r.findings));
            assert.ok(evidence(found[0]), JSON.stringify(found[0]));
            assert.equal(found[0].severity, "high");
            if (mode === "phantom-transfer")
                assert.ok(r.findings.some((f) => f.kind === "cycle-count-mismatch"));
        } finally {
            await setServer("honest");
        }
    });
}

test("a payout outside any cycle: exit 3, unreported, and a recipient that is no provider", async () => {
    const toProvider = JSON.parse(await devnetCommand("payout", "--to", recipients[0].wallet.address, "--amount", "250000"));
    // The auditor is registered on chain but is no provider of the operator.
    const toAuditor = JSON.parse(await devnetCommand("payout", "--to", auditorWallet.address, "--amount", "1000000"));
    const csv = path.join(work, "findings.csv");
    const out = path.join(work, "findings.json");
    const r = await verify(["--csv", csv, "--out", out], 3);
    const unreported = r.findings.filter((f) => f.kind === "unreported-payout");
    assert.deepEqual(unreported.map((f) => f.txHash).sort(), [toProvider.txHash, toAuditor.txHash].sort());
    const one = unreported.find((f) => f.txHash === toProvider.txHash);
    assert.equal(one.blockNumber, toProvider.blockNumber);
    assert.equal(one.logIndex, toProvider.logIndex);
    assert.equal(one.found, toProvider.amount);
    const notProvider = r.findings.filter((f) => f.kind === "recipient-not-provider");
    assert.equal(notProvider.length, 1);
    assert.equal(notProvider[0].address, auditorWallet.address);
    assert.equal(r.totals.unreportedCount, 2);
    const rows = readFileSync(csv, "utf8").split("\r\n").filter((l) => l.startsWith("finding,"));
    assert.equal(rows.length, r.findings.length);
    assert.ok(rows.some((l) => l.startsWith(`finding,unreported-payout,high,,${toProvider.txHash},`)));
    assert.equal((await cli(["audit", "report-check", "--in", out])).status, "findings");
});

test("the server down: the chain part still runs, exit 3 with report-unavailable", async () => {
    await setServer("stopped");
    try {
        const r = await verify([], 3);
        assert.deepEqual(r.findings.map((f) => f.kind), ["report-unavailable"]);
        assert.equal(r.operatorReport.status, "unavailable");
        assert.equal(r.operatorReport.sha256, null);
        assert.ok(r.payoutCount >= 4, `${r.payoutCount} payouts listed`);
    } finally {
        await setServer("honest");
    }
});
