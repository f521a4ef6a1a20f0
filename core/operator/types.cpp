// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/types.h"

#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace bs::operator_api {

namespace {

// Every parse error reads "the operator's server sent <what>; ..." so the user knows whose
// data is wrong and that retrying will not help.
Error malformed(const QString& field, const char* expected)
{
    return fail("the operator's server sent an invalid " + field.toStdString() + " (expected " +
                expected + "); tell the operator, their server or its configuration is broken.");
}

Result<QString> nonEmptyText(const QJsonObject& o, const char* key, const QString& prefix)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        return malformed(prefix + QLatin1String(key), "a non-empty string");
    return v.toString();
}

// A JSON number that is exactly an integer in [0, max] (max below 2^53, so exact in a double).
Result<std::uint64_t> smallInteger(const QJsonValue& v, const QString& field, std::uint64_t max)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && std::floor(d) == d && d <= static_cast<double>(max))
            return static_cast<std::uint64_t>(d);
    }
    return malformed(field, "a non-negative integer");
}

Result<QJsonObject> object(const QJsonObject& o, const char* key, const QString& prefix)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isObject())
        return malformed(prefix + QLatin1String(key), "an object");
    return v.toObject();
}

Result<std::array<std::uint8_t, 32>> txHash(const QJsonValue& v, const QString& field)
{
    const std::string text = v.toString().toStdString();
    std::array<std::uint8_t, 32> out{};
    if (v.isString() && text.size() == 66 && text.starts_with("0x") &&
        util::hexDecodeInto(std::string_view(text).substr(2), out))
        return out;
    return malformed(field, "0x followed by 64 hex digits");
}

Result<ProviderStatus> providerStatus(const QJsonValue& v)
{
    const QString s = v.toString();
    if (s == QLatin1String("registered"))
        return ProviderStatus::Registered;
    if (s == QLatin1String("integrated"))
        return ProviderStatus::Integrated;
    if (s == QLatin1String("earning_revenue"))
        return ProviderStatus::EarningRevenue;
    if (s == QLatin1String("suspended"))
        return ProviderStatus::Suspended;
    return malformed(QStringLiteral("status"),
                     "registered, integrated, earning_revenue or suspended");
}

Result<int> decimals(const QJsonValue& v, const QString& field)
{
    auto n = smallInteger(v, field, 77); // 10^77 < 2^256: more could not be a U256 amount
    if (!n)
        return n.error();
    return static_cast<int>(*n);
}

} // namespace

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

Result<chain::U256> parseAmount(const QJsonValue& v, const QString& field)
{
    // Decimal strings only: a JSON number would have gone through a double.
    if (v.isString()) {
        const QString s = v.toString();
        if (!s.isEmpty() && s.size() <= 78) {
            if (auto n = chain::U256::fromDecimal(s.toStdString()))
                return *n;
        }
    }
    return malformed(field, "a decimal string of an integer below 2^256");
}

Result<crypto::Point> parsePoint(const QJsonValue& v, const QString& field)
{
    const QJsonArray a = v.toArray();
    if (v.isArray() && a.size() == 2 && a.at(0).isString() && a.at(1).isString()) {
        const auto x = crypto::Fr::fromDecimal(a.at(0).toString().toStdString());
        const auto y = crypto::Fr::fromDecimal(a.at(1).toString().toStdString());
        if (x && y) {
            // fromAffine checks the curve and the prime-order subgroup; the identity is no key.
            const auto p = crypto::Point::fromAffine(*x, *y);
            if (p && !p->isIdentity())
                return *p;
        }
    }
    return malformed(field, "a BabyJubJub subgroup point [\"x\", \"y\"] in decimal");
}

Result<crypto::EthAddress> parseAddress(const QJsonValue& v, const QString& field)
{
    if (v.isString()) {
        if (auto a = crypto::EthAddress::fromString(v.toString().toStdString()))
            return *a;
    }
    return malformed(field, "an address, 0x followed by 40 hex digits with a valid checksum");
}

