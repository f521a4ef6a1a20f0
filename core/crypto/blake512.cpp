// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/blake512.h"

#include <algorithm>
#include <cstring>
#include <openssl/crypto.h>

namespace bs::crypto {

namespace {

// Initial value: the SHA-512 IV.
constexpr std::array<std::uint64_t, 8> kIv = {
    0x6A09E667F3BCC908ULL, 0xBB67AE8584CAA73BULL, 0x3C6EF372FE94F82BULL, 0xA54FF53A5F1D36F1ULL,
    0x510E527FADE682D1ULL, 0x9B05688C2B3E6C1FULL, 0x1F83D9ABFB41BD6BULL, 0x5BE0CD19137E2179ULL};

// The first digits of pi.
constexpr std::array<std::uint64_t, 16> kC = {
    0x243F6A8885A308D3ULL, 0x13198A2E03707344ULL, 0xA4093822299F31D0ULL, 0x082EFA98EC4E6C89ULL,
    0x452821E638D01377ULL, 0xBE5466CF34E90C6CULL, 0xC0AC29B7C97C50DDULL, 0x3F84D5B5B5470917ULL,
    0x9216D5D98979FB1BULL, 0xD1310BA698DFB5ACULL, 0x2FFD72DBD01ADFB7ULL, 0xB8E1AFED6A267E96ULL,
    0xBA7C9045F12C7F99ULL, 0x24A19947B3916CF7ULL, 0x0801F2E2858EFC16ULL, 0x636920D871574E69ULL};

constexpr std::uint8_t kSigma[10][16] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
                                         {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
                                         {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
                                         {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
                                         {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
                                         {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
                                         {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
                                         {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
                                         {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
                                         {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

constexpr int kRounds = 16;

inline std::uint64_t rotr(std::uint64_t x, unsigned n)
{
    return (x >> n) | (x << (64 - n));
}

inline std::uint64_t loadBe64(const std::uint8_t* p)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | p[i];
    return v;
}

inline void storeBe64(std::uint8_t* p, std::uint64_t v)
{
    for (int i = 7; i >= 0; --i) {
        p[i] = static_cast<std::uint8_t>(v);
        v >>= 8;
    }
}

} // namespace

Blake512::Blake512() noexcept
{
    reset();
}

Blake512::~Blake512()
{
    OPENSSL_cleanse(m_h.data(), sizeof(m_h));
    OPENSSL_cleanse(m_buffer.data(), m_buffer.size());
}

void Blake512::reset() noexcept
{
    m_h = kIv;
    m_buffer.fill(0);
    m_buffered = 0;
    m_totalBytes = 0;
}

void Blake512::compress(const std::uint8_t* block,
                        std::uint64_t counterLo,
                        std::uint64_t counterHi) noexcept
{
    std::uint64_t m[16];
    for (int i = 0; i < 16; ++i)
        m[i] = loadBe64(block + 8 * i);

    std::uint64_t v[16];
    for (int i = 0; i < 8; ++i)
        v[i] = m_h[i];
    // Salt is zero, so v[8..11] are the constants themselves.
    v[8] = kC[0];
    v[9] = kC[1];
    v[10] = kC[2];
    v[11] = kC[3];
    v[12] = counterLo ^ kC[4];
    v[13] = counterLo ^ kC[5];
    v[14] = counterHi ^ kC[6];
    v[15] = counterHi ^ kC[7];

    auto g = [&](const std::uint8_t* s, int i, int a, int b, int c, int d) {
        const int x = s[2 * i];
        const int y = s[2 * i + 1];
        v[a] += v[b] + (m[x] ^ kC[y]);
        v[d] = rotr(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = rotr(v[b] ^ v[c], 25);
        v[a] += v[b] + (m[y] ^ kC[x]);
        v[d] = rotr(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = rotr(v[b] ^ v[c], 11);
    };

    for (int r = 0; r < kRounds; ++r) {
        const std::uint8_t* s = kSigma[r % 10];
        g(s, 0, 0, 4, 8, 12);
        g(s, 1, 1, 5, 9, 13);
        g(s, 2, 2, 6, 10, 14);
        g(s, 3, 3, 7, 11, 15);
        g(s, 4, 0, 5, 10, 15);
        g(s, 5, 1, 6, 11, 12);
        g(s, 6, 2, 7, 8, 13);
        g(s, 7, 3, 4, 9, 14);
    }

    for (int i = 0; i < 8; ++i)
        m_h[i] ^= v[i] ^ v[i + 8];

    OPENSSL_cleanse(m, sizeof(m));
    OPENSSL_cleanse(v, sizeof(v));
}

void Blake512::update(std::span<const std::uint8_t> data) noexcept
{
    const std::uint8_t* p = data.data();
    std::size_t n = data.size();
    while (n > 0) {
        const std::size_t take = std::min(n, kBlockSize - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, p, take);
        m_buffered += take;
        m_totalBytes += take;
        p += take;
        n -= take;
        // A full block is compressed only once more input arrives: the last message block
        // is handled by final(), whose padding may share it.
        if (m_buffered == kBlockSize && n > 0) {
            compress(m_buffer.data(), m_totalBytes << 3, m_totalBytes >> 61);
            m_buffered = 0;
        }
    }
}

Blake512::Digest Blake512::final() noexcept
{
    // The counter of a block is the number of message bits up to its end, or 0 for a block
    // made of padding only. Padding: 1 bit, zeros, 1 bit at bit 895 of the last block, then
    // the 128-bit big-endian message length in bits.
    const std::uint64_t bitsLo = m_totalBytes << 3;
    const std::uint64_t bitsHi = m_totalBytes >> 61;

    if (m_buffered == kBlockSize) {
        compress(m_buffer.data(), bitsLo, bitsHi);
        m_buffered = 0;
    }
    const bool hasMessageBits = m_buffered > 0;

    std::uint8_t tail[2 * kBlockSize] = {};
    std::memcpy(tail, m_buffer.data(), m_buffered);
    const std::size_t blocks = m_buffered <= 111 ? 1 : 2;
    const std::size_t end = blocks * kBlockSize;
    tail[m_buffered] = 0x80;
    tail[end - 17] |= 0x01;
    storeBe64(tail + end - 16, bitsHi);
    storeBe64(tail + end - 8, bitsLo);

    compress(tail, hasMessageBits ? bitsLo : 0, hasMessageBits ? bitsHi : 0);
    if (blocks == 2)
        compress(tail + kBlockSize, 0, 0);

    Digest out;
    for (int i = 0; i < 8; ++i)
        storeBe64(out.data() + 8 * i, m_h[i]);
    OPENSSL_cleanse(tail, sizeof(tail));
    reset();
    return out;
}

Blake512::Digest blake512(std::span<const std::uint8_t> data) noexcept
{
    Blake512 h;
    h.update(data);
    return h.final();
}

} // namespace bs::crypto
