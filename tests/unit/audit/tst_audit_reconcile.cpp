// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciliation of an operator's report against the scanned events: a clean period, then
// each kind of finding on its own (with its evidence), the audited window and the earlier
// period's report, the key epochs, units with eERC decimals below and above the token's, and
// a run without any report.
#include "audit/reconcile.h"
#include "audit_testing.h"
#include "ledger/money.h"

#include <QtTest>

using namespace bs;
using namespace bs::audit;
using bs::test::addrN;
using bs::test::hashN;

namespace {

const crypto::EthAddress kMe = test::auditorWallet().address();
const crypto::EthAddress kOther = addrN(0x77);

QDateTime at(int day)
{
    return QDateTime(QDate(2026, 11, day), QTime(0, 0), Qt::UTC);
}

struct Fixture
{
    std::vector<ChainEvent> events;
    operator_api::AuditTotals totals;
    Units units;
    std::set<crypto::EthAddress::Bytes> providers;
    std::optional<BlockRange> window = BlockRange{5, 1000};
    const operator_api::AuditTotals* earlier = nullptr;
    int earlierCalls = 0;

    Fixture()
    {
        totals.token = {QStringLiteral("USDC"), 6};
        // The auditor set at deployment.
        ChainEvent e;
        e.kind = EventKind::AuditorChanged;
        e.blockNumber = 5;
        e.txHash = hashN(5, 0xaa);
        e.auditor = crypto::EthAddress(crypto::EthAddress::Bytes{});
        e.counterparty = kMe;
        events.push_back(e);
        for (std::uint8_t i = 1; i <= 4; ++i)
            providers.insert(addrN(i).bytes());
    }

    // A payout of `amount` eERC units; returns its index.
    std::size_t payout(std::uint64_t block,
                       std::uint8_t to,
                       std::uint64_t amount,
                       PctStatus pct = PctStatus::Decrypted,
                       std::optional<crypto::EthAddress> auditor = {})
    {
        ChainEvent e;
        e.kind = EventKind::Payout;
        e.blockNumber = block;
        e.blockTime = 1'700'000'000 + std::int64_t(block);
        e.txHash = hashN(block);
        e.logIndex = 1;
        e.counterparty = addrN(to);
        e.auditor = auditor.value_or(kMe);
        e.pct = pct;
        if (pct == PctStatus::Decrypted)
            e.amount = U256::fromU64(amount);
        events.push_back(e);
        return events.size() - 1;
    }

    std::size_t add(ChainEvent e)
    {
        events.push_back(e);
        return events.size() - 1;
    }

    // A cycle listing these payouts truthfully (amount in token units = eERC units here).
    operator_api::AuditCycle& cycle(const QString& id,
                                    const std::vector<std::size_t>& listed,
                                    std::uint64_t pool = 10'000'000)
    {
        operator_api::AuditCycle c;
        c.cycleId = id;
        c.periodStart = at(int(totals.cycles.size()) + 1);
        c.periodEnd = at(int(totals.cycles.size()) + 2);
        c.pool = U256::fromU64(pool);
        for (std::size_t i : listed) {
            const ChainEvent& e = events[i];
            c.transfers.push_back({e.txHash, e.blockNumber, e.logIndex, e.counterparty});
            c.totalDistributed = *c.totalDistributed.checkedAdd(tokenUnits(e.amount));
        }
        c.transferCount = c.transfers.size();
        totals.grandTotal = *totals.grandTotal.checkedAdd(c.totalDistributed);
        totals.transferCount += c.transferCount;
        totals.cycles.push_back(c);
        return totals.cycles.back();
    }

    U256 tokenUnits(const U256& eerc) const
    {
        return ledger::rescale(eerc, units.eercDecimals, units.tokenDecimals)->value;
    }

