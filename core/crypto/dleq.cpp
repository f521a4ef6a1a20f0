// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/dleq.h"

#include <QCryptographicHash>

#include <cstring>
#include <openssl/crypto.h>

namespace bs::crypto::dleq {

namespace {

void putWord(std::vector<std::uint8_t>& out, const U256& v)
{
    const auto bytes = v.toBigEndian();
    out.insert(out.end(), bytes.begin(), bytes.end());
}

void putPoint(std::vector<std::uint8_t>& out, const Point& p)
{
    const AffinePoint a = p.toAffine();
    putWord(out, toU256(a.x));
    putWord(out, toU256(a.y));
}

std::optional<Scalar> amountScalar(const U256& amount)
{
    if (!Scalar::isBelowModulus(amount.limbs()))
        return std::nullopt;
    return Scalar::fromCanonicalLimbs(amount.limbs());
}

// C2 - m*B: the point whose log to the base C1 is s when the claim holds (m is public).
Point shifted(const DecryptionClaim& claim, const Scalar& m)
{
    return claim.ciphertext.c2 - Point::mulBaseVartime(m);
}

bool degenerate(const DecryptionClaim& claim)
{
    return claim.publicKey.isIdentity() || claim.ciphertext.c1.isIdentity();
}

} // namespace

std::vector<std::uint8_t>
transcript(const DecryptionClaim& claim, const Point& commitment1, const Point& commitment2)
{
    std::vector<std::uint8_t> out(kDomainTag, kDomainTag + sizeof(kDomainTag)); // with the 0x00
    out.reserve(out.size() + 32 * 15 + 20 * 2);
    putWord(out, U256::fromU64(claim.chainId));
    out.insert(out.end(), claim.contract.bytes().begin(), claim.contract.bytes().end());
    out.insert(out.end(), claim.account.bytes().begin(), claim.account.bytes().end());
    out.insert(out.end(), claim.txHash.begin(), claim.txHash.end());
    putWord(out, U256::fromU64(claim.logIndex));
    putWord(out, claim.amount);
    putPoint(out, Point::base8());
    putPoint(out, claim.publicKey);
    putPoint(out, claim.ciphertext.c1);
    putPoint(out, claim.ciphertext.c2);
    putPoint(out, commitment1);
    putPoint(out, commitment2);
    return out;
}

Scalar challengeOf(const DecryptionClaim& claim, const Point& commitment1, const Point& commitment2)
{
    const std::vector<std::uint8_t> t = transcript(claim, commitment1, commitment2);
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char*>(t.data()), qsizetype(t.size())),
        QCryptographicHash::Sha512);
    // 512 bits reduced mod l (~2^251): the bias is below 2^-260.
    return Scalar::fromBytesBEReduce(std::span<const std::uint8_t>(
        reinterpret_cast<const std::uint8_t*>(digest.constData()), std::size_t(digest.size())));
}

std::optional<Proof> prove(const DecryptionClaim& claim, const Scalar& s)
{
    const auto m = amountScalar(claim.amount);
    if (!m || degenerate(claim))
        return std::nullopt;
    // The claim must hold for this key: otherwise there is nothing true to prove, and a
    // "proof" would only fail later at the verifier. Constant time in s (mulBase, mul).
    if (!(Point::mulBase(s) == claim.publicKey))
        return std::nullopt;
    const Point d = shifted(claim, *m);
    if (!(claim.ciphertext.c1.mul(s) == d))
        return std::nullopt;

    Scalar k = randomNonZeroScalar();
    const Point a1 = Point::mulBase(k);
    const Point a2 = claim.ciphertext.c1.mul(k);
    const Scalar c = challengeOf(claim, a1, a2);
    Scalar cs = c * s;
    const Proof proof{c, k + cs};
    OPENSSL_cleanse(&k, sizeof(k));
    OPENSSL_cleanse(&cs, sizeof(cs));
    return proof;
}

bool verify(const DecryptionClaim& claim, const Proof& proof)
{
    const auto m = amountScalar(claim.amount);
    if (!m || degenerate(claim))
        return false;
    // A1 = z*B - c*PK, A2 = z*C1 - c*(C2 - m*B); all public, so variable time is fine.
    const Point a1 =
        Point::mulBaseVartime(proof.response) - claim.publicKey.mulVartime(proof.challenge);
    const Point a2 = claim.ciphertext.c1.mulVartime(proof.response) -
                     shifted(claim, *m).mulVartime(proof.challenge);
    return challengeOf(claim, a1, a2) == proof.challenge;
}

} // namespace bs::crypto::dleq
