// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Passphrase -> 256-bit key-encryption key with OpenSSL's scrypt (memory-hard; Argon2 is not
// in OpenSSL 3.0). The vault's database key is random and only wrapped by this key, so a
// passphrase change re-derives and rewraps, it never re-encrypts the database.

#include "crypto/secure_buffer.h"
#include "util/result.h"

#include <QtGlobal>

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>

namespace bs::vault {

struct KdfParams
{
    quint64 n = 1u << 14; // CPU/memory cost, a power of two
    quint32 r = 8;        // block size
    quint32 p = 1;        // parallelism

    bool operator==(const KdfParams&) const = default;

    // The weakest parameters calibrate() ever picks: N = 2^14, r = 8, p = 1 (16 MiB).
    static constexpr KdfParams minimum() { return KdfParams{1u << 14, 8, 1}; }
    // The largest N calibrate() picks: memory 128 * r * N capped at 256 MiB.
    static constexpr quint64 kMaxCalibratedN = 1u << 18;

    // Measures scrypt on this machine and returns r = 8, p = 1 and the power-of-two N
    // (2^14 <= N <= 2^18) whose derivation time is nearest to `target` (geometrically).
    // Takes about 0.35 s (two derivations at N = 2^15).
    static KdfParams calibrate(std::chrono::milliseconds target = std::chrono::milliseconds(500));
};

// Memory one derivation needs, in bytes (128 * r * N, plus 128 * r * p).
quint64 kdfMemoryBytes(const KdfParams& params);

// Parameters a header or backup file may carry: N a power of two in [2, 2^20], r in [1, 32],
// p in [1, 16], memory at most 256 MiB. Bounds keep a hostile file from making us allocate
// or compute without limit.
Result<void> validateKdfParams(const KdfParams& params);

// Parameters a header or backup file may carry when READ: validateKdfParams plus r = 8,
// p <= 4 and total work 128 * r * N * p at most 1 GiB (256 MiB * 4), so a hostile file cannot
// cost minutes of CPU. No lower bound here: a vault records the cost it was last written
// with and refuses a weaker header itself (Vault::unlock).
Result<void> validateStoredKdfParams(const KdfParams& params);

// Parameters a new header or backup may be WRITTEN with: validateStoredKdfParams plus
// N >= 2^14, r = 8, p = 1 (KdfParams::minimum() or stronger), unless a test turned on
// testing::allowWeakKdf.
Result<void> validateKdfForWriting(const KdfParams& params);

// 128 * r * N * p: the work of one derivation, to compare two parameter sets.
quint64 kdfWork(const KdfParams& params);

// The parameters to write a new header or backup with. Every production path passes nothing:
// scrypt calibrated on this machine (~0.5 s, KdfParams::calibrate), measured again each time,
// so a passphrase change or a backup recalibrates. Explicit parameters are for tests and
// tools: they must pass validateKdfForWriting and cost at least what calibrate() measures now
// (so nothing can ask for the minimum on a machine that affords more), unless
// testing::allowWeakKdf is on.
Result<KdfParams> kdfForWriting(std::optional<KdfParams> requested);

namespace testing {
// Lets validateKdfForWriting and kdfForWriting accept parameters below the minimum and below
// the calibrated cost (cheap scrypt keeps the test suite fast). Off by default; never turned
// on outside tests.
void allowWeakKdf(bool allow);
} // namespace testing

inline constexpr std::size_t kKdfSaltSize = 32;

// scrypt(passphrase, salt, params) -> 32 bytes in secure memory. Fails for parameters that
// validateKdfParams refuses or when OpenSSL cannot allocate the memory.
Result<crypto::SecureBytes<32>> deriveKey(std::span<const char> passphrase,
                                          std::span<const std::uint8_t> salt,
                                          const KdfParams& params);

} // namespace bs::vault
