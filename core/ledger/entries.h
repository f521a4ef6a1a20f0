// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The records the ledger reasons about, whoever produced them: what the chain shows (one
// decoded credit or debit of an eERC account; core/eerc's history scanner makes them) and
// what an operator reports (a provider's earnings per cycle; core/operator parses them from
// GET /providers/{id}/earnings). Plain values; nothing here reads a network.
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "util/u256.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace bs::ledger {

// One credit or debit of an eERC account (spec eerc-protocol.md 7).
struct HistoryEntry
{
    enum class Kind
    {
        Credit,
        Debit,
    };
    enum class Source
    {
        Transfer,
        Deposit,
        Withdraw,
    };
    Kind kind = Kind::Credit;
    Source source = Source::Transfer;
    U256 tokenId;
    std::uint64_t blockNumber = 0;
    std::int64_t blockTime = 0; // seconds since the epoch
    crypto::Hash256 transactionHash{};
    std::uint32_t logIndex = 0;
    std::optional<crypto::EthAddress> counterparty;
    // eERC base units; nullopt when it could not be read (e.g. a transfer made through a
    // contract, whose calldata is not the eERC call).
    std::optional<U256> amount;

    bool operator==(const HistoryEntry&) const = default;
};

// "credit" | "debit"; "transfer" | "deposit" | "withdraw": stable names for storage and exports.
const char* toString(HistoryEntry::Kind kind);
const char* toString(HistoryEntry::Source source);

// Where an operator says a payout is on chain.
struct TransferRef
{
    crypto::Hash256 txHash{};
    std::uint64_t blockNumber = 0;
    std::uint32_t logIndex = 0;
};

// A provider's own usage in one cycle as the operator counted it: sums of its usage records
// whose period starts in the cycle (calls is the weight). Counters, not money.
struct CycleUsage
{
    U256 calls;
    U256 bytesOut;
    U256 responseMsTotal; // the sum of response times; divide by calls for the average
    U256 errors;
};

// One cycle of a provider's earnings as the operator reports it. `amount` is the operator's
// claim: the client checks it against the chain and against floor(pool * weight /
// totalWeight) (+1).
struct EarningsCycle
{
    QString cycleId;
    QDateTime periodStart; // UTC, half-open [periodStart, periodEnd)
    QDateTime periodEnd;
    QString status;
    U256 pool;
    U256 weight;
    U256 totalWeight;
    U256 amount;
    std::optional<TransferRef> transfer; // nullopt while not confirmed
    std::optional<CycleUsage> usage;     // nullopt from servers that do not report it
};

// A provider's earnings report: its cycles and the operator's totals.
struct Earnings
{
    QString providerId;
    QString tokenSymbol;
    int tokenDecimals = 0;
    U256 distributed;              // totals.distributed
    std::uint64_t totalCycles = 0; // totals.cycles
    std::vector<EarningsCycle> cycles;
};

} // namespace bs::ledger
