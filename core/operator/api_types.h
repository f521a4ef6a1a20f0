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

// GET /audit/totals (spec operator-api.md, "Audit"): what the operator claims it distributed in
// a period, per cycle, without single amounts. Amounts are token base units. The dust fields
// came later within v1: absent reads as 0 (docs/operator-api.yaml, "Dust").
struct AuditTransferRef
{
    crypto::Hash256 txHash{};
    std::uint64_t blockNumber = 0;
    std::uint32_t logIndex = 0;
    crypto::EthAddress to{crypto::EthAddress::Bytes{}};
};

struct AuditCycle
{
    QString cycleId;
    QDateTime periodStart; // UTC
    QDateTime periodEnd;
    U256 pool;
    U256 totalDistributed; // what the listed transfers carried
    U256 dust;
    std::uint64_t transferCount = 0; // as claimed; not checked against transfers here
    std::vector<AuditTransferRef> transfers;
};

struct AuditDeposit
{
    crypto::Hash256 txHash{};
    U256 amount;
};

struct AuditTotals
{
    std::optional<QDateTime> from; // null: the period is open on that side
    std::optional<QDateTime> to;
    chain::TokenInfo token;
    std::optional<chain::AuditorInfo> auditor; // null when the server has no chain configured
    U256 grandTotal;
    U256 dust;
    std::uint64_t transferCount = 0;
    std::vector<AuditCycle> cycles;
    std::vector<AuditDeposit> deposits;
};

// Reads the answer strictly, field by field (the sums and counts are the auditor's to check,
// not the parser's: a report that does not add up is a finding, not a parse error).
Result<AuditTotals> parseAuditTotals(const QJsonObject& o);

} // namespace bs::operator_api
