// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/random.h"

#include <algorithm>
#include <climits>
#include <openssl/rand.h>

namespace bs::crypto {

void randomBytes(std::span<std::uint8_t> out)
{
    // RAND_bytes takes an int length: feed large requests in chunks.
    constexpr std::size_t kChunk = INT_MAX / 2;
    std::size_t done = 0;
    while (done < out.size()) {
        const std::size_t n = std::min(kChunk, out.size() - done);
        if (RAND_bytes(out.data() + done, static_cast<int>(n)) != 1)
            throw RandomFailure("the system random number generator failed");
        done += n;
    }
}

SecureBuffer randomSecret(std::size_t size)
{
    SecureBuffer buf(size);
    randomBytes(buf.bytes());
    return buf;
}

} // namespace bs::crypto
