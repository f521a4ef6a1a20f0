// SPDX-License-Identifier: GPL-3.0-or-later
// `bshield crypto ...` run as a process against the vectors in tests/data (poseidon.json,
// key-derivation.json, pct.json, elgamal.json, circuit-inputs.json), plus exit codes:
// 0 ok, 1 refused input (point not on curve, failed tag, ...), 2 usage error.
#include "../testing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using bs::test::loadJson;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

Run bshield(const QStringList& args)
{
    QProcess p;
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

QStringList strings(const QJsonArray& a)
{
    QStringList out;
    for (const auto& v : a)
        out << v.toString();
    return out;
}

QString pair(const QJsonArray& a)
{
    return a[0].toString() + u',' + a[1].toString();
}

} // namespace

class TestCliCrypto : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_kd;

private slots:
    void initTestCase() { m_kd = loadJson("key-derivation.json"); }

    void poseidon()
    {
        const QJsonArray hashes = loadJson("poseidon.json")[QStringLiteral("hashes")].toArray();
        QVERIFY(!hashes.isEmpty());
        for (const auto& h : hashes) {
            const QJsonObject o = h.toObject();
            const Run r =
                bshield(QStringList{QStringLiteral("crypto"), QStringLiteral("poseidon")} +
                        strings(o[QStringLiteral("inputs")].toArray()));
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.lines(), QStringList{o[QStringLiteral("output")].toString()});
        }
        // Inputs >= p are refused, no inputs is a usage error.
        QCOMPARE(
            bshield(
                {"crypto", "poseidon",
                 "21888242871839275222246405745257275088548364400416034343698204186575808495617"})
                .exitCode,
            1);
        QCOMPARE(bshield({"crypto", "poseidon", "12x"}).exitCode, 1);
        QCOMPARE(bshield({"crypto", "poseidon"}).exitCode, 2);
    }

    void deriveKey()
    {
        for (const auto& d : m_kd[QStringLiteral("derivations")].toArray()) {
            const QJsonObject o = d.toObject();
            const QString walletKey = o[QStringLiteral("ethPrivateKey")].toString();
            const Run r = bshield({"crypto", "derive-key", "--wallet-key", walletKey});
            QCOMPARE(r.exitCode, 0);
            const QStringList expected{
                o[QStringLiteral("ethAddress")].toString(),
                o[QStringLiteral("decryptionKeyHex")].toString(),
                o[QStringLiteral("privateScalar")].toString(),
                o[QStringLiteral("publicKey")].toArray()[0].toString(),
                o[QStringLiteral("publicKey")].toArray()[1].toString(),
            };
            QCOMPARE(r.lines(), expected);
            // The wallet key is never echoed.
            QVERIFY(!r.out.contains(walletKey.mid(2), Qt::CaseInsensitive));
            QVERIFY(!r.err.contains(walletKey.mid(2), Qt::CaseInsensitive));
        }
    }

    void deriveKeyJson()
    {
        const QJsonObject o = m_kd[QStringLiteral("derivations")].toArray()[7].toObject();
        const Run r = bshield({"--json", "crypto", "derive-key", "--wallet-key",
                               o[QStringLiteral("ethPrivateKey")].toString()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(j[QStringLiteral("address")].toString(),
                 o[QStringLiteral("ethAddress")].toString());
        QCOMPARE(j[QStringLiteral("decryptionKey")].toString(),
                 o[QStringLiteral("decryptionKeyHex")].toString());
        QCOMPARE(j[QStringLiteral("privateScalar")].toString(),
                 o[QStringLiteral("privateScalar")].toString());
        QCOMPARE(j[QStringLiteral("publicKeyX")].toString(),
                 o[QStringLiteral("publicKey")].toArray()[0].toString());
        QCOMPARE(j[QStringLiteral("publicKeyY")].toString(),
                 o[QStringLiteral("publicKey")].toArray()[1].toString());
    }

    void deriveKeyRejectsBadKeys()
    {
        const QString badKey = QStringLiteral("0x") + QString(64, u'0'); // zero is not a key
        const Run r = bshield({"crypto", "derive-key", "--wallet-key", badKey});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        const Run shortKey = bshield({"crypto", "derive-key", "--wallet-key", "0x1234abcd"});
        QCOMPARE(shortKey.exitCode, 1);
        QVERIFY(!shortKey.err.contains(QStringLiteral("1234abcd")));
        QCOMPARE(bshield({"crypto", "derive-key"}).exitCode, 2);
        QCOMPARE(bshield({"crypto", "derive-key", "--wallet-key"}).exitCode, 2);
    }

    void publicKey()
    {
        const QJsonArray fks =
            m_kd[QStringLiteral("sdkPublishedCases")][QStringLiteral("formatKeyForCurve")]
                .toArray();
        for (const auto& f : fks) {
            const QJsonObject o = f.toObject();
            const Run r = bshield(
                {"crypto", "public-key", "--scalar", o[QStringLiteral("scalar")].toString()});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.lines(), strings(o[QStringLiteral("publicKey")].toArray()));
        }
        // l itself is not a scalar.
        QCOMPARE(bshield({"crypto", "public-key", "--scalar",
                          m_kd[QStringLiteral("subgroupOrder_l")].toString()})
                     .exitCode,
                 1);
        QCOMPARE(bshield({"crypto", "public-key"}).exitCode, 2);
        QCOMPARE(bshield({"crypto", "public-key", "--scalar", "1", "--bogus", "2"}).exitCode, 2);
    }

    void pctEncryptDecrypt()
    {
        const QJsonArray pcts = loadJson("pct.json")[QStringLiteral("singleAmountPCTs")].toArray();
        QVERIFY(pcts.size() >= 7);
        for (const auto& p : pcts) {
            const QJsonObject o = p.toObject();
            const QString words = strings(o[QStringLiteral("pct7")].toArray()).join(u',');
            const Run enc = bshield({"crypto", "pct-encrypt", "--public-key",
                                     pair(o[QStringLiteral("recipientPublicKey")].toArray()),
                                     "--amount", o[QStringLiteral("amount")].toString(), "--random",
                                     o[QStringLiteral("encRandom_r")].toString(), "--nonce",
                                     o[QStringLiteral("nonce")].toString()});
            QCOMPARE(enc.exitCode, 0);
            QCOMPARE(enc.lines(), QStringList{words});

            const Run dec =
                bshield({"crypto", "pct-decrypt", "--scalar",
                         o[QStringLiteral("recipientPrivateScalar")].toString(), "--pct", words});
            QCOMPARE(dec.exitCode, 0);
            QCOMPARE(dec.lines(), QStringList{o[QStringLiteral("amount")].toString()});
        }

        const QJsonObject o = pcts[2].toObject();
        const QStringList w = strings(o[QStringLiteral("pct7")].toArray());
        // Fresh randomness round-trips.
        const Run fresh =
            bshield({"crypto", "pct-encrypt", "--public-key",
                     pair(o[QStringLiteral("recipientPublicKey")].toArray()), "--amount", "777"});
        QCOMPARE(fresh.exitCode, 0);
        const Run freshDec = bshield({"crypto", "pct-decrypt", "--scalar",
                                      o[QStringLiteral("recipientPrivateScalar")].toString(),
                                      "--pct", fresh.lines().value(0)});
        QCOMPARE(freshDec.exitCode, 0);
        QCOMPARE(freshDec.lines(), QStringList{QStringLiteral("777")});

        // Tampered tag: refused (1).
        QStringList tampered = w;
        tampered[3] = QStringLiteral("12345");
        QCOMPARE(bshield({"crypto", "pct-decrypt", "--scalar",
                          o[QStringLiteral("recipientPrivateScalar")].toString(), "--pct",
                          tampered.join(u',')})
                     .exitCode,
                 1);
        // Wrong key: the tag fails (1).
        QCOMPARE(
            bshield({"crypto", "pct-decrypt", "--scalar", "12345", "--pct", w.join(u',')}).exitCode,
            1);
        // authKey not on the curve (1).
        QStringList offCurve = w;
        offCurve[4] = QStringLiteral("1");
        offCurve[5] = QStringLiteral("2");
        QCOMPARE(bshield({"crypto", "pct-decrypt", "--scalar",
                          o[QStringLiteral("recipientPrivateScalar")].toString(), "--pct",
                          offCurve.join(u',')})
                     .exitCode,
                 1);
        // Public key not on the curve (1); six words (1); --random without --nonce (2).
        QCOMPARE(
            bshield({"crypto", "pct-encrypt", "--public-key", "1,2", "--amount", "5"}).exitCode, 1);
        QCOMPARE(
            bshield({"crypto", "pct-decrypt", "--scalar", "1", "--pct", w.mid(0, 6).join(u',')})
                .exitCode,
            1);
        QCOMPARE(bshield({"crypto", "pct-encrypt", "--public-key",
                          pair(o[QStringLiteral("recipientPublicKey")].toArray()), "--amount", "5",
                          "--random", "7"})
                     .exitCode,
                 2);
        // Nonce >= 2^128 (1).
        QCOMPARE(bshield({"crypto", "pct-encrypt", "--public-key",
                          pair(o[QStringLiteral("recipientPublicKey")].toArray()), "--amount", "5",
                          "--random", "7", "--nonce", "340282366920938463463374607431768211456"})
                     .exitCode,
                 1);
        QCOMPARE(bshield({"crypto", "pct-decrypt", "--scalar", "1"}).exitCode, 2);
    }

    void elgamalDecrypt()
    {
        const QJsonArray encs = loadJson("elgamal.json")[QStringLiteral("encryptions")].toArray();
        int checked = 0;
        for (const auto& e : encs) {
            const QJsonObject o = e.toObject();
            bool small = false;
            const qulonglong m = o[QStringLiteral("message")].toString().toULongLong(&small);
            if (!small || m >= (1u << 21))
                continue; // the big messages are out of any discrete-log range
            const Run r = bshield({"crypto", "elgamal-decrypt", "--scalar",
                                   o[QStringLiteral("privateScalar")].toString(), "--c1",
                                   pair(o[QStringLiteral("c1")].toArray()), "--c2",
                                   pair(o[QStringLiteral("c2")].toArray()), "--max-bits", "21"});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.lines(), QStringList{o[QStringLiteral("message")].toString()});
            ++checked;
        }
        QVERIFY(checked >= 4);

        const QJsonObject o = encs[3].toObject(); // 1 000 000
        // Above the bound: refused (1).
        QCOMPARE(bshield({"crypto", "elgamal-decrypt", "--scalar",
                          o[QStringLiteral("privateScalar")].toString(), "--c1",
                          pair(o[QStringLiteral("c1")].toArray()), "--c2",
                          pair(o[QStringLiteral("c2")].toArray()), "--max-bits", "12"})
                     .exitCode,
                 1);
        // c1 not on the curve (1); bad --max-bits (2).
        QCOMPARE(bshield({"crypto", "elgamal-decrypt", "--scalar", "1", "--c1", "1,2", "--c2",
                          pair(o[QStringLiteral("c2")].toArray())})
                     .exitCode,
                 1);
        QCOMPARE(bshield({"crypto", "elgamal-decrypt", "--scalar", "1", "--c1",
                          pair(o[QStringLiteral("c1")].toArray()), "--c2",
                          pair(o[QStringLiteral("c2")].toArray()), "--max-bits", "zero"})
                     .exitCode,
                 2);
    }

    void blake512()
    {
        for (const auto& b : m_kd[QStringLiteral("blake512")].toArray()) {
            const QJsonObject o = b.toObject();
            const Run r =
                bshield({"crypto", "blake512", "--hex", o[QStringLiteral("inputHex")].toString()});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.lines(), QStringList{o[QStringLiteral("blake512Hex")].toString()});
        }
        QCOMPARE(bshield({"crypto", "blake512", "--hex", "abc"}).exitCode, 1);
        QCOMPARE(bshield({"crypto", "blake512", "--hex", "zz"}).exitCode, 1);
        QCOMPARE(bshield({"crypto", "blake512"}).exitCode, 2);
    }

    void registrationHash()
    {
        for (const auto& d : m_kd[QStringLiteral("derivations")].toArray()) {
            const QJsonObject o = d.toObject();
            for (const auto& h : o[QStringLiteral("registrationHashes")].toArray()) {
                const QJsonObject ho = h.toObject();
                const Run r = bshield({"crypto", "registration-hash", "--chain-id",
                                       ho[QStringLiteral("chainId")].toString(), "--scalar",
                                       o[QStringLiteral("privateScalar")].toString(), "--address",
                                       o[QStringLiteral("ethAddress")].toString()});
                QCOMPARE(r.exitCode, 0);
                QCOMPARE(r.lines(), QStringList{ho[QStringLiteral("registrationHash")].toString()});
            }
        }
        const QJsonObject o = m_kd[QStringLiteral("derivations")].toArray()[0].toObject();
        // A checksum typo in the address is refused (1).
        QString typo = o[QStringLiteral("ethAddress")].toString();
        qsizetype letter = 2;
        while (!typo[letter].isLetter())
            ++letter;
        typo[letter] = typo[letter].isUpper() ? typo[letter].toLower() : typo[letter].toUpper();
        QCOMPARE(bshield({"crypto", "registration-hash", "--chain-id", "43114", "--scalar",
                          o[QStringLiteral("privateScalar")].toString(), "--address", typo})
                     .exitCode,
                 1);
        QCOMPARE(bshield({"crypto", "registration-hash", "--chain-id", "43114", "--scalar", "1"})
                     .exitCode,
                 2);
    }

    void usage()
    {
        QCOMPARE(bshield({"crypto"}).exitCode, 2);
        QCOMPARE(bshield({"crypto", "no-such-op"}).exitCode, 2);
        const Run help = bshield({"crypto", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("derive-key")));
        const Run jsonErr = bshield({"--json", "crypto", "public-key", "--scalar", "x"});
        QCOMPARE(jsonErr.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(jsonErr.out.toUtf8())
                    .object()
                    .contains(QStringLiteral("error")));
    }
};

QTEST_GUILESS_MAIN(TestCliCrypto)
#include "tst_cli_crypto.moc"
