// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the .zkey reader must refuse or accept any bytes without crashing, and
// every decoder must stay within the validated section sizes.

#include "zk/zkey.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto z = bs::zk::Zkey::parse(std::span<const uint8_t>(data, size));
    if (!z)
        return 0;
    (void)z->ic();
    (void)z->a();
    (void)z->b1();
    (void)z->b2();
    (void)z->c();
    (void)z->h();
    (void)z->coefficients();
    return 0;
}
