// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The normative revenue rule (spec operator-api.md, "Revenue distribution") for a whole
// cycle, so that an operator can check a dry run and anyone can recompute a cycle:
//
//   a_i = floor(P * w_i / W); the leftover L = P - sum(a_i) goes one unit each to the L
//   providers with the largest remainders (P * w_i) mod W, ties by providerId ascending.
//
// Exact integers throughout (GMP): P * w_i may need 512 bits. sum(a_i) = P whenever W > 0.
#include "util/result.h"
#include "util/u256.h"

#include <QString>

#include <vector>

namespace bs::ledger {

struct WeightEntry
{
    QString providerId;
    U256 weight;
};

struct Share
{
    QString providerId;
    U256 weight;
    U256 amount; // base units of the payout token
};

struct Allocation
{
    U256 pool;
    U256 totalWeight;
    // One share per entry, in providerId order (UTF-16 code units, as the reference server's
    // JavaScript compares them); empty when the total weight is 0.
    std::vector<Share> shares;

    // W = 0: the cycle ends skipped_insufficient_usage and pays nothing.
    bool skipped() const { return totalWeight.isZero(); }
};

// The allocation of `pool` over `entries`. Fails (with a sentence naming the cause) only for
// input the rule does not define: a providerId given twice, or weights whose sum does not fit
// 256 bits.
Result<Allocation> allocate(const U256& pool, std::vector<WeightEntry> entries);

// The part of `amount` (token base units) that a private eERC transfer cannot carry: with
// fewer eERC decimals than the token's, amount mod 10^(tokenDecimals - eercDecimals); else 0.
// The transfer carries amount - dust (docs/operator-api.yaml, "Dust").
U256 transferDust(const U256& amount, unsigned tokenDecimals, unsigned eercDecimals);

} // namespace bs::ledger
