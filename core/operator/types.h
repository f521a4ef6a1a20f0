// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator API's objects (spec operator-api.md) as typed values, and their strict
// parsers: amounts are U256 from decimal strings, points are checked BabyJubJub subgroup
// points, addresses are parsed (EIP-55 checked when mixed case), times are RFC 3339. A field
// that is missing or malformed fails the whole parse; nothing is ever read as zero. Unknown
// fields are ignored, as the spec's conventions ask.
#include "chain/u256.h"
#include "crypto/babyjubjub.h"
#include "crypto/secp256k1.h"
#include "eerc/network_config.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace bs::operator_api {

// GET /network: everything the client needs to find the chain side.
struct NetworkInfo
{
    // chainId, chainName (as `name`), rpcUrl, contracts, circuits (hashes and URLs).
    eerc::NetworkConfig config;
    // The payout token's id inside the eERC converter; nullopt until the first deposit.
    std::optional<chain::U256> tokenId;
    QString tokenSymbol;
    int tokenDecimals = 0;
    int eercDecimals = 0;
    crypto::EthAddress operatorAddress{crypto::EthAddress::Bytes{}};
    crypto::EthAddress auditorAddress{crypto::EthAddress::Bytes{}};
    crypto::Point auditorPublicKey; // in the subgroup, not the identity
    QString distributionWeight;     // "calls"
    QString distributionRounding;   // "largest-remainder"
};

enum class ProviderStatus
{
    Registered,
    Integrated,
    EarningRevenue,
    Suspended,
};
// "registered", "integrated", "earning_revenue", "suspended".
QString providerStatusName(ProviderStatus status);

struct ProviderApi
{
    QString name;
    QString baseUrl;
    QString category; // weather news finance ai data other
    QString pricing;  // free paid hybrid
};

// What a provider registers (the body of POST /providers/register).
struct ProviderDetails
{
    crypto::EthAddress address{crypto::EthAddress::Bytes{}};
    crypto::Point eercPublicKey;
    QString displayName;
    QString contactEmail;
    ProviderApi api;

    // The JSON body: address checksummed, the key as two decimal strings.
    QJsonObject toJson() const;
};

struct Provider
{
    QString providerId;
    ProviderDetails details;
    ProviderStatus status = ProviderStatus::Registered;
    bool onchainRegistered = false;
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
};

struct TransferRef
{
    std::array<std::uint8_t, 32> txHash{};
    std::uint64_t blockNumber = 0;
    std::uint32_t logIndex = 0;
};

// One cycle of GET /providers/{id}/earnings. `amount` is the server's claim: the client
// checks it against the chain and against floor(pool * weight / totalWeight) (+1).
struct EarningsCycle
{
    QString cycleId;
    QDateTime periodStart; // UTC, half-open [periodStart, periodEnd)
    QDateTime periodEnd;
    QString status;
    chain::U256 pool;
    chain::U256 weight;
    chain::U256 totalWeight;
    chain::U256 amount;
    std::optional<TransferRef> transfer; // nullopt while not confirmed
};

struct Earnings
{
    QString providerId;
    QString tokenSymbol;
    int tokenDecimals = 0;
    chain::U256 distributed;       // totals.distributed
    std::uint64_t totalCycles = 0; // totals.cycles
    std::vector<EarningsCycle> cycles;
};

// Each parser takes one JSON value of the answer and fails with a sentence naming the field.
Result<NetworkInfo> parseNetworkInfo(const QByteArray& json);
Result<Provider> parseProvider(const QJsonObject& o);
// One page: the cycles of `o` plus its totals (cycles of later pages are appended by the
// client, which then checks totals.cycles against the count).
Result<Earnings> parseEarnings(const QJsonObject& o);

// Field parsers shared with other operator code.
Result<chain::U256> parseAmount(const QJsonValue& v, const QString& field);
Result<crypto::Point> parsePoint(const QJsonValue& v, const QString& field);
Result<crypto::EthAddress> parseAddress(const QJsonValue& v, const QString& field);
Result<QDateTime> parseTime(const QJsonValue& v, const QString& field);

} // namespace bs::operator_api
