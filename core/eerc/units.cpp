// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/units.h"

#include "ledger/money.h"

#include <string>

namespace bs::eerc {

namespace {

Result<U256> scaleExactly(const U256& amount, unsigned from, unsigned to, const char* refusal)
{
    const auto r = ledger::rescale(amount, from, to);
    if (!r)
        return fail("the amount is too large.");
    if (!r->exact)
        return fail(std::string(refusal) + " (a multiple of 10^" + std::to_string(from - to) +
                    " base units).");
    return r->value;
}

} // namespace

Result<U256>
tokenToEercUnits(const U256& tokenAmount, unsigned tokenDecimals, unsigned eercDecimals)
{
    return scaleExactly(tokenAmount, tokenDecimals, eercDecimals,
                        "the contract keeps amounts with fewer decimals; give a rounder amount");
}

Result<U256> eercToTokenUnits(const U256& eercAmount, unsigned tokenDecimals, unsigned eercDecimals)
{
    return scaleExactly(eercAmount, eercDecimals, tokenDecimals,
                        "the token has fewer decimals than the contract, so part of this amount "
                        "would be lost; give a rounder amount");
}

} // namespace bs::eerc
