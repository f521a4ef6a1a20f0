// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/statement.h"

#include "chain/json_fields.h"
#include "ledger/money.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace bs::ledger {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// Whole seconds as such, milliseconds when there are any (what the reader keeps).
QString timeText(const QDateTime& t)
{
    const QDateTime utc = t.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString hashText(const crypto::Hash256& h)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(h));
}

QJsonArray pointJson(const crypto::Point& p)
{
    const crypto::AffinePoint a = p.toAffine();
    return QJsonArray{q(a.x.toDecimal()), q(a.y.toDecimal())};
}

QString amountText(const Statement& s, const U256& tokenUnits)
{
    return q(formatAmount(tokenUnits, s.tokenDecimals));
}

const chain::JsonSource kSource{
    "the statement has", "; the file is damaged or not a BackendShield statement.",
    BS_TR("ledger", "the statement has an invalid %1 (expected %2); the file is damaged or not a "
                    "BackendShield statement.")};

Result<crypto::Scalar> scalar(const chain::JsonFields& o, const char* key)
{
    const QJsonValue v = o.object().value(QLatin1String(key));
    if (v.isString())
        if (const auto s = crypto::Scalar::fromDecimal(v.toString().toStdString()))
            return *s;
    return o.invalid(key, BS_TR("ledger", "a decimal string below the BabyJubJub subgroup order"));
}

Result<unsigned> decimals(const chain::JsonFields& o, const char* key)
{
    auto d = o.integer(key, 77);
    if (!d)
        return d.error();
    return unsigned(*d);
}

Result<StatementLine> parseLine(const Statement& s, const chain::JsonFields& o)
{
    StatementLine l;
    chain::FirstError e;
    e(l.txHash, o.hash("txHash"));
    std::uint64_t logIndex = 0;
    e(logIndex, o.integer("logIndex", 0xffffffffu));
    l.logIndex = std::uint32_t(logIndex);
    e(l.block, o.integer("block"));
    e(l.time, o.time("time"));
    e(l.from, o.address("from"));
    e(l.value, o.amount("value"));
    QString amount;
    e(amount, o.text("amount"));
    chain::JsonFields ct = o;
    e(ct, o.object("ciphertext"));
    if (!e.failed()) {
        e(l.ciphertext.c1, ct.point("c1"));
        e(l.ciphertext.c2, ct.point("c2"));
    }
    chain::JsonFields proof = o;
    e(proof, o.object("proof"));
    if (!e.failed()) {
        e(l.proof.challenge, scalar(proof, "c"));
        e(l.proof.response, scalar(proof, "z"));
    }
    if (e.failed())
        return e.error();
    // The amount is a rendering of the value; one that disagrees would mislead a reader.
    if (amount != amountText(s, s.tokenUnits(l.value)))
        return o.invalid("amount", BS_TR("ledger", "the line's value in token units with all the "
                                                   "token's decimals"));
    return l;
}

} // namespace

crypto::dleq::DecryptionClaim Statement::claim(const StatementLine& line) const
{
    return {chainId,       encryptedErc, account,   line.txHash,
            line.logIndex, line.value,   publicKey, line.ciphertext};
}

U256 Statement::tokenUnits(const U256& value) const
{
    // A value that does not fit 256 bits in token units cannot be a payout: show the maximum.
    return UnitScale{tokenDecimals, eercDecimals}.tokenUnits(value).value_or(U256::max());
}

U256 Statement::total() const
{
    U256 sum;
    for (const StatementLine& l : lines) {
        const auto next = sum.checkedAdd(tokenUnits(l.value));
        sum = next ? *next : U256::max();
    }
    return sum;
}

