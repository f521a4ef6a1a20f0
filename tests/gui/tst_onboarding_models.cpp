// SPDX-License-Identifier: GPL-3.0-or-later
// The onboarding view models without a network: the role's rules for the key, and the restore
// of a backup file into a new profile (the session opens it).
#include "appsettings.h"
#include "onboarding.h"
#include "restore_model.h"
#include "secretfield.h"
#include "session.h"
#include "task.h"
#include "vault/kdf.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace bs::gui;

namespace {

std::span<const char> text(const char* s)
{
    return {s, std::strlen(s)};
}

// Hardhat's (and the devnet's) well-known account 0: public knowledge, never a real key.
const char kKeyHex[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const char kAddress[] = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const char kBackupPass[] = "copper meadow 17 lantern";

// A network nobody serves (port 9 on loopback): neither onboarding nor the session needs it.
bs::chain::Network offlineNetwork()
{
    bs::chain::Network network;
    network.deployment.chainId = 43112;
    network.name = QStringLiteral("Nowhere");
    network.rpcUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    network.deployment.registrar =
        *bs::crypto::EthAddress::fromString("0x1111111111111111111111111111111111111111");
    network.deployment.encryptedErc =
        *bs::crypto::EthAddress::fromString("0x2222222222222222222222222222222222222222");
    network.deployment.token =
        *bs::crypto::EthAddress::fromString("0x3333333333333333333333333333333333333333");
    return network;
}

} // namespace

class TestOnboardingModels : public QObject
{
    Q_OBJECT

private slots:
    void roleDecidesTheKey();
    void restoreOpensTheBackedUpProfile();
};

void TestOnboardingModels::roleDecidesTheKey()
{
    QTemporaryDir dir;
    AppSettings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    Session session(dir.filePath(QStringLiteral("profiles")), &settings);
    Onboarding onboarding(&session);
    QCOMPARE(onboarding.role(), Onboarding::RoleProvider);
    QVERIFY(onboarding.canGenerateKey());
    QVERIFY(onboarding.needsCircuits());
    onboarding.generateKey();
    QVERIFY(onboarding.keyAccepted()); // anyone's key serves a provider

    // An auditor's key exists already: a key made here is dropped, none can be made.
    QSignalSpy roleChanged(&onboarding, &Onboarding::roleChanged);
    onboarding.setRole(Onboarding::RoleAuditor);
    QCOMPARE(roleChanged.count(), 1);
    QVERIFY(!onboarding.canGenerateKey());
    QVERIFY(!onboarding.needsCircuits());
    QCOMPARE(onboarding.address(), QString());
    onboarding.generateKey();
    QCOMPARE(onboarding.address(), QString());
    QVERIFY(!onboarding.keyAccepted());

    // An imported key is not accepted before the network vouches for it.
    SecretField field;
    field.append(QString::fromLatin1(kKeyHex));
    QVERIFY(onboarding.importKeyHex(&field));
    QCOMPARE(onboarding.address(), QString::fromLatin1(kAddress));
    QVERIFY(!onboarding.keyAccepted());
    QVERIFY2(onboarding.keyProblem().contains(QStringLiteral("Connect to the network first")),
             qPrintable(onboarding.keyProblem()));
    QCOMPARE(onboarding.expectedAddress(), QString());

    // The same key as a provider's: accepted; back to the operator: checked again.
    onboarding.setRole(Onboarding::RoleProvider);
    QVERIFY(onboarding.keyAccepted());
    QCOMPARE(onboarding.keyProblem(), QString());
    onboarding.setRole(Onboarding::RoleOperator);
    QCOMPARE(onboarding.address(), QString::fromLatin1(kAddress)); // imported keys stay
    QVERIFY(!onboarding.keyAccepted());

    onboarding.reset();
    QCOMPARE(onboarding.role(), Onboarding::RoleProvider);
    QCOMPARE(onboarding.address(), QString());
}

void TestOnboardingModels::restoreOpensTheBackedUpProfile()
{
    bs::vault::testing::allowWeakKdf(true);
    QTemporaryDir dir;
    const QString profiles = dir.filePath(QStringLiteral("profiles"));
    QDir().mkpath(profiles);
    // An auditor's vault elsewhere, backed up (as `bshield vault backup` does).
    bs::vault::Profile profile;
    profile.name = QStringLiteral("Audit desk");
    profile.role = bs::vault::Role::Auditor;
    profile.network = offlineNetwork();
    bs::vault::InitialKeys keys;
    keys.walletKey = bs::crypto::EcdsaPrivateKey::fromHex(kKeyHex).value();
    const QString backup = dir.filePath(QStringLiteral("desk.bsbackup"));
    {
        auto v = bs::vault::Vault::create(dir.filePath(QStringLiteral("elsewhere.vault")), profile,
                                          text("old vault pass 99"), keys,
                                          bs::vault::KdfParams::minimum());
        QVERIFY2(v, v ? "" : v.error().message.c_str());
        auto written =
            v->exportBackup(backup, text(kBackupPass), bs::vault::KdfParams::minimum());
        QVERIFY2(written, written ? "" : written.error().message.c_str());
    }
    AppSettings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    Session session(profiles, &settings);
    Onboarding onboarding(&session);
    const QString firstRun = session.state(); // no profile yet: the welcome
    RestoreModel* restore = onboarding.restore();
    restore->chooseBackup(QUrl::fromLocalFile(backup));
    QCOMPARE(restore->backupFile(), backup);
    QCOMPARE(restore->suggestedName(), QStringLiteral("desk"));
    QCOMPARE(restore->nameProblem(QStringLiteral("desk")), QString());

    SecretField backupPass, newPass, confirm;
    newPass.append(QStringLiteral("violet harbour 19 quiet mill"));
    confirm.append(QStringLiteral("violet harbour 19 quiet mil"));
    QVERIFY(!restore->passphraseProblem(&newPass, &confirm).isEmpty());
    confirm.append(QStringLiteral("l"));
    QCOMPARE(restore->passphraseProblem(&newPass, &confirm), QString());

    // A wrong backup passphrase: said, nothing written, the session stays as it was.
    backupPass.append(QStringLiteral("copper meadow 71 lantern"));
    QSignalSpy finished(restore->task(), &Task::finished);
    restore->restore(QStringLiteral("desk"), &backupPass, &newPass, &confirm);
    QCOMPARE(backupPass.length(), 0); // handed over and forgotten
    QCOMPARE(newPass.length(), 0);
    QVERIFY(finished.wait(20000));
    QVERIFY2(restore->task()->error().contains(QStringLiteral("wrong backup passphrase")),
             qPrintable(restore->task()->error()));
    QCOMPARE(session.state(), firstRun);
    QVERIFY(!QFileInfo::exists(QDir(profiles).filePath(QStringLiteral("desk.vault"))));

    // A damaged file: said as such.
    const QString cut = dir.filePath(QStringLiteral("cut.bsbackup"));
    {
        QFile in(backup);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().chopped(10));
    }
    restore->chooseBackup(QUrl::fromLocalFile(cut));
    backupPass.append(QString::fromLatin1(kBackupPass));
    newPass.append(QStringLiteral("violet harbour 19 quiet mill"));
    confirm.append(QStringLiteral("violet harbour 19 quiet mill"));
    restore->restore(QStringLiteral("cut"), &backupPass, &newPass, &confirm);
    QVERIFY(finished.wait(20000));
    QVERIFY2(restore->task()->error().contains(QStringLiteral("truncated or damaged")),
             qPrintable(restore->task()->error()));
    QCOMPARE(session.state(), firstRun);

