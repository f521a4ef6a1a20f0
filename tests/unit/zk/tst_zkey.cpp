// SPDX-License-Identifier: GPL-3.0-or-later
// The .zkey reader against snarkjs's own view of the same key (verification_key.json), and its
// refusal of truncated, foreign and damaged files.

#include "zk/zkey.h"
#include "zk_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace bs::zk;

namespace {

Fq fq(const QJsonValue& v)
{
    return Fq::fromDecimal(v.toString().toStdString()).value();
}

G1Affine g1Json(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return G1Affine::fromXY(fq(a[0]), fq(a[1]));
}

G2Affine g2Json(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return G2Affine::fromXY({fq(a[0].toArray()[0]), fq(a[0].toArray()[1])},
                            {fq(a[1].toArray()[0]), fq(a[1].toArray()[1])});
}

// Section id -> (payload offset, length), walking the binfile headers independently of the
// code under test.
std::multimap<uint32_t, std::pair<qsizetype, qsizetype>> sections(const QByteArray& f)
{
    auto u32 = [&](qsizetype o) {
        uint32_t v = 0;
        for (int i = 3; i >= 0; --i)
            v = (v << 8) | uint8_t(f[o + i]);
        return v;
    };
    std::multimap<uint32_t, std::pair<qsizetype, qsizetype>> out;
    qsizetype pos = 12;
    for (uint32_t i = 0, n = u32(8); i < n; ++i) {
        const qsizetype len = qsizetype(u32(pos + 4)) | (qsizetype(u32(pos + 8)) << 32);
        out.emplace(u32(pos), std::make_pair(pos + 12, len));
        pos += 12 + len;
    }
    return out;
}

QString writeTemp(const QTemporaryDir& dir, const QByteArray& bytes, const QString& name)
{
    const QString p = dir.filePath(name);
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write temp file");
    return p;
}

} // namespace

