// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strict reading of the fields of a JSON object from outside (a network description, an
// operator's answer, a report file): each reader checks one field and fails with one sentence
// that names the source, the field's full path and what was expected. A field that is missing
// or malformed is an error; nothing is ever read as zero or empty by default. Amounts are
// decimal strings (never JSON numbers, which went through a double).
#include "crypto/babyjubjub.h"
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "util/result.h"
#include "util/u256.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace bs::chain {

// Whose data it is, for the error sentences: "<sender> an invalid <field> (expected <what>)
// <advice>", e.g. "the operator's server sent an invalid cycles[2].pool (expected a decimal
// string ...); tell the operator, ...".
//
// `sentence` is that whole sentence as a translatable template (BS_TR in the caller's
// context), %1 the field's path and %2 what was expected, e.g. "the operator's server sent an
// invalid %1 (expected %2); tell the operator, their server or its configuration is broken.".
// A source without one (sender and advice only) makes errors the app cannot translate.
struct JsonSource
{
    std::string sender; // "the operator's server sent", "the network description has"
    std::string advice; // "; tell the operator, their server or its configuration is broken."
    Text sentence{nullptr, nullptr};

    // `expected` describes the valid values: a translatable phrase (BS_TR), or English text
    // (not translatable).
    Error invalid(const QString& field, Text expected) const;
    Error invalid(const QString& field, const char* expected) const;
};

class JsonFields
{
public:
    JsonFields(QJsonObject object, JsonSource source, QString prefix = {})
        : m_o(std::move(object))
        , m_source(std::move(source))
        , m_prefix(std::move(prefix))
    {}

    // Parses `json` as one object.
    static Result<JsonFields> parse(const QByteArray& json, JsonSource source);

    const QJsonObject& object() const { return m_o; }
    const JsonSource& source() const { return m_source; }
    // The full path of `key` in this object, e.g. "cycles[2].pool".
    QString path(const char* key) const { return m_prefix + QLatin1String(key); }
    // The error of `key` not being `expected` (see JsonSource::invalid).
    Error invalid(const char* key, Text expected) const;
    Error invalid(const char* key, const char* expected) const;

    // Present and not null.
    bool has(const char* key) const;

    // A string that is not empty (surrounding white space is kept).
    Result<QString> text(const char* key) const;
    // A string, or "" when the field is absent or null.
    Result<QString> optionalText(const char* key) const;
    Result<bool> boolean(const char* key) const;
    // A JSON number that is exactly an integer in [0, max]; max is capped at 2^53 - 1 (a
    // double holds integers exactly up to there).
    Result<std::uint64_t> integer(const char* key, std::uint64_t max = (1ull << 53) - 1) const;
    // Like integer, or a decimal string for values a double cannot hold, up to `max`.
    Result<std::uint64_t> integerOrDecimal(const char* key, std::uint64_t max) const;
    // A decimal string of an integer below 2^256.
    Result<U256> amount(const char* key) const;
    // An Ethereum address (EIP-55 checked when mixed case).
    Result<crypto::EthAddress> address(const char* key) const;
    // ["x", "y"] in decimal: a BabyJubJub point of the prime-order subgroup, not the identity.
    Result<crypto::Point> point(const char* key) const;
    // RFC 3339, returned in UTC.
    Result<QDateTime> time(const char* key) const;
    // 0x + 64 hex digits (a transaction hash).
    Result<crypto::Hash256> hash(const char* key) const;
    // An absolute http:// or https:// URL with a host.
    Result<QUrl> httpUrl(const char* key) const;

    // A nested object; its fields are named "<key>.<field>".
    Result<JsonFields> object(const char* key) const;
    // An array; element(key, i) reads its objects as "<key>[i].<field>".
    Result<QJsonArray> array(const char* key) const;
    Result<JsonFields> element(const char* key, const QJsonArray& array, qsizetype i) const;

private:
    QJsonObject m_o;
    JsonSource m_source;
    QString m_prefix;
};

// Keeps the first error of a sequence of reads, so that a parser reads like the format it
// parses and stops at the first bad field:
//   FirstError e;
//   e(p.providerId, o.text("providerId"));
//   e(p.createdAt, o.time("createdAt"));
//   if (e.failed())
//       return e.error();
// After a failure the later reads are not assigned.
class FirstError
{
public:
    template <class T, class U>
    void operator()(T& out, Result<U> read)
    {
        if (m_error)
            return;
        if (!read)
            m_error = read.error();
        else
            out = std::move(*read);
    }
    // Records `error` unless an earlier one is kept.
    void add(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
    }
    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace bs::chain
