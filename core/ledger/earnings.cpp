// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/earnings.h"

#include "ledger/money.h"

#include <QByteArray>
#include <QDate>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <tuple>

namespace bs::ledger {

using ledger::HistoryEntry;

namespace {

bool isPayout(const HistoryEntry& e, const JoinOptions& options)
{
    if (e.kind != HistoryEntry::Kind::Credit || e.source != HistoryEntry::Source::Transfer)
        return false;
    // A transfer from someone else than the operator is not a payout; with an unknown sender
    // (not readable) it is kept, so that no payout is hidden.
    if (options.operatorAddress && e.counterparty && !(*e.counterparty == *options.operatorAddress))
        return false;
    return true;
}

void setChainSide(EarningsRow& row, const HistoryEntry& e, const UnitScale& units)
{
    row.txHash = e.transactionHash;
    row.blockNumber = e.blockNumber;
    row.logIndex = e.logIndex;
    row.sender = e.counterparty;
    if (e.blockTime > 0) {
        row.time = e.blockTime;
        row.timeFromChain = true;
    }
    if (e.amount) {
        row.amountEerc = *e.amount;
        if (const auto t = eercToTokenUnitsFloor(*e.amount, units)) {
            row.amount = t->value;
            row.amountExact = t->exact;
        }
    }
}

ChainAmount chainAmountOf(const HistoryEntry& e)
{
    return e.amount ? ChainAmount::known(*e.amount) : ChainAmount::unreadable();
}

} // namespace

std::vector<EarningsRow> joinEarnings(const ledger::Earnings* report,
                                      const std::vector<HistoryEntry>& history,
                                      const JoinOptions& options)
{
    // Candidate payouts by (hash, log index), and by hash alone for the fallback match.
    std::map<std::pair<crypto::Hash256, std::uint32_t>, std::size_t> byRef;
    std::multimap<crypto::Hash256, std::size_t> byHash;
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (!isPayout(history[i], options))
            continue;
        byRef.emplace(std::make_pair(history[i].transactionHash, history[i].logIndex), i);
        byHash.emplace(history[i].transactionHash, i);
    }
    std::vector<bool> used(history.size(), false);
    std::vector<EarningsRow> rows;

    if (report) {
        const auto& cycles = report->cycles;
        // Exact matches first, for every cycle, so that a cycle with a wrong log index cannot
        // take the transfer that another cycle names exactly.
        std::vector<std::optional<std::size_t>> found(cycles.size());
        std::vector<bool> namesUsedTransfer(cycles.size(), false);
        for (std::size_t k = 0; k < cycles.size(); ++k) {
            const auto& t = cycles[k].transfer;
            if (!t)
                continue;
            const auto exact = byRef.find({t->txHash, t->logIndex});
            if (exact == byRef.end())
                continue;
            if (used[exact->second]) {
                namesUsedTransfer[k] = true;
                continue;
            }
            used[exact->second] = true;
            found[k] = exact->second;
        }
        // Then the fallback: the only unmatched payout of the named transaction.
        for (std::size_t k = 0; k < cycles.size(); ++k) {
            const auto& t = cycles[k].transfer;
            if (!t || found[k] || namesUsedTransfer[k])
                continue;
            std::optional<std::size_t> only;
            int count = 0;
            const auto [first, last] = byHash.equal_range(t->txHash);
            for (auto it = first; it != last; ++it) {
                if (!used[it->second]) {
                    only = it->second;
                    ++count;
                }
            }
            if (count == 1) {
                used[*only] = true;
                found[k] = only;
            }
        }

        for (std::size_t k = 0; k < cycles.size(); ++k) {
            const ledger::EarningsCycle& c = cycles[k];
            EarningsRow row;
            row.origin = EarningsRow::Origin::OperatorOnly;
            row.cycleId = c.cycleId;
            row.periodStart = c.periodStart;
            row.periodEnd = c.periodEnd;
            row.time = c.periodEnd.toSecsSinceEpoch();
            row.pool = c.pool;
            row.weight = c.weight;
            row.totalWeight = c.totalWeight;
            row.sharePercent = sharePercent(c.weight, c.totalWeight);
            row.statedAmount = c.amount;
            row.usage = c.usage;
            if (c.transfer) {
                row.txHash = c.transfer->txHash;
                row.blockNumber = c.transfer->blockNumber;
                row.logIndex = c.transfer->logIndex;
            }

            ChainAmount chain = ChainAmount::notFound();
            if (found[k]) {
                row.origin = EarningsRow::Origin::Matched;
                setChainSide(row, history[*found[k]], options.units);
                chain = chainAmountOf(history[*found[k]]);
            } else if (c.transfer && options.scannedTo &&
                       c.transfer->blockNumber > *options.scannedTo) {
                chain = ChainAmount::notScannedYet();
            }
            row.fairness = checkPayout(c, chain, options.units);
            if (namesUsedTransfer[k] && row.fairness.verdict == Verdict::Missing)
                row.fairness.explain(fail(BS_TR("ledger", "The operator reports for cycle %1 the "
                                                          "same transfer as for another cycle."),
                                          c.cycleId.toStdString()));
            rows.push_back(std::move(row));
        }
    }

