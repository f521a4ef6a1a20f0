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

// Relative costs, in field multiplications, used to choose the window: adding a base into a
// bucket (batched affine addition, about 6) and summing one bucket into the window result
// (a mixed plus a full Jacobian addition, about 27).
constexpr double kBucketAddCost = 6;
constexpr double kBucketSumCost = 27;

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
        m_pending.reserve(kBatch);
    }

    void reset()
    {
        std::fill(m_aff.begin(), m_aff.end(), Affine::identity());
        std::fill(m_jac.begin(), m_jac.end(), Point());
    }

    void add(std::size_t b, const Affine& p)
    {
        if (m_busy[b]) {
            m_deferred.push_back({b, p});
            return;
        }
        start(b, p);
        if (m_pending.size() >= kBatch)
            runBatches(false);
    }

    // Completes every pending addition; afterwards bucket(b) is the sum of all added to b.
    void finish() { runBatches(true); }

    Point bucket(std::size_t b) const { return m_jac[b].addMixed(m_aff[b]); }
    std::size_t size() const { return m_aff.size(); }

private:
    static constexpr std::size_t kBatch = 256;
    struct Pending
    {
        std::size_t bucket;
        Affine p;
    };

    // Precondition: bucket b is not in the current batch.
    void start(std::size_t b, const Affine& p)
    {
        Affine& acc = m_aff[b];
        if (acc.infinity) {
            acc = p;
        } else if (acc.x == p.x) { // doubling or cancellation: not a chord addition
            m_jac[b] = m_jac[b].addMixed(p);
        } else {
            m_busy[b] = 1;
            m_pending.push_back({b, p});
        }
    }

    void runBatches(bool final)
    {
        do {
            computeBatch();
            std::vector<Pending> retry;
            retry.swap(m_deferred);
            for (const Pending& e : retry) {
                if (m_busy[e.bucket])
                    m_jac[e.bucket] = m_jac[e.bucket].addMixed(e.p);
                else
                    start(e.bucket, e.p);
            }
        } while (m_pending.size() >= kBatch || (final && !m_pending.empty()));
    }

    void computeBatch()
    {
        const std::size_t k = m_pending.size();
        if (k == 0)
            return;
        m_denoms.resize(k);
        m_prefix.resize(k);
        // denom_i = x2 - x1 (non-zero by construction); invert all with one inversion.
        F acc = F::one();
        for (std::size_t i = 0; i < k; ++i) {
            m_denoms[i] = m_pending[i].p.x - m_aff[m_pending[i].bucket].x;
            m_prefix[i] = acc;
            acc *= m_denoms[i];
        }
        F inv = inverseForBatch(acc);
        for (std::size_t i = k; i-- > 0;) {
            const F dInv = inv * m_prefix[i];
            inv *= m_denoms[i];
            Affine& a = m_aff[m_pending[i].bucket];
            const Affine& p = m_pending[i].p;
            const F lambda = (p.y - a.y) * dInv;
            const F x3 = lambda.square() - a.x - p.x;
            a.y = lambda * (a.x - x3) - a.y;
            a.x = x3;
            m_busy[m_pending[i].bucket] = 0;
        }
        m_pending.clear();
    }

    std::vector<Affine> m_aff;
    std::vector<Point> m_jac;
    std::vector<uint8_t> m_busy;
    std::vector<Pending> m_pending;
    std::vector<Pending> m_deferred;
    std::vector<F> m_denoms;
    std::vector<F> m_prefix;
};

} // namespace

template <class Curve>
JacobianPoint<Curve>
msm(std::span<const AffinePoint<Curve>> bases, std::span<const Scalar> scalars, unsigned threads)
{
    using Point = JacobianPoint<Curve>;
    if (bases.size() != scalars.size())
        throw std::invalid_argument("msm: bases and scalars differ in length");
    const std::size_t n = bases.size();
    for (const Scalar& k : scalars) {
        if ((k[3] >> (kScalarBits - 192)) != 0)
            throw std::invalid_argument("msm: scalar >= 2^254");
    }
    if (n == 0)
        return Point();

    const unsigned c = msmWindowBits(n);
    const unsigned windows = windowCount(c);
    const int32_t half = int32_t(1) << (c - 1);

    // Signed digits in [-2^(c-1), 2^(c-1)]: a digit above half borrows from the next window.
    std::vector<int32_t> digits(n * windows);
    for (std::size_t i = 0; i < n; ++i) {
        int32_t carry = 0;
        for (unsigned w = 0; w < windows; ++w) {
            int32_t d = int32_t(bitsAt(scalars[i], w * c, c)) + carry;
            carry = 0;
            if (d > half) {
                d -= int32_t(1) << c;
                carry = 1;
            }
            digits[i * windows + w] = d;
        }
    }

    std::vector<Point> windowSums(windows);
    std::atomic<unsigned> next{0};
    auto worker = [&] {
        BucketAccumulator<Curve> buckets(static_cast<std::size_t>(half));
        for (unsigned w = next++; w < windows; w = next++) {
            buckets.reset();
            for (std::size_t i = 0; i < n; ++i) {
                const int32_t d = digits[i * windows + w];
                if (d == 0 || bases[i].infinity)
                    continue;
                if (d > 0)
                    buckets.add(std::size_t(d - 1), bases[i]);
                else
                    buckets.add(std::size_t(-d - 1), -bases[i]);
            }
            buckets.finish();
            // sum_b (b + 1) * bucket[b] as a running sum from the top bucket down.
            Point running;
            Point acc;
            for (std::size_t b = buckets.size(); b-- > 0;) {
                running += buckets.bucket(b);
                acc += running;
            }
            windowSums[w] = acc;
        }
    };
    const unsigned nThreads = std::clamp(threads, 1u, windows);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < nThreads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();

    Point result = windowSums[windows - 1];
    for (unsigned w = windows - 1; w-- > 0;) {
        for (unsigned b = 0; b < c; ++b)
            result = result.dbl();
        result += windowSums[w];
    }
    return result;
}

template JacobianPoint<G1Curve>
msm<G1Curve>(std::span<const G1Affine>, std::span<const Scalar>, unsigned);
template JacobianPoint<G2Curve>
msm<G2Curve>(std::span<const G2Affine>, std::span<const Scalar>, unsigned);

} // namespace bs::zk
