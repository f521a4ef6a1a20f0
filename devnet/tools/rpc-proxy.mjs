#!/usr/bin/env node
// An adversarial JSON-RPC proxy for tests (issue 16): forwards to a real node and, on command,
// lies the way a hostile or broken node would. Development and tests only.
//
//   node devnet/tools/rpc-proxy.mjs --upstream http://127.0.0.1:8545 [--port 0] [--host 127.0.0.1]
//        [--fees-factor F] [--chain-id N] [--drop-broadcast [N]] [--reorg-receipt [N]]
//        [--reorg-then real|null] [--delay-ms N] [--verbose]
//
// The first line on stdout is one JSON object, then nothing else is written there:
//   {"port": N, "url": "http://127.0.0.1:N", "admin": "http://127.0.0.1:N/__proxy", "upstream": "..."}
// (--port 0, the default, takes a free port.) It runs until SIGTERM/SIGINT.
//
// JSON-RPC: POST to any path except /__proxy, single requests and batches.
// Admin: GET /__proxy -> the state; POST /__proxy with a JSON body {"mode": ..., ...} sets one
// fault (faults combine; setting one again replaces it; {"mode": M, "off": true} clears it) and
// answers the new state; 400 {"error": "..."} on bad input. Modes (README.md, "RPC proxy"):
//   fees            {factor}      eth_gasPrice, eth_maxPriorityFeePerGas, eth_estimateGas,
//                                 eth_feeHistory (baseFeePerGas, reward) and blocks'
//                                 baseFeePerGas multiplied by factor (> 0, up to 3 decimals)
//   chain-id        {chainId}     eth_chainId and net_version answer this id (not forwarded)
//   drop-broadcast  {count?}      eth_sendRawTransaction answers the transaction's hash as if
//                                 accepted but does not forward it; the next `count` ones (all
//                                 while on if absent)
//   reorg-receipt   {count?, then?, txHash?}  eth_getTransactionReceipt: the first `count`
//                                 (default 1) answers per transaction carry a blockHash (also in
//                                 logs) that is not the canonical one at that height:
//                                 keccak256("rpc-proxy reorg " + real blockHash); afterwards the
//                                 real receipt (then "real", default) or null (then "null"); only
//                                 for txHash if given
//   delay           {ms, methods?} every answer (or those of the listed methods) waits ms
//   reset           {}            all faults off, counters and stats cleared
import fs from "node:fs";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { keccak256, toUtf8Bytes } from "ethers";

const MODES = ["fees", "chain-id", "drop-broadcast", "reorg-receipt", "delay", "reset"];
const FEE_RESULTS = new Set(["eth_gasPrice", "eth_maxPriorityFeePerGas", "eth_estimateGas"]);
const MAX_BODY = 8 * 1024 * 1024;

class BadRequest extends Error {}

export class RpcProxy {
    constructor(upstream, { verbose = false } = {}) {
        this.upstream = upstream;
        this.verbose = verbose;
        this.reset();
    }

    reset() {
        this.faults = {
            fees: null,
            chainId: null,
            dropBroadcast: null,
            reorgReceipt: null,
            delay: null,
        };
        this.reorgCounts = new Map(); // txHash -> fake answers given
        this.stats = { requests: 0, byMethod: {}, dropped: [], reorged: [] };
    }

    state() {
        return { upstream: this.upstream, faults: this.faults, stats: this.stats };
    }

    /** Applies an admin command; throws BadRequest on bad input. */
    command(cmd) {
        if (cmd === null || typeof cmd !== "object" || Array.isArray(cmd))
            throw new BadRequest("send a JSON object {mode: ...}");
        const { mode } = cmd;
        if (!MODES.includes(mode))
            throw new BadRequest(`mode must be one of ${MODES.join(", ")}`);
        if (mode === "reset") return this.reset();
        const key = {
            fees: "fees",
            "chain-id": "chainId",
            "drop-broadcast": "dropBroadcast",
            "reorg-receipt": "reorgReceipt",
            delay: "delay",
        }[mode];
        if (cmd.off === true) {
            this.faults[key] = null;
            if (key === "reorgReceipt") this.reorgCounts.clear();
            return;
        }
        const int = (name, v, min, max) => {
            if (!Number.isSafeInteger(v) || v < min || v > max)
                throw new BadRequest(`${name} must be an integer from ${min} to ${max}`);
            return v;
        };
        switch (mode) {
            case "fees": {
                const f = cmd.factor;
                if (typeof f !== "number" || !(f > 0) || f > 1e12)
                    throw new BadRequest("factor must be a number > 0");
                const milli = BigInt(Math.round(f * 1000));
                if (milli === 0n) throw new BadRequest("factor must be at least 0.001");
                this.faults.fees = { factor: f };
                this.feeMilli = milli;
                break;
            }
            case "chain-id":
                this.faults.chainId = { chainId: int("chainId", cmd.chainId, 1, 2 ** 53 - 1) };
                break;
            case "drop-broadcast":
                this.faults.dropBroadcast = {
                    remaining: cmd.count === undefined ? null : int("count", cmd.count, 1, 1e9),
                };
                break;
            case "reorg-receipt": {
                const then = cmd.then ?? "real";
                if (then !== "real" && then !== "null")
                    throw new BadRequest('then must be "real" or "null"');
                if (cmd.txHash !== undefined && !/^0x[0-9a-fA-F]{64}$/.test(cmd.txHash))
                    throw new BadRequest("txHash must be 0x + 64 hex");
                this.faults.reorgReceipt = {
                    count: cmd.count === undefined ? 1 : int("count", cmd.count, 1, 1e9),
                    then,
                    txHash: cmd.txHash?.toLowerCase() ?? null,
                };
                this.reorgCounts.clear();
                break;
            }
            case "delay": {
                const methods = cmd.methods ?? null;
                if (methods !== null && !(Array.isArray(methods) && methods.every((m) => typeof m === "string")))
                    throw new BadRequest("methods must be a list of method names");
                this.faults.delay = { ms: int("ms", cmd.ms, 0, 600000), methods };
                break;
            }
        }
    }

