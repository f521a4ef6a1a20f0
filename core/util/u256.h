// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An unsigned 256-bit integer: the EVM word. Token amounts, fees, ABI uint<N> values, RLP
// integers and JSON-RPC quantities. Fixed width, no heap; every operation that can overflow
// is checked and says so through std::optional.

#include <array>
#include <bit>
#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bs {

class U256
{
public:
    // Little-endian 64-bit limbs: limbs()[0] is the least significant.
    using Limbs = std::array<uint64_t, 4>;

    constexpr U256() = default;

    static constexpr U256 fromU64(uint64_t v) { return U256(Limbs{v, 0, 0, 0}); }
    static constexpr U256 fromLimbs(const Limbs& limbs) { return U256(limbs); }
    static constexpr U256 zero() { return U256(); }
    static constexpr U256 max() { return U256(Limbs{~0ull, ~0ull, ~0ull, ~0ull}); }

    // Decimal digits only (leading zeros allowed). nullopt for empty text, any sign, space,
    // prefix or other character, or a value >= 2^256.
    static std::optional<U256> fromDecimal(std::string_view text);
    // Hex digits of either case, with an optional "0x"/"0X" prefix (leading zeros allowed,
    // so 32-byte data words parse too). nullopt for no digits ("" or "0x"), any other
    // character, or a value >= 2^256.
    static std::optional<U256> fromHex(std::string_view text);

    // Exactly 32 big-endian bytes.
    static U256 fromBigEndian(std::span<const uint8_t, 32> bytes);
    // Up to 32 big-endian bytes (leading zeros allowed, empty = 0); nullopt if longer.
    static std::optional<U256> fromBigEndianBytes(std::span<const uint8_t> bytes);
    std::array<uint8_t, 32> toBigEndian() const;
    // Big-endian without leading zero bytes; zero is empty (the RLP integer form).
    std::vector<uint8_t> toMinimalBigEndian() const;

    // Decimal digits without leading zeros ("0" for zero).
    std::string toDecimal() const;
    // "0x" + lowercase digits without leading zeros, "0x0" for zero (a JSON-RPC quantity).
    std::string toHex() const;

    constexpr const Limbs& limbs() const noexcept { return m_limbs; }
    constexpr bool isZero() const noexcept
    {
        return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0;
    }
    // Number of significant bits (0 for zero).
    constexpr unsigned bitLength() const noexcept
    {
        for (int i = 3; i >= 0; --i) {
            if (m_limbs[i] != 0)
                return static_cast<unsigned>(64 * i + 64 - std::countl_zero(m_limbs[i]));
        }
        return 0;
    }
    constexpr bool fitsU64() const noexcept { return (m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    // The value as uint64_t. Calling it on a value that does not fit is a bug (throws).
    constexpr uint64_t toU64() const
    {
        if (!fitsU64())
            throw std::out_of_range("U256::toU64: value does not fit in 64 bits");
        return m_limbs[0];
    }

    constexpr std::strong_ordering operator<=>(const U256& o) const noexcept
    {
        for (int i = 3; i >= 0; --i) {
            if (m_limbs[i] != o.m_limbs[i])
                return m_limbs[i] <=> o.m_limbs[i];
        }
        return std::strong_ordering::equal;
    }
    constexpr bool operator==(const U256& o) const noexcept = default;

    // nullopt when the exact result does not fit in 256 bits (or is negative).
    std::optional<U256> checkedAdd(const U256& o) const noexcept;
    std::optional<U256> checkedSub(const U256& o) const noexcept;
    std::optional<U256> checkedMul(const U256& o) const noexcept;

    struct DivMod;
    // Quotient and remainder of the division by `divisor`; divisor 0 is a bug (throws).
    DivMod divmod(uint64_t divisor) const;

    // 10^exponent; nullopt for exponent > 77 (10^78 > 2^256).
    static std::optional<U256> pow10(unsigned exponent) noexcept;

private:
    constexpr explicit U256(const Limbs& limbs)
        : m_limbs(limbs)
    {}

    Limbs m_limbs{};
};

struct U256::DivMod
{
    U256 quotient;
    uint64_t remainder = 0;
};

} // namespace bs
