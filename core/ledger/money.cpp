// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/money.h"

namespace bs::ledger {

Result<U256> parseAmount(std::string_view text, unsigned decimals)
{
    const std::string shown(text.substr(0, 40));
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    auto isDigits = [](std::string_view s) {
        return s.find_first_not_of("0123456789") == std::string_view::npos;
    };
    if (whole.empty() || !isDigits(whole) || !isDigits(fraction) ||
        (dot != std::string_view::npos && fraction.empty()))
        return fail(BS_TR("ledger", "'%1' is not an amount; write it like 12.5 or 0.000001."),
                    shown);
    if (fraction.size() > decimals)
        return fail(BS_TR("ledger", "'%1' has more than %2 digits after the point; the token has "
                                    "only %2 decimals."),
                    shown, decimals);
    std::string digits(whole);
    digits += fraction;
    digits.append(decimals - fraction.size(), '0');
    const auto value = U256::fromDecimal(digits);
    if (!value)
        return fail(BS_TR("ledger", "'%1' is too large."), shown);
    return *value;
}

std::string formatAmount(const U256& baseUnits, unsigned decimals)
{
    std::string digits = baseUnits.toDecimal();
    if (decimals == 0)
        return digits;
    if (digits.size() <= decimals)
        digits.insert(0, decimals - digits.size() + 1, '0');
    digits.insert(digits.size() - decimals, 1, '.');
    return digits;
}

std::optional<Rescaled> rescale(const U256& amount, unsigned fromDecimals, unsigned toDecimals)
{
    if (fromDecimals <= toDecimals) {
        const auto factor = U256::pow10(toDecimals - fromDecimals);
        const auto out = factor ? amount.checkedMul(*factor) : std::nullopt;
        if (!out)
            return amount.isZero() ? std::optional<Rescaled>(Rescaled{}) : std::nullopt;
        return Rescaled{*out, true};
    }
    // Divide by 10^(from - to) in steps whose divisor fits 64 bits (10^19 does).
    Rescaled r{amount, true};
    for (unsigned left = fromDecimals - toDecimals; left > 0;) {
        const unsigned step = std::min(left, 19u);
        const auto qr = r.value.divmod(U256::pow10(step)->toU64());
        r.value = qr.quotient;
        r.exact = r.exact && qr.remainder == 0;
        left -= step;
    }
    return r;
}

std::optional<U256> UnitScale::tokenUnits(const U256& eercAmount) const
{
    const auto r = rescale(eercAmount, eercDecimals, tokenDecimals);
    return r ? std::optional<U256>(r->value) : std::nullopt;
}

U256 UnitScale::granularity() const
{
    return keepsDust() ? *U256::pow10(tokenDecimals - eercDecimals) : U256::fromU64(1);
}

} // namespace bs::ledger
