// Every route of the operator API against a real PostgreSQL database, without a chain:
// happy paths, error statuses, signature/nonce/timestamp refusals, pagination, ETags.
// Every answer is also checked against docs/operator-api.yaml (helpers.checkSchema).
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import pg from "pg";

import {
    BASE_PATH,
    VECTORS,
    auditor,
    client,
    operator,
    providerWallet,
    schemaChecks,
    startTestServer,
} from "./helpers.mjs";

const bj = JSON.parse(fs.readFileSync(path.join(VECTORS, "babyjubjub.json"), "utf8"));
const keys = bj.publicKeysFromScalar.map((k) => k.publicKey);

let srv;
let call;
before(async () => {
    srv = await startTestServer("api");
    call = client(srv.url);
});
after(async () => {
    await srv?.close();
    assert.ok(schemaChecks.count > 0, "answers were checked against operator-api.yaml");
});

const registration = (w, i, over = {}) => ({
    address: w.address.toLowerCase(),
    eercPublicKey: keys[i % keys.length],
    displayName: `Provider ${i}`,
    contactEmail: `ops${i}@example.org`,
    api: {
        name: `api-${i}`,
        baseUrl: `https://api${i}.example.org`,
        category: "weather",
        pricing: "free",
    },
    ...over,
});

/** The operator's distribution over [periodStart, periodEnd), or its dry run. */
const distribute = (periodStart, periodEnd, pool, extra = {}) =>
    call("POST", "/revenue/distribute", {
        as: operator,
        body: { periodStart, periodEnd, pool, ...extra },
    });
const dryRun = (periodStart, periodEnd, pool) =>
    distribute(periodStart, periodEnd, pool, { dryRun: true });

async function register(i) {
    const w = providerWallet(i);
    const r = await call("POST", "/providers/register", { as: w, body: registration(w, i) });
    assert.ok(r.status === 201 || r.status === 200, r.raw);
    return { w, provider: r.json };
}

describe("authentication", () => {
    test("unsigned, forged, stale and replayed requests are refused with 401", async () => {
        assert.equal((await call("GET", "/providers")).status, 401);
        const forged = await call("GET", "/providers", {
            as: operator,
            sign: { address: auditor.address },
        });
        assert.equal(forged.status, 401);
        const stale = await call("GET", "/providers", {
            as: operator,
            sign: { timestamp: Math.floor(Date.now() / 1000) - 301 },
        });
        assert.equal(stale.status, 401);
        assert.match(stale.json.detail, /timestamp/);
        const future = await call("GET", "/providers", {
            as: operator,
            sign: { timestamp: Math.floor(Date.now() / 1000) + 301 },
        });
        assert.equal(future.status, 401);
        const nonce = "0123456789abcdef0123456789abcdef";
        assert.equal(
            (await call("GET", "/providers", { as: operator, sign: { nonce } })).status,
            200,
        );
        const replay = await call("GET", "/providers", { as: operator, sign: { nonce } });
        assert.equal(replay.status, 401);
        assert.match(replay.json.detail, /nonce/);
        // Another address may use the same nonce.
        assert.equal(
            (await call("GET", "/providers", { as: auditor, sign: { nonce } })).status,
            200,
        );
    });

    test("the signature covers path, query and body", async () => {
        // Sign one query, send another.
        const { signedHeaders } = await import("./helpers.mjs");
        const h = await signedHeaders(operator, "GET", "/providers?limit=1");
        const res = await fetch(srv.url + "/providers?limit=2", { headers: h });
        assert.equal(res.status, 401);
        const hb = await signedHeaders(operator, "POST", "/servers", JSON.stringify({ name: "a" }));
        const res2 = await fetch(srv.url + "/servers", {
            method: "POST",
            headers: { ...hb, "Content-Type": "application/json" },
            body: JSON.stringify({ name: "b" }),
        });
        assert.equal(res2.status, 401);
    });

    test("a nonce is accepted again after the replay window", async () => {
        const nonce = "fedcba9876543210fedcba9876543210";
        assert.equal(
            (await call("GET", "/servers", { as: operator, sign: { nonce } })).status,
            200,
        );
        const db = new pg.Client({ connectionString: srv.databaseUrl });
        await db.connect();
        await db.query(
            "UPDATE auth_nonces SET seen_at = now() - interval '601 seconds' WHERE nonce = $1",
            [nonce],
        );
        await db.end();
        assert.equal(
            (await call("GET", "/servers", { as: operator, sign: { nonce } })).status,
            200,
        );
    });

    test("roles: a provider cannot list providers or create servers (403)", async () => {
        const { w } = await register(90);
        assert.equal((await call("GET", "/providers", { as: w })).status, 403);
        assert.equal((await call("POST", "/servers", { as: w, body: { name: "x" } })).status, 403);
        assert.equal((await call("GET", "/audit/totals", { as: w })).status, 403);
        assert.equal(
            (await call("POST", "/servers", { as: auditor, body: { name: "x" } })).status,
            403,
        );
    });
});

