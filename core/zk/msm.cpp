// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/msm.h"

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

namespace bs::zk {

namespace {

constexpr unsigned kScalarBits = 254;
constexpr unsigned kGlvBits = 128; // |k1|, |k2| < 2^128 after glvSplit

// Windows needed so that signed digits absorb the final carry: c * W >= bits + 1.
unsigned windowCount(unsigned c, unsigned bits)
{
    return (bits + 1 + c - 1) / c;
}

// Bits [pos, pos + c) of k.
uint32_t bitsAt(const Scalar& k, unsigned pos, unsigned c)
{
    const unsigned limb = pos / 64;
    if (limb >= 4)
        return 0;
    const unsigned shift = pos % 64;
    uint64_t v = k[limb] >> shift;
    if (shift + c > 64 && limb + 1 < 4)
        v |= k[limb + 1] << (64 - shift);
    return static_cast<uint32_t>(v & ((uint64_t{1} << c) - 1));
}

} // namespace

// Relative costs used to choose the window: adding a base into a bucket (a batched affine
// addition, about 6 field multiplications, plus its share of the inversion, of collisions
// and of memory traffic) and summing one bucket into the window result (a mixed plus a full
// Jacobian addition). Calibrated on the MSMs of the devnet withdraw proof (scratch driver,
// c = 8..13 forced): an addition costs about 290 ns and a bucket about 600 ns, so the
// earlier 6 : 27 from multiplication counts chose windows one bit too small (H MSM, 2^14
// points: c = 10 took 128 ms, c = 11 119 ms; B2 in G2, 5857 points: c = 9 84 ms, c = 10 74 ms).
constexpr double kBucketAddCost = 12;
constexpr double kBucketSumCost = 20;

unsigned msmWindowBits(std::size_t n, unsigned scalarBits)
{
    unsigned best = 1;
    double bestCost = 1e300;
    for (unsigned c = 1; c <= 16; ++c) {
        const double buckets = double(uint64_t{1} << (c - 1));
        const double cost = double(windowCount(c, scalarBits)) *
                            (kBucketAddCost * double(n) + kBucketSumCost * buckets);
        if (cost < bestCost) {
            bestCost = cost;
            best = c;
        }
    }
    return best;
}

namespace {

using Wide = std::array<uint64_t, 8>;
using crypto::mont_detail::u128;

// a * b as a 512-bit integer, for b < 2^(64 NB) (its upper limbs are not read).
template <unsigned NB>
Wide mulWide(const Scalar& a, const Scalar& b)
{
    Wide r{};
    for (unsigned i = 0; i < 4; ++i) {
        uint64_t carry = 0;
        for (unsigned j = 0; j < NB; ++j) {
            const u128 t = static_cast<u128>(a[i]) * b[j] + r[i + j] + carry;
            r[i + j] = static_cast<uint64_t>(t);
            carry = static_cast<uint64_t>(t >> 64);
        }
        r[i + NB] = carry;
    }
    return r;
}

// floor(a * b / 2^256), for b < 2^(64 NB).
template <unsigned NB>
Scalar mulHigh(const Scalar& a, const Scalar& b)
{
    const Wide w = mulWide<NB>(a, b);
    return {w[4], w[5], w[6], w[7]};
}

// a * b mod 2^256, for b < 2^(64 NB).
template <unsigned NB>
Scalar mulLow(const Scalar& a, const Scalar& b)
{
    Scalar r{};
    for (unsigned i = 0; i < 4; ++i) {
        uint64_t carry = 0;
        for (unsigned j = 0; j < NB && i + j < 4; ++j) {
            const u128 t = static_cast<u128>(a[i]) * b[j] + r[i + j] + carry;
            r[i + j] = static_cast<uint64_t>(t);
            carry = static_cast<uint64_t>(t >> 64);
        }
        if (i + NB < 4)
            r[i + NB] = carry;
    }
    return r;
}

// a - b mod 2^256.
Scalar subWrap(const Scalar& a, const Scalar& b)
{
    Scalar r{};
    unsigned char borrow = 0;
    for (unsigned i = 0; i < 4; ++i) {
        const uint64_t d = a[i] - b[i] - borrow;
        borrow = (a[i] < b[i] || (a[i] == b[i] && borrow)) ? 1 : 0;
        r[i] = d;
    }
    return r;
}

// |x| for x read as a two's-complement 256-bit integer; sets neg when x < 0.
Scalar absSigned(const Scalar& x, bool& neg)
{
    neg = (x[3] >> 63) != 0;
    return neg ? subWrap(Scalar{}, x) : x;
}

// The short lattice basis v1 = (a1, -nb1), v2 = (a2, b2) of {(a, b) : a + b lambda = 0 mod r}
// (from the extended Euclidean algorithm on r and lambda; a1 b2 + nb1 a2 = r), and
// g1 = floor(2^256 b2 / r), g2 = floor(2^256 nb1 / r).
constexpr Scalar kA1 = {0x89d3256894d213e3ull, 0, 0, 0};
constexpr Scalar kNB1 = {0x8211bbeb7d4f1128ull, 0x6f4d8248eeb859fcull, 0, 0};
constexpr Scalar kA2 = {0x0be4e1541221250bull, 0x6f4d8248eeb859fdull, 0, 0};
constexpr Scalar kB2 = kA1;
constexpr Scalar kG1 = {0xd91d232ec7e0b3d7ull, 0x2, 0, 0};
constexpr Scalar kG2 = {0x7a7bd9d4391eb18dull, 0x4ccef014a773d2cfull, 0x2, 0};
// The limb counts glvSplit() passes to mulHigh / mulLow.
static_assert((kA1[1] | kA1[2] | kA1[3] | kB2[1] | kB2[2] | kB2[3]) == 0);
static_assert((kNB1[2] | kNB1[3] | kA2[2] | kA2[3] | kG1[2] | kG1[3] | kG2[3]) == 0);

} // namespace

GlvSplit glvSplit(const Scalar& k)
{
    // c1 = floor(k g1 / 2^256) = k b2 / r - e1 and c2 = k nb1 / r - e2 with 0 <= e1, e2 < 2
    // (the floor of g_i and of the product each lose less than 1, k < 2^256). Then
    //   k1 = k - c1 a1 - c2 a2 = k (r - a1 b2 - a2 nb1) / r + e1 a1 + e2 a2 = e1 a1 + e2 a2,
    //   k2 = c1 nb1 - c2 b2 = -e1 nb1 + e2 b2,
    // so 0 <= k1 < 2 (a1 + a2) < 2^128 and |k2| < 2 max(nb1, b2) < 2^128, and
    // k1 + k2 lambda = k - c1 (a1 - nb1 lambda) - c2 (a2 + b2 lambda) = k (mod r).
    // Everything is computed mod 2^256, which is exact since the results are that small.
    GlvSplit s;
    if ((k[2] | k[3]) == 0) { // k < 2^128 (zeros, ones, small witness values): k + 0 lambda
        s.k1 = k;
        return s;
    }
    const Scalar c1 = mulHigh<2>(k, kG1);
    const Scalar c2 = mulHigh<3>(k, kG2);
    s.k1 = absSigned(subWrap(subWrap(k, mulLow<1>(c1, kA1)), mulLow<2>(c2, kA2)), s.neg1);
    s.k2 = absSigned(subWrap(mulLow<2>(c1, kNB1), mulLow<1>(c2, kB2)), s.neg2);
    return s;
}

G1Affine glvEndomorphism(const G1Affine& p)
{
    if (p.infinity)
        return p;
    return G1Affine::fromXY(p.x * kGlvBeta, p.y);
}

G2Affine glvEndomorphism(const G2Affine& p)
{
    static constexpr Fq kBeta2 = kGlvBeta.square();
    if (p.infinity)
        return p;
    return G2Affine::fromXY(Fq2{p.x.c0 * kBeta2, p.x.c1 * kBeta2}, p.y);
}

namespace {

template <class Affine>
std::vector<Affine> glvBasesOf(std::span<const Affine> bases)
{
    std::vector<Affine> out(2 * bases.size());
    for (std::size_t i = 0; i < bases.size(); ++i) {
        out[i] = bases[i];
        out[bases.size() + i] = glvEndomorphism(bases[i]);
    }
    return out;
}

} // namespace

std::vector<G1Affine> glvBases(std::span<const G1Affine> bases)
{
    return glvBasesOf(bases);
}

std::vector<G2Affine> glvBases(std::span<const G2Affine> bases)
{
    return glvBasesOf(bases);
}

namespace {

// The slope denominators are public-ish intermediate values of a variable-time algorithm
// anyway: use the faster variable-time inversion.
inline Fq inverseForBatch(const Fq& x)
{
    return inverseVartime(x);
}
inline Fq2 inverseForBatch(const Fq2& x)
{
    return x.inverseVartime();
}

// Accumulates points into buckets in affine coordinates, batching the slope inversions of up
// to kBatch independent additions into one field inversion (Montgomery's trick): about 6
// multiplications per addition instead of 11 for a mixed Jacobian addition.
// A point whose bucket already has an addition in the current batch waits for the next batch
// (once); if it collides again, or if its addition is a doubling or a cancellation, it goes
// to a Jacobian overflow bucket instead. So repeated values (witnesses are full of 1s) cost at
// most one mixed addition each, and every case stays exact.
// Pending additions refer to the caller's bases by pointer (with a sign) rather than copying
// them, and every buffer is allocated once per accumulator.
template <class Curve>
class BucketAccumulator
{
public:
    using Affine = AffinePoint<Curve>;
    using Point = JacobianPoint<Curve>;
    using F = typename Curve::Field;

