// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keccak-256 as used by Ethereum (original Keccak padding 0x01, not SHA3-256's 0x06).

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace bs::crypto {

using Hash256 = std::array<std::uint8_t, 32>;

Hash256 keccak256(std::span<const std::uint8_t> data);
// Hash of the bytes of `text` (no terminator), e.g. an event signature.
Hash256 keccak256(std::string_view text);

} // namespace bs::crypto
