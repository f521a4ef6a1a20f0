// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/kdf.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <openssl/evp.h>

namespace bs::vault {

namespace {

constexpr quint64 kMaxMemory = quint64(256) << 20;
constexpr quint64 kMaxN = quint64(1) << 20;

std::atomic<bool> g_allowWeakKdf{false};

bool isPowerOfTwo(quint64 v)
{
    return v != 0 && (v & (v - 1)) == 0;
}

} // namespace

quint64 kdfMemoryBytes(const KdfParams& params)
{
    return 128 * quint64(params.r) * params.n + 128 * quint64(params.r) * params.p;
}

Result<void> validateKdfParams(const KdfParams& params)
{
    if (params.n < 2 || params.n > kMaxN || !isPowerOfTwo(params.n))
        return fail(BS_TR("vault", "the scrypt cost N must be a power of two between 2 and 2^20"));
    if (params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16)
        return fail(
            BS_TR("vault", "the scrypt parameters r and p are out of range (r 1..32, p 1..16)"));
    if (128 * quint64(params.r) * params.n > kMaxMemory)
        return fail(BS_TR("vault", "the scrypt parameters need more than 256 MiB of memory"));
    return {};
}

quint64 kdfWork(const KdfParams& params)
{
    return 128 * quint64(params.r) * params.n * params.p;
}

Result<void> validateStoredKdfParams(const KdfParams& params)
{
    if (auto ok = validateKdfParams(params); !ok)
        return ok;
    if (params.r != 8 || params.p > 4)
        return fail(BS_TR("vault",
                          "the scrypt parameters are not ones BackendShield writes (r must be 8, "
                          "p at most 4)"));
    if (kdfWork(params) > 4 * kMaxMemory)
        return fail(
            BS_TR("vault", "the scrypt parameters ask for more work than BackendShield ever uses"));
    return {};
}

Result<void> validateKdfForWriting(const KdfParams& params)
{
    if (auto ok = validateStoredKdfParams(params); !ok)
        return ok;
    if (g_allowWeakKdf.load())
        return {};
    const KdfParams min = KdfParams::minimum();
    if (params.n < min.n || params.r != min.r || params.p != min.p)
        return fail(BS_TR(
            "vault", "the scrypt parameters are too weak: use N of at least 2^14 with r = 8 and "
                     "p = 1"));
    return {};
}

Result<KdfParams> kdfForWriting(std::optional<KdfParams> requested)
{
    if (!requested)
        return KdfParams::calibrate();
    if (auto ok = validateKdfForWriting(*requested); !ok)
        return ok.error();
    if (!g_allowWeakKdf.load() && kdfWork(*requested) < kdfWork(KdfParams::calibrate()))
        return fail(BS_TR("vault",
                          "the scrypt parameters are too weak for this machine: leave them out to "
                          "use the calibrated cost"));
    return *requested;
}

namespace testing {
void allowWeakKdf(bool allow)
{
    g_allowWeakKdf.store(allow);
}
} // namespace testing

Result<crypto::SecureBytes<32>> deriveKey(std::span<const char> passphrase,
                                          std::span<const std::uint8_t> salt,
                                          const KdfParams& params)
{
    if (auto ok = validateKdfParams(params); !ok)
        return ok.error();
    crypto::SecureBytes<32> out;
    // OpenSSL checks B (128 r p) + V (128 r (N + 2)) against maxmem; leave a little slack.
    const quint64 maxmem = kdfMemoryBytes(params) + 256 * quint64(params.r) + 65536;
    const int rc =
        EVP_PBE_scrypt(passphrase.data(), passphrase.size(), salt.data(), salt.size(), params.n,
                       params.r, params.p, maxmem, out.bytes().data(), out.bytes().size());
    if (rc != 1)
        return fail(BS_TR("vault",
                          "the passphrase key could not be derived (scrypt failed, probably out of "
                          "memory); close other programs and try again"));
    return out;
}

KdfParams KdfParams::calibrate(std::chrono::milliseconds target)
{
    // Cost is linear in N: time N = 2^15 (best of two, to skip a busy moment) and
    // extrapolate. Not smaller: a real derivation (32 MiB and more) gets fresh pages from the
    // system every time, while the 16 MiB of N = 2^14 come back warm from the allocator after
    // the first runs in a process, measured 2.5 times faster than they extrapolate: the pick
    // then depended on what the process had done before (2^18, 1.3 s, instead of 2^17).
    constexpr quint64 probeN = quint64(1) << 15;
    const std::array<std::uint8_t, 32> salt{};
    const char pass[] = "calibration";
    qint64 bestNs = -1;
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer t;
        t.start();
        auto k =
            deriveKey(std::span<const char>(pass, sizeof pass - 1), salt, KdfParams{probeN, 8, 1});
        const qint64 ns = t.nsecsElapsed();
        if (!k)
            break;
        if (bestNs < 0 || ns < bestNs)
            bestNs = ns;
    }
    KdfParams out = minimum();
    if (bestNs <= 0)
        return out;
    const double perN = double(bestNs) / double(probeN);
    const double idealN = double(std::chrono::nanoseconds(target).count()) / perN;
    // Nearest power of two on a log scale.
    const int log2n = int(std::lround(std::log2(std::max(idealN, 1.0))));
    const int clamped = std::clamp(log2n, 14, 18);
    out.n = quint64(1) << clamped;
    return out;
}

} // namespace bs::vault
