// devnet/devnet's command line: usage and the option checks that refuse before anything starts.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { test } from "node:test";

import { DEVNET_DIR } from "../lib/paths.mjs";

const devnet = (...args) =>
    spawnSync(path.join(DEVNET_DIR, "devnet"), args, {
        encoding: "utf8",
        env: { ...process.env, BS_DEVNET_CHAIN_ID: "", BS_DEVNET_EERC_DECIMALS: "" },
    });

test("no command: the usage, naming every command, exit 2", () => {
    const r = devnet();
    assert.equal(r.status, 2);
    for (const c of ["up [--chain-id N] [--eerc-decimals N]", "seed", "cycle", "payout --to",
        "server-restart [--misbehave", "down", "status", "reset", "test"])
        assert.ok(r.stdout.includes(`devnet/devnet ${c}`), c);
});

test("up refuses bad options before starting anything", () => {
    for (const [args, msg] of [
        [["--eerc-decimals", "19"], /--eerc-decimals must be an integer from 0 to 18/],
        [["--eerc-decimals=x"], /--eerc-decimals must be/],
        [["--chain-id", "0"], /--chain-id must be an integer/],
        [["--chain-id", "4294967296"], /--chain-id must be an integer/],
        [["--chain-id"], /--chain-id needs a value/],
        [["--fast"], /unknown option for up: --fast/],
    ]) {
        const r = devnet("up", ...args);
        assert.equal(r.status, 1, args.join(" "));
        assert.match(r.stderr, msg);
    }
    const env = spawnSync(path.join(DEVNET_DIR, "devnet"), ["up"], {
        encoding: "utf8",
        env: { ...process.env, BS_DEVNET_EERC_DECIMALS: "77" },
    });
    assert.equal(env.status, 1);
    assert.match(env.stderr, /--eerc-decimals must be/);
});

test("server-restart refuses unknown options", () => {
    const r = devnet("server-restart", "--lie");
    assert.equal(r.status, 1);
    assert.match(r.stderr, /unknown option for server-restart: --lie/);
});
