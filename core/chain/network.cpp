// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/network.h"

#include "util/atomic_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace bs::chain {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
// The vault stores chain ids and block numbers as SQLite's signed 64-bit integers.
constexpr std::uint64_t kMaxStored = std::uint64_t(std::numeric_limits<qint64>::max());

JsonSource sourceOf(NetworkSource source)
{
    if (source == NetworkSource::OperatorAnswer)
        return {"the operator's GET /network answer has",
                "; tell the operator, their server or its configuration is broken.",
                BS_TR("chain", "the operator's GET /network answer has an invalid %1 (expected "
                               "%2); tell the operator, their server or its configuration is "
                               "broken.")};
    return {"the network description has",
            "; use the network file the devnet or the operator published.",
            BS_TR("chain", "the network description has an invalid %1 (expected %2); use the "
                           "network file the devnet or the operator published.")};
}

// A file of a circuit: {path?, sha256?, url?}.
Result<void> readArtifactFile(const JsonFields& file, QString& path, QString& sha256, QUrl& url)
{
    auto p = file.optionalText("path");
    auto h = file.optionalText("sha256");
    if (!p || !h)
        return !p ? p.error() : h.error();
    path = *p;
    sha256 = *h;
    if (file.has("url")) {
        auto u = file.httpUrl("url");
        if (!u)
            return u.error();
        url = *u;
    }
    return {};
}

Result<void> readCircuits(const JsonFields& o, NetworkSource source, Network& n)
{
    if (!o.has("circuits"))
        return {};
    auto circuits = o.object("circuits");
    if (!circuits)
        return circuits.error();
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonObject& all = circuits->object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        auto entry = circuits->object(name.constData());
        if (!entry)
            return entry.error();
        auto wasm = entry->object("wasm");
        auto zkey = entry->object("zkey");
        if (!wasm || !zkey)
            return !wasm ? wasm.error() : zkey.error();
        CircuitArtifact a;
        if (auto r = readArtifactFile(*wasm, a.wasmPath, a.wasmSha256, a.wasmUrl); !r)
            return r.error();
        if (auto r = readArtifactFile(*zkey, a.zkeyPath, a.zkeySha256, a.zkeyUrl); !r)
            return r.error();
        // Every circuit a server names must be downloadable and checkable; local paths are
        // for files on this machine and are never taken from a server.
        if (source == NetworkSource::OperatorAnswer) {
            a.wasmPath.clear();
            a.zkeyPath.clear();
            if (a.wasmUrl.isEmpty() || a.zkeyUrl.isEmpty())
                return entry->invalid("wasm", BS_TR("chain", "a url for the wasm and the zkey"));
            if (!sha256Hex.match(a.wasmSha256).hasMatch() ||
                !sha256Hex.match(a.zkeySha256).hasMatch())
                return entry->invalid("wasm", BS_TR("chain", "a sha256 of 64 lower-case hex digits "
                                                             "for the wasm and the zkey"));
        }
        n.circuits.insert(it.key(), a);
    }
    return {};
}

// token, eercDecimals, tokenId, operatorAddress, auditor, distribution: required in an
// operator's answer, read when present in a file.
Result<void> readPayoutSide(const JsonFields& o, NetworkSource source, Network& n)
{
    const bool required = source == NetworkSource::OperatorAnswer;
    FirstError e;
    if (o.has("tokenId"))
        e(n.tokenId, o.amount("tokenId"));
    // 10^77 < 2^256: more decimals could not be a U256 amount.
    constexpr std::uint64_t kMaxDecimals = 77;
    if (required || o.has("eercDecimals"))
        e(n.eercDecimals, o.integer("eercDecimals", kMaxDecimals));
    if (required || o.has("operatorAddress"))
        e(n.operatorAddress, o.address("operatorAddress"));
    if (e.failed())
        return e.error();
    if (required || o.has("token")) {
        auto token = o.object("token");
        if (!token)
            return token.error();
        TokenInfo info;
        e(info.symbol, token->text("symbol"));
        e(info.decimals, token->integer("decimals", kMaxDecimals));
        if (e.failed())
            return e.error();
        info.symbol = info.symbol.trimmed();
        n.token = info;
    }
    if (required || o.has("auditor")) {
        auto auditor = o.object("auditor");
        if (!auditor)
            return auditor.error();
        AuditorInfo info;
        e(info.address, auditor->address("address"));
        e(info.publicKey, auditor->point("publicKey"));
        if (e.failed())
            return e.error();
        n.auditor = info;
    }
    if (o.has("nativeCurrency")) {
        auto native = o.object("nativeCurrency");
        if (!native)
            return native.error();
        TokenInfo info;
        e(info.symbol, native->text("symbol"));
        e(info.decimals, native->integer("decimals", kMaxDecimals));
        if (e.failed())
            return e.error();
        info.symbol = info.symbol.trimmed();
        n.nativeCurrency = info;
    }
    // Informative; absent means the spec's rule.
    if (o.has("distribution")) {
        auto distribution = o.object("distribution");
        if (!distribution)
            return distribution.error();
        auto weight = distribution->optionalText("weight");
        auto rounding = distribution->optionalText("rounding");
        if (!weight || !rounding)
            return !weight ? weight.error() : rounding.error();
        n.distributionWeight = *weight;
        n.distributionRounding = *rounding;
    }
    return {};
}

QJsonArray pointJson(const crypto::Point& p)
{
    const crypto::AffinePoint a = p.toAffine();
    return {QString::fromStdString(a.x.toDecimal()), QString::fromStdString(a.y.toDecimal())};
}