    for (std::size_t i = 0; i < history.size(); ++i) {
        if (used[i] || !isPayout(history[i], options))
            continue;
        EarningsRow row;
        row.origin = EarningsRow::Origin::ChainOnly;
        setChainSide(row, history[i], options.units);
        row.fairness.verdict = Verdict::Unverifiable;
        if (row.amount && row.amountExact)
            row.fairness.receivedTokenUnits = row.amount;
        if (report)
            row.fairness.explain(fail(BS_TR("ledger", "This payment is not in the operator's "
                                                      "report, so it cannot be checked against "
                                                      "the published figures.")));
        else
            row.fairness.explain(fail(BS_TR("ledger", "The operator's report is not available; "
                                                      "this payment will be checked when it "
                                                      "is.")));
        rows.push_back(std::move(row));
    }

    std::stable_sort(rows.begin(), rows.end(), [](const EarningsRow& a, const EarningsRow& b) {
        return std::tie(a.time, a.blockNumber, a.logIndex) <
               std::tie(b.time, b.blockNumber, b.logIndex);
    });
    return rows;
}

Result<EarningsSummary> summarizeEarnings(const std::vector<EarningsRow>& rows,
                                          const std::vector<HistoryEntry>& history,
                                          std::int64_t now,
                                          UnitScale units,
                                          int utcOffsetSeconds)
{
    const QTimeZone zone(utcOffsetSeconds);
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now, zone);
    const QDate firstOfMonth(local.date().year(), local.date().month(), 1);
    const std::int64_t thisMonth = QDateTime(firstOfMonth, QTime(0, 0), zone).toSecsSinceEpoch();
    const std::int64_t nextMonth =
        QDateTime(firstOfMonth.addMonths(1), QTime(0, 0), zone).toSecsSinceEpoch();
    const std::int64_t lastMonth =
        QDateTime(firstOfMonth.addMonths(-1), QTime(0, 0), zone).toSecsSinceEpoch();

    const auto tooLarge =
        fail(BS_TR("ledger", "The earnings total is too large to show; the history holds amounts "
                             "that cannot be real, refresh it from the chain."));
    const auto add = [](U256& total, const U256& v) {
        const auto sum = total.checkedAdd(v);
        if (!sum)
            return false;
        total = *sum;
        return true;
    };

    EarningsSummary s;
    for (const EarningsRow& row : rows) {
        if (needsAttention(row.fairness.verdict))
            ++s.discrepancies;
        else if (row.fairness.verdict == Verdict::Pending)
            ++s.pending;
        else if (row.fairness.verdict == Verdict::Unverifiable)
            ++s.unverifiable;
        if (!row.amount)
            continue;
        ++s.payoutCount;
        s.inexact = s.inexact || !row.amountExact;
        if (!add(s.totalEarned, *row.amount))
            return tooLarge;
        if (row.time >= thisMonth && row.time < nextMonth && !add(s.earnedThisMonth, *row.amount))
            return tooLarge;
        if (row.time >= lastMonth && row.time < thisMonth && !add(s.earnedLastMonth, *row.amount))
            return tooLarge;
        if (!s.lastPayout ||
            std::tie(row.time, row.blockNumber, row.logIndex) >=
                std::tie(s.lastPayout->time, s.lastPayout->blockNumber, s.lastPayout->logIndex))
            s.lastPayout = row;
    }
    for (const HistoryEntry& e : history) {
        if (e.kind != HistoryEntry::Kind::Debit || e.source != HistoryEntry::Source::Withdraw ||
            !e.amount)
            continue;
        const auto t = eercToTokenUnitsFloor(*e.amount, units);
        if (!t || !add(s.totalClaimed, t->value))
            return tooLarge;
        s.inexact = s.inexact || !t->exact;
    }
    return s;
}

bool ChartPeriod::contains(std::int64_t time, std::int64_t now) const
{
    constexpr std::int64_t day = 24 * 60 * 60;
    switch (kind) {
    case Kind::Last7Days:
        return time >= now - 7 * day;
    case Kind::Last30Days:
        return time >= now - 30 * day;
    case Kind::All:
        return true;
    case Kind::Custom:
        return time >= from && time <= to;
    }
    return true;
}

Result<std::vector<ChartPoint>> earningsSeries(const std::vector<EarningsRow>& rows,
                                               const ChartPeriod& period,
                                               std::int64_t now,
                                               unsigned tokenDecimals)
{
    std::vector<const EarningsRow*> payouts;
    for (const EarningsRow& row : rows) {
        if (row.amount)
            payouts.push_back(&row);
    }
    std::stable_sort(payouts.begin(), payouts.end(),
                     [](const EarningsRow* a, const EarningsRow* b) {
                         return std::tie(a->time, a->blockNumber, a->logIndex) <
                                std::tie(b->time, b->blockNumber, b->logIndex);
                     });
    const auto toDouble = [tokenDecimals](const U256& v) {
        // Through the exact decimal text, in the C locale: doubles only for drawing.
        return QByteArray::fromStdString(formatAmount(v, tokenDecimals)).toDouble();
    };
    std::vector<ChartPoint> out;
    U256 running;
    for (const EarningsRow* row : payouts) {
        const auto sum = running.checkedAdd(*row->amount);
        if (!sum)
            return fail(BS_TR("ledger", "The earnings total is too large to chart; refresh the "
                                        "history from the chain."));
        running = *sum;
        if (!period.contains(row->time, now))
            continue;
        ChartPoint p;
        p.time = row->time;
        p.cycleId = row->cycleId;
        p.amount = *row->amount;
        p.cumulative = running;
        p.amountValue = toDouble(p.amount);
        p.cumulativeValue = toDouble(p.cumulative);
        p.usage = row->usage;
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace bs::ledger
