// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/discrete_log.h"

#include <algorithm>
#include <exception>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace bs::crypto {

namespace {

constexpr int kBucketBits = 16;
// Points normalised together (one field inversion per batch) and the cancel-check period.
constexpr std::size_t kBatch = 512;
// Below this many giant steps a single thread is faster than starting workers.
constexpr uint64_t kMinStepsPerThread = 4096;

unsigned defaultThreads(unsigned requested)
{
    if (requested != 0)
        return std::min(requested, 64u);
    return std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
}

// Runs body(t) for t in [0, n) on n threads (the calling thread takes t = 0) and rethrows
// the first exception any of them raised.
template <class F>
void parallelFor(unsigned n, F&& body)
{
    std::vector<std::exception_ptr> errors(n);
    std::vector<std::thread> workers;
    workers.reserve(n > 0 ? n - 1 : 0);
    auto run = [&](unsigned t) {
        try {
            body(t);
        } catch (...) {
            errors[t] = std::current_exception();
        }
    };
    for (unsigned t = 1; t < n; ++t)
        workers.emplace_back(run, t);
    run(0);
    for (auto& w : workers)
        w.join();
    for (auto& e : errors)
        if (e)
            std::rethrow_exception(e);
}

} // namespace

DiscreteLogTable::DiscreteLogTable(int bits, int babyLog, unsigned threads)
    : m_bits(bits)
    , m_babyLog(babyLog)
    , m_threads(defaultThreads(threads))
{
    if (bits < 1 || bits > kMaxBits)
        throw std::invalid_argument("DiscreteLogTable: bits out of range");
    if (babyLog < 0 || babyLog > kMaxBabyLog)
        throw std::invalid_argument("DiscreteLogTable: babyLog out of range");
    if (m_babyLog == 0) {
        // About sqrt(2^bits) entries, times two because the build is done once and the
        // search many times; capped for memory.
        m_babyLog = std::clamp((bits + 1) / 2 + 1, 2, kMaxBabyLog);
    }
    const uint64_t m = uint64_t{1} << m_babyLog;
    m_step = 2 * m - 1;
    // Giant step i covers v = i*S + delta, |delta| <= m - 1, so v needs i <= (v + m - 1) / S;
    // the largest v is 2^bits - 1.
    m_giantSteps = ((uint64_t{1} << bits) - 1 + (m - 1)) / m_step + 1;

    const uint64_t mask = m - 1;
    m_entries.resize(m);
    const unsigned workers =
        static_cast<unsigned>(std::min<uint64_t>(m_threads, std::max<uint64_t>(1, m / 4096)));
    const uint64_t chunk = (m + workers - 1) / workers;
    parallelFor(workers, [&](unsigned t) {
        const uint64_t first = std::min<uint64_t>(m, t * chunk);
        const uint64_t last = std::min<uint64_t>(m, first + chunk);
        Point p = Point::mulBaseVartime(Scalar::fromU64(first));
        std::vector<Point> batch;
        batch.reserve(kBatch);
        for (uint64_t j = first; j < last;) {
            batch.clear();
            const uint64_t n = std::min<uint64_t>(kBatch, last - j);
            for (uint64_t k = 0; k < n; ++k) {
                batch.push_back(p);
                p += Point::base8();
            }
            const auto affine = Point::batchToAffine(batch);
            for (uint64_t k = 0; k < n; ++k)
                m_entries[j + k] = (fingerprintWord(affine[k].y) & ~mask) | (j + k);
            j += n;
        }
        std::sort(m_entries.begin() + static_cast<std::ptrdiff_t>(first),
                  m_entries.begin() + static_cast<std::ptrdiff_t>(last));
    });
    // Merge the sorted chunks.
    for (uint64_t width = chunk; width < m; width *= 2) {
        for (uint64_t lo = 0; lo + width < m; lo += 2 * width) {
            const auto begin = m_entries.begin();
            std::inplace_merge(begin + static_cast<std::ptrdiff_t>(lo),
                               begin + static_cast<std::ptrdiff_t>(lo + width),
                               begin + static_cast<std::ptrdiff_t>(std::min(m, lo + 2 * width)));
        }
    }

    m_bucketStart.assign((std::size_t{1} << kBucketBits) + 1, 0);
    for (uint64_t e : m_entries)
        ++m_bucketStart[(e >> (64 - kBucketBits)) + 1];
    for (std::size_t b = 1; b < m_bucketStart.size(); ++b)
        m_bucketStart[b] += m_bucketStart[b - 1];
}

