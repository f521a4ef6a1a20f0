// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Signed requests of the operator API (spec operator-api.md, "Authentication"): the caller
// proves control of its Ethereum address with an EIP-191 personal_sign over five lines,
//
//   BackendShield API request
//   {METHOD} {path and query exactly as sent, after the base URL's path}
//   {timestamp}
//   {nonce}
//   {lower-case hex SHA-256 of the raw body; of the empty string when there is none}
//
// joined by "\n" with no trailing newline, sent as X-BS-Address / X-BS-Timestamp /
// X-BS-Nonce / X-BS-Signature.
#include "crypto/secp256k1.h"
#include "util/http_client.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <string>

namespace bs::operator_api {

// The five-line message. `pathAndQuery` starts with "/" and is the request target as sent
// (percent-encoding included) minus the base URL's path.
std::string signingMessage(QByteArrayView method,
                           QByteArrayView pathAndQuery,
                           std::int64_t timestamp,
                           QByteArrayView nonce,
                           QByteArrayView body);

// 16 bytes from the CSPRNG as 32 lower-case hex digits (throws crypto::RandomFailure if the
// system RNG is broken).
QByteArray randomNonce();

struct RequestSignature
{
    QByteArray address;   // 0x + EIP-55 checksummed address of the signer
    QByteArray timestamp; // unix seconds, decimal
    QByteArray nonce;     // 32 hex digits
    QByteArray signature; // 0x + 130 lower-case hex digits: r || s || v, v = 27/28

    // The four X-BS-* headers, in that order.
    util::HttpHeaders headers() const;
};

// Signs one request with `key` at `timestamp` with `nonce` (use randomNonce(); a nonce is
// never reused).
RequestSignature signRequest(const crypto::EcdsaPrivateKey& key,
                             QByteArrayView method,
                             QByteArrayView pathAndQuery,
                             QByteArrayView body,
                             std::int64_t timestamp,
                             const QByteArray& nonce);

} // namespace bs::operator_api
