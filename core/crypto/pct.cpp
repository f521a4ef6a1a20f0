// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/pct.h"

#include "crypto/poseidon_cipher.h"
#include "crypto/random.h"

#include <stdexcept>

namespace bs::crypto {

namespace {

Fr randomNonce()
{
    std::array<std::uint8_t, 32> bytes{};
    randomBytes(std::span<std::uint8_t>(bytes).subspan(16)); // low 16 bytes of a BE word
    return *Fr::fromBytesBE(bytes);
}

} // namespace

bool Pct::isEmpty() const
{
    for (const Fr& w : words)
        if (!w.isZero())
            return false;
    return true;
}

Pct encryptAmount(const Point& recipientPk, const Fr& amount, const Scalar& r, const Fr& nonce)
{
    if (r.isZero())
        throw std::invalid_argument("encryptAmount: r must not be zero");
    if (!isValidPoseidonNonce(nonce))
        throw std::invalid_argument("encryptAmount: nonce must be below 2^128");

    const AffinePoint authKey = Point::mulBase(r).toAffine();
    const AffinePoint shared = recipientPk.mul(r).toAffine();
    const Fr message[1] = {amount};
    const std::vector<Fr> ct = poseidonEncrypt(message, PoseidonKey{shared.x, shared.y}, nonce);

    return Pct{{ct[0], ct[1], ct[2], ct[3], authKey.x, authKey.y, nonce}};
}

Pct encryptAmount(const Point& recipientPk, const Fr& amount)
{
    return encryptAmount(recipientPk, amount, randomNonZeroScalar(), randomNonce());
}

Result<Fr> decryptAmount(const Pct& pct, const Scalar& s)
{
    if (pct.isEmpty())
        return fail(BS_TR("crypto", "There is no encrypted amount here (the record is empty)."));
    const std::optional<Point> authKey = Point::fromAffine(pct.words[4], pct.words[5]);
    if (!authKey)
        return fail(BS_TR("crypto",
                          "The encrypted amount is malformed: its key point is not a valid "
                          "BabyJubJub point. It was not produced by a valid eERC transaction."));

    const AffinePoint shared = authKey->mul(s).toAffine();
    const std::array<Fr, 4> ct = {pct.words[0], pct.words[1], pct.words[2], pct.words[3]};
    Result<std::vector<Fr>> plain =
        poseidonDecrypt(ct, PoseidonKey{shared.x, shared.y}, pct.words[6], 1);
    if (!plain)
        return plain.error();
    return plain.value()[0];
}

} // namespace bs::crypto
