// SPDX-License-Identifier: GPL-3.0-or-later
// View-model pieces without a network: the secret field, the passphrase rule, the task
// runner, the payouts table (sorting, CSV) and amount display.
#include "activity_model.h"
#include "appsettings.h"
#include "earnings_model.h"
#include "format.h"
#include "onboarding.h"
#include "provider_fixtures.h"
#include "provider_pages.h"
#include "secretfield.h"
#include "session.h"
#include "task.h"
#include "vault/kdf.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace bs::gui;
using bs::U256;

namespace {

using bs::test::credit;
using bs::test::text;

} // namespace

class TestViewModels : public QObject
{
    Q_OBJECT

private slots:
    void passphraseStrength_data();
    void passphraseStrength();
    void passphraseRule();
    void secretFieldEditing();
    void taskAppliesResultOnGuiThread();
    void taskReportsErrorAndCancel();
    void displayAmountGroupsAllDecimals();
    void earningsTableSortsAndExports();
    void earningsCarryTheCycleUsage();
    void sessionUnlocksLocksAndAutoLocks();
    void onboardingImportsKeys();
};

void TestViewModels::passphraseStrength_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::newRow("empty") << "" << 0 << 0;
    QTest::newRow("common word") << "password123" << 1 << 1;
    QTest::newRow("keyboard run") << "qwertyuiop12" << 1 << 1;
    QTest::newRow("repeats") << "aaaaaaaaaaaaaaaa" << 1 << 1;
    QTest::newRow("short mixed") << "Tr0ub4d&" << 2 << 3;
    QTest::newRow("four words") << "correct horse battery staple" << 4 << 4;
    QTest::newRow("non-ascii") << "Grüße aus Köln am Rhein" << 4 << 4;
}

void TestViewModels::passphraseStrength()
{
    QFETCH(QString, passphrase);
    QFETCH(int, min);
    QFETCH(int, max);
    const QByteArray utf8 = passphrase.toUtf8();
    const int s = bs::gui::passphraseStrength({utf8.constData(), std::size_t(utf8.size())});
    QVERIFY2(s >= min && s <= max, qPrintable(QString::number(s)));
}

void TestViewModels::passphraseRule()
{
    QVERIFY(!passphraseProblem(text("short")).isEmpty());
    QVERIFY(!passphraseProblem(text("password1234")).isEmpty()); // long enough, too common
    QVERIFY(passphraseProblem(text("plum kettle orbit 42 lantern")).isEmpty());
}

