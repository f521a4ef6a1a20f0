// Request authentication (operator API "Authentication"): EIP-191 signed requests and bearer
// tokens stored as SHA-256.
import crypto from "node:crypto";
import { getAddress, verifyMessage } from "ethers";

import { HttpError, unauthorized } from "./http.mjs";

export const TIMESTAMP_WINDOW_S = 300;
export const NONCE_WINDOW_S = 600;

export const sha256Hex = (data) => crypto.createHash("sha256").update(data).digest("hex");

/** The exact message a client signs (five lines, no trailing newline). */
export function signedMessage(method, pathAndQuery, timestamp, nonce, rawBody) {
    return [
        "BackendShield API request",
        `${method} ${pathAndQuery}`,
        String(timestamp),
        nonce,
        sha256Hex(rawBody),
    ].join("\n");
}

/**
 * Verifies the X-BS-* headers of a request whose path after the base path is `pathAndQuery`.
 * Records the nonce; returns the checksummed signer address. Throws 401 on any failure.
 */
export async function verifySignedRequest(
    pool,
    req,
    pathAndQuery,
    rawBody,
    nowS = Math.floor(Date.now() / 1000),
) {
    const h = req.headers;
    const addr = h["x-bs-address"];
    const ts = h["x-bs-timestamp"];
    const nonce = h["x-bs-nonce"];
    const sig = h["x-bs-signature"];
    if (!addr || !ts || !nonce || !sig) {
        throw unauthorized(
            "sign the request: X-BS-Address, X-BS-Timestamp, X-BS-Nonce and X-BS-Signature are required",
        );
    }
    if (!/^0x[0-9a-fA-F]{40}$/.test(addr)) throw unauthorized("X-BS-Address is not an address");
    if (!/^[0-9]{1,12}$/.test(ts)) throw unauthorized("X-BS-Timestamp must be unix seconds");
    if (!/^[0-9a-fA-F]{32}$/.test(nonce))
        throw unauthorized("X-BS-Nonce must be 32 hex characters");
    if (!/^0x[0-9a-fA-F]{130}$/.test(sig))
        throw unauthorized("X-BS-Signature must be 0x followed by 130 hex characters");
    if (Math.abs(nowS - Number(ts)) > TIMESTAMP_WINDOW_S) {
        throw unauthorized(
            `the request timestamp is more than ${TIMESTAMP_WINDOW_S} s from the server's clock; check the computer's clock`,
        );
    }
    const claimed = getAddress(addr.toLowerCase());
    let recovered;
    try {
        recovered = verifyMessage(signedMessage(req.method, pathAndQuery, ts, nonce, rawBody), sig);
    } catch {
        throw unauthorized("the signature is malformed");
    }
    if (recovered !== claimed)
        throw unauthorized("the signature does not match X-BS-Address and this request");
    // Insert, or take over a nonce whose previous use left the replay window.
    const r = await pool.query(
        `INSERT INTO auth_nonces (address, nonce) VALUES ($1, $2)
         ON CONFLICT (address, nonce) DO UPDATE SET seen_at = now()
           WHERE auth_nonces.seen_at < now() - make_interval(secs => $3)
         RETURNING 1`,
        // Case variants of one nonce are the same nonce.
        [claimed, nonce.toLowerCase(), NONCE_WINDOW_S],
    );
    if (r.rowCount !== 1)
        throw unauthorized("this nonce was already used; sign every request with a fresh nonce");
    return claimed;
}

export const revokedToken = () =>
    unauthorized("this usage server's token was revoked; ask the operator for a new server");

/** Bearer token of an active (not revoked) usage server -> its serverId, or 401. */
export async function verifyBearer(pool, req) {
    const m = /^Bearer ([A-Za-z0-9._~+/=-]{16,256})$/.exec(req.headers.authorization ?? "");
    if (!m) throw unauthorized("send the server's token as Authorization: Bearer <token>");
    const r = await pool.query(
        "SELECT server_id, revoked_at FROM usage_servers WHERE token_sha256 = $1",
        [sha256Hex(m[1])],
    );
    if (r.rowCount !== 1) throw unauthorized("unknown token");
    if (r.rows[0].revoked_at) throw revokedToken();
    return r.rows[0].server_id;
}

/**
 * The rate limiter's key for a peer: an IPv4 address (also when IPv4-mapped) as is, an IPv6
 * address by its /64 prefix (one subscriber usually holds a whole /64).
 */
export function clientKey(remoteAddress = "") {
    const a = remoteAddress.replace(/%.*$/, "").toLowerCase();
    const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
    if (mapped) return mapped[1];
    if (!a.includes(":")) return a;
    const [head, tail] = a.split("::");
    const part = (s) => (s ? s.split(":").flatMap((h) => (h.includes(".") ? ["0", "0"] : [h])) : []);
    const h = part(head);
    const t = tail === undefined ? [] : part(tail);
    const groups = [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill("0"), ...t];
    return groups
        .slice(0, 4)
        .map((g) => parseInt(g || "0", 16).toString(16))
        .join(":") + "::/64";
}

/**
 * Fixed one-minute windows per key (the client's address, see clientKey); answers 429 with
 * Retry-After when a key exceeds `perMinute`. The table is bounded: beyond `maxEntries` keys
 * the least recently seen one is dropped, so a caller with many addresses cannot grow memory
 * (a dropped key merely starts a fresh window when it comes back).
 */
export class RateLimiter {
    constructor(perMinute, { maxEntries = 10000 } = {}) {
        this.perMinute = perMinute;
        this.maxEntries = maxEntries;
        this.entries = new Map(); // key -> { window, count }, least recently seen first
    }
    get size() {
        return this.entries.size;
    }
    hit(key, nowMs = Date.now()) {
        if (!this.perMinute) return;
        const w = Math.floor(nowMs / 60000);
        let e = this.entries.get(key);
        if (e) this.entries.delete(key);
        if (!e || e.window !== w) e = { window: w, count: 0 };
        e.count++;
        this.entries.set(key, e);
        if (this.entries.size > this.maxEntries)
            this.entries.delete(this.entries.keys().next().value);
        if (e.count > this.perMinute) {
            const retry = Math.max(1, Math.ceil(((w + 1) * 60000 - nowMs) / 1000));
            throw new HttpError(429, "Too Many Requests", "too many requests; retry later", {
                headers: { "Retry-After": String(retry) },
            });
        }
    }
}

/** Deletes nonces that left the replay window (called periodically). */
export async function purgeNonces(pool) {
    await pool.query("DELETE FROM auth_nonces WHERE seen_at < now() - make_interval(secs => $1)", [
        NONCE_WINDOW_S,
    ]);
}
