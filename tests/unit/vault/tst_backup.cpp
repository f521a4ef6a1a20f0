// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore: back up, delete, restore, compare; wrong backup passphrase; altered
// and truncated files; the documented file layout built by hand (so the format is pinned
// independently of the encoder); unknown versions and fields refused.
#include "crypto/secp256k1.h"
#include "vault/aes_gcm.h"
#include "vault/backup.h"
#include "vault/vault.h"
#include "vault/vault_header.h"
#include "vault_testing.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace bs::vault;
using bs::test::kFastKdf;
using bs::test::pass;
using bs::test::sampleProfile;

namespace {

constexpr char kWalletHex[] = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

QString str(const bs::Error& e)
{
    return QString::fromStdString(e.message);
}

bs::crypto::SecureBuffer text(std::string_view s)
{
    return bs::crypto::SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
}

QByteArray be(quint64 v, int n)
{
    QByteArray out(n, '\0');
    for (int i = n - 1; i >= 0; --i, v >>= 8)
        out[i] = char(v & 0xff);
    return out;
}

QByteArray field(int tag, const QByteArray& value)
{
    return be(quint64(tag), 1) + be(quint64(value.size()), 4) + value;
}

// A backup file assembled from the layout documented in backup.h, with our own calls to
// scrypt and AES-GCM.
QByteArray handMade(const QByteArray& payload, const char* passphrase, int version = 1)
{
    const QByteArray salt(32, '\x5a');
    const QByteArray nonce(12, '\x33');
    QByteArray head = QByteArray("BSVAULTB") + be(quint64(version), 2) + be(0, 2) +
                      be(kFastKdf.n, 8) + be(kFastKdf.r, 4) + be(kFastKdf.p, 4) + salt + nonce +
                      be(quint64(payload.size()), 4);
    auto key = deriveKey(pass(passphrase),
                         {reinterpret_cast<const std::uint8_t*>(salt.constData()), 32}, kFastKdf);
    QByteArray ct(payload.size(), '\0');
    std::array<std::uint8_t, 16> tag{};
    const bool ok = aesgcm::seal(
        *key,
        std::span<const std::uint8_t, 12>(reinterpret_cast<const std::uint8_t*>(nonce.constData()),
                                          12),
        {reinterpret_cast<const std::uint8_t*>(head.constData()), std::size_t(head.size())},
        {reinterpret_cast<const std::uint8_t*>(payload.constData()), std::size_t(payload.size())},
        {reinterpret_cast<std::uint8_t*>(ct.data()), std::size_t(ct.size())}, tag);
    if (!ok)
        qFatal("seal failed");
    return head + ct + QByteArray(reinterpret_cast<const char*>(tag.data()), 16);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    // The suite uses cheap scrypt parameters (kFastKdf), below what real vaults may use.
    void initTestCase() { bs::vault::testing::allowWeakKdf(true); }
    void backUpDeleteRestoreCompare()
    {
        const QString path = file("orig.bsvault");
        Profile profile = sampleProfile();
        profile.role = Role::Operator;
        profile.network->allowPlainHttp = true;
        auto v = Vault::create(path, profile, pass("vault pw"), kFastKdf);
        QVERIFY(v.ok());
        auto wallet = bs::crypto::EcdsaPrivateKey::fromHex(kWalletHex);
        const auto eercKey =
            text("7d4b9a1c3e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");
        QVERIFY(v->setWalletKey(*wallet).ok());
        QVERIFY(v->setEercDecryptionKey(eercKey).ok());
        QVERIFY(v->setAuditorKey(text("DeadBeef")).ok());
        const QString backup = file("orig.backup");
        QVERIFY(v->exportBackup(backup, pass("backup pw"), kFastKdf).ok());
        // Refuses to overwrite, and needs the vault unlocked.
        QVERIFY(str(v->exportBackup(backup, pass("x")).error()).contains(QLatin1String("exists")));
        v->lock();
        QVERIFY(!v->exportBackup(file("other.backup"), pass("x")).ok());
        // Nothing readable in the clear.
        const QByteArray raw = bs::test::readAll(backup);
        QVERIFY(raw.startsWith("BSVAULTB"));
        QVERIFY(!raw.contains("operator.example"));
        QVERIFY(!raw.contains(QByteArray::fromHex(kWalletHex)));

        // Delete the vault entirely, then restore under a new name and passphrase.
        QVERIFY(QFile::remove(path) && QFile::remove(VaultHeader::pathFor(path)));
        const QString restored = file("restored.bsvault");
        auto r =
            Vault::restoreBackup(backup, pass("backup pw"), restored, pass("new pw"), kFastKdf);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->profile().value(), profile);
        QCOMPARE(r->walletKey()->address(), wallet->address());
        QVERIFY(r->eercDecryptionKey()->equals(eercKey));
        QVERIFY(r->auditorKey()->equals(text("DeadBeef")));
        QVERIFY(r->verifyAllPages().ok());
        r->lock();
        auto reopened = Vault::open(restored);
        QVERIFY(!reopened->unlock(pass("backup pw")).ok());
        QVERIFY(reopened->unlock(pass("new pw")).ok());
        QCOMPARE(reopened->profile().value(), profile);
        const auto info = Vault::info(restored);
        QCOMPARE(info->profileName, profile.name);
        QCOMPARE(info->role, Role::Operator);
        QCOMPARE(info->chainId, profile.network->deployment.chainId);
        // Restoring over an existing vault is refused.
        QVERIFY(
            !Vault::restoreBackup(backup, pass("backup pw"), restored, pass("x"), kFastKdf).ok());
    }

