// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ethereum keys on secp256k1, on top of libsecp256k1 (never hand-rolled ECDSA):
// private keys in secure memory, uncompressed public keys, addresses with EIP-55 checksums,
// RFC 6979 deterministic recoverable signatures, EIP-191 personal_sign and recovery.

#include "crypto/keccak.h"
#include "crypto/secure_buffer.h"
#include "util/result.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace bs::crypto {

// A 20-byte Ethereum account address.
class EthAddress
{
public:
    using Bytes = std::array<std::uint8_t, 20>;

    explicit EthAddress(const Bytes& bytes)
        : m_bytes(bytes)
    {}

    // Parses "0x" + 40 hex digits. All-lowercase and all-uppercase digits are accepted as
    // unchecksummed input; mixed case must be a valid EIP-55 checksum (a typo is refused).
    static Result<EthAddress> fromString(std::string_view text);

    const Bytes& bytes() const noexcept { return m_bytes; }
    // "0x" + EIP-55 mixed-case checksummed hex.
    std::string toChecksumHex() const;
    // "0x" + 40 lowercase hex digits.
    std::string toLowerHex() const;

    bool operator==(const EthAddress&) const = default;

private:
    Bytes m_bytes;
};

// A public key, validated to be a point on secp256k1.
class EcdsaPublicKey
{
public:
    // Accepts the 65-byte uncompressed (0x04) or 33-byte compressed (0x02/0x03) SEC1 form.
    static Result<EcdsaPublicKey> fromBytes(std::span<const std::uint8_t> sec1);

    // 0x04 || x || y.
    const std::array<std::uint8_t, 65>& uncompressed() const noexcept { return m_uncompressed; }
    // keccak256(x || y)[12..32).
    EthAddress address() const;

    bool operator==(const EcdsaPublicKey&) const = default;

private:
    explicit EcdsaPublicKey(const std::array<std::uint8_t, 65>& u)
        : m_uncompressed(u)
    {}
    friend class EcdsaPrivateKey;
    friend Result<EcdsaPublicKey> recoverPublicKey(const Hash256&, std::span<const std::uint8_t>);

    std::array<std::uint8_t, 65> m_uncompressed;
};

// A valid secp256k1 secret key (1 <= k < n) kept in secure memory. Move-only.
class EcdsaPrivateKey
{
public:
    // A fresh key from the OS CSPRNG (throws RandomFailure if that is broken).
    static EcdsaPrivateKey generate();
    // Exactly 32 big-endian bytes, 1 <= k < n.
    static Result<EcdsaPrivateKey> fromBytes(std::span<const std::uint8_t> bytes);
    // 64 hex digits, optional "0x" prefix, either case, 1 <= k < n.
    static Result<EcdsaPrivateKey> fromHex(std::string_view hex);

    EcdsaPrivateKey(EcdsaPrivateKey&&) noexcept = default;
    EcdsaPrivateKey& operator=(EcdsaPrivateKey&&) noexcept = default;
    EcdsaPrivateKey clone() const { return EcdsaPrivateKey(m_key.clone()); }

    EcdsaPublicKey publicKey() const;
    EthAddress address() const;

    // The raw 32 bytes. The only way out: use it for export to an encrypted backup only.
    SecureBytes<32> exportSecret() const { return m_key.clone(); }

private:
    explicit EcdsaPrivateKey(SecureBytes<32> key)
        : m_key(std::move(key))
    {}
    friend struct EcdsaSigning;

    SecureBytes<32> m_key;
};

std::ostream& operator<<(std::ostream& os, const EcdsaPrivateKey&);
QDebug operator<<(QDebug dbg, const EcdsaPrivateKey&);

// A recoverable ECDSA signature: r, s (low-s normalised) and recovery id 0..3.
struct RecoverableSignature
{
    std::array<std::uint8_t, 32> r{};
    std::array<std::uint8_t, 32> s{};
    int recid = 0;

    // r || s || v with v = 27 + recid, the form of personal_sign / eth_sign.
    std::array<std::uint8_t, 65> toRsv27() const;
};

// Signs a 32-byte digest with RFC 6979 deterministic nonces (libsecp256k1's default), so the
// same key and digest always give the same signature, as with ethers/MetaMask/Ledger.
RecoverableSignature signDigest(const EcdsaPrivateKey& key, const Hash256& digest);

// EIP-191 version 0x45: keccak256("\x19Ethereum Signed Message:\n" + len(message) + message),
// len in decimal bytes.
Hash256 eip191Digest(std::span<const std::uint8_t> message);
Hash256 eip191Digest(std::string_view message);

// personal_sign: signDigest(eip191Digest(message)) as 65 bytes r || s || v, v = 27/28.
std::array<std::uint8_t, 65> personalSign(const EcdsaPrivateKey& key, std::string_view message);

// Recovers the signer of `digest` from a 65-byte r || s || v signature, v in {0, 1, 27, 28}.
// Like Ethereum's ecrecover, a high s is accepted. Fails for malformed signatures.
Result<EcdsaPublicKey> recoverPublicKey(const Hash256& digest,
                                        std::span<const std::uint8_t> signature);
Result<EthAddress> recoverAddress(const Hash256& digest, std::span<const std::uint8_t> signature);

} // namespace bs::crypto
