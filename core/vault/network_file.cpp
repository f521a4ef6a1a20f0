// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/network_file.h"

#include "crypto/secp256k1.h"
#include "vault/atomic_file.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace bs::vault {

namespace {

// A non-negative integer: a JSON number that is exactly an integer below 2^53, or a
// decimal string (for values a double cannot hold) up to 2^63 - 1, the largest the vault
// stores (SQLite integers are signed 64-bit).
Result<quint64> integer(const QJsonValue& v, const char* what)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d < 9007199254740992.0 && std::floor(d) == d)
            return quint64(d);
    } else if (v.isString()) {
        bool ok = false;
        const quint64 n = v.toString().toULongLong(&ok, 10);
        if (ok && n > quint64(std::numeric_limits<qint64>::max()))
            return fail(std::string("the network file's ") + what +
                        " is too large (at most 9223372036854775807)");
        if (ok)
            return n;
    }
    return fail(std::string("the network file's ") + what + " must be a non-negative integer");
}

Result<QString> text(const QJsonObject& o, const char* key, const char* what)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail(std::string("the network file has no ") + what + " (\"" + key + "\")");
    return v.toString().trimmed();
}

Result<QString> address(const QJsonObject& contracts, const char* key)
{
    auto t = text(contracts, key, (std::string("contracts.") + key).c_str());
    if (!t)
        return t.error();
    auto a = crypto::EthAddress::fromString(t->toStdString());
    if (!a)
        return fail(std::string("the network file's contracts.") + key +
                    " is not a valid address: " + a.error().message);
    return QString::fromStdString(a->toChecksumHex());
}

} // namespace

Result<Network> parseNetworkJson(const QByteArray& json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail("the network file is not a JSON object (" + err.errorString().toStdString() +
                    ")");
    const QJsonObject o = doc.object();
    Network n;
    auto name = text(o, "name", "network name");
    if (!name)
        return name.error();
    n.name = *name;
    if (!o.contains(QLatin1String("chainId")))
        return fail("the network file has no chainId");
    auto chainId = integer(o.value(QLatin1String("chainId")), "chainId");
    if (!chainId)
        return chainId.error();
    if (*chainId == 0)
        return fail("the network file's chainId must not be 0");
    n.chainId = *chainId;
    auto rpc = text(o, "rpcUrl", "RPC URL");
    if (!rpc)
        return rpc.error();
    n.rpcUrl = *rpc;
    const QJsonValue op = o.value(QLatin1String("operatorUrl"));
    if (op.isString())
        n.operatorUrl = op.toString().trimmed();
    else if (!op.isNull() && !op.isUndefined())
        return fail("the network file's operatorUrl must be a string or null");
    if (o.contains(QLatin1String("deploymentBlock"))) {
        auto block = integer(o.value(QLatin1String("deploymentBlock")), "deploymentBlock");
        if (!block)
            return block.error();
        n.deploymentBlock = *block;
    }
    const QJsonValue c = o.value(QLatin1String("contracts"));
    if (!c.isObject())
        return fail("the network file has no \"contracts\" object");
    const QJsonObject contracts = c.toObject();
    auto registrar = address(contracts, "registrar");
    if (!registrar)
        return registrar.error();
    auto eerc = address(contracts, "encryptedErc");
    if (!eerc)
        return eerc.error();
    auto token = address(contracts, "token");
    if (!token)
        return token.error();
    n.registrarAddress = *registrar;
    n.eercAddress = *eerc;
    n.tokenAddress = *token;
    return n;
}

Result<Network> readNetworkFile(const QString& path)
{
    auto bytes = readSmallFile(path, 4 << 20);
    if (!bytes)
        return bytes.error();
    return parseNetworkJson(*bytes);
}

} // namespace bs::vault
