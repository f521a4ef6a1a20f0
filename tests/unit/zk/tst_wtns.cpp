// SPDX-License-Identifier: GPL-3.0-or-later
// .wtns reading and writing: exact byte layout, round trip, rejection of bad files, and (with
// the snarkjs fixture) byte identity with snarkjs's file and `snarkjs wtns check` acceptance.

#include "zk/wtns.h"
#include "zk_fixture.h"

#include <QTemporaryDir>
#include <QtTest>

using bs::crypto::Fr;
using namespace bs::zk;

namespace {

std::vector<Fr> sampleWitness()
{
    return {Fr::one(), Fr::fromU64(7), -Fr::one(), Fr::zero(), Fr::fromU64(1234567890123ull)};
}

} // namespace

class TestWtns : public QObject
{
    Q_OBJECT

private slots:
    void layout()
    {
        const auto w = sampleWitness();
        const auto bytes = encodeWtns(w);
        QCOMPARE(bytes.size(), std::size_t(12 + 12 + 40 + 12 + 32 * w.size()));
        const uint8_t head[] = {'w', 't', 'n', 's', 2, 0, 0, 0, 2, 0, 0,  0, 1, 0,
                                0,   0,   40,  0,   0, 0, 0, 0, 0, 0, 32, 0, 0, 0};
        QVERIFY(std::equal(std::begin(head), std::end(head), bytes.begin()));
        // r, little-endian: ends with 0x30 0x64 (r = 0x30644e72...).
        QCOMPARE(bytes[28], uint8_t(0x01));
        QCOMPARE(bytes[59], uint8_t(0x30));
        QCOMPARE(bytes[60], uint8_t(w.size())); // nWitness
        QCOMPARE(bytes[64], uint8_t(2));        // section 2 id
        QCOMPARE(bytes[68], uint8_t(32 * w.size()));
        QCOMPARE(bytes[76 + 32], uint8_t(7)); // second value, LSB first
    }

    void roundTrip()
    {
        const auto w = sampleWitness();
        const auto decoded = decodeWtns(encodeWtns(w));
        QVERIFY(decoded.ok());
        QVERIFY(*decoded == w);

        QTemporaryDir dir;
        const QString path = dir.filePath("w.wtns");
        QVERIFY(writeWtnsFile(path, w).ok());
        auto back = readWtnsFile(path);
        QVERIFY(back.ok());
        QVERIFY(*back == w);
    }

    void rejectsBadFiles()
    {
        const auto good = encodeWtns(sampleWitness());
        auto bad = good;
        bad[0] = 'x';
        QVERIFY(!decodeWtns(bad).ok());
        for (std::size_t cut : {std::size_t(0), std::size_t(11), std::size_t(30), good.size() - 1})
            QVERIFY(!decodeWtns(std::span(good).first(cut)).ok());
        bad = good;
        bad[4] = 3; // version 3
        QVERIFY(!decodeWtns(bad).ok());
        bad = good;
        bad[28] ^= 2; // another prime
        QVERIFY(!decodeWtns(bad).ok());
        bad = good;
        bad[76] = 2; // witness[0] != 1
        QVERIFY(!decodeWtns(bad).ok());
        bad = good;
        std::fill(bad.begin() + 76 + 32, bad.begin() + 76 + 64, 0xff); // value >= r
        const auto r = decodeWtns(bad);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("value 1") != std::string::npos);
        QVERIFY(!readWtnsFile("/nonexistent/x.wtns").ok());
    }

    void snarkjsInterop()
    {
        BS_REQUIRE_ZK_FIXTURE();
        const QByteArray theirs = zkfixture::readAll(zkfixture::file("witness.wtns"));
        auto w = decodeWtns(
            std::span(reinterpret_cast<const uint8_t*>(theirs.data()), std::size_t(theirs.size())));
        QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
        const auto ours = encodeWtns(*w);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(ours.data()), qsizetype(ours.size())),
                 theirs);

        // A witness we write is accepted by snarkjs against the circuit's constraints...
        QTemporaryDir dir;
        const QString path = dir.filePath("ours.wtns");
        QVERIFY(writeWtnsFile(path, *w).ok());
        auto run = zkfixture::snarkjs({"wtns", "check", zkfixture::file("circuit.r1cs"), path});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        QVERIFY2(run.output.contains("WITNESS IS CORRECT"), run.output.constData());
        // ...and a wrong one is not (negative control for the check above).
        (*w)[w->size() - 1] += Fr::one();
        QVERIFY(writeWtnsFile(path, *w).ok());
        run = zkfixture::snarkjs({"wtns", "check", zkfixture::file("circuit.r1cs"), path});
        QVERIFY(!run.output.contains("WITNESS IS CORRECT"));
    }
};

QTEST_GUILESS_MAIN(TestWtns)
#include "tst_wtns.moc"
