// SPDX-License-Identifier: GPL-3.0-or-later
// `bshield vault ...` run as a process: create (with a wallet key, a network file, a role),
// info, unlock-check (also of a damaged file), change-passphrase, backup, restore, and the
// exit codes: 0 ok, 1 refused or failed with a one-line reason, 2 usage.
#include "crypto/secp256k1.h"
#include "eerc/key_derivation.h"
#include "vault/vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run bshield(const QStringList& args)
{
    QProcess p;
    // stdin is not a terminal: a missing --passphrase-file must fail, not hang.
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(BS_BSHIELD_EXE), args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        r.err = QStringLiteral("bshield did not finish");
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Hardhat's well-known account #0: a development key, public on purpose.
constexpr char kWalletHex[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
constexpr char kWalletAddress[] = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

std::span<const char> pass(const char* s)
{
    return {s, std::strlen(s)};
}

} // namespace

class TestCliVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString secretFile(const char* name, const QByteArray& content)
    {
        QFile f(file(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", name);
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return f.fileName();
    }

private slots:
    void lifecycle()
    {
        const QString pw = secretFile("pw", "first passphrase\n");
        const QString pw2 = secretFile("pw2", "second passphrase\r\n");
        const QString key = secretFile("key", QByteArray("0x") + kWalletHex + "\n");
        const QString vault = file("alice.bsvault");
        const QString network = QStringLiteral(BS_TEST_DATA_DIR "/vault/network-devnet.json");

        Run r = bshield({"--json", "vault", "create", "--vault", vault, "--passphrase-file", pw,
                         "--name", "Alice", "--role", "provider", "--network", network,
                         "--wallet-key-file", key});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json()["address"].toString(), QString::fromLatin1(kWalletAddress));
        QCOMPARE(r.json()["chainId"].toString(), QStringLiteral("31337"));
        QVERIFY(QFileInfo(vault).permissions() ==
                (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser));

        // The keys are really in the vault (read with the library, independently of the CLI):
        // the wallet key, and the eERC key derived from it by the SDK's derivation.
        {
            auto v = bs::vault::Vault::open(vault);
            QVERIFY(v->unlock(pass("first passphrase")).ok());
            QCOMPARE(QString::fromStdString(v->walletKey()->address().toChecksumHex()),
                     QString::fromLatin1(kWalletAddress));
            auto wallet = bs::crypto::EcdsaPrivateKey::fromHex(kWalletHex);
            auto expected = bs::eerc::EercKey::deriveFromWallet(*wallet);
            QVERIFY(v->eercDecryptionKey()->equals(expected->decryptionKey()));
            QCOMPARE(v->profile()->network->deployment.encryptedErc.toChecksumHex(),
                     std::string("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"));
        }

        r = bshield({"vault", "info", "--vault", vault});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines(), (QStringList{"format version: 1", "schema version: 6", "profile: Alice",
                                         "role: provider", "network: Local devnet (chain 31337)"}));
        QVERIFY(!r.out.contains(QLatin1String(kWalletHex)));
        r = bshield({"--json", "vault", "info", "--vault", vault});
        QCOMPARE(r.json()["role"].toString(), QStringLiteral("provider"));

        r = bshield({"vault", "unlock-check", "--vault", vault, "--passphrase-file", pw});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().first(), QStringLiteral("ok"));
        r = bshield({"vault", "unlock-check", "--vault", vault, "--passphrase-file", pw2});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(QLatin1String("bshield: wrong passphrase")));
        QCOMPARE(r.err.count(u'\n'), 1); // one line

        r = bshield({"vault", "change-passphrase", "--vault", vault, "--passphrase-file", pw,
                     "--new-passphrase-file", pw2});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            bshield({"vault", "unlock-check", "--vault", vault, "--passphrase-file", pw}).exitCode,
            1);
        QCOMPARE(
            bshield({"vault", "unlock-check", "--vault", vault, "--passphrase-file", pw2}).exitCode,
            0);

        // Backup with its own passphrase, delete the vault, restore, compare.
        const QString bpw = secretFile("bpw", "backup passphrase");
        const QString backup = file("alice.backup");
        r = bshield({"vault", "backup", "--vault", vault, "--passphrase-file", pw2, "--out", backup,
                     "--backup-passphrase-file", bpw});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(bshield({"vault", "backup", "--vault", vault, "--passphrase-file", pw2, "--out",
                          backup})
                     .exitCode,
                 1); // exists
        QVERIFY(QFile::remove(vault));
        QVERIFY(QFile::remove(vault + ".header"));
        r = bshield(
            {"vault", "restore", "--in", backup, "--passphrase-file", pw, "--vault", vault});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("wrong backup passphrase")));
        QVERIFY(!QFileInfo::exists(vault));
        r = bshield({"--json", "vault", "restore", "--in", backup, "--passphrase-file", bpw,
                     "--vault", vault});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json()["address"].toString(), QString::fromLatin1(kWalletAddress));
        QCOMPARE(r.json()["profile"].toString(), QStringLiteral("Alice"));
        // The restored vault uses the backup passphrase (no --new-passphrase-file given).
        QCOMPARE(
            bshield({"vault", "unlock-check", "--vault", vault, "--passphrase-file", bpw}).exitCode,
            0);
        QCOMPARE(bshield({"vault", "info", "--vault", vault}).lines().at(4),
                 QStringLiteral("network: Local devnet (chain 31337)"));

        // Damage is reported by unlock-check.
        {
            QFile f(vault);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            char c = 0;
            f.getChar(&c);
            f.seek(f.size() / 2);
            f.putChar(char(c ^ 4));
        }
        r = bshield({"vault", "unlock-check", "--vault", vault, "--passphrase-file", bpw});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        // One line, not SQLite's integrity report.
        QVERIFY2(r.err.count(u'\n') == 1 && r.err.endsWith(u'\n'), qPrintable(r.err));
        QVERIFY2(r.err.size() < 300, qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void generateKeyAndRoles()
    {
        const QString pw = secretFile("pw-g", "pw");
        const QString vault = file("gen.bsvault");
        Run r = bshield({"--json", "vault", "create", "--vault", vault, "--passphrase-file", pw,
                         "--generate-key", "--role", "auditor"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json()["address"].toString().startsWith(QLatin1String("0x")));
        QCOMPARE(r.json()["profile"].toString(), QStringLiteral("default"));
        QCOMPARE(bshield({"--json", "vault", "info", "--vault", vault}).json()["role"].toString(),
                 QStringLiteral("auditor"));
        // Creating over an existing vault is refused.
        QCOMPARE(bshield({"vault", "create", "--vault", vault, "--passphrase-file", pw}).exitCode,
                 1);
    }

    void refusalsAndUsage()
    {
        const QString pw = secretFile("pw-u", "pw");
        const QString vault = file("u.bsvault");
        // Usage errors: exit 2.
        QCOMPARE(bshield({"vault"}).exitCode, 2);
        QCOMPARE(bshield({"vault", "frobnicate"}).exitCode, 2);
        QCOMPARE(bshield({"vault", "create"}).exitCode, 2);
        QCOMPARE(bshield({"vault", "create", "--vault", vault, "--bogus"}).exitCode, 2);
        QCOMPARE(bshield({"vault", "create", "--vault", vault, "--role", "king"}).exitCode, 2);
        QCOMPARE(bshield({"vault", "create", "--vault", vault, "--generate-key",
                          "--wallet-key-file", pw})
                     .exitCode,
                 2);
        QCOMPARE(bshield({"vault", "backup", "--vault", vault}).exitCode, 2);
        QCOMPARE(bshield({"vault", "restore", "--vault", vault}).exitCode, 2);
        QCOMPARE(bshield({"vault", "--help"}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(vault));

        // Refusals: exit 1 with one line.
        Run r = bshield({"vault", "create", "--vault", vault});
        QCOMPARE(r.exitCode, 1); // stdin is not a terminal and no file
        QVERIFY(r.err.contains(QLatin1String("--passphrase-file")));
        QVERIFY(!QFileInfo::exists(vault));
        const QString badKey = secretFile("badkey", "1234");
        r = bshield({"vault", "create", "--vault", vault, "--passphrase-file", pw,
                     "--wallet-key-file", badKey});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.contains(QLatin1String("1234")));
        QVERIFY(!QFileInfo::exists(vault));
        const QString badNet = secretFile("net.json", "{\"name\": \"x\"}");
        r = bshield(
            {"vault", "create", "--vault", vault, "--passphrase-file", pw, "--network", badNet});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("chainId")));
        const QString empty = secretFile("empty", "\n");
        QCOMPARE(
            bshield({"vault", "create", "--vault", vault, "--passphrase-file", empty}).exitCode, 1);
        QVERIFY(!QFileInfo::exists(vault));
        r = bshield({"vault", "info", "--vault", file("nothing")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        r = bshield({"--json", "vault", "unlock-check", "--vault", file("nothing"),
                     "--passphrase-file", pw});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.json().contains(QStringLiteral("error")));

        // A passphrase file others can read works, with a warning.
        const QString open = secretFile("pw-open", "pw");
        QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
        r = bshield({"vault", "create", "--vault", vault, "--passphrase-file", open});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("warning")));
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
