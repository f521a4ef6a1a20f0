// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the unit tests: reading the vector files of tests/data and turning their
// JSON values into our types. Malformed test data is a broken test setup, not a failed
// assertion, so these stop the test with qFatal instead of returning errors.
// Include with a path relative to the test file: #include "../testing.h".
#pragma once

#include "crypto/babyjubjub.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QtGlobal>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace bs::test {

// The bytes of tests/data/<name>; qFatal when the file cannot be read.
inline QByteArray readData(const char* name)
{
    QFile f(QStringLiteral(BS_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", name);
    return f.readAll();
}

// The top-level object of tests/data/<name> (BS_TEST_DATA_DIR); qFatal when the file cannot
// be read or is not a JSON object.
inline QJsonObject loadJson(const char* name)
{
    QFile f(QStringLiteral(BS_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", name);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test data %s is not a JSON object", name);
    return doc.object();
}

// A field element written as a decimal string (canonical, below p).
inline crypto::Fr fr(const QString& decimal)
{
    const auto x = crypto::Fr::fromDecimal(decimal.toStdString());
    if (!x)
        qFatal("bad Fr in test data: %s", qPrintable(decimal));
    return *x;
}

inline crypto::Fr fr(const QJsonValue& v)
{
    return fr(v.toString());
}

// A JSON array of decimal field elements.
inline std::vector<crypto::Fr> frs(const QJsonValue& v)
{
    std::vector<crypto::Fr> out;
    for (const QJsonValue& e : v.toArray())
        out.push_back(fr(e));
    return out;
}

// A scalar mod l written as a decimal string (canonical, below l).
inline crypto::Scalar scalar(const QJsonValue& v)
{
    const auto x = crypto::Scalar::fromDecimal(v.toString().toStdString());
    if (!x)
        qFatal("bad scalar in test data: %s", qPrintable(v.toString()));
    return *x;
}

// [x, y] as decimal strings.
inline crypto::AffinePoint affine(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return crypto::AffinePoint{fr(a[0]), fr(a[1])};
}

// [x, y] of a point of the prime-order subgroup.
inline crypto::Point point(const QJsonValue& v)
{
    const auto p = crypto::Point::fromAffine(affine(v));
    if (!p)
        qFatal("test data point not on the curve or not in the subgroup");
    return *p;
}

// The bytes of a QByteArray, for APIs taking std::span.
inline std::span<const std::uint8_t> span(const QByteArray& b)
{
    return {reinterpret_cast<const std::uint8_t*>(b.constData()), std::size_t(b.size())};
}

// A byte array as a QByteArray, for QCOMPARE and toHex.
template <std::size_t N>
QByteArray bytes(const std::array<std::uint8_t, N>& a)
{
    return QByteArray(reinterpret_cast<const char*>(a.data()), qsizetype(N));
}

} // namespace bs::test