describe("providers", () => {
    test("register: 201, same body 200, other body 409, wrong signer 403, invalid 400, bad key 422", async () => {
        const w = providerWallet(1);
        const body = registration(w, 1);
        const first = await call("POST", "/providers/register", { as: w, body });
        assert.equal(first.status, 201, first.raw);
        assert.equal(first.json.address, w.address, "checksummed");
        assert.equal(first.json.status, "registered");
        assert.equal(first.json.onchainRegistered, false, "no chain configured: not registered");
        const again = await call("POST", "/providers/register", { as: w, body });
        assert.equal(again.status, 200);
        assert.equal(again.json.providerId, first.json.providerId);
        assert.equal(
            (
                await call("POST", "/providers/register", {
                    as: w,
                    body: { ...body, displayName: "Other" },
                })
            ).status,
            409,
        );
        assert.equal(
            (await call("POST", "/providers/register", { as: providerWallet(2), body })).status,
            403,
        );
        const bad = await call("POST", "/providers/register", {
            as: w,
            body: {
                ...body,
                address: "0x12",
                contactEmail: "nope",
                api: { ...body.api, category: "toys", baseUrl: "ftp://x" },
            },
        });
        assert.equal(bad.status, 400);
        assert.deepEqual(bad.json.errors.map((e) => e.field).sort(), [
            "address",
            "api.baseUrl",
            "api.category",
            "contactEmail",
        ]);
        const w3 = providerWallet(3);
        const offCurve = await call("POST", "/providers/register", {
            as: w3,
            body: registration(w3, 3, { eercPublicKey: ["1", "1"] }),
        });
        assert.equal(offCurve.status, 422);
        const G = [
            "995203441582195749578291179787384436505546430278305826713579947235728471134",
            "5472060717959818805561601436314318772137091100104008585924551046643952123905",
        ];
        assert.equal(
            (
                await call("POST", "/providers/register", {
                    as: w3,
                    body: registration(w3, 3, { eercPublicKey: G }),
                })
            ).status,
            422,
        );
        assert.equal(
            (await call("POST", "/providers/register", { as: w3, rawBody: "{not json" })).status,
            400,
        );
        assert.equal(
            (await call("POST", "/providers/register", { as: w3, body: [1] })).status,
            400,
        );
    });

    test("get: itself, operator, auditor; another provider 403; unknown 404; ETag 304", async () => {
        const { w, provider } = await register(4);
        const p = `/providers/${provider.providerId}`;
        const own = await call("GET", p, { as: w });
        assert.equal(own.status, 200);
        assert.equal((await call("GET", p, { as: operator })).status, 200);
        assert.equal((await call("GET", p, { as: auditor })).status, 200);
        assert.equal((await call("GET", p, { as: providerWallet(1) })).status, 403);
        assert.equal((await call("GET", "/providers/prv_nope", { as: operator })).status, 404);
        const etag = own.headers.get("etag");
        assert.ok(etag);
        const nm = await call("GET", p, { as: w, headers: { "If-None-Match": etag } });
        assert.equal(nm.status, 304);
        assert.equal(nm.raw, "");
        assert.equal(
            (await call("GET", p, { as: w, headers: { "If-None-Match": '"other"' } })).status,
            200,
        );
    });

    test("status transitions: listed ones succeed, others 409; bad status 400", async () => {
        const { provider } = await register(5);
        const set = (status) =>
            call("POST", `/providers/${provider.providerId}/status`, {
                as: operator,
                body: { status, reason: "test" },
            });
        assert.equal(
            (await set("registered")).status,
            409,
            "registered -> registered is no transition",
        );
        assert.equal((await set("integrated")).json.status, "integrated");
        assert.equal((await set("integrated")).status, 409);
        assert.equal((await set("suspended")).json.status, "suspended");
        assert.equal(
            (await set("integrated")).status,
            409,
            "suspended -> integrated is not listed",
        );
        assert.equal((await set("registered")).json.status, "registered");
        assert.equal((await set("earning_revenue")).status, 400);
        assert.equal(
            (
                await call("POST", "/providers/prv_nope/status", {
                    as: operator,
                    body: { status: "integrated" },
                })
            ).status,
            404,
        );
        assert.equal(
            (
                await call("POST", `/providers/${provider.providerId}/status`, {
                    as: auditor,
                    body: { status: "integrated" },
                })
            ).status,
            403,
        );
    });

    test("list: pagination with limit/cursor and status filter", async () => {
        for (let i = 10; i < 17; i++) await register(i);
        const seen = [];
        let cursor = null;
        do {
            const r = await call("GET", `/providers?limit=3${cursor ? `&cursor=${cursor}` : ""}`, {
                as: auditor,
            });
            assert.equal(r.status, 200);
            assert.ok(r.json.items.length <= 3);
            seen.push(...r.json.items.map((p) => p.providerId));
            cursor = r.json.nextCursor;
        } while (cursor);
        assert.equal(new Set(seen).size, seen.length, "no duplicates across pages");
        const all = await call("GET", "/providers?limit=500", { as: operator });
        assert.deepEqual(
            seen,
            all.json.items.map((p) => p.providerId),
        );
        const reg = await call("GET", "/providers?status=registered", { as: operator });
        assert.ok(reg.json.items.every((p) => p.status === "registered"));
        assert.equal((await call("GET", "/providers?limit=0", { as: operator })).status, 400);
        assert.equal((await call("GET", "/providers?limit=501", { as: operator })).status, 400);
        assert.equal(
            (await call("GET", "/providers?cursor=garbage", { as: operator })).status,
            400,
        );
        assert.equal((await call("GET", "/providers?status=bogus", { as: operator })).status, 400);
    });
});

