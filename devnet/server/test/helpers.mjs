// Test support: a fresh database per test file on the throwaway cluster that test.sh started,
// the server in-process on a free port, a signing client, and response-schema checks against
// docs/operator-api.yaml.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Wallet } from "ethers";
import pg from "pg";
import YAML from "yaml";

import { BASE_PATH } from "../src/app.mjs";
import { signedMessage } from "../src/auth.mjs";
import { startServer } from "../src/server.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, "..", "..", "..");
export const VECTORS = path.join(REPO, "tests", "data");

export function adminUrl() {
    const url = process.env.BS_TEST_DATABASE_URL;
    if (!url)
        throw new Error(
            "BS_TEST_DATABASE_URL is not set: run the tests through devnet/server/test.sh",
        );
    return url;
}

/** Creates an empty database named after the test file; returns its URL. */
export async function freshDatabase(tag) {
    const name = `t_${tag}_${crypto.randomBytes(4).toString("hex")}`
        .toLowerCase()
        .replace(/[^a-z0-9_]/g, "_");
    const c = new pg.Client({ connectionString: adminUrl() });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const u = new URL(adminUrl());
    u.pathname = "/" + name;
    return u.toString();
}

// Deterministic test identities (not the devnet's); only their addresses matter here.
export const operator = new Wallet("0x" + "11".repeat(32));
export const auditor = new Wallet("0x" + "22".repeat(32));
export const providerWallet = (i) =>
    new Wallet("0x" + crypto.createHash("sha256").update(`provider ${i}`).digest("hex"));

export async function startTestServer(tag, extraEnv = {}) {
    const databaseUrl = await freshDatabase(tag);
    const config = {
        host: "127.0.0.1",
        port: 0,
        databaseUrl,
        networkJson: extraEnv.networkJson ?? null,
        operatorAddresses: extraEnv.operatorAddresses ?? [operator.address],
        auditorAddresses: extraEnv.auditorAddresses ?? [auditor.address],
        publicUrl: null,
        rateLimitPerMinute: extraEnv.rateLimitPerMinute ?? 0,
        operatorPrivateKey: extraEnv.operatorPrivateKey,
    };
    const logs = [];
    const srv = await startServer(config, { log: (m) => logs.push(m) });
    return { ...srv, databaseUrl, config, logs };
}

/** Signs like the spec says; `opts` can override timestamp/nonce/address to test refusals. */
export async function signedHeaders(wallet, method, pathAndQuery, body = "", opts = {}) {
    const ts = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
    const nonce = opts.nonce ?? crypto.randomBytes(16).toString("hex");
    const sig = await wallet.signMessage(
        signedMessage(method, pathAndQuery, ts, nonce, Buffer.from(body)),
    );
    return {
        "X-BS-Address": opts.address ?? wallet.address,
        "X-BS-Timestamp": ts,
        "X-BS-Nonce": nonce,
        "X-BS-Signature": opts.signature ?? sig,
    };
}

/** A small API client. `as` is an ethers signer (signed), {token} (bearer) or null (anonymous). */
export function client(baseUrl) {
    return async function call(
        method,
        pathAndQuery,
        { as = null, body, headers = {}, sign = {}, rawBody } = {},
    ) {
        const text = rawBody ?? (body === undefined ? "" : JSON.stringify(body));
        const h = { ...headers };
        if (text) h["Content-Type"] ??= "application/json";
        if (typeof as?.signMessage === "function")
            Object.assign(h, await signedHeaders(as, method, pathAndQuery, text, sign));
        else if (as?.token) h.Authorization = `Bearer ${as.token}`;
        const res = await fetch(baseUrl + pathAndQuery, {
            method,
            headers: h,
            body: text || undefined,
        });
        const raw = await res.text();
        let json = null;
        if (raw) {
            try {
                json = JSON.parse(raw);
            } catch {
                json = undefined;
            }
        }
        const out = { status: res.status, headers: res.headers, json, raw };
        checkSchema(method, pathAndQuery, out);
        return out;
    };
}

// ------------------------------------------------------------------ OpenAPI response checks

let spec = null;
let ajv = null;
function openapi() {
    if (!spec) {
        spec = YAML.parse(fs.readFileSync(path.join(REPO, "docs", "operator-api.yaml"), "utf8"));
        ajv = new Ajv2020({ strict: false, allErrors: true });
        addFormats(ajv);
        // Make components addressable by $ref "#/components/schemas/X" via a wrapper id.
        ajv.addSchema({ $id: "api", components: spec.components });
    }
    return spec;
}

const deref = (s) => {
    while (s && s.$ref) {
        const parts = s.$ref.replace(/^#\//, "").split("/");
        s = parts.reduce((o, k) => o[k], openapi());
    }
    return s;
};

export const schemaChecks = { count: 0 };

/** Asserts that a response matches the operation's documented response for its status. */
export function checkSchema(method, pathAndQuery, res) {
    const s = openapi();
    const p = pathAndQuery.split("?")[0];
    const entry = Object.entries(s.paths).find(([tpl]) =>
        new RegExp("^" + tpl.replace(/\{\w+\}/g, "[^/]+") + "$").test(p),
    );
    if (!entry) throw new Error(`schema: ${p} is not documented in operator-api.yaml`);
    const op = entry[1][method.toLowerCase()];
    if (!op) throw new Error(`schema: ${method} ${entry[0]} is not documented`);
    const r = deref(op.responses[String(res.status)] ?? op.responses.default);
    if (!r)
        throw new Error(
            `schema: ${method} ${entry[0]} does not document status ${res.status}: ${res.raw}`,
        );
    if (res.status === 304) return;
    const type = (res.headers.get("content-type") ?? "").split(";")[0];
    const media = r.content?.[type];
    if (!media) {
        if (!r.content && !res.raw) return;
        throw new Error(
            `schema: ${method} ${entry[0]} ${res.status} documents no ${type || "(none)"} body`,
        );
    }
    if (type === "application/octet-stream") return;
    const schema = JSON.parse(
        JSON.stringify(media.schema).replaceAll('"#/components', '"api#/components'),
    );
    const validate = ajv.compile(schema);
    if (!validate(res.json)) {
        throw new Error(
            `schema: ${method} ${pathAndQuery} ${res.status} does not match operator-api.yaml: ${ajv.errorsText(validate.errors)}\n${res.raw}`,
        );
    }
    schemaChecks.count++;
}

export { BASE_PATH };
