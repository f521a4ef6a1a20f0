// SPDX-License-Identifier: GPL-3.0-or-later
// BabyJubJub against tests/data/babyjubjub.json (computed with @zk-kit/baby-jubjub and
// circomlibjs) and against GMP for the scalar field mod l.

#include "../testing.h"
#include "crypto/babyjubjub.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <gmp.h>
#include <random>

using bs::crypto::AffinePoint;
using bs::crypto::Fr;
using bs::crypto::Point;
using bs::crypto::Scalar;
using bs::test::affine;
using bs::test::fr;
using bs::test::point;

namespace {

const char* kL = "2736030358979909402780800718157159386076813972158567259200215660948447373041";
const char* kP = "21888242871839275222246405745257275088548364400416034343698204186575808495617";

// Any non-negative decimal integer < 2^256 as little-endian limbs (GMP parses it).
std::array<uint64_t, 4> bigLimbs(const QString& dec)
{
    mpz_t z;
    mpz_init_set_str(z, dec.toStdString().c_str(), 10);
    std::array<uint64_t, 4> l{};
    if (mpz_sizeinbase(z, 2) > 256)
        qFatal("scalar too wide");
    mpz_export(l.data(), nullptr, -1, sizeof(uint64_t), 0, 0, z);
    mpz_clear(z);
    return l;
}

// Any integer < 2^256 reduced mod l by Scalar::fromBytesBEReduce.
Scalar scalarReduced(const QString& dec)
{
    const auto limbs = bigLimbs(dec);
    std::array<uint8_t, 32> be{};
    for (int i = 0; i < 32; ++i)
        be[31 - i] = static_cast<uint8_t>(limbs[i / 8] >> (8 * (i % 8)));
    return Scalar::fromBytesBEReduce(be);
}

// Textbook affine addition on a*x^2 + y^2 = 1 + d*x^2*y^2 with the public constants (two
// inversions per step): an independent reference for the projective formulas, which work on
// the isomorphic a = -1 curve.
AffinePoint affineAdd(const AffinePoint& p, const AffinePoint& q)
{
    const Fr a = Fr::fromU64(Point::kA);
    const Fr d = Fr::fromU64(Point::kD);
    const Fr t = d * p.x * q.x * p.y * q.y;
    return AffinePoint{(p.x * q.y + p.y * q.x) * (Fr::one() + t).inverse(),
                       (p.y * q.y - a * p.x * q.x) * (Fr::one() - t).inverse()};
}

// k*p by double-and-add with affineAdd (k little-endian, any 256-bit integer).
AffinePoint affineMul(const AffinePoint& p, const std::array<uint64_t, 4>& k)
{
    AffinePoint r{Fr::zero(), Fr::one()};
    for (int i = 255; i >= 0; --i) {
        r = affineAdd(r, r);
        if ((k[i / 64] >> (i % 64)) & 1)
            r = affineAdd(r, p);
    }
    return r;
}

bool onCurve(const AffinePoint& p)
{
    const Fr x2 = p.x.square();
    const Fr y2 = p.y.square();
    return Fr::fromU64(Point::kA) * x2 + y2 == Fr::one() + Fr::fromU64(Point::kD) * x2 * y2;
}

std::string mpzDec(const mpz_t z)
{
    std::vector<char> buf(mpz_sizeinbase(z, 10) + 2);
    mpz_get_str(buf.data(), 10, z);
    return buf.data();
}

} // namespace

class TestBabyJubJub : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_v;