    explicit BucketAccumulator(std::size_t buckets)
        : m_xy(buckets)
        , m_empty(buckets, 1)
        , m_jac(buckets)
        , m_busy(buckets, 0)
    {
        m_pending.reserve(2 * kBatch);
        m_deferred.reserve(kBatch);
        m_retry.reserve(kBatch);
        m_denoms.reserve(2 * kBatch);
        m_prefix.reserve(2 * kBatch);
    }

    // Adds *p (or -*p if neg) to bucket b; *p must stay valid until finish().
    void add(uint32_t b, const Affine* p, bool neg)
    {
        if (p->infinity) // never from MsmPlan (identity bases get zero digits); keep it exact
            return;
        if (m_busy[b]) {
            m_deferred.push_back({b, neg, p});
            return;
        }
        start(b, p, neg);
        if (m_pending.size() >= kBatch)
            runBatches(false);
    }

    // Completes every pending addition.
    void finish() { runBatches(true); }

    // sum_b (b + 1) * bucket[b], as a running sum from the top bucket down. Precondition:
    // finish() was called.
    Point weightedSum() const
    {
        Point running;
        Point acc;
        for (std::size_t b = m_xy.size(); b-- > 0;) {
            if (!m_jac[b].isIdentity())
                running += m_jac[b];
            if (!m_empty[b]) // a mixed addition is cheaper than adding a Jacobian bucket
                running = running.addMixed(Affine::fromXY(m_xy[b].x, m_xy[b].y));
            acc += running;
        }
        return acc;
    }

private:
    static constexpr std::size_t kBatch = 256;
    struct Entry
    {
        uint32_t bucket;
        bool neg;
        const Affine* p;
    };

