// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/report.h"

#include "audit/amounts.h"
#include "audit/canonical_json.h"
#include "chain/json_fields.h"
#include "ledger/money.h"
#include "operator/operator_client.h" // formatTime
#include "util/hex.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <set>

namespace bs::audit {

namespace {

using chain::FirstError;
using chain::JsonFields;

// ---- writing ----

QString hexOf(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(bytes));
}

QString addressText(const crypto::EthAddress& a)
{
    return QString::fromStdString(a.toChecksumHex());
}

QString decimal(const U256& v)
{
    return QString::fromStdString(v.toDecimal());
}

QJsonValue orNull(const std::optional<U256>& v)
{
    return v ? QJsonValue(decimal(*v)) : QJsonValue(QJsonValue::Null);
}

QString timeText(const QDateTime& t)
{
    return operator_api::formatTime(t);
}

QString unixTimeText(std::int64_t seconds)
{
    return timeText(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
}

QJsonValue rangeJson(const std::optional<BlockRange>& r)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonObject{{"from", qint64(r->from)}, {"to", qint64(r->to)}};
}

QJsonObject findingJson(const Finding& f)
{
    return QJsonObject{
        {"kind", f.kind},
        {"severity", severityName(f.severity)},
        {"message", f.message},
        {"cycleId", f.cycleId ? QJsonValue(*f.cycleId) : QJsonValue::Null},
        {"txHash", f.txHash ? QJsonValue(hexOf(*f.txHash)) : QJsonValue::Null},
        {"logIndex", f.logIndex ? QJsonValue(qint64(*f.logIndex)) : QJsonValue::Null},
        {"blockNumber", f.blockNumber ? QJsonValue(qint64(*f.blockNumber)) : QJsonValue::Null},
        {"address", f.address ? QJsonValue(addressText(*f.address)) : QJsonValue::Null},
        {"reported", orNull(f.reported)},
        {"found", orNull(f.found)},
    };
}

QJsonObject payoutJson(const PayoutRecord& p, const std::optional<U256>& eercAmount)
{
    return QJsonObject{
        {"txHash", hexOf(p.txHash)},
        {"logIndex", qint64(p.logIndex)},
        {"blockNumber", qint64(p.blockNumber)},
        {"blockTime", qint64(p.blockTime)},
        {"to", addressText(p.to)},
        {"auditor", addressText(p.auditor)},
        {"pct", p.decrypted ? QStringLiteral("decrypted") : QStringLiteral("undecryptable")},
        {"amount", orNull(p.amount)},
        {"eercAmount", orNull(eercAmount)},
        {"attribution", attributionName(p.attribution)},
        {"cycleId", p.cycleId ? QJsonValue(*p.cycleId) : QJsonValue::Null},
    };
}

QJsonObject movementJson(const MovementRecord& m)
{
    return QJsonObject{
        {"kind", eventKindName(m.kind)},
        {"txHash", hexOf(m.txHash)},
        {"logIndex", qint64(m.logIndex)},
        {"blockNumber", qint64(m.blockNumber)},
        {"blockTime", qint64(m.blockTime)},
        {"amount", orNull(m.amount)},
        {"decryptedAmount", orNull(m.decryptedAmount)},
        {"dust", orNull(m.dust)},
        {"reported", m.reported ? QJsonValue(*m.reported) : QJsonValue::Null},
    };
}

QJsonObject cycleJson(const CycleResult& c)
{
    return QJsonObject{
        {"cycleId", c.cycleId},
        {"periodStart", timeText(c.periodStart)},
        {"periodEnd", timeText(c.periodEnd)},
        {"pool", decimal(c.pool)},
        {"reportedTotal", decimal(c.reportedTotal)},
        {"reportedDust", decimal(c.reportedDust)},
        {"roundedDust", decimal(c.roundedDust)},
        {"reportedCount", qint64(c.reportedCount)},
        {"listedCount", qint64(c.listedCount)},
        {"foundCount", qint64(c.foundCount)},
        {"decryptedTotal", decimal(c.decryptedTotal)},
        {"complete", c.complete},
        {"status", c.ok ? QStringLiteral("ok") : QStringLiteral("findings")},
    };
}

// Everything but the three long arrays and the signature.
QJsonObject headJson(const Report& r)
{
    const crypto::AffinePoint key = r.auditor.publicKey.toAffine();
    QJsonArray epochs;
    for (const Epoch& e : r.auditor.epochs)
        epochs.append(QJsonObject{{"fromBlock", qint64(e.fromBlock)},
                                  {"fromLogIndex", qint64(e.fromLogIndex)},
                                  {"auditor", addressText(e.auditor)}});
    QJsonArray cycles;
    for (const CycleResult& c : r.cycles)
        cycles.append(cycleJson(c));
    const OperatorReportInfo& op = r.operatorReport;
    const ReportTotals& t = r.totals;
    const auto nullIfEmpty = [](const QString& s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return QJsonObject{
        {"schema", QString::fromLatin1(kReportSchema)},
        {"createdAt", timeText(r.createdAt)},
        {"software", r.software},
        {"status", r.clean() ? QStringLiteral("clean") : QStringLiteral("findings")},
        {"period", QJsonObject{{"from", r.from ? QJsonValue(timeText(*r.from)) : QJsonValue::Null},
                               {"to", r.to ? QJsonValue(timeText(*r.to)) : QJsonValue::Null}}},
        {"network", QJsonObject{{"chainId", qint64(r.network.chainId)},
                                {"registrar", addressText(r.network.registrar)},
                                {"encryptedErc", addressText(r.network.encryptedErc)},
                                {"token", addressText(r.network.token)},
                                {"tokenId", orNull(r.network.tokenId)},
                                {"tokenSymbol", r.network.tokenSymbol},
                                {"tokenDecimals", qint64(r.network.tokenDecimals)},
                                {"eercDecimals", qint64(r.network.eercDecimals)},
                                {"operator", addressText(r.network.operatorAddress)},
                                {"deploymentBlock", qint64(r.network.deploymentBlock)}}},
        {"amountDecimals", qint64(r.amountDecimals)},
        {"blocks", QJsonObject{{"scannedFrom", qint64(r.scannedFrom)},
                               {"scannedTo", qint64(r.scannedTo)},
                               {"window", rangeJson(r.window)},
                               {"reportedSpan", rangeJson(r.reportedSpan)}}},
        {"auditor",
         QJsonObject{{"address", addressText(r.auditor.address)},
                     {"publicKey", QJsonArray{QString::fromStdString(key.x.toDecimal()),
                                              QString::fromStdString(key.y.toDecimal())}},
                     {"currentAuditor", addressText(r.auditor.currentAuditor)},
                     {"currentKeyMatches", r.auditor.currentKeyMatches},
                     {"epochs", epochs}}},
        {"operatorReport", QJsonObject{{"status", op.status},
                                       {"server", op.server},
                                       {"sha256", nullIfEmpty(op.sha256)},
                                       {"bytes", qint64(op.bytes)},
                                       {"error", nullIfEmpty(op.error)},
                                       {"earlierSha256", nullIfEmpty(op.earlierSha256)}}},
        {"cycles", cycles},
        {"totals",
         QJsonObject{{"reportedTotal", orNull(t.reportedTotal)},
                     {"reportedCount",
                      t.reportedCount ? QJsonValue(qint64(*t.reportedCount)) : QJsonValue::Null},
                     {"decryptedTotal", decimal(t.decryptedTotal)},
                     {"foundCount", qint64(t.foundCount)},
                     {"dust", decimal(t.dust)},
                     {"unreportedTotal", decimal(t.unreportedTotal)},
                     {"unreportedCount", qint64(t.unreportedCount)},
                     {"earlierPeriodCount", qint64(t.earlierPeriodCount)},
                     {"withdrawnTotal", decimal(t.withdrawnTotal)},
                     {"burnedTotal", decimal(t.burnedTotal)},
                     {"depositedTotal", decimal(t.depositedTotal)}}},
        {"summary", QJsonObject{{"findings", qint64(r.findings.size())},
                                {"high", qint64(r.count(Severity::High))},
                                {"medium", qint64(r.count(Severity::Medium))},
                                {"low", qint64(r.count(Severity::Low))}}},
    };
}

template <class T, class F>
Result<QByteArray> canonicalArray(const std::vector<T>& items, F toJson)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        if (auto ok = appendCanonical(out, toJson(items[i])); !ok)
            return ok.error();
    }
    out += ']';
    return out;
}

