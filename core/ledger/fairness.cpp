// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/fairness.h"

#include "ledger/money.h"
#include "ledger/mpz.h"

#include <algorithm>

namespace bs::ledger {

namespace {

using detail::toMpz;
using detail::toU256;

mpz_class pow10(unsigned exponent)
{
    mpz_class out;
    mpz_ui_pow_ui(out.get_mpz_t(), 10, exponent);
    return out;
}

struct Bounds
{
    mpz_class floor;
    mpz_class max;
};

std::optional<Bounds> bounds(const U256& pool, const U256& weight, const U256& totalWeight)
{
    if (totalWeight.isZero() || weight > totalWeight)
        return std::nullopt;
    const mpz_class product = toMpz(pool) * toMpz(weight);
    const mpz_class total = toMpz(totalWeight);
    Bounds b;
    mpz_class remainder;
    mpz_fdiv_qr(b.floor.get_mpz_t(), remainder.get_mpz_t(), product.get_mpz_t(), total.get_mpz_t());
    b.max = remainder == 0 ? b.floor : b.floor + 1;
    return b;
}

std::string shown(const mpz_class& v, unsigned decimals)
{
    const auto u = toU256(abs(v));
    const std::string text = u ? formatAmount(*u, decimals) : v.get_str();
    return sgn(v) < 0 ? "-" + text : text;
}

AmountDifference difference(const mpz_class& diff, unsigned decimals)
{
    AmountDifference d;
    d.negative = sgn(diff) < 0;
    d.decimals = decimals;
    // The difference of two 256-bit amounts scaled to common decimals may not fit; saturate
    // (the verdict is the same, only the displayed size is capped).
    d.magnitude = toU256(abs(diff)).value_or(U256::max());
    return d;
}

} // namespace

const char* verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Fair:
        return "fair";
    case Verdict::FairPlusRemainder:
        return "fair_plus_remainder";
    case Verdict::Discrepant:
        return "discrepant";
    case Verdict::StatedMismatch:
        return "stated_mismatch";
    case Verdict::Missing:
        return "missing";
    case Verdict::Pending:
        return "pending";
    case Verdict::Unverifiable:
        return "unverifiable";
    }
    return "unverifiable";
}

bool needsAttention(Verdict verdict)
{
    return verdict == Verdict::Discrepant || verdict == Verdict::StatedMismatch ||
           verdict == Verdict::Missing;
}

std::optional<FairRange> fairRange(const U256& pool, const U256& weight, const U256& totalWeight)
{
    const auto b = bounds(pool, weight, totalWeight);
    if (!b)
        return std::nullopt;
    // floor <= pool because weight <= totalWeight, and max = floor + 1 only when the remainder
    // is non-zero, which means floor < pool: both fit.
    return FairRange{toU256(b->floor).value(), toU256(b->max).value()};
}

std::optional<std::string>
sharePercent(const U256& weight, const U256& totalWeight, unsigned digits)
{
    if (totalWeight.isZero())
        return std::nullopt;
    // round(100 * 10^digits * w / W), half up, in integers.
    const mpz_class scaled = toMpz(weight) * 100 * pow10(digits);
    const mpz_class total = toMpz(totalWeight);
    mpz_class q;
    mpz_class r;
    mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), scaled.get_mpz_t(), total.get_mpz_t());
    if (2 * r >= total)
        q += 1;
    std::string text = q.get_str();
    if (digits == 0)
        return text;
    if (text.size() <= digits)
        text.insert(0, digits - text.size() + 1, '0');
    text.insert(text.size() - digits, 1, '.');
    return text;
}

std::optional<Rescaled> eercToTokenUnitsFloor(const U256& eercAmount, UnitScale units)
{
    return rescale(eercAmount, units.eercDecimals, units.tokenDecimals);
}

