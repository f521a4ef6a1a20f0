// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator's use cases that need more than the operator API, shared by the app's
// operator pages and `bshield operator`:
//
//  - the funding of a cycle: the operator's eERC balance, decrypted with the operator's own
//    eERC key from the chain, plus the USDC in its wallet, minus what unfinished cycles will
//    still pay; a pool above that is refused before anything is sent (the server refuses it
//    too, with 422, but the operator should learn it from the numbers, not from a refusal);
//  - the dry run recomputed on this machine by the normative revenue rule (ledger::allocate)
//    from the server's own weights, with every difference named: amounts, dust, sums,
//    providers that are not eligible;
//  - a new cycle from typed input to its end: prepare (check the input, the period against
//    the cycles, the funding), dry run, start (or retry), follow.
//
// Blocking and cancellable like the layers below: call from a worker thread or the CLI.
#include "chain/network.h"
#include "eerc/balance.h"
#include "eerc/reader.h"
#include "operator/management_client.h"
#include "util/result.h"
#include "util/u256.h"
#include "wallet/wallet.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

namespace bs::wallet {

// The payout token's and the eERC contract's decimals, as the contracts state them.
struct TokenUnits
{
    QString symbol;
    unsigned tokenDecimals = 0; // as the contracts state them (read before use)
    unsigned eercDecimals = 0;
};

// What the operator account can pay from, in base units of the payout token.
struct OperatorFunding
{
    crypto::EthAddress account{crypto::EthAddress::Bytes{}};
    TokenUnits units;
    // False when the account has no eERC key on chain yet (then eercBalance is 0).
    bool registered = false;
    // The decrypted eERC balance, in token units rounded down (what it can pay).
    U256 eercBalance;
    // Verified, or Recovered (the amount ciphertexts disagreed with the encrypted balance and
    // the amount came from the encrypted balance itself: worth a warning).
    eerc::DecryptedBalance::Status eercStatus = eerc::DecryptedBalance::Status::Verified;
    U256 walletBalance; // the ERC-20 balance of the account
    U256 total;         // eercBalance + walletBalance
    U256 committed;     // what unfinished cycles will still pay (committedByCycles)
    U256 available;     // total - committed, 0 when committed is larger
};

// The contracts' decimals and the token's symbol (the network's, else "USDC"). Fails when the
// network states other decimals than the contracts hold.
Result<TokenUnits>
readTokenUnits(eerc::EercReader& reader, const chain::Network& network, std::stop_token stop = {});

// What unfinished cycles will still pay: a cycle not calculated yet its whole pool, a
// calculated one what its queued and submitted transfers carry (amount - dust); final cycles
// nothing. The reference server counts the same before it accepts a new cycle.
U256 committedByCycles(std::span<const operator_api::Cycle> cycles);

// Reads the funding of the operator account with `keys`. The account is the network's
// operatorAddress, which must be the keys' address (only the operator's own eERC key
// decrypts its balance); a network without one means the keys' address. An eERC key on chain
// that is not `keys.eerc` and a balance that cannot be decrypted are errors.
Result<OperatorFunding> readOperatorFunding(eerc::EercReader& reader,
                                            const Keys& keys,
                                            const chain::Network& network,
                                            const TokenUnits& units,
                                            std::span<const operator_api::Cycle> cycles,
                                            std::stop_token stop = {});

// What starting `request` needs funded: its pool, or for the retry of a calculated failed
// cycle what its queued and failed transfers still carry.
U256 fundingNeeded(const operator_api::DistributionRequest& request,
                   const std::optional<operator_api::Cycle>& retryOf);

// needed <= funding.available, else one sentence with the numbers and what to do.
Result<void> checkFunding(const U256& needed, const OperatorFunding& funding);

// ---- the dry run, recomputed ----

// One line of the allocation table: the server's figures and the client's side by side.
struct AllocationLine
{
    QString providerId;
    std::optional<crypto::EthAddress> address; // as the server states it
    U256 weight;                               // the server's weight (the client has no other)
    std::optional<std::string> sharePercent;   // weight / totalWeight, 2 decimals
    std::optional<U256> serverAmount;          // nullopt: the server left it out
    std::optional<U256> clientAmount;          // nullopt: not in the recomputation
    U256 serverDust;
    U256 clientDust; // ledger::transferDust of the client's amount
    bool matches = true;
};

struct DryRunDifference
{
    enum class Kind
    {
        Amount,             // a provider's amount differs from the rule's
        Dust,               // a provider's dust differs from what the decimals give
        DuplicateProvider,  // the server lists a provider twice
        TotalWeight,        // totalWeight is not the sum of the weights
        ProviderCount,      // providerCount is not the number of allocations
        SumNotPool,         // the amounts do not add up to the pool (to 0 without usage)
        TotalDust,          // the dust total is not the sum of the lines' dust
        Status,             // skipped with weights, or calculated without any
        IneligibleProvider, // not integrated or earning_revenue, or unknown
        Address,            // the address differs from the provider's registration
    };
    Kind kind = Kind::Amount;
    QString providerId;  // empty for the totals
    std::string message; // one sentence, amounts with the token's decimals (English)
    Error sentence{};    // that sentence as a code and its arguments, for the app (errorText)
};

struct DryRunCheck
{
    std::vector<AllocationLine> lines; // providerId order
    U256 serverSum;                    // the server's amounts added up
    U256 clientSum;                    // the recomputation's (the pool, when W > 0)
    U256 clientDust;
    std::vector<DryRunDifference> differences;