private slots:
    void initTestCase() { m_v = bs::test::loadJson("babyjubjub.json"); }

    void parametersMatchVectors()
    {
        const QJsonObject params = m_v["params"].toObject();
        QCOMPARE(params["p"].toString().toStdString(), std::string(kP));
        QCOMPARE(params["subgroupOrder_l"].toString().toStdString(), std::string(kL));
        QCOMPARE(params["a"].toString().toULongLong(), Point::kA);
        QCOMPARE(params["d"].toString().toULongLong(), Point::kD);
        QCOMPARE(Point::base8().toAffine(), affine(params["Base8"]));
        QVERIFY(Point::identity().isIdentity());
        QCOMPARE(Point::identity().toAffine(), affine(params["identity"]));

        mpz_t l, p, x;
        mpz_inits(l, p, x, nullptr);
        mpz_set_str(l, kL, 10);
        mpz_set_str(p, kP, 10);
        // Scalar's modulus is l; Fr's is p.
        mpz_import(x, 4, -1, 8, 0, 0, Scalar::kModulus.data());
        QCOMPARE(mpz_cmp(x, l), 0);
        QVERIFY(mpz_probab_prime_p(l, 30) > 0);
        // kNonResidue is a non-residue mod l (Scalar::sqrt relies on it).
        mpz_set_ui(x, bs::crypto::SubgroupOrderParams::kNonResidue);
        QCOMPARE(mpz_legendre(x, l), -1);
        // Completeness of the addition law: a is a square, d is not.
        mpz_set_ui(x, Point::kA);
        QCOMPARE(mpz_legendre(x, p), 1);
        mpz_set_ui(x, Point::kD);
        QCOMPARE(mpz_legendre(x, p), -1);
        // Curve order = 8*l.
        mpz_mul_ui(x, l, 8);
        QCOMPARE(mpzDec(x), params["curveOrder"].toString().toStdString());
        mpz_clears(l, p, x, nullptr);
    }

    void scalarMultiplications()
    {
        const QJsonArray cases = m_v["scalarMultiplications"].toArray();
        QVERIFY(cases.size() >= 16);
        for (const QJsonValue& c : cases) {
            const QJsonObject o = c.toObject();
            const Point base = o["point"].isString() ? Point::base8() : point(o["point"]);
            if (o["point"].isString())
                QCOMPARE(o["point"].toString(), QStringLiteral("Base8"));
            const QString k = o["scalar"].toString();
            const AffinePoint expected = affine(o["result"]);
            const Scalar s = scalarReduced(k);
            QCOMPARE(base.mul(s).toAffine(), expected);
            QCOMPARE(base.mulVartime(s).toAffine(), expected);
            // Unreduced 256-bit multiplier, variable-time path.
            QCOMPARE(base.mulVartime(bigLimbs(k)).toAffine(), expected);
            if (o["point"].isString()) {
                QCOMPARE(Point::mulBase(s).toAffine(), expected);
                QCOMPARE(Point::mulBaseVartime(s).toAffine(), expected);
            }
        }
    }

    void additionsAndSubtractions()
    {
        for (const QJsonValue& c : m_v["additions"].toArray()) {
            const QJsonObject o = c.toObject();
            const Point p = point(o["P"]);
            const Point q = point(o["Q"]);
            QCOMPARE((p + q).toAffine(), affine(o["sum"]));
            QCOMPARE((q + p).toAffine(), affine(o["sum"]));
            Point acc = p;
            acc += q;
            QCOMPARE(acc.toAffine(), affine(o["sum"]));
            if (p == q)
                QCOMPARE(p.dbl().toAffine(), affine(o["sum"]));
        }
        for (const QJsonValue& c : m_v["subtractions"].toArray()) {
            const QJsonObject o = c.toObject();
            const Point p = point(o["P"]);
            const Point q = point(o["Q"]);
            QCOMPARE((p - q).toAffine(), affine(o["difference"]));
            Point acc = p;
            acc -= q;
            QCOMPARE(acc.toAffine(), affine(o["difference"]));
            // Consistent with the notes: P = 67890*B, Q = 12345*B, P - Q = 55545*B.
            QCOMPARE(p - q, Point::mulBase(Scalar::fromU64(55545)));
        }
    }

    void publicKeys()
    {
        const QJsonArray cases = m_v["publicKeysFromScalar"].toArray();
        QVERIFY(!cases.isEmpty());
        for (const QJsonValue& c : cases) {
            const QJsonObject o = c.toObject();
            const auto s = Scalar::fromDecimal(o["privateScalar"].toString().toStdString());
            QVERIFY(s.has_value());
            QCOMPARE(Point::mulBase(*s).toAffine(), affine(o["publicKey"]));
            QCOMPARE(Point::base8().mul(*s).toAffine(), affine(o["publicKey"]));
        }
    }

    void onCurveChecks()
    {
        const QJsonArray cases = m_v["onCurveChecks"].toArray();
        QVERIFY(cases.size() >= 6);
        for (const QJsonValue& c : cases) {
            const QJsonObject o = c.toObject();
            const AffinePoint a = affine(o["point"]);
            const bool onCurve = o["onCurve"].toBool();
            const auto p = Point::fromAffine(a);
            // The full generator G has order 8l: on the curve but NOT in the subgroup.
            const bool isG = a == affine(m_v["params"].toObject()["Generator_G_order_8l"]);
            QCOMPARE(p.has_value(), onCurve && !isG);
        }
    }

    void subgroupCheckRejectsSmallOrderAndCofactorPoints()
    {
        const AffinePoint g = affine(m_v["params"].toObject()["Generator_G_order_8l"]);
        QVERIFY(!Point::fromAffine(g).has_value());
        // (0, -1) has order 2; (0, 1) is the identity.
        QVERIFY(!Point::fromAffine(Fr::zero(), -Fr::one()).has_value());
        QVERIFY(Point::fromAffine(Fr::zero(), Fr::one()).has_value());
        QVERIFY(!Point::fromAffine(Fr::zero(), Fr::zero()).has_value());
        // B + (point of order 2) is on the curve but outside the subgroup.
        const AffinePoint b = Point::base8().toAffine();
        QVERIFY(!Point::fromAffine(-b.x, -b.y).has_value());
        QVERIFY(Point::fromAffine(-b.x, b.y).has_value()); // -B
    }

    void isomorphicCurveIsComplete()
    {
        // The points are kept on -u^2 + v^2 = 1 + d'u^2v^2, u = sqrt(-a) x, d' = -d/a. That
        // needs -a to be a square (so the map is defined over Fr) and, for the complete
        // addition law, d' a non-square.
        mpz_t p, a, d, x;
        mpz_inits(p, a, d, x, nullptr);
        mpz_set_str(p, kP, 10);
        mpz_set_ui(a, Point::kA);
        mpz_set_ui(d, Point::kD);
        mpz_sub(x, p, a); // -a
        QCOMPARE(mpz_legendre(x, p), 1);
        QVERIFY(mpz_invert(x, a, p) != 0);
        mpz_mul(x, x, d);
        mpz_neg(x, x);
        mpz_mod(x, x, p); // -d/a
        QCOMPARE(mpz_legendre(x, p), -1);
        mpz_clears(p, a, d, x, nullptr);
    }

    void formulasAgreeWithAffineReference()
    {
        std::mt19937_64 gen(7);
        for (int i = 0; i < 25; ++i) {
            const Point p = Point::mulBase(Scalar::fromLimbsReduce({gen(), gen(), gen(), 0}));
            const Point q = Point::mulBase(Scalar::fromLimbsReduce({gen(), gen(), gen(), 0}));
            const AffinePoint pa = p.toAffine();
            const AffinePoint qa = q.toAffine();
            QVERIFY(onCurve(pa));
            QCOMPARE((p + q).toAffine(), affineAdd(pa, qa));
            QCOMPARE((p - q).toAffine(), affineAdd(pa, AffinePoint{-qa.x, qa.y}));
            QCOMPARE(p.dbl().toAffine(), affineAdd(pa, pa));
            QCOMPARE((p + p).toAffine(), affineAdd(pa, pa));
            QCOMPARE((p - p).toAffine(), (AffinePoint{Fr::zero(), Fr::one()}));
            const std::array<uint64_t, 4> k{gen(), 0, 0, 0};
            const AffinePoint expected = affineMul(pa, k);
            QCOMPARE(p.mulVartime(k).toAffine(), expected);
            QCOMPARE(p.mul(Scalar::fromLimbsReduce(k)).toAffine(), expected);
            std::vector<Point> pts{p, q, p + q};
            const auto batch = Point::batchToAffine(pts);
            QCOMPARE(batch[0], pa);
            QCOMPARE(batch[2], affineAdd(pa, qa));
        }
    }

    // Scalars whose 4-bit windows force every case of the signed-digit recoding of the
    // constant-time multiplication (digit 8, carries through runs of 8s and 15s, the top
    // window), against the double-and-add reference.
    void signedDigitEdgeCases()
    {
        const Point p = Point::mulBase(Scalar::fromU64(424242));
        const AffinePoint pa = p.toAffine();
        const std::array<std::array<uint64_t, 4>, 7> ks = {{
            {0x8888888888888888ull, 0x8888888888888888ull, 0x8888888888888888ull,
             0x0088888888888888ull},
            {0x9999999999999999ull, 0x9999999999999999ull, 0x9999999999999999ull,
             0x0599999999999999ull},
            {~0ull, ~0ull, ~0ull, 0x05ffffffffffffffull},
            {0x8ull, 0, 0, 0},
            {0xf8ull, 0, 0, 0},
            {0, 0, 0, 0x0600000000000000ull},
            {0x7777777777777777ull, 0x7777777777777777ull, 0x7777777777777777ull,
             0x0577777777777777ull},
        }};
        for (const auto& k : ks) {
            QVERIFY(Scalar::isBelowModulus(k));
            const Scalar s = Scalar::fromLimbsReduce(k);
            QCOMPARE(s.canonicalLimbs(), k);
            const AffinePoint expected = affineMul(pa, k);
            QCOMPARE(p.mul(s).toAffine(), expected);
            QCOMPARE(p.mulVartime(s).toAffine(), expected);
            QCOMPARE(Point::base8().mul(s), Point::mulBase(s));
        }
    }

    // The subgroup check (a wNAF multiplication by l) refuses every point with a non-zero
    // component in the 8-torsion: P + j*T for a point T of order 8 and j = 1..7, and the
    // torsion points themselves, all on the curve. Built with the affine reference.
    void subgroupCheckRejectsEveryTorsionComponent()
    {
        const AffinePoint g = affine(m_v["params"].toObject()["Generator_G_order_8l"]);
        const AffinePoint t8 = affineMul(g, bigLimbs(kL)); // order 8
        const AffinePoint id{Fr::zero(), Fr::one()};
        QVERIFY(!(t8 == id));
        QVERIFY(!(affineMul(t8, {4, 0, 0, 0}) == id));
        QCOMPARE(affineMul(t8, {4, 0, 0, 0}), (AffinePoint{Fr::zero(), -Fr::one()}));
        QCOMPARE(affineMul(t8, {8, 0, 0, 0}), id);
        std::mt19937_64 gen(3);
        for (int i = 0; i < 4; ++i) {
            const Point p = Point::mulBase(Scalar::fromLimbsReduce({gen(), gen(), gen(), 0}));
            const AffinePoint pa = i == 0 ? id : p.toAffine();
            AffinePoint torsion = id;
            for (int j = 1; j < 8; ++j) {
                torsion = affineAdd(torsion, t8);
                const AffinePoint q = affineAdd(pa, torsion);
                QVERIFY(onCurve(q));
                QVERIFY2(!Point::fromAffine(q).has_value(), "torsion component accepted");
            }
            const auto back = Point::fromAffine(pa);
            QVERIFY(back.has_value());
            QCOMPARE(back->toAffine(), pa);
        }
    }

    void groupLaws()
    {
        std::mt19937_64 gen(42);
        auto randomScalar = [&] {
            std::array<uint8_t, 64> bytes{};
            for (auto& x : bytes)
                x = static_cast<uint8_t>(gen());
            return Scalar::fromBytesBEReduce(bytes);
        };
        const Point b = Point::base8();
        for (int i = 0; i < 40; ++i) {
            const Scalar x = randomScalar();
            const Scalar y = randomScalar();
            const Point px = Point::mulBase(x);
            const Point py = Point::mulBase(y);
            QCOMPARE(px + py, Point::mulBase(x + y));
            QCOMPARE(px - py, Point::mulBase(x - y));
            QCOMPARE(px.mul(y), py.mul(x));
            QCOMPARE(px.mul(y), Point::mulBase(x * y));
            QCOMPARE(px.mulVartime(y), px.mul(y));
            QCOMPARE(b.mul(x), px);
            QCOMPARE(px.dbl(), px + px);
            QVERIFY((px - px).isIdentity());
            QVERIFY((px + (-px)).isIdentity());
            QCOMPARE(px + Point::identity(), px);
            QCOMPARE(Point::identity().mul(x), Point::identity());
            QVERIFY(px.mul(Scalar::zero()).isIdentity());
            // Round trip through affine and the checked constructor.
            const auto back = Point::fromAffine(px.toAffine());
            QVERIFY(back.has_value());
            QCOMPARE(*back, px);
        }
        // Negation is (p - x, y).
        const AffinePoint nb = (-b).toAffine();
        QCOMPARE(nb.x, -b.toAffine().x);
        QCOMPARE(nb.y, b.toAffine().y);
        // l - 1 times B is -B, and the edge scalars.
        const Scalar lm1 = -Scalar::one();
        QCOMPARE(Point::mulBase(lm1), -b);
        QCOMPARE(b.mul(lm1), -b);
        QVERIFY(Point::mulBase(Scalar::zero()).isIdentity());
    }

    void wideMultipliersReduceModL()
    {
        // The transfer circuit accepts ElGamal randomness below 2^253 > l: reducing it mod l
        // first (the documented way) gives the same point as the unreduced multiplication.
        std::mt19937_64 gen(1);
        const Point pk = Point::mulBase(Scalar::fromU64(987654321));
        for (int i = 0; i < 20; ++i) {
            std::array<uint64_t, 4> k{gen(), gen(), gen(), gen() >> 3}; // < 2^253
            if (i == 0)
                k = {~0ull, ~0ull, ~0ull, (1ull << 61) - 1}; // 2^253 - 1
            const Scalar reduced = Scalar::fromLimbsReduce(k);
            QCOMPARE(pk.mul(reduced), pk.mulVartime(k));
            QCOMPARE(Point::mulBase(reduced), Point::base8().mulVartime(k));
        }
    }

    void batchToAffine()
    {
        std::vector<Point> pts;
        Point acc;
        for (int i = 0; i < 20; ++i) {
            pts.push_back(acc);
            acc += Point::base8();
        }
        const auto aff = Point::batchToAffine(pts);
        QCOMPARE(aff.size(), pts.size());
        for (std::size_t i = 0; i < pts.size(); ++i)
            QCOMPARE(aff[i], pts[i].toAffine());
    }

    void scalarParsing()
    {
        QVERIFY(!Scalar::fromDecimal(kL).has_value());
        QVERIFY(Scalar::fromDecimal(
                    "2736030358979909402780800718157159386076813972158567259200215660948447373040")
                    .has_value());
        QVERIFY(!Scalar::fromDecimal("-5").has_value());
        // 512-bit reduction (key derivation style) against GMP.
        std::mt19937_64 gen(9);
        mpz_t l, z;
        mpz_inits(l, z, nullptr);
        mpz_set_str(l, kL, 10);
        for (int i = 0; i < 200; ++i) {
            std::array<uint8_t, 64> bytes{};
            for (auto& x : bytes)
                x = static_cast<uint8_t>(gen());
            mpz_import(z, 64, 1, 1, 1, 0, bytes.data());
            mpz_mod(z, z, l);
            QCOMPARE(Scalar::fromBytesBEReduce(bytes).toDecimal(), mpzDec(z));
        }
        mpz_clears(l, z, nullptr);
    }
};

QTEST_APPLESS_MAIN(TestBabyJubJub)
#include "tst_babyjubjub.moc"
