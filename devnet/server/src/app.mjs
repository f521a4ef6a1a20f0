// The operator API v1: routing, roles and the route handlers.
import crypto from "node:crypto";
import fs from "node:fs";

import {
    NONCE_WINDOW_S,
    RateLimiter,
    clientKey,
    revokedToken,
    sha256Hex,
    verifyBearer,
    verifySignedRequest,
} from "./auth.mjs";
import { inPrimeSubgroup } from "./babyjub.mjs";
import { withTransaction } from "./db.mjs";
import {
    HttpError,
    badRequest,
    conflict,
    forbidden,
    notFound,
    page,
    pageParams,
    parseJsonBody,
    readBody,
    sendJson,
    sendProblem,
    unprocessable,
} from "./http.mjs";
import * as v from "./validate.mjs";
import { allocate } from "./revenue.mjs";
import { dustOf, paidOf, tokenOf } from "./cycles.mjs";
import { misreport } from "./misbehave.mjs";

export const BASE_PATH = "/api/v1";

/** A percent-encoded path segment; a malformed escape (e.g. %zz) is the caller's error. */
function decodePathPart(x) {
    try {
        return decodeURIComponent(x);
    } catch {
        throw badRequest(`the path segment "${x}" has a malformed percent-escape`);
    }
}
const iso = (d) => (d ? new Date(d).toISOString().replace(".000Z", "Z") : null);
const newId = (prefix) => `${prefix}_${crypto.randomBytes(10).toString("hex")}`;

// Provider state machine (spec "Providers"); earning_revenue is entered only by usage intake.
const OPERATOR_TRANSITIONS = {
    integrated: ["registered"],
    suspended: ["registered", "integrated", "earning_revenue"],
    registered: ["suspended"],
};

function providerJson(r) {
    return {
        providerId: r.provider_id,
        address: r.address,
        eercPublicKey: r.eerc_public_key,
        displayName: r.display_name,
        contactEmail: r.contact_email,
        api: r.api,
        status: r.status,
        onchainRegistered: r.onchain_registered,
        createdAt: iso(r.created_at),
        updatedAt: iso(r.updated_at),
    };
}

/**
 * @param {object} deps
 *   pool: pg.Pool; config: see config.mjs; chain: Chain or null; engine: CycleEngine
 */