    bool ok() const { return differences.empty(); }
};

// Recomputes `run` with ledger::allocate from its own weights and compares every figure.
// With `providers` (GET /providers), each allocation's provider must be integrated or
// earning_revenue and have the stated address.
DryRunCheck checkDryRun(const operator_api::DryRun& run,
                        const TokenUnits& units,
                        std::span<const operator_api::Provider> providers = {});

// ---- a new cycle, step by step ----

// Input checked and funded, ready for a dry run and a start.
struct PreparedDistribution
{
    operator_api::DistributionRequest request;
    std::optional<operator_api::Cycle> retryOf; // the failed cycle this request retries
    OperatorFunding funding;
    U256 needed; // fundingNeeded(request, retryOf)
};

struct DryRunReport
{
    operator_api::DryRun run;
    DryRunCheck check;
};

// The operator profile at work: its API client, its chain reader, its keys and network
// (all owned by the caller and used from the calling thread).
class OperatorActions
{
public:
    OperatorActions(operator_api::ManagementClient& api,
                    eerc::EercReader& reader,
                    const Keys& keys,
                    const chain::Network& network)
        : m_api(api)
        , m_reader(reader)
        , m_keys(keys)
        , m_network(network)
    {}

    operator_api::ManagementClient& api() { return m_api; }
    const crypto::EcdsaPrivateKey& operatorKey() const { return m_keys.wallet; }

    // The contracts' decimals (read once, then kept).
    Result<TokenUnits> units(std::stop_token stop = {});

    // The funding now (with the cycles list for what is committed).
    operator_api::ApiResult<OperatorFunding> funding(std::stop_token stop = {});

    // Checks everything before anything is sent to the operator's server: the times and the
    // pool (InvalidRequest errors), the period against every cycle (checkPeriod: a retry when
    // it is a failed cycle's period and pool), the funding (InvalidRequest when the pool is
    // above what is available). Reads the cycles list and the chain.
    operator_api::ApiResult<PreparedDistribution> prepare(const QDateTime& from,
                                                          const QDateTime& to,
                                                          const QString& poolText,
                                                          std::stop_token stop = {});

    // The server's dry run of `prepared` and its recomputation (with the providers list).
    operator_api::ApiResult<DryRunReport> dryRun(const PreparedDistribution& prepared,
                                                 std::stop_token stop = {});

    // Starts the cycle, or retries the failed one; the funding is read again first.
    operator_api::ApiResult<operator_api::Cycle> start(const PreparedDistribution& prepared,
                                                       std::stop_token stop = {});

    // Follows a cycle to its final state (ManagementClient::followCycle).
    operator_api::ApiResult<operator_api::Cycle>
    follow(const QString& cycleId,
           const operator_api::CycleProgress& progress = {},
           const operator_api::FollowOptions& options = {},
           std::stop_token stop = {});

private:
    operator_api::ManagementClient& m_api;
    eerc::EercReader& m_reader;
    const Keys& m_keys;
    const chain::Network& m_network;
    std::optional<TokenUnits> m_units;
};

} // namespace bs::wallet