    void vaultWithoutKeys()
    {
        auto v = Vault::create(file("nokeys.bsvault"), sampleProfile(), pass("pw"), kFastKdf);
        QVERIFY(v->exportBackup(file("nokeys.backup"), pass("b"), kFastKdf).ok());
        auto r = Vault::restoreBackup(file("nokeys.backup"), pass("b"), file("nokeys2.bsvault"),
                                      pass("pw"), kFastKdf);
        QVERIFY(r.ok());
        QCOMPARE(str(r->walletKey().error()), QStringLiteral("no wallet key in this vault"));
        QVERIFY(!r->eercDecryptionKey().ok());
        QCOMPARE(r->profile().value(), sampleProfile());
    }

    void wrongPassphraseAndDamage()
    {
        auto v = Vault::create(file("d.bsvault"), sampleProfile(), pass("pw"), kFastKdf);
        QVERIFY(v->setWalletKey(*bs::crypto::EcdsaPrivateKey::fromHex(kWalletHex)).ok());
        const QString backup = file("d.backup");
        QVERIFY(v->exportBackup(backup, pass("right"), kFastKdf).ok());
        const QString target = file("d2.bsvault");
        auto wrong = Vault::restoreBackup(backup, pass("wrong"), target, pass("pw"), kFastKdf);
        QVERIFY(!wrong.ok());
        QVERIFY(str(wrong.error()).startsWith(QLatin1String("wrong backup passphrase")));
        QVERIFY(!QFileInfo::exists(target));

        const QByteArray pristine = bs::test::readAll(backup);
        for (qsizetype i = 0; i < pristine.size(); i += 3) {
            QByteArray b = pristine;
            b[i] = char(b[i] ^ 0x08);
            QVERIFY2(!decodeBackup(b, pass("right")).ok(), qPrintable(QString::number(i)));
        }
        for (qsizetype n : {qsizetype(0), qsizetype(7), qsizetype(40), pristine.size() - 1})
            QVERIFY(!decodeBackup(pristine.left(n), pass("right")).ok());
        QVERIFY(!decodeBackup(pristine + '\0', pass("right")).ok());
        QVERIFY(str(decodeBackup("garbage garbage garbage", pass("x")).error())
                    .contains(QLatin1String("not a BackendShield vault backup")));
        QVERIFY(decodeBackup(pristine, pass("right")).ok());
        QVERIFY(!encodeBackup(BackupContents{}, pass(""), kFastKdf).ok());
    }