export function createApp({ pool, config, chain, engine }) {
    const limiter = new RateLimiter(config.rateLimitPerMinute, {
        maxEntries: config.rateLimitEntries,
    });
    const operators = new Set(config.operatorAddresses);
    const auditors = new Set(config.auditorAddresses);
    const roleOf = (a) =>
        operators.has(a) ? "operator" : auditors.has(a) ? "auditor" : "provider";

    // ------------------------------------------------------------------ helpers per request

    const requireRole = (ctx, ...roles) => {
        if (!roles.includes(roleOf(ctx.signer))) {
            throw forbidden(
                `this needs the ${roles.join(" or ")} role; ${ctx.signer} does not have it`,
            );
        }
    };
    const validated = (errors) => {
        if (errors.length) throw badRequest("some fields are invalid", errors);
    };

    async function providerById(id) {
        const r = await pool.query("SELECT * FROM providers WHERE provider_id = $1", [id]);
        if (r.rowCount !== 1) throw notFound(`no provider ${id}`);
        return r.rows[0];
    }

    /** Reads the registrar; null when the chain is not configured or unreachable. */
    async function onchainMatches(address, key) {
        if (!chain) return null;
        try {
            const pk = await chain.publicKeyOf(address);
            return pk !== null && pk[0] === BigInt(key[0]) && pk[1] === BigInt(key[1]);
        } catch {
            return null;
        }
    }

    // ------------------------------------------------------------------ routes

    const routes = [];
    const route = (method, pattern, auth, handler) => {
        const rx = new RegExp("^" + pattern.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)") + "$");
        routes.push({ method, rx, auth, handler });
    };

    route("GET", "/network", "public", async (ctx) => {
        if (!chain)
            throw new HttpError(
                503,
                "Service Unavailable",
                "the server has no chain configuration (network.json)",
            );
        // The converter assigns the token id on the first deposit: refresh it (best effort).
        await chain.currentTokenId().catch(() => {});
        return [200, chain.describe(config.publicUrl)];
    });

    route("GET", "/artifacts/{sha256}", "public", async (ctx, { sha256 }) => {
        const file = chain?.artifactByHash(sha256);
        if (!file) throw notFound(`no artifact with sha256 ${sha256}`);
        const etag = `"${sha256}"`;
        const headers = { ETag: etag, "Cache-Control": "public, max-age=31536000, immutable" };
        if (
            (ctx.req.headers["if-none-match"] ?? "")
                .split(",")
                .some((t) => t.trim().replace(/^W\//, "") === etag)
        ) {
            ctx.res.writeHead(304, headers);
            ctx.res.end();
            return null;
        }
        const stat = fs.statSync(file);
        ctx.res.writeHead(200, {
            ...headers,
            "Content-Type": "application/octet-stream",
            "Content-Length": stat.size,
        });
        await new Promise((resolve, reject) =>
            fs.createReadStream(file).on("error", reject).pipe(ctx.res).on("finish", resolve),
        );
        return null;
    });

    route("POST", "/providers/register", "signed", async (ctx) => {
        const b = ctx.json();
        const errors = [];
        const address = v.address(errors, "address", b.address);
        const key = v.point(errors, "eercPublicKey", b.eercPublicKey);
        const displayName = v.text(errors, "displayName", b.displayName, { max: 100 });
        const contactEmail = v.email(errors, "contactEmail", b.contactEmail);
        const api = v.object(errors, "api", b.api) ?? {};
        const apiOut = {
            name: v.text(errors, "api.name", api.name, { max: 64 }),
            baseUrl: v.httpUrl(errors, "api.baseUrl", api.baseUrl),
            category: v.oneOf(errors, "api.category", api.category, v.CATEGORIES),
            pricing: v.oneOf(errors, "api.pricing", api.pricing, v.PRICING),
        };
        validated(errors);
        if (address !== ctx.signer)
            throw forbidden("a provider registers itself: sign with the address being registered");
        if (!inPrimeSubgroup(key)) {
            throw unprocessable(
                "eercPublicKey is not a point of the BabyJubJub prime-order subgroup",
                [{ field: "eercPublicKey", message: "not in the prime-order subgroup" }],
            );
        }
        const keyStr = key.map(String);
        const canonical = JSON.stringify({
            address,
            eercPublicKey: keyStr,
            displayName,
            contactEmail,
            api: apiOut,
        });
        const hash = sha256Hex(canonical);
        const onchain = (await onchainMatches(address, keyStr)) ?? false;
        return withTransaction(pool, async (c) => {
            const existing = await c.query(
                "SELECT * FROM providers WHERE address = $1 FOR UPDATE",
                [address],
            );
            if (existing.rowCount === 1) {
                const row = existing.rows[0];
                if (row.registration_hash !== hash) {
                    throw conflict(
                        `${address} is already registered with other details (${row.provider_id})`,
                    );
                }
                if (row.onchain_registered !== onchain && onchain) {
                    const u = await c.query(
                        `UPDATE providers SET onchain_registered = true, updated_at = now()
                         WHERE provider_id = $1 RETURNING *`,
                        [row.provider_id],
                    );
                    return [200, providerJson(u.rows[0])];
                }
                return [200, providerJson(row)];
            }
            const r = await c.query(
                `INSERT INTO providers (provider_id, address, eerc_public_key, display_name, contact_email, api,
                   registration_hash, status, onchain_registered)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'registered', $8) RETURNING *`,
                [newId("prv"), address, keyStr, displayName, contactEmail, apiOut, hash, onchain],
            );
            return [201, providerJson(r.rows[0])];
        });
    });

    route("GET", "/providers", "signed", async (ctx) => {
        requireRole(ctx, "operator", "auditor");
        const { limit, cursor } = pageParams(ctx.query);
        const errors = [];
        const status = ctx.query.get("status") || null;
        if (status !== null)
            v.oneOf(errors, "status", status, [
                "registered",
                "integrated",
                "earning_revenue",
                "suspended",
            ]);
        validated(errors);
        const r = await pool.query(
            `SELECT * FROM providers WHERE ($1::text IS NULL OR status = $1) AND ($2::bigint IS NULL OR seq > $2)
             ORDER BY seq LIMIT $3`,
            [status, cursor, limit + 1],
        );
        return [200, page(r.rows, limit, providerJson)];
    });

    route("GET", "/providers/{providerId}", "signed", async (ctx, { providerId }) => {
        let row = await providerById(providerId);
        if (row.address !== ctx.signer) requireRole(ctx, "operator", "auditor");
        if (!row.onchain_registered) {
            // The chain is the authority; refresh a stale "false" on read.
            if (await onchainMatches(row.address, row.eerc_public_key)) {
                row = (
                    await pool.query(
                        `UPDATE providers SET onchain_registered = true, updated_at = now()
                         WHERE provider_id = $1 RETURNING *`,
                        [providerId],
                    )
                ).rows[0];
            }
        }
        return [200, providerJson(row)];
    });

    route("POST", "/providers/{providerId}/status", "signed", async (ctx, { providerId }) => {
        requireRole(ctx, "operator");
        const b = ctx.json();
        const errors = [];
        const to = v.oneOf(errors, "status", b.status, Object.keys(OPERATOR_TRANSITIONS));
        let reason = null;
        if (b.reason !== undefined && b.reason !== null)
            reason = v.text(errors, "reason", b.reason, { min: 0, max: 500 });
        validated(errors);
        return withTransaction(pool, async (c) => {
            const r = await c.query("SELECT * FROM providers WHERE provider_id = $1 FOR UPDATE", [
                providerId,
            ]);
            if (r.rowCount !== 1) throw notFound(`no provider ${providerId}`);
            const from = r.rows[0].status;
            if (!OPERATOR_TRANSITIONS[to].includes(from))
                throw conflict(`a provider cannot go from ${from} to ${to}`);
            await c.query(
                `INSERT INTO provider_status_changes (provider_id, from_status, to_status, reason, changed_by)
                 VALUES ($1, $2, $3, $4, $5)`,
                [providerId, from, to, reason, ctx.signer],
            );
            const u = await c.query(
                `UPDATE providers SET status = $2, updated_at = now() WHERE provider_id = $1
                 RETURNING *`,
                [providerId, to],
            );
            return [200, providerJson(u.rows[0])];
        });
    });

    const serverJson = (s) => ({
        serverId: s.server_id,
        name: s.name,
        status: s.revoked_at ? "revoked" : "active",
        createdAt: iso(s.created_at),
        revokedAt: iso(s.revoked_at),
    });

    route("POST", "/servers", "signed", async (ctx) => {
        requireRole(ctx, "operator");
        const b = ctx.json();
        const errors = [];
        const name = v.text(errors, "name", b.name, { max: 100 });
        validated(errors);
        const token = "bst_" + crypto.randomBytes(32).toString("base64url");
        const r = await pool.query(
            `INSERT INTO usage_servers (server_id, name, token_sha256) VALUES ($1, $2, $3)
             RETURNING *`,
            [newId("srv"), name, sha256Hex(token)],
        );
        return [201, { ...serverJson(r.rows[0]), token }];
    });

    route("GET", "/servers", "signed", async (ctx) => {
        requireRole(ctx, "operator");
        const { limit, cursor } = pageParams(ctx.query);
        const errors = [];
        const status = ctx.query.get("status") || null;
        if (status !== null) v.oneOf(errors, "status", status, ["active", "revoked"]);
        validated(errors);
        const r = await pool.query(
            `SELECT * FROM usage_servers WHERE ($1::bigint IS NULL OR seq > $1)
               AND ($2::text IS NULL OR (revoked_at IS NULL) = ($2 = 'active'))
             ORDER BY seq LIMIT $3`,
            [cursor, status, limit + 1],
        );
        return [200, page(r.rows, limit, serverJson)];
    });

    // Revocation: the token is refused from the commit on (usage/submit re-checks under a row
    // lock); the server and the usage it submitted stay. Revoking twice: 404, like an unknown id.
    route("DELETE", "/servers/{serverId}", "signed", async (ctx, { serverId }) => {
        requireRole(ctx, "operator");
        const r = await pool.query(
            `UPDATE usage_servers SET revoked_at = now(), revoked_by = $2
             WHERE server_id = $1 AND revoked_at IS NULL RETURNING 1`,
            [serverId, ctx.signer],
        );
        if (r.rowCount === 0) {
            const prev = await pool.query(
                "SELECT revoked_at FROM usage_servers WHERE server_id = $1",
                [serverId],
            );
            if (prev.rowCount === 0) throw notFound(`no usage server ${serverId}`);
            throw notFound(
                `usage server ${serverId} was already revoked at ${iso(prev.rows[0].revoked_at)}`,
            );
        }
        ctx.res.writeHead(204, { "Cache-Control": "no-store" });
        ctx.res.end();
        return null;
    });

    route("POST", "/usage/submit", "bearer", async (ctx) => {
        const b = ctx.json();
        const errors = [];
        const batchId = v.id(errors, "batchId", b.batchId);
        const { start, end } = v.period(errors, b);
        const records = [];
        if (!Array.isArray(b.records) || b.records.length > 10000) {
            errors.push({ field: "records", message: "an array of at most 10000 records" });
        } else {
            b.records.forEach((rec, i) => {
                const f = `records[${i}]`;
                if (v.object(errors, f, rec) === undefined) return;
                records.push({
                    providerId: v.id(errors, `${f}.providerId`, rec.providerId),
                    calls: v.counter(errors, `${f}.calls`, rec.calls),
                    bytesOut: v.counter(errors, `${f}.bytesOut`, rec.bytesOut),
                    responseMsTotal: v.counter(errors, `${f}.responseMsTotal`, rec.responseMsTotal),
                    errors: v.counter(errors, `${f}.errors`, rec.errors),
                });
            });
        }
        validated(errors);
        return withTransaction(pool, async (c) => {
            // Holds off a concurrent revocation until this batch is in, or sees it committed.
            const live = await c.query(
                `SELECT 1 FROM usage_servers WHERE server_id = $1 AND revoked_at IS NULL
                 FOR SHARE`,
                [ctx.serverId],
            );
            if (live.rowCount !== 1) throw revokedToken();
            const ins = await c.query(
                `INSERT INTO usage_batches (server_id, batch_id, period_start, period_end, record_count)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1`,
                [ctx.serverId, batchId, start, end, records.length],
            );
            if (ins.rowCount === 0) {
                // Same (server, batchId): already counted once; a concurrent twin waited for our lock.
                const prev = await c.query(
                    "SELECT record_count FROM usage_batches WHERE server_id = $1 AND batch_id = $2",
                    [ctx.serverId, batchId],
                );
                return [200, { batchId, accepted: prev.rows[0].record_count, duplicate: true }];
            }
            const ids = [...new Set(records.map((r) => r.providerId))];
            const known = await c.query(
                "SELECT provider_id, status FROM providers WHERE provider_id = ANY($1) FOR SHARE",
                [ids],
            );
            const status = new Map(known.rows.map((r) => [r.provider_id, r.status]));
            const bad = [];
            records.forEach((r, i) => {
                const s = status.get(r.providerId);
                if (s === undefined)
                    bad.push({
                        field: `records[${i}].providerId`,
                        message: `unknown provider ${r.providerId}`,
                    });
                else if (s === "suspended")
                    bad.push({
                        field: `records[${i}].providerId`,
                        message: `provider ${r.providerId} is suspended`,
                    });
            });
            if (bad.length)
                throw unprocessable(
                    "the batch names unknown or suspended providers; nothing was counted",
                    bad,
                );
            if (records.length) {
                const col = (k) => records.map((r) => r[k]);
                await c.query(
                    `INSERT INTO usage_records (server_id, batch_id, provider_id, period_start, period_end, calls, bytes_out, response_ms_total, errors)
                     SELECT $1, $2, p, $3, $4, c, b, m, e
                     FROM unnest($5::text[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[]) AS u(p, c, b, m, e)`,
                    [
                        ctx.serverId,
                        batchId,
                        start,
                        end,
                        col("providerId"),
                        col("calls"),
                        col("bytesOut"),
                        col("responseMsTotal"),
                        col("errors"),
                    ],
                );
                await c.query(
                    `UPDATE providers SET status = 'earning_revenue', updated_at = now()
                     WHERE provider_id = ANY($1) AND status = 'integrated'`,
                    [ids],
                );
            }
            return [202, { batchId, accepted: records.length, duplicate: false }];
        });
    });

    route("POST", "/revenue/distribute", "signed", async (ctx) => {
        requireRole(ctx, "operator");
        const b = ctx.json();
        const errors = [];
        const { start, end } = v.period(errors, b);
        const poolAmount = v.decimal(errors, "pool", b.pool, { min: 1n, max: 1n << 255n });
        if (b.dryRun !== undefined && typeof b.dryRun !== "boolean")
            errors.push({ field: "dryRun", message: "true or false" });
        validated(errors);
        if (b.dryRun === true) {
            const weights = await engine.weights(pool, start, end);
            const alloc = allocate(
                poolAmount,
                weights.map((w) => ({ providerId: w.providerId, weight: w.weight })),
            );
            await engine.checkFunding(poolAmount);
            const byId = new Map(weights.map((w) => [w.providerId, w]));
            const totalWeight = weights.reduce((s, w) => s + w.weight, 0n);
            const dustOfAmount = (amount) => amount - engine.payable(amount);
            return [
                200,
                {
                    dryRun: true,
                    periodStart: iso(start),
                    periodEnd: iso(end),
                    pool: String(poolAmount),
                    totalWeight: String(totalWeight),
                    providerCount: weights.length,
                    status: alloc ? "calculated" : "skipped_insufficient_usage",
                    dust: String((alloc ?? []).reduce((s, a) => s + dustOfAmount(a.amount), 0n)),
                    allocations: (alloc ?? []).map((a) => ({
                        providerId: a.providerId,
                        address: byId.get(a.providerId).address,
                        weight: String(a.weight),
                        amount: String(a.amount),
                        dust: String(dustOfAmount(a.amount)),
                    })),
                },
            ];
        }
        const cycleId = await engine.start({
            periodStart: start,
            periodEnd: end,
            pool: poolAmount,
        });
        return [202, await engine.cycleJson(cycleId, { amounts: true })];
    });

    route("GET", "/revenue/cycles", "signed", async (ctx) => {
        requireRole(ctx, "operator", "auditor");
        const { limit, cursor } = pageParams(ctx.query);
        const r = await pool.query(
            `SELECT seq, cycle_id FROM cycles WHERE ($1::bigint IS NULL OR seq < $1)
             ORDER BY seq DESC LIMIT $2`,
            [cursor, limit + 1],
        );
        const amounts = roleOf(ctx.signer) === "operator";
        const out = page(r.rows, limit, (x) => x.cycle_id);
        out.items = await Promise.all(out.items.map((id) => engine.cycleJson(id, { amounts })));
        return [200, out];
    });

    route("GET", "/revenue/cycles/{cycleId}", "signed", async (ctx, { cycleId }) => {
        requireRole(ctx, "operator", "auditor");
        const c = await engine.cycleJson(cycleId, { amounts: roleOf(ctx.signer) === "operator" });
        if (!c) throw notFound(`no cycle ${cycleId}`);
        return [200, c];
    });

    const range = (ctx) => {
        const errors = [];
        const from = ctx.query.has("from")
            ? v.time(errors, "from", ctx.query.get("from"))
            : new Date(0);
        const to = ctx.query.has("to")
            ? v.time(errors, "to", ctx.query.get("to"))
            : new Date("9999-12-31T23:59:59Z");
        if (from && to && !(from < to)) errors.push({ field: "to", message: "must be after from" });
        validated(errors);
        return { from, to };
    };

    route("GET", "/providers/{providerId}/earnings", "signed", async (ctx, { providerId }) => {
        const prov = await providerById(providerId);
        if (prov.address !== ctx.signer) requireRole(ctx, "operator");
        const { from, to } = range(ctx);
        // usage: frozen with the allocation; summed from the records for allocations older
        // than migration 003.
        const r = await pool.query(
            `SELECT c.cycle_id, c.period_start, c.period_end, c.status, c.pool::text, c.total_weight::text,
                    a.weight::text, a.amount::text, a.paid_amount::text, a.status AS transfer_status, a.tx_hash, a.block_number, a.log_index,
                    coalesce(a.usage_calls, u.calls)::text AS usage_calls,
                    coalesce(a.usage_bytes_out, u.bytes_out)::text AS usage_bytes_out,
                    coalesce(a.usage_response_ms_total, u.response_ms_total)::text AS usage_response_ms_total,
                    coalesce(a.usage_errors, u.errors)::text AS usage_errors
             FROM cycle_allocations a JOIN cycles c USING (cycle_id)
             LEFT JOIN LATERAL (
               SELECT coalesce(sum(calls), 0) AS calls, coalesce(sum(bytes_out), 0) AS bytes_out,
                      coalesce(sum(response_ms_total), 0) AS response_ms_total, coalesce(sum(errors), 0) AS errors
               FROM usage_records ur
               WHERE a.usage_calls IS NULL AND ur.provider_id = a.provider_id
                 AND ur.period_start >= c.period_start AND ur.period_start < c.period_end) u ON true
             WHERE a.provider_id = $1 AND c.period_start >= $2 AND c.period_end <= $3
             ORDER BY c.period_start, c.seq`,
            [providerId, from, to],
        );
        let distributed = 0n;
        const cycles = r.rows.map((x) => {
            const confirmed = x.transfer_status === "confirmed";
            if (confirmed) distributed += paidOf(x);
            return {
                cycleId: x.cycle_id,
                periodStart: iso(x.period_start),
                periodEnd: iso(x.period_end),
                status: x.status,
                pool: x.pool,
                weight: x.weight,
                totalWeight: x.total_weight,
                amount: x.amount,
                dust: String(dustOf(x)),
                usage: {
                    calls: x.usage_calls,
                    bytesOut: x.usage_bytes_out,
                    responseMsTotal: x.usage_response_ms_total,
                    errors: x.usage_errors,
                },
                transfer: confirmed
                    ? {
                          txHash: x.tx_hash,
                          blockNumber: Number(x.block_number),
                          logIndex: x.log_index,
                      }
                    : null,
            };
        });
        return [
            200,
            {
                providerId,
                token: tokenOf(chain),
                totals: { distributed: String(distributed), cycles: cycles.length },
                cycles,
            },
        ];
    });

    route("GET", "/audit/totals", "signed", async (ctx) => {
        requireRole(ctx, "operator", "auditor");
        const { from, to } = range(ctx);
        const carried = new Map();
        const totals = await engine.auditTotals(
            from,
            to,
            ctx.query.has("from"),
            ctx.query.has("to"),
            carried,
        );
        // Empty unless the devnet's test switch is on (see misbehave.mjs).
        return [200, misreport(totals, config.misbehave ?? [], (t) => carried.get(t.txHash))];
    });

    // ------------------------------------------------------------------ dispatch

    async function handle(req, res) {
        // First of all, before parsing or authenticating anything: floods of malformed or
        // badly signed requests count too, and a claimed identity cannot buy a fresh window.
        limiter.hit(clientKey(req.socket.remoteAddress));
        let url;
        try {
            // Origin-form only: the target is a path (and query), never a URL of its own.
            if (!req.url.startsWith("/")) throw new Error();
            url = new URL("http://localhost" + req.url);
        } catch {
            throw badRequest("the request target is not a valid path");
        }
        if (!url.pathname.startsWith(BASE_PATH + "/"))
            throw notFound(`the API lives under ${BASE_PATH}`);
        // The signed path is the request target after the base path, exactly as sent.
        const pathAndQuery = req.url.slice(BASE_PATH.length);
        const sub = url.pathname.slice(BASE_PATH.length);
        const candidates = routes.filter((r) => r.rx.test(sub));
        if (!candidates.length) throw notFound(`no route ${sub}`);
        const rt = candidates.find((r) => r.method === req.method);
        if (!rt) {
            const allow = [...new Set(candidates.map((r) => r.method))].join(", ");
            throw new HttpError(405, "Method Not Allowed", `use ${allow}`, {
                headers: { Allow: allow },
            });
        }
        const params = Object.fromEntries(
            Object.entries(rt.rx.exec(sub).groups ?? {}).map(([k, x]) => [k, decodePathPart(x)]),
        );
        const raw = await readBody(req);
        if (req.method === "GET" && raw.length) throw badRequest("GET requests have no body");
        let parsed;
        const ctx = {
            req,
            res,
            query: url.searchParams,
            json: () => (parsed ??= parseJsonBody(req, raw)),
        };
        if (rt.auth === "signed")
            ctx.signer = await verifySignedRequest(pool, req, pathAndQuery, raw);
        if (rt.auth === "bearer") ctx.serverId = await verifyBearer(pool, req);
        const out = await rt.handler(ctx, params);
        if (out) sendJson(req, res, out[0], out[1]);
    }

    return async (req, res) => {
        try {
            await handle(req, res);
        } catch (e) {
            if (e instanceof HttpError) return sendProblem(res, e);
            config.log?.(`error ${req.method} ${req.url}: ${e.stack ?? e}`);
            if (!res.headersSent)
                sendProblem(
                    res,
                    new HttpError(500, "Internal Server Error", "the server failed; see its log"),
                );
            else res.destroy();
        }
    };
}

export { NONCE_WINDOW_S };