class TestZkey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { BS_REQUIRE_ZK_FIXTURE(); }

    void matchesVerificationKey()
    {
        auto z = Zkey::open(zkfixture::file("circuit.zkey"));
        QVERIFY2(z.ok(), z.ok() ? "" : z.error().message.c_str());
        const QJsonObject vk =
            QJsonDocument::fromJson(zkfixture::readAll(zkfixture::file("verification_key.json")))
                .object();
        const ZkeyHeader& h = z->header();
        QCOMPARE(int(h.nPublic), vk["nPublic"].toInt());
        QVERIFY(h.alpha1 == g1Json(vk["vk_alpha_1"]));
        QVERIFY(h.beta2 == g2Json(vk["vk_beta_2"]));
        QVERIFY(h.gamma2 == g2Json(vk["vk_gamma_2"]));
        QVERIFY(h.gamma2 == g2Generator()); // snarkjs never changes gamma
        QVERIFY(h.delta2 == g2Json(vk["vk_delta_2"]));
        const auto ic = z->ic();
        QVERIFY(ic.ok());
        const QJsonArray vkIc = vk["IC"].toArray();
        QCOMPARE(qsizetype(ic->size()), vkIc.size());
        for (qsizetype i = 0; i < vkIc.size(); ++i)
            QVERIFY(ic->at(std::size_t(i)) == g1Json(vkIc[i]));

        QVERIFY((h.domainSize & (h.domainSize - 1)) == 0);
        QCOMPARE(z->a()->size(), std::size_t(h.nVars));
        QCOMPARE(z->b1()->size(), std::size_t(h.nVars));
        QCOMPARE(z->b2()->size(), std::size_t(h.nVars));
        QCOMPARE(z->c()->size(), std::size_t(h.nVars - h.nPublic - 1));
        QCOMPARE(z->h()->size(), std::size_t(h.domainSize));

        // Setup appends one A row per public wire (and wire 0) with coefficient 1.
        const auto coeffs = z->coefficients();
        QVERIFY(coeffs.ok());
        uint32_t maxConstraint = 0;
        for (const auto& c : *coeffs)
            maxConstraint = std::max(maxConstraint, c.constraint);
        for (uint32_t s = 0; s <= h.nPublic; ++s) {
            const uint32_t row = maxConstraint - h.nPublic + s;
            const bool found = std::any_of(coeffs->begin(), coeffs->end(), [&](const auto& c) {
                return c.matrix == 0 && c.constraint == row && c.signal == s &&
                       c.value == bs::crypto::Fr::one();
            });
            QVERIFY2(found, qPrintable(QString("public row for wire %1").arg(s)));
        }
    }

    void freshSetupSectionOrder()
    {
        // snarkjs groth16 setup writes sections out of order; lookups must go by id.
        const QByteArray bytes = zkfixture::readAll(zkfixture::file("circuit_setup.zkey"));
        std::vector<uint32_t> order; // ids in file order
        qsizetype pos = 12;
        for (uint32_t i = 0, n = uint8_t(bytes[8]); i < n; ++i) {
            order.push_back(uint8_t(bytes[pos]));
            qint64 len = 0;
            for (int b = 7; b >= 0; --b)
                len = (len << 8) | uint8_t(bytes[pos + 4 + b]);
            pos += 12 + len;
        }
        QVERIFY(!std::is_sorted(order.begin(), order.end()));

        auto fresh = Zkey::open(zkfixture::file("circuit_setup.zkey"));
        auto final = Zkey::open(zkfixture::file("circuit.zkey"));
        QVERIFY(fresh.ok() && final.ok());
        QVERIFY(fresh->header().alpha1 == final->header().alpha1);
        QVERIFY(fresh->header().beta2 == final->header().beta2);
        QVERIFY(!(fresh->header().delta2 == final->header().delta2)); // the contribution
        QVERIFY(*fresh->ic() == *final->ic());
        QVERIFY(*fresh->a() == *final->a());
        QVERIFY(*fresh->b2() == *final->b2());
        QVERIFY(fresh->h().ok() && fresh->c().ok() && fresh->coefficients().ok());
    }

    void rejectsMissingAndForeignFiles()
    {
        QVERIFY(!Zkey::open("/nonexistent/circuit.zkey").ok());
        const auto wtns = Zkey::open(zkfixture::file("witness.wtns"));
        QVERIFY(!wtns.ok());
        QVERIFY(wtns.error().message.find("not a proving key") != std::string::npos);
        QVERIFY(!Zkey::open(zkfixture::file("circuit.r1cs")).ok());
    }

    void rejectsTruncatedFiles()
    {
        const QByteArray good = zkfixture::readAll(zkfixture::file("circuit.zkey"));
        QTemporaryDir dir;
        for (qsizetype cut : {qsizetype(0), qsizetype(4), qsizetype(12), qsizetype(30),
                              qsizetype(700), good.size() / 2, good.size() - 1}) {
            const auto r = Zkey::open(writeTemp(dir, good.left(cut), "cut.zkey"));
            QVERIFY2(!r.ok(), qPrintable(QString("cut at %1").arg(cut)));
        }
    }

    void rejectsDamagedFiles()
    {
        const QByteArray good = zkfixture::readAll(zkfixture::file("circuit.zkey"));
        const auto secs = sections(good);
        QTemporaryDir dir;

        QByteArray bad = good; // PLONK key
        bad[secs.find(1)->second.first] = 2;
        auto r = Zkey::open(writeTemp(dir, bad, "plonk.zkey"));
        QVERIFY(!r.ok() && r.error().message.find("Groth16") != std::string::npos);

        bad = good; // another base field
        bad[secs.find(2)->second.first + 4] ^= 1;
        r = Zkey::open(writeTemp(dir, bad, "curve.zkey"));
        QVERIFY(!r.ok() && r.error().message.find("BN254") != std::string::npos);

        bad = good; // alpha1 off the curve
        bad[secs.find(2)->second.first + 84 + 40] ^= 1;
        QVERIFY(!Zkey::open(writeTemp(dir, bad, "alpha.zkey")).ok());

        bad = good; // a point of section A (first non-infinity one) off the curve
        {
            auto [off, len] = secs.find(5)->second;
            qsizetype p = off;
            while (p < off + len && good.mid(p, 64).count('\0') == 64)
                p += 64;
            bad[p + 33] = char(bad[p + 33] ^ 1);
            auto z = Zkey::open(writeTemp(dir, bad, "a.zkey"));
            QVERIFY(z.ok()); // bulk sections are checked when decoded
            QVERIFY(!z->a().ok());
        }

        bad = good; // coefficient pointing past the last wire
        bad[secs.find(4)->second.first + 4 + 8] = char(0xff);
        bad[secs.find(4)->second.first + 4 + 9] = char(0xff);
        {
            auto z = Zkey::open(writeTemp(dir, bad, "coef.zkey"));
            QVERIFY(z.ok());
            QVERIFY(!z->coefficients().ok());
        }

        bad = good; // a duplicated header section
        bad.append(QByteArray::fromHex("01000000"
                                       "0400000000000000"
                                       "01000000"));
        bad[8] = char(uint8_t(bad[8]) + 1);
        r = Zkey::open(writeTemp(dir, bad, "dup.zkey"));
        QVERIFY(!r.ok() && r.error().message.find("twice") != std::string::npos);

        bad = good; // H section one point short (length field and data)
        {
            auto [off, len] = secs.find(9)->second;
            bad.remove(off + len - 64, 64);
            const qsizetype lenField = off - 8;
            const uint64_t newLen = uint64_t(len - 64);
            for (int i = 0; i < 8; ++i)
                bad[lenField + i] = char(newLen >> (8 * i));
            r = Zkey::open(writeTemp(dir, bad, "h.zkey"));
            QVERIFY(!r.ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestZkey)
#include "tst_zkey.moc"
