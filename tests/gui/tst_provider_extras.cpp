// SPDX-License-Identifier: GPL-3.0-or-later
// The provider pages' additions (issue 21): the fee at a glance, the claim's ETA and stepper.
#include "claim_model.h"
#include "earnings_model.h"
#include "format.h"
#include "integrity_model.h"
#include "ledger/money.h"
#include "pipeline_model.h"
#include "provider_fixtures.h"
#include "vault/kdf.h"
#include "vault/vault.h"
#include "wallet/account.h"
#include "wallet/claims.h"
#include "wallet/integrity.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bs::gui;
using bs::U256;

namespace {

U256 parsed(const char* text, unsigned decimals)
{
    return *bs::ledger::parseAmount(text, decimals);
}

using bs::test::credit;
using bs::test::text;
using bs::wallet::BalanceCheck;
using bs::wallet::BalanceCheckRun;

constexpr char kPassphrase[] = "plum kettle orbit 42 lantern";

// A provider vault on a chain nobody serves (the checks are recorded without one).
QString makeVault(const QTemporaryDir& dir, std::uint64_t chainId = 43112)
{
    const bs::vault::Profile profile = bs::test::offlineProfile(QStringLiteral("Checks"), chainId);
    bs::vault::InitialKeys keys;
    keys.walletKey = bs::crypto::EcdsaPrivateKey::generate();
    const QString file = dir.filePath(QStringLiteral("checks-%1.vault").arg(chainId));
    auto created = bs::vault::Vault::create(file, profile, text(kPassphrase), keys,
                                            bs::vault::KdfParams::minimum());
    return created ? file : QString();
}

std::shared_ptr<bs::wallet::Profile> openProfile(const QString& file, const QString& artifacts)
{
    auto v = bs::vault::Vault::open(file);
    if (!v || !v->unlock(text(kPassphrase)))
        return nullptr;
    auto p = bs::wallet::Profile::open(std::move(*v), artifacts);
    return p ? *p : nullptr;
}

} // namespace

class TestProviderExtras : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void feeAtAGlance_data();
    void feeAtAGlance();
    void feeAtAGlanceFollowsTheLocale();
    void durationsInWords();
    void blockTimeFromTimestamps();
    void claimEstimateFromMeasuredProofs();
    void claimEtaSentence();
    void claimStepperFollowsTheStages();
    void balanceChecksFoldIntoRuns();
    void balanceChecksJsonRoundTrip();
    void balanceChecksKeptInTheVault();
    void balanceChecksModelNewestFirst();
    void chartOnATimeAxisWithCustomPeriod();
    void sparklineOfCumulativeEarnings();
    void payoutPipelineFromCycleStateAndChain();
};

void TestProviderExtras::feeAtAGlance_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<unsigned>("decimals");
    QTest::addColumn<QString>("shown");
    // The screenshot's fee: 4 significant digits, rounded up (never understated).
    QTest::newRow("screenshot") << "0.001017907650164984" << 18u << "0.001018";
    QTest::newRow("exact stays") << "0.001" << 18u << "0.001";
    QTest::newRow("carry") << "0.000999999" << 18u << "0.001";
    QTest::newRow("above one") << "1.5" << 18u << "1.5";
    QTest::newRow("rounds up") << "1.23401" << 18u << "1.235";
    QTest::newRow("whole digits") << "12345.678" << 18u << "12,346";
    QTest::newRow("zero") << "0" << 18u << "0";
    QTest::newRow("few decimals") << "0.01" << 2u << "0.01";
    QTest::newRow("smallest unit") << "0.000000000000000001" << 18u << "0.000000000000000001";
}

void TestProviderExtras::feeAtAGlance()
{
    QFETCH(QString, amount);
    QFETCH(unsigned, decimals);
    QFETCH(QString, shown);
    const U256 value = parsed(amount.toLatin1().constData(), decimals);
    QCOMPARE(displayAtMostSignificant(value, decimals), shown);
    // The tooltip's exact value keeps every decimal.
    QVERIFY(displayAmount(value, decimals).size() >= shown.size());
}

void TestProviderExtras::feeAtAGlanceFollowsTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(displayAtMostSignificant(parsed("0.001017907650164984", 18), 18),
             QStringLiteral("0,001018"));
    QCOMPARE(displayAtMostSignificant(parsed("2.000000000000000000", 18), 18), QStringLiteral("2"));
}

