// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/management_types.h"

#include <QJsonArray>

#include <initializer_list>

namespace bs::operator_api {

namespace {

using chain::FirstError;
using chain::JsonFields;

constexpr std::uint64_t kMaxLogIndex = 0xffffffffu;
constexpr qsizetype kMinTokenChars = 16;
constexpr qsizetype kMaxTokenChars = 1024;

// One of the names `name` gives the values, or an error saying which were expected.
template <class E>
Result<E> oneOf(const JsonFields& o,
                const char* key,
                std::initializer_list<E> values,
                QString (*name)(E),
                Text expected)
{
    const QJsonValue v = o.object().value(QLatin1String(key));
    if (v.isString()) {
        for (E value : values) {
            if (v.toString() == name(value))
                return value;
        }
    }
    return o.invalid(key, expected);
}

Result<CycleStatus> cycleStatus(const JsonFields& o)
{
    using S = CycleStatus;
    return oneOf(o, "status",
                 {S::CollectingMetrics, S::CalculatingRevenue, S::GeneratingProofs,
                  S::DistributingPayments, S::Completed, S::Failed, S::SkippedInsufficientUsage},
                 cycleStatusName,
                 BS_TR("operator", "a cycle state of the spec, such as completed"));
}

Result<TransferStatus> transferStatus(const JsonFields& o)
{
    using S = TransferStatus;
    return oneOf(o, "status", {S::Queued, S::Submitted, S::Confirmed, S::Failed},
                 transferStatusName, BS_TR("operator", "queued, submitted, confirmed or failed"));
}

// A non-empty string of at most kMaxServerText characters.
Result<QString> boundedText(const JsonFields& o, const char* key)
{
    auto t = o.text(key);
    if (t && t->size() > kMaxServerText)
        return o.invalid(key, BS_TR("operator", "a string of at most 2000 characters"));
    return t;
}

// A string of at most kMaxServerText characters, "" when absent or null.
Result<QString> optionalBoundedText(const JsonFields& o, const char* key)
{
    auto t = o.optionalText(key);
    if (t && t->size() > kMaxServerText)
        return o.invalid(key, BS_TR("operator", "a string of at most 2000 characters, or null"));
    return t;
}

Result<std::optional<QDateTime>> optionalTime(const JsonFields& o, const char* key)
{
    if (!o.has(key))
        return std::optional<QDateTime>();
    auto t = o.time(key);
    if (!t)
        return t.error();
    return std::optional<QDateTime>(*t);
}

Result<std::optional<U256>> optionalAmount(const JsonFields& o, const char* key)
{
    if (!o.has(key))
        return std::optional<U256>();
    auto a = o.amount(key);
    if (!a)
        return a.error();
    return std::optional<U256>(*a);
}

Result<std::optional<std::uint64_t>>
optionalInteger(const JsonFields& o, const char* key, std::uint64_t max)
{
    if (!o.has(key))
        return std::optional<std::uint64_t>();
    auto n = o.integer(key, max);
    if (!n)
        return n.error();
    return std::optional<std::uint64_t>(*n);
}

// The dust fields came to v1 later: absent means 0.
Result<U256> dust(const JsonFields& o)
{
    return o.has("dust") ? o.amount("dust") : Result<U256>(U256());
}

Result<std::pair<QDateTime, QDateTime>> period(const JsonFields& o)
{
    std::pair<QDateTime, QDateTime> p;
    FirstError e;
    e(p.first, o.time("periodStart"));
    e(p.second, o.time("periodEnd"));
    if (e.failed())
        return e.error();
    if (!(p.first < p.second))
        return o.invalid("periodEnd", BS_TR("operator", "a time after periodStart"));
    return p;
}

Result<CycleTransfer> parseTransfer(const JsonFields& t)
{
    CycleTransfer x;
    FirstError e;
    std::optional<std::uint64_t> logIndex;
    e(x.providerId, boundedText(t, "providerId"));
    e(x.address, t.address("address"));
    e(x.amount, optionalAmount(t, "amount"));
    e(x.dust, dust(t));
    e(x.blockNumber, optionalInteger(t, "blockNumber", (1ull << 53) - 1));
    e(logIndex, optionalInteger(t, "logIndex", kMaxLogIndex));
    e(x.status, transferStatus(t));
    if (e.failed())
        return e.error();
    if (t.has("txHash")) {
        auto hash = t.hash("txHash");
        if (!hash)
            return hash.error();
        x.txHash = *hash;
    }
    if (logIndex)
        x.logIndex = static_cast<std::uint32_t>(*logIndex);
    if (x.amount && x.dust > *x.amount)
        return t.invalid("dust", BS_TR("operator", "at most amount"));
    if (!x.txHash &&
        (x.status == TransferStatus::Submitted || x.status == TransferStatus::Confirmed))
        return t.invalid(
            "txHash",
            BS_TR("operator", "a transaction hash for a submitted or confirmed transfer"));
    if (x.status == TransferStatus::Confirmed && (!x.blockNumber || !x.logIndex))
        return t.invalid(!x.blockNumber ? "blockNumber" : "logIndex",
                         BS_TR("operator", "the block and log index of a confirmed transfer"));
    return x;
}

Result<std::vector<DryRunAllocation>> parseAllocations(const JsonFields& o)
{
    auto list = o.array("allocations");
    if (!list)
        return list.error();
    std::vector<DryRunAllocation> out;
    out.reserve(static_cast<std::size_t>(list->size()));
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto a = o.element("allocations", *list, i);
        if (!a)
            return a.error();
        DryRunAllocation x;
        FirstError e;
        e(x.providerId, boundedText(*a, "providerId"));
        e(x.address, a->address("address"));
        e(x.weight, a->amount("weight"));
        e(x.amount, a->amount("amount"));
        e(x.dust, dust(*a));
        if (e.failed())
            return e.error();
        if (x.dust > x.amount)
            return a->invalid("dust", BS_TR("operator", "at most amount"));
        out.push_back(std::move(x));
    }
    return out;
}

} // namespace

