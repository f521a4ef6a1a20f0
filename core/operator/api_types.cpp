// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/api_types.h"

#include <QJsonArray>

namespace bs::operator_api {

namespace {

using chain::FirstError;
using chain::JsonFields;

constexpr std::uint64_t kMaxLogIndex = 0xffffffffu;

Result<ProviderStatus> providerStatus(const JsonFields& o)
{
    auto text = o.text("status");
    if (!text)
        return text.error();
    for (ProviderStatus s : {ProviderStatus::Registered, ProviderStatus::Integrated,
                             ProviderStatus::EarningRevenue, ProviderStatus::Suspended}) {
        if (*text == providerStatusName(s))
            return s;
    }
    return o.invalid("status",
                     BS_TR("operator", "registered, integrated, earning_revenue or suspended"));
}

Result<ledger::EarningsCycle> parseEarningsCycle(const JsonFields& c)
{
    ledger::EarningsCycle cycle;
    FirstError e;
    e(cycle.cycleId, c.text("cycleId"));
    e(cycle.status, c.text("status"));
    e(cycle.periodStart, c.time("periodStart"));
    e(cycle.periodEnd, c.time("periodEnd"));
    e(cycle.pool, c.amount("pool"));
    e(cycle.weight, c.amount("weight"));
    e(cycle.totalWeight, c.amount("totalWeight"));
    e(cycle.amount, c.amount("amount"));
    if (e.failed())
        return e.error();
    if (!(cycle.periodStart < cycle.periodEnd))
        return c.invalid("periodEnd", BS_TR("operator", "a time after periodStart"));
    if (cycle.weight > cycle.totalWeight)
        return c.invalid("weight", BS_TR("operator", "at most totalWeight"));
    // null or absent while the transfer is not confirmed.
    if (c.has("transfer")) {
        auto t = c.object("transfer");
        if (!t)
            return t.error();
        ledger::TransferRef ref;
        std::uint64_t logIndex = 0;
        e(ref.txHash, t->hash("txHash"));
        e(ref.blockNumber, t->integer("blockNumber"));
        e(logIndex, t->integer("logIndex", kMaxLogIndex));
        if (e.failed())
            return e.error();
        ref.logIndex = static_cast<std::uint32_t>(logIndex);
        cycle.transfer = ref;
    }
    // Absent (or null) from servers older than the usage counters.
    if (c.has("usage")) {
        auto u = c.object("usage");
        if (!u)
            return u.error();
        ledger::CycleUsage usage;
        e(usage.calls, u->amount("calls"));
        e(usage.bytesOut, u->amount("bytesOut"));
        e(usage.responseMsTotal, u->amount("responseMsTotal"));
        e(usage.errors, u->amount("errors"));
        if (e.failed())
            return e.error();
        cycle.usage = usage;
    }
    return cycle;
}

Result<AuditCycle> parseAuditCycle(const JsonFields& c)
{
    AuditCycle cycle;
    FirstError e;
    e(cycle.cycleId, c.text("cycleId"));
    e(cycle.periodStart, c.time("periodStart"));
    e(cycle.periodEnd, c.time("periodEnd"));
    e(cycle.pool, c.amount("pool"));
    e(cycle.totalDistributed, c.amount("totalDistributed"));
    e(cycle.transferCount, c.integer("transferCount"));
    if (c.has("dust"))
        e(cycle.dust, c.amount("dust"));
    auto transfers = c.array("transfers");
    if (e.failed())
        return e.error();
    if (!transfers)
        return transfers.error();
    cycle.transfers.reserve(static_cast<std::size_t>(transfers->size()));
    for (qsizetype i = 0; i < transfers->size(); ++i) {
        auto t = c.element("transfers", *transfers, i);
        if (!t)
            return t.error();
        AuditTransferRef ref;
        std::uint64_t logIndex = 0;
        e(ref.txHash, t->hash("txHash"));
        e(ref.blockNumber, t->integer("blockNumber"));
        e(logIndex, t->integer("logIndex", kMaxLogIndex));
        e(ref.to, t->address("to"));
        if (e.failed())
            return e.error();
        ref.logIndex = static_cast<std::uint32_t>(logIndex);
        cycle.transfers.push_back(ref);
    }
    return cycle;
}

} // namespace

const chain::JsonSource& serverSource()
{
    // Every parse error names whose data is wrong and that retrying will not help.
    static const chain::JsonSource source{
        "the operator's server sent",
        "; tell the operator, their server or its configuration is broken.",
        BS_TR("operator", "the operator's server sent an invalid %1 (expected %2); tell the "
                          "operator, their server or its configuration is broken.")};
    return source;
}

QString providerStatusName(ProviderStatus status)
{
    switch (status) {
    case ProviderStatus::Registered:
        return QStringLiteral("registered");
    case ProviderStatus::Integrated:
        return QStringLiteral("integrated");
    case ProviderStatus::EarningRevenue:
        return QStringLiteral("earning_revenue");
    case ProviderStatus::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

QJsonObject ProviderDetails::toJson() const
{
    const crypto::AffinePoint key = eercPublicKey.toAffine();
    return QJsonObject{
        {QStringLiteral("address"), QString::fromStdString(address.toChecksumHex())},
        {QStringLiteral("eercPublicKey"), QJsonArray{QString::fromStdString(key.x.toDecimal()),
                                                     QString::fromStdString(key.y.toDecimal())}},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("contactEmail"), contactEmail},
        {QStringLiteral("api"), QJsonObject{{QStringLiteral("name"), api.name},
                                            {QStringLiteral("baseUrl"), api.baseUrl},
                                            {QStringLiteral("category"), api.category},
                                            {QStringLiteral("pricing"), api.pricing}}},
    };
}

Result<Provider> parseProvider(const QJsonObject& object)
{
    return parseProvider(JsonFields(object, serverSource()));
}

Result<Provider> parseProvider(const JsonFields& o)
{
    Provider p;
    FirstError e;
    e(p.providerId, o.text("providerId"));
    e(p.details.address, o.address("address"));
    e(p.details.eercPublicKey, o.point("eercPublicKey"));
    e(p.details.displayName, o.text("displayName"));
    e(p.details.contactEmail, o.text("contactEmail"));
    e(p.status, providerStatus(o));
    e(p.onchainRegistered, o.boolean("onchainRegistered"));
    e(p.createdAt, o.time("createdAt"));
    e(p.updatedAt, o.time("updatedAt"));
    if (e.failed())
        return e.error();
    auto api = o.object("api");
    if (!api)
        return api.error();
    e(p.details.api.name, api->text("name"));
    e(p.details.api.baseUrl, api->text("baseUrl"));
    e(p.details.api.category, api->text("category"));
    e(p.details.api.pricing, api->text("pricing"));
    if (e.failed())
        return e.error();
    return p;
}

Result<ledger::Earnings> parseEarnings(const QJsonObject& object)
{
    const JsonFields o(object, serverSource());
    ledger::Earnings earnings;
    FirstError e;
    e(earnings.providerId, o.text("providerId"));
    auto token = o.object("token");
    auto totals = o.object("totals");
    auto cycles = o.array("cycles");
    if (e.failed())
        return e.error();
    if (!token || !totals || !cycles)
        return !token ? token.error() : !totals ? totals.error() : cycles.error();
    std::uint64_t decimals = 0;
    e(earnings.tokenSymbol, token->text("symbol"));
    e(decimals, token->integer("decimals", 77)); // 10^77 < 2^256
    e(earnings.distributed, totals->amount("distributed"));
    e(earnings.totalCycles, totals->integer("cycles"));
    if (e.failed())
        return e.error();
    earnings.tokenDecimals = static_cast<int>(decimals);

    earnings.cycles.reserve(static_cast<std::size_t>(cycles->size()));
    for (qsizetype i = 0; i < cycles->size(); ++i) {
        auto fields = o.element("cycles", *cycles, i);
        if (!fields)
            return fields.error();
        auto cycle = parseEarningsCycle(*fields);
        if (!cycle)
            return cycle.error();
        earnings.cycles.push_back(std::move(*cycle));
    }
    return earnings;
}

Result<AuditTotals> parseAuditTotals(const QJsonObject& object)
{
    const JsonFields o(object, serverSource());
    AuditTotals totals;
    FirstError e;
    if (o.has("from"))
        e(totals.from, o.time("from"));
    if (o.has("to"))
        e(totals.to, o.time("to"));
    std::uint64_t decimals = 0;
    auto token = o.object("token");
    if (!token)
        return token.error();
    e(totals.token.symbol, token->text("symbol"));
    e(decimals, token->integer("decimals", 77)); // 10^77 < 2^256
    totals.token.decimals = static_cast<unsigned>(decimals);
    if (o.has("auditor")) {
        auto auditor = o.object("auditor");
        if (!auditor)
            return auditor.error();
        chain::AuditorInfo info;
        e(info.address, auditor->address("address"));
        e(info.publicKey, auditor->point("publicKey"));
        totals.auditor = info;
    }
    e(totals.grandTotal, o.amount("grandTotal"));
    if (o.has("dust"))
        e(totals.dust, o.amount("dust"));
    e(totals.transferCount, o.integer("transferCount"));
    auto cycles = o.array("cycles");
    auto deposits = o.array("deposits");
    if (e.failed())
        return e.error();
    if (!cycles || !deposits)
        return !cycles ? cycles.error() : deposits.error();
    if (totals.from && totals.to && !(*totals.from < *totals.to))
        return o.invalid("to", BS_TR("operator", "a time after from"));

    totals.cycles.reserve(static_cast<std::size_t>(cycles->size()));
    for (qsizetype i = 0; i < cycles->size(); ++i) {
        auto fields = o.element("cycles", *cycles, i);
        if (!fields)
            return fields.error();
        auto cycle = parseAuditCycle(*fields);
        if (!cycle)
            return cycle.error();
        if (!(cycle->periodStart < cycle->periodEnd))
            return fields->invalid("periodEnd", BS_TR("operator", "a time after periodStart"));
        totals.cycles.push_back(std::move(*cycle));
    }
    totals.deposits.reserve(static_cast<std::size_t>(deposits->size()));
    for (qsizetype i = 0; i < deposits->size(); ++i) {
        auto d = o.element("deposits", *deposits, i);
        if (!d)
            return d.error();
        AuditDeposit deposit;
        e(deposit.txHash, d->hash("txHash"));
        e(deposit.amount, d->amount("amount"));
        if (e.failed())
            return e.error();
        totals.deposits.push_back(deposit);
    }
    return totals;
}

} // namespace bs::operator_api