describe("usage and distribution", () => {
    let token;
    let a;
    let b;
    let c;
    before(async () => {
        const s = await call("POST", "/servers", { as: operator, body: { name: "flowmcp-eu" } });
        assert.equal(s.status, 201);
        token = s.json.token;
        const list = await call("GET", "/servers", { as: operator });
        assert.ok(list.json.items.some((x) => x.serverId === s.json.serverId && !("token" in x)));
        a = (await register(20)).provider;
        b = (await register(21)).provider;
        c = (await register(22)).provider;
        for (const p of [a, b]) {
            assert.equal(
                (
                    await call("POST", `/providers/${p.providerId}/status`, {
                        as: operator,
                        body: { status: "integrated" },
                    })
                ).status,
                200,
            );
        }
    });

    const batch = (
        batchId,
        records,
        start = "2026-10-01T00:00:00Z",
        end = "2026-10-01T01:00:00Z",
    ) => ({ batchId, periodStart: start, periodEnd: end, records });
    const rec = (p, calls) => ({
        providerId: p.providerId,
        calls,
        bytesOut: calls * 10,
        responseMsTotal: calls * 3,
        errors: 0,
    });

    test("submit: 202 then duplicate 200, counted once; bad token 401; invalid 400; unknown/suspended 422 atomically", async () => {
        const r1 = await call("POST", "/usage/submit", {
            as: { token },
            body: batch("b1", [rec(a, 100), rec(b, 300), rec(c, 50)]),
        });
        assert.equal(r1.status, 202, r1.raw);
        assert.deepEqual(r1.json, { batchId: "b1", accepted: 3, duplicate: false });
        const dup = await call("POST", "/usage/submit", {
            as: { token },
            body: batch("b1", [rec(a, 100)]),
        });
        assert.equal(dup.status, 200);
        assert.equal(dup.json.duplicate, true);
        assert.equal(
            (await call("GET", `/providers/${a.providerId}`, { as: operator })).json.status,
            "earning_revenue",
        );
        assert.equal(
            (await call("GET", `/providers/${c.providerId}`, { as: operator })).json.status,
            "registered",
            "usage does not integrate",
        );
        assert.equal(
            (
                await call("POST", "/usage/submit", {
                    as: { token: "x".repeat(40) },
                    body: batch("b2", []),
                })
            ).status,
            401,
        );
        assert.equal((await call("POST", "/usage/submit", { body: batch("b2", []) })).status, 401);
        const bad = await call("POST", "/usage/submit", {
            as: { token },
            body: batch(
                "b3",
                [
                    { ...rec(a, 1), calls: 2 ** 53 },
                    { ...rec(a, 1), errors: -1 },
                    { ...rec(a, 1), bytesOut: 1.5 },
                ],
                "2026-10-01T02:00:00Z",
                "2026-10-01T01:00:00Z",
            ),
        });
        assert.equal(bad.status, 400);
        assert.deepEqual(
            bad.json.errors.map((e) => e.field),
            ["periodEnd", "records[0].calls", "records[1].errors", "records[2].bytesOut"],
        );
        assert.equal(
            (
                await call("POST", "/usage/submit", {
                    as: { token },
                    body: batch(
                        "b4",
                        [{ ...rec(a, 0), calls: 2 ** 53 - 1, bytesOut: 2 ** 53 - 1 }],
                        "2026-09-01T00:00:00Z",
                        "2026-09-01T01:00:00Z",
                    ),
                })
            ).status,
            202,
            "2^53-1 accepted",
        );
        await call("POST", `/providers/${b.providerId}/status`, {
            as: operator,
            body: { status: "suspended" },
        });
        const refused = await call("POST", "/usage/submit", {
            as: { token },
            body: batch("b5", [rec(a, 7), rec(b, 7), { ...rec(a, 1), providerId: "prv_unknown" }]),
        });
        assert.equal(refused.status, 422);
        assert.deepEqual(
            refused.json.errors.map((e) => e.field),
            ["records[1].providerId", "records[2].providerId"],
        );
        // Nothing of the refused batch counted, and its batchId is still free.
        await call("POST", `/providers/${b.providerId}/status`, {
            as: operator,
            body: { status: "registered" },
        });
        await call("POST", `/providers/${b.providerId}/status`, {
            as: operator,
            body: { status: "integrated" },
        });
        const retry = await call("POST", "/usage/submit", {
            as: { token },
            body: batch("b5", [rec(a, 10)]),
        });
        assert.equal(retry.status, 202);
    });

    test("concurrent duplicates count once", async () => {
        const body = batch("race", [rec(a, 1000)], "2026-08-01T00:00:00Z", "2026-08-01T01:00:00Z");
        const rs = await Promise.all(
            Array.from({ length: 6 }, () => call("POST", "/usage/submit", { as: { token }, body })),
        );
        assert.equal(rs.filter((r) => r.status === 202).length, 1);
        assert.equal(rs.filter((r) => r.status === 200 && r.json.duplicate).length, 5);
        const dry = await dryRun("2026-08-01T00:00:00Z", "2026-08-02T00:00:00Z", "10");
        assert.equal(dry.json.totalWeight, "1000");
    });

    test("dry run applies the revenue rule to eligible providers only", async () => {
        const dry = await dryRun("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z", "1000");
        assert.equal(dry.status, 200, dry.raw);
        // a: 100 + 10 calls, b: 300 (c is only registered: not eligible). W = 410.
        assert.equal(dry.json.totalWeight, "410");
        const amounts = Object.fromEntries(
            dry.json.allocations.map((x) => [x.providerId, BigInt(x.amount)]),
        );
        assert.equal(amounts[a.providerId] + amounts[b.providerId], 1000n);
        assert.equal(
            amounts[a.providerId],
            (1000n * 110n) / 410n + ((1000n * 110n) % 410n > (1000n * 300n) % 410n ? 1n : 0n),
        );
        assert.equal(amounts[c.providerId], undefined);
        const cycles = await call("GET", "/revenue/cycles", { as: operator });
        assert.equal(cycles.json.items.length, 0, "dry run creates no cycle");
    });

    test("distribute: validation 400, role 403, empty period skipped, overlap 409, no chain -> failed then retry", async () => {
        const body = {
            periodStart: "2026-07-01T00:00:00Z",
            periodEnd: "2026-07-02T00:00:00Z",
            pool: "5000000",
        };
        assert.equal(
            (
                await call("POST", "/revenue/distribute", {
                    as: operator,
                    body: { ...body, pool: "1.5" },
                })
            ).status,
            400,
        );
        assert.equal(
            (
                await call("POST", "/revenue/distribute", {
                    as: operator,
                    body: { ...body, pool: 5 },
                })
            ).status,
            400,
        );
        assert.equal(
            (await call("POST", "/revenue/distribute", { as: auditor, body })).status,
            403,
        );
        const skipped = await call("POST", "/revenue/distribute", { as: operator, body });
        assert.equal(skipped.status, 202, skipped.raw);
        await srv.engine.idle();
        const got = await call("GET", `/revenue/cycles/${skipped.json.cycleId}`, { as: auditor });
        assert.equal(got.json.status, "skipped_insufficient_usage");
        const overlap = await call("POST", "/revenue/distribute", {
            as: operator,
            body: {
                ...body,
                periodStart: "2026-07-01T12:00:00Z",
                periodEnd: "2026-07-03T00:00:00Z",
            },
        });
        assert.equal(overlap.status, 409);
        // With usage but no chain the cycle computes its allocation, then fails (cannot pay).
        const real = await distribute("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z", "1000");
        assert.equal(real.status, 202);
        await srv.engine.idle();
        const failed = await call("GET", `/revenue/cycles/${real.json.cycleId}`, { as: operator });
        assert.equal(failed.json.status, "failed");
        assert.match(failed.json.error, /chain/);
        assert.equal(failed.json.totalWeight, "410");
        assert.ok(failed.json.transfers.every((t) => t.status === "queued" && t.amount));
        const asAuditor = await call("GET", `/revenue/cycles/${real.json.cycleId}`, {
            as: auditor,
        });
        assert.ok(
            asAuditor.json.transfers.every((t) => !("amount" in t)),
            "amounts for operators only",
        );
        // Retry of a failed cycle: same cycle again (different pool refused).
        assert.equal(
            (
                await call("POST", "/revenue/distribute", {
                    as: operator,
                    body: {
                        periodStart: "2026-10-01T00:00:00Z",
                        periodEnd: "2026-10-02T00:00:00Z",
                        pool: "999",
                    },
                })
            ).status,
            409,
        );
        const retry = await call("POST", "/revenue/distribute", {
            as: operator,
            body: {
                periodStart: "2026-10-01T00:00:00Z",
                periodEnd: "2026-10-02T00:00:00Z",
                pool: "1000",
            },
        });
        assert.equal(retry.status, 202);
        assert.equal(retry.json.cycleId, real.json.cycleId);
        await srv.engine.idle();
        assert.equal((await call("GET", "/revenue/cycles/cyc_nope", { as: operator })).status, 404);
        const list = await call("GET", "/revenue/cycles?limit=1", { as: operator });
        assert.equal(list.json.items.length, 1);
        assert.ok(list.json.nextCursor);
        const next = await call("GET", `/revenue/cycles?limit=1&cursor=${list.json.nextCursor}`, {
            as: operator,
        });
        assert.notEqual(next.json.items[0].cycleId, list.json.items[0].cycleId);
    });

    test("earnings and audit totals: roles, ranges, no confirmed transfers yet", async () => {
        const w20 = providerWallet(20);
        const own = await call("GET", `/providers/${a.providerId}/earnings`, { as: w20 });
        assert.equal(own.status, 200, own.raw);
        assert.equal(own.json.totals.distributed, "0", "nothing confirmed without a chain");
        assert.ok(own.json.cycles.length >= 1);
        assert.equal(
            (await call("GET", `/providers/${a.providerId}/earnings`, { as: operator })).status,
            200,
        );
        assert.equal(
            (await call("GET", `/providers/${a.providerId}/earnings`, { as: auditor })).status,
            403,
        );
        assert.equal(
            (await call("GET", `/providers/${a.providerId}/earnings?from=yesterday`, { as: w20 }))
                .status,
            400,
        );
        assert.equal(
            (await call("GET", "/providers/prv_nope/earnings", { as: operator })).status,
            404,
        );
        const ranged = await call(
            "GET",
            `/providers/${a.providerId}/earnings?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z`,
            { as: w20 },
        );
        assert.equal(ranged.json.cycles.length, 0);
        const audit = await call(
            "GET",
            "/audit/totals?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z",
            { as: auditor },
        );
        assert.equal(audit.status, 200, audit.raw);
        assert.equal(audit.json.grandTotal, "0");
        assert.equal(
            (
                await call(
                    "GET",
                    "/audit/totals?from=2027-01-01T00:00:00Z&to=2026-01-01T00:00:00Z",
                    { as: auditor },
                )
            ).status,
            400,
        );
    });
});

