// The devnet's test switch for lies in /audit/totals (src/misbehave.mjs): refused unless
// explicitly allowed, and each lie exactly as documented. The chain suites (payments-suite.mjs)
// check the same against a server process on a paid chain.
import assert from "node:assert/strict";
import { test } from "node:test";
import { keccak256, toUtf8Bytes } from "ethers";

import { loadConfig } from "../src/config.mjs";
import { ALLOW_VALUE, misreport, parseMisbehave } from "../src/misbehave.mjs";
import { startServer } from "../src/server.mjs";
import { freshDatabase } from "./helpers.mjs";

const A = "0x" + "a".repeat(64);
const B = "0x" + "b".repeat(64);
const C = "0x" + "c".repeat(64);
const honest = {
    from: null,
    to: null,
    token: { symbol: "USDC", decimals: 6 },
    auditor: null,
    grandTotal: "600",
    dust: "0",
    transferCount: 3,
    cycles: [
        {
            cycleId: "cyc_old",
            periodStart: "2026-01-01T00:00:00Z",
            periodEnd: "2026-01-02T00:00:00Z",
            pool: "100",
            totalDistributed: "100",
            dust: "0",
            transferCount: 1,
            transfers: [{ txHash: A, blockNumber: 10, logIndex: 0, to: "0x" + "1".repeat(40) }],
        },
        {
            cycleId: "cyc_new",
            periodStart: "2026-01-02T00:00:00Z",
            periodEnd: "2026-01-03T00:00:00Z",
            pool: "500",
            totalDistributed: "500",
            dust: "0",
            transferCount: 2,
            transfers: [
                { txHash: B, blockNumber: 20, logIndex: 1, to: "0x" + "2".repeat(40) },
                { txHash: C, blockNumber: 21, logIndex: 1, to: "0x" + "3".repeat(40) },
            ],
        },
    ],
    deposits: [],
};
const carried = (t) => ({ [A]: 100n, [B]: 200n, [C]: 300n })[t.txHash];

test("the switch needs the exact allow value; unknown modes are refused", () => {
    assert.deepEqual(parseMisbehave(undefined, undefined), []);
    assert.deepEqual(parseMisbehave("", "x"), []);
    assert.throws(() => parseMisbehave("omit-transfer", undefined), /BS_SERVER_ALLOW_MISBEHAVE/);
    assert.throws(() => parseMisbehave("omit-transfer", "yes"), /BS_SERVER_ALLOW_MISBEHAVE/);
    assert.throws(() => parseMisbehave("lie-a-lot", ALLOW_VALUE), /unknown "lie-a-lot"/);
    assert.deepEqual(parseMisbehave(" over-report ,omit-transfer,over-report", ALLOW_VALUE), [
        "over-report",
        "omit-transfer",
    ]);
    const env = { BS_DATABASE_URL: "postgresql:///x", BS_SERVER_MISBEHAVE: "over-report" };
    assert.throws(() => loadConfig(env), /BS_SERVER_ALLOW_MISBEHAVE/);
    assert.deepEqual(loadConfig({ ...env, BS_SERVER_ALLOW_MISBEHAVE: ALLOW_VALUE }).misbehave, [
        "over-report",
    ]);
    assert.deepEqual(loadConfig({ BS_DATABASE_URL: "postgresql:///x" }).misbehave, []);
});

test("allowed, but without the devnet's operator (here: no chain at all) the server refuses to start", async () => {
    const config = {
        host: "127.0.0.1",
        port: 0,
        databaseUrl: await freshDatabase("misbehave"),
        networkJson: null,
        operatorAddresses: [],
        auditorAddresses: [],
        publicUrl: null,
        rateLimitPerMinute: 0,
        misbehave: ["omit-transfer"],
    };
    await assert.rejects(startServer(config, { log: () => {} }), /well-known account/);
});

test("no modes: the answer is the honest one", () => {
    assert.deepEqual(misreport(honest, [], carried), honest);
});

test("omit-transfer: the latest cycle's first transfer is gone, counts and totals consistent", () => {
    const r = misreport(honest, ["omit-transfer"], carried);
    assert.deepEqual(r.cycles[0], honest.cycles[0]);
    assert.deepEqual(r.cycles[1].transfers, [honest.cycles[1].transfers[1]]);
    assert.equal(r.cycles[1].transferCount, 1);
    assert.equal(r.cycles[1].totalDistributed, "300");
    assert.equal(r.transferCount, 2);
    assert.equal(r.grandTotal, "400");
    assert.equal(honest.grandTotal, "600", "the honest answer is not modified");
});

test("over-report: the latest cycle's total and the grand total grow by 10^decimals", () => {
    const r = misreport(honest, ["over-report"], carried);
    assert.equal(r.cycles[1].totalDistributed, "1000500");
    assert.equal(r.grandTotal, "1000600");
    assert.deepEqual(r.cycles[1].transfers, honest.cycles[1].transfers);
    assert.equal(r.transferCount, 3);
    const two = misreport({ ...honest, token: { symbol: "X", decimals: 2 } }, ["over-report"], carried);
    assert.equal(two.grandTotal, "700");
});

test("phantom-transfer: a transfer with a made-up hash is listed last in the latest cycle", () => {
    const r = misreport(honest, ["phantom-transfer"], carried);
    const listed = r.cycles[1].transfers;
    assert.equal(listed.length, 3);
    assert.deepEqual(listed.slice(0, 2), honest.cycles[1].transfers);
    assert.deepEqual(listed[2], {
        txHash: keccak256(toUtf8Bytes("backendshield phantom transfer cyc_new")),
        blockNumber: 20,
        logIndex: 9999,
        to: "0x" + "2".repeat(40),
    });
    assert.equal(r.cycles[1].transferCount, 3);
    assert.equal(r.transferCount, 4);
    assert.equal(r.grandTotal, "600", "totals stay");
});

test("all three together, and an answer without cycles", () => {
    const r = misreport(honest, ["phantom-transfer", "omit-transfer", "over-report"], carried);
    assert.deepEqual(
        r.cycles[1].transfers.map((t) => t.txHash),
        [C, keccak256(toUtf8Bytes("backendshield phantom transfer cyc_new"))],
    );
    assert.equal(r.cycles[1].totalDistributed, String(300n + 1_000_000n));
    assert.equal(r.grandTotal, String(400n + 1_000_000n));
    assert.equal(r.transferCount, 3);
    const empty = { ...honest, cycles: [], grandTotal: "0", transferCount: 0 };
    assert.deepEqual(misreport(empty, ["omit-transfer", "over-report"], carried), empty);
});
