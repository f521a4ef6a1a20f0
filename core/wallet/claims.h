// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use cases of a claim (eERC withdraw to the wallet's own USDC), the same for the app and the
// command line. They need only the chain, never the operator's server.
//
//   checkClaim    the preflight: balance re-read, amount allowed by the decimals rule, proof
//                 made and dry-run with eth_call, the network fee at most; nothing is sent.
//   claim         follows any claim still in flight first, then: prove, sign, RECORD the
//                 signed transaction in the vault, broadcast, follow it to its end in the
//                 canonical chain, settle the record. Never signs above the fee the user
//                 approved (the preflight's) nor above the profile's caps.
//   resumeClaims  follows claims recorded as sent by an earlier run (after a crash, a lock, a
//                 lost node) to their end: sends the recorded transaction again when the node
//                 does not know it; failed when its nonce went to another transaction or the
//                 node rejects it for good.
//   clearFailedClaim  forgets a failed claim the user has seen.
//
// A claim of a profile without a vault (the command line's --key-file) is not recorded: an
// interrupted one cannot be resumed, only found again in the history.
#include "chain/tx_sender.h"
#include "eerc/operations.h"
#include "util/result.h"
#include "util/u256.h"
#include "vault/records.h"
#include "wallet/profile.h"
#include "wallet/progress.h"

#include <QString>

#include <optional>
#include <stop_token>
#include <vector>

namespace bs::wallet {

// How much to claim, in token base units; nullopt: everything that can be paid out.
struct ClaimAmount
{
    std::optional<U256> tokenAmount;
};

// Reads "12.5", "0.000001" or "all" (or empty: all) in the network's token units.
Result<ClaimAmount> parseClaimAmount(const QString& text, unsigned tokenDecimals);

// The preflight's steps, in order.
enum class PreflightStep
{
    Balance, // connect, re-read and decrypt the balance
    Amount,  // the amount against the balance and the decimals rule
    DryRun,  // circuit files, proof, eth_call
    Fee,     // gas and fee within the profile's caps
};

struct ClaimPreview
{
    eerc::ClaimPlan plan; // balance, amounts in both units, decimals
    std::uint64_t gasLimit = 0;
    U256 maxFeePerGas; // wei
    U256 maxCost;      // wei: what the user approves by claiming
    // For the estimate shown before Claim: the proof times measured on this machine (the dry
    // run's included, oldest first), the network's block time read from its latest blocks
    // (nullopt when it could not be read) and the confirmations the claim waits for.
    std::vector<qint64> proofMillis;
    std::optional<double> blockSeconds;
    unsigned confirmations = 1;
};

struct Preflight
{
    std::optional<ClaimPreview> preview; // set when every step passed
    PreflightStep failedStep = PreflightStep::Balance;
    Error error; // when a step failed: what happened and what to do
    bool passed() const { return preview.has_value(); }
};

// `amountText` as parseClaimAmount reads it, in the token's units as the chain states them.
Preflight checkClaim(Profile& profile,
                     const QString& amountText,
                     Progress& progress = noProgress(),
                     std::stop_token stop = {});

struct ClaimResult
{
    crypto::Hash256 transactionHash{};
    std::uint64_t blockNumber = 0;
    U256 tokenReceived; // token base units, from the token's Transfer event
    U256 feePaid;       // wei
    unsigned tokenDecimals = 0;
    bool reproved = false; // the balance changed under us and the proof was made again
};

// `approvedMaxCost`: the preview's maxCost the user agreed to (nullopt only for scripted use
// that accepts the profile's caps).
Result<ClaimResult> claim(Profile& profile,
                          const QString& amountText,
                          std::optional<U256> approvedMaxCost,
                          Progress& progress = noProgress(),
                          std::stop_token stop = {});

// How a claim of an earlier run ended.
struct SettledClaim
{
    vault::PendingClaim record; // as stored now (its state and note updated)
    eerc::ResumedClaim::State state = eerc::ResumedClaim::State::Confirmed;
    std::optional<ClaimResult> result; // when confirmed
};

Result<std::vector<SettledClaim>>
resumeClaims(Profile& profile, Progress& progress = noProgress(), std::stop_token stop = {});

// How long a claim should take: its proof (the median of the proofs measured on this machine)
// and its confirmations at the network's block time. nullopt without a measured proof.
struct ClaimEstimate
{
    qint64 proveMillis = 0;
    std::optional<qint64> confirmMillis; // nullopt when the block time is not known
    qint64 totalMillis() const { return proveMillis + confirmMillis.value_or(0); }
};
std::optional<ClaimEstimate> estimateClaim(const std::vector<qint64>& proofMillis,
                                           std::optional<double> blockSeconds,
                                           unsigned confirmations);

// The withdraw proofs' durations measured on this machine (the preflight's and the claims'),
// oldest first, at most kKeptProofTimes; kept in the vault's settings (empty without a vault).
inline constexpr std::size_t kKeptProofTimes = 5;
std::vector<qint64> recentProofMillis(Profile& profile);

// The network's block time from the timestamps of consecutive latest blocks (oldest first):
// their mean gap. nullopt with fewer than two, or beyond 120 s (a chain that mines only on
// demand, like a devnet, has no block time to speak of).
std::optional<double> averageBlockSeconds(const std::vector<std::int64_t>& timestamps);

// Every recorded claim, oldest first (empty for a profile without a vault).
Result<std::vector<vault::PendingClaim>> recordedClaims(Profile& profile);
Result<void> clearFailedClaim(Profile& profile, const QString& txHash);

// The record of a signed claim transaction, before it is broadcast (state Sent, created at
// `now`, seconds since the epoch). Public for tests.
Result<vault::PendingClaim> pendingClaimOf(const chain::PreparedTransaction& signedTx, qint64 now);

} // namespace bs::wallet
