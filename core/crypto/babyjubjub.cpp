// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/babyjubjub.h"

#include "crypto/random.h"

#include <openssl/crypto.h>

namespace bs::crypto {

namespace {

// The curve of the public API: a*x^2 + y^2 = 1 + d*x^2*y^2.
constexpr Fr kCurveA = Fr::fromU64(Point::kA);
constexpr Fr kCurveD = Fr::fromU64(Point::kD);

// Internally points live on the isomorphic curve -u^2 + v^2 = 1 + d'*u^2*v^2 with
// u = c*x, v = y, c = sqrt(-a), d' = -d/a (substitute: -c^2 x^2 = a x^2, d' c^2 = d).
// -a is a square because a and -1 are (p = 1 mod 4), so the map is defined over Fr; d' is
// a non-square like d (d' = d * (-1/a)), so the a = -1 addition law is complete too
// (checked with GMP in tst_babyjubjub). With a = -1 the formulas lose the multiplication by
// a, and the addition needs 8 multiplications instead of 10 (Hisil-Wong-Carter-Dawson 2008,
// section 3.1).
// c = 6360561867910373094066688120553762416144456282423235903351243436111059670888 (the
// smaller of the two roots).
constexpr Fr kIsoC = Fr::fromCanonicalLimbs(
    {0x6c7be2c1d8b2d768ull, 0x74a5f6ca321ea117ull, 0x2c7ac0ce84e61177ull, 0x0e0ff35005d6e54bull});
static_assert(kIsoC * kIsoC == -kCurveA, "c must be a square root of -a");
constexpr Fr kIsoCInv = kIsoC.inverse();
static_assert(kIsoC * kIsoCInv == Fr::one());
// k = 2d' = -2d/a, the constant of the addition formula.
constexpr Fr kIsoK = (-(kCurveD * kCurveA.inverse())).dbl();

constexpr int kWindowBits = 4;
constexpr int kWindowSize = 1 << kWindowBits;
// l < 2^251, so 63 windows of 4 bits cover every canonical scalar.
constexpr int kWindows = 63;
static_assert(SubgroupOrderParams::kModulus[3] >> 59 == 0, "l < 2^251");

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

constexpr Fr kTwo = Fr::fromU64(2); // a constant, not a multiplication per default Cached

// A point prepared as the second operand of an addition: (Y-X, Y+X, 2Z, k*T). The default
// value is the identity.
struct Cached
{
    Fr ymx = Fr::one();
    Fr ypx = Fr::one();
    Fr z2 = kTwo;
    Fr kt;
};

// The same for an affine point (Z = 1): (y-x, y+x, k*x*y), on the internal curve.
struct AffineCached
{
    Fr ymx = Fr::one();
    Fr ypx = Fr::one();
    Fr kt;
};

// The signed-digit recoding of a canonical scalar k < 2^251 for the constant-time
// multiplication: k = sum digit[i] * 16^i with digit[i] in [-7, 8], as |digit| and a sign
// bit. Branch-free: a window w plus the incoming carry lies in [0, 16]; above 8 it becomes
// w + carry - 16 and carries 1. The top window is below 8, so no carry leaves it.
struct SignedDigits
{
    std::array<uint64_t, kWindows> magnitude;
    std::array<uint64_t, kWindows> negative;
};

SignedDigits recodeSigned(const std::array<uint64_t, 4>& k)
{
    SignedDigits out{};
    uint64_t carry = 0;
    for (int i = 0; i < kWindows; ++i) {
        const uint64_t v = window(k, i) + carry; // [0, 16]
        carry = (8 - v) >> 63;                   // v > 8
        const uint64_t d = v - (carry << 4);     // two's complement of a value in [-7, 8]
        const uint64_t neg = d >> 63;
        out.negative[i] = neg;
        out.magnitude[i] = (d ^ (0 - neg)) + neg; // |d|
    }
    return out;
}

// Width-5 NAF of the subgroup order l, computed at compile time: l = sum naf[i] * 2^i with
// naf[i] odd in [-15, 15] or zero, and at least four zeros after every non-zero digit. It
// needs about 42 additions for the subgroup check instead of 63 with plain 4-bit windows.
constexpr int kNafWidth = 5;
struct OrderNaf
{
    std::array<int8_t, 256> digits{};
    int length = 0;
};

constexpr OrderNaf orderNaf()
{
    OrderNaf n;
    std::array<uint64_t, 4> k = SubgroupOrderParams::kModulus;
    auto isZero = [&] { return (k[0] | k[1] | k[2] | k[3]) == 0; };
    while (!isZero()) {
        int d = 0;
        if (k[0] & 1) {
            d = static_cast<int>(k[0] & ((1u << kNafWidth) - 1));
            if (d >= (1 << (kNafWidth - 1)))
                d -= 1 << kNafWidth;
            // k -= d (k >= |d| whenever d > 0; d < 0 adds).
            uint64_t carry = d < 0 ? static_cast<uint64_t>(-d) : 0;
            uint64_t borrow = d > 0 ? static_cast<uint64_t>(d) : 0;
            for (auto& limb : k) {
                const uint64_t before = limb;
                limb = limb + carry - borrow;
                carry = carry != 0 && limb < before ? 1 : 0;
                borrow = borrow != 0 && limb > before ? 1 : 0;
            }
        }
        n.digits[n.length++] = static_cast<int8_t>(d);
        for (int i = 0; i < 3; ++i)
            k[i] = (k[i] >> 1) | (k[i + 1] << 63);
        k[3] >>= 1;
    }
    return n;
}

constexpr OrderNaf kOrderNaf = orderNaf();

// The recoding is checked here rather than trusted: sum naf[i] * 2^i == l.
constexpr bool nafIsOrder()
{
    // Horner from the top in 4 limbs, allowing the intermediate negative digit by adding
    // modulo 2^256 (the final value is l, so wrap-around cancels).
    std::array<uint64_t, 4> acc{};
    for (int i = kOrderNaf.length - 1; i >= 0; --i) {
        for (int j = 3; j > 0; --j)
            acc[j] = (acc[j] << 1) | (acc[j - 1] >> 63);
        acc[0] <<= 1;
        const int d = kOrderNaf.digits[i];
        const uint64_t add = d < 0 ? ~static_cast<uint64_t>(-d) + 1 : static_cast<uint64_t>(d);
        const uint64_t ext = d < 0 ? ~0ull : 0;
        uint64_t carry = 0;
        for (int j = 0; j < 4; ++j) {
            const uint64_t term = j == 0 ? add : ext;
            const uint64_t s1 = acc[j] + term;
            const uint64_t c1 = s1 < acc[j] ? 1 : 0;
            const uint64_t s2 = s1 + carry;
            const uint64_t c2 = s2 < s1 ? 1 : 0;
            acc[j] = s2;
            carry = c1 | c2;
        }
    }
    return acc == SubgroupOrderParams::kModulus;
}
static_assert(nafIsOrder(), "the wNAF recoding of l must sum to l");
static_assert(kOrderNaf.length <= 252);

} // namespace

// Access to the coordinates for the formulas below, kept out of the public header.
struct PointOps
{
    static Point make(const Fr& x, const Fr& y, const Fr& z, const Fr& t)
    {
        return Point(x, y, z, t);
    }

