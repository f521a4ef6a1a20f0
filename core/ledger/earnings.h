// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A provider's earnings as the GUI shows them: the operator's earnings cycles joined with the
// payouts decrypted from the chain, each checked for fairness (ledger/fairness.h); a summary
// for the dashboard; and series for the charts.
//
// The chain is the source of truth for amounts: with the operator's server down (no report),
// the rows are the chain's payouts alone, marked as not checked. Operator entries whose
// transfer is not on chain are rows too (Missing or Pending), so nothing the operator claims
// is silently dropped. Nothing here reads the clock: `now` is passed in.
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "ledger/entries.h"
#include "ledger/fairness.h"
#include "util/result.h"
#include "util/u256.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bs::ledger {

struct EarningsRow
{
    enum class Origin
    {
        Matched,      // an operator cycle and its transfer on chain
        OperatorOnly, // an operator cycle whose transfer is not (yet) on chain
        ChainOnly,    // a payout on chain that the operator's report does not list
    };
    Origin origin = Origin::ChainOnly;

    // Seconds since the epoch (UTC): the block time of the transfer, else the end of the
    // cycle's period.
    std::int64_t time = 0;
    bool timeFromChain = false;

    // The operator's figures; empty / nullopt for ChainOnly rows.
    QString cycleId;
    QDateTime periodStart; // UTC, half-open [periodStart, periodEnd)
    QDateTime periodEnd;
    std::optional<U256> pool;
    std::optional<U256> weight;              // your calls
    std::optional<U256> totalWeight;         // all calls
    std::optional<std::string> sharePercent; // w / W in percent, 2 decimals, e.g. "42.86"
    std::optional<U256> statedAmount;        // the operator's amount, token base units
    std::optional<CycleUsage> usage;         // the provider's usage counters of the cycle

    // What was decrypted from the chain; nullopt when not on chain or not readable.
    std::optional<U256> amountEerc; // eERC base units
    std::optional<U256> amount;     // token base units (rounded down, see amountExact)
    bool amountExact = true;        // false when amountEerc is not whole token units

    FairnessCheck fairness;

    // The transfer: from the chain when found, else as the operator names it.
    std::optional<crypto::Hash256> txHash;
    std::uint64_t blockNumber = 0;
    std::uint32_t logIndex = 0;
    std::optional<crypto::EthAddress> sender;
};

struct JoinOptions
{
    UnitScale units;
    // How far the history scan has reached (the cache checkpoint). An operator transfer in a
    // later block is Pending, not Missing. nullopt: everything is treated as scanned.
    std::optional<std::uint64_t> scannedTo;
    // The account that sends payouts (GET /network operatorAddress). When set, transfers from
    // other senders are not earnings and get no row; when unset, every incoming transfer does.
    std::optional<crypto::EthAddress> operatorAddress;
};

// Joins the operator's report (nullptr when the server could not be reached) with the chain
// history by transaction hash and log index. When the log index differs but the transaction
// holds exactly one unmatched incoming transfer, that one is used (the operator may count log
// indexes differently); a transfer is never matched to two cycles. Only incoming private
// transfers are payouts: deposits and outgoing entries are ignored. Rows are ordered by time,
// then block and log index.
std::vector<EarningsRow> joinEarnings(const ledger::Earnings* report,
                                      const std::vector<ledger::HistoryEntry>& history,
                                      const JoinOptions& options);

struct EarningsSummary
{
    // Token base units. Independent of the balance: earned counts payouts received, claimed
    // counts withdrawals, neither looks at the encrypted balance.
    U256 totalEarned;
    U256 totalClaimed;
    U256 earnedThisMonth;
    U256 earnedLastMonth;
    std::size_t payoutCount = 0;
    // The most recent row with an amount received (time, then block and log index).
    std::optional<EarningsRow> lastPayout;
    std::size_t discrepancies = 0; // rows whose verdict needsAttention()
    std::size_t pending = 0;
    std::size_t unverifiable = 0;
    // Some amounts were not whole token units and were rounded down in the totals.
    bool inexact = false;
};

// Totals over `rows` (payouts) and `history` (withdrawals for totalClaimed). Calendar months
// are those of the local time `utcOffsetSeconds` ahead of UTC at `now` (0: UTC). Fails only
// if a total does not fit 256 bits.
Result<EarningsSummary> summarizeEarnings(const std::vector<EarningsRow>& rows,
                                          const std::vector<ledger::HistoryEntry>& history,
                                          std::int64_t now,
                                          UnitScale units,
                                          int utcOffsetSeconds = 0);

struct ChartPeriod
{
    enum class Kind
    {
        Last7Days,  // time >= now - 7 days
        Last30Days, // time >= now - 30 days
        All,
        Custom, // from <= time <= to
    };
    Kind kind = Kind::All;
    std::int64_t from = 0; // Custom only, seconds since the epoch
    std::int64_t to = 0;

    static ChartPeriod last7Days() { return {Kind::Last7Days, 0, 0}; }
    static ChartPeriod last30Days() { return {Kind::Last30Days, 0, 0}; }
    static ChartPeriod all() { return {Kind::All, 0, 0}; }
    static ChartPeriod custom(std::int64_t from, std::int64_t to)
    {
        return {Kind::Custom, from, to};
    }

    // Whether `time` falls in the period at `now`.
    bool contains(std::int64_t time, std::int64_t now) const;
};

// One bar (a payout) and the cumulative line at that payout.
struct ChartPoint
{
    std::int64_t time = 0;
    QString cycleId;        // empty for payouts not in the operator's report
    U256 amount;            // token base units, exact
    U256 cumulative;        // all payouts up to and including this one, also those
                            // before the period (the line shows the running total)
    double amountValue = 0; // amount / 10^decimals, for drawing only
    double cumulativeValue = 0;
    std::optional<CycleUsage> usage; // the cycle's usage, when the operator reported it
};

// Points for the payouts with a known amount inside `period`, in time order. Fails only if
// the running total does not fit 256 bits.
Result<std::vector<ChartPoint>> earningsSeries(const std::vector<EarningsRow>& rows,
                                               const ChartPeriod& period,
                                               std::int64_t now,
                                               unsigned tokenDecimals);

} // namespace bs::ledger
