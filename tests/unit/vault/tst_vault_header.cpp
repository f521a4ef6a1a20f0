// SPDX-License-Identifier: GPL-3.0-or-later
// The header file format: exact byte layout, round trip, wrap/unwrap, and the tag covering
// every field (a change to any field, or a wrong passphrase key, fails to unwrap).
#include "crypto/random.h"
#include "vault/vault_header.h"

#include <QtTest>

using namespace bs::vault;
using bs::crypto::SecureBytes;

namespace {

SecureBytes<32> key(std::uint8_t fill)
{
    std::array<std::uint8_t, 32> k{};
    k.fill(fill);
    return SecureBytes<32>::copyOf(k);
}

VaultHeader sample()
{
    VaultHeader h;
    h.schemaVersion = 2;
    h.kdf = KdfParams{1u << 15, 8, 1};
    h.salt.fill(0x11);
    h.role = Role::Auditor;
    h.chainId = 43113;
    h.profileName = QStringLiteral("Zoë");
    h.networkName = QStringLiteral("Fuji");
    h.wrap(key(7), key(9));
    return h;
}

} // namespace

class TestVaultHeader : public QObject
{
    Q_OBJECT

private slots:
    void layout()
    {
        const VaultHeader h = sample();
        const QByteArray b = h.serialize();
        // magic, versions, N, r, p
        QCOMPARE(b.left(8), QByteArray("BSVAULTH"));
        QCOMPARE(b.mid(8, 4).toHex(), QByteArray("00010002"));
        QCOMPARE(b.mid(12, 16).toHex(), QByteArray("0000000000008000"
                                                   "00000008"
                                                   "00000001"));
        QCOMPARE(b.mid(28, 32), QByteArray(32, '\x11'));
        QCOMPARE(b.mid(60, 12), QByteArray(reinterpret_cast<const char*>(h.nonce.data()), 12));
        // role, chain id, names (u16 length + UTF-8)
        QCOMPARE(b.mid(72, 9).toHex(), QByteArray("01"
                                                  "000000000000a869"));
        QCOMPARE(b.mid(81, 2).toHex(), QByteArray("0004"));
        QCOMPARE(b.mid(83, 4), QStringLiteral("Zoë").toUtf8());
        QCOMPARE(b.mid(87, 6), QByteArray("\x00\x04"
                                          "Fuji",
                                          6));
        QCOMPARE(b.size(), 93 + 32 + 16);
        QCOMPARE(h.authenticatedBytes(), b.left(93));
    }

    void roundTripAndUnwrap()
    {
        const VaultHeader h = sample();
        auto parsed = VaultHeader::parse(h.serialize());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->serialize(), h.serialize());
        QCOMPARE(parsed->profileName, QStringLiteral("Zoë"));
        QCOMPARE(parsed->role, Role::Auditor);
        auto k = parsed->unwrap(key(7));
        QVERIFY(k.ok());
        QVERIFY(k->equals(key(9)));
        const auto wrong = parsed->unwrap(key(8));
        QVERIFY(!wrong.ok());
        QVERIFY(QString::fromStdString(wrong.error().message)
                    .startsWith(QLatin1String("wrong passphrase")));
        // The wrapped key is not the key.
        QVERIFY(QByteArray(reinterpret_cast<const char*>(h.wrappedKey.data()), 32) !=
                QByteArray(32, '\x09'));
        // A new wrap uses a new nonce.
        VaultHeader again = h;
        again.wrap(key(7), key(9));
        QVERIFY(again.nonce != h.nonce);
        QVERIFY(again.wrappedKey != h.wrappedKey);
    }

    void everyFieldIsAuthenticated()
    {
        const QByteArray b = sample().serialize();
        for (qsizetype i = 0; i < b.size(); ++i) {
            QByteArray t = b;
            t[i] = char(t[i] ^ 0x40);
            auto h = VaultHeader::parse(t);
            if (!h.ok())
                continue; // refused while parsing: fine too
            QVERIFY2(!h->unwrap(key(7)).ok(), qPrintable(QString::number(i)));
        }
    }

    void parseErrors()
    {
        const QByteArray b = sample().serialize();
        auto msg = [](const QByteArray& bytes) {
            auto h = VaultHeader::parse(bytes);
            return h.ok() ? QString() : QString::fromStdString(h.error().message);
        };
        QVERIFY(msg(QByteArray()).contains(QLatin1String("magic")));
        QVERIFY(msg("BSVAULTX" + b.mid(8)).contains(QLatin1String("magic")));
        QByteArray v2 = b;
        v2[9] = 2;
        QVERIFY(msg(v2).contains(QLatin1String("newer BackendShield")) ||
                msg(v2).contains(QLatin1String("format version 2")));
        for (qsizetype n = 8; n < b.size(); n += 7)
            QVERIFY(!msg(b.left(n)).isEmpty());
        QVERIFY(msg(b + "x").contains(QLatin1String("truncated or damaged")));
        QByteArray badN = b;
        badN[20] = 0x7f; // N not a power of two
        QVERIFY(msg(badN).contains(QLatin1String("damaged")));
        QByteArray badRole = b;
        badRole[72] = 9;
        QVERIFY(msg(badRole).contains(QLatin1String("role")));
        QByteArray badUtf8 = b;
        badUtf8[83] = char(0xff); // not UTF-8
        QVERIFY(msg(badUtf8).contains(QLatin1String("damaged")));
        QByteArray longName = b;
        longName[81] = char(0xff); // name length beyond the file
        QVERIFY(!msg(longName).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVaultHeader)
#include "tst_vault_header.moc"
