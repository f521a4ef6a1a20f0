// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's work through the app's operator pages, with the real QML window on screen
// (offscreen platform), against the running devnet: an operator vault (made with `bshield
// vault create --role operator`) is unlocked; two providers registered by the devnet's own
// JavaScript client are listed and approved; a usage server is created (its token read once)
// and usage submitted with its token (node); bad input in "New cycle" is refused with a
// sentence and nothing sent; the dry run is recomputed and adds up to the pool; the cycle is
// started and followed to completed, and each provider decrypts exactly its amount on chain
// (the devnet's JS client); a cycle whose payment fails (the devnet's fail-transfer switch) is
// retried from its dialog and pays; a provider is suspended; the server is revoked and its token
// refused (401). Screenshots of every page, light and dark, at 1280x800 and 1024x700:
// <build>/screenshots/operator-*.png.
#include "format.h"
#include "gui_driver.h"
#include "ledger/money.h"
#include "operator_pages.h"
#include "secretfield.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(BackendShieldPlugin)

using namespace bs::gui;
using bs::test::finish;

namespace {

QJsonObject devnet(const QStringList& args)
{
    return bs::test::node(QStringLiteral(BS_SOURCE_DIR "/tests/e2e/operator_gui_devnet.mjs"), args);
}

QString rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace

class TestOperatorGuiDevnet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void operatorDay();
    void cleanupTestCase();

private:
    void show(const QString& page) { QVERIFY(bs::test::showPage(m_window, page)); }
    void shot(const QString& page, const QString& name)
    {
        QVERIFY(bs::test::screenshot(m_window, page, QStringLiteral("operator-") + name));
    }
    // Every page, light and dark, at both sizes.
    void shootAll(const QString& stage)
    {
        QVERIFY(bs::test::screenshotPages(
            m_window, m_settings, QStringLiteral("operator-") + stage,
            {QStringLiteral("providers"), QStringLiteral("servers"), QStringLiteral("cycles")}));
    }
    QObject* item(const QString& name) { return bs::test::item(m_window, name); }
    bool click(const QString& name) { return bs::test::click(m_window, name); }
    bool setText(const QString& name, const QString& text)
    {
        QObject* o = item(name);
        return o && o->setProperty("text", text);
    }
    // Approve / suspend through the detail pane and the reason dialog.
    bool changeStatus(const QString& providerId, const QString& button, const QString& reason);

    bs::test::AppUnderTest m_app;
    QTemporaryDir& m_dir = m_app.dir;
    AppSettings* m_settings = nullptr;
    Session* m_session = nullptr;
    QQuickWindow* m_window = nullptr;
    bool m_serverChanged = false;
};

void TestOperatorGuiDevnet::initTestCase()
{
    QVERIFY(m_app.start());
    m_settings = m_app.settings.get();
    m_session = m_app.session.get();
    m_window = m_app.window;
    m_window->resize(1280, 800);
}

void TestOperatorGuiDevnet::cleanupTestCase()
{
    // The devnet's server honest for whatever runs next, also when a check above failed.
    if (m_serverChanged)
        devnet({QStringLiteral("server"), QStringLiteral("honest")});
    m_app.stop();
}

bool TestOperatorGuiDevnet::changeStatus(const QString& providerId,
                                      const QString& button,
                                      const QString& reason)
{
    OperatorPages* pages = m_session->operatorPages();
    // The row is found through the search, as a user would.
    if (!setText(QStringLiteral("providerSearch"), providerId))
        return false;
    if (!click(QStringLiteral("provider_") + providerId))
        return false;
    if (pages->providerDetail()->providerId() != providerId)
        return false;
    if (!click(button))
        return false;
    if (!setText(QStringLiteral("reasonField"), reason))
        return false;
    if (!click(QStringLiteral("statusConfirm")))
        return false;
    return finish(pages->providers()->task());
}

