// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sums of amounts in the auditor's reports: real totals never come near 2^256, but a lying
// chain or report could; a sum saturates at 2^256 - 1 (and then differs from any honest claim)
// instead of wrapping.
#include "util/u256.h"

namespace bs::audit {

inline U256 addSaturating(const U256& a, const U256& b)
{
    const auto s = a.checkedAdd(b);
    return s ? *s : U256::max();
}

} // namespace bs::audit
