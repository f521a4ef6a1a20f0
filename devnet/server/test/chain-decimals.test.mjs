// The server on another deployment (issue 22): chain id 43999 and an EncryptedERC with 2
// decimals under the 6-decimal USDC, with real proofs. Allocations stay in token units (the
// normative rule); each transfer carries whole eERC units (10^4 base units) and the rest of an
// allocation is dust that stays with the operator. Balances are decrypted by each provider, the
// audit totals checked against the auditor's decryption, the deposit is whole eERC units.
// Skips until `devnet/devnet up` (or `devnet/devnet test`) built the proving keys.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { PaymentHarness, deployRealDevnet, realDevnetMissing } from "./payments-suite.mjs";

const skip = realDevnetMissing();
if (skip) console.log(`# 2 eERC decimals, chain id 43999: skipped: ${skip}`);

describe("2 eERC decimals, chain id 43999, real proofs", { skip: skip ?? false, timeout: 20 * 60 * 1000 }, () => {
    const h = new PaymentHarness({
        chainId: 43999,
        deploy: deployRealDevnet({ eercDecimals: 2 }),
    });
    before(() => h.setup());
    after(() => h.teardown());

    test("a cycle pays whole eERC units, reports the dust, and the audit adds up", async () => {
        await h.startServer();
        const net = (await h.call("GET", "/network")).json;
        assert.equal(net.chainId, 43999);
        assert.equal(net.eercDecimals, 2);
        assert.deepEqual(net.token, { symbol: "USDC", decimals: 6 });
        assert.equal(h.unit(), 10_000n);
        const ids = await h.registerProviders();
        const period = { periodStart: "2026-11-01T00:00:00Z", periodEnd: "2026-11-02T00:00:00Z" };
        await h.submitUsage("d1", period.periodStart, "2026-11-01T01:00:00Z", ids, [1, 99, 100]);
        // Pool 1 USDC by weights 1, 99, 100: 5 000, 495 000, 500 000 base units. Paid: nothing
        // (below one eERC unit), 490 000 (49 units), 500 000 (50 units); dust 5 000 + 5 000.
        const dry = await h.call("POST", "/revenue/distribute", {
            as: h.operator(),
            body: { ...period, pool: "1000000", dryRun: true },
        });
        assert.equal(dry.status, 200, dry.raw);
        const byProvider = (list) => ids.map((id) => list.find((x) => x.providerId === id));
        assert.deepEqual(
            byProvider(dry.json.allocations).map((a) => [a.amount, a.dust]),
            [
                ["5000", "5000"],
                ["495000", "5000"],
                ["500000", "0"],
            ],
        );
        assert.equal(dry.json.dust, "10000");
        const walletBefore = await h.F.contracts.token.balanceOf(h.network.operatorAddress);
        const started = await h.call("POST", "/revenue/distribute", {
            as: h.operator(),
            body: { ...period, pool: "1000000" },
        });
        assert.equal(started.status, 202, started.raw);
        const cycle = await h.waitCycle(started.json.cycleId);
        assert.equal(cycle.status, "completed", JSON.stringify(cycle));
        assert.equal(cycle.distributed, "990000");
        assert.equal(cycle.dust, "10000");
        assert.deepEqual(
            byProvider(cycle.transfers).map((t) => t && [t.amount, t.dust, t.status]),
            [
                undefined,
                ["495000", "5000", "confirmed"],
                ["500000", "0", "confirmed"],
            ],
            "no transfer for an allocation below one eERC unit",
        );
        // Each provider decrypts whole eERC units.
        const id = await h.tokenId();
        const got = [];
        for (const a of h.providers) got.push((await a.balance(id)).total);
        assert.deepEqual(got, [0n, 49n, 50n]);
        // The server deposited exactly what it paid (whole units: no dust came back).
        const walletAfter = await h.F.contracts.token.balanceOf(h.network.operatorAddress);
        assert.equal(walletBefore - walletAfter, 990_000n);
        const totals = await h.checkAudit();
        assert.deepEqual(totals.token, { symbol: "USDC", decimals: 6 });
        assert.equal(totals.grandTotal, "990000");
        assert.equal(totals.dust, "10000");
        assert.equal(totals.cycles[0].dust, "10000");
        assert.deepEqual(totals.deposits.map((d) => d.amount), ["990000"]);
        // What each provider is told.
        const e0 = (await h.call("GET", `/providers/${ids[0]}/earnings`, { as: h.F.accounts.devWallet(2) })).json;
        assert.deepEqual(
            [e0.totals.distributed, e0.cycles[0].amount, e0.cycles[0].dust, e0.cycles[0].transfer],
            ["0", "5000", "5000", null],
        );
        const e1 = (await h.call("GET", `/providers/${ids[1]}/earnings`, { as: h.F.accounts.devWallet(3) })).json;
        assert.deepEqual(
            [e1.totals.distributed, e1.cycles[0].amount, e1.cycles[0].dust],
            ["490000", "495000", "5000"],
        );
        assert.equal(e1.cycles[0].transfer.txHash, byProvider(cycle.transfers)[1].txHash);
    });
});