Result<QByteArray> canonicalReport(const Report& r, bool withSignature)
{
    auto payouts = canonicalArray(r.payouts, [&](const PayoutRecord& p) {
        return payoutJson(p, eercAmountOf(p, r.network, r.amountDecimals));
    });
    auto movements = canonicalArray(r.movements, movementJson);
    auto findings = canonicalArray(r.findings, findingJson);
    if (!payouts || !movements || !findings)
        return !payouts ? payouts.error() : !movements ? movements.error() : findings.error();
    QJsonObject head = headJson(r);
    if (withSignature && r.signature)
        head.insert("signature", QJsonObject{{"scheme", QString::fromLatin1(kSignatureScheme)},
                                             {"signer", addressText(r.signature->signer)},
                                             {"value", hexOf(r.signature->value)}});
    return canonicalJson(head, {{QStringLiteral("payouts"), *payouts},
                                {QStringLiteral("movements"), *movements},
                                {QStringLiteral("findings"), *findings}});
}

// v * 10^(to - from), or nullopt when it does not fit (never for a real amount).
std::optional<U256> scaleUp(const U256& v, unsigned from, unsigned to)
{
    if (to < from)
        return std::nullopt;
    const auto r = ledger::rescale(v, from, to);
    return r ? std::optional<U256>(r->value) : std::nullopt;
}

// ---- reading ----