FairnessCheck
checkPayout(const ledger::EarningsCycle& entry, const ChainAmount& chain, UnitScale units)
{
    FairnessCheck c;
    const std::string cycle = entry.cycleId.toStdString();
    const unsigned td = units.tokenDecimals;
    // Compare in the larger number of decimals: scaling up is exact.
    const unsigned common = std::max(units.tokenDecimals, units.eercDecimals);
    const mpz_class tokenScale = pow10(common - units.tokenDecimals);
    const mpz_class eercScale = pow10(common - units.eercDecimals);

    const auto b = bounds(entry.pool, entry.weight, entry.totalWeight);
    if (b) {
        c.expectedMin = toU256(b->floor).value();
        c.expectedMax = toU256(b->max).value();
    }

    // What was received, in common units; nullopt when not known.
    std::optional<mpz_class> received;
    switch (chain.state) {
    case ChainAmount::State::Known:
        received = toMpz(chain.eercAmount) * eercScale;
        if (const auto t = eercToTokenUnitsFloor(chain.eercAmount, units); t && t->exact)
            c.receivedTokenUnits = t->value;
        break;
    case ChainAmount::State::NotFound:
        if (entry.transfer) {
            c.verdict = Verdict::Missing;
            c.explain(fail(BS_TR("ledger", "The operator reports a transfer for cycle %1 that is "
                                           "not on chain."),
                           cycle));
            return c;
        }
        if (entry.status != QLatin1String("completed")) {
            c.verdict = Verdict::Pending;
            c.explain(fail(BS_TR("ledger", "The payout of cycle %1 is not confirmed yet."), cycle));
            return c;
        }
        // A completed cycle without a transfer: the provider received nothing, which is fair
        // only if the rule gives nothing.
        received = mpz_class(0);
        c.receivedTokenUnits = U256::zero();
        break;
    case ChainAmount::State::NotScannedYet:
        c.verdict = Verdict::Pending;
        c.explain(fail(BS_TR("ledger", "The transfer of cycle %1 is in a block the history has "
                                       "not reached yet; refresh to check it."),
                       cycle));
        return c;
    case ChainAmount::State::Unreadable:
        c.verdict = Verdict::Unverifiable;
        c.explain(fail(BS_TR("ledger", "The transfer of cycle %1 is on chain but its amount could "
                                       "not be decrypted."),
                       cycle));
        return c;
    }

    // With fewer eERC decimals than the token's, a transfer carries only whole eERC units: the
    // rest of an allocation stays with the operator as dust (eerc-protocol.md, Units). The
    // fair amounts and the stated one are compared as the contract can carry them.
    // One eERC unit is eercScale common units (1 when the eERC has at least the token's
    // decimals: then nothing is cut).
    const auto carried = [&eercScale](const mpz_class& v) -> mpz_class {
        return v - v % eercScale;
    };
    const mpz_class stated = carried(toMpz(entry.amount) * tokenScale);
    c.statedMatchesReceived = stated == *received;

    if (!b) {
        c.verdict = Verdict::Unverifiable;
        if (entry.totalWeight.isZero())
            c.explain(fail(BS_TR("ledger", "Cycle %1 has a total weight of 0, so no fair share "
                                           "can be computed for it."),
                           cycle));
        else
            c.explain(fail(BS_TR("ledger", "The operator's figures for cycle %1 are inconsistent "
                                           "(your weight is above the total weight), so the "
                                           "payout cannot be checked."),
                           cycle));
        return c;
    }

    const mpz_class lo = carried(b->floor * tokenScale);
    const mpz_class hi = carried(b->max * tokenScale);
    // Only the two ends are fair: with more eERC decimals, an amount strictly between them
    // is not a whole number of token units and is not what the rule gives.
    if (*received != lo && *received != hi) {
        const mpz_class diff =
            *received < lo || *received - lo < hi - *received ? *received - lo : *received - hi;
        c.verdict = Verdict::Discrepant;
        c.difference = difference(diff, common);
        // The signed difference is a number: "+0.5" or "-0.5".
        const std::string signedDiff = (sgn(diff) < 0 ? "" : "+") + shown(diff, common);
        if (hi != lo)
            c.explain(fail(BS_TR("ledger", "Cycle %1 paid %2 but the published figures give %3 "
                                           "or %4 (%5)."),
                           cycle, shown(*received, common), shown(lo, common), shown(hi, common),
                           signedDiff));
        else
            c.explain(fail(BS_TR("ledger", "Cycle %1 paid %2 but the published figures give %3 "
                                           "(%4)."),
                           cycle, shown(*received, common), shown(lo, common), signedDiff));
        return c;
    }
    if (!c.statedMatchesReceived) {
        c.verdict = Verdict::StatedMismatch;
        c.difference = difference(*received - stated, common);
        c.explain(fail(BS_TR("ledger", "Cycle %1 paid a fair %2, but the operator states %3."),
                       cycle, shown(*received, common), formatAmount(entry.amount, td)));
        return c;
    }
    if (*received == lo) {
        c.verdict = Verdict::Fair;
        if (eercScale > 1)
            c.explain(fail(BS_TR("ledger", "Cycle %1 paid exactly the fair share (in whole units "
                                           "of the contract; the rest is dust)."),
                           cycle));
        else
            c.explain(fail(BS_TR("ledger", "Cycle %1 paid exactly the fair share."), cycle));
    } else {
        c.verdict = Verdict::FairPlusRemainder;
        c.explain(fail(BS_TR("ledger", "Cycle %1 paid the fair share plus one unit from the "
                                       "rounding remainder."),
                       cycle));
    }
    return c;
}

} // namespace bs::ledger