describe("earnings: usage counters per cycle", () => {
    test("cycles[].usage: the provider's counters as the cycle counted them, frozen; summed for old rows", async () => {
        const { w, provider: p } = await register(45);
        await call("POST", `/providers/${p.providerId}/status`, {
            as: operator,
            body: { status: "integrated" },
        });
        const { token } = (await call("POST", "/servers", { as: operator, body: { name: "u" } }))
            .json;
        const submit = (batchId, hour, rec) =>
            call("POST", "/usage/submit", {
                as: { token },
                body: {
                    batchId,
                    periodStart: `2026-04-01T0${hour}:00:00Z`,
                    periodEnd: `2026-04-01T0${hour + 1}:00:00Z`,
                    records: [{ providerId: p.providerId, ...rec }],
                },
            });
        const big = 2 ** 53 - 1;
        assert.equal(
            (await submit("u1", 0, { calls: 7, bytesOut: big, responseMsTotal: 70, errors: 1 }))
                .status,
            202,
        );
        assert.equal(
            (await submit("u2", 1, { calls: 5, bytesOut: big, responseMsTotal: 30, errors: 2 }))
                .status,
            202,
        );
        const started = await distribute("2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z", "1000");
        assert.equal(started.status, 202);
        await srv.engine.idle();
        const usageOf = async () => {
            const e = await call("GET", `/providers/${p.providerId}/earnings`, { as: w });
            assert.equal(e.status, 200, e.raw);
            const c = e.json.cycles.find((x) => x.cycleId === started.json.cycleId);
            return { usage: c.usage, weight: c.weight };
        };
        const expected = {
            calls: "12",
            bytesOut: String(2n * BigInt(big)), // beyond 2^53: exact as a string
            responseMsTotal: "100",
            errors: "3",
        };
        assert.deepEqual(await usageOf(), { usage: expected, weight: "12" });
        // A record arriving after the allocation does not change the cycle's figures.
        assert.equal(
            (await submit("u3", 2, { calls: 100, bytesOut: 1, responseMsTotal: 1, errors: 1 }))
                .status,
            202,
        );
        assert.deepEqual((await usageOf()).usage, expected);
        // Allocations from before migration 003 have no frozen counters: summed on read.
        const db = new pg.Client({ connectionString: srv.databaseUrl });
        await db.connect();
        await db.query(
            `UPDATE cycle_allocations SET usage_calls = NULL, usage_bytes_out = NULL,
               usage_response_ms_total = NULL, usage_errors = NULL WHERE cycle_id = $1`,
            [started.json.cycleId],
        );
        await db.end();
        assert.deepEqual((await usageOf()).usage, {
            calls: "112",
            bytesOut: String(2n * BigInt(big) + 1n),
            responseMsTotal: "101",
            errors: "4",
        });
    });
});