    void handMadeFileMatchesTheDocumentedFormat()
    {
        const QByteArray wallet = QByteArray::fromHex(kWalletHex);
        const QByteArray payload =
            field(1, "Hand made") + field(2, be(1, 1)) + field(3, be(43114, 8)) +
            field(4, "C-Chain") + field(5, "https://rpc") + field(6, "") +
            field(7, "0x5FbDB2315678afecb367f032d93F642f64180aa3") +
            field(8, "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512") +
            field(9, "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0") + field(10, be(77, 8)) +
            field(11, be(1, 1)) + field(32, wallet) + field(33, "0f");
        auto c = decodeBackup(handMade(payload, "pw"), pass("pw"));
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().message.c_str());
        QCOMPARE(c->profile.name, QStringLiteral("Hand made"));
        QCOMPARE(c->profile.role, Role::Auditor);
        QVERIFY(c->profile.network.has_value());
        QCOMPARE(c->profile.network->deployment.chainId, quint64(43114));
        QCOMPARE(c->profile.network->name, QStringLiteral("C-Chain"));
        QCOMPARE(c->profile.network->deployment.deploymentBlock, quint64(77));
        QVERIFY(c->profile.network->allowPlainHttp);
        QVERIFY(c->walletKey.has_value());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(c->walletKey->bytes().data()), 32),
                 wallet);
        QVERIFY(c->eercDecryptionKey.equals(text("0f")));
        QVERIFY(c->auditorKey.empty());

        // And the encoder's output decodes to what went in, through the same layout.
        BackupContents in;
        in.profile = sampleProfile();
        in.auditorKey = text("abc");
        auto enc = encodeBackup(in, pass("pw"), kFastKdf);
        QVERIFY(enc.ok());
        QCOMPARE(enc->left(12), QByteArray("BSVAULTB\x00\x01\x00\x00", 12));
        auto dec = decodeBackup(*enc, pass("pw"));
        QCOMPARE(dec->profile, sampleProfile());
        QVERIFY(dec->auditorKey.equals(text("abc")));
        QVERIFY(!dec->walletKey.has_value());
    }

    void refusesUnknownVersionsAndFields()
    {
        const QByteArray base = field(1, "x") + field(2, be(0, 1)) + field(3, be(1, 8));
        QVERIFY(decodeBackup(handMade(base, "pw"), pass("pw")).ok());
        auto v2 = decodeBackup(handMade(base, "pw", 2), pass("pw"));
        QVERIFY(!v2.ok());
        QVERIFY(str(v2.error()).contains(QLatin1String("version 2")));
        auto unknown = decodeBackup(handMade(base + field(99, "?"), "pw"), pass("pw"));
        QVERIFY(!unknown.ok());
        QVERIFY(str(unknown.error()).contains(QLatin1String("newer BackendShield")));
        // Malformed contents under a valid tag: duplicate field, bad lengths, missing name.
        QVERIFY(!decodeBackup(handMade(base + field(1, "y"), "pw"), pass("pw")).ok());
        QVERIFY(!decodeBackup(handMade(base + field(32, "short"), "pw"), pass("pw")).ok());
        QVERIFY(!decodeBackup(handMade(field(2, be(0, 1)) + field(3, be(1, 8)), "pw"), pass("pw"))
                     .ok());
        QVERIFY(
            !decodeBackup(handMade(base + QByteArray("\x04\x00\x00", 3), "pw"), pass("pw")).ok());
        QVERIFY(
            !decodeBackup(handMade(field(1, "x") + field(2, be(7, 1)) + field(3, be(1, 8)), "pw"),
                          pass("pw"))
                 .ok());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