const chain::JsonSource& reportSource()
{
    static const chain::JsonSource source{
        "the report has",
        "; it is not a BackendShield audit report of this version, or it was changed.",
        BS_TR("audit", "the report has an invalid %1 (expected %2); it is not a BackendShield "
                       "audit report of this version, or it was changed.")};
    return source;
}

template <class T>
Result<T> oneOf(const JsonFields& o,
                const char* key,
                const std::vector<std::pair<QString, T>>& names,
                Text expected)
{
    auto text = o.text(key);
    if (!text)
        return text.error();
    for (const auto& [name, value] : names)
        if (*text == name)
            return value;
    return o.invalid(key, expected);
}

Result<std::optional<U256>> optionalAmount(const JsonFields& o, const char* key)
{
    if (!o.has(key)) {
        if (!o.object().contains(QLatin1String(key)))
            return o.invalid(key, BS_TR("audit", "a decimal string or null"));
        return std::optional<U256>();
    }
    auto v = o.amount(key);
    if (!v)
        return v.error();
    return std::optional<U256>(*v);
}

// Members that may be null must still be there (the schema has a fixed set of members).
Error missing(const JsonFields& o, const char* key)
{
    return o.invalid(key, BS_TR("audit", "a value (null where the schema allows it)"));
}

Result<std::optional<BlockRange>> optionalRange(const JsonFields& o, const char* key)
{
    if (!o.object().contains(QLatin1String(key)))
        return missing(o, key);
    if (!o.has(key))
        return std::optional<BlockRange>();
    auto r = o.object(key);
    if (!r)
        return r.error();
    BlockRange range;
    FirstError e;
    e(range.from, r->integer("from"));
    e(range.to, r->integer("to"));
    if (e.failed())
        return e.error();
    if (range.from > range.to)
        return r->invalid("to", BS_TR("audit", "a block at or after from"));
    return std::optional<BlockRange>(range);
}

template <class T, class F>
Result<std::vector<T>> readArray(const JsonFields& o, const char* key, F readOne)
{
    auto array = o.array(key);
    if (!array)
        return array.error();
    std::vector<T> out;
    out.reserve(std::size_t(array->size()));
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto fields = o.element(key, *array, i);
        if (!fields)
            return fields.error();
        auto item = readOne(*fields);
        if (!item)
            return item.error();
        out.push_back(std::move(*item));
    }
    return out;
}

template <class T>
Result<std::optional<T>>
nullable(const JsonFields& o, const char* key, Result<T> (JsonFields::*read)(const char*) const)
{
    if (!o.object().contains(QLatin1String(key)))
        return missing(o, key);
    if (!o.has(key))
        return std::optional<T>();
    auto v = (o.*read)(key);
    if (!v)
        return v.error();
    return std::optional<T>(std::move(*v));
}

Result<std::optional<std::uint64_t>>
nullableInteger(const JsonFields& o, const char* key, std::uint64_t max = (1ull << 53) - 1)
{
    if (!o.object().contains(QLatin1String(key)))
        return missing(o, key);
    if (!o.has(key))
        return std::optional<std::uint64_t>();
    auto v = o.integer(key, max);
    if (!v)
        return v.error();
    return std::optional<std::uint64_t>(*v);
}

// Text read from a report file, shown as it is (an Error without a code).
Error asRead(const QString& text)
{
    return Error{text.toStdString(), {nullptr, nullptr}, {}};
}

Result<QString> nullableText(const JsonFields& o, const char* key)
{
    if (!o.object().contains(QLatin1String(key)))
        return missing(o, key);
    return o.optionalText(key);
}

Result<Finding> readFinding(const JsonFields& o)
{
    Finding f;
    FirstError e;
    e(f.kind, o.text("kind"));
    e(f.severity,
      oneOf<Severity>(
          o, "severity",
          {{"high", Severity::High}, {"medium", Severity::Medium}, {"low", Severity::Low}},
          BS_TR("audit", "high, medium or low")));
    e(f.message, o.text("message"));
    std::optional<QString> cycleId;
    auto cycleText = nullableText(o, "cycleId");
    e(f.txHash, nullable<crypto::Hash256>(o, "txHash", &JsonFields::hash));
    std::optional<std::uint64_t> logIndex;
    e(logIndex, nullableInteger(o, "logIndex", 0xffffffffu));
    e(f.blockNumber, nullableInteger(o, "blockNumber"));
    e(f.address, nullable<crypto::EthAddress>(o, "address", &JsonFields::address));
    e(f.reported, optionalAmount(o, "reported"));
    e(f.found, optionalAmount(o, "found"));
    if (e.failed())
        return e.error();
    f.sentence = asRead(f.message);
    if (!cycleText)
        return cycleText.error();
    if (!cycleText->isEmpty())
        f.cycleId = *cycleText;
    if (logIndex)
        f.logIndex = static_cast<std::uint32_t>(*logIndex);
    return f;
}

// A payout and the eERC amount its file states (checked against the amount by readReport,
// which knows the decimals).
struct ReadPayout
{
    PayoutRecord payout;
    std::optional<U256> eercAmount;
};

