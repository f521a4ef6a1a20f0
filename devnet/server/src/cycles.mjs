// Distribution cycles: computing the allocation, paying it on chain, resuming after a restart.
//
// Payments are strictly sequential (one cycle at a time, one transfer at a time). Every eERC
// transfer proof is bound to the sender's encrypted balance at proving time (spec 7: one
// snapshot per nonce), so two concurrent debits would invalidate each other. Proofs are
// generated right before each transfer. Restart safety: a transfer's signed transaction and its
// hash are stored ("submitted") BEFORE it is broadcast; on resume a submitted transfer is looked
// up by hash and either confirmed, or (when it reverted or can never be mined) proved again. A
// transfer is never re-proved while its earlier transaction might still be mined.
import crypto from "node:crypto";

import { withTransaction } from "./db.mjs";
import { HttpError, conflict, unprocessable } from "./http.mjs";
import { allocate } from "./revenue.mjs";
import { FAIL_TRANSFER_MESSAGE } from "./misbehave.mjs";

/** Thrown between transfers when the server shuts down; the cycle resumes on the next start. */
class Stopping extends Error {}

// An allocation row's amounts in token units: what its transfer carries (paid_amount; NULL on
// rows from before migration 004, which carried all of it) and its dust (amount - paid).
export const paidOf = (a) => (a.paid_amount === null ? BigInt(a.amount) : BigInt(a.paid_amount));
export const dustOf = (a) => BigInt(a.amount) - paidOf(a);
/** The payout token as the API states it: the chain's, else USDC (6 decimals). */
export const tokenOf = (chain) => (chain ? chain.tokenInfo() : { symbol: "USDC", decimals: 6 });

const TERMINAL = new Set(["completed", "failed", "skipped_insufficient_usage"]);
const iso = (d) => (d ? new Date(d).toISOString().replace(".000Z", "Z") : null);
// Advisory lock keys (arbitrary, unique within this schema).
const LOCK_CYCLES = 4242002;
const LOCK_PAYER = 4242003;

export class CycleEngine {
    constructor({ pool, chain, log = () => {}, misbehave = [] }) {
        this.pool = pool;
        this.chain = chain;
        this.log = log;
        // fail-transfer (misbehave.mjs): the cycles whose first payment attempt failed already.
        this.failTransfer = misbehave.includes("fail-transfer") ? new Set() : null;
        this.queue = Promise.resolve();
        this.stopping = false;
    }

    /**
     * What a transfer of `amount` token units really carries (whole eERC units); the rest is
     * dust that stays with the operator. Without a chain the units are unknown: all of it.
     */
    payable(amount) {
        return this.chain ? this.chain.payable(amount) : amount;
    }

    /**
     * Weights of the eligible providers for [start, end): calls of records starting in it; with
     * each provider's usage counters over the same records.
     */
    async weights(db, start, end) {
        const r = await db.query(
            `SELECT p.provider_id, p.address, sum(u.calls)::text AS weight,
                    sum(u.bytes_out)::text AS bytes_out, sum(u.response_ms_total)::text AS response_ms_total,
                    sum(u.errors)::text AS errors
             FROM usage_records u JOIN providers p USING (provider_id)
             WHERE u.period_start >= $1 AND u.period_start < $2
               AND p.status IN ('integrated', 'earning_revenue')
             GROUP BY p.provider_id, p.address HAVING sum(u.calls) > 0
             ORDER BY p.provider_id`,
            [start, end],
        );
        return r.rows.map((x) => ({
            providerId: x.provider_id,
            address: x.address,
            weight: BigInt(x.weight),
            usage: {
                calls: x.weight,
                bytesOut: x.bytes_out,
                responseMsTotal: x.response_ms_total,
                errors: x.errors,
            },
        }));
    }

    /** What unfinished cycles will still pay: unpaid transfers, and pools not yet allocated. */
    async committed(db = this.pool) {
        const r = await db.query(
            `SELECT (SELECT coalesce(sum(coalesce(a.paid_amount, a.amount)), 0) FROM cycle_allocations a JOIN cycles c USING (cycle_id)
                      WHERE c.status NOT IN ('completed', 'failed', 'skipped_insufficient_usage')
                        AND a.status IN ('queued', 'submitted'))
                  + (SELECT coalesce(sum(pool), 0) FROM cycles
                      WHERE total_weight IS NULL AND status NOT IN ('completed', 'failed', 'skipped_insufficient_usage')) AS s`,
        );
        return BigInt(r.rows[0].s);
    }

