// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's whole first day, driven through the app's own view models with the real
// QML window on screen (offscreen platform), against the running devnet:
// onboard (network from GET /network, new key, passphrase, vault, circuit files) -> register
// on chain (our prover) and with the operator -> receive a payout sent by the devnet's own
// JavaScript eERC client -> see it verified, in the table and the chart -> claim it to USDC.
// A screenshot of each page is saved under <build>/screenshots/provider-*.png.
// The amounts are checked against what the devnet sent, not against our own code, through the
// deployment's decimals as its contracts state them (network.json): on a contract with fewer
// decimals than the token, what a payout cannot carry stays with the operator as dust, and the
// dashboard says so.
#include "activity_model.h"
#include "appsettings.h"
#include "earnings_model.h"
#include "format.h"
#include "guiapp.h"
#include "integrity_model.h"
#include "onboarding.h"
#include "pipeline_model.h"
#include "provider_pages.h"
#include "secretfield.h"
#include "session.h"
#include "task.h"
#include "vault/kdf.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(BackendShieldPlugin)

using namespace bs::gui;

namespace {

// Waits for a task to finish; fails the test with its error.
bool finish(Task* task, int seconds = 300)
{
    if (task->running()) {
        QSignalSpy done(task, &Task::finished);
        if (!done.wait(seconds * 1000))
            qWarning("task still running: %s", qPrintable(task->stage()));
    }
    if (!task->succeeded())
        qWarning("task failed: %s", qPrintable(task->error()));
    return !task->running() && task->succeeded();
}

// The preflight list in words, for a failure message.
QString preflightText(ClaimModel& claim)
{
    QStringList lines;
    PreflightModel* rows = claim.preflight();
    for (int i = 0; i < rows->rowCount(); ++i)
        lines << rows->index(i).data(PreflightModel::LabelRole).toString() + QStringLiteral(": ") +
                     rows->index(i).data(PreflightModel::DetailRole).toString();
    return lines.join(u'\n');
}

// Runs a devnet script with node and returns the JSON line it prints (empty on failure).
QJsonObject node(const QString& script, const QStringList& args)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("BS_NODE", QStringLiteral("node")));
    process.setArguments(QStringList{script} + args);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start();
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
}

// The devnet's side of the test: gas money, direct payouts, other providers.
QJsonObject devnet(const QStringList& args)
{
    return node(QStringLiteral(BS_SOURCE_DIR "/tests/e2e/devnet_wallet.mjs"), args);
}

// The deployment's decimals, from the devnet's network.json (written from the contracts).
struct Decimals
{
    unsigned token = 0;
    unsigned eerc = 0;
    // One eERC unit in token base units: what a transfer can carry is a multiple of it.
    quint64 step() const
    {
        quint64 s = 1;
        for (unsigned i = eerc; i < token; ++i)
            s *= 10;
        return s;
    }
    quint64 carried(quint64 amount) const { return amount - amount % step(); }
    // One token (1 USDC) in base units.
    quint64 whole() const
    {
        quint64 w = 1;
        for (unsigned i = 0; i < token; ++i)
            w *= 10;
        return w;
    }
    QString text(quint64 amount) const { return displayAmount(bs::U256::fromU64(amount), token); }
};

