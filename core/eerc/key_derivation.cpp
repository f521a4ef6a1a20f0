// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/key_derivation.h"

#include "crypto/blake512.h"
#include "util/hex.h"

#include <array>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <ostream>
#include <stdexcept>

namespace bs::eerc {

using crypto::Point;
using crypto::Scalar;
using crypto::Secret;
using crypto::SecureBuffer;

namespace {

// Wipes a stack copy of secret bytes when it goes out of scope.
template <class T>
struct Cleanse
{
    T& v;
    ~Cleanse() { OPENSSL_cleanse(&v, sizeof(v)); }
};
// Clang 14 does not deduce T from `Cleanse wipe{x};` without this guide (GCC does).
template <class T>
Cleanse(T&) -> Cleanse<T>;

using Bytes32 = std::array<std::uint8_t, 32>;

constexpr Text kBadDecryptionKey =
    BS_TR("eerc", "A decryption key must be 1 to 64 hexadecimal digits, without 0x.");

} // namespace

// The largest multiple of l that fits in 256 bits, so that digest mod l is uniform for
// accepted digests. Computed from l rather than written out.
const Bytes32& grindMaxAllowed()
{
    static const Bytes32 value = [] {
        std::array<std::uint8_t, 33> twoTo256{};
        twoTo256[0] = 1;
        const Bytes32 rem = Scalar::fromBytesBEReduce(twoTo256).toBytesBE();
        // 2^256 - rem == (~rem + 1) mod 2^256, and rem != 0 because l is odd and > 1.
        Bytes32 out{};
        unsigned carry = 1;
        for (int i = 31; i >= 0; --i) {
            const unsigned v = static_cast<std::uint8_t>(~rem[i]) + carry;
            out[i] = static_cast<std::uint8_t>(v);
            carry = v >> 8;
        }
        return out;
    }();
    return value;
}

namespace {

// a < b for big-endian 256-bit values, without branches on the (secret) digest.
bool lessThanBE(const Bytes32& a, const Bytes32& b) noexcept
{
    unsigned borrow = 0;
    for (int i = 31; i >= 0; --i) {
        const unsigned d = static_cast<unsigned>(a[i]) - b[i] - borrow;
        borrow = (d >> 8) & 1u;
    }
    return borrow == 1;
}

void sha256(std::span<const std::uint8_t> data, Bytes32& out)
{
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &len, EVP_sha256(), nullptr) != 1 ||
        len != out.size())
        throw std::runtime_error("OpenSSL SHA-256 failed");
}

} // namespace

// JS: i.toString(16), then a "0" in front when the length is odd.
std::string grindCounterHex(int i)
{
    if (i < 0)
        throw std::invalid_argument("grindCounterHex: negative counter");
    std::string digits;
    unsigned v = static_cast<unsigned>(i);
    do {
        digits.insert(digits.begin(), util::hexDigitLower(v));
        v >>= 4;
    } while (v != 0);
    if (digits.size() % 2 != 0)
        digits.insert(digits.begin(), '0');
    return digits;
}

namespace {

// JS BigInt.toString(16): lowercase, no leading zeros ("0" for zero).
SecureBuffer unpaddedHex(const Scalar& value)
{
    Bytes32 be = value.toBytesBE();
    Cleanse wipe{be};
    std::array<char, 64> digits{};
    Cleanse wipeDigits{digits};
    util::hexEncodeLowerInto(be, digits);
    std::size_t first = 0;
    while (first < 63 && digits[first] == '0')
        ++first;
    return SecureBuffer::copyOf(
        std::span(reinterpret_cast<const std::uint8_t*>(digits.data()) + first, 64 - first));
}

std::string_view asText(const SecureBuffer& b) noexcept
{
    return {reinterpret_cast<const char*>(b.data()), b.size()};
}

} // namespace

std::string registrationMessage(const crypto::EthAddress& address)
{
    return "eERC\nRegistering user with\n Address:" + address.toLowerHex();
}

SecureBuffer nodeHexDecode(std::string_view text)
{
    // Node's hex decoder (src/string_bytes.cc): for each full pair, stop at the first pair
    // with a non-hex character; an odd trailing character is never looked at.
    std::size_t n = 0;
    while (2 * n + 1 < text.size() && util::hexDigitValue(text[2 * n]) >= 0 &&
           util::hexDigitValue(text[2 * n + 1]) >= 0)
        ++n;
    SecureBuffer out(n);
    if (!util::hexDecodeInto(text.substr(0, 2 * n), out.bytes()))
        throw std::logic_error("nodeHexDecode: a scanned pair did not decode");
    return out;
}