std::shared_ptr<const DiscreteLogTable> DiscreteLogTable::shared(int bits)
{
    static std::mutex mutex;
    static std::map<int, std::shared_ptr<const DiscreteLogTable>> tables;
    const std::lock_guard lock(mutex);
    auto& slot = tables[bits];
    if (!slot)
        slot = std::make_shared<const DiscreteLogTable>(bits);
    return slot;
}

uint64_t DiscreteLogTable::fingerprintWord(const Fr& y)
{
    // The Montgomery form is a bijection of y, and its low limb is as good as random; no
    // conversion to canonical form needed.
    return y.montgomeryLimbs()[0];
}

template <class F>
void DiscreteLogTable::forEachCandidate(const Fr& y, F&& f) const
{
    const uint64_t mask = (uint64_t{1} << m_babyLog) - 1;
    const uint64_t fp = fingerprintWord(y) & ~mask;
    const std::size_t bucket = fp >> (64 - kBucketBits);
    const auto begin = m_entries.begin() + m_bucketStart[bucket];
    const auto end = m_entries.begin() + m_bucketStart[bucket + 1];
    for (auto it = std::lower_bound(begin, end, fp); it != end && (*it & ~mask) == fp; ++it)
        f(*it & mask);
}

std::optional<uint64_t> DiscreteLogTable::searchRange(const Point& target,
                                                      uint64_t first,
                                                      uint64_t last,
                                                      const std::atomic<bool>& stop,
                                                      const std::atomic<bool>* cancel) const
{
    const uint64_t bound = uint64_t{1} << m_bits;
    const Point negStep = -Point::mulBaseVartime(Scalar::fromU64(m_step));
    // R_i = target - i*S*B; R_i == ±j*B  <=>  v = i*S ± j.
    Point r = target - Point::mulBaseVartime(Scalar::fromU64(first * m_step));
    std::vector<Point> batch;
    batch.reserve(kBatch);
    for (uint64_t i = first; i < last;) {
        if (stop.load(std::memory_order_relaxed) ||
            (cancel != nullptr && cancel->load(std::memory_order_relaxed)))
            return std::nullopt;
        batch.clear();
        const uint64_t n = std::min<uint64_t>(kBatch, last - i);
        for (uint64_t k = 0; k < n; ++k) {
            batch.push_back(r);
            r += negStep;
        }
        const auto affine = Point::batchToAffine(batch);
        for (uint64_t k = 0; k < n; ++k) {
            std::optional<uint64_t> found;
            const uint64_t base = (i + k) * m_step;
            forEachCandidate(affine[k].y, [&](uint64_t j) {
                // The fingerprint matched: check both signs for real.
                for (const bool minus : {false, true}) {
                    if (found || (minus && j > base) || (minus && j == 0))
                        continue;
                    const uint64_t v = minus ? base - j : base + j;
                    if (v < bound && Point::mulBaseVartime(Scalar::fromU64(v)) == target)
                        found = v;
                }
            });
            if (found)
                return found;
        }
        i += n;
    }
    return std::nullopt;
}

std::optional<uint64_t> DiscreteLogTable::solve(const Point& target,
                                                const std::atomic<bool>* cancel) const
{
    const unsigned workers = static_cast<unsigned>(
        std::clamp<uint64_t>(m_giantSteps / kMinStepsPerThread, 1, m_threads));
    // Contiguous ranges keep each worker on one running point; small amounts are found in
    // worker 0's first batch.
    const uint64_t chunk = (m_giantSteps + workers - 1) / workers;
    std::atomic<bool> stop = false;
    std::vector<std::optional<uint64_t>> results(workers);
    parallelFor(workers, [&](unsigned t) {
        const uint64_t first = std::min(m_giantSteps, t * chunk);
        const uint64_t last = std::min(m_giantSteps, first + chunk);
        results[t] = searchRange(target, first, last, stop, cancel);
        if (results[t])
            stop.store(true, std::memory_order_relaxed); // the others can stop: v is unique
    });
    if (cancel != nullptr && cancel->load())
        return std::nullopt;
    for (const auto& r : results)
        if (r)
            return r;
    return std::nullopt;
}

} // namespace bs::crypto