    /**
     * 422 unless eERC balance + wallet USDC cover `amount` on top of what unfinished cycles
     * will still pay; no-op without a chain (such a cycle fails when it tries to pay).
     */
    async checkFunding(amount, db = this.pool) {
        if (!this.chain) return;
        amount += await this.committed(db);
        let f;
        try {
            f = await this.chain.funds();
        } catch (e) {
            throw new HttpError(
                503,
                "Service Unavailable",
                `cannot read the operator's balances from the chain: ${e.message}`,
            );
        }
        if (f.eerc + f.wallet < amount) {
            throw unprocessable(
                `the operator cannot fund ${amount} base units: eERC balance ${f.eerc} + wallet USDC ${f.wallet}`,
                [{ field: "pool", message: "exceeds the operator's funds" }],
            );
        }
    }

    /** Creates (or retries a failed) cycle and schedules it. Returns the cycleId. */
    async start({ periodStart, periodEnd, pool }) {
        const id = await withTransaction(this.pool, async (c) => {
            await c.query("SELECT pg_advisory_xact_lock($1)", [LOCK_CYCLES]);
            const overlap = (
                await c.query(
                    "SELECT * FROM cycles WHERE period_start < $2 AND period_end > $1 ORDER BY seq",
                    [periodStart, periodEnd],
                )
            ).rows;
            const live = overlap.find((x) => x.status !== "failed");
            if (live) throw conflict(`the period overlaps cycle ${live.cycle_id} (${live.status})`);
            const same = overlap.find(
                (x) => +x.period_start === +periodStart && +x.period_end === +periodEnd,
            );
            if (same) {
                if (BigInt(same.pool) !== pool)
                    throw conflict(
                        `retry failed cycle ${same.cycle_id} with its pool ${same.pool}`,
                    );
                const unpaid = await c.query(
                    `SELECT coalesce(sum(coalesce(paid_amount, amount)), 0)::text AS s FROM cycle_allocations
                     WHERE cycle_id = $1 AND status IN ('queued', 'failed')`,
                    [same.cycle_id],
                );
                await this.checkFunding(
                    same.total_weight === null ? pool : BigInt(unpaid.rows[0].s),
                    c,
                );
                await c.query(
                    `UPDATE cycle_allocations
                     SET status = 'queued', error = NULL, updated_at = now() WHERE cycle_id = $1
                     AND status = 'failed'`,
                    [same.cycle_id],
                );
                await c.query(
                    `UPDATE cycles SET status = CASE WHEN total_weight IS NULL THEN 'collecting_metrics' ELSE 'generating_proofs' END,
                       error = NULL, updated_at = now() WHERE cycle_id = $1`,
                    [same.cycle_id],
                );
                return same.cycle_id;
            }
            for (const f of overlap) {
                const paid = await c.query(
                    `SELECT 1 FROM cycle_allocations WHERE cycle_id = $1
                     AND status IN ('submitted', 'confirmed') LIMIT 1`,
                    [f.cycle_id],
                );
                if (paid.rowCount)
                    throw conflict(
                        `the period overlaps failed cycle ${f.cycle_id}, which already paid some providers; retry it with its own period`,
                    );
            }
            await this.checkFunding(pool, c);
            const cycleId = `cyc_${crypto.randomBytes(10).toString("hex")}`;
            await c.query(
                `INSERT INTO cycles (cycle_id, period_start, period_end, pool, status)
                 VALUES ($1, $2, $3, $4, 'collecting_metrics')`,
                [cycleId, periodStart, periodEnd, String(pool)],
            );
            return cycleId;
        });
        this.schedule(id);
        return id;
    }

    /** Runs cycles one after another, never two at once. */
    schedule(cycleId) {
        const p = this.queue.then(() => this.run(cycleId));
        this.queue = p.catch((e) => this.log(`cycle ${cycleId}: ${e.stack ?? e}`));
        return p;
    }

    /** Schedules every cycle a previous process left unfinished. */
    async resumeAll() {
        const r = await this.pool.query(
            `SELECT cycle_id FROM cycles
             WHERE status NOT IN ('completed', 'failed', 'skipped_insufficient_usage')
             ORDER BY seq`,
        );
        for (const x of r.rows) this.schedule(x.cycle_id);
        return r.rows.map((x) => x.cycle_id);
    }

    /** Resolves when the queue is idle (tests). */
    idle() {
        return this.queue;
    }

