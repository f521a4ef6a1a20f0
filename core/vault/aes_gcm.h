// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AES-256-GCM with a 12-byte nonce and a 16-byte tag (OpenSSL), for the two small things the
// vault encrypts itself: the wrapped database key in the header and the backup payload.
// The callers pick a fresh random nonce for every encryption.

#include "crypto/secure_buffer.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace bs::vault::aesgcm {

inline constexpr std::size_t kNonceSize = 12;
inline constexpr std::size_t kTagSize = 16;

// Encrypts `plaintext` into `ciphertext` (same size) and writes the tag. `aad` is
// authenticated, not encrypted. Returns false only if OpenSSL fails (a bug or no memory).
bool seal(const crypto::SecureBytes<32>& key,
          std::span<const std::uint8_t, kNonceSize> nonce,
          std::span<const std::uint8_t> aad,
          std::span<const std::uint8_t> plaintext,
          std::span<std::uint8_t> ciphertext,
          std::span<std::uint8_t, kTagSize> tag);

// Decrypts and checks the tag. Returns false when the key, nonce, aad, ciphertext or tag do
// not match; `plaintext` (same size as ciphertext) is zeroed then.
bool open(const crypto::SecureBytes<32>& key,
          std::span<const std::uint8_t, kNonceSize> nonce,
          std::span<const std::uint8_t> aad,
          std::span<const std::uint8_t> ciphertext,
          std::span<const std::uint8_t, kTagSize> tag,
          std::span<std::uint8_t> plaintext);

} // namespace bs::vault::aesgcm
