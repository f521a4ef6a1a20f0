// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fairness check of one payout (spec operator-api.md, "Revenue distribution" and
// "Earnings"): the operator reports a cycle's pool P, the provider's weight w and the total
// weight W; the rule gives the provider floor(P*w/W), plus one unit when it is among the
// largest remainders. The client holds that against the amount it decrypted from the chain
// and against the amount the operator states.
//
// All arithmetic is exact (GMP): P*w may need 512 bits. Operator figures are in the payout
// token's base units, chain amounts in eERC base units; the two are compared after scaling
// both to the larger number of decimals, which is exact, so a payout that is off by a
// fraction of a token unit is a discrepancy too.
#include "ledger/entries.h"
#include "ledger/money.h"
#include "util/result.h"
#include "util/u256.h"

#include <optional>
#include <string>
#include <utility>

namespace bs::ledger {


// What the chain says about the transfer an earnings entry names.
struct ChainAmount
{
    enum class State
    {
        NotFound,      // no credit with that transaction hash (and log index) on chain
        NotScannedYet, // the transfer's block is beyond what the history scan has reached
        Unreadable,    // the credit is there but its amount could not be decrypted
        Known,         // decrypted: `eercAmount`
    };
    State state = State::NotFound;
    U256 eercAmount; // eERC base units, when Known

    static ChainAmount notFound() { return {}; }
    static ChainAmount notScannedYet() { return {State::NotScannedYet, {}}; }
    static ChainAmount unreadable() { return {State::Unreadable, {}}; }
    static ChainAmount known(const U256& eercAmount) { return {State::Known, eercAmount}; }
};

// A signed difference of two amounts, as magnitude and sign, in base units with `decimals`
// decimals (the larger of the token's and the contract's).
struct AmountDifference
{
    U256 magnitude;
    bool negative = false; // received less than expected
    unsigned decimals = 0;
};

enum class Verdict
{
    Fair,              // received floor(P*w/W) exactly
    FairPlusRemainder, // received floor(P*w/W) + 1: one of the largest remainders
    Discrepant,        // received something outside the fair range
    StatedMismatch,    // received a fair amount, but the operator states another one
    Missing,           // the operator names a transfer that is not on chain
    Pending,           // the cycle is not finished and the transfer is not confirmed yet
    Unverifiable,      // no rule to check against (W = 0, inconsistent figures) or amount unknown
};

// "fair", "fair_plus_remainder", "discrepant", "stated_mismatch", "missing", "pending",
// "unverifiable": stable names for exports and logs.
const char* verdictName(Verdict verdict);

// True for the verdicts the user must be alerted to (Discrepant, StatedMismatch, Missing).
bool needsAttention(Verdict verdict);

struct FairnessCheck
{
    Verdict verdict = Verdict::Unverifiable;
    // The fair range in token base units: floor(P*w/W) .. expectedMax, where expectedMax is
    // floor + 1 when the remainder (P*w) mod W is not zero, else floor itself (a provider
    // whose share divides exactly is never among the L largest remainders: at least L+1
    // providers have a non-zero remainder whenever L > 0). nullopt when the figures give no
    // rule (W = 0, w > W).
    std::optional<U256> expectedMin;
    std::optional<U256> expectedMax;
    // The decrypted amount in token base units, when it is a whole number of them.
    std::optional<U256> receivedTokenUnits;
    // Received minus the nearest fair amount, when Discrepant; received minus the
    // stated amount when StatedMismatch.
    std::optional<AmountDifference> difference;
    // Whether the operator's stated amount equals what was received (false when unknown).
    bool statedMatchesReceived = false;
    // One sentence for the user that says what was found: `explanationCode` is its code and
    // arguments (the app words it with errorText()), `explanation` the same sentence in English
    // (for logs and tests). The GUI may map the verdict to its own translated text instead.
    std::string explanation;
    Error explanationCode;

    // Sets both from `sentence`.
    void explain(Error sentence)
    {
        explanation = sentence.message;
        explanationCode = std::move(sentence);
    }
};

// Checks one earnings entry against the chain. Never fails: every outcome is a verdict.
FairnessCheck
checkPayout(const ledger::EarningsCycle& entry, const ChainAmount& chain, UnitScale units);

// The rule's bounds alone: floor(P*w/W) and the largest fair amount (see expectedMax).
// nullopt when W = 0 or w > W.
struct FairRange
{
    U256 min;
    U256 max;
};
std::optional<FairRange> fairRange(const U256& pool, const U256& weight, const U256& totalWeight);

// The share w/W as a percentage with `digits` fraction digits, rounded half up, e.g.
// "42.86" for 3/7 with 2 digits; nullopt when W = 0.
std::optional<std::string>
sharePercent(const U256& weight, const U256& totalWeight, unsigned digits = 2);

// eERC base units to token base units, rounding down (what a withdraw pays out); `exact`
// says whether nothing was dropped. nullopt only if the result does not fit 256 bits.
std::optional<Rescaled> eercToTokenUnitsFloor(const U256& eercAmount, UnitScale units);

} // namespace bs::ledger
