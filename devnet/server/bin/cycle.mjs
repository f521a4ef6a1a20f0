#!/usr/bin/env node
// One distribution cycle on the running devnet, the operator's way, for providers that just
// registered (e.g. in the desktop app): integrates every provider still "registered",
// reports usage for the time since the last cycle through a usage server of its own, and
// runs the distribution through the server, which pays on chain. Prints the finished cycle
// (with the amounts: the operator's view) as one JSON line.
//
//   node bin/cycle.mjs [--pool <base units, default 100000000 = 100 USDC>]
//                      [--calls prv_a=120,prv_b=80]   usage per provider (default: every
//                                                     integrated provider whose key is
//                                                     registered on chain, 50..1000 calls)
//                      [--url http://127.0.0.1:8787/api/v1] [--network devnet/state/network.json]
import fs from "node:fs";
import path from "node:path";
import { Contract, JsonRpcProvider, Wallet } from "ethers";

import { apiClient, arg, defaultBaseUrl, defaultNetworkFile, DEVNET } from "./client.mjs";

const baseUrl = defaultBaseUrl();
const networkFile = defaultNetworkFile();
const pool = BigInt(arg("pool", "100000000"));
const callsArg = arg("calls", null);
const log = (m) => console.error(`[cycle] ${m}`);

const network = JSON.parse(fs.readFileSync(networkFile, "utf8"));
const operator = new Wallet(network.accounts.find((a) => a.index === 0).privateKey);
const { api, must, all } = apiClient(baseUrl);

// 1. Providers still waiting for the operator are integrated (as an operator does once their
//    API is wired into FlowMCP).
for (const p of await all("/providers?status=registered", operator)) {
    must(
        await api("POST", `/providers/${p.providerId}/status`, {
            as: operator,
            body: { status: "integrated", reason: "devnet: wired into FlowMCP" },
        }),
        200,
    );
    log(`${p.displayName} (${p.providerId}) integrated`);
}

// 2. Who gets usage: as given, or every integrated / earning provider.
let usage;
if (callsArg) {
    usage = callsArg.split(",").map((pair) => {
        const [providerId, calls] = pair.split("=");
        if (!providerId || !/^\d+$/.test(calls ?? "")) throw new Error(`bad --calls entry: ${pair}`);
        return { providerId, calls: Number(calls) };
    });
} else {
    const active = [
        ...(await all("/providers?status=integrated", operator)),
        ...(await all("/providers?status=earning_revenue", operator)),
    ];
    // Payouts can only reach keys registered on chain: ask the registrar itself (the
    // server's flag dates from the provider's registration, and a devnet chain can be newer).
    const { artifact } = await import(path.join(DEVNET, "lib", "contracts.mjs"));
    const rpc = new JsonRpcProvider(network.rpcUrl, Number(network.chainId), { staticNetwork: true });
    const registrar = new Contract(network.contracts.registrar, artifact("Registrar").abi, rpc);
    usage = [];
    for (const p of active) {
        const [x, y] = await registrar.getUserPublicKey(p.address);
        if (x === 0n && y === 0n) continue;
        usage.push({ providerId: p.providerId, calls: 50 + Math.floor(Math.random() * 951) });
    }
    rpc.destroy();
}
if (usage.length === 0) throw new Error("no provider to pay: register one first (e.g. in the app)");

// 3. The period: from the end of the latest cycle (or an hour ago) to now, so cycles never
//    overlap and no usage is counted twice; at least one second long.
const cycles = await all("/revenue/cycles", operator);
const lastEnd = Math.max(0, ...cycles.map((c) => Date.parse(c.periodEnd)));
const now = Math.floor(Date.now() / 1000) * 1000;
let start = Math.max(lastEnd, now - 3600_000);
if (start >= now) {
    await new Promise((r) => setTimeout(r, start - now + 1000));
}
const end = Math.max(now, start + 1000);
const period = { periodStart: new Date(start).toISOString(), periodEnd: new Date(end).toISOString() };

// 4. A usage server of this script's own (its token is shown once: kept next to network.json).
const tokenFile = path.join(path.dirname(networkFile), "cycle-server.json");
let server = fs.existsSync(tokenFile) ? JSON.parse(fs.readFileSync(tokenFile, "utf8")) : null;
if (!server || server.baseUrl !== baseUrl) {
    const created = must(await api("POST", "/servers", { as: operator, body: { name: `devnet-cycle-${now}` } }), 201);
    server = { baseUrl, token: created.token };
    fs.writeFileSync(tokenFile, JSON.stringify(server, null, 2), { mode: 0o600 });
}
must(
    await api("POST", "/usage/submit", {
        token: server.token,
        body: {
            batchId: `cycle-${start}-${end}`,
            ...period,
            records: usage.map((u) => ({ ...u, bytesOut: 0, responseMsTotal: 0, errors: 0 })),
        },
    }),
    200,
    202,
);
log(`usage ${period.periodStart}..${period.periodEnd}: ${usage.map((u) => `${u.providerId}=${u.calls}`).join(", ")}`);

// 5. The distribution, followed to its end.
const started = must(
    await api("POST", "/revenue/distribute", { as: operator, body: { ...period, pool: String(pool) } }),
    202,
);
let cycle;
do {
    await new Promise((r) => setTimeout(r, 500));
    cycle = must(await api("GET", `/revenue/cycles/${started.cycleId}`, { as: operator }), 200);
} while (!["completed", "failed", "skipped_insufficient_usage"].includes(cycle.status));
log(`${cycle.cycleId}: ${cycle.status}, ${cycle.transfers.length} transfer(s)${cycle.error ? ` (${cycle.error})` : ""}`);
console.log(JSON.stringify(cycle));
if (cycle.status !== "completed") process.exitCode = 1;
