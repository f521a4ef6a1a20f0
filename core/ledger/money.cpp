// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/money.h"

namespace bs::ledger {

using chain::U256;

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
        return fail("'" + shown + "' is not an amount; write it like 12.5 or 0.000001.");
    if (fraction.size() > decimals)
        return fail("'" + shown + "' has more than " + std::to_string(decimals) +
                    " digits after the point; the token has only " + std::to_string(decimals) +
                    " decimals.");
    std::string digits(whole);
    digits += fraction;
    digits.append(decimals - fraction.size(), '0');
    const auto value = U256::fromDecimal(digits);
    if (!value)
        return fail("'" + shown + "' is too large.");
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

namespace {

Result<U256> scale(const U256& amount, unsigned from, unsigned to, const char* refusal)
{
    if (from == to)
        return amount;
    if (from < to) {
        const auto factor = U256::pow10(to - from);
        const auto out = factor ? amount.checkedMul(*factor) : std::nullopt;
        if (!out)
            return fail("the amount is too large.");
        return *out;
    }
    const auto factor = U256::pow10(from - to);
    if (!factor || !factor->fitsU64())
        return fail("the token and the contract differ too much in decimals.");
    const auto qr = amount.divmod(factor->toU64());
    if (qr.remainder != 0)
        return fail(std::string(refusal) + " (a multiple of 10^" + std::to_string(from - to) +
                    " base units).");
    return qr.quotient;
}

} // namespace

Result<U256>
tokenToEercUnits(const U256& tokenAmount, unsigned tokenDecimals, unsigned eercDecimals)
{
    return scale(tokenAmount, tokenDecimals, eercDecimals,
                 "the contract keeps amounts with fewer decimals; give a rounder amount");
}

Result<U256> eercToTokenUnits(const U256& eercAmount, unsigned tokenDecimals, unsigned eercDecimals)
{
    return scale(eercAmount, eercDecimals, tokenDecimals,
                 "the token has fewer decimals than the contract, so part of this amount would be "
                 "lost; give a rounder amount");
}

} // namespace bs::ledger