    static Affine value(const Entry& e) { return e.neg ? -*e.p : *e.p; }

    // Precondition: bucket b is not in the current batch.
    void start(uint32_t b, const Affine* p, bool neg)
    {
        XY& acc = m_xy[b];
        if (m_empty[b]) {
            acc.x = p->x;
            acc.y = neg ? -p->y : p->y;
            m_empty[b] = 0;
        } else if (acc.x == p->x) { // doubling or cancellation: not a chord addition
            m_jac[b] = m_jac[b].addMixed(neg ? -*p : *p);
        } else {
            m_busy[b] = 1;
            m_pending.push_back({b, neg, p});
        }
    }

    void runBatches(bool final)
    {
        do {
            computeBatch();
            m_retry.swap(m_deferred);
            for (const Entry& e : m_retry) {
                if (m_busy[e.bucket])
                    m_jac[e.bucket] = m_jac[e.bucket].addMixed(value(e));
                else
                    start(e.bucket, e.p, e.neg);
            }
            m_retry.clear();
        } while (m_pending.size() >= kBatch || (final && !m_pending.empty()));
    }

    // The chord additions of the batch. The prefix products and the running inverse are
    // chains of dependent multiplications, bound by the latency of one multiplication; the
    // batch is therefore cut into two halves whose chains are interleaved (and joined by one
    // inversion), so that the processor overlaps two independent multiplications (measured
    // with the MULX/ADX multiplication: 22.5 ns per dependent Fq multiplication, 16 ns each
    // for two interleaved chains).
    void computeBatch()
    {
        const std::size_t k = m_pending.size();
        if (k == 0)
            return;
        m_denoms.resize(k);
        m_prefix.resize(k);
        const std::size_t h = (k + 1) / 2; // first half [0, h), second half [h, k), k - h <= h
        // denom_i = x2 - x1 (non-zero by construction); prefix_i = product of the denominators
        // before i in its half.
        F acc0 = F::one();
        F acc1 = F::one();
        for (std::size_t i = 0; i < h; ++i) {
            const std::size_t j = h + i;
            m_denoms[i] = m_pending[i].p->x - m_xy[m_pending[i].bucket].x;
            m_prefix[i] = acc0;
            if (j < k) {
                m_denoms[j] = m_pending[j].p->x - m_xy[m_pending[j].bucket].x;
                m_prefix[j] = acc1;
                acc1 *= m_denoms[j];
            }
            acc0 *= m_denoms[i];
        }
        // One inversion for both halves: 1/acc0 = acc1 / (acc0 acc1) and vice versa.
        const F inv = inverseForBatch(acc0 * acc1);
        F inv0 = inv * acc1;
        F inv1 = inv * acc0;
        std::size_t i = h;
        if (k - h < h) { // k odd: the top entry of the first half has no partner
            --i;
            const F dInv = inv0 * m_prefix[i];
            inv0 *= m_denoms[i];
            chord(m_pending[i], dInv);
        }
        while (i-- > 0) {
            const std::size_t j = h + i;
            const F dInv0 = inv0 * m_prefix[i];
            const F dInv1 = inv1 * m_prefix[j];
            inv0 *= m_denoms[i];
            inv1 *= m_denoms[j];
            chord2(m_pending[i], dInv0, m_pending[j], dInv1);
        }
        for (const Entry& e : m_pending)
            m_busy[e.bucket] = 0;
        m_pending.clear();
    }

