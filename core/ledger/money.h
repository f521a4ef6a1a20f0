// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Money as an exact integer of base units (USDC: 6 decimals), parsed from and printed as
// decimal text without ever going through a double.
#include "util/result.h"
#include "util/u256.h"

#include <optional>
#include <string>
#include <string_view>

namespace bs::ledger {

// "12", "12.5", "0.000001", "12.500000" with at most `decimals` fraction digits; no sign,
// exponent, grouping or spaces. More fraction digits than the token has is an error (the
// amount cannot be represented), not a rounding.
Result<U256> parseAmount(std::string_view text, unsigned decimals);

// All `decimals` fraction digits, e.g. 1234567 with 6 -> "1.234567", 5 -> "0.000005".
std::string formatAmount(const U256& baseUnits, unsigned decimals);

// `amount` with `fromDecimals` decimals expressed with `toDecimals`, rounded down; `exact`
// says whether nothing was dropped. nullopt only if the result does not fit 256 bits.
struct Rescaled
{
    U256 value;
    bool exact = true;
};
std::optional<Rescaled> rescale(const U256& amount, unsigned fromDecimals, unsigned toDecimals);

// The decimals of the payout token (operator amounts, what a withdraw pays) and of the eERC
// contract (chain amounts). On the devnet they may be equal; Ava Labs' deployments keep 2 eERC
// decimals for a 6-decimal USDC. Every front end states amounts in token units with all the
// token's decimals, and the contract's coarser granularity once (keepsDust).
struct UnitScale
{
    unsigned tokenDecimals = 0;
    unsigned eercDecimals = 0;

    // eERC base units as token base units, rounded down when the contract keeps more decimals
    // than the token (what a withdraw pays); nullopt only when it does not fit 256 bits.
    std::optional<U256> tokenUnits(const U256& eercAmount) const;
    // The contract keeps fewer decimals than the token: smaller amounts stay with it as dust.
    bool keepsDust() const { return eercDecimals < tokenDecimals; }
    // The smallest amount the contract keeps, in token base units (1 when it keeps as many
    // decimals as the token or more).
    U256 granularity() const;
};

} // namespace bs::ledger
