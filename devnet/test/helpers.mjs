// Shared test helpers: vectors, a chain (the private one from scripts/run-tests.mjs, or a
// node of our own when a file is run directly) and revert assertions.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { JsonRpcProvider } from "ethers";

import { freePort, startNode } from "../lib/chain.mjs";
import { STATE_DIR, VECTORS_DIR } from "../lib/paths.mjs";

export function vectors(name) {
    return JSON.parse(fs.readFileSync(path.join(VECTORS_DIR, `${name}.json`), "utf8"));
}

/** { url, provider, stop }: uses BS_DEVNET_TEST_RPC if set, else starts a node. */
export async function testChain() {
    let url = process.env.BS_DEVNET_TEST_RPC;
    let stop = async () => {};
    if (!url) {
        const node = await startNode({
            port: await freePort(),
            logFile: path.join(STATE_DIR, "logs", `test-chain-${process.pid}.log`),
        });
        url = node.url;
        stop = node.stop;
    }
    const provider = new JsonRpcProvider(url, undefined, { staticNetwork: true, cacheTimeout: -1 });
    provider.pollingInterval = 100;
    return {
        url,
        provider,
        stop: async () => {
            provider.destroy();
            await stop();
        },
    };
}

/** Asserts that `promise` reverts with custom error `name` of `contract`'s ABI. */
export async function assertRevert(promise, contract, name, args) {
    try {
        await promise;
    } catch (err) {
        const data = err?.data ?? err?.info?.error?.data ?? err?.error?.data;
        assert.ok(data, `expected revert ${name}, got: ${err.shortMessage ?? err.message}`);
        const decoded = contract.interface.parseError(typeof data === "string" ? data : data.data);
        assert.ok(decoded, `unknown revert data ${JSON.stringify(data)}, expected ${name}`);
        assert.equal(decoded.name, name);
        if (args) assert.deepEqual([...decoded.args], args);
        return;
    }
    assert.fail(`expected revert ${name}, but the call succeeded`);
}

/** Asserts a require() revert with the given reason string. */
export async function assertRevertReason(promise, reason) {
    try {
        await promise;
    } catch (err) {
        assert.equal(err.reason, reason, err.shortMessage ?? err.message);
        return;
    }
    assert.fail(`expected revert "${reason}", but the call succeeded`);
}
