// The normative revenue rule of the operator API ("Revenue distribution"): floor shares plus
// largest remainder, ties by providerId ascending, all in BigInt so sum(amounts) == pool.

/**
 * @param {bigint} pool  base units, >= 0
 * @param {{providerId: string, weight: bigint}[]} entries  weights >= 0, providerIds unique
 * @returns {{providerId: string, weight: bigint, amount: bigint}[]} in providerId order, or
 *          null when the total weight is 0 (the cycle is skipped).
 */
export function allocate(pool, entries) {
    if (typeof pool !== "bigint" || pool < 0n) throw new TypeError("pool must be a bigint >= 0");
    const seen = new Set();
    let total = 0n;
    for (const e of entries) {
        if (typeof e.weight !== "bigint" || e.weight < 0n)
            throw new TypeError("weight must be a bigint >= 0");
        if (seen.has(e.providerId)) throw new TypeError(`duplicate providerId ${e.providerId}`);
        seen.add(e.providerId);
        total += e.weight;
    }
    if (total === 0n) return null;
    const rows = entries
        .map((e) => ({
            providerId: e.providerId,
            weight: e.weight,
            amount: (pool * e.weight) / total,
            remainder: (pool * e.weight) % total,
        }))
        .sort((a, b) => cmpId(a.providerId, b.providerId));
    let leftover = pool - rows.reduce((s, r) => s + r.amount, 0n);
    // Stable sort on the id-ordered rows keeps "ties by providerId ascending".
    const ranked = [...rows].sort((a, b) =>
        a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1,
    );
    for (const r of ranked) {
        if (leftover === 0n) break;
        r.amount += 1n;
        leftover -= 1n;
    }
    if (leftover !== 0n) throw new Error("revenue rule: leftover not exhausted (bug)");
    return rows.map(({ providerId, weight, amount }) => ({ providerId, weight, amount }));
}

/** Code-unit (byte for ASCII ids) order, independent of locale. */
export function cmpId(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
