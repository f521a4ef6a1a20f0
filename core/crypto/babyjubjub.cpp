// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/babyjubjub.h"

#include "crypto/random.h"

#include <openssl/crypto.h>

namespace bs::crypto {

namespace {

constexpr Fr kCurveA = Fr::fromU64(Point::kA);
constexpr Fr kCurveD = Fr::fromU64(Point::kD);

constexpr int kWindowBits = 4;
constexpr int kWindowSize = 1 << kWindowBits;
// l < 2^251, so 63 windows of 4 bits cover every canonical scalar.
constexpr int kWindows = 63;

// 4-bit window number `i` (0 = least significant) of a little-endian 256-bit integer.
inline uint64_t window(const std::array<uint64_t, 4>& k, int i)
{
    const int bit = i * kWindowBits;
    return (k[bit / 64] >> (bit % 64)) & (kWindowSize - 1);
}

// 1 if a == b else 0, without branches (a, b < 2^63).
inline uint64_t ctEqual(uint64_t a, uint64_t b)
{
    return ((a ^ b) - 1) >> 63;
}

// Precomputed affine point for mixed addition: (x, y, d*x*y).
struct AffineCached
{
    Fr x;
    Fr y = Fr::one();
    Fr dxy;
};

} // namespace

// Access to the coordinates for the formulas below, kept out of the public header.
struct PointOps
{
    static Point make(const Fr& x, const Fr& y, const Fr& z, const Fr& t)
    {
        return Point(x, y, z, t);
    }

    // Unified addition, add-2008-hwcd with general a (complete on BabyJubJub: a is a square
    // and d a non-square in Fr, checked in tst_babyjubjub).
    static Point add(const Point& p, const Point& q)
    {
        const Fr a = p.m_x * q.m_x;
        const Fr b = p.m_y * q.m_y;
        const Fr c = kCurveD * p.m_t * q.m_t;
        const Fr d = p.m_z * q.m_z;
        const Fr e = (p.m_x + p.m_y) * (q.m_x + q.m_y) - a - b;
        const Fr f = d - c;
        const Fr g = d + c;
        const Fr h = b - kCurveA * a;
        return Point(e * f, g * h, f * g, e * h);
    }

    // Mixed addition with an affine point (Z2 = 1, d*x2*y2 precomputed).
    static Point addAffine(const Point& p, const AffineCached& q)
    {
        const Fr a = p.m_x * q.x;
        const Fr b = p.m_y * q.y;
        const Fr c = p.m_t * q.dxy;
        const Fr& d = p.m_z;
        const Fr e = (p.m_x + p.m_y) * (q.x + q.y) - a - b;
        const Fr f = d - c;
        const Fr g = d + c;
        const Fr h = b - kCurveA * a;
        return Point(e * f, g * h, f * g, e * h);
    }

    // dbl-2008-hwcd with general a. T is not an input of the formula, so the doublings that
    // only feed another doubling skip the T output (one multiplication fewer); such a point
    // has no valid T and never leaves this file (see dbl4).
    template <bool WithT = true>
    static Point dbl(const Point& p)
    {
        const Fr a = p.m_x.square();
        const Fr b = p.m_y.square();
        const Fr c = p.m_z.square().dbl();
        const Fr d = kCurveA * a;
        const Fr e = (p.m_x + p.m_y).square() - a - b;
        const Fr g = d + b;
        const Fr f = g - c;
        const Fr h = d - b;
        return Point(e * f, g * h, f * g, WithT ? e * h : Fr());
    }

    // 16 * p: four doublings, only the last computes T.
    static Point dbl4(const Point& p) { return dbl(dbl<false>(dbl<false>(dbl<false>(p)))); }

    static AffineCached cached(const AffinePoint& p)
    {
        return AffineCached{p.x, p.y, kCurveD * p.x * p.y};
    }

    static void conditionalAssign(AffineCached& dst, const AffineCached& src, uint64_t cond)
    {
        dst.x.conditionalAssign(src.x, cond);
        dst.y.conditionalAssign(src.y, cond);
        dst.dxy.conditionalAssign(src.dxy, cond);
    }