std::optional<ProviderStatus> parseProviderStatus(const QString& text)
{
    for (ProviderStatus s : {ProviderStatus::Registered, ProviderStatus::Integrated,
                             ProviderStatus::EarningRevenue, ProviderStatus::Suspended}) {
        if (text == providerStatusName(s))
            return s;
    }
    return std::nullopt;
}

bool transitionAllowed(ProviderStatus from, ProviderStatus to)
{
    switch (to) {
    case ProviderStatus::Integrated:
        return from == ProviderStatus::Registered;
    case ProviderStatus::Suspended:
        return from != ProviderStatus::Suspended;
    case ProviderStatus::Registered:
        return from == ProviderStatus::Suspended;
    case ProviderStatus::EarningRevenue:
        return false;
    }
    return false;
}

Error refusedTransition(ProviderStatus from, ProviderStatus to)
{
    const std::string f = providerStatusName(from).toStdString();
    const std::string t = providerStatusName(to).toStdString();
    if (to == ProviderStatus::EarningRevenue)
        return fail(BS_TR("operator", "a provider becomes earning_revenue by itself when its "
                                      "first usage arrives; approve it (integrated) instead."));
    if (from == to)
        return fail(BS_TR("operator", "the provider is %1 already; nothing was changed."), f);
    if (to == ProviderStatus::Integrated && from == ProviderStatus::Suspended)
        return fail(BS_TR("operator", "a suspended provider cannot be approved directly; "
                                      "reinstate it (registered) first, then approve it "
                                      "(integrated)."));
    if (to == ProviderStatus::Integrated)
        return fail(BS_TR("operator", "the provider is %1, past approval already; nothing was "
                                      "changed."),
                    f);
    if (to == ProviderStatus::Registered)
        return fail(BS_TR("operator", "only a suspended provider can be reinstated (registered); "
                                      "this one is %1."),
                    f);
    return fail(BS_TR("operator", "a provider cannot go from %1 to %2."), f, t);
}

std::string transitionRefusal(ProviderStatus from, ProviderStatus to)
{
    return refusedTransition(from, to).message;
}

QString serverStatusName(ServerStatus status)
{
    return status == ServerStatus::Revoked ? QStringLiteral("revoked") : QStringLiteral("active");
}

QString cycleStatusName(CycleStatus status)
{
    switch (status) {
    case CycleStatus::CollectingMetrics:
        return QStringLiteral("collecting_metrics");
    case CycleStatus::CalculatingRevenue:
        return QStringLiteral("calculating_revenue");
    case CycleStatus::GeneratingProofs:
        return QStringLiteral("generating_proofs");
    case CycleStatus::DistributingPayments:
        return QStringLiteral("distributing_payments");
    case CycleStatus::Completed:
        return QStringLiteral("completed");
    case CycleStatus::Failed:
        return QStringLiteral("failed");
    case CycleStatus::SkippedInsufficientUsage:
        return QStringLiteral("skipped_insufficient_usage");
    }
    return {};
}

bool isFinal(CycleStatus status)
{
    return status == CycleStatus::Completed || status == CycleStatus::Failed ||
           status == CycleStatus::SkippedInsufficientUsage;
}

int cycleStep(CycleStatus status)
{
    switch (status) {
    case CycleStatus::CollectingMetrics:
        return 0;
    case CycleStatus::CalculatingRevenue:
        return 1;
    case CycleStatus::GeneratingProofs:
        return 2;
    case CycleStatus::DistributingPayments:
        return 3;
    default:
        return 4;
    }
}

