// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/network_config.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace bs::eerc {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

// A non-negative integer: a JSON number that is exactly an integer below 2^53, or a decimal
// string (for values a double cannot hold) up to 2^63 - 1, the largest the vault stores
// (SQLite integers are signed 64-bit).
Result<std::uint64_t> integer(const QJsonValue& v, const char* what)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d < 9007199254740992.0 && std::floor(d) == d)
            return static_cast<std::uint64_t>(d);
    } else if (v.isString()) {
        bool ok = false;
        const qulonglong n = v.toString().toULongLong(&ok, 10);
        if (ok && n > qulonglong(std::numeric_limits<qint64>::max()))
            return fail(std::string("the network file's ") + what +
                        " is too large (at most 9223372036854775807)");
        if (ok)
            return static_cast<std::uint64_t>(n);
    }
    return fail(std::string("the network file's ") + what + " must be a non-negative integer");
}

Result<QString> text(const QJsonObject& o, const char* key, const std::string& what)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail("the network file has no " + what + " (\"" + key + "\")");
    return v.toString().trimmed();
}

Result<crypto::EthAddress> address(const QJsonObject& contracts, const char* key)
{
    auto t = text(contracts, key, std::string("contracts.") + key);
    if (!t)
        return t.error();
    auto a = crypto::EthAddress::fromString(t->toStdString());
    if (!a)
        return fail(std::string("the network file's contracts.") + key +
                    " is not a valid address: " + a.error().message);
    return *a;
}

Result<QUrl> url(const QString& text, const char* what)
{
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
        return fail(std::string("the network file's ") + what + " is not an http(s) URL");
    return u;
}

} // namespace

std::optional<CircuitFiles> NetworkConfig::circuitFiles(const QString& circuit) const
{
    const auto it = circuits.find(circuit);
    if (it == circuits.end() || it->wasmPath.isEmpty() || it->zkeyPath.isEmpty())
        return std::nullopt;
    return CircuitFiles{it->wasmPath, it->zkeyPath};
}

Result<NetworkConfig> parseNetworkConfig(const QByteArray& json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail("the network file is not a JSON object (" + err.errorString().toStdString() +
                    ")");
    const QJsonObject o = doc.object();
    NetworkConfig n;
    auto name = o.contains(QLatin1String("name")) || !o.contains(QLatin1String("chainName"))
                    ? text(o, "name", "network name")
                    : text(o, "chainName", "network name");
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
    n.deployment.chainId = *chainId;

    auto rpc = text(o, "rpcUrl", "RPC URL");
    if (!rpc)
        return rpc.error();
    auto rpcUrl = url(*rpc, "rpcUrl");
    if (!rpcUrl)
        return rpcUrl.error();
    n.rpcUrl = *rpcUrl;
    const QJsonValue op = o.value(QLatin1String("operatorUrl"));
    if (op.isString() && !op.toString().trimmed().isEmpty()) {
        auto operatorUrl = url(op.toString().trimmed(), "operatorUrl");
        if (!operatorUrl)
            return operatorUrl.error();
        n.operatorUrl = *operatorUrl;
    } else if (!op.isString() && !op.isNull() && !op.isUndefined()) {
        return fail("the network file's operatorUrl must be a string or null");
    }
    if (o.contains(QLatin1String("deploymentBlock"))) {
        auto block = integer(o.value(QLatin1String("deploymentBlock")), "deploymentBlock");
        if (!block)
            return block.error();
        n.deployment.deploymentBlock = *block;
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
    n.deployment.registrar = *registrar;
    n.deployment.encryptedErc = *eerc;
    n.deployment.token = *token;

    // Circuits are optional (an operator's GET /network names them by hash; the devnet's
    // file also has local paths).
    const QJsonObject circuits = o.value(QLatin1String("circuits")).toObject();
    for (auto it = circuits.begin(); it != circuits.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonObject wasm = entry.value(QLatin1String("wasm")).toObject();
        const QJsonObject zkey = entry.value(QLatin1String("zkey")).toObject();
        CircuitArtifact artifact{wasm.value(QLatin1String("path")).toString(),
                                 wasm.value(QLatin1String("sha256")).toString(),
                                 zkey.value(QLatin1String("path")).toString(),
                                 zkey.value(QLatin1String("sha256")).toString(),
                                 {},
                                 {}};
        // An artifact's download URL, when it names one (GET /network does).
        const auto artifactUrl = [&](const QJsonObject& file, QUrl& out) -> Result<void> {
            const QJsonValue u = file.value(QLatin1String("url"));
            if (u.isUndefined() || u.isNull())
                return {};
            const std::string what = "circuits." + it.key().toStdString() + " url";
            if (!u.isString())
                return fail("the network file's " + what + " is not an http(s) URL");
            auto parsed = url(u.toString().trimmed(), what.c_str());
            if (!parsed)
                return parsed.error();
            out = *parsed;
            return {};
        };
        if (auto r = artifactUrl(wasm, artifact.wasmUrl); !r)
            return r.error();
        if (auto r = artifactUrl(zkey, artifact.zkeyUrl); !r)
            return r.error();
        n.circuits.insert(it.key(), artifact);
    }
    return n;
}

Result<NetworkConfig> loadNetworkConfig(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail("cannot read the network description " + path.toStdString() + ": " +
                    file.errorString().toStdString() + ".");
    if (file.size() > kMaxFileBytes)
        return fail("the network description " + path.toStdString() + " is too large.");
    return parseNetworkConfig(file.readAll());
}

} // namespace bs::eerc
