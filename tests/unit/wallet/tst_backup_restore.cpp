// SPDX-License-Identifier: GPL-3.0-or-later
// wallet::restoreProfile: a backup made by one vault becomes a new vault under a new
// passphrase, opened as a profile with the same role, network and keys. The keys are checked
// against tests/data/key-derivation.json (Hardhat's account 0 and its eERC key, derived by the
// SDK's rules with ethers), not against what the vault stored. Every refusal writes nothing.
#include "../testing.h"
#include "../vault/vault_testing.h"
#include "vault/vault.h"
#include "vault/vault_header.h"
#include "wallet/backup_restore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace bs;

namespace {

struct Vector
{
    std::string walletHex;
    crypto::AffinePoint publicKey;
};

Vector vector0()
{
    const QJsonObject d =
        test::loadJson("key-derivation.json")["derivations"].toArray().at(0).toObject();
    const QJsonArray pk = d["publicKey"].toArray();
    return {d["ethPrivateKey"].toString().toStdString(),
            {test::fr(pk.at(0)), test::fr(pk.at(1))}};
}

const char kBackupPass[] = "copper meadow 17 lantern";
const char kNewPass[] = "violet harbour 19 quiet mill";

std::span<const char> pass(const char* s)
{
    return {s, std::strlen(s)};
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    // A vault with Hardhat's key 0 for `profile`, backed up to `backupName`.
    void makeBackup(const vault::Profile& profile, const char* vaultName, const char* backupName)
    {
        vault::InitialKeys keys;
        keys.walletKey = crypto::EcdsaPrivateKey::fromHex(vector0().walletHex).value();
        auto v = vault::Vault::create(path(vaultName), profile, test::pass("old vault pass"), keys,
                                      test::kFastKdf);
        QVERIFY2(v, v ? "" : v.error().message.c_str());
        auto written = v->exportBackup(path(backupName), pass(kBackupPass), test::kFastKdf);
        QVERIFY2(written, written ? "" : written.error().message.c_str());
    }

    // Nothing of a vault at `target`: neither the database nor its header.
    static bool noVaultAt(const QString& target)
    {
        return !QFileInfo::exists(target) &&
               !QFileInfo::exists(vault::VaultHeader::pathFor(target));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        vault::testing::allowWeakKdf(true);
        vault::Profile auditor = test::sampleProfile();
        auditor.name = QStringLiteral("Audit desk");
        auditor.role = vault::Role::Auditor;
        makeBackup(auditor, "original.vault", "desk.bsbackup");
    }

    void restoresRoleNetworkAndKeys()
    {
        const QString target = path("restored.vault");
        auto restored = wallet::restoreProfile(path("desk.bsbackup"), pass(kBackupPass), target,
                                               pass(kNewPass), path("circuits"), test::kFastKdf);
        QVERIFY2(restored, restored ? "" : restored.error().message.c_str());
        wallet::Profile& p = **restored;
        QCOMPARE(p.info().name, QStringLiteral("Audit desk"));
        QCOMPARE(p.info().role, vault::Role::Auditor);
        QCOMPARE(p.network(), *test::sampleProfile().network);
        QCOMPARE(p.address().toChecksumHex(),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(p.keys().eerc.publicKey().toAffine(), vector0().publicKey);
        QCOMPARE(p.vaultPath(), target);
        QCOMPARE(p.artifactDir(), path("circuits"));
        const auto log = p.activity().entries();
        QCOMPARE(log.size(), std::size_t(1));
        QVERIFY(log.front().text.contains(QStringLiteral("desk.bsbackup")));
        p.close();

        // The new vault opens with the new passphrase only.
        auto v = vault::Vault::open(target);
        QVERIFY(v);
        QVERIFY(!v->unlock(pass(kBackupPass)));
        QVERIFY(!v->unlock(test::pass("old vault pass")));
        auto unlocked = v->unlock(pass(kNewPass));
        QVERIFY2(unlocked, unlocked ? "" : unlocked.error().message.c_str());
        QCOMPARE(vault::Vault::info(target)->role, vault::Role::Auditor);
    }

    void newVaultIsCalibratedByDefault()
    {
        // No parameters given: the production path, scrypt calibrated on this machine.
        const QString target = path("calibrated.vault");
        auto restored = wallet::restoreProfile(path("desk.bsbackup"), pass(kBackupPass), target,
                                               pass(kNewPass), path("circuits"));
        QVERIFY2(restored, restored ? "" : restored.error().message.c_str());
        (*restored)->close();
        auto v = vault::Vault::open(target);
        QVERIFY(v);
        QVERIFY(v->kdfParams().n >= vault::KdfParams::minimum().n);
        QCOMPARE(v->kdfParams().r, 8u);
    }

    void wrongBackupPassphraseWritesNothing()
    {
        const QString target = path("wrong-pass.vault");
        auto restored = wallet::restoreProfile(path("desk.bsbackup"), pass("copper meadow 71"),
                                               target, pass(kNewPass), path("circuits"),
                                               test::kFastKdf);
        QVERIFY(!restored);
        QVERIFY2(QString::fromStdString(restored.error().message)
                     .contains(QStringLiteral("wrong backup passphrase")),
                 restored.error().message.c_str());
        QVERIFY(noVaultAt(target));
    }

    void damagedOrForeignFileWritesNothing()
    {
        // One bit of the ciphertext flipped: the GCM tag fails.
        const QString damaged = path("damaged.bsbackup");
        QVERIFY(QFile::copy(path("desk.bsbackup"), damaged));
        const qint64 size = QFileInfo(damaged).size();
        test::flipBit(damaged, size - 40);
        const QString target = path("damaged.vault");
        auto restored = wallet::restoreProfile(damaged, pass(kBackupPass), target, pass(kNewPass),
                                               path("circuits"), test::kFastKdf);
        QVERIFY(!restored);
        QVERIFY2(QString::fromStdString(restored.error().message).contains(QStringLiteral("altered")),
                 restored.error().message.c_str());
        QVERIFY(noVaultAt(target));

        // Cut short: its length is wrong.
        const QString truncated = path("truncated.bsbackup");
        test::writeAll(truncated, test::readAll(path("desk.bsbackup")).left(int(size) - 10));
        restored = wallet::restoreProfile(truncated, pass(kBackupPass), target, pass(kNewPass),
                                          path("circuits"), test::kFastKdf);
        QVERIFY(!restored);
        QVERIFY2(QString::fromStdString(restored.error().message).contains(QStringLiteral("damaged")),
                 restored.error().message.c_str());
        QVERIFY(noVaultAt(target));

        // Some other file (the vault database itself).
        restored = wallet::restoreProfile(path("original.vault"), pass(kBackupPass), target,
                                          pass(kNewPass), path("circuits"), test::kFastKdf);
        QVERIFY(!restored);
        QVERIFY2(QString::fromStdString(restored.error().message)
                     .contains(QStringLiteral("not a BackendShield vault backup")),
                 restored.error().message.c_str());
        QVERIFY(noVaultAt(target));
    }

    void newerFormatIsRefused()
    {
        // Version 2 in the header (bytes 8..9, big-endian), the rest untouched.
        QByteArray bytes = test::readAll(path("desk.bsbackup"));
        bytes[8] = 0;
        bytes[9] = 2;
        const QString newer = path("newer.bsbackup");
        test::writeAll(newer, bytes);
        const QString target = path("newer.vault");
        auto restored = wallet::restoreProfile(newer, pass(kBackupPass), target, pass(kNewPass),
                                               path("circuits"), test::kFastKdf);
        QVERIFY(!restored);
        const QString message = QString::fromStdString(restored.error().message);
        QVERIFY2(message.contains(QStringLiteral("format version 2")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("use a newer BackendShield")), qPrintable(message));
        QVERIFY(noVaultAt(target));
    }

    void existingTargetIsLeftAlone()
    {
        const QString target = path("original.vault");
        const QByteArray before = test::readAll(target);
        auto restored = wallet::restoreProfile(path("desk.bsbackup"), pass(kBackupPass), target,
                                               pass(kNewPass), path("circuits"), test::kFastKdf);
        QVERIFY(!restored);
        QVERIFY2(QString::fromStdString(restored.error().message)
                     .contains(QStringLiteral("original.vault exists already")),
                 restored.error().message.c_str());
        QCOMPARE(test::readAll(target), before);
        // The old passphrase still opens it.
        auto v = vault::Vault::open(target);
        QVERIFY(v && v->unlock(test::pass("old vault pass")));
    }

    void missingBackupFile()
    {
        const QString target = path("missing.vault");
        auto restored = wallet::restoreProfile(path("nowhere.bsbackup"), pass(kBackupPass), target,
                                               pass(kNewPass), path("circuits"), test::kFastKdf);
        QVERIFY(!restored);
        QVERIFY2(QString::fromStdString(restored.error().message).contains(QStringLiteral("no file")),
                 restored.error().message.c_str());
        restored = wallet::restoreProfile(m_dir.path(), pass(kBackupPass), target, pass(kNewPass),
                                          path("circuits"), test::kFastKdf);
        QVERIFY(!restored);
        QVERIFY(noVaultAt(target));
    }

    void backupWithoutNetworkLeavesNoVault()
    {
        // `bshield vault create` without --network makes such a vault; the app cannot open it.
        vault::Profile bare;
        bare.name = QStringLiteral("No network");
        makeBackup(bare, "bare.vault", "bare.bsbackup");
        const QString target = path("bare-restored.vault");
        auto restored = wallet::restoreProfile(path("bare.bsbackup"), pass(kBackupPass), target,
                                               pass(kNewPass), path("circuits"), test::kFastKdf);
        QVERIFY(!restored);
        const QString message = QString::fromStdString(restored.error().message);
        QVERIFY2(message.contains(QStringLiteral("no network")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("nothing was restored")), qPrintable(message));
        QVERIFY(noVaultAt(target));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".lock")));
    }

    void cleanupTestCase() { vault::testing::allowWeakKdf(false); }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backup_restore.moc"
