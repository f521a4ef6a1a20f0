// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Recursive Length Prefix (Ethereum yellow paper, appendix B): byte strings and nested lists.
// The decoder is strict: it accepts only the canonical encoding, so that one item has exactly
// one encoding (what signatures and transaction hashes rely on).

#include "util/result.h"
#include "util/u256.h"

#include <cstdint>
#include <optional>
#include <span>
#include <variant>
#include <vector>

namespace bs::chain {

// Deepest list nesting that rlpDecode accepts (transactions use 3).
inline constexpr int kMaxRlpDepth = 32;

class RlpItem
{
public:
    // The empty byte string.
    RlpItem() = default;

    static RlpItem bytes(std::vector<uint8_t> b) { return RlpItem(std::move(b)); }
    static RlpItem bytes(std::span<const uint8_t> b)
    {
        return RlpItem(std::vector<uint8_t>(b.begin(), b.end()));
    }
    static RlpItem list(std::vector<RlpItem> items) { return RlpItem(std::move(items)); }
    // An integer as its minimal big-endian bytes; zero is the empty string.
    static RlpItem uint(const U256& v) { return RlpItem(v.toMinimalBigEndian()); }
    static RlpItem uint(uint64_t v) { return uint(U256::fromU64(v)); }

    bool isList() const noexcept { return m_v.index() == 1; }
    bool isBytes() const noexcept { return m_v.index() == 0; }
    // nullptr when the item is of the other kind.
    const std::vector<uint8_t>* asBytes() const;
    const std::vector<RlpItem>* asList() const;

    // The byte string as a canonical integer: at most 32 (or 8) bytes without a leading
    // zero byte (zero is empty). nullopt for lists and non-canonical or too long strings.
    std::optional<U256> asU256() const;
    std::optional<uint64_t> asU64() const;

    bool operator==(const RlpItem&) const = default;

private:
    explicit RlpItem(std::vector<uint8_t> b)
        : m_v(std::in_place_index<0>, std::move(b))
    {}
    explicit RlpItem(std::vector<RlpItem> l)
        : m_v(std::in_place_index<1>, std::move(l))
    {}

    std::variant<std::vector<uint8_t>, std::vector<RlpItem>> m_v;
};

std::vector<uint8_t> rlpEncode(const RlpItem& item);

// Decodes exactly one item spanning all of `data`. Refuses non-canonical forms (a single
// byte below 0x80 not encoded as itself, a long form for a length <= 55, a length with a
// leading zero byte), lengths beyond the data, list payloads that do not end exactly at an
// item boundary, trailing bytes and nesting deeper than kMaxRlpDepth.
Result<RlpItem> rlpDecode(std::span<const uint8_t> data);

} // namespace bs::chain
