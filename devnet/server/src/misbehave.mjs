// Deliberate misbehaviour for the client's tests only: lies in GET /audit/totals for the
// auditor's (issue 17), a failing payment for the operator's retry (issue 19). Reachable only
// when BS_SERVER_MISBEHAVE names them AND BS_SERVER_ALLOW_MISBEHAVE has the exact value below
// AND the operator is the devnet's well-known account 0 (checked in server.mjs); otherwise the
// server refuses to start.
//
//   fail-transfer     the first attempt to pay each cycle fails before any transfer is built
//                     (the cycle ends "failed", its allocations stay queued, nothing is sent);
//                     the retry of that cycle (POST /revenue/distribute, same period and pool)
//                     pays it. Applied by the cycle engine (cycles.mjs), not here.
//
// Each lie in /audit/totals is deterministic:
//
//   target cycle T: the last cycle of the answer (latest periodStart in the requested range);
//   its first transfer F (lowest blockNumber, then logIndex), as the honest answer lists them.
//   If the answer has no cycle (or T no transfer), nothing is changed.
//
//   omit-transfer     F is left out of T.transfers; T.transferCount, transferCount, T.totalDistributed
//                     and grandTotal drop by F (its count and the amount it carried), so the report
//                     stays consistent in itself: only the chain shows the payout.
//   over-report       T.totalDistributed and grandTotal grow by 10^token.decimals (1 USDC); the
//                     transfers and counts stay true.
//   phantom-transfer  T.transfers gains { txHash: keccak256("backendshield phantom transfer " +
//                     T.cycleId), blockNumber: F.blockNumber, logIndex: 9999, to: F.to } at its end;
//                     T.transferCount and transferCount grow by 1; the totals stay.
import { keccak256, toUtf8Bytes } from "ethers";

export const MISBEHAVIOURS = ["omit-transfer", "over-report", "phantom-transfer", "fail-transfer"];
export const FAIL_TRANSFER_MESSAGE =
    "the first payment attempt of this cycle failed on purpose (devnet test switch fail-transfer); retry the cycle";
export const ALLOW_VALUE = "devnet-only-i-understand";
export const PHANTOM_LOG_INDEX = 9999;
// Hardhat's account 0 of the public test mnemonic: the devnet's operator, never a real one.
export const DEVNET_OPERATOR = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

/** BS_SERVER_MISBEHAVE / BS_SERVER_ALLOW_MISBEHAVE -> the modes; throws unless allowed. */
export function parseMisbehave(list, allow) {
    const modes = [
        ...new Set(
            (list ?? "")
                .split(",")
                .map((m) => m.trim())
                .filter(Boolean),
        ),
    ];
    if (!modes.length) return [];
    for (const m of modes)
        if (!MISBEHAVIOURS.includes(m))
            throw new Error(
                `BS_SERVER_MISBEHAVE: unknown "${m}" (known: ${MISBEHAVIOURS.join(", ")})`,
            );
    if (allow !== ALLOW_VALUE)
        throw new Error(
            `BS_SERVER_MISBEHAVE makes the server lie in /audit/totals (a devnet test switch); ` +
                `it also needs BS_SERVER_ALLOW_MISBEHAVE=${ALLOW_VALUE}`,
        );
    return modes;
}

export const phantomTxHash = (cycleId) =>
    keccak256(toUtf8Bytes(`backendshield phantom transfer ${cycleId}`));

/**
 * Applies `modes` to an honest /audit/totals answer. `carried(transfer)` is the amount (token
 * units, BigInt) the listed transfer carried. Returns a new answer.
 */
export function misreport(totals, modes, carried) {
    if (!modes.length || !totals.cycles.length) return totals;
    const out = structuredClone(totals);
    const t = out.cycles[out.cycles.length - 1];
    const first = t.transfers[0];
    if (!first) return out;
    const add = (field, obj, n) => (obj[field] = String(BigInt(obj[field]) + n));
    if (modes.includes("omit-transfer")) {
        const amount = carried(first);
        t.transfers = t.transfers.slice(1);
        t.transferCount -= 1;
        out.transferCount -= 1;
        add("totalDistributed", t, -amount);
        add("grandTotal", out, -amount);
    }
    if (modes.includes("over-report")) {
        const one = 10n ** BigInt(out.token.decimals);
        add("totalDistributed", t, one);
        add("grandTotal", out, one);
    }
    if (modes.includes("phantom-transfer")) {
        t.transfers.push({
            txHash: phantomTxHash(t.cycleId),
            blockNumber: first.blockNumber,
            logIndex: PHANTOM_LOG_INDEX,
            to: first.to,
        });
        t.transferCount += 1;
        out.transferCount += 1;
    }
    return out;
}
