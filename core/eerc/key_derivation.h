// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The eERC user key derived from an Ethereum wallet key, exactly as the official eERC SDK
// does it (spec eerc-protocol.md 2.1). A key derived any other way decrypts nothing, so every
// step, including the SDK's odd hex handling, is reproduced byte for byte:
//
//   message   = "eERC\nRegistering user with\n Address:" + lowercase 0x-address
//   signature = personal_sign(walletKey, message)            (RFC 6979, r || s || v)
//   r_hex     = first 64 hex digits of the signature (lowercase)
//   grind     : for i = 0, 1, ... < 1000:
//                 d = SHA-256(hexBytes(r_hex || hex(i)))     (hex(i) padded to even length)
//                 accept the first d < maxAllowed = 2^256 - (2^256 mod l)
//   decryptionKey = hex(d mod l), lowercase, NO zero padding (often 63 digits)
//   s         = formatKeyForCurve(decryptionKey)
//   PK        = s * Base8
//
// where hexBytes / formatKeyForCurve decode hex the way Node's Buffer.from(str, "hex") does
// (see nodeHexDecode).

#include "crypto/babyjubjub.h"
#include "crypto/secp256k1.h"
#include "crypto/secure_buffer.h"
#include "util/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace bs::eerc {

// The grinding gives up after this many SHA-256 tries, as the SDK does (the chance of
// needing more than one try is about 0.76 %, of needing 1000 about 10^-2100).
inline constexpr int kMaxGrindTries = 1000;

// maxAllowed = 2^256 - (2^256 mod l) as 32 big-endian bytes: digests below it are accepted.
const std::array<std::uint8_t, 32>& grindMaxAllowed();

// hex(i) of the grind step: lowercase, left-padded with "0" to an even number of digits
// (0 -> "00", 255 -> "ff", 256 -> "0100"). Precondition: i >= 0.
std::string grindCounterHex(int i);

// The text the wallet signs: "eERC\nRegistering user with\n Address:0x<lowercase hex>".
std::string registrationMessage(const crypto::EthAddress& address);

// Hex decoding with the semantics of Node's Buffer.from(text, "hex"): characters are read two
// at a time from the left and each pair gives one byte (either case); decoding STOPS at the
// first pair that contains a non-hex character, and a final unpaired digit is dropped.
// So "abc" -> {0xab}, "abzz12" -> {0xab}, "0x12" -> {} ("0x" is not a hex pair), "" -> {}.
// Never fails: this is a model of what the SDK feeds its hash functions, not a validator.
crypto::SecureBuffer nodeHexDecode(std::string_view text);

// The SDK's grindKey(seed): SHA-256 over nodeHexDecode(seed || hex(i)) for i = 0, 1, ...,
// until a digest is below maxAllowed; returns hex(digest mod l) unpadded lowercase ASCII.
// Fails only if kMaxGrindTries digests in a row are rejected.
Result<crypto::SecureBuffer> grindKey(std::string_view seedHex);

// The SDK's getPrivateKeyFromSignature: grindKey(first 64 lowercase hex digits of the
// signature, i.e. r). `signature` is the 65-byte r || s || v.
Result<crypto::SecureBuffer>
decryptionKeyFromSignature(std::span<const std::uint8_t, 65> signature);

// The SDK's formatKeyForCurve(key): BLAKE-512 of nodeHexDecode(key), first 32 bytes, pruned
// (byte 0 &= 0xf8, byte 31 &= 0x7f, byte 31 |= 0x40), read little-endian, shifted right by 3,
// reduced mod l. Defined for every string (see nodeHexDecode for what non-hex text does).
crypto::Scalar formatKeyForCurve(std::string_view decryptionKey);

// A user's eERC key pair plus the decryption key string it came from. Move-only; the secret
// parts live in secure memory.
class EercKey
{
public:
    // Derives the key from a wallet key (signs the registration message with it).
    static Result<EercKey> deriveFromWallet(const crypto::EcdsaPrivateKey& walletKey);
    // Derives the key from the personal_sign signature of registrationMessage(address), for
    // wallets that sign elsewhere (hardware wallets, WalletConnect). Only r is used.
    static Result<EercKey> fromSignature(std::span<const std::uint8_t> signature);
    // Imports a stored decryption key string exactly as given (no re-padding: a leading
    // zero changes the key). Accepts 1..64 hex digits of either case, without "0x".
    static Result<EercKey> fromDecryptionKey(std::string_view decryptionKey);

    EercKey(EercKey&&) noexcept = default;
    EercKey& operator=(EercKey&&) noexcept = default;

    // The SDK's "decryption key" string (ASCII hex), what a user backs up or imports.
    const crypto::SecureBuffer& decryptionKey() const noexcept { return m_decryptionKey; }
    // s: the private scalar used in circuits and for decryption.
    const crypto::Secret<crypto::Scalar>& privateScalar() const noexcept { return m_scalar; }
    // PK = s * Base8.
    const crypto::Point& publicKey() const noexcept { return m_publicKey; }

private:
    EercKey(crypto::SecureBuffer decryptionKey,
            crypto::Secret<crypto::Scalar> scalar,
            const crypto::Point& publicKey);
    static EercKey fromValidDecryptionKey(crypto::SecureBuffer decryptionKey);

    crypto::SecureBuffer m_decryptionKey;
    crypto::Secret<crypto::Scalar> m_scalar;
    crypto::Point m_publicKey;
};

std::ostream& operator<<(std::ostream& os, const EercKey&);
QDebug operator<<(QDebug dbg, const EercKey&);

} // namespace bs::eerc