QByteArray toJson(const Statement& s)
{
    QJsonArray lines;
    for (const StatementLine& l : s.lines)
        lines.append(QJsonObject{
            {"txHash", hashText(l.txHash)},
            {"logIndex", qint64(l.logIndex)},
            {"block", qint64(l.block)},
            {"time", timeText(l.time)},
            {"from", q(l.from.toChecksumHex())},
            {"value", q(l.value.toDecimal())},
            {"amount", amountText(s, s.tokenUnits(l.value))},
            {"ciphertext",
             QJsonObject{{"c1", pointJson(l.ciphertext.c1)}, {"c2", pointJson(l.ciphertext.c2)}}},
            {"proof", QJsonObject{{"c", q(l.proof.challenge.toDecimal())},
                                  {"z", q(l.proof.response.toDecimal())}}},
        });
    const QJsonObject o{
        {"format", QLatin1String(kStatementFormat)},
        {"version", kStatementVersion},
        {"chainId", qint64(s.chainId)},
        {"contracts", QJsonObject{{"encryptedErc", q(s.encryptedErc.toChecksumHex())},
                                  {"registrar", q(s.registrar.toChecksumHex())}}},
        {"account", q(s.account.toChecksumHex())},
        {"publicKey", pointJson(s.publicKey)},
        {"token", QJsonObject{{"symbol", s.tokenSymbol}, {"decimals", int(s.tokenDecimals)}}},
        {"eercDecimals", int(s.eercDecimals)},
        {"period", QJsonObject{{"from", timeText(s.from)}, {"to", timeText(s.to)}}},
        {"createdAt", timeText(s.createdAt)},
        {"count", qint64(s.lines.size())},
        {"total", amountText(s, s.total())},
        {"lines", lines},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Statement> parseStatement(const QByteArray& json)
{
    if (json.size() > kMaxStatementBytes)
        return fail(BS_TR("ledger", "the statement is larger than 32 MiB; it is not a "
                                    "BackendShield statement."));
    auto root = chain::JsonFields::parse(json, kSource);
    if (!root)
        return root.error();
    const chain::JsonFields& o = *root;
    QString format;
    std::uint64_t version = 0;
    chain::FirstError e;
    e(format, o.text("format"));
    e(version, o.integer("version"));
    if (e.failed())
        return e.error();
    if (format != QLatin1String(kStatementFormat))
        return o.invalid("format", "\"backendshield-statement\"");
    if (version != std::uint64_t(kStatementVersion))
        return fail(BS_TR("ledger", "the statement has version %1, which this version of "
                                    "BackendShield does not know; update BackendShield."),
                    version);

    Statement s;
    e(s.chainId, o.integer("chainId"));
    chain::JsonFields contracts = o;
    e(contracts, o.object("contracts"));
    if (!e.failed()) {
        e(s.encryptedErc, contracts.address("encryptedErc"));
        e(s.registrar, contracts.address("registrar"));
    }
    e(s.account, o.address("account"));
    e(s.publicKey, o.point("publicKey"));
    chain::JsonFields token = o;
    e(token, o.object("token"));
    if (!e.failed()) {
        e(s.tokenSymbol, token.optionalText("symbol"));
        e(s.tokenDecimals, decimals(token, "decimals"));
    }
    e(s.eercDecimals, decimals(o, "eercDecimals"));
    chain::JsonFields period = o;
    e(period, o.object("period"));
    if (!e.failed()) {
        e(s.from, period.time("from"));
        e(s.to, period.time("to"));
    }
    e(s.createdAt, o.time("createdAt"));
    QJsonArray lines;
    e(lines, o.array("lines"));
    if (e.failed())
        return e.error();
    if (!(s.from < s.to))
        return period.invalid("to", BS_TR("ledger", "a time after period.from"));
    if (lines.size() > kMaxStatementLines)
        return o.invalid("lines", BS_TR("ledger", "at most 100000 lines"));

    s.lines.reserve(std::size_t(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto element = o.element("lines", lines, i);
        if (!element)
            return element.error();
        auto line = parseLine(s, *element);
        if (!line)
            return line.error();
        // Strictly increasing (block, log index): ordered, and no payout counted twice.
        if (!s.lines.empty() && !(std::tie(s.lines.back().block, s.lines.back().logIndex) <
                                  std::tie(line->block, line->logIndex)))
            return element->invalid("logIndex", BS_TR("ledger", "lines ordered by block and log "
                                                                "index, each event once"));
        s.lines.push_back(std::move(*line));
    }
    // The summary fields are renderings too: they must agree with the lines.
    std::uint64_t count = 0;
    QString total;
    e(count, o.integer("count"));
    e(total, o.text("total"));
    if (e.failed())
        return e.error();
    if (count != s.lines.size())
        return o.invalid("count", BS_TR("ledger", "the number of lines"));
    if (total != amountText(s, s.total()))
        return o.invalid("total", BS_TR("ledger", "the sum of the lines' amounts"));
    return s;
}

} // namespace bs::ledger
