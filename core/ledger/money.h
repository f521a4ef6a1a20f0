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

} // namespace bs::ledger