    // bucket += point by the chord rule, given 1 / (x2 - x1).
    void chord(const Entry& e, const F& dInv)
    {
        XY& a = m_xy[e.bucket];
        const Affine& p = *e.p;
        // slope (y2 - y1) / (x2 - x1), with y2 = -p.y for a negated point
        const F lambda = (e.neg ? -(p.y + a.y) : p.y - a.y) * dInv;
        const F x3 = lambda.square() - a.x - p.x;
        a.y = lambda * (a.x - x3) - a.y;
        a.x = x3;
    }

    // Two chord additions into different buckets, statement by statement interleaved.
    void chord2(const Entry& e0, const F& dInv0, const Entry& e1, const F& dInv1)
    {
        XY& a0 = m_xy[e0.bucket];
        XY& a1 = m_xy[e1.bucket];
        const Affine& p0 = *e0.p;
        const Affine& p1 = *e1.p;
        const F l0 = (e0.neg ? -(p0.y + a0.y) : p0.y - a0.y) * dInv0;
        const F l1 = (e1.neg ? -(p1.y + a1.y) : p1.y - a1.y) * dInv1;
        const F x30 = l0.square() - a0.x - p0.x;
        const F x31 = l1.square() - a1.x - p1.x;
        a0.y = l0 * (a0.x - x30) - a0.y;
        a1.y = l1 * (a1.x - x31) - a1.y;
        a0.x = x30;
        a1.x = x31;
    }