    static Cached cached(const Point& p)
    {
        return Cached{p.m_y - p.m_x, p.m_y + p.m_x, p.m_z.dbl(), kIsoK * p.m_t};
    }

    // -q for a cached q: swap Y-X and Y+X, negate k*T.
    static Cached negate(const Cached& q) { return Cached{q.ypx, q.ymx, q.z2, -q.kt}; }

    // Constant-time negation when neg == 1 (neg in {0, 1}).
    static void conditionalNegate(Cached& q, uint64_t neg)
    {
        const Fr ymx = q.ymx;
        q.ymx.conditionalAssign(q.ypx, neg);
        q.ypx.conditionalAssign(ymx, neg);
        q.kt.conditionalAssign(-q.kt, neg);
    }

    // Unified addition add-2008-hwcd-3 for a = -1 (complete: see kIsoK): 8 multiplications.
    static Point add(const Point& p, const Cached& q)
    {
        const Fr a = (p.m_y - p.m_x) * q.ymx;
        const Fr b = (p.m_y + p.m_x) * q.ypx;
        const Fr c = p.m_t * q.kt;
        const Fr d = p.m_z * q.z2;
        const Fr e = b - a;
        const Fr f = d - c;
        const Fr g = d + c;
        const Fr h = b + a;
        return Point(e * f, g * h, f * g, e * h);
    }

