#!/usr/bin/env node
// Runs every test/*.test.mjs with node's test runner against a private Hardhat node on a
// free port (stopped afterwards). Exit code = the test runner's.
//   node scripts/run-tests.mjs [extra node --test args, e.g. --test-name-pattern=e2e]
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { freePort, startNode } from "../lib/chain.mjs";
import { DEVNET_DIR, STATE_DIR } from "../lib/paths.mjs";

const t0 = Date.now();
const port = await freePort();
const logFile = path.join(STATE_DIR, "logs", "test-chain.log");
fs.rmSync(logFile, { force: true });
const chain = await startNode({ port, logFile });
console.log(`[test] private chain ${chain.url} (pid ${chain.pid}, log ${logFile})`);

const files = fs
    .readdirSync(path.join(DEVNET_DIR, "test"))
    .filter((f) => f.endsWith(".test.mjs"))
    .sort()
    .map((f) => path.join("test", f));
// One file at a time: the files share the chain and its accounts (nonces).
const runner = spawn(
    process.execPath,
    ["--test", "--test-concurrency=1", ...process.argv.slice(2), ...files],
    { cwd: DEVNET_DIR, stdio: "inherit", env: { ...process.env, BS_DEVNET_TEST_RPC: chain.url } },
);
const code = await new Promise((resolve) => runner.once("exit", (c, sig) => resolve(c ?? (sig ? 1 : 0))));
await chain.stop();
console.log(`[test] ${code === 0 ? "passed" : "FAILED"} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(code);