    // The affine part of each bucket as bare coordinates, one cache line per G1 bucket
    // (an AffinePoint is 72 bytes with its flag, so most buckets straddled two lines), and
    // whether it is still empty.
    struct alignas(64) XY
    {
        F x;
        F y;
    };
    std::vector<XY> m_xy;
    std::vector<uint8_t> m_empty;
    std::vector<Point> m_jac;
    std::vector<uint8_t> m_busy;
    std::vector<Entry> m_pending;
    std::vector<Entry> m_deferred;
    std::vector<Entry> m_retry;
    std::vector<F> m_denoms;
    std::vector<F> m_prefix;
};

} // namespace

namespace {

void checkScalars(std::span<const Scalar> scalars)
{
    for (const Scalar& k : scalars) {
        if ((k[3] >> (kScalarBits - 192)) != 0)
            throw std::invalid_argument("msm: scalar >= 2^254");
    }
}

} // namespace

template <class Curve>
void MsmPlan<Curve>::setWindows(std::size_t points, unsigned scalarBits)
{
    m_c = msmWindowBits(points, scalarBits);
    m_windows = windowCount(m_c, scalarBits);
    m_digits.assign(points * m_windows, 0);
}

template <class Curve>
void MsmPlan<Curve>::recode(std::size_t i, const Scalar& k, bool neg)
{
    // Signed digits in [-2^(c-1), 2^(c-1)]: a digit above half borrows from the next window.
    // Zero scalars and identity bases keep zero digits, so that the windows skip them.
    if (m_bases[i].infinity || (k[0] | k[1] | k[2] | k[3]) == 0)
        return;
    const std::size_t n = m_bases.size();
    const unsigned c = m_c;
    const int32_t half = int32_t(1) << (c - 1);
    int32_t carry = 0;
    for (unsigned w = 0; w < m_windows; ++w) {
        int32_t d = int32_t(bitsAt(k, w * c, c)) + carry;
        carry = 0;
        if (d > half) {
            d -= int32_t(1) << c;
            carry = 1;
        }
        m_digits[w * n + i] = neg ? -d : d;
    }
}

template <class Curve>
MsmPlan<Curve>::MsmPlan(std::span<const AffinePoint<Curve>> bases, std::span<const Scalar> scalars)
    : m_bases(bases)
{
    if (bases.size() != scalars.size())
        throw std::invalid_argument("msm: bases and scalars differ in length");
    checkScalars(scalars);
    const std::size_t n = bases.size();
    if (n == 0)
        return;
    setWindows(n, kScalarBits); // m_windows == windowsFor(n)
    for (std::size_t i = 0; i < n; ++i)
        recode(i, scalars[i], false);
}

template <class Curve>
MsmPlan<Curve>::MsmPlan(std::span<const AffinePoint<Curve>> glvBases,
                        std::span<const Scalar> scalars,
                        Glv)
    : m_bases(glvBases)
{
    const std::size_t n = scalars.size();
    if (glvBases.size() != 2 * n)
        throw std::invalid_argument("msm: GLV bases are not twice the scalars in length");
    checkScalars(scalars);
    if (n == 0)
        return;
    setWindows(2 * n, kGlvBits); // m_windows == windowsFor(n, true)
    for (std::size_t i = 0; i < n; ++i) {
        const GlvSplit s = glvSplit(scalars[i]);
        recode(i, s.k1, s.neg1);
        recode(n + i, s.k2, s.neg2);
    }
}

template <class Curve>
unsigned MsmPlan<Curve>::windowsFor(std::size_t n, bool glv)
{
    if (n == 0)
        return 0;
    return glv ? windowCount(msmWindowBits(2 * n, kGlvBits), kGlvBits)
               : windowCount(msmWindowBits(n, kScalarBits), kScalarBits);
}

template <class Curve>
JacobianPoint<Curve> MsmPlan<Curve>::window(unsigned w) const
{
    const std::size_t n = m_bases.size();
    if (w >= m_windows)
        throw std::invalid_argument("MsmPlan::window: no such window");
    BucketAccumulator<Curve> buckets(std::size_t{1} << (m_c - 1));
    const int32_t* d = m_digits.data() + std::size_t(w) * n;
    for (std::size_t i = 0; i < n; ++i) {
        if (d[i] > 0)
            buckets.add(uint32_t(d[i] - 1), &m_bases[i], false);
        else if (d[i] < 0)
            buckets.add(uint32_t(-d[i] - 1), &m_bases[i], true);
    }
    buckets.finish();
    return buckets.weightedSum();
}

template <class Curve>
JacobianPoint<Curve> MsmPlan<Curve>::combine(std::span<const Point> sums) const
{
    if (sums.size() != m_windows)
        throw std::invalid_argument("MsmPlan::combine: one sum per window expected");
    if (m_windows == 0)
        return Point();
    Point result = sums[m_windows - 1];
    for (unsigned w = m_windows - 1; w-- > 0;) {
        for (unsigned b = 0; b < m_c; ++b)
            result = result.dbl();
        result += sums[w];
    }
    return result;
}

template <class Curve>
JacobianPoint<Curve> MsmPlan<Curve>::run(unsigned threads) const
{
    if (m_windows == 0)
        return Point();
    std::vector<Point> windowSums(m_windows);
    std::atomic<unsigned> next{0};
    auto worker = [&] {
        for (unsigned w = next++; w < m_windows; w = next++)
            windowSums[w] = window(w);
    };
    const unsigned nThreads = std::clamp(threads, 1u, m_windows);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < nThreads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
    return combine(windowSums);
}

template <class Curve>
JacobianPoint<Curve>
msm(std::span<const AffinePoint<Curve>> bases, std::span<const Scalar> scalars, unsigned threads)
{
    return MsmPlan<Curve>(bases, scalars).run(threads);
}

template class MsmPlan<G1Curve>;
template class MsmPlan<G2Curve>;
template JacobianPoint<G1Curve>
msm<G1Curve>(std::span<const G1Affine>, std::span<const Scalar>, unsigned);
template JacobianPoint<G2Curve>
msm<G2Curve>(std::span<const G2Affine>, std::span<const Scalar>, unsigned);

} // namespace bs::zk
