// The operator API as the devnet's scripts call it (bin/seed.mjs, bin/cycle.mjs): requests
// signed by a wallet as the spec describes, or with a usage server's bearer token; a 429 is
// waited out as told and the request signed afresh.
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { signedMessage } from "../src/auth.mjs";

// The devnet directory, and the options every script takes: `--<name> <value>`.
export const DEVNET = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
};
// --url (the server's API base) and --network (the devnet's network.json).
export const defaultBaseUrl = () =>
    arg("url", `http://127.0.0.1:${process.env.BS_SERVER_PORT ?? 8787}/api/v1`);
export const defaultNetworkFile = () =>
    arg("network", process.env.BS_NETWORK_JSON ?? path.join(DEVNET, "state", "network.json"));

export function apiClient(baseUrl) {
    async function api(method, p, { as, token, body } = {}) {
        const text = body === undefined ? "" : JSON.stringify(body);
        const headers = text ? { "Content-Type": "application/json" } : {};
        if (as) {
            const ts = String(Math.floor(Date.now() / 1000));
            const nonce = crypto.randomBytes(16).toString("hex");
            Object.assign(headers, {
                "X-BS-Address": as.address,
                "X-BS-Timestamp": ts,
                "X-BS-Nonce": nonce,
                "X-BS-Signature": await as.signMessage(
                    signedMessage(method, p, ts, nonce, Buffer.from(text)),
                ),
            });
        }
        if (token) headers.Authorization = `Bearer ${token}`;
        const res = await fetch(baseUrl + p, { method, headers, body: text || undefined });
        if (res.status === 429) {
            await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get("retry-after") ?? 1)));
            return api(method, p, { as, token, body });
        }
        const json = res.status === 304 ? null : await res.json();
        return { status: res.status, json };
    }
    const must = (r, ...ok) => {
        if (!ok.includes(r.status)) throw new Error(`unexpected ${r.status}: ${JSON.stringify(r.json)}`);
        return r.json;
    };
    // Every item of a paged list (nextCursor), for an operator.
    async function all(p, as) {
        const items = [];
        let cursor = null;
        do {
            const sep = p.includes("?") ? "&" : "?";
            const page = must(await api("GET", cursor ? `${p}${sep}cursor=${cursor}` : p, { as }), 200);
            items.push(...page.items);
            cursor = page.nextCursor;
        } while (cursor);
        return items;
    }
    return { api, must, all };
}
