// SPDX-License-Identifier: GPL-3.0-or-later
// G1 and G2 arithmetic against multiples computed by ffjavascript (snarkjs's curve library,
// tests/data/zk-prover/curve-vectors.json) and against the group laws.

#include "crypto/fr.h"
#include "zk/field_bytes.h"
#include "zk/g1.h"
#include "zk/g2.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <random>

using namespace bs::zk;
using bs::crypto::Fr;
using Scalar = std::array<uint64_t, 4>;

namespace {

Fq fq(const QJsonValue& v)
{
    return Fq::fromDecimal(v.toString().toStdString()).value();
}

Scalar scalarOf(const QString& dec)
{
    return Fr::fromDecimal(dec.toStdString()).value().canonicalLimbs();
}

QJsonObject vectors()
{
    QFile f(QStringLiteral(BS_TEST_DATA_DIR "/zk-prover/curve-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open curve-vectors.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestCurves : public QObject
{
    Q_OBJECT

private:
    std::mt19937_64 m_rng{7};
    Scalar randomScalar()
    {
        std::array<uint8_t, 64> b{};
        for (auto& x : b)
            x = static_cast<uint8_t>(m_rng());
        return Fr::fromBytesBEReduce(b).canonicalLimbs();
    }

private slots:
    void generators()
    {
        QVERIFY(g1Generator().isOnCurve());
        QVERIFY(g2Generator().isOnCurve());
        QVERIFY(isInSubgroup(g2Generator()));
        QVERIFY(G1(g1Generator()).mul(bs::crypto::FrParams::kModulus).isIdentity());
        QVERIFY(G2(g2Generator()).mul(bs::crypto::FrParams::kModulus).isIdentity());
        QVERIFY(!G2(g2Generator()).mul({1, 0, 0, 0}).isIdentity());
        // b' * (9 + u) == 3
        const Fq2 nine_u{Fq::fromU64(9), Fq::one()};
        QCOMPARE(G2Curve::kB * nine_u, (Fq2{Fq::fromU64(3), Fq::zero()}));
    }

    void g1MultiplesMatchFfjavascript()
    {
        for (const QJsonValue& v : vectors()["g1"].toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonArray p = o["point"].toArray();
            const G1Affine expect = G1Affine::fromXY(fq(p[0]), fq(p[1]));
            const G1Affine got = G1(g1Generator()).mul(scalarOf(o["k"].toString())).toAffine();
            QVERIFY2(got == expect, qPrintable(o["k"].toString()));
        }
    }

    void g2MultiplesMatchFfjavascript()
    {
        for (const QJsonValue& v : vectors()["g2"].toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonArray p = o["point"].toArray();
            const G2Affine expect =
                G2Affine::fromXY({fq(p[0].toArray()[0]), fq(p[0].toArray()[1])},
                                 {fq(p[1].toArray()[0]), fq(p[1].toArray()[1])});
            QVERIFY(expect.isOnCurve());
            const G2Affine got = G2(g2Generator()).mul(scalarOf(o["k"].toString())).toAffine();
            QVERIFY2(got == expect, qPrintable(o["k"].toString()));
        }
    }

    void groupLawsG1()
    {
        const G1 g(g1Generator());
        for (int i = 0; i < 20; ++i) {
            const Scalar a = randomScalar();
            const Scalar b = randomScalar();
            const G1 pa = g.mul(a);
            const G1 pb = g.mul(b);
            const Fr sum = Fr::fromCanonicalLimbs(a) + Fr::fromCanonicalLimbs(b);
            QVERIFY(g.mul(sum.canonicalLimbs()) == pa + pb);
            QVERIFY(pa + pb == pb + pa);
            QVERIFY(pa.addMixed(pb.toAffine()) == pa + pb);
            QVERIFY(pa.dbl() == pa + pa);
            QVERIFY(pa.addMixed(pa.toAffine()) == pa.dbl()); // doubling path of madd
            QVERIFY((pa + (-pa)).isIdentity());
            QVERIFY(pa.addMixed((-pa).toAffine()).isIdentity());
            QVERIFY(pa.isOnCurve() && (pa + pb).isOnCurve());
            QVERIFY(pa + G1() == pa && G1() + pa == pa);
            QVERIFY(G1().addMixed(pa.toAffine()) == pa);
            QVERIFY(pa.addMixed(G1Affine::identity()) == pa);
        }
        QVERIFY(G1().dbl().isIdentity());
        QVERIFY(G1().toAffine().infinity);
    }

    void groupLawsG2()
    {
        const G2 g(g2Generator());
        for (int i = 0; i < 5; ++i) {
            const Scalar a = randomScalar();
            const Scalar b = randomScalar();
            const G2 pa = g.mul(a);
            const G2 pb = g.mul(b);
            const Fr sum = Fr::fromCanonicalLimbs(a) + Fr::fromCanonicalLimbs(b);
            QVERIFY(g.mul(sum.canonicalLimbs()) == pa + pb);
            QVERIFY(pa.addMixed(pb.toAffine()) == pa + pb);
            QVERIFY(pa.addMixed(pa.toAffine()) == pa.dbl());
            QVERIFY((pa - pa).isIdentity());
            QVERIFY(isInSubgroup(pa.toAffine()));
        }
    }

    void batchToAffine()
    {
        std::vector<G1> pts;
        for (int i = 0; i < 10; ++i)
            pts.push_back(i == 4 ? G1() : G1(g1Generator()).mul(randomScalar()));
        const auto aff = G1::batchToAffine(pts);
        for (std::size_t i = 0; i < pts.size(); ++i)
            QVERIFY(aff[i] == pts[i].toAffine());
    }

    void zkeyPointDecoding()
    {
        std::array<uint8_t, 64> buf{};
        QVERIFY(g1FromZkeyBytes(buf).value().infinity);
        const G1Affine p = G1(g1Generator()).mul(randomScalar()).toAffine();
        limbsToBytesLE(p.x.montgomeryLimbs(), std::span<uint8_t, 32>(buf.data(), 32));
        limbsToBytesLE(p.y.montgomeryLimbs(), std::span<uint8_t, 32>(buf.data() + 32, 32));
        QVERIFY(g1FromZkeyBytes(buf).value() == p);
        buf[40] ^= 1; // off the curve
        QVERIFY(!g1FromZkeyBytes(buf));
        // A coordinate equal to q is not a field element.
        limbsToBytesLE(FqParams::kModulus, std::span<uint8_t, 32>(buf.data(), 32));
        QVERIFY(!g1FromZkeyBytes(buf));

        std::array<uint8_t, 128> b2{};
        QVERIFY(g2FromZkeyBytes(b2).value().infinity);
        const G2Affine q = g2Generator();
        const Fq* coords[] = {&q.x.c0, &q.x.c1, &q.y.c0, &q.y.c1};
        for (int i = 0; i < 4; ++i)
            limbsToBytesLE(coords[i]->montgomeryLimbs(),
                           std::span<uint8_t, 32>(b2.data() + 32 * i, 32));
        QVERIFY(g2FromZkeyBytes(b2).value() == q);
        b2[100] ^= 1;
        QVERIFY(!g2FromZkeyBytes(b2));
    }
};

QTEST_APPLESS_MAIN(TestCurves)
#include "tst_curves.moc"