    static Point add(const Point& p, const Point& q) { return add(p, cached(q)); }

    // Mixed addition with an affine point (Z2 = 1): 7 multiplications.
    static Point addAffine(const Point& p, const AffineCached& q)
    {
        const Fr a = (p.m_y - p.m_x) * q.ymx;
        const Fr b = (p.m_y + p.m_x) * q.ypx;
        const Fr c = p.m_t * q.kt;
        const Fr d = p.m_z.dbl();
        const Fr e = b - a;
        const Fr f = d - c;
        const Fr g = d + c;
        const Fr h = b + a;
        return Point(e * f, g * h, f * g, e * h);
    }

    // dbl-2008-hwcd for a = -1, with two changes that save field additions: E = 2XY as a
    // product (a square costs as much as a product here, and (X+Y)^2 - A - B needs three
    // additions), and F, H negated (F' = C - G = -F, H' = A + B = -H), which negates all
    // four output coordinates: the same projective point. T is not an input of the formula,
    // so the doublings that only feed another doubling skip the T output (one multiplication
    // fewer); such a point has no valid T and never leaves this file (see dbl4).
    template <bool WithT = true>
    static Point dbl(const Point& p)
    {
        const Fr a = p.m_x.square();
        const Fr b = p.m_y.square();
        const Fr c = p.m_z.square().dbl();
        const Fr e = (p.m_x * p.m_y).dbl();
        const Fr g = b - a;
        const Fr f = c - g;
        const Fr h = a + b;
        return Point(e * f, g * h, f * g, WithT ? e * h : Fr());
    }

    // 16 * p: four doublings, only the last computes T.
    static Point dbl4(const Point& p) { return dbl(dbl<false>(dbl<false>(dbl<false>(p)))); }

    // (u, v) on the internal curve -> the cached form for mixed additions.
    static AffineCached affineCached(const Fr& u, const Fr& v)
    {
        return AffineCached{v - u, v + u, kIsoK * u * v};
    }

    static void conditionalAssign(AffineCached& dst, const AffineCached& src, uint64_t cond)
    {
        dst.ymx.conditionalAssign(src.ymx, cond);
        dst.ypx.conditionalAssign(src.ypx, cond);
        dst.kt.conditionalAssign(src.kt, cond);
    }

    static void conditionalAssign(Cached& dst, const Cached& src, uint64_t cond)
    {
        dst.ymx.conditionalAssign(src.ymx, cond);
        dst.ypx.conditionalAssign(src.ypx, cond);
        dst.z2.conditionalAssign(src.z2, cond);
        dst.kt.conditionalAssign(src.kt, cond);
    }

    // table[j] = j*p for j in [0, n), cached.
    template <int N>
    static std::array<Cached, N> multiplesTable(const Point& p)
    {
        std::array<Point, N> pts;
        pts[1] = p;
        const Cached cp = cached(p);
        for (int j = 2; j < N; ++j)
            pts[j] = (j % 2 == 0) ? dbl(pts[j / 2]) : add(pts[j - 1], cp);
        std::array<Cached, N> table;
        for (int j = 1; j < N; ++j)
            table[j] = cached(pts[j]);
        return table;
    }

    // Internal-curve affine coordinates (u, v) of many points with one inversion.
    static std::vector<std::pair<Fr, Fr>> batchNormalize(std::span<const Point> points)
    {
        std::vector<Fr> zs;
        zs.reserve(points.size());
        for (const Point& p : points)
            zs.push_back(p.m_z);
        batchInverse(std::span<Fr>(zs));
        std::vector<std::pair<Fr, Fr>> out;
        out.reserve(points.size());
        for (std::size_t i = 0; i < points.size(); ++i)
            out.emplace_back(points[i].m_x * zs[i], points[i].m_y * zs[i]);
        return out;
    }

