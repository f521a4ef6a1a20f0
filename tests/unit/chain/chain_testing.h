// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the chain tests: hex and JSON vector values to our types. Malformed test
// data stops the test (qFatal), like tests/unit/testing.h.
#pragma once

#include "../testing.h"
#include "chain/abi.h"
#include "util/hex.h"
#include "util/u256.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace bs::test {

inline std::vector<std::uint8_t> unhex(const QString& s)
{
    auto b = util::hexDecode(s.toStdString(), util::HexPrefix::Optional);
    if (!b)
        qFatal("bad hex in test data: %s", qPrintable(s.left(80)));
    return *b;
}

inline std::vector<std::uint8_t> unhex(const QJsonValue& v)
{
    return unhex(v.toString());
}

inline QString hexOf(std::span<const std::uint8_t> b)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(b));
}

inline U256 u256(const QJsonValue& v)
{
    const QString s = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    const auto x = s.startsWith(QLatin1String("0x")) ? U256::fromHex(s.toStdString())
                                                     : U256::fromDecimal(s.toStdString());
    if (!x)
        qFatal("bad integer in test data: %s", qPrintable(s));
    return *x;
}

// n bytes b[i] = (31 i + 7) & 255, the "pattern" of make-vectors.mjs.
inline std::vector<std::uint8_t> pattern(std::size_t n)
{
    std::vector<std::uint8_t> b(n);
    for (std::size_t i = 0; i < n; ++i)
        b[i] = static_cast<std::uint8_t>((i * 31 + 7) & 255);
    return b;
}

// A JSON vector value (as written by make-vectors.mjs) as an AbiValue of type t.
inline chain::AbiValue abiValue(const chain::AbiType& t, const QJsonValue& v)
{
    using K = chain::AbiType::Kind;
    switch (t.kind()) {
    case K::Uint:
        return chain::AbiValue::uint(u256(v));
    case K::Int: {
        const QString s = v.toString();
        if (!s.startsWith(QLatin1Char('-')))
            return chain::AbiValue::uint(u256(v));
        const U256 mag = *U256::fromDecimal(s.mid(1).toStdString());
        // 2^256 - mag
        return chain::AbiValue::uint(*(*U256::max().checkedSub(mag)).checkedAdd(U256::fromU64(1)));
    }
    case K::Address: {
        auto a = crypto::EthAddress::fromString(v.toString().toStdString());
        if (!a)
            qFatal("bad address in test data");
        return chain::AbiValue::address(*a);
    }
    case K::Bool:
        return chain::AbiValue::boolean(v.toBool());
    case K::FixedBytes:
        return chain::AbiValue::fixedBytes(unhex(v));
    case K::Bytes:
        return chain::AbiValue::bytes(unhex(v));
    case K::String:
        return chain::AbiValue::string(v.toString().toStdString());
    case K::FixedArray:
    case K::Array: {
        std::vector<chain::AbiValue> items;
        for (const auto& e : v.toArray())
            items.push_back(abiValue(t.element(), e));
        return chain::AbiValue::list(std::move(items));
    }
    case K::Tuple: {
        std::vector<chain::AbiValue> items;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            items.push_back(abiValue(t.components().at(std::size_t(i)), a[i]));
        return chain::AbiValue::list(std::move(items));
    }
    }
    qFatal("unreachable");
}

inline std::vector<chain::AbiValue> abiValues(const std::vector<chain::AbiType>& types,
                                              const QJsonArray& values)
{
    if (std::size_t(values.size()) != types.size())
        qFatal("value count mismatch in test data");
    std::vector<chain::AbiValue> out;
    for (std::size_t i = 0; i < types.size(); ++i)
        out.push_back(abiValue(types[i], values[qsizetype(i)]));
    return out;
}

inline std::string debugString(const std::vector<chain::AbiValue>& vs)
{
    return chain::AbiValue::list(vs).toDebugString();
}

} // namespace bs::test
