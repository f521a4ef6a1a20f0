#!/usr/bin/env node
// A private eERC transfer from the operator's account outside any cycle (devnet/devnet payout),
// so that an auditor's verification finds a payout that /audit/totals does not report. Devnet
// tests only.
//
//   node bin/payout.mjs --to <registered address> --amount <token base units>
//                       [--network devnet/state/network.json]
//
// BS_DATABASE_URL (required): the server's database. The payout takes the server's payer lock
// (so it never races a cycle's transfer; it waits up to 10 min for a running cycle), and when
// the operator's eERC balance is short it deposits the shortfall (whole eERC units) the way the
// server does, recorded in the database, so that /audit/totals reports the deposit honestly;
// only the transfer is left out. BS_OPERATOR_KEY and BS_TEST_WITNESS_ONLY_PROOFS as for the
// server.
//
// Prints one JSON line: {"txHash", "blockNumber", "logIndex", "from", "to", "amount" (token base
// units carried), "eercValue" (eERC units), "deposit": null or {"txHash", "amount"}}.
// The amount is rounded down to whole eERC units (see docs/operator-api.yaml, Dust); less than
// one unit is refused. Exit 0 on success, 1 on failure (message on stderr), 2 on bad usage.
import { getAddress } from "ethers";

import { Chain } from "../src/chain.mjs";
import { CycleEngine } from "../src/cycles.mjs";
import { createPool } from "../src/db.mjs";
import { arg, defaultNetworkFile } from "./client.mjs";

const usage = (m) => {
    console.error(`payout: ${m}\nusage: payout.mjs --to <address> --amount <base units> [--network f]`);
    process.exit(2);
};
const to = arg("to", null);
const amountArg = arg("amount", null);
if (!to || !/^0x[0-9a-fA-F]{40}$/.test(to)) usage("--to must be an address (0x + 40 hex)");
if (!amountArg || !/^[1-9][0-9]{0,76}$/.test(amountArg))
    usage("--amount must be a positive integer of token base units");
if (!process.env.BS_DATABASE_URL) usage("BS_DATABASE_URL is required (the server's database)");

const log = (m) => console.error(`[payout] ${m}`);
const pool = createPool(process.env.BS_DATABASE_URL);
let chain = null;
try {
    chain = await Chain.load({
        networkJson: defaultNetworkFile(),
        operatorPrivateKey: process.env.BS_OPERATOR_KEY || undefined,
        witnessOnlyProofs: process.env.BS_TEST_WITNESS_ONLY_PROOFS === "1",
    });
    if (!chain) throw new Error(`no network description at ${defaultNetworkFile()}`);
    const engine = new CycleEngine({ pool, chain, log });
    const amount = chain.payable(BigInt(amountArg));
    if (amount === 0n)
        throw new Error(`${amountArg} base units are less than one eERC unit; nothing to send`);
    const out = await withLock(engine, async () => {
        let deposit = null;
        const { eerc } = await chain.funds();
        if (eerc < amount) {
            const need = chain.roundUpToEercUnit(amount - eerc);
            log(`depositing ${need} base units first (recorded like the server's deposits)`);
            deposit = { txHash: await engine.deposit(null, need), amount: String(need) };
        }
        const recipient = getAddress(to.toLowerCase());
        const tx = await chain.buildTransfer(recipient, amount);
        await chain.broadcast(tx.raw);
        const res = await chain.resolve(tx.hash, tx.raw);
        if (res.status !== "confirmed") throw new Error(res.reason);
        return {
            txHash: tx.hash,
            blockNumber: res.receipt.blockNumber,
            logIndex: chain.transferLogIndex(res.receipt, recipient),
            from: chain.wallet.address,
            to: recipient,
            amount: String(amount),
            eercValue: String(chain.toEerc(amount).value),
            deposit,
        };
    });
    console.log(JSON.stringify(out));
} catch (e) {
    console.error(`payout: ${e.message}`);
    process.exitCode = 1;
} finally {
    await pool.end();
    chain?.provider.destroy();
    await globalThis.curve_bn128?.terminate?.();
}

/** engine.withPayerLock, retried while a cycle holds the lock (up to 10 minutes). */
async function withLock(engine, fn) {
    const deadline = Date.now() + 600_000;
    for (;;) {
        try {
            return await engine.withPayerLock(fn);
        } catch (e) {
            if (!/another server process is paying/.test(e.message) || Date.now() > deadline)
                throw e;
            await new Promise((r) => setTimeout(r, 500));
        }
    }
}