Result<ReadPayout> readPayout(const JsonFields& o)
{
    PayoutRecord p;
    std::optional<U256> eercAmount;
    FirstError e;
    std::uint64_t logIndex = 0;
    std::uint64_t time = 0;
    e(p.txHash, o.hash("txHash"));
    e(logIndex, o.integer("logIndex", 0xffffffffu));
    e(p.blockNumber, o.integer("blockNumber"));
    e(time, o.integer("blockTime"));
    e(p.to, o.address("to"));
    e(p.auditor, o.address("auditor"));
    e(p.decrypted, oneOf<bool>(o, "pct", {{"decrypted", true}, {"undecryptable", false}},
                               BS_TR("audit", "decrypted or undecryptable")));
    e(p.amount, optionalAmount(o, "amount"));
    e(eercAmount, optionalAmount(o, "eercAmount"));
    e(p.attribution, oneOf<Attribution>(o, "attribution",
                                        {{"cycle", Attribution::Cycle},
                                         {"earlier-period", Attribution::EarlierPeriod},
                                         {"unreported", Attribution::Unreported}},
                                        BS_TR("audit", "cycle, earlier-period or unreported")));
    auto cycleId = nullableText(o, "cycleId");
    if (e.failed())
        return e.error();
    if (!cycleId)
        return cycleId.error();
    p.logIndex = static_cast<std::uint32_t>(logIndex);
    p.blockTime = static_cast<std::int64_t>(time);
    if (!cycleId->isEmpty())
        p.cycleId = *cycleId;
    if (p.decrypted != (p.amount.has_value() && eercAmount.has_value()) ||
        (!p.decrypted && (p.amount || eercAmount)))
        return o.invalid("amount", BS_TR("audit", "amounts exactly when the PCT decrypted"));
    if ((p.attribution == Attribution::Unreported) == p.cycleId.has_value())
        return o.invalid("cycleId",
                         BS_TR("audit", "a cycle id exactly when the payout is attributed to one"));
    return ReadPayout{std::move(p), eercAmount};
}

Result<MovementRecord> readMovement(const JsonFields& o)
{
    MovementRecord m;
    FirstError e;
    std::uint64_t logIndex = 0;
    std::uint64_t time = 0;
    e(m.kind, oneOf<EventKind>(o, "kind",
                               {{"withdraw", EventKind::Withdraw},
                                {"burn", EventKind::Burn},
                                {"deposit", EventKind::Deposit}},
                               BS_TR("audit", "withdraw, burn or deposit")));
    e(m.txHash, o.hash("txHash"));
    e(logIndex, o.integer("logIndex", 0xffffffffu));
    e(m.blockNumber, o.integer("blockNumber"));
    e(time, o.integer("blockTime"));
    e(m.amount, optionalAmount(o, "amount"));
    e(m.decryptedAmount, optionalAmount(o, "decryptedAmount"));
    e(m.dust, optionalAmount(o, "dust"));
    e(m.reported, nullable<bool>(o, "reported", &JsonFields::boolean));
    if (e.failed())
        return e.error();
    m.logIndex = static_cast<std::uint32_t>(logIndex);
    m.blockTime = static_cast<std::int64_t>(time);
    return m;
}

Result<CycleResult> readCycle(const JsonFields& o)
{
    CycleResult c;
    FirstError e;
    e(c.cycleId, o.text("cycleId"));
    e(c.periodStart, o.time("periodStart"));
    e(c.periodEnd, o.time("periodEnd"));
    e(c.pool, o.amount("pool"));
    e(c.reportedTotal, o.amount("reportedTotal"));
    e(c.reportedDust, o.amount("reportedDust"));
    e(c.roundedDust, o.amount("roundedDust"));
    e(c.reportedCount, o.integer("reportedCount"));
    e(c.listedCount, o.integer("listedCount"));
    e(c.foundCount, o.integer("foundCount"));
    e(c.decryptedTotal, o.amount("decryptedTotal"));
    e(c.complete, o.boolean("complete"));
    e(c.ok, oneOf<bool>(o, "status", {{"ok", true}, {"findings", false}},
                        BS_TR("audit", "ok or findings")));
    if (e.failed())
        return e.error();
    return c;
}

