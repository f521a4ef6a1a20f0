// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Holding the operator's report against the chain (docs/audit-report.md, "What is checked").
//
// Per cycle: every listed transfer must be one of the operator's payouts on chain (same
// transaction and log index), to the listed recipient, in the listed block, listed once; the
// decrypted amounts of the listed transfers must add up to the cycle's totalDistributed, their
// number to its transferCount, and neither may exceed the pool. For the period: grandTotal and
// transferCount against the same sums over every cycle, and against the report's own cycles.
// Every payout of the operator in the audited blocks that no cycle lists is unreported, unless
// the operator's report of the time before the period lists it (a cycle of an earlier period
// paid inside this one). Deposits: every listed deposit must be on chain with that amount,
// and every deposit in the audited blocks must be listed. Every auditor PCT must decrypt under
// this auditor's key; one that does not is a finding naming the epoch's auditor. Recipients
// must be registered in the eERC registrar and known to the operator as providers.
//
// Amounts are compared in base units of amountDecimals = max(token decimals, eERC decimals),
// so nothing is rounded: eERC amounts and token amounts are both scaled up exactly.
#include "audit/events.h"
#include "audit/report.h"
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "operator/api_types.h"
#include "util/result.h"
#include "util/u256.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <stop_token>
#include <vector>

namespace bs::audit {

struct Units
{
    unsigned tokenDecimals = 6;
    unsigned eercDecimals = 6;

    unsigned amountDecimals() const { return std::max(tokenDecimals, eercDecimals); }
    // Exact; saturates at 2^256 - 1 (no real amount comes near).
    U256 fromEerc(const U256& eercUnits) const;
    U256 fromToken(const U256& tokenUnits) const;
};

// What the chain says about a reported transfer that is not among the operator's payouts.
struct ReportedLogCheck
{
    enum class Kind
    {
        NoTransaction, // no such transaction (or not mined)
        NoSuchLog,     // the transaction has no log at that index
        NotAPayout,    // the log is not an eERC PrivateTransfer
        OtherSender,   // a PrivateTransfer from another account
        Unscanned,     // an operator payout in blocks this run did not scan
    };
    Kind kind = Kind::NoTransaction;
    std::optional<crypto::EthAddress> from; // OtherSender
    std::optional<std::uint64_t> blockNumber;
};

// The chain lookups reconciliation needs beyond the scanned events.
class ChainLookups
{
public:
    virtual ~ChainLookups() = default;
    virtual Result<ReportedLogCheck> reportedTransfer(const crypto::Hash256& txHash,
                                                      std::uint32_t logIndex,
                                                      std::stop_token stop) = 0;
    virtual Result<bool> isRegistered(const crypto::EthAddress& account, std::stop_token stop) = 0;
};

// At most this many reported transfers that are not the operator's payouts are looked up on
// chain one by one; the rest are reported as not found without the detail.
inline constexpr std::size_t kMaxReportedLookups = 200;

struct ReconcileInput
{
    std::span<const ChainEvent> events;                // the store's, by (block, log index)
    const operator_api::AuditTotals* totals = nullptr; // null: no report was received
    // The operator's report for the time before the period; called at most once, and only
    // when an unlisted payout or deposit in the window needs explaining. May return null.
    std::function<const operator_api::AuditTotals*()> earlier;
    std::optional<BlockRange> window; // the audited blocks; nullopt: none
    crypto::EthAddress auditor{crypto::EthAddress::Bytes{}};
    Units units;
    // The operator's providers (addresses); null: not known (no check).
    const std::set<crypto::EthAddress::Bytes>* providers = nullptr;
};

struct Reconciliation
{
    std::vector<CycleResult> cycles;
    ReportTotals totals;
    std::vector<PayoutRecord> payouts;
    std::vector<MovementRecord> movements;
    std::vector<Finding> findings; // high, then medium, then low; otherwise in the order found
    std::vector<Epoch> epochs;
    std::optional<BlockRange> reportedSpan;
};

Result<Reconciliation>
reconcile(const ReconcileInput& input, ChainLookups& lookups, std::stop_token stop = {});

// A lookup that knows nothing beyond the events (every recipient registered; reported
// transfers not among the payouts: no transaction). For tests and the benchmark.
class OfflineLookups final : public ChainLookups
{
public:
    Result<ReportedLogCheck>
    reportedTransfer(const crypto::Hash256&, std::uint32_t, std::stop_token) override
    {
        return ReportedLogCheck{};
    }
    Result<bool> isRegistered(const crypto::EthAddress&, std::stop_token) override { return true; }
};

} // namespace bs::audit
