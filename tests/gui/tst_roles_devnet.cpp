// SPDX-License-Identifier: GPL-3.0-or-later
// Onboarding for the auditor and the operator through the real window against the devnet,
// and the restore of a backup made by the command line. The devnet's network.json (written
// by its deploy script, not by our code) names the accounts: the operator is account 0, the
// auditor account 1, account 2 is neither. Screenshots go to <build>/screenshots/roles-*.png.
#include "appsettings.h"
#include "guiapp.h"
#include "onboarding.h"
#include "restore_model.h"
#include "secretfield.h"
#include "session.h"
#include "vault/kdf.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(BackendShieldPlugin)

using namespace bs::gui;

namespace {

struct Account
{
    QString address;
    QString privateKey;
};

// Account `index` of the devnet's network.json.
Account devnetAccount(int index)
{
    QFile f(qEnvironmentVariable("NETWORK_JSON"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QJsonValue& a : QJsonDocument::fromJson(f.readAll())["accounts"].toArray()) {
        if (a["index"].toInt() == index)
            return {a["address"].toString(), a["privateKey"].toString()};
    }
    return {};
}

// Waits for `task` to finish; true when it succeeded.
bool finish(Task* task, int seconds = 120)
{
    if (task->running()) {
        QSignalSpy done(task, &Task::finished);
        if (!done.wait(seconds * 1000))
            return false;
    }
    if (!task->error().isEmpty())
        qWarning("task failed: %s", qPrintable(task->error()));
    return task->error().isEmpty();
}

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

const char kPass[] = "plum kettle orbit 42 lantern";

} // namespace

class TestRolesDevnet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onboardAuditor();
    void onboardOperator();
    void restoreCliBackup();
    void cleanupTestCase();

private:
    QObject* item(const QString& name);
    bool visible(const QString& name);
    bool click(const QString& name);
    void shot(const QString& name);
    SecretField* field(const QString& name);
    // Welcome -> role -> the devnet -> the key step, as a user clicks it.
    void reachKeyStep(const QString& roleButton);
    // The key step onwards with `key`: checked, vault written, no circuit files, opened.
    void importCreateAndOpen(const Account& account, const QString& name, const QString& shots);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Onboarding> m_onboarding;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
};

void TestRolesDevnet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!devnetAccount(1).privateKey.isEmpty(), "NETWORK_JSON names no devnet accounts");
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
}

QObject* TestRolesDevnet::item(const QString& name)
{
    QTest::qWait(50); // let bindings and loaders settle
    QObject* found = findItem(m_window->contentItem(), name);
    if (!found)
        qWarning("no item named %s", qPrintable(name));
    return found;
}

bool TestRolesDevnet::visible(const QString& name)
{
    auto* it = qobject_cast<QQuickItem*>(item(name));
    return it && it->isVisible();
}