    log(m) {
        if (this.verbose) process.stderr.write(`[rpc-proxy] ${m}\n`);
    }

    async forward(req) {
        const res = await fetch(this.upstream, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(req),
        });
        return res.json();
    }

    /** One JSON-RPC request -> its answer (or undefined for a notification without id). */
    async handleOne(req) {
        this.stats.requests++;
        const method = req?.method;
        if (typeof method === "string")
            this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
        const delay = this.faults.delay;
        const wait =
            delay && (delay.methods === null || delay.methods.includes(method)) ? delay.ms : 0;
        let answer;
        try {
            answer = await this.answer(req, method);
        } catch (e) {
            // The upstream node is unreachable or answered garbage.
            this.log(`error: ${e.stack ?? e}`);
            answer = {
                jsonrpc: "2.0",
                id: req?.id ?? null,
                error: { code: -32603, message: `rpc-proxy: upstream: ${e.message}` },
            };
        }
        if (wait) await new Promise((r) => setTimeout(r, wait));
        return answer;
    }

    async answer(req, method) {
        const ok = (result) => ({ jsonrpc: "2.0", id: req.id ?? null, result });
        const f = this.faults;
        if (f.chainId && method === "eth_chainId") return ok("0x" + f.chainId.chainId.toString(16));
        if (f.chainId && method === "net_version") return ok(String(f.chainId.chainId));
        if (f.dropBroadcast && method === "eth_sendRawTransaction") {
            const raw = req.params?.[0];
            if (typeof raw === "string" && /^0x[0-9a-fA-F]+$/.test(raw)) {
                const hash = keccak256(raw);
                this.stats.dropped.push(hash);
                this.log(`dropped ${hash}`);
                if (f.dropBroadcast.remaining !== null && --f.dropBroadcast.remaining === 0)
                    f.dropBroadcast = null;
                return ok(hash);
            }
        }
        const res = await this.forward(req);
        if (res.error || res.result === undefined || res.result === null) return res;
        if (f.fees) res.result = this.inflate(method, res.result, this.feeMilli);
        if (f.reorgReceipt && method === "eth_getTransactionReceipt")
            res.result = this.reorg(res.result);
        return res;
    }

    inflate(method, result, milli) {
        const mul = (hex) => "0x" + ((BigInt(hex) * milli) / 1000n).toString(16);
        if (FEE_RESULTS.has(method)) return mul(result);
        if (method === "eth_feeHistory") {
            return {
                ...result,
                baseFeePerGas: result.baseFeePerGas?.map(mul),
                reward: result.reward?.map((r) => r.map(mul)),
            };
        }
        if ((method === "eth_getBlockByNumber" || method === "eth_getBlockByHash") && result.baseFeePerGas)
            return { ...result, baseFeePerGas: mul(result.baseFeePerGas) };
        return result;
    }

    reorg(receipt) {
        const r = this.faults.reorgReceipt;
        const hash = receipt.transactionHash.toLowerCase();
        if (r.txHash !== null && r.txHash !== hash) return receipt;
        const given = this.reorgCounts.get(hash) ?? 0;
        if (given >= r.count) return r.then === "null" ? null : receipt;
        this.reorgCounts.set(hash, given + 1);
        if (!this.stats.reorged.includes(hash)) this.stats.reorged.push(hash);
        const fake = keccak256(toUtf8Bytes(`rpc-proxy reorg ${receipt.blockHash}`));
        return {
            ...receipt,
            blockHash: fake,
            logs: (receipt.logs ?? []).map((l) => ({ ...l, blockHash: fake })),
        };
    }

    /** The node:http request handler. */
    handler() {
        return (req, res) => {
            const send = (status, value) => {
                const text = JSON.stringify(value);
                res.writeHead(status, {
                    "content-type": "application/json",
                    "content-length": Buffer.byteLength(text),
                });
                res.end(text);
            };
            const chunks = [];
            let size = 0;
            req.on("data", (c) => {
                size += c.length;
                if (size > MAX_BODY) req.destroy();
                else chunks.push(c);
            });
            req.on("end", async () => {
                const raw = Buffer.concat(chunks).toString("utf8");
                try {
                    if (req.url.split("?")[0] === "/__proxy") {
                        if (req.method === "GET") return send(200, this.state());
                        if (req.method !== "POST") return send(405, { error: "use GET or POST" });
                        let cmd;
                        try {
                            cmd = JSON.parse(raw);
                        } catch {
                            throw new BadRequest("the body is not JSON");
                        }
                        this.command(cmd);
                        this.log(`admin ${raw}`);
                        return send(200, this.state());
                    }
                    if (req.method !== "POST") return send(405, { error: "JSON-RPC takes POST" });
                    let body;
                    try {
                        body = JSON.parse(raw);
                    } catch {
                        return send(200, {
                            jsonrpc: "2.0",
                            id: null,
                            error: { code: -32700, message: "parse error" },
                        });
                    }
                    if (Array.isArray(body)) {
                        const out = await Promise.all(body.map((r) => this.handleOne(r)));
                        return send(200, out);
                    }
                    return send(200, await this.handleOne(body));
                } catch (e) {
                    if (e instanceof BadRequest) return send(400, { error: e.message });
                    this.log(`error: ${e.stack ?? e}`);
                    return send(502, {
                        jsonrpc: "2.0",
                        id: null,
                        error: { code: -32603, message: `rpc-proxy: ${e.message}` },
                    });
                }
            });
        };
    }
}

