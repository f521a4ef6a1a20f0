// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/json_fields.h"

#include "crypto/fr.h"
#include "util/hex.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace bs::chain {

namespace {

constexpr std::uint64_t kMaxExactDouble = (1ull << 53) - 1;

} // namespace

Error JsonSource::invalid(const QString& field, Text expected) const
{
    if (sentence.source)
        return fail(sentence, field.toStdString(), fail(expected));
    return invalid(field, expected.source);
}

Error JsonSource::invalid(const QString& field, const char* expected) const
{
    if (sentence.source)
        return fail(sentence, field.toStdString(), expected);
    // Not translatable: the sender and the advice are English fragments of the caller's.
    return fail(sender + " an invalid " + field.toStdString() + " (expected " + expected + ")" +
                advice);
}

Result<JsonFields> JsonFields::parse(const QByteArray& json, JsonSource source)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return source.invalid(QStringLiteral("document"), BS_TR("chain", "one JSON object"));
    return JsonFields(doc.object(), std::move(source));
}

Error JsonFields::invalid(const char* key, Text expected) const
{
    return m_source.invalid(path(key), expected);
}

Error JsonFields::invalid(const char* key, const char* expected) const
{
    return m_source.invalid(path(key), expected);
}

bool JsonFields::has(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

Result<QString> JsonFields::text(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return invalid(key, BS_TR("chain", "a non-empty string"));
    return v.toString();
}

Result<QString> JsonFields::optionalText(const char* key) const
{
    if (!has(key))
        return QString();
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isString())
        return invalid(key, BS_TR("chain", "a string or null"));
    return v.toString();
}

Result<bool> JsonFields::boolean(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isBool())
        return invalid(key, BS_TR("chain", "true or false"));
    return v.toBool();
}

Result<std::uint64_t> JsonFields::integer(const char* key, std::uint64_t max) const
{
    max = std::min(max, kMaxExactDouble);
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && std::floor(d) == d && d <= static_cast<double>(max))
            return static_cast<std::uint64_t>(d);
    }
    return invalid(key, BS_TR("chain", "a non-negative integer in range"));
}

Result<std::uint64_t> JsonFields::integerOrDecimal(const char* key, std::uint64_t max) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isString()) {
        const auto n = U256::fromDecimal(v.toString().toStdString());
        if (n && n->fitsU64() && n->toU64() <= max)
            return n->toU64();
        return invalid(key, BS_TR("chain", "a non-negative integer in range"));
    }
    return integer(key, max);
}

Result<U256> JsonFields::amount(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isString()) {
        const QString s = v.toString();
        if (!s.isEmpty() && s.size() <= 78) {
            if (auto n = U256::fromDecimal(s.toStdString()))
                return *n;
        }
    }
    return invalid(key, BS_TR("chain", "a decimal string of an integer below 2^256"));
}

Result<crypto::EthAddress> JsonFields::address(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isString()) {
        if (auto a = crypto::EthAddress::fromString(v.toString().trimmed().toStdString()))
            return *a;
    }
    return invalid(
        key, BS_TR("chain", "an address, 0x followed by 40 hex digits with a valid checksum"));
}

Result<crypto::Point> JsonFields::point(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
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
    return invalid(key, BS_TR("chain", "a BabyJubJub subgroup point [\"x\", \"y\"] in decimal"));
}

Result<QDateTime> JsonFields::time(const char* key) const
{
    static const QRegularExpression rfc3339(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"));
    const QJsonValue v = m_o.value(QLatin1String(key));
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
    return invalid(key, BS_TR("chain", "an RFC 3339 time such as 2026-11-01T00:00:00Z"));
}

Result<crypto::Hash256> JsonFields::hash(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    const std::string text = v.toString().toStdString();
    crypto::Hash256 out{};
    if (v.isString() && text.size() == 66 && text.starts_with("0x") &&
        util::hexDecodeInto(std::string_view(text).substr(2), out))
        return out;
    return invalid(key, BS_TR("chain", "0x followed by 64 hex digits"));
}

Result<QUrl> JsonFields::httpUrl(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isString()) {
        const QUrl u(v.toString().trimmed(), QUrl::StrictMode);
        if (u.isValid() && !u.host().isEmpty() &&
            (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https")))
            return u;
    }
    return invalid(key, BS_TR("chain", "an http:// or https:// URL"));
}

Result<JsonFields> JsonFields::object(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isObject())
        return invalid(key, BS_TR("chain", "an object"));
    return JsonFields(v.toObject(), m_source, path(key) + QLatin1Char('.'));
}

Result<QJsonArray> JsonFields::array(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isArray())
        return invalid(key, BS_TR("chain", "an array"));
    return v.toArray();
}

Result<JsonFields> JsonFields::element(const char* key, const QJsonArray& array, qsizetype i) const
{
    const QString at = path(key) + QStringLiteral("[%1]").arg(i);
    if (i < 0 || i >= array.size() || !array.at(i).isObject())
        return m_source.invalid(at, BS_TR("chain", "an object"));
    return JsonFields(array.at(i).toObject(), m_source, at + QLatin1Char('.'));
}

} // namespace bs::chain
