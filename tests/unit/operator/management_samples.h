// SPDX-License-Identifier: GPL-3.0-or-later
// Answers of the operator role's routes, shaped as docs/operator-api.yaml and the reference
// server (devnet/server/src/app.mjs, cycles.mjs) write them, for the scripted-server tests.
#pragma once

#include "crypto/babyjubjub.h"
#include "crypto/secp256k1.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace bs::test {

// The devnet's operator (Hardhat account 0): only its address matters to a scripted server.
inline crypto::EcdsaPrivateKey operatorKey()
{
    return crypto::EcdsaPrivateKey::fromHex(
               "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
        .value();
}

// Provider `n`: a distinct address and eERC key (k*Base8 for k = n + 2).
inline QJsonObject providerSample(int n, const QString& status = QStringLiteral("integrated"))
{
    const crypto::AffinePoint key =
        crypto::Point::mulBase(crypto::Scalar::fromU64(static_cast<std::uint64_t>(n) + 2))
            .toAffine();
    const auto address =
        crypto::EcdsaPrivateKey::fromHex(
            QStringLiteral("%1").arg(n + 11, 64, 16, QLatin1Char('0')).toStdString())
            .value()
            .address();
    return QJsonObject{
        {"providerId", QStringLiteral("prv_%1").arg(n)},
        {"address", QString::fromStdString(address.toChecksumHex())},
        {"eercPublicKey", QJsonArray{QString::fromStdString(key.x.toDecimal()),
                                     QString::fromStdString(key.y.toDecimal())}},
        {"displayName", QStringLiteral("Provider %1").arg(n)},
        {"contactEmail", "ops@provider.example"},
        {"api", QJsonObject{{"name", "api"},
                            {"baseUrl", "https://api.provider.example"},
                            {"category", "data"},
                            {"pricing", "free"}}},
        {"status", status},
        {"onchainRegistered", true},
        {"createdAt", "2026-11-01T10:00:00Z"},
        {"updatedAt", "2026-11-01T10:00:00Z"},
    };
}

inline QJsonObject serverSample(int n, bool revoked = false)
{
    return QJsonObject{{"serverId", QStringLiteral("srv_%1").arg(n)},
                       {"name", QStringLiteral("flowmcp-%1").arg(n)},
                       {"status", revoked ? "revoked" : "active"},
                       {"createdAt", "2026-11-01T09:00:00Z"},
                       {"revokedAt", revoked ? QJsonValue("2026-11-02T09:00:00Z") : QJsonValue()}};
}

inline QJsonObject transferSample(int provider,
                                  const QString& status,
                                  const QString& amount = QStringLiteral("2500000"))
{
    const bool sent = status == QLatin1String("submitted") || status == QLatin1String("confirmed");
    const bool done = status == QLatin1String("confirmed");
    return QJsonObject{
        {"providerId", QStringLiteral("prv_%1").arg(provider)},
        {"address", providerSample(provider)["address"]},
        {"amount", amount},
        {"dust", "0"},
        {"txHash",
         sent ? QJsonValue("0x" + QString(64, QLatin1Char('a' + provider % 6))) : QJsonValue()},
        {"blockNumber", done ? QJsonValue(100 + provider) : QJsonValue()},
        {"logIndex", done ? QJsonValue(provider) : QJsonValue()},
        {"status", status},
    };
}

// Cycle `id` over November `day`..`day + 1` 2026 with a pool of 5 USDC.
inline QJsonObject cycleSample(const QString& id,
                               const QString& status,
                               int day,
                               const QJsonArray& transfers = {},
                               const QString& pool = QStringLiteral("5000000"))
{
    const bool calculated = !transfers.isEmpty() || status == QLatin1String("completed");
    const bool final = status == QLatin1String("completed") || status == QLatin1String("failed") ||
                       status == QLatin1String("skipped_insufficient_usage");
    return QJsonObject{
        {"cycleId", id},
        {"periodStart", QStringLiteral("2026-11-%1T00:00:00Z").arg(day, 2, 10, QLatin1Char('0'))},
        {"periodEnd", QStringLiteral("2026-11-%1T00:00:00Z").arg(day + 1, 2, 10, QLatin1Char('0'))},
        {"pool", pool},
        {"totalWeight", calculated ? QJsonValue("300") : QJsonValue()},
        {"providerCount", calculated ? QJsonValue(transfers.size()) : QJsonValue()},
        {"status", status},
        {"distributed", status == QLatin1String("completed") ? pool : QStringLiteral("0")},
        {"dust", "0"},
        {"transfers", transfers},
        {"createdAt", "2026-11-20T12:00:00Z"},
        {"completedAt", final ? QJsonValue("2026-11-20T12:05:00Z") : QJsonValue()},
        {"error", status == QLatin1String("failed")
                      ? QJsonValue("transfer to 0x... failed: reverted")
                      : QJsonValue()},
    };
}

inline QJsonObject page(const QJsonArray& items, const QJsonValue& next = QJsonValue())
{
    return QJsonObject{{"items", items}, {"nextCursor", next}};
}

} // namespace bs::test
