// tools/rpc-proxy.mjs, the adversarial JSON-RPC proxy, as a C++ test would drive it: started as a
// process on a free port (first stdout line), commanded through POST /__proxy, observed through
// ethers and plain fetch against the real chain behind it.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { after, before, describe, test } from "node:test";
import { JsonRpcProvider, keccak256, parseEther, toUtf8Bytes } from "ethers";

import { devWallet } from "../lib/accounts.mjs";
import { DEVNET_DIR } from "../lib/paths.mjs";
import { testChain } from "./helpers.mjs";

let chain;
let px;

/** Starts the proxy process; resolves to { child, info (first stdout line), stop() }. */
async function startProxy(args) {
    const child = spawn(
        process.execPath,
        [path.join(DEVNET_DIR, "tools", "rpc-proxy.mjs"), "--upstream", chain.url, ...args],
        { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const lines = readline.createInterface({ input: child.stdout });
    const first = await new Promise((resolve, reject) => {
        lines.once("line", resolve);
        child.once("exit", (c) => reject(new Error(`proxy exited ${c}: ${stderr}`)));
    });
    const info = JSON.parse(first);
    return {
        child,
        info,
        stop: () =>
            new Promise((r) => {
                if (child.exitCode !== null) return r();
                child.once("exit", r);
                child.kill("SIGTERM");
            }),
    };
}

const rpc = async (url, method, params = []) => {
    const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 7, method, params }),
    });
    const body = await res.json();
    assert.equal(body.id, 7);
    if (body.error) throw new Error(body.error.message);
    return body.result;
};
const admin = async (body) => {
    const res = await fetch(px.info.admin, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
    });
    return { status: res.status, json: await res.json() };
};
const big = (hex) => BigInt(hex);

before(async () => {
    chain = await testChain();
    px = await startProxy(["--port", "0"]);
});
after(async () => {
    await px?.stop();
    await chain?.stop();
});

