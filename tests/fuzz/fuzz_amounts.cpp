// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: money as text and between decimal scales (ledger::parseAmount,
// formatAmount, rescale, and the claim amount a user types), checked against GMP as the
// independent reference:
//   parseAmount   accepts exactly digits[.digits] with at most `decimals` fraction digits and a
//                 value below 2^256, and then equals digits * 10^decimals; format -> parse is
//                 the identity and the text has exactly `decimals` fraction digits
//   formatAmount  of any 256-bit value is GMP's decimal with the point placed by hand
//   rescale       is the exact product, or the floor of the quotient with `exact` telling
//                 whether anything was dropped; nullopt only when the product needs > 256 bits
//
// Input: byte 0 = decimals (0..80), byte 1 = the other scale (0..80), bytes 2..33 = a value
// (big-endian, zero-padded), the rest = the text typed.

#include "ledger/money.h"
#include "wallet/claims.h"

#include <QString>

#include <gmpxx.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

using bs::U256;

namespace {

mpz_class toMpz(const U256& v)
{
    mpz_class out;
    const std::string hex = v.toHex();
    out.set_str(hex.substr(2), 16);
    return out;
}

const mpz_class& twoTo256()
{
    static const mpz_class v = mpz_class(1) << 256;
    return v;
}

mpz_class pow10(unsigned n)
{
    mpz_class out;
    mpz_ui_pow_ui(out.get_mpz_t(), 10, n);
    return out;
}

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// The grammar parseAmount documents, read independently: the value in base units, or nothing.
std::optional<mpz_class> referenceParse(std::string_view text, unsigned decimals)
{
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    const auto digitsOnly = [](std::string_view s) {
        for (const char c : s)
            if (c < '0' || c > '9')
                return false;
        return true;
    };
    if (whole.empty() || !digitsOnly(whole) || !digitsOnly(fraction) ||
        (dot != std::string_view::npos && fraction.empty()) || fraction.size() > decimals)
        return std::nullopt;
    mpz_class value(std::string(whole), 10);
    value *= pow10(decimals);
    if (!fraction.empty())
        value += mpz_class(std::string(fraction), 10) * pow10(decimals - unsigned(fraction.size()));
    return value;
}

void checkText(std::string_view text, unsigned decimals)
{
    const auto parsed = bs::ledger::parseAmount(text, decimals);
    const auto expected = referenceParse(text, decimals);
    const bool fits = expected && *expected < twoTo256();
    check(parsed.ok() == fits);
    if (!parsed)
        return;
    check(toMpz(*parsed) == *expected);
    const std::string shown = bs::ledger::formatAmount(*parsed, decimals);
    const auto again = bs::ledger::parseAmount(shown, decimals);
    check(again.ok() && *again == *parsed);

    // What a user types on the claim page or after `bshield claim --amount`: the same amount,
    // or "all" / nothing for everything.
    const QString typed = QString::fromUtf8(text.data(), qsizetype(text.size()));
    const auto claimed = bs::wallet::parseClaimAmount(typed, decimals);
    if (claimed && claimed->tokenAmount && typed == typed.trimmed())
        check(*claimed->tokenAmount == *parsed);
}

void checkValue(const U256& v, unsigned decimals, unsigned other)
{
    const mpz_class m = toMpz(v);
    const std::string shown = bs::ledger::formatAmount(v, decimals);
    std::string expected = m.get_str(10);
    if (decimals > 0) {
        if (expected.size() <= decimals)
            expected.insert(0, decimals - expected.size() + 1, '0');
        expected.insert(expected.size() - decimals, 1, '.');
    }
    check(shown == expected);
    const auto back = bs::ledger::parseAmount(shown, decimals);
    check(back.ok() && *back == v);

    const auto r = bs::ledger::rescale(v, decimals, other);
    if (other >= decimals) {
        const mpz_class product = m * pow10(other - decimals);
        check(r.has_value() == (product < twoTo256()));
        if (r)
            check(r->exact && toMpz(r->value) == product);
    } else {
        const mpz_class divisor = pow10(decimals - other);
        check(r.has_value());
        const mpz_class quotient = m / divisor;
        check(toMpz(r->value) == quotient && r->exact == (quotient * divisor == m));
        // Back up again: exactly the value when nothing was dropped, never more.
        const auto up = bs::ledger::rescale(r->value, other, decimals);
        check(up.has_value() && up->value <= v);
        check((up->value == v) == r->exact);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const unsigned decimals = data[0] % 81;
    const unsigned other = data[1] % 81;
    std::array<uint8_t, 32> word{};
    const size_t valueBytes = std::min<size_t>(32, size - 2);
    std::copy(data + 2, data + 2 + valueBytes, word.begin() + (32 - valueBytes));
    checkValue(U256::fromBigEndian(word), decimals, other);
    if (size > 34)
        checkText(std::string_view(reinterpret_cast<const char*>(data + 34), size - 34), decimals);
    return 0;
}
