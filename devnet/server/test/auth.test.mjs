// The signed-request check against the committed vectors (made with ethers, see
// bin/make-signing-vectors.mjs), including the refusals that do not need a database round trip.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { signedMessage, verifySignedRequest } from "../src/auth.mjs";

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
