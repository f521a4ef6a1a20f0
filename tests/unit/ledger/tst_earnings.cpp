// SPDX-License-Identifier: GPL-3.0-or-later
// The earnings join: operator cycles matched to chain payouts by transaction hash and log
// index (with the one-transfer-per-transaction fallback, never one transfer for two cycles),
// payouts missing on either side, the operator's server down, senders other than the
// operator; the dashboard summary (calendar months in UTC and with an offset, claims from
// withdrawals only); and the chart series for each period. Expected values are worked out
// by hand in the comments.
#include "ledger/earnings.h"

#include <QtTest>

using bs::U256;
using namespace bs::ledger;
using bs::crypto::EthAddress;
using bs::crypto::Hash256;
using bs::ledger::Earnings;
using bs::ledger::EarningsCycle;
using bs::ledger::HistoryEntry;
using bs::ledger::TransferRef;

namespace {

U256 u(std::uint64_t v)
{
    return U256::fromU64(v);
}

Hash256 hash(std::uint8_t n)
{
    Hash256 h{};
    h.fill(n);
    return h;
}

EthAddress address(std::uint8_t n)
{
    EthAddress::Bytes b{};
    b.fill(n);
    return EthAddress(b);
}

const EthAddress kOperator = address(0x0a);

std::int64_t at(const char* isoUtc)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
    if (!t.isValid())
        qFatal("bad time %s", isoUtc);
    return t.toSecsSinceEpoch();
}

HistoryEntry credit(std::uint8_t tx,
                    std::uint32_t logIndex,
                    std::uint64_t block,
                    const char* time,
                    std::optional<std::uint64_t> amount,
                    EthAddress from = kOperator)
{
    HistoryEntry e;
    e.kind = HistoryEntry::Kind::Credit;
    e.source = HistoryEntry::Source::Transfer;
    e.blockNumber = block;
    e.blockTime = at(time);
    e.transactionHash = hash(tx);
    e.logIndex = logIndex;
    e.counterparty = from;
    if (amount)
        e.amount = u(*amount);
    return e;
}

HistoryEntry other(HistoryEntry::Kind kind,
                   HistoryEntry::Source source,
                   std::uint8_t tx,
                   std::uint64_t block,
                   std::uint64_t amount)
{
    HistoryEntry e;
    e.kind = kind;
    e.source = source;
    e.blockNumber = block;
    e.blockTime = at("2026-11-10T00:00:00Z");
    e.transactionHash = hash(tx);
    e.amount = u(amount);
    return e;
}

EarningsCycle cycle(const QString& id,
                    const char* start,
                    const char* end,
                    std::uint64_t pool,
                    std::uint64_t weight,
                    std::uint64_t total,
                    std::uint64_t stated,
                    std::optional<TransferRef> transfer)
{
    EarningsCycle c;
    c.cycleId = id;
    c.periodStart = QDateTime::fromString(QString::fromLatin1(start), Qt::ISODate);
    c.periodEnd = QDateTime::fromString(QString::fromLatin1(end), Qt::ISODate);
    c.status = QStringLiteral("completed");
    c.pool = u(pool);
    c.weight = u(weight);
    c.totalWeight = u(total);
    c.amount = u(stated);
    c.transfer = transfer;
    return c;
}

TransferRef ref(std::uint8_t tx, std::uint64_t block, std::uint32_t logIndex)
{
    return TransferRef{hash(tx), block, logIndex};
}

const EarningsRow* rowOf(const std::vector<EarningsRow>& rows, const QString& cycleId)
{
    for (const EarningsRow& r : rows) {
        if (r.cycleId == cycleId)
            return &r;
    }
    return nullptr;
}

// The scenario most tests share. Pool 5 USDC, W = 7:
//   cyc_1  weight 3 -> fair 2142857 (+1 possible); paid 2142857 at tx 1, log 2: Fair.
//   cyc_2  weight 1 -> fair 714285 or 714286; paid 714286 at tx 2, log 5, but the operator
//          says log 4 (the fallback matches the only transfer in tx 2): FairPlusRemainder.
//   cyc_3  weight 1, paid 700000 (stated 700000): Discrepant, 14285 short.
//   cyc_4  names tx 4, which is not on chain: Missing.
//   cyc_5  names tx 5 in block 900, beyond the scan (800): Pending.
//   chain  tx 6: 1000000 from the operator, not in the report: ChainOnly, Unverifiable.
//   chain  tx 7: 5 from someone else: not a payout. Deposits, withdrawals and an outgoing
//          transfer are not payouts either.
struct Scenario
{
    Earnings report;
    std::vector<HistoryEntry> history;
    JoinOptions options;

