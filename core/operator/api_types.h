// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator API's objects (spec operator-api.md) as typed values, and their strict
// parsers: amounts are U256 from decimal strings, points are checked BabyJubJub subgroup
// points, addresses are parsed (EIP-55 checked when mixed case), times are RFC 3339. A field
// that is missing or malformed fails the whole parse; nothing is ever read as zero. Unknown
// fields are ignored, as the spec's conventions ask.
#include "chain/json_fields.h"
#include "chain/network.h"
#include "crypto/babyjubjub.h"
#include "crypto/secp256k1.h"
#include "ledger/entries.h"
#include "util/result.h"
#include "util/u256.h"

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

// Whose data the parsers read, for their error sentences.
const chain::JsonSource& serverSource();

// Each parser takes one JSON value of the answer and fails with a sentence naming the field.
// GET /network is chain::parseNetwork(json, chain::NetworkSource::OperatorAnswer).
Result<Provider> parseProvider(const QJsonObject& o);
// The same for a provider inside a list: errors name the field by its path ("items[2].status").
Result<Provider> parseProvider(const chain::JsonFields& o);
// One page: the cycles of `o` plus its totals (cycles of later pages are appended by the
// client, which then checks totals.cycles against the count).
Result<ledger::Earnings> parseEarnings(const QJsonObject& o);

} // namespace bs::operator_api