Result<QDateTime> parseTime(const QJsonValue& v, const QString& field)
{
    static const QRegularExpression rfc3339(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"));
    const auto m = rfc3339.match(v.toString());
    if (v.isString() && m.hasMatch()) {
        // Qt reads at most milliseconds: keep three fraction digits (the API's times are
        // whole seconds or milliseconds anyway).
        QString fraction = m.captured(2).left(4);
        if (fraction.size() > 1)
            fraction = fraction.leftJustified(4, QLatin1Char('0'));
        const QDateTime t =
            QDateTime::fromString(m.captured(1) + fraction + m.captured(3), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    return malformed(field, "an RFC 3339 time such as 2026-11-01T00:00:00Z");
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

Result<NetworkInfo> parseNetworkInfo(const QByteArray& json)
{
    auto config = eerc::parseNetworkConfig(json);
    if (!config)
        return fail("the operator's GET /network answer is not usable: " + config.error().message);
    const QJsonObject o = QJsonDocument::fromJson(json).object(); // parsed fine just above
    NetworkInfo n;
    n.config = std::move(*config);

    const QJsonValue tokenId = o.value(QLatin1String("tokenId"));
    if (!tokenId.isNull() && !tokenId.isUndefined()) {
        auto id = parseAmount(tokenId, QStringLiteral("tokenId"));
        if (!id)
            return id.error();
        n.tokenId = *id;
    }
    auto token = object(o, "token", {});
    if (!token)
        return token.error();
    auto symbol = nonEmptyText(*token, "symbol", QStringLiteral("token."));
    if (!symbol)
        return symbol.error();
    n.tokenSymbol = *symbol;
    auto tokenDecimals =
        decimals(token->value(QLatin1String("decimals")), QStringLiteral("token.decimals"));
    if (!tokenDecimals)
        return tokenDecimals.error();
    n.tokenDecimals = *tokenDecimals;
    auto eercDecimals =
        decimals(o.value(QLatin1String("eercDecimals")), QStringLiteral("eercDecimals"));
    if (!eercDecimals)
        return eercDecimals.error();
    n.eercDecimals = *eercDecimals;

    auto op =
        parseAddress(o.value(QLatin1String("operatorAddress")), QStringLiteral("operatorAddress"));
    if (!op)
        return op.error();
    n.operatorAddress = *op;
    auto auditor = object(o, "auditor", {});
    if (!auditor)
        return auditor.error();
    auto auditorAddress =
        parseAddress(auditor->value(QLatin1String("address")), QStringLiteral("auditor.address"));
    if (!auditorAddress)
        return auditorAddress.error();
    n.auditorAddress = *auditorAddress;
    auto auditorKey =
        parsePoint(auditor->value(QLatin1String("publicKey")), QStringLiteral("auditor.publicKey"));
    if (!auditorKey)
        return auditorKey.error();
    n.auditorPublicKey = *auditorKey;

    // Every circuit the server names must be downloadable and checkable.
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (auto it = n.config.circuits.cbegin(); it != n.config.circuits.cend(); ++it) {
        const QString prefix = QStringLiteral("circuits.") + it.key();
        if (it->wasmUrl.isEmpty() || it->zkeyUrl.isEmpty())
            return malformed(prefix, "a url for the wasm and the zkey");
        if (!sha256Hex.match(it->wasmSha256).hasMatch() ||
            !sha256Hex.match(it->zkeySha256).hasMatch())
            return malformed(prefix,
                             "a sha256 of 64 lower-case hex digits for the wasm and the zkey");
    }

    // distribution is informative; absent means the spec's rule.
    const QJsonObject distribution = o.value(QLatin1String("distribution")).toObject();
    n.distributionWeight =
        distribution.value(QLatin1String("weight")).toString(QStringLiteral("calls"));
    n.distributionRounding =
        distribution.value(QLatin1String("rounding")).toString(QStringLiteral("largest-remainder"));
    return n;
}

Result<Provider> parseProvider(const QJsonObject& o)
{
    Provider p;
    auto id = nonEmptyText(o, "providerId", {});
    if (!id)
        return id.error();
    p.providerId = *id;
    auto address = parseAddress(o.value(QLatin1String("address")), QStringLiteral("address"));
    if (!address)
        return address.error();
    p.details.address = *address;
    auto key = parsePoint(o.value(QLatin1String("eercPublicKey")), QStringLiteral("eercPublicKey"));
    if (!key)
        return key.error();
    p.details.eercPublicKey = *key;
    auto displayName = nonEmptyText(o, "displayName", {});
    if (!displayName)
        return displayName.error();
    p.details.displayName = *displayName;
    auto email = nonEmptyText(o, "contactEmail", {});
    if (!email)
        return email.error();
    p.details.contactEmail = *email;
    auto api = object(o, "api", {});
    if (!api)
        return api.error();
    const QString apiPrefix = QStringLiteral("api.");
    for (auto [field, out] : {std::pair<const char*, QString*>{"name", &p.details.api.name},
                              {"baseUrl", &p.details.api.baseUrl},
                              {"category", &p.details.api.category},
                              {"pricing", &p.details.api.pricing}}) {
        auto t = nonEmptyText(*api, field, apiPrefix);
        if (!t)
            return t.error();
        *out = *t;
    }
    auto status = providerStatus(o.value(QLatin1String("status")));
    if (!status)
        return status.error();
    p.status = *status;
    const QJsonValue onchain = o.value(QLatin1String("onchainRegistered"));
    if (!onchain.isBool())
        return malformed(QStringLiteral("onchainRegistered"), "true or false");
    p.onchainRegistered = onchain.toBool();
    auto created = parseTime(o.value(QLatin1String("createdAt")), QStringLiteral("createdAt"));
    if (!created)
        return created.error();
    p.createdAt = *created;
    auto updated = parseTime(o.value(QLatin1String("updatedAt")), QStringLiteral("updatedAt"));
    if (!updated)
        return updated.error();
    p.updatedAt = *updated;
    return p;
}

Result<Earnings> parseEarnings(const QJsonObject& o)
{
    Earnings e;
    auto id = nonEmptyText(o, "providerId", {});
    if (!id)
        return id.error();
    e.providerId = *id;
    auto token = object(o, "token", {});
    if (!token)
        return token.error();
    auto symbol = nonEmptyText(*token, "symbol", QStringLiteral("token."));
    if (!symbol)
        return symbol.error();
    e.tokenSymbol = *symbol;
    auto tokenDecimals =
        decimals(token->value(QLatin1String("decimals")), QStringLiteral("token.decimals"));
    if (!tokenDecimals)
        return tokenDecimals.error();
    e.tokenDecimals = *tokenDecimals;
    auto totals = object(o, "totals", {});
    if (!totals)
        return totals.error();
    auto distributed = parseAmount(totals->value(QLatin1String("distributed")),
                                   QStringLiteral("totals.distributed"));
    if (!distributed)
        return distributed.error();
    e.distributed = *distributed;
    auto count = smallInteger(totals->value(QLatin1String("cycles")),
                              QStringLiteral("totals.cycles"), (std::uint64_t(1) << 53) - 1);
    if (!count)
        return count.error();
    e.totalCycles = *count;

    const QJsonValue cyclesValue = o.value(QLatin1String("cycles"));
    if (!cyclesValue.isArray())
        return malformed(QStringLiteral("cycles"), "an array");
    const QJsonArray cycles = cyclesValue.toArray();
    e.cycles.reserve(static_cast<std::size_t>(cycles.size()));
    for (qsizetype i = 0; i < cycles.size(); ++i) {
        const QString prefix = QStringLiteral("cycles[%1].").arg(i);
        if (!cycles.at(i).isObject())
            return malformed(prefix.chopped(1), "an object");
        const QJsonObject c = cycles.at(i).toObject();
        EarningsCycle cycle;
        auto cycleId = nonEmptyText(c, "cycleId", prefix);
        if (!cycleId)
            return cycleId.error();
        cycle.cycleId = *cycleId;
        auto status = nonEmptyText(c, "status", prefix);
        if (!status)
            return status.error();
        cycle.status = *status;
        auto start =
            parseTime(c.value(QLatin1String("periodStart")), prefix + QLatin1String("periodStart"));
        if (!start)
            return start.error();
        auto end =
            parseTime(c.value(QLatin1String("periodEnd")), prefix + QLatin1String("periodEnd"));
        if (!end)
            return end.error();
        if (!(*start < *end))
            return malformed(prefix + QLatin1String("periodEnd"), "a time after periodStart");
        cycle.periodStart = *start;
        cycle.periodEnd = *end;
        for (auto [key, out] : {std::pair<const char*, chain::U256*>{"pool", &cycle.pool},
                                {"weight", &cycle.weight},
                                {"totalWeight", &cycle.totalWeight},
                                {"amount", &cycle.amount}}) {
            auto v = parseAmount(c.value(QLatin1String(key)), prefix + QLatin1String(key));
            if (!v)
                return v.error();
            *out = *v;
        }
        if (cycle.weight > cycle.totalWeight)
            return malformed(prefix + QLatin1String("weight"), "at most totalWeight");
        const QJsonValue transfer = c.value(QLatin1String("transfer"));
        if (transfer.isObject()) {
            const QJsonObject t = transfer.toObject();
            TransferRef ref;
            auto hash =
                txHash(t.value(QLatin1String("txHash")), prefix + QLatin1String("transfer.txHash"));
            if (!hash)
                return hash.error();
            ref.txHash = *hash;
            auto block = smallInteger(t.value(QLatin1String("blockNumber")),
                                      prefix + QLatin1String("transfer.blockNumber"),
                                      (std::uint64_t(1) << 53) - 1);
            if (!block)
                return block.error();
            ref.blockNumber = *block;
            auto logIndex = smallInteger(t.value(QLatin1String("logIndex")),
                                         prefix + QLatin1String("transfer.logIndex"), 0xffffffffu);
            if (!logIndex)
                return logIndex.error();
            ref.logIndex = static_cast<std::uint32_t>(*logIndex);
            cycle.transfer = ref;
        } else if (!transfer.isNull() && !transfer.isUndefined()) {
            return malformed(prefix + QLatin1String("transfer"), "an object or null");
        }
        e.cycles.push_back(std::move(cycle));
    }
    return e;
}

} // namespace bs::operator_api
