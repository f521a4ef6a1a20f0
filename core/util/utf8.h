// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace bs::util {

// Decodes the sequence starting at bytes[i] (precondition: i < bytes.size()) and advances i
// past it. nullopt for an invalid or truncated sequence; i is then unchanged.
std::optional<std::uint32_t> decodeUtf8(std::span<const std::uint8_t> bytes, std::size_t& i);

// True when all of `bytes` is strict UTF-8.
bool isValidUtf8(std::span<const std::uint8_t> bytes);

} // namespace bs::util