QString addressText(const crypto::EthAddress& a)
{
    return QString::fromStdString(a.toChecksumHex());
}

QJsonObject artifactFileJson(const QString& path, const QString& sha256, const QUrl& url)
{
    QJsonObject o;
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (!sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), sha256);
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), url.toString());
    return o;
}

} // namespace

Result<Network> parseNetwork(const QByteArray& json, NetworkSource source)
{
    auto parsed = JsonFields::parse(json, sourceOf(source));
    if (!parsed)
        return parsed.error();
    const JsonFields& o = *parsed;
    Network n;
    auto name = o.has("name") || !o.has("chainName") ? o.text("name") : o.text("chainName");
    if (!name)
        return name.error();
    n.name = name->trimmed();

    auto chainId = o.integerOrDecimal("chainId", kMaxStored);
    if (!chainId)
        return chainId.error();
    if (*chainId == 0)
        return o.invalid("chainId", BS_TR("chain", "a chain id other than 0"));
    n.deployment.chainId = *chainId;

    if (source == NetworkSource::File || o.has("rpcUrl")) {
        auto rpc = o.httpUrl("rpcUrl");
        if (!rpc)
            return rpc.error();
        n.rpcUrl = *rpc;
    }
    // null or "" (the devnet before its server runs): no operator server.
    const QJsonValue operatorUrlValue = o.object().value(QLatin1String("operatorUrl"));
    if (o.has("operatorUrl") &&
        !(operatorUrlValue.isString() && operatorUrlValue.toString().trimmed().isEmpty())) {
        auto operatorUrl = o.httpUrl("operatorUrl");
        if (!operatorUrl)
            return operatorUrl.error();
        n.operatorUrl = *operatorUrl;
    }
    if (o.has("deploymentBlock")) {
        auto block = o.integerOrDecimal("deploymentBlock", kMaxStored);
        if (!block)
            return block.error();
        n.deployment.deploymentBlock = *block;
    }

    auto contracts = o.object("contracts");
    if (!contracts)
        return contracts.error();
    auto registrar = contracts->address("registrar");
    auto eerc = contracts->address("encryptedErc");
    auto token = contracts->address("token");
    if (!registrar || !eerc || !token)
        return !registrar ? registrar.error() : !eerc ? eerc.error() : token.error();
    n.deployment.registrar = *registrar;
    n.deployment.encryptedErc = *eerc;
    n.deployment.token = *token;

    if (auto r = readPayoutSide(o, source, n); !r)
        return r.error();
    if (auto r = readCircuits(o, source, n); !r)
        return r.error();
    return n;
}

Result<Network> readNetworkFile(const QString& path)
{
    auto bytes = util::readSmallFile(path, kMaxFileBytes);
    if (!bytes)
        return fail(BS_TR("chain", "the network description cannot be used: %1."), bytes.error());
    return parseNetwork(*bytes, NetworkSource::File);
}

QByteArray toJson(const Network& n)
{
    QJsonObject o{
        {QStringLiteral("name"), n.name},
        {QStringLiteral("chainId"), QString::number(n.deployment.chainId)},
        {QStringLiteral("rpcUrl"), n.rpcUrl.toString()},
        {QStringLiteral("deploymentBlock"), QString::number(n.deployment.deploymentBlock)},
        {QStringLiteral("contracts"),
         QJsonObject{{QStringLiteral("registrar"), addressText(n.deployment.registrar)},
                     {QStringLiteral("encryptedErc"), addressText(n.deployment.encryptedErc)},
                     {QStringLiteral("token"), addressText(n.deployment.token)}}},
    };
    if (n.operatorUrl)
        o.insert(QStringLiteral("operatorUrl"), n.operatorUrl->toString());
    if (n.tokenId)
        o.insert(QStringLiteral("tokenId"), QString::fromStdString(n.tokenId->toDecimal()));
    if (n.token)
        o.insert(QStringLiteral("token"),
                 QJsonObject{{QStringLiteral("symbol"), n.token->symbol},
                             {QStringLiteral("decimals"), int(n.token->decimals)}});
    if (n.eercDecimals)
        o.insert(QStringLiteral("eercDecimals"), int(*n.eercDecimals));
    if (n.operatorAddress)
        o.insert(QStringLiteral("operatorAddress"), addressText(*n.operatorAddress));
    if (n.auditor)
        o.insert(QStringLiteral("auditor"),
                 QJsonObject{{QStringLiteral("address"), addressText(n.auditor->address)},
                             {QStringLiteral("publicKey"), pointJson(n.auditor->publicKey)}});
    o.insert(QStringLiteral("nativeCurrency"),
             QJsonObject{{QStringLiteral("symbol"), n.nativeCurrency.symbol},
                         {QStringLiteral("decimals"), int(n.nativeCurrency.decimals)}});
    if (!n.distributionWeight.isEmpty() || !n.distributionRounding.isEmpty())
        o.insert(QStringLiteral("distribution"),
                 QJsonObject{{QStringLiteral("weight"), n.distributionWeight},
                             {QStringLiteral("rounding"), n.distributionRounding}});
    if (!n.circuits.isEmpty()) {
        QJsonObject circuits;
        for (auto it = n.circuits.cbegin(); it != n.circuits.cend(); ++it)
            circuits.insert(
                it.key(),
                QJsonObject{{QStringLiteral("wasm"),
                             artifactFileJson(it->wasmPath, it->wasmSha256, it->wasmUrl)},
                            {QStringLiteral("zkey"),
                             artifactFileJson(it->zkeyPath, it->zkeySha256, it->zkeyUrl)}});
        o.insert(QStringLiteral("circuits"), circuits);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace bs::chain
