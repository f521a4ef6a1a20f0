// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/hex.h"

#include <algorithm>
#include <stdexcept>

namespace bs::util {

namespace {

// All ones when 0 <= v <= max, else 0 (for v and max - v in [-256, 255]). C++20 defines >> of a
// negative int as an arithmetic shift, so a negative operand smears its sign bit.
int inRangeMask(int v, int max) noexcept
{
    return ~((v | (max - v)) >> 8);
}

} // namespace

int hexDigitValue(char c) noexcept
{
    const int u = static_cast<unsigned char>(c);
    const int digit = u - '0';
    // | 0x20 folds 'A'..'F' onto 'a'..'f' and maps no other character into that range.
    const int letter = (u | 0x20) - 'a';
    const int digitMask = inRangeMask(digit, 9);
    const int letterMask = inRangeMask(letter, 5);
    return (digitMask & digit) | (letterMask & (letter + 10)) | ~(digitMask | letterMask);
}

char hexDigitLower(unsigned nibble) noexcept
{
    const int n = static_cast<int>(nibble & 0xfu);
    // '0' + n, plus the gap from '9' + 1 to 'a' when n > 9.
    return static_cast<char>('0' + n + (((9 - n) >> 8) & ('a' - '0' - 10)));
}

bool isHexDigits(std::string_view text) noexcept
{
    int bad = 0;
    for (char c : text)
        bad |= hexDigitValue(c);
    return bad >= 0;
}

std::string_view stripHexPrefix(std::string_view text) noexcept
{
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    return text;
}

bool hexDecodeInto(std::string_view digits, std::span<std::uint8_t> out) noexcept
{
    if (digits.size() != 2 * out.size()) {
        std::fill(out.begin(), out.end(), std::uint8_t{0});
        return false;
    }
    int bad = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = hexDigitValue(digits[2 * i]);
        const int lo = hexDigitValue(digits[2 * i + 1]);
        bad |= hi | lo;
        out[i] = static_cast<std::uint8_t>((hi << 4) | (lo & 0xf));
    }
    if (bad < 0) {
        std::fill(out.begin(), out.end(), std::uint8_t{0});
        return false;
    }
    return true;
}

std::optional<std::vector<std::uint8_t>> hexDecode(std::string_view text, HexPrefix prefix)
{
    if (prefix == HexPrefix::Optional)
        text = stripHexPrefix(text);
    if (text.size() % 2 != 0)
        return std::nullopt;
    std::vector<std::uint8_t> out(text.size() / 2);
    if (!hexDecodeInto(text, out))
        return std::nullopt;
    return out;
}

void hexEncodeLowerInto(std::span<const std::uint8_t> bytes, std::span<char> out)
{
    if (out.size() != 2 * bytes.size())
        throw std::invalid_argument("hexEncodeLowerInto: output must be twice the input size");
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        out[2 * i] = hexDigitLower(bytes[i] >> 4);
        out[2 * i + 1] = hexDigitLower(bytes[i]);
    }
}

std::string hexEncodeLower(std::span<const std::uint8_t> bytes)
{
    std::string out(2 * bytes.size(), '\0');
    hexEncodeLowerInto(bytes, out);
    return out;
}

} // namespace bs::util
