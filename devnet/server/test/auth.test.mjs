// The signed-request check against the committed vectors (made with ethers, see
// bin/make-signing-vectors.mjs), including the refusals that do not need a database round trip.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { RateLimiter, clientKey, signedMessage, verifySignedRequest } from "../src/auth.mjs";

const doc = JSON.parse(
    fs.readFileSync(
        path.join(
            path.dirname(fileURLToPath(import.meta.url)),
            "..",
            "vectors",
            "request-signing.json",
        ),
        "utf8",
    ),
);

// A stand-in pool that accepts every nonce: these tests exercise only the signature checks.
const acceptAll = { query: async () => ({ rowCount: 1 }) };
const req = (v, headers = {}) => ({
    method: v.method,
    headers: Object.fromEntries(
        Object.entries({ ...v.headers, ...headers }).map(([k, x]) => [k.toLowerCase(), x]),
    ),
});

test("message layout: five lines, no trailing newline", () => {
    for (const v of doc.vectors) {
        assert.equal(
            signedMessage(
                v.method,
                v.pathAndQuery,
                v.timestamp,
                v.nonce,
                Buffer.from(v.body, "utf8"),
            ),
            v.message,
        );
        const lines = v.message.split("\n");
        assert.equal(lines.length, 5);
        assert.equal(lines[0], "BackendShield API request");
        assert.equal(lines[4], v.bodySha256);
    }
    // SHA-256 of the empty string for bodiless requests.
    assert.equal(
        doc.vectors[0].bodySha256,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
});

test("vector signatures verify at their timestamp; any change is refused", async () => {
    for (const v of doc.vectors) {
        const now = Number(v.timestamp);
        const raw = Buffer.from(v.body, "utf8");
        assert.equal(
            await verifySignedRequest(acceptAll, req(v), v.pathAndQuery, raw, now),
            doc.address,
        );
        // Lower-case address header is accepted (any case), result checksummed.
        assert.equal(
            await verifySignedRequest(
                acceptAll,
                req(v, { "X-BS-Address": doc.address.toLowerCase() }),
                v.pathAndQuery,
                raw,
                now,
            ),
            doc.address,
        );
        await assert.rejects(
            verifySignedRequest(acceptAll, req(v), v.pathAndQuery + "&x=1", raw, now),
            /signature/,
        );
        await assert.rejects(
            verifySignedRequest(
                acceptAll,
                req(v),
                v.pathAndQuery,
                Buffer.concat([raw, Buffer.from(" ")]),
                now,
            ),
            /signature/,
        );
        await assert.rejects(
            verifySignedRequest(
                acceptAll,
                { ...req(v), method: v.method === "GET" ? "POST" : "GET" },
                v.pathAndQuery,
                raw,
                now,
            ),
            /signature/,
        );
        await assert.rejects(
            verifySignedRequest(acceptAll, req(v), v.pathAndQuery, raw, now + 301),
            /timestamp/,
        );
        await assert.rejects(
            verifySignedRequest(acceptAll, req(v), v.pathAndQuery, raw, now - 301),
            /timestamp/,
        );
        assert.equal(
            await verifySignedRequest(acceptAll, req(v), v.pathAndQuery, raw, now + 300),
            doc.address,
        );
        await assert.rejects(
            verifySignedRequest(
                acceptAll,
                req(v, { "X-BS-Nonce": v.nonce.toUpperCase() }),
                v.pathAndQuery,
                raw,
                now,
            ),
            /signature/,
            "the nonce is signed as sent",
        );
        await assert.rejects(
            verifySignedRequest(
                acceptAll,
                req(v, { "X-BS-Nonce": v.nonce.slice(1) }),
                v.pathAndQuery,
                raw,
                now,
            ),
            /Nonce/,
        );
    }
});

test("a replayed nonce is refused", async () => {
    const v = doc.vectors[0];
    const seen = { query: async () => ({ rowCount: 0 }) };
    await assert.rejects(
        verifySignedRequest(seen, req(v), v.pathAndQuery, Buffer.alloc(0), Number(v.timestamp)),
        /nonce/,
    );
});

test("rate limiter: per key, fixed one-minute windows, 429 with the seconds left", () => {
    const rl = new RateLimiter(2);
    const t0 = 60000 * 1000 + 15000; // 15 s into a window
    rl.hit("a", t0);
    rl.hit("a", t0);
    rl.hit("b", t0);
    assert.throws(
        () => rl.hit("a", t0),
        (e) => e.status === 429 && e.headers["Retry-After"] === "45",
    );
    rl.hit("a", t0 + 45000); // the next window
    assert.doesNotThrow(() => new RateLimiter(0).hit("a"), "0 = off");
});

test("rate limiter: the table stays bounded and drops the least recently seen key", () => {
    const rl = new RateLimiter(1, { maxEntries: 100 });
    const t = 120000;
    rl.hit("victim", t);
    for (let i = 0; i < 10000; i++) rl.hit(`attacker-${i}`, t);
    assert.equal(rl.size, 100);
    // A key seen again moves to the back and survives the next wave; a key left alone does not.
    const kept = new RateLimiter(1, { maxEntries: 3 });
    kept.hit("x", t);
    kept.hit("y", t);
    assert.throws(() => kept.hit("x", t), { status: 429 });
    kept.hit("z", t);
    kept.hit("w", t); // evicts y, the least recently seen
    assert.throws(() => kept.hit("x", t), { status: 429 }, "x still remembered");
    assert.doesNotThrow(() => kept.hit("y", t), "y was dropped: a fresh window");
});

test("rate limiter key: IPv4 as is, IPv4-mapped IPv6 as IPv4, IPv6 by /64", () => {
    assert.equal(clientKey("127.0.0.1"), "127.0.0.1");
    assert.equal(clientKey("::ffff:192.0.2.7"), "192.0.2.7");
    assert.equal(clientKey("::1"), "0:0:0:0::/64");
    assert.equal(clientKey("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
    assert.equal(clientKey("2001:0DB8:0001:0002:ffff:1:2:3"), "2001:db8:1:2::/64");
    assert.equal(clientKey("2001:db8::7%eth0"), "2001:db8:0:0::/64");
    assert.equal(clientKey("fe80::1:2:3:4"), "fe80:0:0:0::/64");
});
