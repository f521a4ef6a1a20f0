// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bounded discrete logarithm on BabyJubJub: find v < 2^bits with v*Base8 == target, by
// baby-step giant-step. Used to recover an ElGamal-encrypted balance (decryptToPoint gives
// v*B) when the Poseidon ciphertexts that normally carry the amount are missing or bad.
//
// The table holds m = 2^babyLog baby steps j*B for j in [0, m). Because -P = (-x, y) on
// twisted Edwards curves, j*B and -j*B share their y coordinate, so one table entry
// covers both signs and each giant step advances by S = 2m - 1. An entry is one 64-bit word:
// the high bits of y's Montgomery representation (a fingerprint) above the index j. Lookups
// that match a fingerprint are verified with a real scalar multiplication, so fingerprint
// collisions cost time, never correctness.
//
// Timing depends on v (the search stops when v is found): do not run it where an attacker
// can time it and the amount must stay secret from them.

#include "crypto/babyjubjub.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace bs::crypto {

class DiscreteLogTable
{
public:
    static constexpr int kDefaultBits = 40;
    static constexpr int kMaxBits = 48;    // 2^48 needs ~2^25 giant steps: tens of seconds
    static constexpr int kMaxBabyLog = 22; // 2^22 entries * 8 bytes = 32 MiB

    // Builds the table for amounts v < 2^bits, 1 <= bits <= kMaxBits (std::invalid_argument
    // otherwise). babyLog = 0 picks a size that balances build and search time, at most
    // kMaxBabyLog. threads = 0 uses the hardware concurrency (at most 8). The build of the
    // default 40-bit table takes about a second; build it once and reuse it.
    explicit DiscreteLogTable(int bits = kDefaultBits, int babyLog = 0, unsigned threads = 0);

    // Tables are large: move them, never copy them by accident.
    DiscreteLogTable(const DiscreteLogTable&) = delete;
    DiscreteLogTable& operator=(const DiscreteLogTable&) = delete;
    DiscreteLogTable(DiscreteLogTable&&) noexcept = default;
    DiscreteLogTable& operator=(DiscreteLogTable&&) noexcept = default;

    // A process-wide table for `bits`, built on first use (thread-safe), then shared and
    // kept until the process exits.
    static std::shared_ptr<const DiscreteLogTable> shared(int bits = kDefaultBits);

    // v with v*Base8 == target if 0 <= v < 2^bits, else nullopt. Returns nullopt as well
    // if *cancel becomes true (checked every few hundred giant steps). Safe to call from
    // several threads at once; each call uses up to `threads` worker threads.
    std::optional<uint64_t> solve(const Point& target,
                                  const std::atomic<bool>* cancel = nullptr) const;

    int bits() const { return m_bits; }
    std::size_t babySteps() const { return m_entries.size(); }
    std::size_t memoryBytes() const
    {
        return m_entries.size() * sizeof(uint64_t) + m_bucketStart.size() * sizeof(uint32_t);
    }

private:
    int m_bits;
    int m_babyLog;
    unsigned m_threads;
    uint64_t m_step;                     // S = 2m - 1
    uint64_t m_giantSteps;               // giant steps needed to cover [0, 2^bits)
    std::vector<uint64_t> m_entries;     // sorted (fingerprint << babyLog | j)
    std::vector<uint32_t> m_bucketStart; // index of the first entry per top-16-bit bucket

    static uint64_t fingerprintWord(const Fr& y);
    // Calls f(j) for each stored j whose fingerprint matches y.
    template <class F>
    void forEachCandidate(const Fr& y, F&& f) const;
    std::optional<uint64_t> searchRange(const Point& target,
                                        uint64_t first,
                                        uint64_t last,
                                        const std::atomic<bool>& stop,
                                        const std::atomic<bool>* cancel) const;
};

} // namespace bs::crypto