QString transferStatusName(TransferStatus status)
{
    switch (status) {
    case TransferStatus::Queued:
        return QStringLiteral("queued");
    case TransferStatus::Submitted:
        return QStringLiteral("submitted");
    case TransferStatus::Confirmed:
        return QStringLiteral("confirmed");
    case TransferStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Result<UsageServer> parseUsageServer(const JsonFields& o)
{
    UsageServer s;
    FirstError e;
    e(s.serverId, boundedText(o, "serverId"));
    e(s.name, boundedText(o, "name"));
    e(s.status, oneOf(o, "status", {ServerStatus::Active, ServerStatus::Revoked}, serverStatusName,
                      BS_TR("operator", "active or revoked")));
    e(s.createdAt, o.time("createdAt"));
    e(s.revokedAt, optionalTime(o, "revokedAt"));
    if (e.failed())
        return e.error();
    if (s.revokedAt.has_value() != (s.status == ServerStatus::Revoked))
        return o.invalid("revokedAt",
                         BS_TR("operator", "a time exactly when the status is revoked"));
    return s;
}

Result<UsageServer> parseUsageServer(const QJsonObject& o)
{
    return parseUsageServer(JsonFields(o, serverSource()));
}

Result<NewUsageServer> parseNewUsageServer(const QJsonObject& object)
{
    const JsonFields o(object, serverSource());
    auto server = parseUsageServer(o);
    if (!server)
        return server.error();
    if (server->status != ServerStatus::Active)
        return o.invalid("status", BS_TR("operator", "active for a server just created"));
    const QJsonValue v = object.value(QLatin1String("token"));
    const QString token = v.toString();
    bool printable =
        v.isString() && token.size() >= kMinTokenChars && token.size() <= kMaxTokenChars;
    for (qsizetype i = 0; printable && i < token.size(); ++i)
        printable = token.at(i).unicode() > 0x20 && token.at(i).unicode() < 0x7f;
    if (!printable)
        return o.invalid("token", BS_TR("operator", "16 to 1024 printable ASCII characters"));
    NewUsageServer out{std::move(*server),
                       crypto::SecureBuffer(static_cast<std::size_t>(token.size()))};
    for (qsizetype i = 0; i < token.size(); ++i)
        out.token.data()[i] = static_cast<std::uint8_t>(token.at(i).unicode());
    return out;
}

Result<Cycle> parseCycle(const JsonFields& o)
{
    Cycle c;
    FirstError e;
    std::pair<QDateTime, QDateTime> p;
    e(c.cycleId, boundedText(o, "cycleId"));
    e(p, period(o));
    e(c.pool, o.amount("pool"));
    e(c.totalWeight, optionalAmount(o, "totalWeight"));
    e(c.providerCount, optionalInteger(o, "providerCount", (1ull << 53) - 1));
    e(c.status, cycleStatus(o));
    e(c.distributed, o.amount("distributed"));
    e(c.dust, dust(o));
    e(c.createdAt, o.time("createdAt"));
    e(c.completedAt, optionalTime(o, "completedAt"));
    e(c.error, optionalBoundedText(o, "error"));
    auto transfers = o.array("transfers");
    if (e.failed())
        return e.error();
    if (!transfers)
        return transfers.error();
    c.periodStart = p.first;
    c.periodEnd = p.second;
    if (c.distributed > c.pool)
        return o.invalid("distributed", BS_TR("operator", "at most pool"));
    if (c.dust > c.pool)
        return o.invalid("dust", BS_TR("operator", "at most pool"));
    c.transfers.reserve(static_cast<std::size_t>(transfers->size()));
    for (qsizetype i = 0; i < transfers->size(); ++i) {
        auto fields = o.element("transfers", *transfers, i);
        if (!fields)
            return fields.error();
        auto t = parseTransfer(*fields);
        if (!t)
            return t.error();
        c.transfers.push_back(std::move(*t));
    }
    return c;
}

Result<Cycle> parseCycle(const QJsonObject& o)
{
    return parseCycle(JsonFields(o, serverSource()));
}

Result<DryRun> parseDryRun(const QJsonObject& object)
{
    const JsonFields o(object, serverSource());
    DryRun d;
    FirstError e;
    bool dryRun = false;
    std::pair<QDateTime, QDateTime> p;
    e(dryRun, o.boolean("dryRun"));
    e(p, period(o));
    e(d.pool, o.amount("pool"));
    e(d.totalWeight, o.amount("totalWeight"));
    e(d.providerCount, o.integer("providerCount"));
    e(d.dust, dust(o));
    e(d.allocations, parseAllocations(o));
    if (e.failed())
        return e.error();
    if (!dryRun)
        return o.invalid("dryRun", BS_TR("operator", "true in the answer to a dry run"));
    const QString status = object.value(QLatin1String("status")).toString();
    if (status != QLatin1String("calculated") &&
        status != QLatin1String("skipped_insufficient_usage"))
        return o.invalid("status", BS_TR("operator", "calculated or skipped_insufficient_usage"));
    d.skipped = status == QLatin1String("skipped_insufficient_usage");
    d.periodStart = p.first;
    d.periodEnd = p.second;
    return d;
}

} // namespace bs::operator_api
