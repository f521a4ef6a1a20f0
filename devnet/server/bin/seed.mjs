#!/usr/bin/env node
// Seeds a running reference server (bin/server.sh start) and the devnet chain with a plausible
// history, through the public API like real clients would:
//   - 8 providers (dev accounts 2..9) across categories and pricing models, registered on chain
//     (registration proofs) and with the server, integrated by the operator;
//   - two usage servers reporting hourly batches for the last N days (weekday and time-of-day
//     pattern, one provider ramping up, one tiny provider with a handful of calls);
//   - distribution cycles paid on chain: weekly before the last week, daily in the last week.
// Re-running is safe: registrations answer 200, batches are duplicates, paid cycles answer 409.
//
//   node bin/seed.mjs [--url http://127.0.0.1:8787/api/v1] [--network devnet/state/network.json]
//                     [--days 30] [--no-cycles]
import fs from "node:fs";
import path from "node:path";
import { Contract, JsonRpcProvider, Wallet } from "ethers";

import { apiClient, arg, defaultBaseUrl, defaultNetworkFile, DEVNET } from "./client.mjs";

const baseUrl = defaultBaseUrl();
const networkFile = defaultNetworkFile();
const days = Number(arg("days", 30));
const withCycles = !process.argv.includes("--no-cycles");
const log = (m) => console.log(`[seed] ${m}`);

if (!fs.existsSync(networkFile)) {
    console.error(`[seed] ${networkFile} not found: start the devnet first (devnet/devnet up)`);
    process.exit(1);
}
const network = JSON.parse(fs.readFileSync(networkFile, "utf8"));
const account = (i) => new Wallet(network.accounts.find((a) => a.index === i).privateKey);

// ------------------------------------------------------------------ API client

const { api, must } = apiClient(baseUrl);

// ------------------------------------------------------------------ the cast

// base = calls per hour at a weekday afternoon peak.
const PROVIDERS = [
    {
        index: 2,
        name: "Nimbus Weather",
        api: "nimbus-weather",
        category: "weather",
        pricing: "free",
        base: 900,
        server: 0,
    },
    {
        index: 3,
        name: "Ledgerline Markets",
        api: "ledgerline-quotes",
        category: "finance",
        pricing: "paid",
        base: 1400,
        server: 0,
    },
    {
        index: 4,
        name: "Headline Hub",
        api: "headline-hub",
        category: "news",
        pricing: "hybrid",
        base: 600,
        server: 1,
    },
    {
        index: 5,
        name: "Cortex Inference",
        api: "cortex-infer",
        category: "ai",
        pricing: "paid",
        base: 1100,
        server: 1,
        ramp: true,
    },
    {
        index: 6,
        name: "OpenGeo Data",
        api: "opengeo",
        category: "data",
        pricing: "free",
        base: 350,
        server: 0,
    },
    {
        index: 7,
        name: "Tidewatch Marine",
        api: "tidewatch",
        category: "weather",
        pricing: "paid",
        base: 180,
        server: 1,
    },
    {
        index: 8,
        name: "Parsec Summaries",
        api: "parsec-summarize",
        category: "ai",
        pricing: "hybrid",
        base: 420,
        server: 1,
    },
    {
        index: 9,
        name: "Pico Metrics",
        api: "pico-metrics",
        category: "other",
        pricing: "free",
        base: 0,
        server: 0,
        tiny: true,
    },
];

