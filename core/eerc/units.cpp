// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/units.h"

#include "ledger/money.h"

#include <string>

namespace bs::eerc {

namespace {

// `refusal`: the sentence for an amount that does not scale exactly; %1 is the number of
// decimals lost (the amount must be a multiple of 10^%1 base units).
Result<U256> scaleExactly(const U256& amount, unsigned from, unsigned to, Text refusal)
{
    const auto r = ledger::rescale(amount, from, to);
    if (!r)
        return fail(BS_TR("eerc", "the amount is too large."));
    if (!r->exact)
        return fail(refusal, from - to);
    return r->value;
}

} // namespace

Result<U256>
tokenToEercUnits(const U256& tokenAmount, unsigned tokenDecimals, unsigned eercDecimals)
{
    return scaleExactly(tokenAmount, tokenDecimals, eercDecimals,
                        BS_TR("eerc", "the contract keeps amounts with fewer decimals; give a "
                                      "rounder amount (a multiple of 10^%1 base units)."));
}

Result<U256> eercToTokenUnits(const U256& eercAmount, unsigned tokenDecimals, unsigned eercDecimals)
{
    return scaleExactly(eercAmount, eercDecimals, tokenDecimals,
                        BS_TR("eerc", "the token has fewer decimals than the contract, so part of "
                                      "this amount would be lost; give a rounder amount (a "
                                      "multiple of 10^%1 base units)."));
}

} // namespace bs::eerc
