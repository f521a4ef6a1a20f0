// SPDX-License-Identifier: GPL-3.0-or-later
// Whether this test binary runs under AddressSanitizer (the asan preset). A few tests observe
// the process from outside the language and cannot hold there: ASan turns mlock into a no-op,
// reserves terabytes of shadow memory that a raw memory scan would walk, and runs several
// times slower. Those tests skip or wait longer, saying so; everything else runs unchanged.
// Include with a path relative to the test file: #include "../sanitizers.h".
#pragma once

namespace bs::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

} // namespace bs::test