// Deterministic pseudo-randomness, so two seeds of a fresh devnet look the same.
let state = 0x5eed1234;
const rand = () =>
    (state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;

function callsFor(p, hourStart, dayIndex) {
    if (p.tiny) return rand() < 0.012 ? 1 + Math.floor(rand() * 3) : 0; // a handful over the month
    const d = new Date(hourStart);
    const weekday = [0.5, 1, 1, 1, 1, 0.95, 0.6][d.getUTCDay()];
    const diurnal = 0.35 + 0.65 * Math.max(0, Math.sin(((d.getUTCHours() - 5) / 24) * 2 * Math.PI));
    const ramp = p.ramp ? 0.04 + 1.5 * (dayIndex / days) ** 1.6 : 1;
    const noise = 0.85 + 0.3 * rand();
    return Math.round(p.base * weekday * diurnal * ramp * noise);
}

// ------------------------------------------------------------------ main

const net = must(await api("GET", "/network"), 200);
log(`server ${baseUrl}, chain ${net.chainId} at ${net.rpcUrl}`);
const operator = account(0);
if (operator.address !== net.operatorAddress)
    throw new Error("network.json's account 0 is not the server's operator");

// 1. On-chain registration (helper F's eERC client) and registration with the server.
const { EercAccount } = await import(path.join(DEVNET, "lib", "eerc.mjs"));
const { initCrypto } = await import(path.join(DEVNET, "lib", "crypto.mjs"));
const { artifact } = await import(path.join(DEVNET, "lib", "contracts.mjs"));
await initCrypto();
const provider = new JsonRpcProvider(network.rpcUrl, Number(network.chainId), {
    staticNetwork: true,
});
const contracts = {
    registrar: new Contract(network.contracts.registrar, artifact("Registrar").abi, provider),
    encryptedERC: new Contract(
        network.contracts.encryptedErc,
        artifact("EncryptedERC").abi,
        provider,
    ),
};
const ids = [];
for (const p of PROVIDERS) {
    const w = account(p.index).connect(provider);
    const eerc = await EercAccount.create(w, contracts);
    if (await eerc.register()) log(`${p.name}: registered on chain (${w.address})`);
    const r = must(
        await api("POST", "/providers/register", {
            as: w,
            body: {
                address: w.address,
                eercPublicKey: eerc.keys.publicKey.map(String),
                displayName: p.name,
                contactEmail: `ops@${p.api}.example`,
                api: {
                    name: p.api,
                    baseUrl: `https://api.${p.api}.example`,
                    category: p.category,
                    pricing: p.pricing,
                },
            },
        }),
        200,
        201,
    );
    if (r.status === "registered") {
        must(
            await api("POST", `/providers/${r.providerId}/status`, {
                as: operator,
                body: { status: "integrated", reason: "wired into FlowMCP" },
            }),
            200,
        );
    }
    ids.push(r.providerId);
}
log(`${ids.length} providers registered and integrated`);

// 2. Two usage servers; tokens are shown once, so keep them next to network.json for re-runs.
const tokenFile = path.join(path.dirname(networkFile), "seed-servers.json");
let servers = fs.existsSync(tokenFile) ? JSON.parse(fs.readFileSync(tokenFile, "utf8")) : null;
if (!servers || servers.baseUrl !== baseUrl) {
    servers = { baseUrl, tokens: [] };
    for (const name of ["flowmcp-eu-1", "flowmcp-us-1"])
        servers.tokens.push(
            must(await api("POST", "/servers", { as: operator, body: { name } }), 201).token,
        );
    fs.writeFileSync(tokenFile, JSON.stringify(servers, null, 2), { mode: 0o600 });
}

// 3. Hourly usage for the last `days` days (up to the current hour).
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const today = Math.floor(Date.now() / DAY) * DAY;
const start = today - days * DAY;
const nowHour = Math.floor(Date.now() / HOUR) * HOUR;
let batches = 0;
for (let h = start; h < nowHour; h += HOUR) {
    const dayIndex = Math.floor((h - start) / DAY);
    for (const s of [0, 1]) {
        const records = PROVIDERS.map((p, k) => ({ p, k }))
            .filter(({ p }) => p.server === s)
            .map(({ p, k }) => {
                const calls = callsFor(p, h, dayIndex);
                return {
                    providerId: ids[k],
                    calls,
                    bytesOut: calls * (800 + Math.floor(rand() * 400)),
                    responseMsTotal: calls * (40 + Math.floor(rand() * 80)),
                    errors: Math.floor(calls * 0.004 * rand()),
                };
            });
        const iso = (t) => new Date(t).toISOString();
        must(
            await api("POST", "/usage/submit", {
                token: servers.tokens[s],
                body: {
                    batchId: `${s}-${iso(h)}`,
                    periodStart: iso(h),
                    periodEnd: iso(h + HOUR),
                    records,
                },
            }),
            200,
            202,
        );
        batches++;
    }
}
log(`${batches} hourly usage batches submitted`);

// 4. Cycles: weekly up to the last week, then daily; paid on chain one after another.
if (withCycles) {
    const periods = [];
    let t = start;
    while (t + 7 * DAY <= today - 7 * DAY) periods.push([t, (t += 7 * DAY), 1500_000000n]);
    // A partial week before the daily cycles gets a proportional pool.
    const dailyFrom = today - 7 * DAY;
    if (t < dailyFrom) {
        periods.push([t, dailyFrom, (1500_000000n * BigInt(dailyFrom - t)) / BigInt(7 * DAY)]);
        t = dailyFrom;
    }
    for (; t < today; t += DAY) periods.push([t, t + DAY, 250_000000n]);
    for (const [a, b, pool] of periods) {
        const body = {
            periodStart: new Date(a).toISOString(),
            periodEnd: new Date(b).toISOString(),
            pool: String(pool),
        };
        const r = await api("POST", "/revenue/distribute", { as: operator, body });
        if (r.status === 409) {
            log(`${body.periodStart}: already distributed`);
            continue;
        }
        must(r, 202);
        const t0 = Date.now();
        let c;
        do {
            await new Promise((res) => setTimeout(res, 500));
            c = must(await api("GET", `/revenue/cycles/${r.json.cycleId}`, { as: operator }), 200);
        } while (!["completed", "failed", "skipped_insufficient_usage"].includes(c.status));
        log(
            `${body.periodStart.slice(0, 10)}..${body.periodEnd.slice(0, 10)} pool ${pool}: ${c.status}, ` +
                `${c.transfers.length} transfers in ${((Date.now() - t0) / 1000).toFixed(0)} s${c.error ? ` (${c.error})` : ""}`,
        );
        if (c.status === "failed") process.exitCode = 1;
    }
}
provider.destroy();
log("done");