void TestOperatorGuiDevnet::operatorDay()
{
    const QString networkFile = qEnvironmentVariable("NETWORK_JSON");
    QFile nf(networkFile);
    QVERIFY2(nf.open(QIODevice::ReadOnly), qPrintable(networkFile));
    const QJsonObject network = QJsonDocument::fromJson(nf.readAll()).object();
    const QString operatorKey = network.value(QStringLiteral("accounts"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("privateKey"))
                                    .toString();
    QVERIFY(operatorKey.startsWith(QStringLiteral("0x")));

    // The devnet's side first: the operator's eERC account funded, two fresh providers.
    const QJsonObject setup = devnet({QStringLiteral("setup")});
    const QJsonArray registered = setup.value(QStringLiteral("providers")).toArray();
    QCOMPARE(registered.size(), 2);
    QStringList ids, keys;
    for (const QJsonValue& p : registered) {
        ids << p.toObject().value(QStringLiteral("providerId")).toString();
        keys << p.toObject().value(QStringLiteral("key")).toString();
    }
    ids.sort(); // the order of the allocation table
    for (const QJsonValue& p : registered) {
        const int at = int(ids.indexOf(p.toObject().value(QStringLiteral("providerId")).toString()));
        keys[at] = p.toObject().value(QStringLiteral("key")).toString();
    }

    // The operator vault, with the CLI (operator onboarding in the app is another page's).
    const QString profiles = m_dir.filePath(QStringLiteral("profiles"));
    QDir().mkpath(profiles);
    const QString vaultFile = profiles + QStringLiteral("/operator.vault");
    const QString passFile = m_dir.filePath(QStringLiteral("passphrase"));
    const QString keyFile = m_dir.filePath(QStringLiteral("operator.key"));
    const QByteArray passphrase = "operator passphrase for the gui e2e";
    {
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(passphrase + '\n');
        QFile k(keyFile);
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write(operatorKey.toLatin1() + '\n');
        for (QFile* secret : {&f, &k})
            QVERIFY(secret->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedChannels);
    cli.start(qEnvironmentVariable("BSHIELD"),
              {QStringLiteral("vault"), QStringLiteral("create"), QStringLiteral("--vault"),
               vaultFile, QStringLiteral("--passphrase-file"), passFile,
               QStringLiteral("--network"), networkFile, QStringLiteral("--wallet-key-file"),
               keyFile, QStringLiteral("--role"), QStringLiteral("operator"),
               QStringLiteral("--name"), QStringLiteral("GUI operator")});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    QFile::remove(keyFile);

    // Unlock it in the app: the operator's pages open.
    m_session->reloadProfiles();
    m_session->cancelAddProfile(); // the unlock screen, with the new vault listed
    QCOMPARE(m_session->state(), QStringLiteral("locked"));
    SecretField field;
    field.append(QString::fromLatin1(passphrase));
    m_session->unlock(vaultFile, &field);
    QVERIFY(finish(m_session->unlockTask(), 60));
    QCOMPARE(m_session->state(), QStringLiteral("unlocked"));
    QCOMPARE(m_session->role(), QStringLiteral("operator"));
    OperatorPages* pages = m_session->operatorPages();
    QVERIFY(pages);
    QVERIFY(!m_session->provider());
    QVERIFY(finish(pages->providers()->task()));
    QVERIFY(finish(pages->servers()->task()));
    QVERIFY(finish(pages->cycles()->task()));
    for (const QString& id : ids) {
        const auto p = pages->providers()->provider(id);
        QVERIFY2(p, qPrintable(id));
        QCOMPARE(p->status, bs::operator_api::ProviderStatus::Registered);
        QVERIFY(p->onchainRegistered);
    }
    // The status filter and the search, through the page's controls.
    pages->providers()->setStatusFilter(ProvidersModel::StatusRegistered);
    QVERIFY(pages->providers()->count() >= 2);
    pages->providers()->setStatusFilter(-1);
    shot(QStringLiteral("providers"), QStringLiteral("1-providers-registered"));

    // Approve both (integrated).
    for (const QString& id : ids) {
        QVERIFY(changeStatus(id, QStringLiteral("approveButton"), QStringLiteral("wired into FlowMCP")));
        QCOMPARE(pages->providers()->provider(id)->status,
                 bs::operator_api::ProviderStatus::Integrated);
    }
    QVERIFY(finish(pages->providerDetail()->task()));
    shot({}, QStringLiteral("2-providers-approved"));

    // A usage server: created through the dialog, its token shown once.
    shot(QStringLiteral("servers"), QStringLiteral("3-servers"));
    QVERIFY(click(QStringLiteral("newServerButton")));
    QVERIFY(setText(QStringLiteral("serverNameField"), QStringLiteral("flowmcp-gui-e2e")));
    QVERIFY(click(QStringLiteral("createServerConfirm")));
    QVERIFY(finish(pages->servers()->task()));
    QVERIFY(pages->servers()->hasToken());
    const QString serverId = pages->servers()->tokenServerId();
    const std::span<const char> tokenChars = pages->servers()->token();
    const QString token = QString::fromLatin1(tokenChars.data(), qsizetype(tokenChars.size()));
    QVERIFY(token.size() >= 16);
    QTRY_VERIFY(item(QStringLiteral("tokenView"))->property("visible").toBool());
    QVERIFY(!item(QStringLiteral("tokenView"))->property("empty").toBool());
    shot({}, QStringLiteral("4-servers-token"));
    QVERIFY(click(QStringLiteral("tokenDone")));
    QTRY_VERIFY(!pages->servers()->hasToken());

    // Usage in a period of this run alone: an hour of a random day of 2004.
    const QDateTime from = QDateTime(QDate(2004, 1, 1), QTime(0, 0), QTimeZone::utc())
                               .addSecs(qint64(QRandomGenerator::global()->bounded(360 * 24)) * 3600);
    const QDateTime to = from.addSecs(3600);
    const QJsonObject submitted =
        devnet({QStringLiteral("usage"), token, rfc3339(from), rfc3339(to),
                ids.at(0) + QStringLiteral("=300"), ids.at(1) + QStringLiteral("=100")});
    const int usageStatus = submitted.value(QStringLiteral("status")).toInt();
    QVERIFY2(usageStatus == 200 || usageStatus == 201 || usageStatus == 202,
             qPrintable(QString::number(usageStatus)));

    // New cycle: bad input first, each a sentence with nothing sent.
    shot(QStringLiteral("cycles"), QStringLiteral("5-cycles"));
    NewCycleModel* newCycle = pages->newCycle();
    QVERIFY(click(QStringLiteral("newCycleButton")));
    QVERIFY(finish(newCycle->task(), 120));
    QVERIFY(newCycle->fundingState() == NewCycleModel::FundingVerified);
    const int cyclesBefore = pages->cycles()->count();
    QVERIFY(setText(QStringLiteral("periodFrom"), rfc3339(from)));
    QVERIFY(setText(QStringLiteral("periodTo"), rfc3339(to)));
    struct Bad
    {
        QString from, to, pool;
    };
    for (const Bad& b : {Bad{rfc3339(from), rfc3339(to), QStringLiteral("1.1234567")},
                         Bad{rfc3339(from), rfc3339(to), QStringLiteral("100000000")},
                         Bad{rfc3339(from), rfc3339(from), QStringLiteral("1.5")}}) {
        QVERIFY(setText(QStringLiteral("periodFrom"), b.from));
        QVERIFY(setText(QStringLiteral("periodTo"), b.to));
        QVERIFY(setText(QStringLiteral("poolField"), b.pool));
        QVERIFY(item(QStringLiteral("inputProblem"))->property("visible").toBool());
        QVERIFY(!item(QStringLiteral("inputProblem"))->property("text").toString().isEmpty());
        QVERIFY(!item(QStringLiteral("previewButton"))->property("enabled").toBool());
        QVERIFY(!item(QStringLiteral("startCycle"))->property("enabled").toBool());
    }
    shot({}, QStringLiteral("6-new-cycle-bad-input"));
    QVERIFY(setText(QStringLiteral("periodTo"), rfc3339(to)));
    QVERIFY(setText(QStringLiteral("poolField"), QStringLiteral("1.5")));
    QVERIFY(!item(QStringLiteral("inputProblem"))->property("visible").toBool());

    // The dry run: 300 and 100 calls of a pool of 1.5, i.e. 1.125 and 0.375, recomputed here.
    QVERIFY(click(QStringLiteral("previewButton")));
    QVERIFY(finish(newCycle->task(), 120));
    QCOMPARE(newCycle->phase(), NewCycleModel::PhasePreviewed);
    QVERIFY2(newCycle->recomputedOk(), qPrintable(newCycle->differences().join(u'\n')));
    QVERIFY(newCycle->sumMatchesPool());
    QCOMPARE(newCycle->allocations()->rowCount(), 2);
    const QStringList expected{QStringLiteral("1.125"), QStringLiteral("0.375")};
    for (int i = 0; i < 2; ++i) {
        const QModelIndex row = newCycle->allocations()->index(i);
        QCOMPARE(row.data(AllocationsModel::ProviderIdRole).toString(), ids.at(i));
        QCOMPARE(row.data(AllocationsModel::AmountRole).toString(),
                 displayAmount(*bs::ledger::parseAmount(expected.at(i).toStdString(), 6), 6));
    }
    QCOMPARE(pages->cycles()->count(), cyclesBefore); // a dry run starts nothing
    shot({}, QStringLiteral("7-new-cycle-preview"));

    // Start, and follow it live to its end.
    QVERIFY(click(QStringLiteral("startCycle")));
    QVERIFY(finish(newCycle->task(), 120));
    QCOMPARE(newCycle->phase(), NewCycleModel::PhaseStarted);
    CycleDetailModel* progress = newCycle->progress();
    const QString cycleId = progress->cycleId();
    QVERIFY(cycleId.startsWith(QStringLiteral("cyc_")));
    shot({}, QStringLiteral("8-new-cycle-running"));
    QVERIFY(finish(progress->task(), 900));
    QCOMPARE(progress->status(), int(CyclesModel::StatusCompleted));
    QCOMPARE(progress->confirmed(), 2);
    shot({}, QStringLiteral("9-new-cycle-completed"));
    QVERIFY(click(QStringLiteral("closeNewCycle")));
    QCOMPARE(pages->cycles()->cycle(cycleId)->status, bs::operator_api::CycleStatus::Completed);
    // Each provider decrypts exactly its amount (the devnet's JS client, fresh accounts).
    const QStringList baseUnits{QStringLiteral("1125000"), QStringLiteral("375000")};
    for (int i = 0; i < 2; ++i)
        QCOMPARE(devnet({QStringLiteral("balance"), keys.at(i)}).value(QStringLiteral("total")).toString(),
                 baseUnits.at(i));
    pages->cycleDetail()->select(cycleId);
    shot({}, QStringLiteral("10-cycles-completed"));

    // A cycle whose payment fails (the devnet's fail-transfer switch makes each cycle's first
    // attempt fail before anything is sent), then its retry from the dialog pays it.
    m_serverChanged = true;
    QCOMPARE(devnet({QStringLiteral("server"), QStringLiteral("fail-transfer")})
                 .value(QStringLiteral("server"))
                 .toString(),
             QStringLiteral("fail-transfer"));
    const QDateTime from2 = to.addSecs(3600);
    const QDateTime to2 = from2.addSecs(3600);
    const QJsonObject submitted2 = devnet({QStringLiteral("usage"), token, rfc3339(from2),
                                           rfc3339(to2), ids.at(0) + QStringLiteral("=50")});
    QVERIFY(submitted2.value(QStringLiteral("status")).toInt() / 100 == 2);
    QVERIFY(click(QStringLiteral("newCycleButton")));
    QVERIFY(finish(newCycle->task(), 120));
    QVERIFY(setText(QStringLiteral("periodFrom"), rfc3339(from2)));
    QVERIFY(setText(QStringLiteral("periodTo"), rfc3339(to2)));
    QVERIFY(setText(QStringLiteral("poolField"), QStringLiteral("0.5")));
    QVERIFY(click(QStringLiteral("previewButton")));
    QVERIFY(finish(newCycle->task(), 120));
    QCOMPARE(newCycle->phase(), NewCycleModel::PhasePreviewed);
    QVERIFY(click(QStringLiteral("startCycle")));
    QVERIFY(finish(newCycle->task(), 120));
    QCOMPARE(newCycle->phase(), NewCycleModel::PhaseStarted);
    CycleDetailModel* retried = newCycle->progress();
    const QString failedId = retried->cycleId();
    QTRY_VERIFY_WITH_TIMEOUT(!retried->task()->running(), 600000);
    QCOMPARE(retried->status(), int(CyclesModel::StatusFailed));
    QVERIFY2(retried->error().contains(QStringLiteral("fail-transfer")),
             qPrintable(retried->error()));
    QVERIFY(retried->canRetry());
    QCOMPARE(retried->confirmed(), 0);
    pages->cycleDetail()->select(failedId); // the Cycles page behind shows it too
    QCOMPARE(pages->cycleDetail()->status(), int(CyclesModel::StatusFailed));
    shot({}, QStringLiteral("10b-new-cycle-failed"));
    // The dialog's Retry (the Cycles page behind it shows the same cycle with its own).
    QVERIFY(bs::test::clickIn(m_window, QStringLiteral("newCycleDialog"), QStringLiteral("retryCycle")));
    QVERIFY(finish(retried->task(), 900));
    QCOMPARE(retried->cycleId(), failedId); // the same cycle, not a new one
    QCOMPARE(retried->status(), int(CyclesModel::StatusCompleted));
    QCOMPARE(retried->confirmed(), 1);
    QVERIFY(!retried->canRetry());
    // The page's view of the same cycle follows what the dialog's learnt.
    QTRY_COMPARE(pages->cycleDetail()->status(), int(CyclesModel::StatusCompleted));
    shot({}, QStringLiteral("10c-new-cycle-retried"));
    QVERIFY(click(QStringLiteral("closeNewCycle")));
    QCOMPARE(devnet({QStringLiteral("server"), QStringLiteral("honest")})
                 .value(QStringLiteral("server"))
                 .toString(),
             QStringLiteral("honest"));
    m_serverChanged = false;
    // 1.125 + 0.5: the provider decrypts both cycles' payouts.
    QCOMPARE(
        devnet({QStringLiteral("balance"), keys.at(0)}).value(QStringLiteral("total")).toString(),
        QStringLiteral("1625000"));

    // Suspend one provider, with a reason.
    show(QStringLiteral("providers"));
    QVERIFY(changeStatus(ids.at(1), QStringLiteral("suspendButton"), QStringLiteral("abuse reported")));
    QCOMPARE(pages->providers()->provider(ids.at(1))->status,
             bs::operator_api::ProviderStatus::Suspended);
    QVERIFY(finish(pages->providerDetail()->task()));
    QVERIFY(pages->providerDetail()->rowCount() >= 1); // its usage and payout of the cycle
    shot({}, QStringLiteral("11-provider-suspended"));

    // Revoke the server after the confirmation: its token is refused from then on.
    show(QStringLiteral("servers"));
    QVERIFY(click(QStringLiteral("revoke_") + serverId));
    QVERIFY(click(QStringLiteral("revokeConfirm")));
    QVERIFY(finish(pages->servers()->task()));
    const QJsonObject refused =
        devnet({QStringLiteral("usage"), token, rfc3339(from), rfc3339(to),
                ids.at(0) + QStringLiteral("=1")});
    QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 401);
    shot({}, QStringLiteral("12-servers-revoked"));

    shootAll(QStringLiteral("page"));
}

QTEST_MAIN(TestOperatorGuiDevnet)
#include "tst_operator_gui_devnet.moc"