    // l*p == identity, by the compile-time wNAF of l (public scalar: variable time is fine).
    static bool hasOrderDividingL(const Point& p)
    {
        // Odd multiples 1p, 3p, ..., 15p.
        constexpr int kOdd = 1 << (kNafWidth - 2);
        std::array<Cached, kOdd> odd;
        const Cached twice = cached(dbl(p));
        Point m = p;
        odd[0] = cached(m);
        for (int j = 1; j < kOdd; ++j) {
            m = add(m, twice);
            odd[j] = cached(m);
        }
        const auto& naf = kOrderNaf;
        int i = naf.length - 1;
        // The top digit of a NAF is positive.
        Point r = p;
        if (naf.digits[i] != 1)
            r = add(Point(), odd[naf.digits[i] / 2]);
        for (--i; i >= 0; --i) {
            const int d = naf.digits[i];
            if (d == 0) {
                r = dbl<false>(r);
                continue;
            }
            r = dbl<true>(r);
            r = add(r, d > 0 ? odd[d / 2] : negate(odd[-d / 2]));
        }
        return r.isIdentity();
    }
};

namespace {

// Fixed-base table: entry [i][j] = j * 16^i * Base8 in affine cached form.
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
            Point acc;
            for (int j = 0; j < kWindowSize; ++j) {
                pts.push_back(acc);
                acc = PointOps::add(acc, base);
            }
            base = PointOps::dbl4(base);
        }
        const auto uv = PointOps::batchNormalize(pts);
        for (int i = 0; i < kWindows; ++i)
            for (int j = 0; j < kWindowSize; ++j) {
                const auto& [u, v] = uv[i * kWindowSize + j];
                t.entries[i][j] = PointOps::affineCached(u, v);
            }
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
    const Fr u = kIsoC * x;
    return Point(u, y, Fr::one(), u * y);
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
    if (!PointOps::hasOrderDividingL(p))
        return std::nullopt;
    return p;
}

AffinePoint Point::toAffine() const
{
    const Fr zi = m_z.inverse();
    return AffinePoint{m_x * (zi * kIsoCInv), m_y * zi};
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
        out.push_back(AffinePoint{points[i].m_x * (zs[i] * kIsoCInv), points[i].m_y * zs[i]});
    return out;
}

Point Point::operator+(const Point& o) const
{
    return PointOps::add(*this, o);
}

Point Point::operator-(const Point& o) const
{
    return PointOps::add(*this, PointOps::negate(PointOps::cached(o)));
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
    // Signed 4-bit digits in [-7, 8]: a table of 0..8 times P (half the entries of unsigned
    // windows) and a conditional negation.
    SignedDigits digits = recodeSigned(k.canonicalLimbs());
    const auto table = PointOps::multiplesTable<9>(*this);
    Point r;
    for (int i = kWindows - 1; i >= 0; --i) {
        if (i != kWindows - 1)
            r = PointOps::dbl4(r);
        // Constant-time lookup: read every entry, keep the one whose index matches; entry 0
        // (the identity) is the initial value of sel.
        Cached sel;
        for (int j = 1; j < 9; ++j)
            PointOps::conditionalAssign(sel, table[j],
                                        ctEqual(static_cast<uint64_t>(j), digits.magnitude[i]));
        PointOps::conditionalNegate(sel, digits.negative[i]);
        r = PointOps::add(r, sel);
    }
    // The digits are the secret scalar in another form: do not leave them on the stack.
    OPENSSL_cleanse(&digits, sizeof(digits));
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
    const auto table = PointOps::multiplesTable<kWindowSize>(*this);
    Point r;
    bool started = false;
    for (int i = 256 / kWindowBits - 1; i >= 0; --i) {
        if (started)
            r = PointOps::dbl4(r);
        const uint64_t w = window(k, i);
        if (w != 0) {
            r = PointOps::add(started ? r : Point(), table[w]);
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