    async setStatus(cycleId, status, extra = "") {
        await this.pool.query(
            `UPDATE cycles SET status = $2, updated_at = now() ${extra} WHERE cycle_id = $1`,
            [cycleId, status],
        );
    }

    async run(cycleId) {
        const cyc = (await this.pool.query("SELECT * FROM cycles WHERE cycle_id = $1", [cycleId]))
            .rows[0];
        if (!cyc || TERMINAL.has(cyc.status) || this.stopping) return;
        try {
            if (cyc.total_weight === null) {
                await this.setStatus(cycleId, "collecting_metrics");
                const done = await withTransaction(this.pool, async (c) => {
                    const weights = await this.weights(c, cyc.period_start, cyc.period_end);
                    await c.query(
                        `UPDATE cycles SET status = 'calculating_revenue', updated_at = now()
                         WHERE cycle_id = $1`,
                        [cycleId],
                    );
                    const alloc = allocate(
                        BigInt(cyc.pool),
                        weights.map(({ providerId, weight }) => ({ providerId, weight })),
                    );
                    const total = weights.reduce((s, w) => s + w.weight, 0n);
                    if (!alloc) {
                        await c.query(
                            `UPDATE cycles SET status = 'skipped_insufficient_usage', total_weight = 0, provider_count = 0,
                                         completed_at = now(), updated_at = now() WHERE cycle_id = $1`,
                            [cycleId],
                        );
                        return true;
                    }
                    const byId = new Map(weights.map((w) => [w.providerId, w]));
                    for (const a of alloc) {
                        const { address, usage } = byId.get(a.providerId);
                        const paid = this.payable(a.amount);
                        await c.query(
                            `INSERT INTO cycle_allocations (cycle_id, provider_id, address, weight, amount, status,
                               usage_calls, usage_bytes_out, usage_response_ms_total, usage_errors, paid_amount)
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
                            [
                                cycleId,
                                a.providerId,
                                address,
                                String(a.weight),
                                String(a.amount),
                                paid > 0n ? "queued" : "none",
                                usage.calls,
                                usage.bytesOut,
                                usage.responseMsTotal,
                                usage.errors,
                                String(paid),
                            ],
                        );
                    }
                    await c.query(
                        `UPDATE cycles
                         SET total_weight = $2, provider_count = $3, status = 'generating_proofs', updated_at = now()
                         WHERE cycle_id = $1`,
                        [cycleId, String(total), alloc.length],
                    );
                    return false;
                });
                if (done) return;
            }
            if (!this.chain) throw new Error("the server has no chain configuration; cannot pay");
            if (this.failTransfer && !this.failTransfer.has(cycleId)) {
                this.failTransfer.add(cycleId);
                throw new Error(FAIL_TRANSFER_MESSAGE);
            }
            await this.withPayerLock(() => this.pay(cycleId));
            await this.setStatus(cycleId, "completed", ", completed_at = now(), error = NULL");
        } catch (e) {
            if (e instanceof Stopping) {
                // Left in its state on purpose: the next start resumes it (resumeAll).
                this.log(`cycle ${cycleId} paused for shutdown`);
                return;
            }
            this.log(`cycle ${cycleId} failed: ${e.stack ?? e}`);
            await this.pool.query(
                `UPDATE cycles SET status = 'failed', error = $2, updated_at = now()
                 WHERE cycle_id = $1`,
                [cycleId, String(e.message ?? e).slice(0, 1000)],
            );
        }
    }

    /**
     * Runs fn while holding a database-wide lock, so that a second server process on the same
     * database cannot debit the operator's account concurrently (spec 7: one balance snapshot
     * per proof). The lock is tied to the session: a killed process releases it.
     */
    async withPayerLock(fn) {
        const client = await this.pool.connect();
        try {
            const r = await client.query("SELECT pg_try_advisory_lock($1) AS ok", [LOCK_PAYER]);
            if (!r.rows[0].ok)
                throw new Error("another server process is paying from this database; retry later");
            try {
                return await fn();
            } finally {
                await client.query("SELECT pg_advisory_unlock($1)", [LOCK_PAYER]);
            }
        } finally {
            client.release();
        }
    }

    async pay(cycleId) {
        const chain = this.chain;
        const rows = () =>
            this.pool.query(
                `SELECT * FROM cycle_allocations WHERE cycle_id = $1
                 AND status IN ('queued', 'submitted') ORDER BY provider_id`,
                [cycleId],
            );
        // First settle transfers a previous run left in flight, so that funds are known.
        for (const a of (await rows()).rows.filter((x) => x.status === "submitted"))
            await this.settle(cycleId, a);
        await this.settleDeposits();
        // The chain's units decide what each queued transfer carries (an allocation computed
        // while the server had no chain assumed all of it).
        for (const a of (await rows()).rows.filter((x) => x.status === "queued")) {
            const paid = chain.payable(BigInt(a.amount));
            if (a.paid_amount === null || BigInt(a.paid_amount) !== paid)
                await this.pool.query(
                    `UPDATE cycle_allocations SET paid_amount = $3,
                       status = CASE WHEN $3 > 0 THEN status ELSE 'none' END, updated_at = now()
                     WHERE cycle_id = $1 AND provider_id = $2`,
                    [cycleId, a.provider_id, String(paid)],
                );
        }
        const pending = (await rows()).rows;
        if (!pending.length) return;
        const need = pending.reduce((s, a) => s + paidOf(a), 0n);
        const { eerc } = await chain.funds();
        // Whole eERC units, so that the deposit leaves no dust behind.
        if (eerc < need) await this.deposit(cycleId, chain.roundUpToEercUnit(need - eerc));
        for (const a of pending) {
            if (this.stopping) throw new Stopping();
            await this.setStatus(cycleId, "generating_proofs");
            const tx = await chain.buildTransfer(a.address, paidOf(a));
            await this.pool.query(
                `UPDATE cycle_allocations
                 SET status = 'submitted', tx_hash = $3, raw_tx = $4, updated_at = now()
                 WHERE cycle_id = $1 AND provider_id = $2`,
                [cycleId, a.provider_id, tx.hash, tx.raw],
            );
            await this.setStatus(cycleId, "distributing_payments");
            await chain.broadcast(tx.raw);
            await this.settle(cycleId, { ...a, tx_hash: tx.hash, raw_tx: tx.raw });
        }
    }

    /** Brings a submitted transfer to confirmed, or back to queued when it can no longer be mined. */
    async settle(cycleId, a) {
        const out = await this.chain.resolve(a.tx_hash, a.raw_tx);
        if (out.status === "confirmed") {
            const logIndex = this.chain.transferLogIndex(out.receipt, a.address);
            await this.pool.query(
                `UPDATE cycle_allocations SET status = 'confirmed', block_number = $3, log_index = $4, error = NULL, updated_at = now()
                 WHERE cycle_id = $1 AND provider_id = $2`,
                [cycleId, a.provider_id, out.receipt.blockNumber, logIndex],
            );
            return;
        }
        await this.pool.query(
            `UPDATE cycle_allocations SET status = 'failed', error = $3, tx_hash = NULL, raw_tx = NULL, updated_at = now()
             WHERE cycle_id = $1 AND provider_id = $2`,
            [cycleId, a.provider_id, out.reason],
        );
        throw new Error(`transfer to ${a.address} failed: ${out.reason}`);
    }

    async deposit(cycleId, amount) {
        const { wallet } = await this.chain.funds();
        if (wallet < amount)
            throw new Error(
                `cannot fund the cycle: need ${amount} more USDC, the wallet holds ${wallet}`,
            );
        const approve = await this.chain.buildApproveIfNeeded(amount);
        if (approve) {
            await this.chain.broadcast(approve.raw);
            const out = await this.chain.resolve(approve.hash, approve.raw);
            if (out.status !== "confirmed") throw new Error(`approve failed: ${out.reason}`);
        }
        const tx = await this.chain.buildDeposit(amount);
        await this.pool.query(
            `INSERT INTO deposits (cycle_id, amount, status, tx_hash, raw_tx)
             VALUES ($1, $2, 'submitted', $3, $4)`,
            [cycleId, String(amount), tx.hash, tx.raw],
        );
        await this.chain.broadcast(tx.raw);
        const out = await this.chain.resolve(tx.hash, tx.raw);
        await this.pool.query(
            "UPDATE deposits SET status = $2, block_number = $3 WHERE tx_hash = $1",
            [tx.hash, out.status, out.receipt?.blockNumber ?? null],
        );
        if (out.status !== "confirmed") throw new Error(`deposit failed: ${out.reason}`);
        return tx.hash;
    }

    async settleDeposits() {
        for (const d of (await this.pool.query("SELECT * FROM deposits WHERE status = 'submitted'"))
            .rows) {
            const out = await this.chain.resolve(d.tx_hash, d.raw_tx);
            await this.pool.query(
                "UPDATE deposits SET status = $2, block_number = $3 WHERE tx_hash = $1",
                [
                    d.tx_hash,
                    out.status === "confirmed" ? "confirmed" : "failed",
                    out.receipt?.blockNumber ?? null,
                ],
            );
        }
    }

    /** The API's cycle object; `amounts` only for operators. null if unknown. */
    async cycleJson(cycleId, { amounts }) {
        const r = await this.pool.query("SELECT * FROM cycles WHERE cycle_id = $1", [cycleId]);
        if (r.rowCount !== 1) return null;
        const c = r.rows[0];
        const all = await this.pool.query(
            "SELECT * FROM cycle_allocations WHERE cycle_id = $1 ORDER BY provider_id",
            [cycleId],
        );
        let distributed = 0n;
        let dust = 0n;
        for (const a of all.rows) dust += dustOf(a);
        const transfers = all.rows.filter((a) => a.status !== "none").map((a) => {
            if (a.status === "confirmed") distributed += paidOf(a);
            const o = {
                providerId: a.provider_id,
                address: a.address,
                txHash: a.tx_hash,
                blockNumber: a.block_number === null ? null : Number(a.block_number),
                logIndex: a.log_index,
                status: a.status,
            };
            if (amounts) {
                o.amount = a.amount;
                o.dust = String(dustOf(a));
            }
            return o;
        });
        return {
            cycleId: c.cycle_id,
            periodStart: iso(c.period_start),
            periodEnd: iso(c.period_end),
            pool: c.pool,
            totalWeight: c.total_weight,
            providerCount: c.provider_count,
            status: c.status,
            distributed: String(distributed),
            dust: String(dust),
            transfers,
            createdAt: iso(c.created_at),
            completedAt: iso(c.completed_at),
            error: c.error,
        };
    }

    /**
     * GET /audit/totals from the database: confirmed transfers of cycles inside [from, to).
     * `carried`, when given, is filled with txHash -> the amount the transfer carried.
     */
    async auditTotals(from, to, hasFrom, hasTo, carried = null) {
        const cycles = (
            await this.pool.query(
                `SELECT * FROM cycles WHERE period_start >= $1 AND period_end <= $2
               AND EXISTS (SELECT 1 FROM cycle_allocations a WHERE a.cycle_id = cycles.cycle_id AND a.status = 'confirmed')
             ORDER BY period_start, seq`,
                [from, to],
            )
        ).rows;
        let grand = 0n;
        let grandDust = 0n;
        let count = 0;
        const out = [];
        for (const c of cycles) {
            const rows = (
                await this.pool.query(
                    `SELECT * FROM cycle_allocations WHERE cycle_id = $1 AND status IN ('confirmed', 'none')
                     ORDER BY block_number, log_index`,
                    [c.cycle_id],
                )
            ).rows;
            const t = rows.filter((a) => a.status === "confirmed");
            const total = t.reduce((s, a) => s + paidOf(a), 0n);
            for (const a of t) carried?.set(a.tx_hash, paidOf(a));
            // Dust of what is settled: confirmed transfers and allocations too small to send.
            const dust = rows.reduce((s, a) => s + dustOf(a), 0n);
            grand += total;
            grandDust += dust;
            count += t.length;
            out.push({
                cycleId: c.cycle_id,
                periodStart: iso(c.period_start),
                periodEnd: iso(c.period_end),
                pool: c.pool,
                totalDistributed: String(total),
                dust: String(dust),
                transferCount: t.length,
                transfers: t.map((a) => ({
                    txHash: a.tx_hash,
                    blockNumber: Number(a.block_number),
                    logIndex: a.log_index,
                    to: a.address,
                })),
            });
        }
        const deposits = (
            await this.pool.query(
                `SELECT tx_hash, amount::text FROM deposits WHERE status = 'confirmed'
                 AND created_at >= $1 AND created_at < $2 ORDER BY id`,
                [from, to],
            )
        ).rows;
        return {
            from: hasFrom ? iso(from) : null,
            to: hasTo ? iso(to) : null,
            token: tokenOf(this.chain),
            auditor: this.chain ? this.chain.auditor() : null,
            grandTotal: String(grand),
            dust: String(grandDust),
            transferCount: count,
            cycles: out,
            deposits: deposits.map((d) => ({ txHash: d.tx_hash, amount: d.amount })),
        };
    }
}