    // The right one: the profile opens in the session, with its role and key.
    restore->chooseBackup(QUrl::fromLocalFile(backup));
    QSignalSpy restored(restore, &RestoreModel::restored);
    backupPass.append(QString::fromLatin1(kBackupPass));
    newPass.append(QStringLiteral("violet harbour 19 quiet mill"));
    confirm.append(QStringLiteral("violet harbour 19 quiet mill"));
    restore->restore(QStringLiteral("desk"), &backupPass, &newPass, &confirm);
    QVERIFY(finished.wait(20000));
    QVERIFY2(restore->task()->error().isEmpty(), qPrintable(restore->task()->error()));
    QCOMPARE(restored.count(), 1);
    QCOMPARE(session.state(), QStringLiteral("unlocked"));
    QCOMPARE(session.role(), QStringLiteral("auditor"));
    QCOMPARE(session.address(), QString::fromLatin1(kAddress));
    QVERIFY(!session.provider()); // an auditor gets no provider pages
    QVERIFY(QFileInfo::exists(QDir(profiles).filePath(QStringLiteral("desk.vault"))));
    QCOMPARE(restore->backupFile(), QString());
    // The name is taken now.
    QVERIFY(!restore->nameProblem(QStringLiteral("desk")).isEmpty());
    bs::vault::testing::allowWeakKdf(false);
}

QTEST_MAIN(TestOnboardingModels)
#include "tst_onboarding_models.moc"