    // table[j] = j*p for j in [0, 16).
    static std::array<Point, kWindowSize> windowTable(const Point& p)
    {
        std::array<Point, kWindowSize> table;
        table[1] = p;
        for (int j = 2; j < kWindowSize; ++j)
            table[j] = (j % 2 == 0) ? dbl(table[j / 2]) : add(table[j - 1], p);
        return table;
    }
};

namespace {

// Fixed-base table: entry [i][j] = j * 16^i * Base8 in affine form.
struct BaseTable
{
    std::array<std::array<AffineCached, kWindowSize>, kWindows> entries;
};

const BaseTable& baseTable()
{
    static const BaseTable table = [] {
        BaseTable t;
        std::vector<Point> pts;
        pts.reserve(kWindows * kWindowSize);
        Point base = Point::base8();
        for (int i = 0; i < kWindows; ++i) {
            const auto row = PointOps::windowTable(base);
            pts.insert(pts.end(), row.begin(), row.end());
            base = PointOps::dbl4(base);
        }
        const auto affine = Point::batchToAffine(pts);
        for (int i = 0; i < kWindows; ++i)
            for (int j = 0; j < kWindowSize; ++j)
                t.entries[i][j] = PointOps::cached(affine[i * kWindowSize + j]);
        return t;
    }();
    return table;
}

} // namespace

Scalar randomNonZeroScalar()
{
    std::array<uint8_t, 32> bytes{};
    for (;;) {
        randomBytes(bytes);
        bytes[0] &= 0x07; // l < 2^251: keep 251 bits, accept about 3 draws in 4
        const auto k = Scalar::fromBytesBE(bytes);
        if (k && !k->isZero()) {
            OPENSSL_cleanse(bytes.data(), bytes.size());
            return *k;
        }
    }
}

Point::Point()
    : m_x()
    , m_y(Fr::one())
    , m_z(Fr::one())
    , m_t()
{}

Point::Point(const Fr& x, const Fr& y, const Fr& z, const Fr& t)
    : m_x(x)
    , m_y(y)
    , m_z(z)
    , m_t(t)
{}

Point Point::fromAffineUnchecked(const Fr& x, const Fr& y)
{
    return Point(x, y, Fr::one(), x * y);
}

const Point& Point::base8()
{
    static const Point b = fromAffineUnchecked(
        Fr::fromDecimal(
            "5299619240641551281634865583518297030282874472190772894086521144482721001553")
            .value(),
        Fr::fromDecimal(
            "16950150798460657717958625567821834550301663161624707787222815936182638968203")
            .value());
    return b;
}

bool Point::isOnCurve(const Fr& x, const Fr& y)
{
    const Fr x2 = x.square();
    const Fr y2 = y.square();
    return kCurveA * x2 + y2 == Fr::one() + kCurveD * x2 * y2;
}

std::optional<Point> Point::fromAffine(const Fr& x, const Fr& y)
{
    if (!isOnCurve(x, y))
        return std::nullopt;
    const Point p = fromAffineUnchecked(x, y);
    // Prime-order subgroup check: l*P must be the identity. The cofactor part (order
    // dividing 8) would survive the multiplication.
    if (!p.mulVartime(SubgroupOrderParams::kModulus).isIdentity())
        return std::nullopt;
    return p;
}

AffinePoint Point::toAffine() const
{
    const Fr zi = m_z.inverse();
    return AffinePoint{m_x * zi, m_y * zi};
}

std::vector<AffinePoint> Point::batchToAffine(std::span<const Point> points)
{
    std::vector<Fr> zs;
    zs.reserve(points.size());
    for (const Point& p : points)
        zs.push_back(p.m_z);
    batchInverse(std::span<Fr>(zs));
    std::vector<AffinePoint> out;
    out.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i)
        out.push_back(AffinePoint{points[i].m_x * zs[i], points[i].m_y * zs[i]});
    return out;
}

Point Point::operator+(const Point& o) const
{
    return PointOps::add(*this, o);
}

Point Point::operator-(const Point& o) const
{
    return PointOps::add(*this, -o);
}

Point Point::operator-() const
{
    return Point(-m_x, m_y, m_z, -m_t);
}

Point Point::dbl() const
{
    return PointOps::dbl(*this);
}

void Point::conditionalAssign(const Point& p, uint64_t cond)
{
    m_x.conditionalAssign(p.m_x, cond);
    m_y.conditionalAssign(p.m_y, cond);
    m_z.conditionalAssign(p.m_z, cond);
    m_t.conditionalAssign(p.m_t, cond);
}

Point Point::mul(const Scalar& k) const
{
    const auto limbs = k.canonicalLimbs();
    const auto table = PointOps::windowTable(*this);
    Point r;
    for (int i = kWindows - 1; i >= 0; --i) {
        if (i != kWindows - 1)
            r = PointOps::dbl4(r);
        // Constant-time lookup: read every entry, keep the one whose index matches.
        const uint64_t w = window(limbs, i);
        Point sel;
        for (int j = 0; j < kWindowSize; ++j)
            sel.conditionalAssign(table[j], ctEqual(static_cast<uint64_t>(j), w));
        r = PointOps::add(r, sel);
    }
    return r;
}

Point Point::mulBase(const Scalar& k)
{
    const auto limbs = k.canonicalLimbs();
    const BaseTable& t = baseTable();
    Point r;
    for (int i = 0; i < kWindows; ++i) {
        const uint64_t w = window(limbs, i);
        AffineCached sel;
        for (int j = 0; j < kWindowSize; ++j)
            PointOps::conditionalAssign(sel, t.entries[i][j], ctEqual(static_cast<uint64_t>(j), w));
        r = PointOps::addAffine(r, sel);
    }
    return r;
}

Point Point::mulVartime(const std::array<uint64_t, 4>& k) const
{
    const auto table = PointOps::windowTable(*this);
    Point r;
    bool started = false;
    for (int i = 256 / kWindowBits - 1; i >= 0; --i) {
        if (started)
            r = PointOps::dbl4(r);
        const uint64_t w = window(k, i);
        if (w != 0) {
            r = started ? PointOps::add(r, table[w]) : table[w];
            started = true;
        }
    }
    return r;
}

Point Point::mulVartime(const Scalar& k) const
{
    return mulVartime(k.canonicalLimbs());
}

Point Point::mulBaseVartime(const Scalar& k)
{
    const auto limbs = k.canonicalLimbs();
    const BaseTable& t = baseTable();
    Point r;
    for (int i = 0; i < kWindows; ++i) {
        const uint64_t w = window(limbs, i);
        if (w != 0)
            r = PointOps::addAffine(r, t.entries[i][w]);
    }
    return r;
}

bool Point::isIdentity() const
{
    return m_x.isZero() && m_y == m_z;
}

bool Point::operator==(const Point& o) const
{
    return m_x * o.m_z == o.m_x * m_z && m_y * o.m_z == o.m_y * m_z;
}

} // namespace bs::crypto
