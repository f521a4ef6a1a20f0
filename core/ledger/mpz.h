// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Conversions between U256 and GMP's integers, for the ledger's exact arithmetic (the
// allocation rule and the fairness bounds). Internal to core/ledger.
#include "util/u256.h"

#include <cstddef>
#include <cstdint>
#include <gmpxx.h>
#include <optional>

namespace bs::ledger::detail {

inline mpz_class toMpz(const U256& v)
{
    mpz_class out;
    // Little-endian limbs of 64 bits, native byte order inside each limb.
    mpz_import(out.get_mpz_t(), 4, -1, sizeof(std::uint64_t), 0, 0, v.limbs().data());
    return out;
}

// nullopt for negative values and for values of 2^256 and more.
inline std::optional<U256> toU256(const mpz_class& v)
{
    if (sgn(v) < 0 || mpz_sizeinbase(v.get_mpz_t(), 2) > 256)
        return std::nullopt;
    U256::Limbs limbs{};
    std::size_t count = 0;
    mpz_export(limbs.data(), &count, -1, sizeof(std::uint64_t), 0, 0, v.get_mpz_t());
    return U256::fromLimbs(limbs);
}

} // namespace bs::ledger::detail
