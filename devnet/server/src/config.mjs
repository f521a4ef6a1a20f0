// Server configuration from the environment (all optional except the database URL).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getAddress } from "ethers";

import { parseMisbehave } from "./misbehave.mjs";

const DEVNET_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const list = (s) =>
    s
        ? s
              .split(",")
              .map((a) => a.trim())
              .filter(Boolean)
              .map((a) => getAddress(a.toLowerCase()))
        : [];

/**
 * BS_DATABASE_URL      postgresql URL (bin/pg.sh url prints the devnet one)      required
 * BS_SERVER_PORT       TCP port on 127.0.0.1                                        8787
 * BS_NETWORK_JSON      chain description written by the devnet deploy      devnet/state/network.json
 * BS_OPERATOR_KEY      operator wallet key (default: network.json's operator account)
 * BS_OPERATOR_ADDRESSES, BS_AUDITOR_ADDRESSES  comma lists (default: network.json's operator/auditor)
 * BS_PUBLIC_URL        base URL clients use                          http://127.0.0.1:<port>/api/v1
 * BS_RATE_LIMIT        requests per minute per client address, counted before
 *                      authentication (IPv6: per /64; 0 = off)                           6000
 * BS_RATE_LIMIT_ENTRIES  addresses the rate limiter remembers (least recent dropped)    10000
 * BS_SERVER_MISBEHAVE  devnet tests only: lies in /audit/totals (misbehave.mjs), honoured only
 *                      with BS_SERVER_ALLOW_MISBEHAVE=devnet-only-i-understand and the devnet's
 *                      well-known operator; otherwise the server refuses to start
 */
export function loadConfig(env = process.env) {
    const port = Number(env.BS_SERVER_PORT ?? 8787);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error("BS_SERVER_PORT must be a TCP port");
    const count = (name, dflt) => {
        const n = Number(env[name] ?? dflt);
        if (!Number.isSafeInteger(n) || n < 0)
            throw new Error(`${name} must be a non-negative integer`);
        return n;
    };
    if (!env.BS_DATABASE_URL) throw new Error("BS_DATABASE_URL is required (see bin/pg.sh url)");
    return {
        host: "127.0.0.1",
        port,
        databaseUrl: env.BS_DATABASE_URL,
        networkJson: env.BS_NETWORK_JSON ?? path.join(DEVNET_DIR, "state", "network.json"),
        operatorPrivateKey: env.BS_OPERATOR_KEY || undefined,
        operatorAddresses: list(env.BS_OPERATOR_ADDRESSES),
        auditorAddresses: list(env.BS_AUDITOR_ADDRESSES),
        publicUrl: env.BS_PUBLIC_URL ?? null,
        rateLimitPerMinute: count("BS_RATE_LIMIT", 6000),
        rateLimitEntries: Math.max(1, count("BS_RATE_LIMIT_ENTRIES", 10000)),
        misbehave: parseMisbehave(env.BS_SERVER_MISBEHAVE, env.BS_SERVER_ALLOW_MISBEHAVE),
        // Tests only: zero proofs with correct public signals (see chain.mjs witnessOnlyProver).
        witnessOnlyProofs: env.BS_TEST_WITNESS_ONLY_PROOFS === "1",
    };
}
