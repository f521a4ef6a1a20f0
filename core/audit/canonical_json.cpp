// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/canonical_json.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace bs::audit {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

void appendString(QByteArray& out, const QString& text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// UTF-16 code unit order, which QString's operator< is.
struct KeyOrder
{
    bool operator()(const QString& a, const QString& b) const { return a < b; }
};

Result<void> appendObject(QByteArray& out,
                          const QJsonObject& object,
                          const std::vector<std::pair<QString, QByteArray>>& raw)
{
    // Values by key: either a QJsonValue (index into the object) or raw canonical bytes.
    std::map<QString, const QByteArray*, KeyOrder> rawByKey;
    for (const auto& [key, bytes] : raw) {
        if (object.contains(key) || !rawByKey.emplace(key, &bytes).second)
            return fail(BS_TR("audit", "a report member is given twice: %1"), key.toStdString());
    }
    const QStringList objectKeys = object.keys();
    std::vector<QString> keys(objectKeys.begin(), objectKeys.end());
    for (const auto& [key, bytes] : rawByKey)
        keys.push_back(key);
    std::sort(keys.begin(), keys.end(), KeyOrder{});
    out += '{';
    bool first = true;
    for (const QString& key : keys) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, key);
        out += ':';
        if (const auto it = rawByKey.find(key); it != rawByKey.end()) {
            out += *it->second;
        } else if (auto ok = appendCanonical(out, object.value(key)); !ok) {
            return ok;
        }
    }
    out += '}';
    return {};
}

} // namespace

Result<void> appendCanonical(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return {};
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return {};
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > kMaxSafeInteger)
            return fail(BS_TR("audit", "the report holds a number that is not an integer below "
                                       "2^53, which has no canonical form"));
        out += QByteArray::number(static_cast<qint64>(d));
        return {};
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return {};
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            if (auto ok = appendCanonical(out, array.at(i)); !ok)
                return ok;
        }
        out += ']';
        return {};
    }
    case QJsonValue::Object:
        return appendObject(out, value.toObject(), {});
    case QJsonValue::Undefined:
        break;
    }
    return fail(BS_TR("audit", "the report holds a value that has no canonical form"));
}

Result<QByteArray> canonicalJson(const QJsonValue& value)
{
    QByteArray out;
    if (auto ok = appendCanonical(out, value); !ok)
        return ok.error();
    return out;
}

Result<QByteArray> canonicalJson(const QJsonObject& object,
                                 const std::vector<std::pair<QString, QByteArray>>& raw)
{
    QByteArray out;
    if (auto ok = appendObject(out, object, raw); !ok)
        return ok.error();
    return out;
}

} // namespace bs::audit
