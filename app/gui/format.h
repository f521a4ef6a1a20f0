// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the views show numbers: exact amounts with every decimal and the locale's digit grouping.
#include "ledger/money.h"
#include "util/u256.h"

#include <QString>

namespace bs::gui {

// An amount in base units as the views show it: all decimals, digits grouped in the locale
// ("1,234.500000").
QString displayAmount(const U256& baseUnits, unsigned decimals);

// An upper bound for display (a fee "at most"): rounded UP to `digits` fraction digits, with
// the locale's grouping, so the text never understates it.
QString displayAtMost(const U256& baseUnits, unsigned decimals, unsigned digits = 6);

// An amount the contract holds (eERC base units), shown in the token's units with all the
// token's decimals, rounded down as a withdraw pays it.
QString displayTokenAmount(const U256& eercAmount, const ledger::UnitScale& units);

// A deployment's precision in one sentence: amounts in the token's units with all its
// decimals, and, when the contract keeps fewer, the step below which payouts become dust.
QString precisionSentence(const QString& tokenSymbol, const ledger::UnitScale& units);

// A block or a count with the locale's grouping ("1,234,567").
QString displayCount(quint64 n);

} // namespace bs::gui
