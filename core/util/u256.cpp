// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/u256.h"

#include <algorithm>

namespace bs {

namespace {

__extension__ typedef unsigned __int128 u128;

// acc = acc * mul + add; false when the result leaves 256 bits.
bool mulAddSmall(U256::Limbs& acc, uint64_t mul, uint64_t add) noexcept
{
    uint64_t carry = add;
    for (auto& limb : acc) {
        const u128 t = static_cast<u128>(limb) * mul + carry;
        limb = static_cast<uint64_t>(t);
        carry = static_cast<uint64_t>(t >> 64);
    }
    return carry == 0;
}

int hexValue(char c) noexcept
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<U256> U256::fromDecimal(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    Limbs acc{};
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        if (!mulAddSmall(acc, 10, static_cast<uint64_t>(c - '0')))
            return std::nullopt;
    }
    return U256(acc);
}

std::optional<U256> U256::fromHex(std::string_view text)
{
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    if (text.empty())
        return std::nullopt;
    Limbs acc{};
    for (const char c : text) {
        const int d = hexValue(c);
        if (d < 0)
            return std::nullopt;
        if ((acc[3] >> 60) != 0)
            return std::nullopt; // shifting by 4 would overflow
        acc[3] = (acc[3] << 4) | (acc[2] >> 60);
        acc[2] = (acc[2] << 4) | (acc[1] >> 60);
        acc[1] = (acc[1] << 4) | (acc[0] >> 60);
        acc[0] = (acc[0] << 4) | static_cast<uint64_t>(d);
    }
    return U256(acc);
}

U256 U256::fromBigEndian(std::span<const uint8_t, 32> bytes)
{
    Limbs l{};
    for (std::size_t i = 0; i < 32; ++i)
        l[3 - i / 8] = (l[3 - i / 8] << 8) | bytes[i];
    return U256(l);
}

std::optional<U256> U256::fromBigEndianBytes(std::span<const uint8_t> bytes)
{
    if (bytes.size() > 32)
        return std::nullopt;
    std::array<uint8_t, 32> padded{};
    std::copy(bytes.begin(), bytes.end(), padded.begin() + (32 - bytes.size()));
    return fromBigEndian(padded);
}

std::array<uint8_t, 32> U256::toBigEndian() const
{
    std::array<uint8_t, 32> out{};
    for (std::size_t i = 0; i < 32; ++i)
        out[31 - i] = static_cast<uint8_t>(m_limbs[i / 8] >> (8 * (i % 8)));
    return out;
}

std::vector<uint8_t> U256::toMinimalBigEndian() const
{
    const auto be = toBigEndian();
    const std::size_t n = (bitLength() + 7) / 8;
    return std::vector<uint8_t>(be.end() - static_cast<std::ptrdiff_t>(n), be.end());
}

std::string U256::toDecimal() const
{
    if (isZero())
        return "0";
    constexpr uint64_t kChunk = 10'000'000'000'000'000'000ull; // 10^19
    std::string digits;                                        // reversed
    U256 v = *this;
    while (!v.isZero()) {
        const DivMod qr = v.divmod(kChunk);
        uint64_t r = qr.remainder;
        v = qr.quotient;
        for (int i = 0; i < 19; ++i) {
            digits.push_back(static_cast<char>('0' + r % 10));
            r /= 10;
            if (v.isZero() && r == 0)
                break;
        }
    }
    std::reverse(digits.begin(), digits.end());
    return digits;
}

std::string U256::toHex() const
{
    static constexpr char kDigits[] = "0123456789abcdef";
    const unsigned nibbles = std::max(1u, (bitLength() + 3) / 4);
    std::string out = "0x";
    for (int i = static_cast<int>(nibbles) - 1; i >= 0; --i)
        out.push_back(kDigits[(m_limbs[i / 16] >> (4 * (i % 16))) & 0xf]);
    return out;
}

std::optional<U256> U256::checkedAdd(const U256& o) const noexcept
{
    Limbs r{};
    uint64_t carry = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 t = static_cast<u128>(m_limbs[i]) + o.m_limbs[i] + carry;
        r[i] = static_cast<uint64_t>(t);
        carry = static_cast<uint64_t>(t >> 64);
    }
    if (carry != 0)
        return std::nullopt;
    return U256(r);
}

std::optional<U256> U256::checkedSub(const U256& o) const noexcept
{
    if (*this < o)
        return std::nullopt;
    Limbs r{};
    uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 t = static_cast<u128>(m_limbs[i]) - o.m_limbs[i] - borrow;
        r[i] = static_cast<uint64_t>(t);
        borrow = static_cast<uint64_t>(t >> 127);
    }
    return U256(r);
}

std::optional<U256> U256::checkedMul(const U256& o) const noexcept
{
    // Schoolbook 4x4 into 8 limbs; the product fits iff the upper 4 are zero.
    std::array<uint64_t, 8> r{};
    for (int i = 0; i < 4; ++i) {
        uint64_t carry = 0;
        for (int j = 0; j < 4; ++j) {
            const u128 t = static_cast<u128>(m_limbs[i]) * o.m_limbs[j] + r[i + j] + carry;
            r[i + j] = static_cast<uint64_t>(t);
            carry = static_cast<uint64_t>(t >> 64);
        }
        r[i + 4] = carry;
    }
    if ((r[4] | r[5] | r[6] | r[7]) != 0)
        return std::nullopt;
    return U256(Limbs{r[0], r[1], r[2], r[3]});
}

U256::DivMod U256::divmod(uint64_t divisor) const
{
    if (divisor == 0)
        throw std::domain_error("U256::divmod: division by zero");
    Limbs q{};
    u128 rem = 0;
    for (int i = 3; i >= 0; --i) {
        const u128 cur = (rem << 64) | m_limbs[i];
        q[i] = static_cast<uint64_t>(cur / divisor);
        rem = cur % divisor;
    }
    return DivMod{U256(q), static_cast<uint64_t>(rem)};
}

std::optional<U256> U256::pow10(unsigned exponent) noexcept
{
    if (exponent > 77)
        return std::nullopt;
    Limbs acc{1, 0, 0, 0};
    for (unsigned i = 0; i < exponent; ++i)
        mulAddSmall(acc, 10, 0); // cannot overflow for exponent <= 77
    return U256(acc);
}

} // namespace bs
