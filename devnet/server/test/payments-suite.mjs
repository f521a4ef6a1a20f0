// Distribution cycles that really pay, on a private Hardhat chain: on-chain registration read
// back, a paid cycle, audit totals cross-checked against the auditor's decryption of the
// chain's events, and a server killed mid-cycle that completes after a restart without paying
// anyone twice. Shared by chain.test.mjs (helper F's full devnet with real proofs) and
// chain-witness.test.mjs (the same contracts with an accept-all verifier, for when no proving
// keys exist yet). PaymentHarness is the chain + server-process plumbing, also used by
// chain-decimals.test.mjs.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import { client, freshDatabase } from "./helpers.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEVNET = path.resolve(HERE, "..", "..");
export const lib = async (m) => import(path.join(DEVNET, "lib", m));

/** Why the real-proof suites cannot run yet (no proving keys or contracts), or null. */
export function realDevnetMissing() {
    if (!fs.existsSync(path.join(DEVNET, "node_modules")))
        return "devnet/node_modules is missing (devnet/devnet up installs it)";
    if (!fs.existsSync(path.join(DEVNET, "state", "artifacts", "manifest.json"))) {
        return "the devnet proving keys are not built (devnet/state/artifacts/manifest.json; run devnet/devnet up)";
    }
    const hh = path.join(DEVNET, "state", "hardhat", "artifacts", "contracts");
    if (!fs.existsSync(path.join(hh, "token", "DevUSDC.sol", "DevUSDC.json")))
        return "the devnet contracts are not compiled (run devnet/devnet up)";
    return null;
}

/**
 * A PaymentHarness deploy function: helper F's deployDevnet (real proofs) with `eercDecimals`,
 * dev accounts 2, 3, 4 registered on chain as providers.
 */
export const deployRealDevnet =
    ({ eercDecimals } = {}) =>
    async ({ url, F }) => {
        const d = await F.deploy.deployDevnet({ rpcUrl: url, eercDecimals });
        const providers = [];
        for (const i of [2, 3, 4]) {
            const acct = await F.eerc.EercAccount.create(
                F.accounts.devWallet(i, d.provider),
                d.contracts,
            );
            await acct.register();
            providers.push(acct);
        }
        return {
            network: d.network,
            contracts: d.contracts,
            provider: d.provider,
            auditorScalar: d.auditorAccount.keys.privateScalar,
            providers,
        };
    };

/**
 * A private chain with a deployment, and the server as a child process (so that a test can
 * SIGKILL it mid-cycle or restart it with another environment).
 *
 * deploy({ url, dir, F }) -> { network (network.json content), contracts: { encryptedERC, ... },
 *   provider, auditorScalar, providers: [EercAccount of dev accounts 2, 3, 4, registered] }
 */
export class PaymentHarness {
    constructor({ deploy, env = {}, chainId }) {
        this.deployFn = deploy;
        this.env = env;
        this.chainId = chainId;
        this.srv = null;
        this.providers = [];
    }

