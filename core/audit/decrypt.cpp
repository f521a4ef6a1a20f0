// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/decrypt.h"

#include "audit/events.h"

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

namespace bs::audit {

namespace {

// Small enough that the threads finish together and a stop is seen within a few ms, large
// enough that taking a chunk costs nothing next to its ~64 decryptions.
constexpr std::size_t kChunk = 64;

} // namespace

unsigned decryptThreads(unsigned threads)
{
    if (threads != 0)
        return threads;
    return std::max(1u, std::thread::hardware_concurrency());
}

Result<void> decryptPcts(std::span<const crypto::Pct> pcts,
                         std::span<std::optional<U256>> out,
                         const crypto::Scalar& s,
                         unsigned threads,
                         const DecryptProgress& progress,
                         std::stop_token stop)
{
    if (out.size() != pcts.size())
        throw std::invalid_argument("decryptPcts: out must be as long as pcts");
    const std::size_t total = pcts.size();
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};

    // Returns false when there is nothing left or a stop was asked for.
    const auto work = [&]() -> bool {
        if (stop.stop_requested())
            return false;
        const std::size_t first = next.fetch_add(kChunk, std::memory_order_relaxed);
        if (first >= total)
            return false;
        const std::size_t last = std::min(total, first + kChunk);
        for (std::size_t i = first; i < last; ++i) {
            const Result<crypto::Fr> v = crypto::decryptAmount(pcts[i], s);
            out[i] = v ? std::optional<U256>(crypto::toU256(*v)) : std::nullopt;
        }
        done.fetch_add(last - first, std::memory_order_relaxed);
        return true;
    };

    const unsigned helpers = total <= kChunk
                                 ? 0
                                 : std::min<unsigned>(decryptThreads(threads) - 1,
                                                      unsigned((total + kChunk - 1) / kChunk) - 1);
    std::vector<std::jthread> pool;
    pool.reserve(helpers);
    for (unsigned t = 0; t < helpers; ++t)
        pool.emplace_back([&] {
            while (work()) {
            }
        });
    while (work()) {
        if (progress)
            progress(done.load(std::memory_order_relaxed), total);
    }
    pool.clear(); // joins
    if (stop.stop_requested() && done.load() < total)
        return fail(kCancelled);
    if (progress)
        progress(total, total);
    return {};
}

} // namespace bs::audit
