// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Money as an exact integer of base units (USDC: 6 decimals), parsed from and printed as
// decimal text without ever going through a double.
#include "chain/u256.h"
#include "util/result.h"

#include <string>
#include <string_view>

namespace bs::ledger {

// "12", "12.5", "0.000001", "12.500000" with at most `decimals` fraction digits; no sign,
// exponent, grouping or spaces. More fraction digits than the token has is an error (the
// amount cannot be represented), not a rounding.
Result<chain::U256> parseAmount(std::string_view text, unsigned decimals);

// All `decimals` fraction digits, e.g. 1234567 with 6 -> "1.234567", 5 -> "0.000005".
std::string formatAmount(const chain::U256& baseUnits, unsigned decimals);

// Converting between the token's units and the eERC contract's units (spec 5.3).
// token -> eERC: refused when the eERC side has fewer decimals and the amount is not a
// multiple of the difference (the contract would keep the rest as dust).
Result<chain::U256>
tokenToEercUnits(const chain::U256& tokenAmount, unsigned tokenDecimals, unsigned eercDecimals);
// eERC -> token, as withdraw pays out: refused when the token has fewer decimals and the
// amount is not a multiple of the difference (the contract would truncate and the rest be
// lost).
Result<chain::U256>
eercToTokenUnits(const chain::U256& eercAmount, unsigned tokenDecimals, unsigned eercDecimals);

} // namespace bs::ledger
