// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The objects of the operator role's routes (spec operator-api.md "Providers", "Usage",
// "Revenue distribution"; docs/operator-api.yaml) as typed values, and their strict parsers.
// Like api_types.h: a field that is missing or malformed fails the whole parse with one
// sentence naming the field; text the server sends is bounded; unknown fields are ignored;
// the dust fields, added to v1 later, read as 0 when absent.
#include "chain/json_fields.h"
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "crypto/secure_buffer.h"
#include "operator/api_types.h"
#include "util/result.h"
#include "util/u256.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace bs::operator_api {

// ---- providers ----

// Parses providerStatusName()'s output; nullopt for anything else.
std::optional<ProviderStatus> parseProviderStatus(const QString& text);

// Whether the operator may move a provider from `from` to `to` (spec "Providers"):
// registered -> integrated, any state but suspended -> suspended, suspended -> registered.
// earning_revenue is entered by usage only, never set by the operator.
bool transitionAllowed(ProviderStatus from, ProviderStatus to);
// Why `from` -> `to` is refused, and what to do instead: one sentence.
Error refusedTransition(ProviderStatus from, ProviderStatus to);
// That sentence in English (refusedTransition(from, to).message).
std::string transitionRefusal(ProviderStatus from, ProviderStatus to);

// ---- usage servers ----

enum class ServerStatus
{
    Active,
    Revoked,
};
// "active", "revoked".
QString serverStatusName(ServerStatus status);

struct UsageServer
{
    QString serverId;
    QString name;
    ServerStatus status = ServerStatus::Active;
    QDateTime createdAt;                // UTC
    std::optional<QDateTime> revokedAt; // set exactly when revoked
};

// POST /servers: the server and its bearer token, which the operator's server shows this
// once and never again (it keeps only its SHA-256). The token lives in locked memory, wiped
// on destruction; it prints as <redacted>.
struct NewUsageServer
{
    UsageServer server;
    crypto::SecureBuffer token; // ASCII
};

// ---- distribution cycles ----

enum class CycleStatus
{
    CollectingMetrics,
    CalculatingRevenue,
    GeneratingProofs,
    DistributingPayments,
    Completed,
    Failed,
    SkippedInsufficientUsage,
};
// "collecting_metrics", ..., "skipped_insufficient_usage".
QString cycleStatusName(CycleStatus status);
// completed, failed and skipped_insufficient_usage: the cycle does not change any more
// (until a failed one is retried).
bool isFinal(CycleStatus status);
// The position of a running state in the spec's order (collecting_metrics = 0 ..
// distributing_payments = 3), 4 for every final state: for a progress stepper.
int cycleStep(CycleStatus status);

enum class TransferStatus
{
    Queued,
    Submitted,
    Confirmed,
    Failed,
};
QString transferStatusName(TransferStatus status);

struct CycleTransfer
{
    QString providerId;
    crypto::EthAddress address{crypto::EthAddress::Bytes{}};
    // Operators only (an auditor's answer has neither): the allocation, and its part that
    // the transfer cannot carry; the transfer carries amount - dust.
    std::optional<U256> amount;
    U256 dust;
    std::optional<crypto::Hash256> txHash; // from submitted on
    std::optional<std::uint64_t> blockNumber;
    std::optional<std::uint32_t> logIndex;
    TransferStatus status = TransferStatus::Queued;
};

struct Cycle
{
    QString cycleId;
    QDateTime periodStart; // UTC, half-open [periodStart, periodEnd)
    QDateTime periodEnd;
    U256 pool;
    std::optional<U256> totalWeight;            // null until calculated
    std::optional<std::uint64_t> providerCount; // null until calculated
    CycleStatus status = CycleStatus::CollectingMetrics;
    U256 distributed; // what the confirmed transfers carried
    U256 dust;        // the allocations' dust
    std::vector<CycleTransfer> transfers;
    QDateTime createdAt;
    std::optional<QDateTime> completedAt;
    QString error; // empty unless the server says why it failed
};

// One provider's line of a dry run.
struct DryRunAllocation
{
    QString providerId;
    crypto::EthAddress address{crypto::EthAddress::Bytes{}};
    U256 weight;
    U256 amount;
    U256 dust; // amount == dust: no transfer at all
};

// POST /revenue/distribute with dryRun: what a cycle would pay, nothing sent.
struct DryRun
{
    QDateTime periodStart;
    QDateTime periodEnd;
    U256 pool;
    U256 totalWeight;
    std::uint64_t providerCount = 0;
    bool skipped = false; // status skipped_insufficient_usage (W = 0): nothing would be paid
    U256 dust;
    std::vector<DryRunAllocation> allocations;
};

// ---- parsers ----

// The longest text field of these objects this client accepts (names are at most 100
// characters, reasons 500, a cycle's error 1000).
inline constexpr qsizetype kMaxServerText = 2000;

// Each parser reads one object; the JsonFields forms name fields by their full path in the
// answer (e.g. "items[3].status") for objects inside a list.
Result<UsageServer> parseUsageServer(const chain::JsonFields& o);
Result<UsageServer> parseUsageServer(const QJsonObject& o);
// The 201 answer of POST /servers: a usage server with status active plus its token, 16 to
// 1024 printable ASCII characters (it goes into an Authorization header as is).
Result<NewUsageServer> parseNewUsageServer(const QJsonObject& o);
Result<Cycle> parseCycle(const chain::JsonFields& o);
Result<Cycle> parseCycle(const QJsonObject& o);
Result<DryRun> parseDryRun(const QJsonObject& o);

} // namespace bs::operator_api