bool TestRolesDevnet::click(const QString& name)
{
    auto* button = qobject_cast<QQuickItem*>(item(name));
    if (!button || !button->isVisible() || !button->property("enabled").toBool()) {
        qWarning("%s is missing, hidden or disabled", qPrintable(name));
        return false;
    }
    const QPointF centre = button->mapToScene(QPointF(button->width() / 2, button->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

SecretField* TestRolesDevnet::field(const QString& name)
{
    return qobject_cast<SecretField*>(item(name));
}

void TestRolesDevnet::shot(const QString& name)
{
    QTest::qWait(400);
    const QString dir = QStringLiteral(BS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(m_window->grabWindow().save(dir + QStringLiteral("/roles-") + name +
                                        QStringLiteral(".png")));
}

void TestRolesDevnet::reachKeyStep(const QString& roleButton)
{
    QVERIFY(click(QStringLiteral("welcomeStart")));
    QVERIFY(click(roleButton));
    QVERIFY(visible(QStringLiteral("roleNote")));
    QVERIFY(click(QStringLiteral("roleNext")));
    QVERIFY(click(QStringLiteral("preset_devnet")));
    QVERIFY(click(QStringLiteral("networkConnect")));
    QVERIFY(finish(m_onboarding->task()));
    QVERIFY(click(QStringLiteral("networkNext")));
    // Only a provider's key can be made here.
    QVERIFY(!visible(QStringLiteral("keyGenerate")));
}

void TestRolesDevnet::importCreateAndOpen(const Account& account,
                                          const QString& name,
                                          const QString& shots)
{
    // A key of neither account first: refused with a sentence naming both addresses.
    const Account other = devnetAccount(2);
    field(QStringLiteral("keyHex"))->append(other.privateKey);
    QVERIFY(click(QStringLiteral("keyImport")));
    QVERIFY(finish(m_onboarding->keyTask()));
    QVERIFY(visible(QStringLiteral("keyProblem")));
    const QString problem = item(QStringLiteral("keyProblem"))->property("text").toString();
    QVERIFY2(problem.contains(other.address) && problem.contains(account.address),
             qPrintable(problem));
    QVERIFY(!item(QStringLiteral("keyNext"))->property("enabled").toBool());
    shot(shots + QStringLiteral("-1-wrong-key"));

    // The role's key: checked (for the auditor also on chain), then accepted.
    field(QStringLiteral("keyHex"))->append(account.privateKey);
    QVERIFY(click(QStringLiteral("keyImport")));
    QVERIFY(finish(m_onboarding->keyTask()));
    QVERIFY2(m_onboarding->keyProblem().isEmpty(), qPrintable(m_onboarding->keyProblem()));
    QVERIFY(m_onboarding->keyAccepted());
    QCOMPARE(m_onboarding->address(), account.address);
    shot(shots + QStringLiteral("-2-key-checked"));
    QVERIFY(click(QStringLiteral("keyNext")));

    QVERIFY(item(QStringLiteral("profileName"))->setProperty("text", name));
    field(QStringLiteral("passphrase"))->append(QString::fromLatin1(kPass));
    field(QStringLiteral("passphraseConfirm"))->append(QString::fromLatin1(kPass));
    QVERIFY(click(QStringLiteral("createVault")));
    QVERIFY(finish(m_onboarding->task()));
    QVERIFY(m_onboarding->created());
    // No proofs on this computer for these roles: no circuit files to fetch.
    QVERIFY(!visible(QStringLiteral("fetchCircuits")));
    shot(shots + QStringLiteral("-3-backup"));
    QVERIFY(click(QStringLiteral("onboardingFinish")));
    QCOMPARE(m_session->state(), QStringLiteral("unlocked"));
    QCOMPARE(m_session->address(), account.address);
    QVERIFY(!m_session->provider());
}

void TestRolesDevnet::onboardAuditor()
{
    reachKeyStep(QStringLiteral("roleAuditor"));
    importCreateAndOpen(devnetAccount(1), QStringLiteral("Devnet auditor"),
                        QStringLiteral("auditor"));
    QCOMPARE(m_session->role(), QStringLiteral("auditor"));
    shot(QStringLiteral("auditor-4-first-page"));
}

void TestRolesDevnet::onboardOperator()
{
    m_session->addProfile();
    QCOMPARE(m_session->state(), QStringLiteral("welcome"));
    reachKeyStep(QStringLiteral("roleOperator"));
    importCreateAndOpen(devnetAccount(0), QStringLiteral("Devnet operator"),
                        QStringLiteral("operator"));
    QCOMPARE(m_session->role(), QStringLiteral("operator"));
    shot(QStringLiteral("operator-4-first-page"));
}

void TestRolesDevnet::restoreCliBackup()
{
    // An operator vault made and backed up by `bshield`, from the devnet's network file.
    const Account op = devnetAccount(0);
    const QString keyFile = m_dir.filePath(QStringLiteral("operator.key"));
    const QString passFile = m_dir.filePath(QStringLiteral("pass.txt"));
    const QString backupPassFile = m_dir.filePath(QStringLiteral("backup-pass.txt"));
    const QString vault = m_dir.filePath(QStringLiteral("cli.vault"));
    const QString backup = m_dir.filePath(QStringLiteral("cli-operator.bsbackup"));
    const auto write = [](const QString& path, const QByteArray& bytes) {
        QFile f(path);
        // Secrets in files only the user reads (bshield warns about anything else).
        return f.open(QIODevice::WriteOnly) &&
               f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
               f.write(bytes) == bytes.size();
    };
    QVERIFY(write(keyFile, op.privateKey.toLatin1() + "\n"));
    QVERIFY(write(passFile, "cli vault passphrase 77\n"));
    QVERIFY(write(backupPassFile, "copper meadow 17 lantern\n"));
    const auto bshield = [](const QStringList& args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(qEnvironmentVariable("BSHIELD"), args);
        return p.waitForFinished(120000) && p.exitCode() == 0;
    };
    QVERIFY(bshield({QStringLiteral("vault"), QStringLiteral("create"), QStringLiteral("--vault"),
                     vault, QStringLiteral("--passphrase-file"), passFile,
                     QStringLiteral("--wallet-key-file"), keyFile, QStringLiteral("--role"),
                     QStringLiteral("operator"), QStringLiteral("--name"),
                     QStringLiteral("CLI operator"), QStringLiteral("--network"),
                     qEnvironmentVariable("NETWORK_JSON")}));
    QVERIFY(bshield({QStringLiteral("vault"), QStringLiteral("backup"), QStringLiteral("--vault"),
                     vault, QStringLiteral("--passphrase-file"), passFile,
                     QStringLiteral("--out"), backup, QStringLiteral("--backup-passphrase-file"),
                     backupPassFile}));
    QVERIFY(QFile::exists(backup));

    m_session->addProfile();
    QVERIFY(click(QStringLiteral("welcomeRestore")));
    QVERIFY(visible(QStringLiteral("restoreStart")));
    QVERIFY(!item(QStringLiteral("restoreStart"))->property("enabled").toBool());
    // The file dialog is the platform's; the view model takes its answer.
    m_onboarding->restore()->chooseBackup(QUrl::fromLocalFile(backup));
    QCOMPARE(item(QStringLiteral("restoreName"))->property("text").toString(),
             QStringLiteral("cli-operator"));
    field(QStringLiteral("restoreBackupPassphrase"))->append(QStringLiteral("copper meadow 71"));
    field(QStringLiteral("restoreNewPassphrase"))->append(QStringLiteral("violet harbour 19 quiet mill"));
    field(QStringLiteral("restoreConfirm"))->append(QStringLiteral("violet harbour 19 quiet mill"));
    shot(QStringLiteral("restore-1-filled"));
    QVERIFY(click(QStringLiteral("restoreStart")));
    QVERIFY(!finish(m_onboarding->restore()->task()));
    QVERIFY(m_onboarding->restore()->task()->error().contains(
        QStringLiteral("wrong backup passphrase")));
    QCOMPARE(m_session->state(), QStringLiteral("welcome"));
    shot(QStringLiteral("restore-2-wrong-passphrase"));

    field(QStringLiteral("restoreBackupPassphrase"))->append(QStringLiteral("copper meadow 17 lantern"));
    field(QStringLiteral("restoreNewPassphrase"))->append(QStringLiteral("violet harbour 19 quiet mill"));
    field(QStringLiteral("restoreConfirm"))->append(QStringLiteral("violet harbour 19 quiet mill"));
    QVERIFY(click(QStringLiteral("restoreStart")));
    QVERIFY(finish(m_onboarding->restore()->task()));
    QCOMPARE(m_session->state(), QStringLiteral("unlocked"));
    QCOMPARE(m_session->role(), QStringLiteral("operator"));
    QCOMPARE(m_session->address(), op.address);
    QCOMPARE(m_session->profileName(), QStringLiteral("CLI operator"));
    shot(QStringLiteral("restore-3-opened"));
}

void TestRolesDevnet::cleanupTestCase()
{
    m_engine.reset();
    m_onboarding.reset();
    m_session.reset();
    bs::vault::testing::allowWeakKdf(false);
}

QTEST_MAIN(TestRolesDevnet)
#include "tst_roles_devnet.moc"
