// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/network_config.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bs::eerc {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

Result<crypto::EthAddress> addressField(const QJsonObject& o, const char* key, const char* what)
{
    const QJsonValue v = o.value(QLatin1String(key));
    auto a = crypto::EthAddress::fromString(v.toString().toStdString());
    if (!v.isString() || !a)
        return fail(std::string("the network description has no valid ") + what + " address (" +
                    key + ").");
    return *a;
}

std::optional<std::uint64_t> unsignedField(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d <= 9007199254740991.0 &&
            d == static_cast<double>(static_cast<std::uint64_t>(d)))
            return static_cast<std::uint64_t>(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const std::uint64_t n = v.toString().toULongLong(&ok, 10);
        if (ok)
            return n;
    }
    return std::nullopt;
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
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail("the network description is not a JSON object: " +
                    error.errorString().toStdString() + ".");
    const QJsonObject o = doc.object();
    NetworkConfig n;
    n.name = o.value(QLatin1String("name")).toString(QStringLiteral("Unnamed network"));

    const auto chainId = unsignedField(o.value(QLatin1String("chainId")));
    if (!chainId || *chainId == 0)
        return fail("the network description has no valid chainId.");
    n.deployment.chainId = *chainId;

    n.rpcUrl = QUrl(o.value(QLatin1String("rpcUrl")).toString());
    if (!n.rpcUrl.isValid() || n.rpcUrl.host().isEmpty())
        return fail("the network description has no valid rpcUrl.");
    const QJsonValue op = o.value(QLatin1String("operatorUrl"));
    if (op.isString() && !op.toString().isEmpty()) {
        const QUrl url(op.toString());
        if (!url.isValid() || url.host().isEmpty())
            return fail("the network description's operatorUrl is not a valid URL.");
        n.operatorUrl = url;
    }

    const QJsonObject contracts = o.value(QLatin1String("contracts")).toObject();
    auto registrar = addressField(contracts, "registrar", "Registrar");
    auto eerc = addressField(contracts, "encryptedErc", "EncryptedERC");
    auto token = addressField(contracts, "token", "token");
    if (!registrar)
        return registrar.error();
    if (!eerc)
        return eerc.error();
    if (!token)
        return token.error();
    n.deployment.registrar = *registrar;
    n.deployment.encryptedErc = *eerc;
    n.deployment.token = *token;
    const auto block = unsignedField(o.value(QLatin1String("deploymentBlock")));
    if (!block)
        return fail("the network description has no valid deploymentBlock.");
    n.deployment.deploymentBlock = *block;

    const QJsonObject circuits = o.value(QLatin1String("circuits")).toObject();
    for (auto it = circuits.begin(); it != circuits.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QJsonObject wasm = c.value(QLatin1String("wasm")).toObject();
        const QJsonObject zkey = c.value(QLatin1String("zkey")).toObject();
        n.circuits.insert(it.key(),
                          CircuitArtifact{wasm.value(QLatin1String("path")).toString(),
                                          wasm.value(QLatin1String("sha256")).toString(),
                                          zkey.value(QLatin1String("path")).toString(),
                                          zkey.value(QLatin1String("sha256")).toString()});
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