describe("usage servers: revocation", () => {
    test("DELETE: 204, token refused from then on, counted usage stays, listed as revoked; again 404", async () => {
        const { provider: p } = await register(40);
        await call("POST", `/providers/${p.providerId}/status`, {
            as: operator,
            body: { status: "integrated" },
        });
        const created = await call("POST", "/servers", { as: operator, body: { name: "to-go" } });
        assert.equal(created.status, 201);
        assert.equal(created.json.status, "active");
        assert.equal(created.json.revokedAt, null);
        const { serverId, token } = created.json;
        const submit = (batchId) =>
            call("POST", "/usage/submit", {
                as: { token },
                body: {
                    batchId,
                    periodStart: "2026-05-01T00:00:00Z",
                    periodEnd: "2026-05-01T01:00:00Z",
                    records: [
                        { providerId: p.providerId, calls: 42, bytesOut: 1, responseMsTotal: 2, errors: 0 },
                    ],
                },
            });
        assert.equal((await submit("r1")).status, 202);
        const del = (as, id = serverId) => call("DELETE", `/servers/${id}`, { as });
        assert.equal((await del(auditor)).status, 403);
        assert.equal((await del(providerWallet(40))).status, 403);
        assert.equal((await call("DELETE", `/servers/${serverId}`)).status, 401);
        const t0 = Date.now();
        const gone = await del(operator);
        assert.equal(gone.status, 204);
        assert.equal(gone.raw, "");
        const refused = await submit("r2");
        assert.equal(refused.status, 401);
        assert.match(refused.json.detail, /revoked/);
        assert.equal((await submit("r1")).status, 401, "also a batch it sent before");
        const again = await del(operator);
        assert.equal(again.status, 404);
        assert.match(again.json.detail, /already revoked/);
        assert.equal((await del(operator, "srv_nope")).status, 404);
        assert.equal((await del(operator, "%zz")).status, 400);
        // Listed with its state; the filter separates active from revoked.
        const all = (await call("GET", "/servers?limit=500", { as: operator })).json.items;
        const listed = all.find((x) => x.serverId === serverId);
        assert.equal(listed.status, "revoked");
        assert.ok(Math.abs(Date.parse(listed.revokedAt) - t0) < 60000, listed.revokedAt);
        const revoked = (await call("GET", "/servers?status=revoked", { as: operator })).json;
        assert.deepEqual(
            revoked.items.map((x) => x.serverId),
            [serverId],
        );
        const active = (await call("GET", "/servers?status=active", { as: operator })).json;
        assert.ok(active.items.length >= 1);
        assert.ok(active.items.every((x) => x.status === "active" && x.revokedAt === null));
        assert.equal((await call("GET", "/servers?status=gone", { as: operator })).status, 400);
        // What it submitted before still counts.
        const dry = await dryRun("2026-05-01T00:00:00Z", "2026-05-02T00:00:00Z", "100");
        assert.equal(dry.json.totalWeight, "42");
    });

    test("a batch racing a revocation is refused once the revocation committed", async () => {
        const { provider: p } = await register(41);
        const { token, serverId } = (
            await call("POST", "/servers", { as: operator, body: { name: "racer" } })
        ).json;
        // Revoke inside an open transaction, start a submission, then commit.
        const db = new pg.Client({ connectionString: srv.databaseUrl });
        await db.connect();
        try {
            await db.query("BEGIN");
            await db.query(
                "UPDATE usage_servers SET revoked_at = now(), revoked_by = 'test' WHERE server_id = $1",
                [serverId],
            );
            const pending = call("POST", "/usage/submit", {
                as: { token },
                body: {
                    batchId: "race-1",
                    periodStart: "2026-05-03T00:00:00Z",
                    periodEnd: "2026-05-03T01:00:00Z",
                    records: [
                        { providerId: p.providerId, calls: 1, bytesOut: 0, responseMsTotal: 0, errors: 0 },
                    ],
                },
            });
            await new Promise((r) => setTimeout(r, 300));
            await db.query("COMMIT");
            assert.equal((await pending).status, 401);
            const n = await db.query("SELECT count(*)::int AS n FROM usage_batches WHERE server_id = $1", [
                serverId,
            ]);
            assert.equal(n.rows[0].n, 0);
        } finally {
            await db.end();
        }
    });
});