Result<Report> readReport(const JsonFields& o)
{
    Report r;
    FirstError e;
    auto schema = o.text("schema");
    if (!schema)
        return schema.error();
    if (*schema != QLatin1String(kReportSchema))
        return o.invalid("schema", kReportSchema);
    e(r.createdAt, o.time("createdAt"));
    e(r.software, o.text("software"));
    bool clean = false;
    e(clean, oneOf<bool>(o, "status", {{"clean", true}, {"findings", false}},
                         BS_TR("audit", "clean or findings")));
    std::uint64_t amountDecimals = 0;
    e(amountDecimals, o.integer("amountDecimals", 77));
    if (e.failed())
        return e.error();
    r.amountDecimals = unsigned(amountDecimals);

    auto period = o.object("period");
    if (!period)
        return period.error();
    e(r.from, nullable<QDateTime>(*period, "from", &JsonFields::time));
    e(r.to, nullable<QDateTime>(*period, "to", &JsonFields::time));

    auto network = o.object("network");
    if (!network)
        return network.error();
    ReportNetwork& n = r.network;
    std::uint64_t tokenDecimals = 0, eercDecimals = 0;
    e(n.chainId, network->integer("chainId"));
    e(n.registrar, network->address("registrar"));
    e(n.encryptedErc, network->address("encryptedErc"));
    e(n.token, network->address("token"));
    e(n.tokenId, optionalAmount(*network, "tokenId"));
    e(n.tokenSymbol, network->text("tokenSymbol"));
    e(tokenDecimals, network->integer("tokenDecimals", 77));
    e(eercDecimals, network->integer("eercDecimals", 77));
    e(n.operatorAddress, network->address("operator"));
    e(n.deploymentBlock, network->integer("deploymentBlock"));
    if (e.failed())
        return e.error();
    n.tokenDecimals = unsigned(tokenDecimals);
    n.eercDecimals = unsigned(eercDecimals);

    auto blocks = o.object("blocks");
    if (!blocks)
        return blocks.error();
    e(r.scannedFrom, blocks->integer("scannedFrom"));
    e(r.scannedTo, blocks->integer("scannedTo"));
    e(r.window, optionalRange(*blocks, "window"));
    e(r.reportedSpan, optionalRange(*blocks, "reportedSpan"));

    auto auditor = o.object("auditor");
    if (!auditor)
        return auditor.error();
    e(r.auditor.address, auditor->address("address"));
    e(r.auditor.publicKey, auditor->point("publicKey"));
    e(r.auditor.currentAuditor, auditor->address("currentAuditor"));
    e(r.auditor.currentKeyMatches, auditor->boolean("currentKeyMatches"));
    e(r.auditor.epochs, readArray<Epoch>(*auditor, "epochs", [](const JsonFields& f) {
          Epoch ep;
          std::uint64_t logIndex = 0;
          FirstError fe;
          fe(ep.fromBlock, f.integer("fromBlock"));
          fe(logIndex, f.integer("fromLogIndex", 0xffffffffu));
          fe(ep.auditor, f.address("auditor"));
          if (fe.failed())
              return Result<Epoch>(fe.error());
          ep.fromLogIndex = static_cast<std::uint32_t>(logIndex);
          return Result<Epoch>(ep);
      }));

    auto op = o.object("operatorReport");
    if (!op)
        return op.error();
    OperatorReportInfo& info = r.operatorReport;
    e(info.status, oneOf<QString>(*op, "status",
                                  {{"received", QStringLiteral("received")},
                                   {"unavailable", QStringLiteral("unavailable")},
                                   {"malformed", QStringLiteral("malformed")}},
                                  BS_TR("audit", "received, unavailable or malformed")));
    e(info.server, op->optionalText("server"));
    e(info.sha256, nullableText(*op, "sha256"));
    e(info.bytes, op->integer("bytes"));
    e(info.error, nullableText(*op, "error"));
    e(info.earlierSha256, nullableText(*op, "earlierSha256"));

    e(r.cycles, readArray<CycleResult>(o, "cycles", readCycle));
    auto totals = o.object("totals");
    if (!totals)
        return totals.error();
    ReportTotals& t = r.totals;
    e(t.reportedTotal, optionalAmount(*totals, "reportedTotal"));
    e(t.reportedCount, nullableInteger(*totals, "reportedCount"));
    e(t.decryptedTotal, totals->amount("decryptedTotal"));
    e(t.foundCount, totals->integer("foundCount"));
    e(t.dust, totals->amount("dust"));
    e(t.unreportedTotal, totals->amount("unreportedTotal"));
    e(t.unreportedCount, totals->integer("unreportedCount"));
    e(t.earlierPeriodCount, totals->integer("earlierPeriodCount"));
    e(t.withdrawnTotal, totals->amount("withdrawnTotal"));
    e(t.burnedTotal, totals->amount("burnedTotal"));
    e(t.depositedTotal, totals->amount("depositedTotal"));

    std::vector<ReadPayout> payouts;
    e(payouts, readArray<ReadPayout>(o, "payouts", readPayout));
    e(r.movements, readArray<MovementRecord>(o, "movements", readMovement));
    e(r.findings, readArray<Finding>(o, "findings", readFinding));

    if (e.failed())
        return e.error();
    info.reason = asRead(info.error);
    r.payouts.reserve(payouts.size());
    for (std::size_t i = 0; i < payouts.size(); ++i) {
        // The two forms of the amount must agree.
        if (payouts[i].eercAmount != eercAmountOf(payouts[i].payout, r.network, r.amountDecimals) ||
            (payouts[i].eercAmount && scaleUp(*payouts[i].eercAmount, r.network.eercDecimals,
                                              r.amountDecimals) != *payouts[i].payout.amount))
            return reportSource().invalid(QStringLiteral("payouts[%1].eercAmount").arg(i),
                                          BS_TR("audit", "the amount in eERC units"));
        r.payouts.push_back(std::move(payouts[i].payout));
    }

    auto summary = o.object("summary");
    if (!summary)
        return summary.error();
    std::uint64_t findings = 0, high = 0, medium = 0, low = 0;
    e(findings, summary->integer("findings"));
    e(high, summary->integer("high"));
    e(medium, summary->integer("medium"));
    e(low, summary->integer("low"));
    if (e.failed())
        return e.error();
    if (findings != r.findings.size() || high != r.count(Severity::High) ||
        medium != r.count(Severity::Medium) || low != r.count(Severity::Low))
        return summary->invalid("findings", BS_TR("audit", "the counts of the findings listed"));
    if (clean != r.clean())
        return o.invalid("status", BS_TR("audit", "clean exactly when no finding is listed"));

    if (o.has("signature")) {
        auto sig = o.object("signature");
        if (!sig)
            return sig.error();
        auto scheme = sig->text("scheme");
        if (!scheme)
            return scheme.error();
        if (*scheme != QLatin1String(kSignatureScheme))
            return sig->invalid("scheme", kSignatureScheme);
        ReportSignature s;
        e(s.signer, sig->address("signer"));
        auto value = sig->text("value");
        if (e.failed())
            return e.error();
        if (!value)
            return value.error();
        const std::string text = value->toStdString();
        if (text.size() != 132 || !text.starts_with("0x") ||
            !util::hexDecodeInto(std::string_view(text).substr(2), s.value))
            return sig->invalid("value", BS_TR("audit", "0x followed by 130 hex digits"));
        r.signature = s;
    }
    return r;
}