/** Starts a proxy; resolves to { proxy, server, port, url, admin, close() }. */
export async function startProxy({ upstream, port = 0, host = "127.0.0.1", verbose = false }) {
    const proxy = new RpcProxy(upstream, { verbose });
    const server = http.createServer(proxy.handler());
    await new Promise((resolve, reject) => server.once("error", reject).listen(port, host, resolve));
    const actual = server.address().port;
    const url = `http://${host}:${actual}`;
    return {
        proxy,
        server,
        port: actual,
        url,
        admin: `${url}/__proxy`,
        close: () =>
            new Promise((r) => {
                server.closeAllConnections();
                server.close(r);
            }),
    };
}

async function main() {
    const { values } = parseArgs({
        options: {
            upstream: { type: "string" },
            port: { type: "string", default: "0" },
            host: { type: "string", default: "127.0.0.1" },
            "fees-factor": { type: "string" },
            "chain-id": { type: "string" },
            "drop-broadcast": { type: "string" },
            "drop-broadcast-all": { type: "boolean" },
            "reorg-receipt": { type: "string" },
            "reorg-then": { type: "string" },
            "delay-ms": { type: "string" },
            verbose: { type: "boolean", default: false },
        },
        args: normaliseFlags(process.argv.slice(2)),
    });
    const fail = (m) => {
        process.stderr.write(`rpc-proxy: ${m}\n`);
        process.exit(2);
    };
    if (!values.upstream || !/^https?:\/\//.test(values.upstream))
        fail("--upstream http://host:port of the real node is required");
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) fail("--port must be a TCP port");
    const p = await startProxy({
        upstream: values.upstream,
        port: Number(values.port),
        host: values.host,
        verbose: values.verbose,
    });
    try {
        const n = (s) => (s === undefined ? undefined : Number(s));
        if (values["fees-factor"] !== undefined)
            p.proxy.command({ mode: "fees", factor: n(values["fees-factor"]) });
        if (values["chain-id"] !== undefined)
            p.proxy.command({ mode: "chain-id", chainId: n(values["chain-id"]) });
        if (values["drop-broadcast-all"]) p.proxy.command({ mode: "drop-broadcast" });
        if (values["drop-broadcast"] !== undefined)
            p.proxy.command({ mode: "drop-broadcast", count: n(values["drop-broadcast"]) });
        if (values["reorg-receipt"] !== undefined || values["reorg-then"] !== undefined)
            p.proxy.command({
                mode: "reorg-receipt",
                count: n(values["reorg-receipt"]) ?? 1,
                then: values["reorg-then"] ?? "real",
            });
        if (values["delay-ms"] !== undefined) p.proxy.command({ mode: "delay", ms: n(values["delay-ms"]) });
    } catch (e) {
        await p.close();
        fail(e.message);
    }
    process.stdout.write(
        JSON.stringify({ port: p.port, url: p.url, admin: p.admin, upstream: values.upstream }) + "\n",
    );
    for (const sig of ["SIGTERM", "SIGINT"]) process.once(sig, () => p.close().then(() => process.exit(0)));
}

/** `--drop-broadcast` and `--reorg-receipt` may come without a count. */
function normaliseFlags(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const next = argv[i + 1];
        const bare = next === undefined || next.startsWith("--");
        if (a === "--drop-broadcast" && bare) out.push("--drop-broadcast-all");
        else if (a === "--reorg-receipt" && bare) out.push("--reorg-receipt", "1");
        else out.push(a);
    }
    return out;
}

const self = fs.realpathSync(fileURLToPath(import.meta.url));
if (process.argv[1] && fs.realpathSync(process.argv[1]) === self) {
    await main().catch((e) => {
        process.stderr.write(`rpc-proxy: ${e.message}\n`);
        process.exit(2);
    });
}
