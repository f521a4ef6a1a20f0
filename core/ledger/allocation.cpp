// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/allocation.h"

#include "ledger/money.h"
#include "ledger/mpz.h"

#include <QSet>

#include <algorithm>

namespace bs::ledger {

namespace {

using detail::toMpz;
using detail::toU256;

struct Row
{
    Share share;
    mpz_class remainder;
};

} // namespace

Result<Allocation> allocate(const U256& pool, std::vector<WeightEntry> entries)
{
    Allocation out;
    out.pool = pool;
    mpz_class total;
    QSet<QString> seen;
    for (const WeightEntry& e : entries) {
        if (seen.contains(e.providerId))
            return fail(BS_TR("ledger", "the provider %1 is listed twice; an allocation needs one "
                                        "weight per provider."),
                        e.providerId.toStdString());
        seen.insert(e.providerId);
        total += toMpz(e.weight);
    }
    if (mpz_sizeinbase(total.get_mpz_t(), 2) > 256)
        return fail(BS_TR("ledger", "the weights add up to more than 2^256; no allocation can be "
                                    "computed."));
    out.totalWeight = *toU256(total); // checked above: below 2^256
    if (total == 0)
        return out;

    // QString's operator< compares UTF-16 code units, as JavaScript's < on strings does.
    std::sort(entries.begin(), entries.end(), [](const WeightEntry& a, const WeightEntry& b) {
        return a.providerId < b.providerId;
    });
    const mpz_class p = toMpz(pool);
    std::vector<Row> rows;
    rows.reserve(entries.size());
    mpz_class given;
    for (WeightEntry& e : entries) {
        Row r;
        mpz_class amount;
        const mpz_class product = p * toMpz(e.weight);
        mpz_fdiv_qr(amount.get_mpz_t(), r.remainder.get_mpz_t(), product.get_mpz_t(),
                    total.get_mpz_t());
        given += amount;
        r.share = Share{std::move(e.providerId), e.weight, *toU256(amount)}; // at most the pool
        rows.push_back(std::move(r));
    }
    // L < number of providers, so it fits any integer type; sum(a_i) <= P.
    const mpz_class leftover = p - given;
    std::vector<std::size_t> ranked(rows.size());
    for (std::size_t i = 0; i < ranked.size(); ++i)
        ranked[i] = i;
    // Stable on the id-ordered rows: equal remainders keep providerId ascending.
    std::stable_sort(ranked.begin(), ranked.end(), [&rows](std::size_t a, std::size_t b) {
        return rows[a].remainder > rows[b].remainder;
    });
    const unsigned long extra = leftover.get_ui();
    for (std::size_t i = 0; i < extra; ++i)
        rows[ranked[i]].share.amount = *rows[ranked[i]].share.amount.checkedAdd(U256::fromU64(1));

    out.shares.reserve(rows.size());
    for (Row& r : rows)
        out.shares.push_back(std::move(r.share));
    return out;
}

U256 transferDust(const U256& amount, unsigned tokenDecimals, unsigned eercDecimals)
{
    if (eercDecimals >= tokenDecimals)
        return U256();
    // floor(amount / 10^d) * 10^d is at most amount: both rescalings fit.
    const auto units = rescale(amount, tokenDecimals, eercDecimals);
    const auto carried = units ? rescale(units->value, eercDecimals, tokenDecimals) : std::nullopt;
    if (!carried)
        return amount; // decimals beyond 10^77: not even one unit fits
    return *amount.checkedSub(carried->value);
}

} // namespace bs::ledger