// ---- checking ----

Error tooLarge()
{
    return fail(BS_TR("audit", "the report is larger than %1 MiB; it is not a report this "
                               "program wrote."),
                kMaxReportBytes >> 20);
}

Result<void> checkSums(const Report& r)
{
    if (r.amountDecimals != std::max(r.network.tokenDecimals, r.network.eercDecimals))
        return fail(BS_TR("audit", "the report's amountDecimals does not add up; it was changed "
                                   "after it was made."));
    const U256 granularity = eercGranularity(r.amountDecimals, r.network.eercDecimals);

    std::map<QString, std::pair<U256, std::uint64_t>> byCycle; // decrypted total, found count
    std::map<QString, bool> completeByCycle;
    std::set<std::pair<crypto::Hash256, std::uint32_t>> seen;
    ReportTotals t;
    for (const PayoutRecord& p : r.payouts) {
        if (!seen.insert({p.txHash, p.logIndex}).second)
            return fail(BS_TR("audit", "the report's list of payouts (one payout is listed "
                                       "twice), which does not add up; it was changed after it "
                                       "was made."));
        switch (p.attribution) {
        case Attribution::Cycle: {
            auto& [total, count] = byCycle[*p.cycleId];
            if (p.amount)
                total = addSaturating(total, *p.amount);
            else
                completeByCycle[*p.cycleId] = false;
            ++count;
            break;
        }
        case Attribution::EarlierPeriod:
            ++t.earlierPeriodCount;
            break;
        case Attribution::Unreported:
            if (p.amount)
                t.unreportedTotal = addSaturating(t.unreportedTotal, *p.amount);
            ++t.unreportedCount;
            break;
        }
    }
    std::set<QString> cycleIds;
    for (const CycleResult& c : r.cycles) {
        if (!cycleIds.insert(c.cycleId).second)
            return fail(BS_TR("audit", "the report's list of cycles (a cycle is listed twice), "
                                       "which does not add up; it was changed after it was "
                                       "made."));
        const auto found = byCycle[c.cycleId];
        if (found.first != c.decryptedTotal || found.second != c.foundCount)
            return fail(BS_TR("audit", "the report's cycle %1 (decrypted total or count) does "
                                       "not add up; it was changed after it was made."),
                        c.cycleId.toStdString());
        const bool complete = !completeByCycle.contains(c.cycleId);
        if (complete != c.complete)
            return fail(BS_TR("audit", "the report's cycle %1 (completeness) does not add up; it "
                                       "was changed after it was made."),
                        c.cycleId.toStdString());
        if (c.roundedDust > maxRoundedDust(granularity, c.foundCount))
            return fail(BS_TR("audit", "the report's cycle %1 (dust beyond what its transfers can "
                                       "round away) does not add up; it was changed after it "
                                       "was made."),
                        c.cycleId.toStdString());
        t.decryptedTotal = addSaturating(t.decryptedTotal, c.decryptedTotal);
        t.foundCount += c.foundCount;
        t.dust = addSaturating(t.dust, addSaturating(c.reportedDust, c.roundedDust));
    }
    for (const auto& [id, sums] : byCycle)
        if (!cycleIds.contains(id))
            return fail(BS_TR("audit", "the report's payout list (a payout names a cycle that is "
                                       "not listed), which does not add up; it was changed after "
                                       "it was made."));
    for (const MovementRecord& m : r.movements) {
        if (m.kind == EventKind::Withdraw && m.amount)
            t.withdrawnTotal = addSaturating(t.withdrawnTotal, *m.amount);
        else if (m.kind == EventKind::Burn && m.amount)
            t.burnedTotal = addSaturating(t.burnedTotal, *m.amount);
        else if (m.kind == EventKind::Deposit && m.amount)
            t.depositedTotal = addSaturating(t.depositedTotal, *m.amount);
    }
    if (t.decryptedTotal != r.totals.decryptedTotal || t.foundCount != r.totals.foundCount)
        return fail(BS_TR("audit", "the report's decrypted total of the period does not add up; "
                                   "it was changed after it was made."));
    if (t.dust != r.totals.dust)
        return fail(BS_TR("audit", "the report's dust of the period does not add up; it was "
                                   "changed after it was made."));
    if (t.unreportedTotal != r.totals.unreportedTotal ||
        t.unreportedCount != r.totals.unreportedCount ||
        t.earlierPeriodCount != r.totals.earlierPeriodCount)
        return fail(BS_TR("audit", "the report's total of unreported payouts does not add up; "
                                   "it was changed after it was made."));
    if (t.withdrawnTotal != r.totals.withdrawnTotal || t.burnedTotal != r.totals.burnedTotal ||
        t.depositedTotal != r.totals.depositedTotal)
        return fail(BS_TR("audit", "the report's total of withdrawals, burns or deposits does "
                                   "not add up; it was changed after it was made."));
    return {};
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        return QStringLiteral("low");
    }
    return {};
}

