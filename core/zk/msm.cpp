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

// Windows needed so that signed digits absorb the final carry: c * W >= kScalarBits + 1.
unsigned windowCount(unsigned c)
{
    return (kScalarBits + 1 + c - 1) / c;
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

unsigned msmWindowBits(std::size_t n)
{
    unsigned best = 1;
    double bestCost = 1e300;
    for (unsigned c = 1; c <= 16; ++c) {
        const double buckets = double(uint64_t{1} << (c - 1));
        const double cost =
            double(windowCount(c)) * (kBucketAddCost * double(n) + kBucketSumCost * buckets);
        if (cost < bestCost) {
            bestCost = cost;
            best = c;
        }
    }
    return best;
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
        : m_aff(buckets)
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
        for (std::size_t b = m_aff.size(); b-- > 0;) {
            if (!m_jac[b].isIdentity())
                running += m_jac[b];
            running = running.addMixed(m_aff[b]); // cheaper than adding a Jacobian bucket
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
        Affine& acc = m_aff[b];
        if (acc.infinity) {
            acc = neg ? -*p : *p;
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
    // inversion), so that the processor overlaps two independent multiplications (measured:
    // 37 ns per dependent Fq multiplication, 23 ns each for two interleaved chains).
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
            m_denoms[i] = m_pending[i].p->x - m_aff[m_pending[i].bucket].x;
            m_prefix[i] = acc0;
            if (j < k) {
                m_denoms[j] = m_pending[j].p->x - m_aff[m_pending[j].bucket].x;
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
        Affine& a = m_aff[e.bucket];
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
        Affine& a0 = m_aff[e0.bucket];
        Affine& a1 = m_aff[e1.bucket];
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

    std::vector<Affine> m_aff;
    std::vector<Point> m_jac;
    std::vector<uint8_t> m_busy;
    std::vector<Entry> m_pending;
    std::vector<Entry> m_deferred;
    std::vector<Entry> m_retry;
    std::vector<F> m_denoms;
    std::vector<F> m_prefix;
};

} // namespace

template <class Curve>
MsmPlan<Curve>::MsmPlan(std::span<const AffinePoint<Curve>> bases, std::span<const Scalar> scalars)
    : m_bases(bases)
{
    if (bases.size() != scalars.size())
        throw std::invalid_argument("msm: bases and scalars differ in length");
    const std::size_t n = bases.size();
    for (const Scalar& k : scalars) {
        if ((k[3] >> (kScalarBits - 192)) != 0)
            throw std::invalid_argument("msm: scalar >= 2^254");
    }
    if (n == 0)
        return;
    m_c = msmWindowBits(n);
    m_windows = windowCount(m_c); // == windowsFor(n)
    const unsigned c = m_c;
    const int32_t half = int32_t(1) << (c - 1);

    // Signed digits in [-2^(c-1), 2^(c-1)]: a digit above half borrows from the next window.
    // Identity bases get zero digits, so that the windows skip them.
    m_digits.assign(n * m_windows, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Scalar& k = scalars[i];
        if (bases[i].infinity || (k[0] | k[1] | k[2] | k[3]) == 0)
            continue;
        int32_t carry = 0;
        for (unsigned w = 0; w < m_windows; ++w) {
            int32_t d = int32_t(bitsAt(k, w * c, c)) + carry;
            carry = 0;
            if (d > half) {
                d -= int32_t(1) << c;
                carry = 1;
            }
            m_digits[w * n + i] = d;
        }
    }
}

template <class Curve>
unsigned MsmPlan<Curve>::windowsFor(std::size_t n)
{
    return n == 0 ? 0 : windowCount(msmWindowBits(n));
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
JacobianPoint<Curve>
msm(std::span<const AffinePoint<Curve>> bases, std::span<const Scalar> scalars, unsigned threads)
{
    using Point = JacobianPoint<Curve>;
    const MsmPlan<Curve> plan(bases, scalars);
    const unsigned windows = plan.windows();
    if (windows == 0)
        return Point();
    std::vector<Point> windowSums(windows);
    std::atomic<unsigned> next{0};
    auto worker = [&] {
        for (unsigned w = next++; w < windows; w = next++)
            windowSums[w] = plan.window(w);
    };
    const unsigned nThreads = std::clamp(threads, 1u, windows);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < nThreads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
    return plan.combine(windowSums);
}

template class MsmPlan<G1Curve>;
template class MsmPlan<G2Curve>;
template JacobianPoint<G1Curve>
msm<G1Curve>(std::span<const G1Affine>, std::span<const Scalar>, unsigned);
template JacobianPoint<G2Curve>
msm<G2Curve>(std::span<const G2Affine>, std::span<const Scalar>, unsigned);

} // namespace bs::zk
