// SPDX-License-Identifier: GPL-3.0-or-later
// scrypt through OpenSSL against the RFC 7914 test vectors (section 12; the first 32 bytes
// of each 64-byte output, which is what a 32-byte derivation returns), the parameter bounds,
// and calibration landing in a sane time window.
#include "vault/kdf.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace bs::vault;

namespace {

QByteArray derive(const char* pw, const char* salt, KdfParams p)
{
    const std::string_view pv(pw);
    const std::string_view sv(salt);
    auto k = deriveKey(
        std::span<const char>(pv.data(), pv.size()),
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(sv.data()), sv.size()),
        p);
    if (!k)
        return QByteArray("error: ") + k.error().message.c_str();
    return QByteArray(reinterpret_cast<const char*>(k->bytes().data()), 32).toHex();
}

} // namespace

class TestKdf : public QObject
{
    Q_OBJECT

private slots:
    void rfc7914Vectors()
    {
        QCOMPARE(derive("", "", KdfParams{16, 1, 1}),
                 QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"));
        QCOMPARE(derive("password", "NaCl", KdfParams{1024, 8, 16}),
                 QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"));
        QCOMPARE(derive("pleaseletmein", "SodiumChloride", KdfParams{16384, 8, 1}),
                 QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"));
    }

    void bounds()
    {
        QVERIFY(validateKdfParams(KdfParams::minimum()).ok());
        QVERIFY(validateKdfParams(KdfParams{KdfParams::kMaxCalibratedN, 8, 1}).ok());
        QVERIFY(!validateKdfParams(KdfParams{0, 8, 1}).ok());
        QVERIFY(!validateKdfParams(KdfParams{1, 8, 1}).ok());
        QVERIFY(!validateKdfParams(KdfParams{3000, 8, 1}).ok());     // not a power of two
        QVERIFY(!validateKdfParams(KdfParams{1u << 21, 1, 1}).ok()); // N too large
        QVERIFY(!validateKdfParams(KdfParams{1u << 19, 8, 1}).ok()); // 512 MiB
        QVERIFY(!validateKdfParams(KdfParams{1u << 10, 0, 1}).ok());
        QVERIFY(!validateKdfParams(KdfParams{1u << 10, 8, 0}).ok());
        QVERIFY(!validateKdfParams(KdfParams{1u << 10, 8, 17}).ok());
        QVERIFY(!validateKdfParams(KdfParams{1u << 10, 33, 1}).ok());
        QVERIFY(derive("x", "y", KdfParams{3000, 8, 1}).startsWith("error"));
        QCOMPARE(kdfMemoryBytes(KdfParams{1u << 14, 8, 1}), quint64(16u << 20) + 1024);
    }

    void calibrationLandsNearHalfASecond()
    {
        const KdfParams p = KdfParams::calibrate();
        QCOMPARE(p.r, quint32(8));
        QCOMPARE(p.p, quint32(1));
        QVERIFY(p.n >= KdfParams::minimum().n && p.n <= KdfParams::kMaxCalibratedN);
        QVERIFY((p.n & (p.n - 1)) == 0);
        QVERIFY(kdfMemoryBytes(p) <= (quint64(256) << 20) + 4096);
        QElapsedTimer t;
        t.start();
        QVERIFY(!derive("passphrase", "salt", p).startsWith("error"));
        const qint64 ms = t.elapsed();
        qInfo("calibrated N = 2^%d, one derivation %lld ms", int(std::log2(double(p.n))), ms);
        // Nearest power of two to 0.5 s is within [0.35, 0.71] s; allow for a busy machine
        // and for the floor (a very fast machine) and the cap (a very slow one).
        if (p.n == KdfParams::minimum().n)
            QVERIFY2(ms <= 2000, qPrintable(QString::number(ms)));
        else if (p.n == KdfParams::kMaxCalibratedN)
            QVERIFY2(ms >= 120, qPrintable(QString::number(ms)));
        else
            QVERIFY2(ms >= 120 && ms <= 2000, qPrintable(QString::number(ms)));
        // A smaller target never picks a larger N.
        QVERIFY(KdfParams::calibrate(std::chrono::milliseconds(60)).n <= p.n);
    }
};

QTEST_GUILESS_MAIN(TestKdf)
#include "tst_kdf.moc"