void TestProviderExtras::durationsInWords()
{
    QCOMPARE(displayDuration(0), QStringLiteral("under a second"));
    QCOMPARE(displayDuration(999), QStringLiteral("under a second"));
    QCOMPARE(displayDuration(1'499), QStringLiteral("1 s"));
    QCOMPARE(displayDuration(21'600), QStringLiteral("22 s"));
    QCOMPARE(displayDuration(60'000), QStringLiteral("1 min"));
    QCOMPARE(displayDuration(185'000), QStringLiteral("3 min 5 s"));
    QCOMPARE(displayDuration(7'800'000), QStringLiteral("2 h 10 min"));
}

void TestProviderExtras::blockTimeFromTimestamps()
{
    using bs::wallet::averageBlockSeconds;
    // Avalanche: 20 blocks in 40 s.
    std::vector<std::int64_t> avalanche;
    for (int i = 0; i <= 20; ++i)
        avalanche.push_back(1'700'000'000 + 2 * i);
    QCOMPARE(averageBlockSeconds(avalanche), std::optional<double>(2.0));
    // Sub-second blocks share timestamps: still a positive time.
    QCOMPARE(averageBlockSeconds({1'700'000'000, 1'700'000'000, 1'700'000'000}),
             std::optional<double>(0.1));
    // A devnet mining on demand: hours between blocks are no block time.
    QVERIFY(!averageBlockSeconds({1'700'000'000, 1'700'003'600}));
    QVERIFY(!averageBlockSeconds({1'700'000'000}));
    QVERIFY(!averageBlockSeconds({}));
    QVERIFY(!averageBlockSeconds({1'700'000'010, 1'700'000'000})); // not in order
}

void TestProviderExtras::claimEstimateFromMeasuredProofs()
{
    using bs::wallet::estimateClaim;
    QVERIFY(!estimateClaim({}, 2.0, 3)); // nothing measured yet: no guess
    // The median resists one slow proof (the first, with a cold cache).
    auto e = estimateClaim({60'000, 20'000, 22'000}, 2.0, 3);
    QVERIFY(e);
    QCOMPARE(e->proveMillis, qint64(22'000));
    QCOMPARE(e->confirmMillis, std::optional<qint64>(6'000));
    QCOMPARE(e->totalMillis(), qint64(28'000));
    e = estimateClaim({20'000, 30'000}, std::nullopt, 1);
    QCOMPARE(e->proveMillis, qint64(25'000));
    QVERIFY(!e->confirmMillis);
    QCOMPARE(e->totalMillis(), qint64(25'000));
}

void TestProviderExtras::claimEtaSentence()
{
    QCOMPARE(ClaimModel::etaText(std::nullopt), QString());
    QCOMPARE(ClaimModel::etaText(bs::wallet::estimateClaim({22'000}, 2.0, 1)),
             QStringLiteral("About 24 s: the proof takes about 22 s on this machine, the "
                            "network's confirmation about 2 s."));
    QCOMPARE(ClaimModel::etaText(bs::wallet::estimateClaim({95'000}, std::nullopt, 1)),
             QStringLiteral("The proof takes about 1 min 35 s on this machine; then the "
                            "network confirms the claim."));
}

void TestProviderExtras::claimStepperFollowsTheStages()
{
    using bs::wallet::Stage;
    QCOMPARE(ClaimModel::stepOf(Stage::FollowingClaim), ClaimModel::ClaimStepPrepare);
    QCOMPARE(ClaimModel::stepOf(Stage::LoadingCircuit), ClaimModel::ClaimStepPrepare);
    QCOMPARE(ClaimModel::stepOf(Stage::ReadingBalance), ClaimModel::ClaimStepPrepare);
    QCOMPARE(ClaimModel::stepOf(Stage::Proving), ClaimModel::ClaimStepProve);
    QCOMPARE(ClaimModel::stepOf(Stage::CheckingWithNode), ClaimModel::ClaimStepSend);
    QCOMPARE(ClaimModel::stepOf(Stage::Sending), ClaimModel::ClaimStepSend);
    QCOMPARE(ClaimModel::stepOf(Stage::Confirming), ClaimModel::ClaimStepConfirm);
}

void TestProviderExtras::balanceChecksFoldIntoRuns()
{
    using bs::wallet::foldBalanceCheck;
    std::vector<BalanceCheckRun> runs;
    QVERIFY(!foldBalanceCheck(runs, BalanceCheck::Recovered, 100, 10)); // first: no alarm
    QVERIFY(!foldBalanceCheck(runs, BalanceCheck::Verified, 160, 11));  // better: none
    QVERIFY(!foldBalanceCheck(runs, BalanceCheck::Verified, 220, 12));  // same: one run
    QCOMPARE(runs.size(), std::size_t(2));
    QCOMPARE(runs.back(), (BalanceCheckRun{BalanceCheck::Verified, 160, 220, 11, 12, 2}));
    auto alarm = foldBalanceCheck(runs, BalanceCheck::Failed, 280, 13); // worse
    QVERIFY(alarm);
    QCOMPARE(alarm->before, BalanceCheck::Verified);
    QCOMPARE(alarm->now, BalanceCheck::Failed);
    QVERIFY(!foldBalanceCheck(runs, BalanceCheck::Recovered, 340, 14)); // better than failed
    alarm = foldBalanceCheck(runs, BalanceCheck::Failed, 400, 15);
    QVERIFY(alarm);
    QCOMPARE(alarm->before, BalanceCheck::Recovered);
    // Bounded: the oldest runs go first.
    for (int i = 0; i < 300; ++i)
        foldBalanceCheck(runs, i % 2 ? BalanceCheck::Verified : BalanceCheck::Recovered, 500 + i,
                         20 + std::uint64_t(i));
    QCOMPARE(runs.size(), bs::wallet::kKeptCheckRuns);
    QCOMPARE(runs.back().lastBlock, std::uint64_t(319));
}

void TestProviderExtras::balanceChecksJsonRoundTrip()
{
    using namespace bs::wallet;
    const std::vector<BalanceCheckRun> runs = {
        {BalanceCheck::Verified, 1'700'000'000, 1'700'086'400, 9'007'199'254'740'993ull,
         9'007'199'254'740'999ull, 1440},
        {BalanceCheck::Recovered, 1'700'086'460, 1'700'086'460, 5, 5, 1},
        {BalanceCheck::Failed, 1'700'086'520, 1'700'090'000, 6, 80, 12}};
    QCOMPARE(balanceChecksFromJson(balanceChecksToJson(runs)), runs);
    QVERIFY(balanceChecksFromJson(QString()).empty());
    QVERIFY(balanceChecksFromJson(QStringLiteral("{\"check\":1}")).empty());
    QVERIFY(balanceChecksFromJson(QStringLiteral("[{\"check\":\"great\"}]")).empty());
}

void TestProviderExtras::balanceChecksKeptInTheVault()
{
    bs::vault::testing::allowWeakKdf(true);
    QTemporaryDir dir;
    const QString file = makeVault(dir);
    QVERIFY(!file.isEmpty());
    {
        auto profile = openProfile(file, dir.filePath(QStringLiteral("artifacts")));
        QVERIFY(profile);
        QVERIFY(bs::wallet::balanceCheckHistory(*profile)->empty());
        auto a = bs::wallet::recordBalanceCheck(*profile, BalanceCheck::Verified, 10, 1000);
        QVERIFY(a && !*a);
        a = bs::wallet::recordBalanceCheck(*profile, BalanceCheck::Verified, 11, 1060);
        QVERIFY(a && !*a);
        a = bs::wallet::recordBalanceCheck(*profile, BalanceCheck::Recovered, 12, 1120);
        QVERIFY(a && *a);
        QCOMPARE((*a)->before, BalanceCheck::Verified);
        QCOMPARE((*a)->now, BalanceCheck::Recovered);
    }
    // Locked and opened again: the history is still there, in the vault.
    auto profile = openProfile(file, dir.filePath(QStringLiteral("artifacts")));
    QVERIFY(profile);
    const auto history = bs::wallet::balanceCheckHistory(*profile);
    QVERIFY(history);
    QCOMPARE(*history,
             (std::vector<BalanceCheckRun>{{BalanceCheck::Verified, 1000, 1060, 10, 11, 2},
                                           {BalanceCheck::Recovered, 1120, 1120, 12, 12, 1}}));
    // The next check compares with the stored one: recovered -> failed is worse again.
    auto a = bs::wallet::recordBalanceCheck(*profile, BalanceCheck::Failed, 13, 1180);
    QVERIFY(a && *a && (*a)->before == BalanceCheck::Recovered);

    // A read of an unreachable chain is no check: nothing is recorded.
    auto read = bs::wallet::readAccount(*profile, {.history = false});
    QVERIFY(!read);
    QCOMPARE(bs::wallet::balanceCheckHistory(*profile)->size(), std::size_t(3));
}

void TestProviderExtras::balanceChecksModelNewestFirst()
{
    BalanceChecksModel model;
    model.setRuns({{BalanceCheck::Verified, 1'700'000'000, 1'700'000'600, 10, 20, 11},
                   {BalanceCheck::Recovered, 1'700'000'660, 1'700'000'660, 21, 21, 1}});
    QCOMPARE(model.count(), 2);
    QCOMPARE(model.index(0).data(BalanceChecksModel::StateRole).toInt(),
             int(AccountModel::BalanceRecovered));
    QCOMPARE(model.index(0).data(BalanceChecksModel::BlocksRole).toString(),
             QStringLiteral("block 21"));
    QCOMPARE(model.index(1).data(BalanceChecksModel::StateRole).toInt(),
             int(AccountModel::BalanceVerified));
    QCOMPARE(model.index(1).data(BalanceChecksModel::BlocksRole).toString(),
             QStringLiteral("blocks 10–20"));
    QCOMPARE(model.index(1).data(BalanceChecksModel::ChecksRole).toInt(), 11);
    QVERIFY(model.index(1).data(BalanceChecksModel::PeriodRole).toString().contains(u'–'));
    QCOMPARE(BalanceChecksModel::alarmText({BalanceCheck::Verified, BalanceCheck::Failed}),
             QStringLiteral("Your balance was verified at the last check and is unreadable "
                            "now. See the Dashboard."));
}

void TestProviderExtras::chartOnATimeAxisWithCustomPeriod()
{
    // Payouts on Nov 14, Nov 15 (two) and Nov 20, 2023 around noon UTC: the same local
    // days in every time zone from UTC-11 to UTC+10.
    const std::int64_t nov14 = 1'699'963'200; // 2023-11-14 12:00 UTC
    EarningsModel model;
    model.setRows(bs::ledger::joinEarnings(nullptr,
                                           {credit(10, nov14, 2'000'000, 0xAA),
                                            credit(11, nov14 + 86'400, 500'000, 0xBB),
                                            credit(12, nov14 + 86'400 + 3'600, 1'500'000, 0xCC),
                                            credit(13, nov14 + 6 * 86'400, 9'000'000, 0xDD)},
                                           {}),
                  6);
    // One point per payout at its time (milliseconds), not one category per timestamp.
    const QVariantMap all =
        model.chart(QStringLiteral("all"), QDateTime::fromSecsSinceEpoch(nov14 + 30 * 86'400));
    const QVariantList points = all.value(QStringLiteral("points")).toList();
    QCOMPARE(points.size(), 4);
    QCOMPARE(points[1].toMap().value(QStringLiteral("time")).toDouble(),
             double(nov14 + 86'400) * 1000.0);
    QCOMPARE(all.value(QStringLiteral("from")).toDouble(), double(nov14) * 1000.0);
    QCOMPARE(all.value(QStringLiteral("to")).toDouble(), double(nov14 + 30 * 86'400) * 1000.0);
    // 30 days: the axis spans the 30 days up to now.
    const QVariantMap month =
        model.chart(QStringLiteral("30d"), QDateTime::fromSecsSinceEpoch(nov14 + 10 * 86'400));
    QCOMPARE(month.value(QStringLiteral("from")).toDouble(),
             double(nov14 + 10 * 86'400 - 30 * 86'400) * 1000.0);

    // A custom period of whole days: Nov 15 to Nov 15 holds the two payouts of that day.
    const QVariantMap day =
        model.chartBetween(QStringLiteral("2023-11-15"), QStringLiteral("2023-11-15"));
    QVERIFY(!day.contains(QStringLiteral("error")));
    const QVariantList dayPoints = day.value(QStringLiteral("points")).toList();
    QCOMPARE(dayPoints.size(), 2);
    // The running total includes what came before the period.
    QCOMPARE(dayPoints.last().toMap().value(QStringLiteral("cumulativeExact")).toString(),
             QStringLiteral("4.000000"));
    QCOMPARE(day.value(QStringLiteral("from")).toDouble(),
             double(QDate(2023, 11, 15).startOfDay().toSecsSinceEpoch()) * 1000.0);
    QCOMPARE(day.value(QStringLiteral("to")).toDouble(),
             double(QDate(2023, 11, 16).startOfDay().toSecsSinceEpoch() - 1) * 1000.0);
    QCOMPARE(model.chartBetween(QStringLiteral("2023-11-14"), QStringLiteral("2023-11-30"))
                 .value(QStringLiteral("points"))
                 .toList()
                 .size(),
             4);
    // Dates that are not dates, or backwards: said in words, no points.
    const QVariantMap bad = model.chartBetween(QStringLiteral("2023-13-01"), QStringLiteral("x"));
    QVERIFY(
        bad.value(QStringLiteral("error")).toString().contains(QStringLiteral("year-month-day")));
    QVERIFY(bad.value(QStringLiteral("points")).toList().isEmpty());
    const QVariantMap backwards =
        model.chartBetween(QStringLiteral("2023-11-20"), QStringLiteral("2023-11-14"));
    QVERIFY(backwards.value(QStringLiteral("error")).toString().contains(QStringLiteral("swap")));
}

void TestProviderExtras::sparklineOfCumulativeEarnings()
{
    EarningsModel model;
    QVERIFY(model.sparkline().isEmpty());
    model.setRows(bs::ledger::joinEarnings(nullptr,
                                           {credit(10, 1'000'000, 1'000'000, 0xAA),
                                            credit(11, 1'000'100, 3'000'000, 0xBB),
                                            credit(12, 1'000'400, 4'000'000, 0xCC)},
                                           {}),
                  6);
    const QVariantList line = model.sparkline();
    QCOMPARE(line.size(), 4); // from zero, then each payout
    const auto at = [&](int i, const char* key) {
        return line[i].toMap().value(QLatin1String(key)).toDouble();
    };
    QCOMPARE(at(0, "y"), 0.0);
    QCOMPARE(at(1, "x"), 0.0);
    QCOMPARE(at(1, "y"), 1.0 / 8.0);
    QCOMPARE(at(2, "x"), 0.25); // by time: 100 s of 400
    QCOMPARE(at(2, "y"), 0.5);
    QCOMPARE(at(3, "x"), 1.0);
    QCOMPARE(at(3, "y"), 1.0);
}

void TestProviderExtras::payoutPipelineFromCycleStateAndChain()
{
    using P = PayoutPipelineModel;
    bs::ledger::Earnings report;
    QVERIFY(!P::compute(report, {}));
    const auto cycle = [](const char* id, int day, const char* status) {
        bs::ledger::EarningsCycle c;
        c.cycleId = QLatin1String(id);
        c.periodStart = QDateTime(QDate(2026, 12, day), QTime(0, 0), QTimeZone::utc());
        c.periodEnd = c.periodStart.addDays(1);
        c.status = QLatin1String(status);
        return c;
    };
    // The latest cycle by period end counts, whatever the order of the answer.
    report.cycles = {cycle("cyc_2", 2, "collecting_metrics"), cycle("cyc_1", 1, "completed")};
    auto s = P::compute(report, {});
    QCOMPARE(s->cycleId, QStringLiteral("cyc_2"));
    QCOMPARE(s->step, P::StepMetrics);
    const auto stepOf = [&](const char* status) {
        report.cycles[0].status = QLatin1String(status);
        return P::compute(report, {});
    };
    QCOMPARE(stepOf("calculating_revenue")->step, P::StepRevenue);
    QCOMPARE(stepOf("generating_proofs")->step, P::StepPayment);
    QCOMPARE(stepOf("distributing_payments")->step, P::StepPayment);
    QVERIFY(stepOf("failed")->failed);
    QCOMPARE(stepOf("failed")->step, P::StepPayment);
    QVERIFY(stepOf("skipped_insufficient_usage")->skipped);
    QVERIFY(!stepOf("a_new_state")); // unknown: nothing shown rather than something wrong

    // Completed: available once the chain shows the transfer, claimed after a withdraw.
    report.cycles[0].status = QStringLiteral("completed");
    bs::ledger::TransferRef ref;
    ref.txHash.fill(0xAB);
    ref.blockNumber = 50;
    report.cycles[0].transfer = ref;
    QCOMPARE(P::compute(report, {})->step, P::StepAvailable); // not scanned yet
    std::vector<bs::ledger::HistoryEntry> history = {credit(49, 1, 7, 0x11),
                                                     credit(50, 2, 3'000'000, 0xAB)};
    QCOMPARE(P::compute(report, history)->step, P::StepClaimed);
    bs::ledger::HistoryEntry withdraw;
    withdraw.kind = bs::ledger::HistoryEntry::Kind::Debit;
    withdraw.source = bs::ledger::HistoryEntry::Source::Withdraw;
    withdraw.blockNumber = 40; // before the payout: not a claim of it
    history.push_back(withdraw);
    QCOMPARE(P::compute(report, history)->step, P::StepClaimed);
    withdraw.blockNumber = 60;
    history.push_back(withdraw);
    QCOMPARE(P::compute(report, history)->step, P::StepDone);

    // The model keeps the last report while the server does not answer.
    PayoutPipelineModel model;
    QVERIFY(!model.known());
    model.update(report, history);
    QCOMPARE(model.currentIndex(), int(P::StepDone));
    model.update(std::nullopt, {});
    QVERIFY(model.known());
    QCOMPARE(model.currentIndex(), int(P::StepAvailable)); // the history is what it is now
    QVERIFY(!model.detail().isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderExtras)
#include "tst_provider_extras.moc"
