// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: .wtns decoding of arbitrary bytes; a decoded witness re-encodes to the
// same bytes (the format has a single encoding per witness).

#include "zk/wtns.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto w = bs::zk::decodeWtns(std::span<const uint8_t>(data, size));
    if (!w)
        return 0;
    const auto again = bs::zk::encodeWtns(*w);
    // Section order and a non-zero high word in a section length are accepted on input but
    // normalised on output, so compare values, not bytes.
    const auto back = bs::zk::decodeWtns(again);
    if (!back || *back != *w)
        std::abort();
    return 0;
}