Result<SecureBuffer> grindKey(std::string_view seedHex)
{
    const Bytes32& maxAllowed = grindMaxAllowed();
    for (int i = 0; i < kMaxGrindTries; ++i) {
        const std::string counter = grindCounterHex(i);
        SecureBuffer input(seedHex.size() + counter.size());
        std::memcpy(input.data(), seedHex.data(), seedHex.size());
        std::memcpy(input.data() + seedHex.size(), counter.data(), counter.size());
        const SecureBuffer bytes = nodeHexDecode(asText(input));
        Bytes32 digest{};
        Cleanse wipe{digest};
        sha256(bytes.bytes(), digest);
        if (lessThanBE(digest, maxAllowed)) {
            const Secret<Scalar> reduced(Scalar::fromBytesBEReduce(digest));
            return unpaddedHex(*reduced);
        }
    }
    return fail(BS_TR("eerc", "No eERC key could be derived from this signature (1000 tries "
                              "rejected)."));
}

Result<SecureBuffer> decryptionKeyFromSignature(std::span<const std::uint8_t, 65> signature)
{
    std::array<char, 64> rHex{};
    Cleanse wipe{rHex};
    util::hexEncodeLowerInto(signature.first<32>(), rHex);
    return grindKey(std::string_view(rHex.data(), rHex.size()));
}

Scalar formatKeyForCurve(std::string_view decryptionKey)
{
    const SecureBuffer bytes = nodeHexDecode(decryptionKey);
    crypto::Blake512::Digest h = crypto::blake512(bytes.bytes());
    Cleanse wipeH{h};
    // Ed25519-style clamping of the first 32 bytes (little-endian scalar).
    h[0] &= 0xf8;
    h[31] &= 0x7f;
    h[31] |= 0x40;
    // (little-endian value) >> 3, written out big-endian for the reduction.
    Bytes32 be{};
    Cleanse wipeBe{be};
    for (std::size_t i = 0; i < 32; ++i) {
        const unsigned lo = h[i] >> 3;
        const unsigned hi = i + 1 < 32 ? static_cast<unsigned>(h[i + 1]) << 5 : 0u;
        be[31 - i] = static_cast<std::uint8_t>(lo | hi);
    }
    return Scalar::fromBytesBEReduce(be);
}

// ---- EercKey ----

EercKey::EercKey(SecureBuffer decryptionKey, Secret<Scalar> scalar, const Point& publicKey)
    : m_decryptionKey(std::move(decryptionKey))
    , m_scalar(std::move(scalar))
    , m_publicKey(publicKey)
{}

EercKey EercKey::fromValidDecryptionKey(SecureBuffer decryptionKey)
{
    Secret<Scalar> s(formatKeyForCurve(asText(decryptionKey)));
    const Point pk = Point::mulBase(*s);
    return EercKey(std::move(decryptionKey), std::move(s), pk);
}

Result<EercKey> EercKey::deriveFromWallet(const crypto::EcdsaPrivateKey& walletKey)
{
    std::array<std::uint8_t, 65> signature =
        crypto::personalSign(walletKey, registrationMessage(walletKey.address()));
    Cleanse wipe{signature};
    return fromSignature(signature);
}

Result<EercKey> EercKey::fromSignature(std::span<const std::uint8_t> signature)
{
    if (signature.size() != 65)
        return fail(BS_TR("eerc", "A signature must be 65 bytes (r, s, v)."));
    auto key = decryptionKeyFromSignature(signature.first<65>());
    if (!key)
        return key.error();
    return fromValidDecryptionKey(std::move(*key));
}

Result<EercKey> EercKey::fromDecryptionKey(std::string_view decryptionKey)
{
    if (decryptionKey.empty() || decryptionKey.size() > 64)
        return fail(kBadDecryptionKey);
    if (!util::isHexDigits(decryptionKey))
        return fail(kBadDecryptionKey);
    return fromValidDecryptionKey(SecureBuffer::copyOf(std::span(
        reinterpret_cast<const std::uint8_t*>(decryptionKey.data()), decryptionKey.size())));
}

std::ostream& operator<<(std::ostream& os, const EercKey&)
{
    return os << crypto::kRedacted;
}

QDebug operator<<(QDebug dbg, const EercKey&)
{
    return crypto::redactedDebug(dbg);
}

} // namespace bs::eerc
