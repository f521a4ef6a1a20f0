// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/poseidon_cipher.h"

#include "crypto/poseidon.h"

#include <array>
#include <limits>
#include <stdexcept>

namespace bs::crypto {

namespace {

using State = std::array<Fr, 4>;

// 2^128 as a field element.
const Fr& two128()
{
    static const Fr v = Fr::fromCanonicalLimbs({0, 0, 1, 0});
    return v;
}

State initialState(const PoseidonKey& key, const Fr& nonce, std::size_t length)
{
    // Lengths are tiny in practice; the field element is exact for any size_t.
    return State{Fr::zero(), key.x, key.y, nonce + Fr::fromU64(length) * two128()};
}

} // namespace

std::size_t poseidonCiphertextLength(std::size_t length)
{
    if (length > (std::numeric_limits<std::size_t>::max() - 1) / 3 - 1)
        throw std::length_error("poseidonCiphertextLength: message too long");
    return (length + 2) / 3 * 3 + 1;
}

bool isValidPoseidonNonce(const Fr& nonce)
{
    const auto limbs = nonce.canonicalLimbs();
    return (limbs[2] | limbs[3]) == 0;
}

std::vector<Fr>
poseidonEncrypt(std::span<const Fr> message, const PoseidonKey& key, const Fr& nonce)
{
    if (!isValidPoseidonNonce(nonce))
        throw std::invalid_argument("poseidonEncrypt: nonce must be below 2^128");

    const std::size_t blocks = (message.size() + 2) / 3;
    std::vector<Fr> out;
    out.reserve(poseidonCiphertextLength(message.size()));

    State s = initialState(key, nonce, message.size());
    for (std::size_t b = 0; b < blocks; ++b) {
        poseidonPermute(s);
        for (std::size_t i = 0; i < 3; ++i) {
            const std::size_t k = 3 * b + i;
            if (k < message.size())
                s[i + 1] += message[k]; // padding elements are zero: nothing to add
            out.push_back(s[i + 1]);
        }
    }
    poseidonPermute(s);
    out.push_back(s[1]);
    return out;
}

Result<std::vector<Fr>> poseidonDecrypt(std::span<const Fr> ciphertext,
                                        const PoseidonKey& key,
                                        const Fr& nonce,
                                        std::size_t length)
{
    if (!isValidPoseidonNonce(nonce))
        return fail(BS_TR("crypto",
                          "The encrypted value carries an invalid nonce (2^128 or more); it was "
                          "not produced by a valid eERC transaction."));
    if (length > ciphertext.size() || ciphertext.size() != poseidonCiphertextLength(length))
        return fail(BS_TR("crypto",
                          "The encrypted value has the wrong number of elements for its length; "
                          "the data is corrupt."));

    const std::size_t blocks = (length + 2) / 3;
    std::vector<Fr> message;
    message.reserve(3 * blocks);

    State s = initialState(key, nonce, length);
    for (std::size_t b = 0; b < blocks; ++b) {
        poseidonPermute(s);
        for (std::size_t i = 0; i < 3; ++i) {
            const Fr& c = ciphertext[3 * b + i];
            message.push_back(c - s[i + 1]);
            s[i + 1] = c;
        }
    }
    poseidonPermute(s);

    // Evaluate both checks fully before deciding, so the time taken does not tell which
    // check failed or where.
    bool paddingZero = true;
    for (std::size_t k = length; k < message.size(); ++k)
        paddingZero &= message[k].isZero();
    const bool tagOk = ciphertext.back() == s[1];
    if (!tagOk || !paddingZero)
        return fail(BS_TR("crypto",
                          "This encrypted value cannot be decrypted with your key: it is "
                          "addressed to someone else or has been altered."));

    message.resize(length);
    return message;
}

} // namespace bs::crypto