    async setup() {
        const F = {
            chain: await lib("chain.mjs"),
            deploy: await lib("deploy.mjs"),
            accounts: await lib("accounts.mjs"),
            eerc: await lib("eerc.mjs"),
            crypto: await lib("crypto.mjs"),
            units: await lib("units.mjs"),
        };
        this.F = F;
        await F.crypto.initCrypto();
        this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "bs-server-chain-"));
        this.node = await F.chain.startNode({
            port: await F.chain.freePort(),
            logFile: path.join(this.dir, "chain.log"),
            ...(this.chainId ? { chainId: this.chainId } : {}),
        });
        const d = await this.deployFn({ url: this.node.url, dir: this.dir, F });
        this.network = d.network;
        this.provider = d.provider;
        F.contracts = d.contracts;
        F.auditorScalar = d.auditorScalar;
        this.providers.push(...d.providers);
        this.networkJson = path.join(this.dir, "network.json");
        F.deploy.writeNetworkJson(this.network, this.networkJson);
    }

    async teardown() {
        await this.stopServer("SIGTERM");
        this.provider?.destroy();
        await this.node?.stop();
        // snarkjs keeps its bn128 worker threads alive once it has proved in this process.
        await globalThis.curve_bn128?.terminate?.();
        // Chain and server logs stay only on request (BS_KEEP_TEST_LOGS=1).
        if (this.dir && process.env.BS_KEEP_TEST_LOGS !== "1")
            fs.rmSync(this.dir, { recursive: true, force: true });
        else if (this.dir) console.log(`# logs kept in ${this.dir}`);
    }

    operator() {
        return this.F.accounts.devWallet(0);
    }

    auditor() {
        return this.F.accounts.devWallet(1);
    }

    /** The environment the server process gets (its database, port and network.json added). */
    serverEnv(databaseUrl, port, extraEnv = {}) {
        return {
            ...process.env,
            ...this.env,
            BS_DATABASE_URL: databaseUrl,
            BS_SERVER_PORT: String(port),
            BS_NETWORK_JSON: this.networkJson,
            ...extraEnv,
        };
    }

    /** Starts the server (a fresh database unless given); sets this.srv and this.call. */
    async startServer(databaseUrl, extraEnv = {}) {
        databaseUrl ??= await freshDatabase("chain");
        const port = await this.F.chain.freePort();
        const logFile = path.join(this.dir, "server.log");
        const logFd = fs.openSync(logFile, "a");
        const child = spawn(process.execPath, [path.join(HERE, "..", "src", "main.mjs")], {
            env: this.serverEnv(databaseUrl, port, extraEnv),
            stdio: ["ignore", logFd, logFd],
        });
        fs.closeSync(logFd);
        const url = `http://127.0.0.1:${port}/api/v1`;
        for (let i = 0; i < 600; i++) {
            if (child.exitCode !== null)
                throw new Error(`server exited: ${fs.readFileSync(logFile, "utf8")}`);
            try {
                if ((await fetch(url + "/network")).status === 200) {
                    this.srv = { child, url, databaseUrl };
                    this.call = client(url);
                    return this.srv;
                }
            } catch {
                // not listening yet
            }
            await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error("server did not start");
    }

    async stopServer(signal = "SIGTERM") {
        const srv = this.srv;
        if (!srv || srv.child.exitCode !== null) return;
        const exited = new Promise((r) => srv.child.once("exit", r));
        srv.child.kill(signal);
        await exited;
    }

    /** Stops the server and starts it again on the same database with `extraEnv`. */
    async restartServer(extraEnv = {}) {
        await this.stopServer("SIGTERM");
        return this.startServer(this.srv.databaseUrl, extraEnv);
    }

    tokenId() {
        return this.F.contracts.encryptedERC.tokenIds(this.network.contracts.token);
    }

    /** Token units per eERC unit of this deployment (1 when the decimals are equal). */
    unit() {
        return this.F.units.eercUnit(this.network.token.decimals, this.network.eercDecimals);
    }

    async waitCycle(cycleId) {
        for (let i = 0; i < 3000; i++) {
            const r = (await this.call("GET", `/revenue/cycles/${cycleId}`, { as: this.operator() }))
                .json;
            if (["completed", "failed", "skipped_insufficient_usage"].includes(r.status)) return r;
            await new Promise((res) => setTimeout(res, 200));
        }
        throw new Error("cycle did not finish");
    }

    /** Registers this.providers with the server and integrates them; returns their ids. */
    async registerProviders() {
        const ids = [];
        for (const [k, acct] of this.providers.entries()) {
            const w = this.F.accounts.devWallet(k + 2);
            const r = await this.call("POST", "/providers/register", {
                as: w,
                body: {
                    address: w.address,
                    eercPublicKey: acct.keys.publicKey.map(String),
                    displayName: `Chain provider ${k}`,
                    contactEmail: `p${k}@example.org`,
                    api: {
                        name: `chain-${k}`,
                        baseUrl: "https://example.org",
                        category: "data",
                        pricing: "paid",
                    },
                },
            });
            assert.equal(r.status, 201, r.raw);
            assert.equal(r.json.onchainRegistered, true, "read from the registrar");
            const st = await this.call("POST", `/providers/${r.json.providerId}/status`, {
                as: this.operator(),
                body: { status: "integrated" },
            });
            assert.equal(st.status, 200);
            ids.push(r.json.providerId);
        }
        return ids;
    }

    /** Submits one batch of `calls` per provider through a new usage server. */
    async submitUsage(batchId, periodStart, periodEnd, ids, calls) {
        const s = await this.call("POST", "/servers", {
            as: this.operator(),
            body: { name: batchId },
        });
        const usage = await this.call("POST", "/usage/submit", {
            as: { token: s.json.token },
            body: {
                batchId,
                periodStart,
                periodEnd,
                records: ids.map((providerId, k) => ({
                    providerId,
                    calls: calls[k],
                    bytesOut: 0,
                    responseMsTotal: 0,
                    errors: 0,
                })),
            },
        });
        assert.equal(usage.status, 202, usage.raw);
    }

    /** Every operator PrivateTransfer as the auditor decrypts it from the chain (eERC units). */
    async auditorView() {
        const history = await this.F.eerc.auditorHistory(
            this.F.contracts.encryptedERC,
            this.network.auditor.address,
            this.F.auditorScalar,
            this.network.deploymentBlock ?? 0,
        );
        return history.filter(
            (h) => h.kind === "transfer" && h.from === this.network.operatorAddress,
        );
    }

    /**
     * The server's audit totals against the auditor's own decryption of every PrivateTransfer:
     * each listed transfer exists, the sums (eERC units times unit()) and counts match, and no
     * operator payout is left out (unless listed in `unreported`, tx hashes sent outside cycles).
     */
    async checkAudit({ unreported = [] } = {}) {
        const totals = (await this.call("GET", "/audit/totals", { as: this.auditor() })).json;
        const fromOperator = (await this.auditorView()).filter(
            (h) => !unreported.includes(h.txHash),
        );
        const onChain = new Map(fromOperator.map((h) => [h.txHash, h]));
        let grand = 0n;
        let count = 0;
        for (const cy of totals.cycles) {
            let sum = 0n;
            for (const t of cy.transfers) {
                const h = onChain.get(t.txHash);
                assert.ok(h, `transfer ${t.txHash} not found on chain`);
                assert.deepEqual([t.blockNumber, t.logIndex, t.to], [h.blockNumber, h.logIndex, h.to]);
                assert.notEqual(h.amount, null, "the auditor PCT decrypts");
                sum += h.amount * this.unit();
            }
            assert.equal(String(sum), cy.totalDistributed, `cycle ${cy.cycleId}`);
            grand += sum;
            count += cy.transfers.length;
        }
        assert.equal(totals.grandTotal, String(grand));
        assert.equal(count, fromOperator.length, "no operator payout left out, none counted twice");
        assert.equal(fromOperator.reduce((s, h) => s + h.amount * this.unit(), 0n), grand);
        return totals;
    }
}

