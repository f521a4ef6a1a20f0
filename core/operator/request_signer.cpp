// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/request_signer.h"

#include "crypto/random.h"
#include "util/hex.h"

#include <QCryptographicHash>

#include <array>

namespace bs::operator_api {

std::string signingMessage(QByteArrayView method,
                           QByteArrayView pathAndQuery,
                           std::int64_t timestamp,
                           QByteArrayView nonce,
                           QByteArrayView body)
{
    const QByteArray bodyHash =
        QCryptographicHash::hash(body.toByteArray(), QCryptographicHash::Sha256).toHex();
    QByteArray message = "BackendShield API request\n";
    message += method;
    message += ' ';
    message += pathAndQuery;
    message += '\n';
    message += QByteArray::number(static_cast<qlonglong>(timestamp));
    message += '\n';
    message += nonce;
    message += '\n';
    message += bodyHash;
    return message.toStdString();
}

QByteArray randomNonce()
{
    std::array<std::uint8_t, 16> bytes{};
    crypto::randomBytes(bytes);
    return QByteArray::fromStdString(util::hexEncodeLower(bytes));
}

util::HttpHeaders RequestSignature::headers() const
{
    return {{"X-BS-Address", address},
            {"X-BS-Timestamp", timestamp},
            {"X-BS-Nonce", nonce},
            {"X-BS-Signature", signature}};
}

RequestSignature signRequest(const crypto::EcdsaPrivateKey& key,
                             QByteArrayView method,
                             QByteArrayView pathAndQuery,
                             QByteArrayView body,
                             std::int64_t timestamp,
                             const QByteArray& nonce)
{
    const std::string message = signingMessage(method, pathAndQuery, timestamp, nonce, body);
    const std::array<std::uint8_t, 65> signature = crypto::personalSign(key, message);
    RequestSignature out;
    out.address = QByteArray::fromStdString(key.address().toChecksumHex());
    out.timestamp = QByteArray::number(static_cast<qlonglong>(timestamp));
    out.nonce = nonce;
    out.signature = "0x" + QByteArray::fromStdString(util::hexEncodeLower(signature));
    return out;
}

} // namespace bs::operator_api