    Reconciliation run(ChainLookups* lookups = nullptr, bool withReport = true)
    {
        std::sort(events.begin(), events.end(), before);
        OfflineLookups offline;
        ReconcileInput in;
        in.events = events;
        in.totals = withReport ? &totals : nullptr;
        in.earlier = [this] {
            ++earlierCalls;
            return earlier;
        };
        in.window = window;
        in.auditor = kMe;
        in.units = units;
        in.providers = &providers;
        auto r = reconcile(in, lookups ? *lookups : offline);
        if (!r)
            qFatal("reconcile failed: %s", r.error().message.c_str());
        return std::move(*r);
    }
};

QStringList kinds(const Reconciliation& r)
{
    QStringList out;
    for (const Finding& f : r.findings)
        out << f.kind;
    return out;
}

const Finding& only(const Reconciliation& r, const QString& kind)
{
    const auto it = std::find_if(r.findings.begin(), r.findings.end(),
                                 [&](const Finding& f) { return f.kind == kind; });
    if (it == r.findings.end())
        qFatal("no finding %s", qPrintable(kind));
    return *it;
}

// A lookup that says what the test wants about reported transfers and registrations.
class ScriptedLookups final : public ChainLookups
{
public:
    std::function<ReportedLogCheck(const crypto::Hash256&)> transfer;
    std::set<crypto::EthAddress::Bytes> unregistered;
    int registryCalls = 0;

