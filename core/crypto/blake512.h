// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BLAKE-512: the SHA-3 finalist BLAKE (Aumasson et al., version 1.3, 16 rounds, 64-bit
// words), as npm `blake-hash` "blake512". It is NOT BLAKE2b. The eERC wallet key derivation
// hashes the decryption key bytes with it (spec eerc-protocol.md 2.1).
//
// Salt is always zero (the only form the protocol uses).

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace bs::crypto {

// Streaming hasher. After final() the object is reset and may hash a new message.
class Blake512
{
public:
    static constexpr std::size_t kDigestSize = 64;
    static constexpr std::size_t kBlockSize = 128;
    using Digest = std::array<std::uint8_t, kDigestSize>;

    Blake512() noexcept;
    // Wipes the chaining value and buffered input, which may derive from secrets.
    ~Blake512();
    Blake512(const Blake512&) = delete;
    Blake512& operator=(const Blake512&) = delete;

    void update(std::span<const std::uint8_t> data) noexcept;
    Digest final() noexcept;

private:
    void reset() noexcept;
    void
    compress(const std::uint8_t* block, std::uint64_t counterLo, std::uint64_t counterHi) noexcept;

    std::array<std::uint64_t, 8> m_h;
    std::array<std::uint8_t, kBlockSize> m_buffer;
    std::size_t m_buffered = 0;
    std::uint64_t m_totalBytes = 0; // messages of 2^64 bytes or more are not supported
};

// One-shot BLAKE-512 of `data`.
Blake512::Digest blake512(std::span<const std::uint8_t> data) noexcept;

} // namespace bs::crypto
