// Starts/stops a Hardhat 2 node (loopback only) and waits for it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

import { DEVNET_DIR, NODE_MODULES } from "./paths.mjs";

// The devnet's default chain id; BS_DEVNET_CHAIN_ID (read by hardhat.config.cjs) sets another.
export const CHAIN_ID = 43112;

/** Checks a chain id setting: a positive integer that fits EIP-155 signing comfortably. */
export function chainIdOf(v) {
    const n = typeof v === "string" && /^\d{1,15}$/.test(v) ? Number(v) : v;
    if (!Number.isSafeInteger(n) || n < 1 || n > 4294967295)
        throw new Error(`a chain id must be an integer from 1 to 4294967295, not ${v}`);
    return n;
}

/** A free TCP port on 127.0.0.1 (racy in theory, fine for a test run). */
export function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.unref();
        srv.on("error", reject);
        srv.listen(0, "127.0.0.1", () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}

export async function rpc(url, method, params = []) {
    const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const body = await res.json();
    if (body.error) throw new Error(`${method}: ${body.error.message}`);
    return body.result;
}

/** Resolves once eth_chainId answers, or rejects after `timeoutMs`. */
export async function waitForRpc(url, timeoutMs = 60000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            return parseInt(await rpc(url, "eth_chainId"), 16);
        } catch (err) {
            if (Date.now() > deadline) throw new Error(`no JSON-RPC at ${url}: ${err.message}`);
            await new Promise((r) => setTimeout(r, 250));
        }
    }
}

/**
 * Spawns `hardhat node` on 127.0.0.1:port with `chainId` (default 43112) and waits until it
 * answers with it. The caller must call stop() when done (`devnet up` starts its long-lived node
 * from bash).
 */
export async function startNode({ port, logFile, chainId: wanted = CHAIN_ID }) {
    wanted = chainIdOf(wanted);
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const log = fs.openSync(logFile, "a");
    const child = spawn(
        process.execPath,
        [path.join(NODE_MODULES, "hardhat", "internal", "cli", "bootstrap.js"), "node",
            "--hostname", "127.0.0.1", "--port", String(port)],
        {
            cwd: DEVNET_DIR,
            stdio: ["ignore", log, log],
            env: { ...process.env, BS_DEVNET_CHAIN_ID: String(wanted) },
        },
    );
    fs.closeSync(log);
    const url = `http://127.0.0.1:${port}`;
    const exited = new Promise((_, reject) =>
        child.once("exit", (code) => reject(new Error(`hardhat node exited (${code}), see ${logFile}`))),
    );
    exited.catch(() => {}); // a later, expected exit (stop()) is not an error
    try {
        const chainId = await Promise.race([waitForRpc(url), exited]);
        if (chainId !== wanted) throw new Error(`unexpected chain id ${chainId} at ${url}`);
    } catch (err) {
        child.kill("SIGTERM");
        throw err;
    }
    return {
        url,
        pid: child.pid,
        stop: () =>
            new Promise((resolve) => {
                if (child.exitCode !== null) return resolve();
                child.once("exit", resolve);
                child.kill("SIGTERM");
            }),
    };
}
