// SPDX-License-Identifier: GPL-3.0-or-later
// Hexadecimal text <-> bytes.
//
// Some callers decode secrets with these (a wallet private key in EcdsaPrivateKey::fromHex,
// the eERC decryption key in eerc/key_derivation), so the per-character conversions are
// written without branches or table lookups on the character or digit value, and the
// strict decoders look at every character before deciding. The length of the text, and
// whether it decoded at all, are not treated as secret.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bs::util {

// Value 0..15 of one hex digit ('0'-'9', 'a'-'f', 'A'-'F'); -1 for any other character.
int hexDigitValue(char c) noexcept;

// The lowercase digit for nibble & 0xf.
char hexDigitLower(unsigned nibble) noexcept;

// True when every character of `text` is a hex digit (also for empty text).
bool isHexDigits(std::string_view text) noexcept;

// `text` without a leading "0x" or "0X" (unchanged when it has none).
std::string_view stripHexPrefix(std::string_view text) noexcept;

// Strict decoding of exactly 2 * out.size() hex digits (either case, no prefix, no spaces)
// into `out`. Returns false, with `out` zeroed, when the length differs or any character is
// not a hex digit.
[[nodiscard]] bool hexDecodeInto(std::string_view digits, std::span<std::uint8_t> out) noexcept;

enum class HexPrefix
{
    None,     // the text is digits only; "0x12" is rejected
    Optional, // a leading "0x"/"0X" is skipped when present
};

// Strict decoding of an even number of hex digits (either case), optionally after "0x"/"0X".
// nullopt for an odd count or any other character. Empty digits decode to no bytes.
// For public data: the result lives in an ordinary vector.
std::optional<std::vector<std::uint8_t>> hexDecode(std::string_view text, HexPrefix prefix);

// Writes 2 * bytes.size() lowercase hex digits to `out`, which must have exactly that size
// (throws std::invalid_argument otherwise: a caller bug). No prefix. Use this to keep the
// digits of a secret in a buffer the caller wipes.
void hexEncodeLowerInto(std::span<const std::uint8_t> bytes, std::span<char> out);

// Lowercase hex digits of `bytes`, no prefix. For public data.
std::string hexEncodeLower(std::span<const std::uint8_t> bytes);

} // namespace bs::util
