// Distribution cycles that really pay, on a private Hardhat chain: on-chain registration read
// back, a paid cycle, audit totals cross-checked against the auditor's decryption of the
// chain's events, and a server killed mid-cycle that completes after a restart without paying
// anyone twice. Shared by chain.test.mjs (helper F's full devnet with real proofs) and
// chain-witness.test.mjs (the same contracts with an accept-all verifier, for when no proving
// keys exist yet).
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

/**
 * deploy({ url, dir, F }) -> { network (network.json content), contracts: { encryptedERC, ... },
 *   provider, auditorScalar, providers: [EercAccount of dev accounts 2, 3, 4, registered] }
 */
export function paymentTests(title, { skip, deploy, env = {} }) {
    if (skip) console.log(`# ${title}: skipped: ${skip}`);

    describe(title, { skip: skip ?? false, timeout: 20 * 60 * 1000 }, () => {
        let node;
        let dir;
        let network;
        let F;
        let provider;
        let srv = null;
        let call;
        const providers = [];
        const operator = () => F.accounts.devWallet(0);
        const auditor = () => F.accounts.devWallet(1);

        /** The server as a child process, so that the test can SIGKILL it mid-cycle. */
        async function startProcess(databaseUrl, port) {
            const logFd = fs.openSync(path.join(dir, "server.log"), "a");
            const child = spawn(process.execPath, [path.join(HERE, "..", "src", "main.mjs")], {
                env: {
                    ...process.env,
                    ...env,
                    BS_DATABASE_URL: databaseUrl,
                    BS_SERVER_PORT: String(port),
                    BS_NETWORK_JSON: path.join(dir, "network.json"),
                },
                stdio: ["ignore", logFd, logFd],
            });
            fs.closeSync(logFd);
            const url = `http://127.0.0.1:${port}/api/v1`;
            for (let i = 0; i < 600; i++) {
                if (child.exitCode !== null) {
                    throw new Error(
                        `server exited: ${fs.readFileSync(path.join(dir, "server.log"), "utf8")}`,
                    );
                }
                try {
                    if ((await fetch(url + "/network")).status === 200)
                        return { child, url, databaseUrl };
                } catch {
                    // not listening yet
                }
                await new Promise((r) => setTimeout(r, 100));
            }
            throw new Error("server did not start");
        }

        async function stopProcess(signal) {
            if (!srv || srv.child.exitCode !== null) return;
            const exited = new Promise((r) => srv.child.once("exit", r));
            srv.child.kill(signal);
            await exited;
        }

        before(async () => {
            F = {
                chain: await lib("chain.mjs"),
                deploy: await lib("deploy.mjs"),
                accounts: await lib("accounts.mjs"),
                eerc: await lib("eerc.mjs"),
                crypto: await lib("crypto.mjs"),
            };
            await F.crypto.initCrypto();
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "bs-server-chain-"));
            node = await F.chain.startNode({
                port: await F.chain.freePort(),
                logFile: path.join(dir, "chain.log"),
            });
            const d = await deploy({ url: node.url, dir, F });
            network = d.network;
            provider = d.provider;
            F.contracts = d.contracts;
            F.auditorScalar = d.auditorScalar;
            providers.push(...d.providers);
            F.deploy.writeNetworkJson(network, path.join(dir, "network.json"));
        });

        after(async () => {
            await stopProcess("SIGTERM");
            provider?.destroy();
            await node?.stop();
            // snarkjs keeps its bn128 worker threads alive once it has proved in this process.
            await globalThis.curve_bn128?.terminate?.();
            // Chain and server logs stay only on request (BS_KEEP_TEST_LOGS=1).
            if (dir && process.env.BS_KEEP_TEST_LOGS !== "1")
                fs.rmSync(dir, { recursive: true, force: true });
            else if (dir) console.log(`# logs kept in ${dir}`);
        });

        const tokenId = () => F.contracts.encryptedERC.tokenIds(network.contracts.token);

        async function waitCycle(cycleId) {
            for (let i = 0; i < 3000; i++) {
                const r = (await call("GET", `/revenue/cycles/${cycleId}`, { as: operator() }))
                    .json;
                if (["completed", "failed", "skipped_insufficient_usage"].includes(r.status))
                    return r;
                await new Promise((res) => setTimeout(res, 200));
            }
            throw new Error("cycle did not finish");
        }

        /** The database's totals against the auditor's own decryption of every PrivateTransfer. */
        async function checkAudit() {
            const totals = (await call("GET", "/audit/totals", { as: auditor() })).json;
            const history = await F.eerc.auditorHistory(
                F.contracts.encryptedERC,
                network.auditor.address,
                F.auditorScalar,
                network.deploymentBlock ?? 0,
            );
            const fromOperator = history.filter(
                (h) => h.kind === "transfer" && h.from === network.operatorAddress,
            );
            const onChain = new Map(fromOperator.map((h) => [`${h.blockNumber}:${h.to}`, h]));
            let grand = 0n;
            let count = 0;
            for (const cy of totals.cycles) {
                let sum = 0n;
                for (const t of cy.transfers) {
                    const h = onChain.get(`${t.blockNumber}:${t.to}`);
                    assert.ok(h, `transfer ${t.txHash} not found on chain`);
                    assert.notEqual(h.amount, null, "the auditor PCT decrypts");
                    sum += h.amount;
                }
                assert.equal(String(sum), cy.totalDistributed, `cycle ${cy.cycleId}`);
                grand += sum;
                count += cy.transfers.length;
            }
            assert.equal(totals.grandTotal, String(grand));
            assert.equal(
                count,
                fromOperator.length,
                "no operator payout left out, none counted twice",
            );
            assert.equal(
                fromOperator.reduce((s, h) => s + h.amount, 0n),
                grand,
            );
        }

        test("register, pay a cycle, audit totals match the auditor's decryption of the chain", async () => {
            srv = await startProcess(await freshDatabase("chain"), await F.chain.freePort());
            call = client(srv.url);
            const net = await call("GET", "/network");
            assert.equal(net.json.chainId, Number(network.chainId));
            assert.equal(net.json.operatorAddress, network.operatorAddress);
            const art = await fetch(net.json.circuits.transfer.wasm.url);
            assert.equal(art.status, 200);
            assert.match(art.headers.get("cache-control"), /immutable/);
            const ids = [];
            for (const [k, acct] of providers.entries()) {
                const w = F.accounts.devWallet(k + 2);
                const r = await call("POST", "/providers/register", {
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
                const st = await call("POST", `/providers/${r.json.providerId}/status`, {
                    as: operator(),
                    body: { status: "integrated" },
                });
                assert.equal(st.status, 200);
                ids.push(r.json.providerId);
            }
            const s = await call("POST", "/servers", { as: operator(), body: { name: "chain" } });
            const usage = await call("POST", "/usage/submit", {
                as: { token: s.json.token },
                body: {
                    batchId: "c1",
                    periodStart: "2026-11-01T00:00:00Z",
                    periodEnd: "2026-11-01T01:00:00Z",
                    records: ids.map((providerId, k) => ({
                        providerId,
                        calls: [1, 2, 4][k],
                        bytesOut: 0,
                        responseMsTotal: 0,
                        errors: 0,
                    })),
                },
            });
            assert.equal(usage.status, 202);
            const period = {
                periodStart: "2026-11-01T00:00:00Z",
                periodEnd: "2026-11-02T00:00:00Z",
            };
            const tooMuch = await call("POST", "/revenue/distribute", {
                as: operator(),
                body: { ...period, pool: String(10n ** 15n) },
            });
            assert.equal(tooMuch.status, 422, "the operator holds 10^12 base units");
            const started = await call("POST", "/revenue/distribute", {
                as: operator(),
                body: { ...period, pool: "100" },
            });
            assert.equal(started.status, 202, started.raw);
            const cycle = await waitCycle(started.json.cycleId);
            assert.equal(cycle.status, "completed", JSON.stringify(cycle));
            assert.ok(
                cycle.transfers.every(
                    (t) => t.status === "confirmed" && /^0x[0-9a-f]{64}$/.test(t.txHash),
                ),
            );
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
            for (const [k, acct] of providers.entries()) {
                assert.equal((await acct.balance(await tokenId())).total, byId[ids[k]]);
            }
            const earnings = await call("GET", `/providers/${ids[1]}/earnings`, {
                as: F.accounts.devWallet(3),
            });
            assert.equal(earnings.json.totals.distributed, "29");
            assert.equal(
                earnings.json.cycles[0].transfer.txHash,
                cycle.transfers.find((t) => t.providerId === ids[1]).txHash,
            );
            await checkAudit();
            const audit = (await call("GET", "/audit/totals", { as: auditor() })).json;
            assert.equal(audit.deposits.length, 1, "the server deposited what the pool needed");
            assert.equal(audit.deposits[0].amount, "100");
        });

        test("a server killed mid-cycle completes after restart without paying twice", async () => {
            const s = await call("POST", "/servers", { as: operator(), body: { name: "chain-2" } });
            const list = await call("GET", "/providers?status=earning_revenue", { as: operator() });
            const ids = list.json.items.map((p) => p.providerId);
            assert.equal(ids.length, 3);
            await call("POST", "/usage/submit", {
                as: { token: s.json.token },
                body: {
                    batchId: "c2",
                    periodStart: "2026-11-02T00:00:00Z",
                    periodEnd: "2026-11-02T01:00:00Z",
                    records: ids.map((providerId, k) => ({
                        providerId,
                        calls: 10 + k,
                        bytesOut: 0,
                        responseMsTotal: 0,
                        errors: 0,
                    })),
                },
            });
            const id = await tokenId();
            const before = [];
            for (const a of providers) before.push((await a.balance(id)).total);
            const started = await call("POST", "/revenue/distribute", {
                as: operator(),
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
                    await call("GET", `/revenue/cycles/${started.json.cycleId}`, { as: operator() })
                ).json;
                const sent = c.transfers.filter(
                    (t) => t.status === "submitted" || t.status === "confirmed",
                ).length;
                if (sent >= 1 && sent < c.transfers.length) {
                    await stopProcess("SIGKILL");
                    interrupted = c;
                } else if (c.status === "completed") {
                    break;
                } else {
                    await new Promise((r) => setTimeout(r, 20));
                }
            }
            assert.ok(interrupted, "the cycle finished before the test could interrupt it");
            srv = await startProcess(srv.databaseUrl, await F.chain.freePort());
            call = client(srv.url);
            const cycle = await waitCycle(started.json.cycleId);
            assert.equal(cycle.status, "completed", JSON.stringify(cycle));
            const byId = Object.fromEntries(
                cycle.transfers.map((t) => [t.providerId, BigInt(t.amount)]),
            );
            for (const [k, acct] of providers.entries()) {
                const got = (await acct.balance(id)).total - before[k];
                assert.equal(got, byId[ids[k]], `provider ${k} received its share exactly once`);
            }
            assert.equal(
                [...Object.values(byId)].reduce((x, y) => x + y, 0n),
                3000n,
            );
            await checkAudit();
        });
    });
}