    Result<ReportedLogCheck>
    reportedTransfer(const crypto::Hash256& tx, std::uint32_t, std::stop_token) override
    {
        return transfer ? transfer(tx) : ReportedLogCheck{};
    }
    Result<bool> isRegistered(const crypto::EthAddress& a, std::stop_token) override
    {
        ++registryCalls;
        return !unregistered.contains(a.bytes());
    }
};

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanPeriodHasNoFinding()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 1'500'000);
        const auto b = f.payout(11, 2, 250'001);
        const auto c = f.payout(20, 1, 3'000'000);
        ChainEvent deposit;
        deposit.kind = EventKind::Deposit;
        deposit.blockNumber = 9;
        deposit.txHash = hashN(9, 0xdd);
        deposit.eventAmount = U256::fromU64(5'000'000);
        f.add(deposit);
        f.totals.deposits.push_back({deposit.txHash, U256::fromU64(5'000'000)});
        f.cycle("cyc_1", {a, b});
        f.cycle("cyc_2", {c});
        const Reconciliation r = f.run();
        QVERIFY2(r.findings.empty(), qPrintable(kinds(r).join(", ")));
        QCOMPARE(r.cycles.size(), std::size_t(2));
        QCOMPARE(r.cycles[0].decryptedTotal, U256::fromU64(1'750'001));
        QCOMPARE(r.cycles[0].foundCount, std::uint64_t(2));
        QVERIFY(r.cycles[0].complete && r.cycles[0].ok);
        QCOMPARE(r.totals.decryptedTotal, U256::fromU64(4'750'001));
        QCOMPARE(r.totals.reportedTotal, U256::fromU64(4'750'001));
        QCOMPARE(r.totals.foundCount, std::uint64_t(3));
        QCOMPARE(r.totals.depositedTotal, U256::fromU64(5'000'000));
        QCOMPARE(r.payouts.size(), std::size_t(3));
        QCOMPARE(r.payouts[0].cycleId, QStringLiteral("cyc_1"));
        QCOMPARE(r.payouts[2].cycleId, QStringLiteral("cyc_2"));
        QCOMPARE(r.payouts[1].amount, U256::fromU64(250'001));
        QCOMPARE(r.movements.size(), std::size_t(1));
        QCOMPARE(r.movements[0].reported, true);
        QCOMPARE(r.reportedSpan, (BlockRange{10, 20}));
        QCOMPARE(r.epochs.size(), std::size_t(1));
        QCOMPARE(r.epochs[0].auditor, kMe);
    }

    void omittedTransferIsAnUnreportedPayout()
    {
        // The devnet's omit-transfer lie: the cycle's first transfer left out, its totals
        // lowered to match, so only the chain shows it.
        Fixture f;
        const auto a = f.payout(10, 1, 700);
        const auto b = f.payout(11, 2, 300);
        f.cycle("cyc_1", {b});
        const Reconciliation r = f.run();
        QCOMPARE(kinds(r), QStringList{"unreported-payout"});
        const Finding& x = r.findings[0];
        QCOMPARE(x.severity, Severity::High);
        QCOMPARE(x.txHash, f.events[a].txHash);
        QCOMPARE(x.blockNumber, std::uint64_t(10));
        QCOMPARE(x.found, U256::fromU64(700));
        QCOMPARE(x.address, addrN(1));
        QCOMPARE(r.totals.unreportedCount, std::uint64_t(1));
        QCOMPARE(r.totals.unreportedTotal, U256::fromU64(700));
        QCOMPARE(r.payouts[0].attribution, Attribution::Unreported);
        QVERIFY(r.cycles[0].ok);
    }

    void overReportedCycle()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 700);
        auto& c = f.cycle("cyc_1", {a});
        c.totalDistributed = U256::fromU64(1'000'700);
        f.totals.grandTotal = U256::fromU64(1'000'700);
        const Reconciliation r = f.run();
        QCOMPARE(kinds(r), (QStringList{"cycle-total-mismatch", "period-total-mismatch"}));
        const Finding& x = only(r, "cycle-total-mismatch");
        QCOMPARE(x.cycleId, QStringLiteral("cyc_1"));
        QCOMPARE(x.reported, U256::fromU64(1'000'700));
        QCOMPARE(x.found, U256::fromU64(700));
        QVERIFY(x.message.contains(QStringLiteral("1.000700 USDC")));
        QVERIFY(!r.cycles[0].ok);
    }

    void phantomTransferIsNotFound()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 700);
        auto& c = f.cycle("cyc_1", {a});
        c.transfers.push_back({hashN(999, 0xee), 10, 9999, addrN(1)});
        c.transferCount = 2;
        f.totals.transferCount = 2;
        const Reconciliation r = f.run();
        QCOMPARE(kinds(r), (QStringList{"reported-transfer-not-found", "cycle-count-mismatch",
                                        "period-count-mismatch"}));
        const Finding& x = only(r, "reported-transfer-not-found");
        QCOMPARE(x.txHash, hashN(999, 0xee));
        QCOMPARE(x.logIndex, std::uint32_t(9999));
        QCOMPARE(x.cycleId, QStringLiteral("cyc_1"));
        QVERIFY(x.message.contains(QStringLiteral("no such transaction")));
        QCOMPARE(only(r, "cycle-count-mismatch").reported, U256::fromU64(2));
        QCOMPARE(only(r, "cycle-count-mismatch").found, U256::fromU64(1));
    }

    void reportedTransferOfSomeoneElse()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 700);
        auto& c = f.cycle("cyc_1", {a});
        c.transfers.push_back({hashN(50, 0xee), 50, 0, addrN(2)});
        c.transferCount = 2;
        f.totals.transferCount = 2;
        ScriptedLookups lookups;
        lookups.transfer = [](const crypto::Hash256&) {
            ReportedLogCheck check;
            check.kind = ReportedLogCheck::Kind::OtherSender;
            check.from = addrN(0x55);
            check.blockNumber = 50;
            return check;
        };
        const Reconciliation r = f.run(&lookups);
        const Finding& x = only(r, "reported-transfer-not-from-operator");
        QCOMPARE(x.address, addrN(0x55));
        QCOMPARE(x.txHash, hashN(50, 0xee));
        QVERIFY(kinds(r).contains("cycle-count-mismatch"));
    }

    void recipientBlockAndDuplicates()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 700);
        const auto b = f.payout(11, 2, 300);
        auto& c = f.cycle("cyc_1", {a, b});
        c.transfers[0].to = addrN(3);          // listed to someone else
        c.transfers[1].blockNumber = 12;       // listed in another block
        c.transfers.push_back(c.transfers[1]); // listed twice
        const Reconciliation r = f.run();
        QCOMPARE(kinds(r),
                 (QStringList{"reported-transfer-wrong-recipient", "reported-transfer-duplicate",
                              "report-inconsistent", "reported-transfer-wrong-block"}));
        QCOMPARE(only(r, "reported-transfer-wrong-recipient").address, addrN(1));
        QCOMPARE(only(r, "reported-transfer-wrong-block").blockNumber, std::uint64_t(11));
        QCOMPARE(only(r, "reported-transfer-wrong-block").severity, Severity::Low);
        // The duplicate is counted once: the found count and total stay true.
        QCOMPARE(r.cycles[0].foundCount, std::uint64_t(2));
        QCOMPARE(r.cycles[0].decryptedTotal, U256::fromU64(1000));
    }

    void cycleAbovePool()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 700);
        f.cycle("cyc_1", {a}, 500);
        Reconciliation r = f.run();
        QCOMPARE(kinds(r), QStringList{"cycle-exceeds-pool"});
        QCOMPARE(r.findings[0].found, U256::fromU64(700));
        // Within the pool, but the claimed dust makes it exceed it.
        Fixture g;
        const auto b = g.payout(10, 1, 700);
        g.cycle("cyc_1", {b}, 800).dust = U256::fromU64(200);
        r = g.run();
        // (With 6 eERC decimals over a 6-decimal token no dust can exist at all.)
        QCOMPARE(kinds(r), (QStringList{"cycle-exceeds-pool", "report-inconsistent"}));
        QCOMPARE(r.findings[0].found, U256::fromU64(900));
    }

    void reportThatDoesNotAddUp()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 700);
        f.cycle("cyc_1", {a}).transferCount = 2;
        f.totals.transferCount = 1;
        const Reconciliation r = f.run();
        QVERIFY(kinds(r).contains("cycle-count-mismatch"));
        QCOMPARE(kinds(r).count("report-inconsistent"), 2); // cycle count and period count
        QVERIFY(!kinds(r).contains("period-count-mismatch"));
    }

    void tokenDecimalsOfTheReport()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 700);
        f.cycle("cyc_1", {a});
        f.totals.token.decimals = 2;
        const Reconciliation r = f.run();
        QCOMPARE(kinds(r), QStringList{"report-inconsistent"});
        QCOMPARE(r.findings[0].severity, Severity::High);
    }

    void ciphertextsAndEpochs()
    {
        Fixture f;
        // Epoch 2 from block 30: another auditor.
        ChainEvent change;
        change.kind = EventKind::AuditorChanged;
        change.blockNumber = 30;
        change.txHash = hashN(30, 0xaa);
        change.auditor = kMe;
        change.counterparty = kOther;
        f.add(change);
        const auto mine = f.payout(10, 1, 0, PctStatus::Undecryptable);
        const auto theirs = f.payout(31, 2, 0, PctStatus::Undecryptable, kOther);
        const auto wrong =
            f.payout(32, 3, 400, PctStatus::Decrypted, kMe); // names me in their epoch
        f.cycle("cyc_1", {mine, theirs, wrong});
        f.totals.cycles[0].totalDistributed = U256::fromU64(1400);
        f.totals.grandTotal = U256::fromU64(1400);
        const Reconciliation r = f.run();
        QCOMPARE(kinds(r),
                 (QStringList{"pct-undecryptable", "auditor-epoch-mismatch", "pct-other-auditor"}));
        // (run() sorts the events: compare by transaction.)
        QCOMPARE(only(r, "pct-undecryptable").txHash, hashN(10));
        QCOMPARE(only(r, "pct-other-auditor").address, kOther);
        QCOMPARE(only(r, "pct-other-auditor").severity, Severity::Medium);
        QCOMPARE(only(r, "auditor-epoch-mismatch").txHash, hashN(32));
        // Incomplete: 400 decrypted <= 1400 claimed is no mismatch.
        QVERIFY(!r.cycles[0].complete);
        QCOMPARE(r.cycles[0].decryptedTotal, U256::fromU64(400));
        QCOMPARE(r.epochs.size(), std::size_t(2));
        QVERIFY(!r.payouts[0].decrypted);
        QVERIFY(!r.payouts[0].amount);
    }

    void incompleteButAlreadyAbove()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 900);
        const auto b = f.payout(11, 2, 0, PctStatus::Undecryptable);
        f.cycle("cyc_1", {a, b});
        f.totals.cycles[0].totalDistributed = U256::fromU64(500); // less than one decrypted payout
        f.totals.grandTotal = U256::fromU64(500);
        const Reconciliation r = f.run();
        QVERIFY(kinds(r).contains("cycle-total-mismatch"));
        QVERIFY(kinds(r).contains("period-total-mismatch"));
    }

    void recipients()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 100);
        const auto b = f.payout(11, 9, 200); // not a provider
        const auto c = f.payout(12, 9, 300);
        f.cycle("cyc_1", {a, b, c});
        ScriptedLookups lookups;
        lookups.unregistered.insert(addrN(9).bytes());
        const Reconciliation r = f.run(&lookups);
        QCOMPARE(kinds(r), (QStringList{"recipient-not-registered", "recipient-not-provider"}));
        QCOMPARE(only(r, "recipient-not-provider").address, addrN(9));
        QVERIFY(only(r, "recipient-not-provider").message.contains(QStringLiteral("2 payouts")));
        QCOMPARE(only(r, "recipient-not-provider").txHash, f.events[b].txHash);
        QCOMPARE(lookups.registryCalls, 2); // once per recipient
    }

    void deposits()
    {
        Fixture f;
        const auto a = f.payout(10, 1, 100);
        f.cycle("cyc_1", {a});
        ChainEvent d;
        d.kind = EventKind::Deposit;
        d.blockNumber = 8;
        d.txHash = hashN(8, 0xdd);
        d.eventAmount = U256::fromU64(1000);
        f.add(d);
        d.blockNumber = 9;
        d.txHash = hashN(9, 0xdd);
        f.add(d); // not listed
        f.totals.deposits = {{hashN(8, 0xdd), U256::fromU64(999)},
                             {hashN(7, 0xdd), U256::fromU64(5)}};
        const Reconciliation r = f.run();
        QCOMPARE(kinds(r), (QStringList{"deposit-not-found", "deposit-amount-mismatch",
                                        "unreported-deposit"}));
        QCOMPARE(only(r, "deposit-amount-mismatch").found, U256::fromU64(1000));
        QCOMPARE(only(r, "deposit-amount-mismatch").reported, U256::fromU64(999));
        QCOMPARE(only(r, "unreported-deposit").txHash, hashN(9, 0xdd));
        QCOMPARE(r.totals.depositedTotal, U256::fromU64(2000));
    }

    void withdrawals()
    {
        Fixture f;
        ChainEvent w;
        w.kind = EventKind::Withdraw;
        w.blockNumber = 15;
        w.txHash = hashN(15, 0xcc);
        w.auditor = kMe;
        w.pct = PctStatus::Decrypted;
        w.amount = U256::fromU64(40);
        w.eventAmount = U256::fromU64(40);
        f.add(w);
        w.blockNumber = 16;
        w.txHash = hashN(16, 0xcc);
        w.eventAmount = U256::fromU64(41);
        f.add(w);
        const Reconciliation r = f.run();
        QCOMPARE(kinds(r), QStringList{"withdraw-amount-mismatch"});
        QCOMPARE(r.findings[0].txHash, hashN(16, 0xcc));
        QCOMPARE(r.totals.withdrawnTotal, U256::fromU64(81));
        QCOMPARE(r.movements.size(), std::size_t(2));
    }

    void windowAndReportedSpan()
    {
        Fixture f;
        f.payout(3, 1, 1);                  // before the window: ignored
        const auto a = f.payout(40, 1, 10); // listed
        const auto b = f.payout(45, 2, 20); // inside the listed span, not listed
        f.payout(60, 1, 30);                // not listed, inside the listed span too
        const auto c = f.payout(70, 1, 40); // listed again: span 40..70
        f.cycle("cyc_1", {a, c});
        f.window = BlockRange{50, 55};
        Reconciliation r = f.run();
        QCOMPARE(kinds(r), (QStringList{"unreported-payout", "unreported-payout"}));
        QCOMPARE(r.findings[0].txHash, f.events[b].txHash);
        QCOMPARE(r.reportedSpan, (BlockRange{40, 70}));
        QCOMPARE(r.payouts.size(), std::size_t(4)); // 40, 45, 60, 70
        // No window and nothing listed: nothing to hold against.
        Fixture g;
        g.payout(10, 1, 1);
        g.window.reset();
        r = g.run();
        QVERIFY(r.findings.empty());
        QVERIFY(r.payouts.empty());
    }

    void earlierPeriodExplainsAPayout()
    {
        Fixture f;
        const auto early = f.payout(10, 1, 5); // a cycle of before the period, paid inside it
        const auto a = f.payout(12, 2, 7);
        f.cycle("cyc_2", {a});
        operator_api::AuditTotals before;
        operator_api::AuditCycle c;
        c.cycleId = QStringLiteral("cyc_1");
        c.transfers.push_back({f.events[early].txHash, 10, 1, addrN(1)});
        before.cycles.push_back(c);
        f.earlier = &before;
        Reconciliation r = f.run();
        QVERIFY2(r.findings.empty(), qPrintable(kinds(r).join(", ")));
        QCOMPARE(f.earlierCalls, 1);
        QCOMPARE(r.payouts[0].attribution, Attribution::EarlierPeriod);
        QCOMPARE(r.payouts[0].cycleId, QStringLiteral("cyc_1"));
        QCOMPARE(r.totals.earlierPeriodCount, std::uint64_t(1));
        // Nothing to explain: not asked.
        Fixture g;
        const auto b = g.payout(12, 2, 7);
        g.cycle("cyc_2", {b});
        r = g.run();
        QCOMPARE(g.earlierCalls, 0);
    }

    void unitsWithFewerEercDecimals()
    {
        // eERC 2 decimals, USDC 6: the chain holds 150 (1.50), the report says 1500000.
        Fixture f;
        f.units = {6, 2};
        const auto a = f.payout(10, 1, 150);
        f.cycle("cyc_1", {a});
        QCOMPARE(f.totals.grandTotal, U256::fromU64(1'500'000));
        const Reconciliation r = f.run();
        QVERIFY2(r.findings.empty(), qPrintable(kinds(r).join(", ")));
        QCOMPARE(r.payouts[0].amount, U256::fromU64(1'500'000));
        QCOMPARE(
            eercAmountOf(r.payouts[0], ReportNetwork{.tokenDecimals = 6, .eercDecimals = 2}, 6),
            U256::fromU64(150));
        QCOMPARE(r.cycles[0].decryptedTotal, U256::fromU64(1'500'000));
        QCOMPARE(r.totals.dust, U256());
        // Less than the report claims is never dust.
        f.totals.cycles[0].totalDistributed = U256::fromU64(1'499'999);
        f.totals.grandTotal = U256::fromU64(1'499'999);
        QVERIFY(kinds(f.run()).contains("cycle-total-mismatch"));
    }

    void dustWithFewerEercDecimals()
    {
        // Issue 22: eERC 2 decimals, USDC 6. Allocations of 1.234567 and 0.005 USDC carry
        // 1.23 and 0 on chain (the second is not sent). A report of allocations differs from
        // the chain by the dust; a report of what was carried states the dust apart.
        Fixture f;
        f.units = {6, 2};
        const auto a = f.payout(10, 1, 123);
        const auto b = f.payout(11, 2, 250);
        operator_api::AuditCycle& c = f.cycle("cyc_1", {a, b}, 3'750'000);
        QCOMPARE(c.totalDistributed, U256::fromU64(3'730'000));
        // The report of allocations: 1.234567 + 2.5 (two transfers may each fall short by at
        // most 0.009999).
        c.totalDistributed = U256::fromU64(3'734'567);
        f.totals.grandTotal = c.totalDistributed;
        Reconciliation r = f.run();
        QVERIFY2(r.findings.empty(), qPrintable(kinds(r).join(", ")));
        QCOMPARE(r.cycles[0].decryptedTotal, U256::fromU64(3'730'000));
        QCOMPARE(r.cycles[0].roundedDust, U256::fromU64(4'567));
        QCOMPARE(r.totals.dust, U256::fromU64(4'567));

        // A report of what was carried, with the dust stated (the devnet server's form):
        // 0.004567 + the unsent 0.005.
        f.totals.cycles[0].totalDistributed = U256::fromU64(3'730'000);
        f.totals.cycles[0].dust = U256::fromU64(9'567);
        f.totals.grandTotal = U256::fromU64(3'730'000);
        r = f.run();
        QVERIFY2(r.findings.empty(), qPrintable(kinds(r).join(", ")));
        QCOMPARE(r.cycles[0].roundedDust, U256());
        QCOMPARE(r.cycles[0].reportedDust, U256::fromU64(9'567));
        QCOMPARE(r.totals.dust, U256::fromU64(9'567));

        // More than the transfers can round away is a mismatch: 2 x 0.009999 is the most.
        f.totals.cycles[0].dust = U256();
        f.totals.cycles[0].totalDistributed = U256::fromU64(3'749'998);
        f.totals.grandTotal = U256::fromU64(3'749'998);
        r = f.run();
        QVERIFY2(r.findings.empty(), qPrintable(kinds(r).join(", ")));
        QCOMPARE(r.cycles[0].roundedDust, U256::fromU64(19'998));
        f.totals.cycles[0].totalDistributed = U256::fromU64(3'749'999);
        f.totals.grandTotal = U256::fromU64(3'749'999);
        r = f.run();
        QCOMPARE(kinds(r), (QStringList{"cycle-total-mismatch", "period-total-mismatch"}));
        QCOMPARE(r.cycles[0].roundedDust, U256());
        QCOMPARE(only(r, "cycle-total-mismatch").found, U256::fromU64(3'730'000));
    }

    void dustIsImpossibleWithEnoughEercDecimals()
    {
        Fixture f; // 6 and 6
        const auto a = f.payout(10, 1, 1'000'000);
        f.cycle("cyc_1", {a});
        f.totals.cycles[0].dust = U256::fromU64(5);
        Reconciliation r = f.run();
        QCOMPARE(kinds(r), QStringList{"report-inconsistent"});
        QCOMPARE(r.totals.dust, U256::fromU64(5));
        // One base unit short on chain is a mismatch: nothing rounds.
        f.totals.cycles[0].dust = U256();
        f.totals.cycles[0].totalDistributed = U256::fromU64(1'000'001);
        f.totals.grandTotal = U256::fromU64(1'000'001);
        r = f.run();
        QVERIFY(kinds(r).contains("cycle-total-mismatch"));
        QCOMPARE(r.cycles[0].roundedDust, U256());
    }

    void unitsWithMoreEercDecimals()
    {
        // eERC 18 decimals over a 6-decimal token: compared in 18 decimals.
        Fixture f;
        f.units = {6, 18};
        const auto a = f.payout(10, 1, 0);
        f.events[a].amount = *U256::fromDecimal("1500000000000000001"); // 1.5 + 10^-18
        operator_api::AuditCycle& c = f.cycle("cyc_1", {});
        c.transfers.push_back({f.events[a].txHash, 10, 1, addrN(1)});
        c.transferCount = 1;
        c.totalDistributed = U256::fromU64(1'500'000);
        f.totals.grandTotal = U256::fromU64(1'500'000);
        f.totals.transferCount = 1;
        const Reconciliation r = f.run();
        QVERIFY(kinds(r).contains("cycle-total-mismatch"));
        QCOMPARE(only(r, "cycle-total-mismatch").reported,
                 *U256::fromDecimal("1500000000000000000"));
        QCOMPARE(only(r, "cycle-total-mismatch").found, *U256::fromDecimal("1500000000000000001"));
    }

    void withoutAReport()
    {
        Fixture f;
        f.payout(10, 1, 100);
        f.payout(11, 2, 0, PctStatus::Undecryptable);
        const Reconciliation r = f.run(nullptr, false);
        QCOMPARE(kinds(r), QStringList{"pct-undecryptable"});
        QCOMPARE(r.payouts.size(), std::size_t(2));
        QCOMPARE(r.totals.unreportedCount, std::uint64_t(2));
        QVERIFY(!r.totals.reportedTotal);
        QVERIFY(r.cycles.empty());
    }

    void cancelled()
    {
        Fixture f;
        f.payout(10, 1, 100);
        std::stop_source source;
        source.request_stop();
        OfflineLookups offline;
        ReconcileInput in;
        in.events = f.events;
        in.totals = &f.totals;
        in.window = f.window;
        const auto r = reconcile(in, offline, source.get_token());
        QVERIFY(!r);
        QCOMPARE(r.error().message, std::string("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_audit_reconcile.moc"