    Scenario()
    {
        report.providerId = QStringLiteral("prv_1");
        report.tokenSymbol = QStringLiteral("USDC");
        report.tokenDecimals = 6;
        report.cycles = {
            cycle("cyc_1", "2026-09-01T00:00:00Z", "2026-09-02T00:00:00Z", 5000000, 3, 7, 2142857,
                  ref(1, 100, 2)),
            cycle("cyc_2", "2026-10-30T00:00:00Z", "2026-10-31T00:00:00Z", 5000000, 1, 7, 714286,
                  ref(2, 200, 4)),
            cycle("cyc_3", "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z", 5000000, 1, 7, 700000,
                  ref(3, 300, 1)),
            cycle("cyc_4", "2026-11-03T00:00:00Z", "2026-11-04T00:00:00Z", 5000000, 1, 7, 714285,
                  ref(4, 400, 1)),
            cycle("cyc_5", "2026-11-05T00:00:00Z", "2026-11-06T00:00:00Z", 5000000, 1, 7, 714285,
                  ref(5, 900, 1)),
        };
        // cyc_1 comes from a server that reports usage counters; the others do not.
        report.cycles[0].usage = bs::ledger::CycleUsage{u(3), u(1048576), u(450), u(1)};
        report.totalCycles = 5;
        history = {
            credit(1, 2, 100, "2026-09-02T00:10:00Z", 2142857),
            credit(2, 5, 200, "2026-10-31T23:30:00Z", 714286),
            credit(3, 1, 300, "2026-11-02T00:10:00Z", 700000),
            credit(6, 0, 350, "2026-11-12T08:00:00Z", 1000000),
            credit(7, 0, 360, "2026-11-12T09:00:00Z", 5, address(0x77)),
            other(HistoryEntry::Kind::Credit, HistoryEntry::Source::Deposit, 8, 370, 9000000),
            other(HistoryEntry::Kind::Debit, HistoryEntry::Source::Withdraw, 9, 380, 1500000),
            other(HistoryEntry::Kind::Debit, HistoryEntry::Source::Withdraw, 10, 390, 250000),
            other(HistoryEntry::Kind::Debit, HistoryEntry::Source::Transfer, 11, 395, 1),
        };
        options.units = {6, 6};
        options.scannedTo = 800;
        options.operatorAddress = kOperator;
    }
};

} // namespace

class TestEarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsOperatorCyclesWithTheChain()
    {
        const Scenario s;
        const auto rows = joinEarnings(&s.report, s.history, s.options);
        QCOMPARE(rows.size(), std::size_t(6)); // 5 cycles + tx 6

        const EarningsRow* r1 = rowOf(rows, "cyc_1");
        QVERIFY(r1);
        QCOMPARE(r1->origin, EarningsRow::Origin::Matched);
        QCOMPARE(r1->fairness.verdict, Verdict::Fair);
        QCOMPARE(r1->time, at("2026-09-02T00:10:00Z")); // block time, not period end
        QVERIFY(r1->timeFromChain);
        QCOMPARE(r1->amount, std::optional<U256>(u(2142857)));
        QCOMPARE(r1->statedAmount, std::optional<U256>(u(2142857)));
        QCOMPARE(r1->sharePercent, std::optional<std::string>("42.86"));
        QCOMPARE(r1->weight, std::optional<U256>(u(3)));
        QCOMPARE(r1->totalWeight, std::optional<U256>(u(7)));
        QCOMPARE(r1->txHash, std::optional<Hash256>(hash(1)));
        QCOMPARE(r1->blockNumber, 100u);
        QCOMPARE(r1->periodStart, QDateTime::fromString("2026-09-01T00:00:00Z", Qt::ISODate));
        QVERIFY(r1->usage.has_value());
        QCOMPARE(r1->usage->calls, u(3));
        QCOMPARE(r1->usage->bytesOut, u(1048576));
        QCOMPARE(r1->usage->responseMsTotal, u(450));
        QCOMPARE(r1->usage->errors, u(1));

        const EarningsRow* r2 = rowOf(rows, "cyc_2");
        QVERIFY(r2);
        QVERIFY(!r2->usage.has_value());
        QCOMPARE(r2->origin, EarningsRow::Origin::Matched);
        QCOMPARE(r2->fairness.verdict, Verdict::FairPlusRemainder);
        QCOMPARE(r2->logIndex, 5u); // the chain's log index wins
        QCOMPARE(r2->sharePercent, std::optional<std::string>("14.29"));

        const EarningsRow* r3 = rowOf(rows, "cyc_3");
        QVERIFY(r3);
        QCOMPARE(r3->fairness.verdict, Verdict::Discrepant);
        QCOMPARE(r3->fairness.difference->magnitude, u(14285));
        QVERIFY(r3->fairness.difference->negative);

        const EarningsRow* r4 = rowOf(rows, "cyc_4");
        QVERIFY(r4);
        QCOMPARE(r4->origin, EarningsRow::Origin::OperatorOnly);
        QCOMPARE(r4->fairness.verdict, Verdict::Missing);
        QVERIFY(!r4->amount);
        QCOMPARE(r4->time, at("2026-11-04T00:00:00Z")); // period end
        QVERIFY(!r4->timeFromChain);
        QCOMPARE(r4->txHash, std::optional<Hash256>(hash(4))); // as the operator names it

        const EarningsRow* r5 = rowOf(rows, "cyc_5");
        QVERIFY(r5);
        QCOMPARE(r5->fairness.verdict, Verdict::Pending);

        const EarningsRow* chainOnly = rowOf(rows, QString());
        QVERIFY(chainOnly);
        QCOMPARE(chainOnly->origin, EarningsRow::Origin::ChainOnly);
        QCOMPARE(chainOnly->fairness.verdict, Verdict::Unverifiable);
        QVERIFY(QString::fromStdString(chainOnly->fairness.explanation)
                    .contains("not in the operator's report"));
        QCOMPARE(chainOnly->amount, std::optional<U256>(u(1000000)));
        QCOMPARE(chainOnly->txHash, std::optional<Hash256>(hash(6)));
        QVERIFY(!chainOnly->weight);

        // Ordered by time.
        for (std::size_t i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].time <= rows[i].time);
    }

    void withoutOperatorAddressEveryIncomingTransferCounts()
    {
        Scenario s;
        s.options.operatorAddress.reset();
        const auto rows = joinEarnings(&s.report, s.history, s.options);
        QCOMPARE(rows.size(), std::size_t(7)); // tx 7 (another sender) is a row now
    }

    void operatorDownMeansChainOnly()
    {
        const Scenario s;
        const auto rows = joinEarnings(nullptr, s.history, s.options);
        QCOMPARE(rows.size(), std::size_t(4)); // tx 1, 2, 3, 6
        for (const EarningsRow& r : rows) {
            QCOMPARE(r.origin, EarningsRow::Origin::ChainOnly);
            QCOMPARE(r.fairness.verdict, Verdict::Unverifiable);
            QVERIFY(QString::fromStdString(r.fairness.explanation).contains("not available"));
            QVERIFY(r.amount);
            QVERIFY(r.cycleId.isEmpty());
        }
        const auto summary = summarizeEarnings(rows, s.history, at("2026-11-15T12:00:00Z"), {6, 6});
        QVERIFY(summary.ok());
        // 2142857 + 714286 + 700000 + 1000000
        QCOMPARE(summary->totalEarned, u(4557143));
        QCOMPARE(summary->discrepancies, std::size_t(0));
        QCOMPARE(summary->unverifiable, std::size_t(4));
    }

    void oneTransferIsNeverTwoPayouts()
    {
        Scenario s;
        // cyc_6 names cyc_1's transfer again; the fallback must not reuse it either.
        s.report.cycles.push_back(cycle("cyc_6", "2026-11-06T00:00:00Z", "2026-11-07T00:00:00Z",
                                        5000000, 3, 7, 2142857, ref(1, 100, 2)));
        s.report.cycles.push_back(cycle("cyc_7", "2026-11-07T00:00:00Z", "2026-11-08T00:00:00Z",
                                        5000000, 3, 7, 2142857, ref(1, 100, 9)));
        const auto rows = joinEarnings(&s.report, s.history, s.options);
        const EarningsRow* r6 = rowOf(rows, "cyc_6");
        const EarningsRow* r7 = rowOf(rows, "cyc_7");
        QVERIFY(r6 && r7);
        QCOMPARE(r6->fairness.verdict, Verdict::Missing);
        QVERIFY(QString::fromStdString(r6->fairness.explanation).contains("same transfer"));
        QCOMPARE(r7->fairness.verdict, Verdict::Missing);
        QCOMPARE(rowOf(rows, "cyc_1")->fairness.verdict, Verdict::Fair);
    }

    void exactMatchesComeBeforeTheFallback()
    {
        Scenario s;
        // cyc_0 comes first and names tx 1 with a wrong log index; cyc_1 names it exactly.
        // The transfer belongs to cyc_1 whatever the order; cyc_0 names nothing on chain.
        s.report.cycles.insert(s.report.cycles.begin(),
                               cycle("cyc_0", "2026-08-01T00:00:00Z", "2026-08-02T00:00:00Z",
                                     5000000, 3, 7, 2142857, ref(1, 100, 7)));
        const auto rows = joinEarnings(&s.report, s.history, s.options);
        QCOMPARE(rowOf(rows, "cyc_1")->fairness.verdict, Verdict::Fair);
        QCOMPARE(rowOf(rows, "cyc_1")->origin, EarningsRow::Origin::Matched);
        QCOMPARE(rowOf(rows, "cyc_0")->fairness.verdict, Verdict::Missing);
        QCOMPARE(rowOf(rows, "cyc_0")->origin, EarningsRow::Origin::OperatorOnly);
    }

    void unreadableAmountIsUnverifiable()
    {
        Scenario s;
        s.history[0].amount.reset();
        const auto rows = joinEarnings(&s.report, s.history, s.options);
        const EarningsRow* r1 = rowOf(rows, "cyc_1");
        QCOMPARE(r1->origin, EarningsRow::Origin::Matched);
        QCOMPARE(r1->fairness.verdict, Verdict::Unverifiable);
        QVERIFY(!r1->amount);
    }

    void eercUnitsAreConvertedExactly()
    {
        Scenario s;
        s.options.units = {6, 8};
        for (HistoryEntry& e : s.history) {
            if (e.amount)
                e.amount = e.amount->checkedMul(u(100)).value();
        }
        s.history[3].amount = u(100000001); // 1.00000001 USDC: not whole token units
        const auto rows = joinEarnings(&s.report, s.history, s.options);
        QCOMPARE(rowOf(rows, "cyc_1")->fairness.verdict, Verdict::Fair);
        QCOMPARE(rowOf(rows, "cyc_1")->amount, std::optional<U256>(u(2142857)));
        QCOMPARE(rowOf(rows, "cyc_1")->amountEerc, std::optional<U256>(u(214285700)));
        const EarningsRow* odd = rowOf(rows, QString());
        QCOMPARE(odd->amount, std::optional<U256>(u(1000000)));
        QVERIFY(!odd->amountExact);
        const auto summary = summarizeEarnings(rows, s.history, at("2026-11-15T12:00:00Z"), {6, 8});
        QVERIFY(summary.ok());
        QVERIFY(summary->inexact);
        QCOMPARE(summary->totalClaimed, u(1750000));
    }

    void summary()
    {
        const Scenario s;
        const auto rows = joinEarnings(&s.report, s.history, s.options);
        const std::int64_t now = at("2026-11-15T12:00:00Z");
        const auto sum = summarizeEarnings(rows, s.history, now, {6, 6});
        QVERIFY(sum.ok());
        // Received: 2142857 (Sep 2) + 714286 (Oct 31 23:30) + 700000 (Nov 2) + 1000000 (Nov 12).
        QCOMPARE(sum->totalEarned, u(4557143));
        QCOMPARE(sum->payoutCount, std::size_t(4));
        QCOMPARE(sum->earnedThisMonth, u(1700000));
        QCOMPARE(sum->earnedLastMonth, u(714286));
        // Withdrawals only: 1500000 + 250000 (the deposit and the outgoing transfer are not
        // claims).
        QCOMPARE(sum->totalClaimed, u(1750000));
        QVERIFY(sum->lastPayout);
        QCOMPARE(sum->lastPayout->txHash, std::optional<Hash256>(hash(6)));
        QCOMPARE(sum->discrepancies, std::size_t(2)); // cyc_3 discrepant, cyc_4 missing
        QCOMPARE(sum->pending, std::size_t(1));
        QCOMPARE(sum->unverifiable, std::size_t(1));
        QVERIFY(!sum->inexact);

        // Two hours ahead of UTC, Oct 31 23:30 UTC is already November.
        const auto east = summarizeEarnings(rows, s.history, now, {6, 6}, 2 * 3600);
        QVERIFY(east.ok());
        QCOMPARE(east->earnedThisMonth, u(2414286));
        QCOMPARE(east->earnedLastMonth, u(0));
        // On Dec 1 01:00 UTC, November is last month; at UTC-2 it is still November.
        const std::int64_t dec1 = at("2026-12-01T01:00:00Z");
        const auto utc = summarizeEarnings(rows, s.history, dec1, {6, 6});
        QCOMPARE(utc->earnedThisMonth, u(0));
        QCOMPARE(utc->earnedLastMonth, u(1700000));
        const auto west = summarizeEarnings(rows, s.history, dec1, {6, 6}, -2 * 3600);
        QCOMPARE(west->earnedThisMonth, u(1700000));
        QCOMPARE(west->earnedLastMonth, u(714286));
        // January: last month is December of the year before.
        const auto jan = summarizeEarnings(rows, s.history, at("2027-01-05T00:00:00Z"), {6, 6});
        QCOMPARE(jan->earnedThisMonth, u(0));
        QCOMPARE(jan->earnedLastMonth, u(0));
    }

    void emptySummary()
    {
        const auto sum = summarizeEarnings({}, {}, at("2026-11-15T12:00:00Z"), {6, 6});
        QVERIFY(sum.ok());
        QVERIFY(sum->totalEarned.isZero());
        QVERIFY(!sum->lastPayout);
        QCOMPARE(sum->payoutCount, std::size_t(0));
    }

    void totalsOverflowIsAnError()
    {
        Scenario s;
        s.history[0].amount = U256::max();
        const auto rows = joinEarnings(nullptr, s.history, s.options);
        QVERIFY(!summarizeEarnings(rows, s.history, 0, {6, 6}).ok());
        QVERIFY(!earningsSeries(rows, ChartPeriod::all(), 0, 6).ok());
    }

    void series()
    {
        const Scenario s;
        const auto rows = joinEarnings(&s.report, s.history, s.options);
        const std::int64_t now = at("2026-11-15T12:00:00Z");

        const auto all = earningsSeries(rows, ChartPeriod::all(), now, 6);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(4));
        QCOMPARE((*all)[0].cycleId, QString("cyc_1"));
        QCOMPARE((*all)[0].amount, u(2142857));
        QCOMPARE((*all)[0].cumulative, u(2142857));
        QCOMPARE((*all)[1].cumulative, u(2857143));
        QCOMPARE((*all)[3].cumulative, u(4557143));
        QCOMPARE((*all)[3].cycleId, QString()); // the chain-only payout
        QCOMPARE((*all)[0].amountValue, 2.142857);
        QCOMPARE((*all)[3].cumulativeValue, 4.557143);
        // Usage travels with the payout it belongs to.
        QVERIFY((*all)[0].usage.has_value());
        QCOMPARE((*all)[0].usage->bytesOut, u(1048576));
        QVERIFY(!(*all)[1].usage.has_value());
        QVERIFY(!(*all)[3].usage.has_value());

        // 7 days before Nov 15 12:00 is Nov 8 12:00: only the Nov 12 payout, whose
        // cumulative value still counts everything before it.
        const auto week = earningsSeries(rows, ChartPeriod::last7Days(), now, 6);
        QVERIFY(week.ok());
        QCOMPARE(week->size(), std::size_t(1));
        QCOMPARE(week->front().amount, u(1000000));
        QCOMPARE(week->front().cumulative, u(4557143));

        // 30 days: from Oct 16 12:00, so Oct 31, Nov 2, Nov 12.
        const auto month = earningsSeries(rows, ChartPeriod::last30Days(), now, 6);
        QCOMPARE(month->size(), std::size_t(3));

        // Custom, both ends included.
        const auto custom = earningsSeries(
            rows, ChartPeriod::custom(at("2026-09-02T00:10:00Z"), at("2026-11-02T00:10:00Z")), now,
            6);
        QCOMPARE(custom->size(), std::size_t(3));
        QCOMPARE(custom->back().cycleId, QString("cyc_3"));
        const auto none = earningsSeries(
            rows, ChartPeriod::custom(at("2025-01-01T00:00:00Z"), at("2025-12-31T00:00:00Z")), now,
            6);
        QVERIFY(none->empty());
    }
};

QTEST_APPLESS_MAIN(TestEarnings)
#include "tst_earnings.moc"