void TestViewModels::secretFieldEditing()
{
    SecretField field;
    QSignalSpy changed(&field, &SecretField::textChanged);
    QSignalSpy accepted(&field, &SecretField::accepted);
    field.append(QStringLiteral("ab\tü€😀")); // the tab is dropped
    QCOMPARE(field.length(), 5);
    QCOMPARE(QByteArray(field.secret().data(), qsizetype(field.secret().size())),
             QStringLiteral("abü€😀").toUtf8());
    QKeyEvent backspace(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
    QCoreApplication::sendEvent(&field, &backspace);
    QCOMPARE(field.length(), 4); // a whole code point (4 UTF-8 bytes) went
    QCOMPARE(QByteArray(field.secret().data(), qsizetype(field.secret().size())),
             QStringLiteral("abü€").toUtf8());
    QKeyEvent typed(QEvent::KeyPress, Qt::Key_X, Qt::NoModifier, QStringLiteral("x"));
    QCoreApplication::sendEvent(&field, &typed);
    QCOMPARE(field.length(), 5);
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(&field, &enter);
    QCOMPARE(accepted.count(), 1);

    SecretField other;
    other.append(QStringLiteral("abü€x"));
    QVERIFY(field.sameAs(other));
    other.append(QStringLiteral("y"));
    QVERIFY(!field.sameAs(other));
    QVERIFY(changed.count() >= 3);
    field.clear();
    QCOMPARE(field.length(), 0);
    QCOMPARE(field.secret().size(), std::size_t(0));
    QCOMPARE(field.strength(), 0);
}

void TestViewModels::taskAppliesResultOnGuiThread()
{
    Task task;
    QSignalSpy finished(&task, &Task::finished);
    QSignalSpy progress(&task, &Task::progressChanged);
    std::thread::id appliedOn;
    std::thread::id workedOn;
    QVERIFY(task.start(QStringLiteral("Working"),
                       [&](const TaskContext& ctx) -> bs::Result<Task::Apply> {
                           workedOn = std::this_thread::get_id();
                           ctx.progress(QStringLiteral("Half"), 0.5);
                           return Task::Apply([&] { appliedOn = std::this_thread::get_id(); });
                       }));
    QVERIFY(task.running());
    QVERIFY(
        !task.start(QStringLiteral("Second"),
                    [](const TaskContext&) -> bs::Result<Task::Apply> { return Task::Apply{}; }));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(task.succeeded());
    QCOMPARE(appliedOn, std::this_thread::get_id());
    QVERIFY(workedOn != std::this_thread::get_id());
    QVERIFY(progress.count() >= 1);
}

void TestViewModels::taskReportsErrorAndCancel()
{
    Task task;
    QSignalSpy finished(&task, &Task::finished);
    task.start(QStringLiteral("Failing"), [](const TaskContext&) -> bs::Result<Task::Apply> {
        return bs::fail("the node did not answer.");
    });
    QVERIFY(finished.wait(5000));
    QCOMPARE(task.error(), QStringLiteral("the node did not answer."));
    QVERIFY(!task.succeeded());

    std::atomic<bool> sawStop = false;
    task.start(QStringLiteral("Long"), [&](const TaskContext& ctx) -> bs::Result<Task::Apply> {
        while (!ctx.stopRequested())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        sawStop = true;
        return bs::fail("cancelled");
    });
    task.cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY(sawStop);
    QCOMPARE(task.error(), QStringLiteral("cancelled"));

    // Destroying a running task stops and joins its work; its result is dropped.
    bool applied = false;
    {
        Task scoped;
        scoped.start(QStringLiteral("Scoped"),
                     [&](const TaskContext& ctx) -> bs::Result<Task::Apply> {
                         while (!ctx.stopRequested())
                             std::this_thread::sleep_for(std::chrono::milliseconds(5));
                         return Task::Apply([&] { applied = true; });
                     });
    }
    QCoreApplication::processEvents();
    QVERIFY(!applied);
}

void TestViewModels::displayAmountGroupsAllDecimals()
{
    QLocale::setDefault(QLocale::c());
    QCOMPARE(displayAmount(U256::fromU64(1234567890123), 6), QStringLiteral("1,234,567.890123"));
    QCOMPARE(displayAmount(U256::fromU64(5), 6), QStringLiteral("0.000005"));
    QCOMPARE(displayAmount(U256::fromU64(123), 0), QStringLiteral("123"));
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(displayAmount(U256::fromU64(1234567890123), 6), QStringLiteral("1.234.567,890123"));
    QLocale::setDefault(QLocale::c());
}

void TestViewModels::earningsTableSortsAndExports()
{
    QLocale::setDefault(QLocale::c());
    // Three chain payouts, no operator report (server down): every row is "not reported".
    const std::vector<bs::ledger::HistoryEntry> history = {
        credit(10, 1'700'000'000, 2'000'000, 0xAA), credit(11, 1'700'086'400, 500'000, 0xBB),
        credit(12, 1'700'172'800, 9'000'000, 0xCC)};
    bs::ledger::JoinOptions options;
    auto rows = bs::ledger::joinEarnings(nullptr, history, options);
    QCOMPARE(rows.size(), std::size_t(3));
    EarningsModel model;
    model.setRows(std::move(rows), 6);
    QCOMPARE(model.count(), 3);
    // Newest first by default.
    QCOMPARE(model.index(0).data(EarningsModel::BlockRole).toULongLong(), 12ull);
    model.sortBy(QStringLiteral("amount")); // largest first
    QCOMPARE(model.index(0).data(EarningsModel::AmountRole).toString(), QStringLiteral("9.000000"));
    model.sortBy(QStringLiteral("amount")); // flips
    QCOMPARE(model.index(0).data(EarningsModel::AmountRole).toString(), QStringLiteral("0.500000"));
    QCOMPARE(model.index(0).data(EarningsModel::VerdictRole).toString(),
             QStringLiteral("not_reported"));
    QCOMPARE(model.index(0).data(EarningsModel::TxHashRole).toString(),
             QStringLiteral("0x") + QString(64, u'b'));

    const QStringList csv = model.toCsv().trimmed().split(u'\n');
    QCOMPARE(csv.size(), 4);
    QVERIFY(csv[0].startsWith(QStringLiteral("time_utc,cycle,")));
    // Time order, exact amounts without grouping, UTC times.
    QVERIFY(csv[1].startsWith(QStringLiteral("2023-11-14T22:13:20Z,")));
    QVERIFY(csv[1].contains(QStringLiteral(",2.000000,")));
    QVERIFY(csv[3].contains(QStringLiteral(",9.000000,")));

    const QVariantMap chart =
        model.chart(QStringLiteral("all"), QDateTime::fromSecsSinceEpoch(1'700'200'000));
    const QVariantList points = chart.value(QStringLiteral("points")).toList();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.last().toMap().value(QStringLiteral("cumulativeExact")).toString(),
             QStringLiteral("11.500000"));
    const QVariantList week =
        model
            .chart(QStringLiteral("7d"),
                   QDateTime::fromSecsSinceEpoch(1'700'172'800 + 86400 * 7 - 1))
            .value(QStringLiteral("points"))
            .toList();
    QCOMPARE(week.size(), 1); // only the payout of the last 7 days
}

// Issue 21 point 4: the operator's usage counters of a cycle reach the table, the CSV and
// the chart next to its payout; payouts of cycles without counters (older servers) have none.
void TestViewModels::earningsCarryTheCycleUsage()
{
    QLocale::setDefault(QLocale::c());
    const std::vector<bs::ledger::HistoryEntry> history = {
        credit(10, 1'700'000'000, 2'000'000, 0xAA), credit(11, 1'700'086'400, 500'000, 0xBB)};
    const auto cycle = [](const char* id, std::int64_t end, std::uint64_t pool, std::uint8_t tag) {
        bs::ledger::EarningsCycle c;
        c.cycleId = QString::fromLatin1(id);
        c.periodEnd = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
        c.periodStart = c.periodEnd.addSecs(-86400);
        c.status = QStringLiteral("completed");
        c.pool = U256::fromU64(pool);
        c.weight = U256::fromU64(1200);
        c.totalWeight = U256::fromU64(1200);
        c.amount = U256::fromU64(pool);
        bs::ledger::TransferRef ref;
        ref.txHash.fill(tag);
        ref.blockNumber = tag == 0xAA ? 10 : 11;
        c.transfer = ref;
        return c;
    };
    bs::ledger::Earnings report;
    report.tokenDecimals = 6;
    report.cycles = {cycle("cyc_a", 1'700'000'000, 2'000'000, 0xAA),
                     cycle("cyc_b", 1'700'086'400, 500'000, 0xBB)};
    // 1200 calls, 3 MiB out, 102 000 ms in all (85 ms each), 4 errors.
    report.cycles[0].usage = bs::ledger::CycleUsage{U256::fromU64(1200), U256::fromU64(3145728),
                                                    U256::fromU64(102000), U256::fromU64(4)};
    report.totalCycles = 2;
    EarningsModel model;
    model.update(report, history, bs::ledger::JoinOptions{});
    QCOMPARE(model.count(), 2);
    model.sortBy(QStringLiteral("cycle")); // ascending: cyc_a, cyc_b
    QCOMPARE(model.index(0).data(EarningsModel::CycleRole).toString(), QStringLiteral("cyc_a"));
    QCOMPARE(model.index(0).data(EarningsModel::UsageRole).toString(),
             QStringLiteral("Calls: 1,200 · Out: 3.00 MiB · Average response: 85 ms · Errors: 4"));
    QCOMPARE(model.index(1).data(EarningsModel::UsageRole).toString(), QString());

    const QStringList csv = model.toCsv().trimmed().split(u'\n');
    QCOMPARE(csv.size(), 3);
    QVERIFY(csv[0].endsWith(QStringLiteral(",bytes_out,response_ms_total,errors")));
    QVERIFY2(csv[1].endsWith(QStringLiteral(",3145728,102000,4")), qPrintable(csv[1]));
    QVERIFY2(csv[2].endsWith(QStringLiteral(",11,,,")), qPrintable(csv[2]));

    const QVariantMap chart =
        model.chart(QStringLiteral("all"), QDateTime::fromSecsSinceEpoch(1'700'200'000));
    QVERIFY(chart.value(QStringLiteral("hasUsage")).toBool());
    QCOMPARE(chart.value(QStringLiteral("callsMax")).toDouble(), 1200.0);
    QCOMPARE(chart.value(QStringLiteral("averageMsMax")).toDouble(), 85.0);
    const QVariantList points = chart.value(QStringLiteral("points")).toList();
    QCOMPARE(points.size(), 2);
    const QVariantMap first = points[0].toMap();
    QVERIFY(first.value(QStringLiteral("hasUsage")).toBool());
    QCOMPARE(first.value(QStringLiteral("calls")).toDouble(), 1200.0);
    QCOMPARE(first.value(QStringLiteral("errors")).toDouble(), 4.0);
    QCOMPARE(first.value(QStringLiteral("averageMs")).toDouble(), 85.0);
    QVERIFY(first.value(QStringLiteral("usageText")).toString().startsWith(u"Calls: 1,200 ·"));
    QVERIFY(!points[1].toMap().value(QStringLiteral("hasUsage")).toBool());
    QVERIFY(!points[1].toMap().contains(QStringLiteral("calls")));

    // Without any counters the chart says so, and the page shows its note instead.
    report.cycles[0].usage.reset();
    model.update(report, history, bs::ledger::JoinOptions{});
    QVERIFY(!model.chart(QStringLiteral("all"), QDateTime::fromSecsSinceEpoch(1'700'200'000))
                 .value(QStringLiteral("hasUsage"))
                 .toBool());
}

void TestViewModels::sessionUnlocksLocksAndAutoLocks()
{
    bs::vault::testing::allowWeakKdf(true);
    QTemporaryDir dir;
    const QString profiles = dir.filePath(QStringLiteral("profiles"));
    QDir().mkpath(profiles);
    // A profile on a chain nobody serves (port 9 on loopback): the session does not need it.
    const bs::vault::Profile profile = bs::test::offlineProfile(QStringLiteral("Offline"));
    bs::vault::InitialKeys keys;
    keys.walletKey = bs::crypto::EcdsaPrivateKey::generate();
    const QString file = profiles + QStringLiteral("/offline.vault");
    const char passphrase[] = "plum kettle orbit 42 lantern";
    {
        auto created = bs::vault::Vault::create(file, profile, text(passphrase), keys,
                                                bs::vault::KdfParams::minimum());
        QVERIFY2(created, created ? "" : created.error().message.c_str());
    }
    AppSettings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    Session session(profiles, &settings);
    QCOMPARE(session.state(), QStringLiteral("locked"));
    QCOMPARE(session.profiles().size(), 1);
    QCOMPARE(session.profiles().constFirst().toMap().value(QStringLiteral("name")).toString(),
             QStringLiteral("Offline"));

    SecretField field;
    field.append(QStringLiteral("wrong passphrase 123"));
    session.unlock(file, &field);
    QCOMPARE(field.length(), 0);
    QSignalSpy unlockDone(session.unlockTask(), &Task::finished);
    QVERIFY(unlockDone.wait(10000));
    QCOMPARE(session.state(), QStringLiteral("locked"));
    QVERIFY(session.unlockTask()->error().contains(QStringLiteral("wrong passphrase")));

    field.append(QString::fromLatin1(passphrase));
    session.unlock(file, &field);
    QVERIFY(unlockDone.wait(10000));
    QCOMPARE(session.state(), QStringLiteral("unlocked"));
    QCOMPARE(session.address(), QString::fromStdString(keys.walletKey->address().toChecksumHex()));
    QVERIFY(session.provider());
    // The chain is unreachable: said on the dashboard, the session stays open.
    QSignalSpy refreshed(session.provider()->refreshTask(), &Task::finished);
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!session.provider()->account()->chainError().isEmpty());
    QCOMPARE(session.provider()->account()->balanceState(), AccountModel::BalanceUnknown);
    // Nothing known about the registration: no step of the stepper is done.
    StepsModel* steps = session.provider()->registration()->steps();
    QCOMPARE(steps->count(), 4);
    for (int step = 0; step < steps->count(); ++step)
        QVERIFY(!steps->isDone(step));
    // The activity log says what happened, and that it failed.
    QVERIFY(session.activity()->count() >= 2);
    QVERIFY(session.activity()->index(0).data(ActivityModel::FailedRole).toBool());

    // Input keeps it open; idle time locks it and wipes the open profile.
    QSignalSpy autoLocked(&session, &Session::autoLocked);
    session.setIdleTimeout(std::chrono::milliseconds(400));
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(200);
        QKeyEvent key(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
        QCoreApplication::sendEvent(&field, &key);
    }
    QCOMPARE(session.state(), QStringLiteral("unlocked"));
    QVERIFY(autoLocked.wait(3000));
    QCOMPARE(session.state(), QStringLiteral("locked"));
    QVERIFY(!session.provider());
    QCOMPARE(session.address(), QString());
    bs::vault::testing::allowWeakKdf(false);
}

void TestViewModels::onboardingImportsKeys()
{
    QTemporaryDir dir;
    AppSettings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    Session session(dir.filePath(QStringLiteral("profiles")), &settings);
    Onboarding onboarding(&session);
    // Hardhat's (and the devnet's) well-known account 0: its address is public knowledge.
    const QString key =
        QStringLiteral("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    const QString address = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    SecretField field;
    field.append(QStringLiteral("0x") + key + QStringLiteral("  "));
    QVERIFY(onboarding.importKeyHex(&field));
    QCOMPARE(field.length(), 0);
    QCOMPARE(onboarding.address(), address);
    QVERIFY(!onboarding.keyGenerated());

    field.append(QStringLiteral("not a key"));
    QVERIFY(!onboarding.importKeyHex(&field));
    QVERIFY(!onboarding.keyError().isEmpty());
    QCOMPARE(onboarding.address(), address); // the key chosen before stays

    QFile file(dir.filePath(QStringLiteral("key.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(key.toLatin1() + "\n");
    file.close();
    onboarding.generateKey();
    QVERIFY(onboarding.keyGenerated());
    QVERIFY(onboarding.address() != address);
    QVERIFY(onboarding.importKeyFile(QUrl::fromLocalFile(file.fileName())));
    QCOMPARE(onboarding.address(), address);
    QVERIFY(
        !onboarding.importKeyFile(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing")))));
    QVERIFY(!onboarding.keyError().isEmpty());

    QCOMPARE(onboarding.profileNameProblem(QString()).isEmpty(), false);
    QCOMPARE(onboarding.profileNameProblem(QStringLiteral("Acme")), QString());
}

QTEST_MAIN(TestViewModels)
#include "tst_viewmodels.moc"