describe("rpc-proxy", () => {
    test("first line {port, url, admin, upstream}; passes everything through by default", async () => {
        assert.deepEqual(Object.keys(px.info).sort(), ["admin", "port", "upstream", "url"]);
        assert.equal(px.info.url, `http://127.0.0.1:${px.info.port}`);
        assert.equal(px.info.admin, `${px.info.url}/__proxy`);
        assert.equal(px.info.upstream, chain.url);
        assert.equal(await rpc(px.info.url, "eth_chainId"), await rpc(chain.url, "eth_chainId"));
        assert.equal(await rpc(px.info.url, "eth_blockNumber"), await rpc(chain.url, "eth_blockNumber"));
        // ethers batches requests: batches pass too.
        const p = new JsonRpcProvider(px.info.url, undefined, { staticNetwork: true });
        const [n, bal] = await Promise.all([
            p.getBlockNumber(),
            p.getBalance(devWallet(9).address),
        ]);
        assert.equal(n, await chain.provider.getBlockNumber());
        assert.equal(bal, await chain.provider.getBalance(devWallet(9).address));
        p.destroy();
        const state = (await (await fetch(px.info.admin)).json());
        assert.deepEqual(state.faults, {
            fees: null,
            chainId: null,
            dropBroadcast: null,
            reorgReceipt: null,
            delay: null,
        });
        assert.ok(state.stats.requests >= 4);
    });

    test("fees: every fee figure multiplied by the factor", async () => {
        assert.equal((await admin({ mode: "fees", factor: 10 })).status, 200);
        const tx = [{ from: devWallet(9).address, to: devWallet(8).address, value: "0x1" }];
        for (const [method, params] of [
            ["eth_gasPrice", []],
            ["eth_maxPriorityFeePerGas", []],
            ["eth_estimateGas", tx],
        ]) {
            const real = big(await rpc(chain.url, method, params));
            assert.equal(big(await rpc(px.info.url, method, params)), real * 10n, method);
        }
        const hist = ["0x2", "latest", [50]];
        const realH = await rpc(chain.url, "eth_feeHistory", hist);
        const fakeH = await rpc(px.info.url, "eth_feeHistory", hist);
        assert.deepEqual(fakeH.baseFeePerGas.map(big), realH.baseFeePerGas.map((x) => big(x) * 10n));
        assert.deepEqual(fakeH.reward.flat().map(big), realH.reward.flat().map((x) => big(x) * 10n));
        const realB = await rpc(chain.url, "eth_getBlockByNumber", ["latest", false]);
        const fakeB = await rpc(px.info.url, "eth_getBlockByNumber", ["latest", false]);
        assert.equal(big(fakeB.baseFeePerGas), big(realB.baseFeePerGas) * 10n);
        assert.equal(fakeB.hash, realB.hash, "only the fee field changes");
        // What a wallet library concludes from it.
        const p = new JsonRpcProvider(px.info.url, undefined, { staticNetwork: true });
        const fd = await p.getFeeData();
        const real = await chain.provider.getFeeData();
        assert.equal(fd.maxPriorityFeePerGas, real.maxPriorityFeePerGas * 10n);
        assert.equal(fd.maxFeePerGas, real.maxFeePerGas * 10n);
        p.destroy();
        await admin({ mode: "fees", factor: 1.5 });
        const gp = big(await rpc(chain.url, "eth_gasPrice"));
        assert.equal(big(await rpc(px.info.url, "eth_gasPrice")), (gp * 1500n) / 1000n);
        await admin({ mode: "fees", off: true });
        assert.equal(big(await rpc(px.info.url, "eth_gasPrice")), gp);
    });

    test("chain-id: eth_chainId and net_version change mid-session", async () => {
        const p = new JsonRpcProvider(px.info.url);
        assert.equal((await p.getNetwork()).chainId, BigInt(await rpc(chain.url, "eth_chainId")));
        await admin({ mode: "chain-id", chainId: 43114 });
        assert.equal(await rpc(px.info.url, "eth_chainId"), "0xa86a");
        assert.equal(await rpc(px.info.url, "net_version"), "43114");
        // ethers notices the change on its next network check and refuses to go on.
        await assert.rejects(p.getNetwork(), /network changed/);
        p.destroy();
        await admin({ mode: "chain-id", off: true });
        assert.equal(await rpc(px.info.url, "eth_chainId"), await rpc(chain.url, "eth_chainId"));
    });

    test("drop-broadcast: a success hash, but the node never sees the transaction", async () => {
        const p = new JsonRpcProvider(px.info.url, undefined, { staticNetwork: true });
        const w = devWallet(9, p);
        const nonce = await chain.provider.getTransactionCount(w.address);
        await admin({ mode: "drop-broadcast", count: 1 });
        const sent = await w.sendTransaction({ to: devWallet(8).address, value: 1n });
        assert.match(sent.hash, /^0x[0-9a-f]{64}$/);
        assert.equal(await chain.provider.getTransaction(sent.hash), null);
        assert.equal(await chain.provider.getTransactionCount(w.address), nonce);
        const state = (await (await fetch(px.info.admin)).json());
        assert.deepEqual(state.stats.dropped, [sent.hash]);
        assert.equal(state.faults.dropBroadcast, null, "count 1: only the first one");
        // The next broadcast goes through (the same nonce, so the dropped one can never land).
        const real = await w.sendTransaction({ to: devWallet(8).address, value: 2n, nonce });
        const receipt = await real.wait();
        assert.equal(receipt.status, 1);
        assert.equal(await chain.provider.getTransactionCount(w.address), nonce + 1);
        p.destroy();
    });

    test("reorg-receipt: a receipt from a non-canonical block, then the real one or null", async () => {
        const w = devWallet(9, chain.provider);
        const tx = await w.sendTransaction({ to: devWallet(8).address, value: parseEther("0.001") });
        const real = await tx.wait();
        const canonical = (await chain.provider.getBlock(real.blockNumber)).hash;
        assert.equal(real.blockHash, canonical);
        const fake = keccak256(toUtf8Bytes(`rpc-proxy reorg ${canonical}`));

        await admin({ mode: "reorg-receipt", count: 2, then: "real" });
        for (let i = 0; i < 2; i++) {
            const r = await rpc(px.info.url, "eth_getTransactionReceipt", [tx.hash]);
            assert.equal(r.blockHash, fake);
            assert.notEqual(r.blockHash, canonical);
            assert.equal(big(r.blockNumber), BigInt(real.blockNumber), "same height");
            assert.ok(r.logs.every((l) => l.blockHash === fake));
        }
        assert.equal((await rpc(px.info.url, "eth_getTransactionReceipt", [tx.hash])).blockHash, canonical);

        await admin({ mode: "reorg-receipt", then: "null" });
        assert.equal((await rpc(px.info.url, "eth_getTransactionReceipt", [tx.hash])).blockHash, fake);
        assert.equal(await rpc(px.info.url, "eth_getTransactionReceipt", [tx.hash]), null);
        assert.equal(await rpc(px.info.url, "eth_getTransactionReceipt", [tx.hash]), null);
        // Limited to one transaction: others are untouched.
        const other = await (await w.sendTransaction({ to: devWallet(8).address, value: 1n })).wait();
        await admin({ mode: "reorg-receipt", txHash: tx.hash });
        assert.equal(
            (await rpc(px.info.url, "eth_getTransactionReceipt", [other.hash])).blockHash,
            other.blockHash,
        );
        const state = (await (await fetch(px.info.admin)).json());
        assert.deepEqual(state.stats.reorged, [tx.hash.toLowerCase()]);
        await admin({ mode: "reorg-receipt", off: true });
    });

    test("delay: answers wait, for every method or the listed ones", async () => {
        await admin({ mode: "delay", ms: 400 });
        let t = Date.now();
        await rpc(px.info.url, "eth_blockNumber");
        assert.ok(Date.now() - t >= 390, "delayed");
        await admin({ mode: "delay", ms: 400, methods: ["eth_blockNumber"] });
        t = Date.now();
        await rpc(px.info.url, "eth_chainId");
        assert.ok(Date.now() - t < 300, "another method is not delayed");
        t = Date.now();
        await rpc(px.info.url, "eth_blockNumber");
        assert.ok(Date.now() - t >= 390);
    });

    test("reset clears every fault; bad commands get 400", async () => {
        await admin({ mode: "fees", factor: 3 });
        await admin({ mode: "chain-id", chainId: 5 });
        const r = await admin({ mode: "reset" });
        assert.equal(r.status, 200);
        assert.ok(Object.values(r.json.faults).every((f) => f === null));
        assert.equal(r.json.stats.requests, 0);
        assert.equal(await rpc(px.info.url, "eth_chainId"), await rpc(chain.url, "eth_chainId"));
        for (const bad of [
            { mode: "nope" },
            { mode: "fees", factor: -1 },
            { mode: "fees" },
            { mode: "chain-id", chainId: "1" },
            { mode: "drop-broadcast", count: 0 },
            { mode: "reorg-receipt", then: "maybe" },
            { mode: "delay", ms: -5 },
            [1],
        ]) {
            const res = await admin(bad);
            assert.equal(res.status, 400, JSON.stringify(bad));
            assert.equal(typeof res.json.error, "string");
        }
        const notJson = await fetch(px.info.admin, { method: "POST", body: "{" });
        assert.equal(notJson.status, 400);
    });

    test("faults can be set on the command line", async () => {
        const p2 = await startProxy(["--chain-id", "43999", "--fees-factor", "2", "--drop-broadcast", "--delay-ms", "1"]);
        try {
            const s = await (await fetch(p2.info.admin)).json();
            assert.deepEqual(s.faults, {
                fees: { factor: 2 },
                chainId: { chainId: 43999 },
                dropBroadcast: { remaining: null },
                reorgReceipt: null,
                delay: { ms: 1, methods: null },
            });
            assert.equal(await rpc(p2.info.url, "eth_chainId"), "0xabdf");
            assert.notEqual(p2.info.port, px.info.port);
        } finally {
            await p2.stop();
        }
        const bad = spawn(process.execPath, [path.join(DEVNET_DIR, "tools", "rpc-proxy.mjs")], {
            stdio: "ignore",
        });
        assert.equal(await new Promise((r) => bad.once("exit", r)), 2, "no --upstream: usage error");
    });
});
