// Token units <-> eERC units, exactly as the converter (EncryptedERC._toEncryptedUnits and
// _toTokenUnits) does. With fewer eERC decimals than the token's, one eERC unit is
// 10^(tokenDecimals - eercDecimals) token units: a deposit credits floor(amount / unit) and sends
// the rest back as dust; a private transfer can only move whole eERC units, so the part of an
// amount below one unit cannot be paid privately (it stays with the sender). With more eERC
// decimals nothing is lost on the way in; a withdraw truncates.

function check(tokenDecimals, eercDecimals) {
    for (const d of [tokenDecimals, eercDecimals])
        if (!Number.isInteger(d) || d < 0 || d > 77) throw new Error(`bad decimals ${d}`);
}

/** Token units in one eERC unit (1n when the eERC has at least the token's decimals). */
export function eercUnit(tokenDecimals, eercDecimals) {
    check(tokenDecimals, eercDecimals);
    return tokenDecimals > eercDecimals ? 10n ** BigInt(tokenDecimals - eercDecimals) : 1n;
}

/** Token amount -> { value (eERC units), dust (token units the eERC cannot hold) }. */
export function toEercUnits(amount, tokenDecimals, eercDecimals) {
    check(tokenDecimals, eercDecimals);
    amount = BigInt(amount);
    if (amount < 0n) throw new Error("negative amount");
    if (tokenDecimals > eercDecimals) {
        const f = 10n ** BigInt(tokenDecimals - eercDecimals);
        return { value: amount / f, dust: amount % f };
    }
    return { value: amount * 10n ** BigInt(eercDecimals - tokenDecimals), dust: 0n };
}

/** eERC value -> token units (truncating when the eERC has more decimals than the token). */
export function toTokenUnits(value, tokenDecimals, eercDecimals) {
    check(tokenDecimals, eercDecimals);
    value = BigInt(value);
    if (value < 0n) throw new Error("negative value");
    if (tokenDecimals > eercDecimals) return value * 10n ** BigInt(tokenDecimals - eercDecimals);
    return value / 10n ** BigInt(eercDecimals - tokenDecimals);
}

/** The smallest multiple of one eERC unit that is at least `amount` (token units). */
export function roundUpToEercUnit(amount, tokenDecimals, eercDecimals) {
    const u = eercUnit(tokenDecimals, eercDecimals);
    amount = BigInt(amount);
    return ((amount + u - 1n) / u) * u;
}
