// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The converter's decimals rule (spec eerc-protocol.md 5.3): the ERC-20 token and the eERC
// contract may keep amounts with different decimals. A deposit scales token units to eERC
// units (the contract returns what does not divide as dust); a withdraw scales eERC units to
// token units (the contract truncates). The client refuses amounts that would lose anything.
#include "util/result.h"
#include "util/u256.h"

namespace bs::eerc {

// token -> eERC: refused when the eERC side has fewer decimals and the amount is not a
// multiple of the difference (the contract would keep the rest as dust).
Result<U256>
tokenToEercUnits(const U256& tokenAmount, unsigned tokenDecimals, unsigned eercDecimals);
// eERC -> token, as withdraw pays out: refused when the token has fewer decimals and the
// amount is not a multiple of the difference (the contract would truncate and the rest be
// lost).
Result<U256>
eercToTokenUnits(const U256& eercAmount, unsigned tokenDecimals, unsigned eercDecimals);

} // namespace bs::eerc
