// SPDX-License-Identifier: GPL-3.0-or-later
// BLAKE-512 against the KATs of tests/data/key-derivation.json and 301 digests of npm
// blake-hash (tests/data/blake512-random.json, every length 0..300, so every padding case:
// 111/112 bytes in the last block, exact multiples of the block size, ...).

#include "../testing.h"
#include "crypto/blake512.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using bs::crypto::Blake512;
using bs::crypto::blake512;
using bs::test::loadJson;
using bs::test::span;

namespace {

QByteArray hexOf(const Blake512::Digest& d)
{
    return bs::test::bytes(d).toHex();
}

} // namespace

class TestBlake512 : public QObject
{
    Q_OBJECT

private slots:
    void keyDerivationKats()
    {
        const QJsonArray cases = loadJson("key-derivation.json")["blake512"].toArray();
        QVERIFY(cases.size() >= 5);
        for (const QJsonValue& c : cases) {
            const QByteArray in = QByteArray::fromHex(c["inputHex"].toString().toLatin1());
            QCOMPARE(hexOf(blake512(span(in))), c["blake512Hex"].toString().toLatin1());
        }
    }

    void formatKeyForCurveInputs()
    {
        // The digests the wallet derivation computes on real (31-byte) key inputs.
        const QJsonArray wallets = loadJson("key-derivation.json")["derivations"].toArray();
        QVERIFY(!wallets.isEmpty());
        for (const QJsonValue& w : wallets) {
            const QJsonValue f = w["formatKeyForCurve"];
            const QByteArray in = QByteArray::fromHex(f["bytesHashedHex"].toString().toLatin1());
            QCOMPARE(in.size(), f["bytesHashedLen"].toInt());
            QCOMPARE(hexOf(blake512(span(in))), f["blake512DigestHex"].toString().toLatin1());
        }
    }

    void npmBlakeHashEveryLength()
    {
        const QJsonArray cases = loadJson("blake512-random.json")["cases"].toArray();
        QCOMPARE(cases.size(), 301);
        for (const QJsonValue& c : cases) {
            const QByteArray in = QByteArray::fromHex(c["inputHex"].toString().toLatin1());
            QCOMPARE(hexOf(blake512(span(in))), c["blake512Hex"].toString().toLatin1());
        }
    }

    void streamingSplitsAgree()
    {
        // Feeding the same bytes in pieces of any size must give the one-shot digest; the
        // one-shot digests themselves are checked against npm above.
        const QJsonArray cases = loadJson("blake512-random.json")["cases"].toArray();
        const QByteArray in = QByteArray::fromHex(cases.last()["inputHex"].toString().toLatin1());
        const QByteArray expected = cases.last()["blake512Hex"].toString().toLatin1();
        for (int piece : {1, 7, 64, 111, 112, 127, 128, 129, 300}) {
            Blake512 h;
            for (int off = 0; off < in.size(); off += piece)
                h.update(span(in.mid(off, piece)));
            QCOMPARE(hexOf(h.final()), expected);
        }
        // After final() the hasher starts over.
        Blake512 h;
        h.update(span(in));
        (void)h.final();
        QCOMPARE(hexOf(h.final()), cases.first()["blake512Hex"].toString().toLatin1());
    }
};

QTEST_APPLESS_MAIN(TestBlake512)
#include "tst_blake512.moc"
