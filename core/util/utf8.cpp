// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/utf8.h"

namespace bs::util {

std::optional<std::uint32_t> decodeUtf8(std::span<const std::uint8_t> s, std::size_t& i)
{
    const std::uint8_t c = s[i];
    if (c < 0x80) {
        ++i;
        return c;
    }
    std::size_t n = 0; // continuation bytes
    std::uint32_t cp = 0;
    if ((c & 0xe0) == 0xc0) {
        n = 1;
        cp = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
        n = 2;
        cp = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0) {
        n = 3;
        cp = c & 0x07;
    } else {
        return std::nullopt;
    }
    if (s.size() - i <= n)
        return std::nullopt;
    for (std::size_t k = 1; k <= n; ++k) {
        if ((s[i + k] & 0xc0) != 0x80)
            return std::nullopt;
        cp = (cp << 6) | (s[i + k] & 0x3f);
    }
    static constexpr std::uint32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return std::nullopt;
    i += n + 1;
    return cp;
}

bool isValidUtf8(std::span<const std::uint8_t> bytes)
{
    std::size_t i = 0;
    while (i < bytes.size())
        if (!decodeUtf8(bytes, i))
            return false;
    return true;
}

} // namespace bs::util