Decimals deploymentDecimals()
{
    QFile file(qEnvironmentVariable("NETWORK_JSON"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject network = QJsonDocument::fromJson(file.readAll()).object();
    return {unsigned(network.value(QStringLiteral("token"))
                         .toObject()
                         .value(QStringLiteral("decimals"))
                         .toInt()),
            unsigned(network.value(QStringLiteral("eercDecimals")).toInt())};
}

} // namespace

class TestProviderDevnet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onboardRegisterReceiveClaim();
    void cleanupTestCase();

private:
    void shot(const QString& page, const QString& name);
    // An object of the window by its objectName (fails the test when absent).
    QObject* item(const QString& name);
    // Clicks a button of the window with the mouse, as the user would.
    bool click(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Onboarding> m_onboarding;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    Decimals m_decimals;
};

void TestProviderDevnet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The vault's scrypt is calibrated to ~0.5 s; fine here, but keep the test's own backup
    // and unlock quick on a loaded machine.
    bs::vault::testing::allowWeakKdf(true);
    m_settings = std::make_unique<AppSettings>(std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    m_session =
        std::make_unique<Session>(m_dir.filePath(QStringLiteral("profiles")), m_settings.get());
    m_onboarding = std::make_unique<Onboarding>(m_session.get());
    registerQmlTypes(m_settings.get(), m_session.get(), m_onboarding.get());
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->load(QUrl(QStringLiteral("qrc:/BackendShield/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_session->state(), QStringLiteral("welcome"));
    m_decimals = deploymentDecimals();
    QVERIFY2(m_decimals.token > 0, "NETWORK_JSON names no token decimals");
}

void TestProviderDevnet::shot(const QString& page, const QString& name)
{
    if (!page.isEmpty()) {
        QVariant shown;
        QMetaObject::invokeMethod(m_window, "showPageByKey", Q_RETURN_ARG(QVariant, shown),
                                  Q_ARG(QVariant, page));
        QVERIFY(shown.toBool());
    }
    QTest::qWait(400); // layouts, fonts and the chart settle
    const QString dir = QStringLiteral(BS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(m_window->grabWindow().save(dir + QStringLiteral("/provider-") + name +
                                        QStringLiteral(".png")));
}

namespace {

// Items made by a Loader are visual children, not always QObject children: walk both.
QObject* findItem(QQuickItem* root, const QString& name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem* child : root->childItems()) {
        if (QObject* found = findItem(child, name))
            return found;
    }
    return root->findChild<QObject*>(name);
}

} // namespace

QObject* TestProviderDevnet::item(const QString& name)
{
    QTest::qWait(50); // let bindings and loaders settle
    QObject* found = findItem(m_window->contentItem(), name);
    if (!found)
        qWarning("no item named %s", qPrintable(name));
    return found;
}

bool TestProviderDevnet::click(const QString& name)
{
    auto* button = qobject_cast<QQuickItem*>(item(name));
    if (!button || !button->isVisible() || !button->property("enabled").toBool()) {
        qWarning("%s is missing, hidden or disabled", qPrintable(name));
        return false;
    }
    // A real mouse click in the middle of the button.
    const QPointF centre = button->mapToScene(QPointF(button->width() / 2, button->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

void TestProviderDevnet::onboardRegisterReceiveClaim()
{
    // Onboarding through the window, as a user clicks it: welcome, role, the local devnet
    // preset, a new key, name and passphrase.
    QVERIFY(click(QStringLiteral("welcomeStart")));
    QVERIFY(click(QStringLiteral("roleNext")));
    QVERIFY(click(QStringLiteral("preset_devnet")));
    QVERIFY(click(QStringLiteral("networkConnect")));
    QVERIFY(finish(m_onboarding->task()));
    QCOMPARE(m_onboarding->network().value(QStringLiteral("name")).toString(),
             QStringLiteral("Local devnet"));
    {
        // Shown after the answer, below the Connect button (a Qt 6.4 layout trap, see
        // OnboardingView.qml).
        auto* card = qobject_cast<QQuickItem*>(item(QStringLiteral("networkCard")));
        auto* connect = qobject_cast<QQuickItem*>(item(QStringLiteral("networkConnect")));
        QVERIFY(card && connect && card->isVisible());
        QVERIFY(card->y() > connect->y());
    }
    shot({}, QStringLiteral("1-onboarding-network"));
    QVERIFY(click(QStringLiteral("networkNext")));
    QVERIFY(click(QStringLiteral("keyGenerate")));
    const QString address = m_onboarding->address();
    QVERIFY(address.startsWith(QStringLiteral("0x")));
    QVERIFY(click(QStringLiteral("keyNext")));

    QVERIFY(
        item(QStringLiteral("profileName"))->setProperty("text", QStringLiteral("Acme Weather")));
    auto* pass = qobject_cast<SecretField*>(item(QStringLiteral("passphrase")));
    auto* confirm = qobject_cast<SecretField*>(item(QStringLiteral("passphraseConfirm")));
    QVERIFY(pass && confirm);
    pass->append(QStringLiteral("short"));
    confirm->append(QStringLiteral("short"));
    QVERIFY(!m_onboarding->passphraseProblem(pass, confirm).isEmpty());
    QVERIFY(!item(QStringLiteral("createVault"))->property("enabled").toBool());
    pass->clear();
    confirm->clear();
    pass->append(QStringLiteral("plum kettle orbit 42 lantern"));
    confirm->append(QStringLiteral("plum kettle orbit 4"));
    QVERIFY(!item(QStringLiteral("createVault"))->property("enabled").toBool()); // they differ
    confirm->append(QStringLiteral("2 lantern"));
    QCOMPARE(m_onboarding->passphraseProblem(pass, confirm), QString());
    shot({}, QStringLiteral("2-onboarding-passphrase"));
    QVERIFY(click(QStringLiteral("createVault")));
    QCOMPARE(pass->length(), 0); // the fields forget the passphrase once handed over
    QVERIFY(finish(m_onboarding->task()));
    QVERIFY(m_onboarding->created());

    // The backup (the file dialog is the platform's; the view model takes its answer) and the
    // circuit files, downloaded from the operator and checked against their SHA-256.
    auto* backupPass = qobject_cast<SecretField*>(item(QStringLiteral("backupPassphrase")));
    QVERIFY(backupPass);
    backupPass->append(QStringLiteral("plum kettle orbit 42 lantern"));
    m_onboarding->backup(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("acme.bsbackup"))),
                         backupPass);
    QVERIFY(finish(m_onboarding->task()));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("acme.bsbackup"))));
    QVERIFY(click(QStringLiteral("fetchCircuits")));
    QVERIFY(finish(m_onboarding->task(), 600));
    QVERIFY(m_onboarding->circuitsReady());
    shot({}, QStringLiteral("3-onboarding-backup"));
    QVERIFY(click(QStringLiteral("onboardingFinish")));
    QCOMPARE(m_session->state(), QStringLiteral("unlocked"));
    QCOMPARE(m_session->address(), address);
    ProviderPages* provider = m_session->provider();
    QVERIFY(provider);
    QVERIFY(finish(provider->refreshTask()));
    QCOMPARE(provider->account()->chainError(), QString());
    QVERIFY(!provider->account()->onchainRegistered());
    QCOMPARE(provider->account()->balanceState(), AccountModel::BalanceUnregistered);
    shot(QStringLiteral("dashboard"), QStringLiteral("4-dashboard-new"));

    // Gas money, then registration on chain with our prover, and with the operator.
    QVERIFY(!devnet({QStringLiteral("fund"), address}).isEmpty());
    provider->registration()->registerOnChain();
    QVERIFY(finish(provider->registration()->task(), 600));
    QVERIFY(finish(provider->refreshTask()));
    QVERIFY(provider->account()->onchainRegistered());
    QCOMPARE(provider->account()->balanceState(), AccountModel::BalanceVerified);

    RegistrationModel* registration = provider->registration();
    const QString name = QStringLiteral("Acme Weather"), email = QStringLiteral("ops@acme.example"),
                  api = QStringLiteral("acme-weather"),
                  url = QStringLiteral("https://api.acme.example"),
                  category = QStringLiteral("weather"), pricing = QStringLiteral("free");
    QVERIFY(registration->check(name, email, api, url, category, pricing).ok);
    const ListingCheck bad =
        registration->check(name, QStringLiteral("not an email"), api, url, category, pricing);
    QVERIFY(!bad.ok);
    QVERIFY(!bad.contactEmail.isEmpty());
    QVERIFY(bad.displayName.isEmpty());
    registration->registerWithOperator(name, email, api, url, category, pricing);
    QVERIFY(finish(registration->task()));
    QVERIFY(finish(provider->refreshTask()));
    QCOMPARE(provider->account()->providerState(), AccountModel::ProviderRegistered);
    QCOMPARE(provider->account()->serverState(), AccountModel::ServerOnline);
    shot(QStringLiteral("registration"), QStringLiteral("5-registration"));

    // A distribution cycle run by the operator's server: 1 of 3 calls in the hour, pool
    // 1 000 000 base units. Largest remainder: floor(1e6 * 1/3) = 333 333 for us (remainder
    // 1), 666 666 + 1 for the other provider (remainder 2); the transfer carries whole eERC
    // units of it (all of it with 6 eERC decimals, 330 000 with 2: the rest stays with the
    // operator as dust). The app must find the transfer on
    // chain, decrypt it and hold it against the report: fair share.
    const QString providerId = registration->saved().providerId;
    QVERIFY(providerId.startsWith(QStringLiteral("prv_")));
    const QString other =
        devnet({QStringLiteral("other-provider")}).value(QStringLiteral("providerId")).toString();
    QVERIFY(other.startsWith(QStringLiteral("prv_")));
    // The devnet's own cycle script, as a user runs it (devnet/devnet cycle).
    const QJsonObject cycle =
        node(QStringLiteral(BS_SOURCE_DIR "/devnet/server/bin/cycle.mjs"),
             {QStringLiteral("--pool"), QStringLiteral("1000000"), QStringLiteral("--calls"),
              providerId + QStringLiteral("=1,") + other + QStringLiteral("=2")});
    QCOMPARE(cycle.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QSignalSpy payouts(provider, &ProviderPages::newPayouts);
    provider->refresh();
    QVERIFY(finish(provider->refreshTask()));
    QCOMPARE(provider->account()->providerState(),
             AccountModel::ProviderEarningRevenue); // its first usage arrived
    for (int step = 0; step < registration->steps()->count(); ++step)
        QVERIFY2(
            registration->steps()->isDone(step),
            qPrintable(registration->steps()->index(step).data(StepsModel::LabelRole).toString()));
    const Decimals& d = m_decimals;
    const quint64 fromCycle = d.carried(333333);
    QCOMPARE(provider->account()->balance(), d.text(fromCycle));
    // The contract's precision, stated on the dashboard when it keeps fewer decimals.
    QCOMPARE(provider->account()->keepsDust(), d.step() > 1);
    if (d.step() > 1)
        QVERIFY2(provider->account()->precisionText().contains(d.text(d.step())),
                 qPrintable(provider->account()->precisionText()));
    QCOMPARE(payouts.count(), 1);
    QCOMPARE(provider->earnings()->count(), 1);
    QModelIndex row = provider->earnings()->index(0);
    QCOMPARE(row.data(EarningsModel::CycleRole).toString(),
             cycle.value(QStringLiteral("cycleId")).toString());
    // Fair also where a coarser eERC keeps dust (0.003333 of the fair 0.333333 with 2
    // decimals): the contract carries whole eERC units of the allocation.
    QCOMPARE(row.data(EarningsModel::VerdictRole).toString(), QStringLiteral("fair"));
    QCOMPARE(row.data(EarningsModel::ShareRole).toString(), QStringLiteral("33.33 %"));
    // The server's usage counters of the cycle (the cycle script submits calls only).
    QCOMPARE(row.data(EarningsModel::UsageRole).toString(),
             QStringLiteral("Calls: 1 · Out: 0 bytes · Average response: 0 ms · Errors: 0"));
    QVERIFY(provider->earnings()
                ->chart(QStringLiteral("all"))
                .value(QStringLiteral("hasUsage"))
                .toBool());
    QCOMPARE(provider->earnings()->discrepancies(), 0);
    // The Dashboard's monitors on the real chain and server (issue 21 points 3, 5, 7): the
    // newest balance check verified, the cycle's pipeline paid and waiting for the claim, the
    // sparkline drawn.
    QVERIFY(provider->balanceChecks()->count() >= 1);
    QCOMPARE(provider->balanceChecks()->index(0).data(BalanceChecksModel::StateRole).toInt(),
             int(AccountModel::BalanceVerified));
    PayoutPipelineModel* pipeline = provider->pipeline();
    QVERIFY(pipeline->known());
    QCOMPARE(pipeline->cycleId(), cycle.value(QStringLiteral("cycleId")).toString());
    QCOMPARE(pipeline->step(), PayoutPipelineModel::StepClaimed);
    QVERIFY(!pipeline->failed());
    QVERIFY(!provider->earnings()->sparkline().isEmpty());

    // A payout straight from the devnet's JavaScript client, outside any cycle: verified on
    // chain, and listed as not in the operator's report.
    const QJsonObject paid = devnet({QStringLiteral("pay"), address, QStringLiteral("12.345678")});
    QVERIFY(paid.value(QStringLiteral("tx")).toString().startsWith(QStringLiteral("0x")));
    const quint64 direct = d.carried(12345678);
    QCOMPARE(paid.value(QStringLiteral("amount")).toString(), QString::number(direct));
    QCOMPARE(paid.value(QStringLiteral("dust")).toString(), QString::number(12345678 - direct));
    provider->refresh();
    QVERIFY(finish(provider->refreshTask()));
    QCOMPARE(provider->account()->balanceState(), AccountModel::BalanceVerified);
    QCOMPARE(provider->account()->balance(), d.text(fromCycle + direct));
    QCOMPARE(payouts.count(), 2);
    QCOMPARE(provider->earnings()->count(), 2);
    row = provider->earnings()->index(0); // newest first
    QCOMPARE(row.data(EarningsModel::TxHashRole).toString(),
             paid.value(QStringLiteral("tx")).toString());
    QCOMPARE(row.data(EarningsModel::AmountRole).toString(), d.text(direct));
    QCOMPARE(row.data(EarningsModel::VerdictRole).toString(), QStringLiteral("not_reported"));
    const QVariantList points =
        provider->earnings()->chart(QStringLiteral("all")).value(QStringLiteral("points")).toList();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.constLast().toMap().value(QStringLiteral("cumulativeExact")).toString(),
             d.text(fromCycle + direct));
    QCOMPARE(provider->earnings()->totalEarned(), d.text(fromCycle + direct));
    shot(QStringLiteral("dashboard"), QStringLiteral("6-dashboard-paid"));
    // The dashboard shows the contract's precision when small payouts become dust.
    QCOMPARE(item(QStringLiteral("dustBanner"))->property("visible").toBool(), d.step() > 1);
    shot(QStringLiteral("earnings"), QStringLiteral("7-earnings"));
    // The same in the dark theme, and with amounts hidden for screen sharing.
    m_settings->setTheme(QStringLiteral("dark"));
    shot(QStringLiteral("earnings"), QStringLiteral("7-earnings-dark"));
    m_settings->setHideAmounts(true);
    shot(QStringLiteral("dashboard"), QStringLiteral("7-dashboard-hidden-dark"));
    m_settings->setHideAmounts(false);
    m_settings->setTheme(QStringLiteral("light"));

    // The operator's server goes down: the balance and the claim need only the chain; the
    // earnings breakdown stays as last reported.
    QCOMPARE(QProcess::execute(QStringLiteral(BS_SOURCE_DIR "/devnet/server/bin/server.sh"),
                               {QStringLiteral("stop")}),
             0);
    provider->refresh();
    QVERIFY(finish(provider->refreshTask()));
    QCOMPARE(provider->account()->serverState(), AccountModel::ServerOffline);
    QVERIFY(!provider->account()->serverMessage().isEmpty());
    QCOMPARE(provider->account()->balanceState(), AccountModel::BalanceVerified);
    QCOMPARE(provider->earnings()->count(), 2);
    QCOMPARE(provider->earnings()->index(1).data(EarningsModel::VerdictRole).toString(),
             QStringLiteral("fair"));

    // Claim part of it, server down: preflight, then prove, send, confirm.
    shot(QStringLiteral("claim"), QStringLiteral("8-claim-empty"));
    QVERIFY(click(QStringLiteral("claimAll"))); // off: a part of the balance
    QVERIFY(item(QStringLiteral("claimAmount"))->setProperty("text", QStringLiteral("2.5")));
    QVERIFY(!item(QStringLiteral("claimSubmit"))->property("enabled").toBool());
    QVERIFY(click(QStringLiteral("claimCheck")));
    ClaimModel* claim = provider->claim();
    QVERIFY(finish(claim->task(), 600));
    QVERIFY2(claim->preflightPassed(), qPrintable(preflightText(*claim)));
    QCOMPARE(claim->preflight()->rowCount(), 4);
    // The estimate before Claim, from the preflight's own proof and the chain's block time.
    QVERIFY(!claim->eta().isEmpty());
    shot(QStringLiteral("claim"), QStringLiteral("8-claim-preflight"));
    // The stepper walks Prepare -> Prove -> Send -> Confirm -> done, in that order.
    QList<ClaimModel::ClaimStep> steps;
    connect(claim, &ClaimModel::stepChanged, this, [&] { steps.append(claim->claimStep()); });
    QVERIFY(click(QStringLiteral("claimSubmit")));
    QVERIFY(finish(claim->task(), 600));
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    const QList<ClaimModel::ClaimStep> expectedSteps = {
        ClaimModel::ClaimStepPrepare, ClaimModel::ClaimStepProve, ClaimModel::ClaimStepSend,
        ClaimModel::ClaimStepConfirm, ClaimModel::ClaimStepDone};
    QCOMPARE(steps, expectedSteps);
    QVERIFY(!claim->stepFailed());
    disconnect(claim, &ClaimModel::stepChanged, this, nullptr);
    const quint64 unit = d.whole();
    QCOMPARE(claim->received(), d.text(unit * 5 / 2));
    QVERIFY(finish(provider->refreshTask()));
    QCOMPARE(provider->account()->balance(), d.text(fromCycle + direct - unit * 5 / 2));
    QCOMPARE(provider->earnings()->totalClaimed(), d.text(unit * 5 / 2));
    // Withdrawn after the cycle's payout: every step of its pipeline is done, from the last
    // report and the chain while the server is down.
    QCOMPARE(provider->pipeline()->step(), PayoutPipelineModel::StepDone);
    shot(QStringLiteral("dashboard"), QStringLiteral("9-dashboard-server-down"));
    shot(QStringLiteral("claim"), QStringLiteral("9-claim-done"));
    // The Activity page lists what happened, newest first: the claim's transaction among it.
    ActivityModel* activity = m_session->activity();
    bool claimConfirmed = false;
    for (int i = 0; i < activity->count(); ++i) {
        const QModelIndex e = activity->index(i);
        claimConfirmed =
            claimConfirmed ||
            (e.data(ActivityModel::KindRole).value<ActivityModel::Kind>() ==
                 ActivityModel::Kind::Transaction &&
             e.data(ActivityModel::TextRole)
                 .toString()
                 .contains(QStringLiteral("claim transaction")) &&
             e.data(ActivityModel::TextRole).toString().contains(QStringLiteral("confirmed")));
    }
    QVERIFY(claimConfirmed);
    shot(QStringLiteral("activity"), QStringLiteral("9-activity"));
    QCOMPARE(QProcess::execute(QStringLiteral(BS_SOURCE_DIR "/devnet/server/bin/server.sh"),
                               {QStringLiteral("start")}),
             0);

    // Settings: a backup now, and a new passphrase (typed into the page's fields).
    QVERIFY(QMetaObject::invokeMethod(m_window, "showPageByKey",
                                      Q_ARG(QVariant, QStringLiteral("settings"))));
    QCOMPARE(item(QStringLiteral("settingsProfileName"))->property("text").toString(),
             QStringLiteral("Acme Weather"));
    auto* settingsBackup =
        qobject_cast<SecretField*>(item(QStringLiteral("settingsBackupPassphrase")));
    QVERIFY(settingsBackup);
    settingsBackup->append(QStringLiteral("another backup passphrase 7"));
    QSignalSpy backedUp(m_session.get(), &Session::backupWritten);
    m_session->backup(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("later.bsbackup"))),
                      settingsBackup);
    QVERIFY(finish(m_session->securityTask()));
    QCOMPARE(backedUp.count(), 1);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("later.bsbackup"))));
    auto* oldPass = qobject_cast<SecretField*>(item(QStringLiteral("settingsOldPassphrase")));
    auto* newPass = qobject_cast<SecretField*>(item(QStringLiteral("settingsNewPassphrase")));
    auto* confirmPass =
        qobject_cast<SecretField*>(item(QStringLiteral("settingsConfirmPassphrase")));
    QVERIFY(oldPass && newPass && confirmPass);
    oldPass->append(QStringLiteral("plum kettle orbit 42 lantern"));
    newPass->append(QStringLiteral("violet harbour 19 quiet mill"));
    confirmPass->append(QStringLiteral("violet harbour 19 quiet mill"));
    shot({}, QStringLiteral("9-settings"));
    QSignalSpy changed(m_session.get(), &Session::passphraseChanged);
    QVERIFY(click(QStringLiteral("settingsChangePassphrase")));
    QVERIFY(finish(m_session->securityTask()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(newPass->length(), 0);

    // A claim in flight survives closing the profile: the node stops mining, the claim is
    // sent (and recorded first). Locking then waits for it (the top bar says so); locking
    // anyway leaves it recorded, and after unlocking the app follows it to its end.
    QCOMPARE(devnet({QStringLiteral("automine"), QStringLiteral("off")})
                 .value(QStringLiteral("automine"))
                 .toBool(),
             false);
    claim->check(QStringLiteral("1"));
    QVERIFY(finish(claim->task(), 600));
    QVERIFY2(claim->preflightPassed(), qPrintable(preflightText(*claim)));
    claim->claim(QStringLiteral("1"));
    // Once sent, Cancel is no longer offered: the transaction is out and recorded.
    QTRY_VERIFY_WITH_TIMEOUT(!claim->task()->cancellable(), 120000);
    QTest::qWait(1500); // the wait for its receipt has begun
    QVERIFY(claim->task()->running());
    m_session->lock();
    QCOMPARE(m_session->state(), QStringLiteral("unlocked"));
    QVERIFY(m_session->lockDeferred());
    QVERIFY(item(QStringLiteral("lockDeferred"))->property("visible").toBool());
    shot({}, QStringLiteral("10-lock-deferred"));
    m_session->lockNow();
    QCOMPARE(m_session->state(), QStringLiteral("locked"));
    QVERIFY(!m_session->lockDeferred());
    QVERIFY(!m_session->provider());
    shot({}, QStringLiteral("10-unlock"));
    QCOMPARE(devnet({QStringLiteral("automine"), QStringLiteral("on")})
                 .value(QStringLiteral("automine"))
                 .toBool(),
             true);

    // Unlock again: the old passphrase is refused, the new one opens the same profile,
    // whose history comes from the vault, and the claim sent before is settled.
    const QVariantList profiles = m_session->profiles();
    QCOMPARE(profiles.size(), 1);
    const QString file = profiles.constFirst().toMap().value(QStringLiteral("file")).toString();
    SecretField unlockPass;
    unlockPass.append(QStringLiteral("plum kettle orbit 42 lantern")); // the old one
    m_session->unlock(file, &unlockPass);
    QCOMPARE(unlockPass.length(), 0);
    QVERIFY(!finish(m_session->unlockTask()));
    QVERIFY(!m_session->unlockTask()->error().isEmpty());
    QCOMPARE(m_session->state(), QStringLiteral("locked"));
    unlockPass.append(QStringLiteral("violet harbour 19 quiet mill"));
    m_session->unlock(file, &unlockPass);
    QVERIFY(finish(m_session->unlockTask()));
    QCOMPARE(m_session->state(), QStringLiteral("unlocked"));
    QCOMPARE(m_session->address(), address);
    provider = m_session->provider();
    claim = provider->claim();
    QVERIFY(!claim->inFlight().isEmpty());
    QVERIFY(finish(claim->task(), 120));
    QCOMPARE(claim->inFlight(), QString());
    QCOMPARE(claim->received(), d.text(unit));
    QVERIFY(finish(provider->refreshTask()));
    QCOMPARE(provider->account()->balance(), d.text(fromCycle + direct - unit * 7 / 2));
    QCOMPARE(provider->earnings()->count(), 2);
    QCOMPARE(provider->earnings()->totalClaimed(), d.text(unit * 7 / 2));
}

void TestProviderDevnet::cleanupTestCase()
{
    m_engine.reset();
    m_onboarding.reset();
    m_session.reset();
    bs::vault::testing::allowWeakKdf(false);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestProviderDevnet test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_provider_devnet.moc"