export function paymentTests(title, { skip, deploy, env = {} }) {
    if (skip) console.log(`# ${title}: skipped: ${skip}`);

    describe(title, { skip: skip ?? false, timeout: 20 * 60 * 1000 }, () => {
        const h = new PaymentHarness({ deploy, env });
        let ids;
        before(() => h.setup());
        after(() => h.teardown());

        test("register, pay a cycle, audit totals match the auditor's decryption of the chain", async () => {
            await h.startServer();
            const net = await h.call("GET", "/network");
            assert.equal(net.json.chainId, Number(h.network.chainId));
            assert.equal(net.json.operatorAddress, h.network.operatorAddress);
            const art = await fetch(net.json.circuits.transfer.wasm.url);
            assert.equal(art.status, 200);
            assert.match(art.headers.get("cache-control"), /immutable/);
            ids = await h.registerProviders();
            await h.submitUsage(
                "c1",
                "2026-11-01T00:00:00Z",
                "2026-11-01T01:00:00Z",
                ids,
                [1, 2, 4],
            );
            const period = {
                periodStart: "2026-11-01T00:00:00Z",
                periodEnd: "2026-11-02T00:00:00Z",
            };
            const tooMuch = await h.call("POST", "/revenue/distribute", {
                as: h.operator(),
                body: { ...period, pool: String(10n ** 15n) },
            });
            assert.equal(tooMuch.status, 422, "the operator holds 10^12 base units");
            const started = await h.call("POST", "/revenue/distribute", {
                as: h.operator(),
                body: { ...period, pool: "100" },
            });
            assert.equal(started.status, 202, started.raw);
            const cycle = await h.waitCycle(started.json.cycleId);
            assert.equal(cycle.status, "completed", JSON.stringify(cycle));
            assert.ok(
                cycle.transfers.every(
                    (t) => t.status === "confirmed" && /^0x[0-9a-f]{64}$/.test(t.txHash),
                ),
            );
            assert.equal(cycle.dust, "0", "6 eERC decimals: no dust");
            // Weights 1, 2, 4 of pool 100: floors 14, 28, 57; the leftover unit goes to the
            // largest remainder (2/7, the second provider).
            const byId = Object.fromEntries(
                cycle.transfers.map((t) => [t.providerId, BigInt(t.amount)]),
            );
            assert.deepEqual(
                ids.map((id) => byId[id]),
                [14n, 29n, 57n],
            );
            // Each provider decrypts exactly its allocation from the chain.
            for (const [k, acct] of h.providers.entries()) {
                assert.equal((await acct.balance(await h.tokenId())).total, byId[ids[k]]);
            }
            const earnings = await h.call("GET", `/providers/${ids[1]}/earnings`, {
                as: h.F.accounts.devWallet(3),
            });
            assert.equal(earnings.json.totals.distributed, "29");
            assert.equal(
                earnings.json.cycles[0].transfer.txHash,
                cycle.transfers.find((t) => t.providerId === ids[1]).txHash,
            );
            await h.checkAudit();
            const audit = (await h.call("GET", "/audit/totals", { as: h.auditor() })).json;
            assert.equal(audit.deposits.length, 1, "the server deposited what the pool needed");
            assert.equal(audit.deposits[0].amount, "100");
        });

        test("a server killed mid-cycle completes after restart without paying twice", async () => {
            const id = await h.tokenId();
            const before = [];
            for (const a of h.providers) before.push((await a.balance(id)).total);
            await h.submitUsage(
                "c2",
                "2026-11-02T00:00:00Z",
                "2026-11-02T01:00:00Z",
                ids,
                [10, 11, 12],
            );
            const started = await h.call("POST", "/revenue/distribute", {
                as: h.operator(),
                body: {
                    periodStart: "2026-11-02T00:00:00Z",
                    periodEnd: "2026-11-03T00:00:00Z",
                    pool: "3000",
                },
            });
            assert.equal(started.status, 202);
            // Kill as soon as one transfer is on its way (submitted or confirmed), others not yet.
            let interrupted = null;
            for (let i = 0; i < 6000 && !interrupted; i++) {
                const c = (
                    await h.call("GET", `/revenue/cycles/${started.json.cycleId}`, {
                        as: h.operator(),
                    })
                ).json;
                const sent = c.transfers.filter(
                    (t) => t.status === "submitted" || t.status === "confirmed",
                ).length;
                if (sent >= 1 && sent < c.transfers.length) {
                    await h.stopServer("SIGKILL");
                    interrupted = c;
                } else if (c.status === "completed") {
                    break;
                } else {
                    await new Promise((r) => setTimeout(r, 20));
                }
            }
            assert.ok(interrupted, "the cycle finished before the test could interrupt it");
            await h.startServer(h.srv.databaseUrl);
            const cycle = await h.waitCycle(started.json.cycleId);
            assert.equal(cycle.status, "completed", JSON.stringify(cycle));
            const byId = Object.fromEntries(
                cycle.transfers.map((t) => [t.providerId, BigInt(t.amount)]),
            );
            for (const [k, acct] of h.providers.entries()) {
                const got = (await acct.balance(id)).total - before[k];
                assert.equal(got, byId[ids[k]], `provider ${k} received its share exactly once`);
            }
            assert.equal(
                [...Object.values(byId)].reduce((x, y) => x + y, 0n),
                3000n,
            );
            await h.checkAudit();
        });

        let payout;
        test("devnet payout: a private transfer outside any cycle, which /audit/totals leaves out", async () => {
            const recipient = h.providers[0];
            const id = await h.tokenId();
            const before = (await recipient.balance(id)).total;
            const auditBefore = (await h.call("GET", "/audit/totals", { as: h.auditor() })).json;
            payout = await runPayout(h, ["--to", recipient.address.toLowerCase(), "--amount", "777"]);
            assert.equal(payout.code, 0, payout.stderr);
            const out = payout.json;
            assert.deepEqual(Object.keys(out).sort(), [
                "amount", "blockNumber", "deposit", "eercValue", "from", "logIndex", "to", "txHash",
            ]);
            assert.equal(out.to, recipient.address);
            assert.equal(out.from, h.network.operatorAddress);
            assert.equal(out.amount, "777");
            assert.equal(out.eercValue, "777");
            // The operator's eERC balance was empty after the cycles: the payout deposited first,
            // and that deposit is recorded like the server's own.
            assert.deepEqual(out.deposit && out.deposit.amount, "777");
            // The recipient decrypts it with its own key (the devnet's JS eERC client).
            assert.equal((await recipient.balance(id)).total - before, 777n);
            // It is on chain where the JSON says ...
            const receipt = await h.provider.getTransactionReceipt(out.txHash);
            assert.equal(receipt.blockNumber, out.blockNumber);
            const log = receipt.logs.find((l) => l.index === out.logIndex);
            const ev = h.F.contracts.encryptedERC.interface.parseLog(log);
            assert.equal(ev.name, "PrivateTransfer");
            assert.equal(ev.args.to, recipient.address);
            // ... the auditor finds it, and the operator's report does not list it.
            const seen = (await h.auditorView()).find((x) => x.txHash === out.txHash);
            assert.equal(seen.amount, 777n);
            const audit = (await h.call("GET", "/audit/totals", { as: h.auditor() })).json;
            assert.equal(audit.grandTotal, auditBefore.grandTotal);
            assert.ok(audit.cycles.every((c) => c.transfers.every((t) => t.txHash !== out.txHash)));
            assert.deepEqual(
                audit.deposits.map((d) => d.txHash),
                [...auditBefore.deposits.map((d) => d.txHash), out.deposit.txHash],
            );
            await assert.rejects(h.checkAudit(), /no operator payout left out/);
            await h.checkAudit({ unreported: [out.txHash] });
            // Bad usage: exit 2 and a sentence; an unregistered recipient: exit 1.
            const bad = await runPayout(h, ["--to", "nobody", "--amount", "5"]);
            assert.equal(bad.code, 2);
            assert.match(bad.stderr, /--to must be an address/);
            const unregistered = await runPayout(h, [
                "--to", h.F.accounts.devWallet(9).address, "--amount", "5",
            ]);
            assert.equal(unregistered.code, 1);
            assert.match(unregistered.stderr, /not registered/);
        });

        test("misbehaving on purpose: each lie in /audit/totals exactly as documented", async () => {
            const { keccak256, toUtf8Bytes } = await import("ethers");
            const get = async () => (await h.call("GET", "/audit/totals", { as: h.auditor() })).json;
            await h.restartServer();
            const honest = await get();
            const last = honest.cycles.at(-1);
            const first = last.transfers[0];
            assert.ok(first, "the latest cycle has transfers");
            const carried = (await h.auditorView()).find((x) => x.txHash === first.txHash).amount * h.unit();
            const allow = { BS_SERVER_ALLOW_MISBEHAVE: "devnet-only-i-understand" };
            const lied = async (modes) => {
                await h.restartServer({ BS_SERVER_MISBEHAVE: modes, ...allow });
                return get();
            };
            const omit = await lied("omit-transfer");
            assert.deepEqual(omit.cycles.slice(0, -1), honest.cycles.slice(0, -1));
            assert.deepEqual(omit.cycles.at(-1).transfers, last.transfers.slice(1));
            assert.equal(omit.cycles.at(-1).transferCount, last.transferCount - 1);
            assert.equal(BigInt(omit.cycles.at(-1).totalDistributed), BigInt(last.totalDistributed) - carried);
            assert.equal(BigInt(omit.grandTotal), BigInt(honest.grandTotal) - carried);
            assert.equal(omit.transferCount, honest.transferCount - 1);
            const over = await lied("over-report");
            assert.equal(BigInt(over.cycles.at(-1).totalDistributed), BigInt(last.totalDistributed) + 10n ** 6n);
            assert.equal(BigInt(over.grandTotal), BigInt(honest.grandTotal) + 10n ** 6n);
            assert.deepEqual(over.cycles.at(-1).transfers, last.transfers);
            const phantom = await lied("phantom-transfer");
            const fake = phantom.cycles.at(-1).transfers.at(-1);
            assert.deepEqual(fake, {
                txHash: keccak256(toUtf8Bytes(`backendshield phantom transfer ${last.cycleId}`)),
                blockNumber: first.blockNumber,
                logIndex: 9999,
                to: first.to,
            });
            assert.equal(await h.provider.getTransactionReceipt(fake.txHash), null, "not on chain");
            assert.equal(phantom.transferCount, honest.transferCount + 1);
            assert.equal(phantom.grandTotal, honest.grandTotal);
            // The auditor's check against the chain catches every one of them.
            const unreported = payout ? [payout.json.txHash] : [];
            for (const modes of ["omit-transfer", "over-report", "phantom-transfer"]) {
                await lied(modes);
                await assert.rejects(h.checkAudit({ unreported }), modes);
            }
            // Without the allow value the server does not start at all.
            await h.stopServer();
            await assert.rejects(
                h.startServer(h.srv.databaseUrl, { BS_SERVER_MISBEHAVE: "over-report" }),
                /BS_SERVER_ALLOW_MISBEHAVE/,
            );
            await h.startServer(h.srv.databaseUrl);
            assert.deepEqual(await get(), honest, "honest again after a plain restart");
        });

        test("fail-transfer: a cycle's first payment attempt fails on purpose, its retry pays", async () => {
            await h.restartServer({
                BS_SERVER_MISBEHAVE: "fail-transfer",
                BS_SERVER_ALLOW_MISBEHAVE: "devnet-only-i-understand",
            });
            try {
                await h.submitUsage("c-retry", "2026-11-05T00:00:00Z", "2026-11-05T01:00:00Z", ids, [1, 1, 2]);
                const body = { periodStart: "2026-11-05T00:00:00Z", periodEnd: "2026-11-06T00:00:00Z", pool: "40" };
                const started = await h.call("POST", "/revenue/distribute", { as: h.operator(), body });
                assert.equal(started.status, 202, started.raw);
                const failed = await h.waitCycle(started.json.cycleId);
                assert.equal(failed.status, "failed", JSON.stringify(failed));
                assert.match(failed.error, /fail-transfer/);
                assert.ok(failed.transfers.every((t) => t.status === "queued" && !t.txHash), JSON.stringify(failed.transfers));
                const retried = await h.call("POST", "/revenue/distribute", { as: h.operator(), body });
                assert.equal(retried.status, 202, retried.raw);
                assert.equal(retried.json.cycleId, started.json.cycleId, "the retry is the same cycle");
                const paid = await h.waitCycle(started.json.cycleId);
                assert.equal(paid.status, "completed", JSON.stringify(paid));
                assert.ok(paid.transfers.every((t) => t.status === "confirmed"));
                assert.deepEqual(paid.transfers.map((t) => BigInt(t.amount)).sort(), [10n, 10n, 20n]);
            } finally {
                await h.restartServer();
            }
            // The report is honest (the switch does not lie): only the earlier payout outside
            // any cycle is left out of it.
            await h.checkAudit({ unreported: payout ? [payout.json.txHash] : [] });
        });
    });
}

/** Runs bin/payout.mjs against the harness's chain and database; { code, json, stderr }. */
async function runPayout(h, args) {
    const child = spawn(
        process.execPath,
        [path.join(HERE, "..", "bin", "payout.mjs"), "--network", h.networkJson, ...args],
        { env: h.serverEnv(h.srv.databaseUrl, 0), stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise((r) => child.once("exit", r));
    const line = stdout.trim().split("\n")[0];
    return { code, stderr, json: line ? JSON.parse(line) : null };
}