describe("misc", () => {
    test("GET /network without a chain: 503; unknown route 404; wrong method 405; wrong media type 415", async () => {
        assert.equal((await call("GET", "/network")).status, 503);
        const r404 = await fetch(srv.url + "/nothing");
        assert.equal(r404.status, 404);
        assert.equal(r404.headers.get("content-type"), "application/problem+json");
        assert.equal((await fetch(srv.url + "/network", { method: "DELETE" })).status, 405);
        const r415 = await call("POST", "/servers", {
            as: operator,
            rawBody: '{"name":"x"}',
            headers: { "Content-Type": "text/plain" },
        });
        assert.equal(r415.status, 415);
        assert.equal((await call("GET", "/artifacts/" + "0".repeat(64))).status, 404);
    });

    test("rate limit: per client address, before authentication, 429 with Retry-After", async () => {
        // The window is a fixed minute: do not start right before it turns.
        const into = Date.now() % 60000;
        if (into > 50000) await new Promise((r) => setTimeout(r, 60000 - into + 100));
        const limited = await startTestServer("rate", { rateLimitPerMinute: 4 });
        try {
            const c = client(limited.url);
            // Every request from this address counts: signed by anyone, unsigned, malformed.
            assert.equal((await c("GET", "/servers", { as: operator })).status, 200);
            assert.equal((await c("GET", "/providers", { as: auditor })).status, 200);
            assert.equal((await c("GET", "/providers")).status, 401);
            assert.equal((await c("GET", "/providers/%zz", { as: operator })).status, 400);
            // A fresh claimed identity does not buy a fresh window.
            for (const as of [providerWallet(77), null, operator]) {
                const r = await c("GET", "/servers", as ? { as } : {});
                assert.equal(r.status, 429);
                assert.equal(r.headers.get("content-type"), "application/problem+json");
                const retry = Number(r.headers.get("retry-after"));
                assert.ok(retry >= 1 && retry <= 60, `Retry-After ${retry}`);
            }
        } finally {
            await limited.close();
        }
    });

    test("a malformed percent-escape or request target is a 400 problem, not a 500", async () => {
        for (const p of [
            "/providers/%zz",
            "/providers/%E0%A4%A/earnings",
            "/revenue/cycles/%",
            "/artifacts/%zz",
        ]) {
            const r = await call("GET", p, { as: operator });
            assert.equal(r.status, 400, `${p}: ${r.raw}`);
            assert.equal(r.headers.get("content-type"), "application/problem+json");
            assert.match(r.json.detail, /percent-escape/);
        }
        // A target that is not a path (sent raw; fetch would normalise it).
        const status = await new Promise((resolve, reject) => {
            const u = new URL(srv.url);
            http.get({ host: u.hostname, port: u.port, path: "//:99999/x" }, (res) => {
                res.resume();
                resolve(res.statusCode);
            }).on("error", reject);
        });
        assert.equal(status, 404);
        assert.ok(!srv.logs.some((l) => /^error /.test(l)), srv.logs.join("\n"));
    });

    test("the server listens on loopback only and the base path is /api/v1", () => {
        assert.match(srv.url, new RegExp(`^http://127\\.0\\.0\\.1:\\d+${BASE_PATH}$`));
    });
});