QString attributionName(Attribution attribution)
{
    switch (attribution) {
    case Attribution::Cycle:
        return QStringLiteral("cycle");
    case Attribution::EarlierPeriod:
        return QStringLiteral("earlier-period");
    case Attribution::Unreported:
        return QStringLiteral("unreported");
    }
    return {};
}

std::optional<U256>
eercAmountOf(const PayoutRecord& payout, const ReportNetwork& network, unsigned amountDecimals)
{
    if (!payout.amount || amountDecimals < network.eercDecimals)
        return std::nullopt;
    const auto r = ledger::rescale(*payout.amount, amountDecimals, network.eercDecimals);
    return r && r->exact ? std::optional<U256>(r->value) : std::nullopt;
}

std::uint64_t Report::count(Severity severity) const
{
    return std::uint64_t(std::count_if(findings.begin(), findings.end(),
                                       [&](const Finding& f) { return f.severity == severity; }));
}

Result<QByteArray> signedBytes(const Report& report)
{
    return canonicalReport(report, false);
}

Result<QByteArray> signReport(Report& report, const crypto::EcdsaPrivateKey& walletKey)
{
    auto bytes = signedBytes(report);
    if (!bytes)
        return bytes.error();
    const crypto::Hash256 digest = crypto::eip191Digest(std::span<const std::uint8_t>(
        reinterpret_cast<const std::uint8_t*>(bytes->constData()), std::size_t(bytes->size())));
    report.signature =
        ReportSignature{walletKey.address(), crypto::signDigest(walletKey, digest).toRsv27()};
    return canonicalReport(report, true);
}

Result<QByteArray> reportJson(const Report& report)
{
    return canonicalReport(report, true);
}

U256 eercGranularity(unsigned amountDecimals, unsigned eercDecimals)
{
    if (eercDecimals >= amountDecimals)
        return U256::fromU64(1);
    const auto g = U256::pow10(amountDecimals - eercDecimals);
    return g ? *g : U256::max();
}

U256 maxRoundedDust(const U256& granularity, std::uint64_t transfers)
{
    const U256 perTransfer =
        granularity.isZero() ? U256() : *granularity.checkedSub(U256::fromU64(1));
    const auto all = perTransfer.checkedMul(U256::fromU64(transfers));
    return all ? *all : U256::max();
}

QJsonObject reportOverview(const Report& report)
{
    QJsonObject o = headJson(report);
    QJsonArray findings;
    for (const Finding& f : report.findings)
        findings.append(findingJson(f));
    o.insert("findings", findings);
    o.insert("payoutCount", qint64(report.payouts.size()));
    o.insert("movementCount", qint64(report.movements.size()));
    return o;
}

