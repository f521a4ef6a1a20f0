// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/secp256k1.h"

#include "crypto/random.h"
#include "util/hex.h"

#include <algorithm>
#include <cstring>
#include <ostream>
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <stdexcept>

namespace bs::crypto {

namespace {

// One context for the process: creating one costs far more than an operation, and a const
// context is safe to share between threads. Randomised once against side channels.
const secp256k1_context* context()
{
    static const secp256k1_context* const ctx = [] {
        secp256k1_context* c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        if (c == nullptr)
            throw std::runtime_error("secp256k1_context_create failed");
        SecureBytes<32> seed;
        randomBytes(seed.bytes());
        if (secp256k1_context_randomize(c, seed.bytes().data()) != 1)
            throw std::runtime_error("secp256k1_context_randomize failed");
        return c;
    }();
    return ctx;
}

std::array<std::uint8_t, 65> serializeUncompressed(const secp256k1_pubkey& pk)
{
    std::array<std::uint8_t, 65> out{};
    size_t len = out.size();
    if (secp256k1_ec_pubkey_serialize(context(), out.data(), &len, &pk,
                                      SECP256K1_EC_UNCOMPRESSED) != 1 ||
        len != out.size())
        throw std::logic_error("secp256k1_ec_pubkey_serialize failed");
    return out;
}

constexpr Text kBadAddress =
    BS_TR("crypto", "An address must be 0x followed by 40 hexadecimal digits.");

} // namespace

// ---- EthAddress ----

Result<EthAddress> EthAddress::fromString(std::string_view text)
{
    if (text.size() != 42 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        return fail(kBadAddress);
    const std::string_view digits = text.substr(2);
    Bytes bytes{};
    if (!util::hexDecodeInto(digits, bytes))
        return fail(kBadAddress);
    const bool hasLower =
        std::any_of(digits.begin(), digits.end(), [](char c) { return c >= 'a' && c <= 'f'; });
    const bool hasUpper =
        std::any_of(digits.begin(), digits.end(), [](char c) { return c >= 'A' && c <= 'F'; });
    EthAddress address(bytes);
    if (hasLower && hasUpper && address.toChecksumHex().substr(2) != digits)
        return fail(BS_TR("crypto",
                          "The address checksum (EIP-55 capitalisation) is wrong: check for a "
                          "typo."));
    return address;
}

std::string EthAddress::toLowerHex() const
{
    return "0x" + util::hexEncodeLower(m_bytes);
}

std::string EthAddress::toChecksumHex() const
{
    // EIP-55: hash the lowercase hex (without 0x); a letter is uppercased when the
    // corresponding nibble of the hash is >= 8.
    std::string out = toLowerHex();
    const Hash256 h = keccak256(std::string_view(out).substr(2));
    for (std::size_t i = 0; i < 40; ++i) {
        const std::uint8_t nibble = (i % 2 == 0) ? (h[i / 2] >> 4) : (h[i / 2] & 0x0f);
        char& c = out[2 + i];
        if (c >= 'a' && nibble >= 8)
            c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

// ---- EcdsaPublicKey ----

Result<EcdsaPublicKey> EcdsaPublicKey::fromBytes(std::span<const std::uint8_t> sec1)
{
    if (sec1.size() != 65 && sec1.size() != 33)
        return fail(
            BS_TR("crypto", "A public key must be 33 (compressed) or 65 (uncompressed) bytes."));
    secp256k1_pubkey pk;
    if (secp256k1_ec_pubkey_parse(context(), &pk, sec1.data(), sec1.size()) != 1)
        return fail(BS_TR("crypto", "The public key is not a point on secp256k1."));
    return EcdsaPublicKey(serializeUncompressed(pk));
}

EthAddress EcdsaPublicKey::address() const
{
    const Hash256 h = keccak256(std::span(m_uncompressed).subspan(1));
    EthAddress::Bytes bytes{};
    std::memcpy(bytes.data(), h.data() + 12, bytes.size());
    return EthAddress(bytes);
}

// ---- EcdsaPrivateKey ----

EcdsaPrivateKey EcdsaPrivateKey::generate()
{
    // A uniform 256-bit value is >= n with probability ~2^-128; retry as libsecp256k1 advises.
    for (;;) {
        SecureBytes<32> key;
        randomBytes(key.bytes());
        if (secp256k1_ec_seckey_verify(context(), key.bytes().data()) == 1)
            return EcdsaPrivateKey(std::move(key));
    }
}

Result<EcdsaPrivateKey> EcdsaPrivateKey::fromBytes(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() != 32)
        return fail(BS_TR("crypto", "A private key must be exactly 32 bytes."));
    auto key = SecureBytes<32>::copyOf(bytes.first<32>());
    if (secp256k1_ec_seckey_verify(context(), key.bytes().data()) != 1)
        return fail(BS_TR("crypto",
                          "The private key is out of range (zero or not below the curve "
                          "order)."));
    return EcdsaPrivateKey(std::move(key));
}

Result<EcdsaPrivateKey> EcdsaPrivateKey::fromHex(std::string_view hex)
{
    SecureBytes<32> key;
    if (!util::hexDecodeInto(util::stripHexPrefix(hex), key.bytes()))
        return fail(
            BS_TR("crypto", "A private key must be 64 hexadecimal digits (optionally after 0x)."));
    return fromBytes(key.bytes());
}

EcdsaPublicKey EcdsaPrivateKey::publicKey() const
{
    secp256k1_pubkey pk;
    if (secp256k1_ec_pubkey_create(context(), &pk, m_key.bytes().data()) != 1)
        throw std::logic_error("secp256k1_ec_pubkey_create failed on a verified key");
    return EcdsaPublicKey(serializeUncompressed(pk));
}

EthAddress EcdsaPrivateKey::address() const
{
    return publicKey().address();
}

std::ostream& operator<<(std::ostream& os, const EcdsaPrivateKey&)
{
    return os << kRedacted;
}

QDebug operator<<(QDebug dbg, const EcdsaPrivateKey&)
{
    return redactedDebug(dbg);
}

// ---- signatures ----

std::array<std::uint8_t, 65> RecoverableSignature::toRsv27() const
{
    std::array<std::uint8_t, 65> out{};
    std::memcpy(out.data(), r.data(), 32);
    std::memcpy(out.data() + 32, s.data(), 32);
    out[64] = static_cast<std::uint8_t>(27 + recid);
    return out;
}

// Befriended by EcdsaPrivateKey: the only code that touches the raw key for signing.
struct EcdsaSigning
{
    static RecoverableSignature sign(const EcdsaPrivateKey& key, const Hash256& digest)
    {
        secp256k1_ecdsa_recoverable_signature sig;
        // nullptr nonce function = RFC 6979 (secp256k1_nonce_function_default).
        if (secp256k1_ecdsa_sign_recoverable(context(), &sig, digest.data(),
                                             key.m_key.bytes().data(), nullptr, nullptr) != 1)
            throw std::logic_error("secp256k1_ecdsa_sign_recoverable failed on a verified key");
        std::array<std::uint8_t, 64> compact{};
        RecoverableSignature out;
        if (secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), compact.data(),
                                                                    &out.recid, &sig) != 1)
            throw std::logic_error("secp256k1 signature serialisation failed");
        std::memcpy(out.r.data(), compact.data(), 32);
        std::memcpy(out.s.data(), compact.data() + 32, 32);
        return out;
    }
};

RecoverableSignature signDigest(const EcdsaPrivateKey& key, const Hash256& digest)
{
    return EcdsaSigning::sign(key, digest);
}

Hash256 eip191Digest(std::span<const std::uint8_t> message)
{
    std::string prefixed = "\x19"
                           "Ethereum Signed Message:\n" +
                           std::to_string(message.size());
    prefixed.append(reinterpret_cast<const char*>(message.data()), message.size());
    return keccak256(std::string_view(prefixed));
}

Hash256 eip191Digest(std::string_view message)
{
    return eip191Digest(
        std::span(reinterpret_cast<const std::uint8_t*>(message.data()), message.size()));
}

std::array<std::uint8_t, 65> personalSign(const EcdsaPrivateKey& key, std::string_view message)
{
    return signDigest(key, eip191Digest(message)).toRsv27();
}

Result<EcdsaPublicKey> recoverPublicKey(const Hash256& digest,
                                        std::span<const std::uint8_t> signature)
{
    if (signature.size() != 65)
        return fail(BS_TR("crypto", "A signature must be 65 bytes (r, s, v)."));
    int v = signature[64];
    if (v >= 27)
        v -= 27;
    if (v != 0 && v != 1)
        return fail(BS_TR("crypto", "The signature's v byte must be 27 or 28 (or 0 or 1)."));
    secp256k1_ecdsa_recoverable_signature sig;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &sig, signature.data(), v) !=
        1)
        return fail(BS_TR("crypto", "The signature's r or s is out of range."));
    secp256k1_pubkey pk;
    if (secp256k1_ecdsa_recover(context(), &pk, &sig, digest.data()) != 1)
        return fail(BS_TR("crypto", "No public key can be recovered from this signature."));
    return EcdsaPublicKey(serializeUncompressed(pk));
}

Result<EthAddress> recoverAddress(const Hash256& digest, std::span<const std::uint8_t> signature)
{
    auto pk = recoverPublicKey(digest, signature);
    if (!pk)
        return pk.error();
    return pk->address();
}

} // namespace bs::crypto
