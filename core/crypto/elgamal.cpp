// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/elgamal.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace bs::crypto::elgamal {

Ciphertext encrypt(const Point& publicKey, const Scalar& v, const Scalar& r)
{
    return Ciphertext{Point::mulBase(r), Point::mulBase(v) + publicKey.mul(r)};
}

Ciphertext encrypt(const Point& publicKey, const Scalar& v)
{
    return encrypt(publicKey, v, randomNonZeroScalar());
}

Ciphertext encryptOnChain(const Point& publicKey, const Scalar& v)
{
    return Ciphertext{Point::base8(), publicKey + Point::mulBase(v)};
}

Point decryptToPoint(const Ciphertext& ct, const Scalar& privateKey)
{
    return ct.c2 - ct.c1.mul(privateKey);
}

Ciphertext add(const Ciphertext& a, const Ciphertext& b)
{
    return Ciphertext{a.c1 + b.c1, a.c2 + b.c2};
}

Ciphertext sub(const Ciphertext& a, const Ciphertext& b)
{
    return Ciphertext{a.c1 - b.c1, a.c2 - b.c2};
}

std::array<uint8_t, 32> egctHash(const Ciphertext& ct)
{
    // abi.encode of four uint256 values: each a 32-byte big-endian word, no padding.
    QByteArray words;
    words.reserve(4 * 32);
    for (const Point* p : {&ct.c1, &ct.c2}) {
        const AffinePoint a = p->toAffine();
        for (const Fr* f : {&a.x, &a.y}) {
            const auto bytes = f->toBytesBE();
            words.append(reinterpret_cast<const char*>(bytes.data()),
                         static_cast<qsizetype>(bytes.size()));
        }
    }
    const QByteArray digest = QCryptographicHash::hash(words, QCryptographicHash::Keccak_256);
    std::array<uint8_t, 32> out{};
    std::copy(digest.begin(), digest.end(), out.begin());
    return out;
}

} // namespace bs::crypto::elgamal