QByteArray reportCsv(const Report& r, const QByteArray& json)
{
    const auto cell = [](QString text) {
        // A spreadsheet runs a cell starting with these as a formula (cycle ids come from the
        // operator's server): make it text.
        if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
            text.prepend(QLatin1Char('\''));
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
            text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
            text.replace(QLatin1String("\""), QLatin1String("\"\""));
            text = QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text.toUtf8();
    };
    QByteArray out;
    const auto row = [&](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            out += cell(cells[i]);
        }
        out += "\r\n";
    };
    row({"record", "kind", "severity", "cycle_id", "tx_hash", "log_index", "block_number",
         "block_time", "address", "amount", "eerc_amount", "reported", "found", "status",
         "message"});
    const auto meta = [&](const char* key, const QString& value) {
        row({"meta",
             QString::fromLatin1(key),
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             value});
    };
    const auto number = [](std::uint64_t v) { return QString::number(v); };
    meta("schema", QString::fromLatin1(kReportSchema));
    meta("createdAt", timeText(r.createdAt));
    meta("software", r.software);
    meta("periodFrom", r.from ? timeText(*r.from) : QString());
    meta("periodTo", r.to ? timeText(*r.to) : QString());
    meta("chainId", number(r.network.chainId));
    meta("registrar", addressText(r.network.registrar));
    meta("encryptedErc", addressText(r.network.encryptedErc));
    meta("token", addressText(r.network.token));
    meta("tokenSymbol", r.network.tokenSymbol);
    meta("tokenDecimals", number(r.network.tokenDecimals));
    meta("eercDecimals", number(r.network.eercDecimals));
    meta("amountDecimals", number(r.amountDecimals));
    meta("operator", addressText(r.network.operatorAddress));
    meta("scannedFrom", number(r.scannedFrom));
    meta("scannedTo", number(r.scannedTo));
    meta("windowFrom", r.window ? number(r.window->from) : QString());
    meta("windowTo", r.window ? number(r.window->to) : QString());
    meta("operatorReportStatus", r.operatorReport.status);
    meta("operatorReportSha256", r.operatorReport.sha256);
    meta("operatorReportServer", r.operatorReport.server);
    meta("auditor", addressText(r.auditor.address));
    meta("status", r.clean() ? QStringLiteral("clean") : QStringLiteral("findings"));
    meta("findings", number(r.findings.size()));
    meta("reportJsonSha256",
         QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    meta("signatureScheme", QString::fromLatin1(kSignatureScheme));
    meta("signer", r.signature ? addressText(r.signature->signer) : QString());
    meta("signature", r.signature ? hexOf(r.signature->value) : QString());

    const auto opt = [](const std::optional<U256>& v) { return v ? decimal(*v) : QString(); };
    for (const PayoutRecord& p : r.payouts)
        row({"payout",
             attributionName(p.attribution),
             {},
             p.cycleId.value_or(QString()),
             hexOf(p.txHash),
             number(p.logIndex),
             number(p.blockNumber),
             unixTimeText(p.blockTime),
             addressText(p.to),
             opt(p.amount),
             opt(eercAmountOf(p, r.network, r.amountDecimals)),
             {},
             {},
             p.decrypted ? QStringLiteral("decrypted") : QStringLiteral("undecryptable"),
             {}});
    for (const Finding& f : r.findings)
        row({"finding",
             f.kind,
             severityName(f.severity),
             f.cycleId.value_or(QString()),
             f.txHash ? hexOf(*f.txHash) : QString(),
             f.logIndex ? number(*f.logIndex) : QString(),
             f.blockNumber ? number(*f.blockNumber) : QString(),
             {},
             f.address ? addressText(*f.address) : QString(),
             {},
             {},
             opt(f.reported),
             opt(f.found),
             {},
             f.message});
    return out;
}

Result<Report> parseReport(const QByteArray& json)
{
    if (json.size() > kMaxReportBytes)
        return tooLarge();
    auto fields = JsonFields::parse(json, reportSource());
    if (!fields)
        return fields.error();
    return readReport(*fields);
}

Result<CheckedReport> checkReport(const QByteArray& json)
{
    if (json.size() > kMaxReportBytes)
        return tooLarge();
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(BS_TR("audit", "the report is not a JSON object; it is not a BackendShield "
                                   "audit report."));
    QJsonObject object = doc.object();
    auto report = readReport(JsonFields(object, reportSource()));
    if (!report)
        return report.error();
    if (!report->signature)
        return fail(BS_TR("audit", "the report is not signed."));

    // What was signed: the file's own members, whatever they are, without the signature.
    object.remove(QStringLiteral("signature"));
    auto bytes = canonicalJson(object);
    if (!bytes)
        return bytes.error();
    const crypto::Hash256 digest = crypto::eip191Digest(std::span<const std::uint8_t>(
        reinterpret_cast<const std::uint8_t*>(bytes->constData()), std::size_t(bytes->size())));
    auto signer = crypto::recoverAddress(digest, report->signature->value);
    if (!signer || *signer != report->signature->signer)
        return fail(BS_TR("audit", "the report's signature does not match its content: it was "
                                   "changed after it was signed, or the signature is not the "
                                   "stated signer's."));
    if (*signer != report->auditor.address)
        return fail(BS_TR("audit", "the report is signed by %1, not by the auditor it names (%2)."),
                    signer->toChecksumHex(), report->auditor.address.toChecksumHex());
    if (auto sums = checkSums(*report); !sums)
        return sums.error();
    return CheckedReport{std::move(*report), *signer};
}

} // namespace bs::audit
