// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cryptographically secure random bytes from OpenSSL's DRBG (seeded by the OS).

#include "crypto/secure_buffer.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>

namespace bs::crypto {

// Thrown when the CSPRNG cannot deliver. That means the system's entropy source is broken:
// no caller can do anything sensible with fewer or predictable bytes, so it is not a Result.
class RandomFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Fills `out` entirely with random bytes, or throws RandomFailure.
void randomBytes(std::span<std::uint8_t> out);

// `size` random bytes in secure memory, or throws RandomFailure.
SecureBuffer randomSecret(std::size_t size);

} // namespace bs::crypto
