// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the auditor's tests: the devnet's auditor key (Hardhat account 1), PCTs made for
// it, and a simulated JSON-RPC node holding eERC logs (eth_getLogs with real filtering,
// blocks with timestamps, receipts, the registrar and the EncryptedERC views), which a test
// can make lie.
#pragma once

#include "chain/eth_client.h"
#include "chain/json_rpc.h"
#include "chain/network.h"
#include "crypto/pct.h"
#include "eerc/contracts.h"
#include "eerc/key_derivation.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace bs::test {

inline crypto::EthAddress addr(const char* text)
{
    auto a = crypto::EthAddress::fromString(text);
    if (!a)
        qFatal("bad address in test: %s", text);
    return *a;
}

// n as an address 0x00..0n (recipients, other auditors).
inline crypto::EthAddress addrN(std::uint8_t n)
{
    crypto::EthAddress::Bytes b{};
    b[19] = n;
    b[0] = 0xab;
    return crypto::EthAddress(b);
}

inline crypto::Hash256 hashN(std::uint64_t n, std::uint8_t tag = 0x11)
{
    crypto::Hash256 h{};
    h[0] = tag;
    for (int i = 0; i < 8; ++i)
        h[31 - i] = std::uint8_t(n >> (8 * i));
    return h;
}

// The devnet's auditor: Hardhat account 1.
inline const crypto::EcdsaPrivateKey& auditorWallet()
{
    static const crypto::EcdsaPrivateKey k =
        crypto::EcdsaPrivateKey::fromHex(
            "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
            .value();
    return k;
}

inline const eerc::EercKey& auditorKey()
{
    static const eerc::EercKey k = eerc::EercKey::deriveFromWallet(auditorWallet()).value();
    return k;
}

// Another key (for PCTs this auditor cannot read).
inline const eerc::EercKey& otherKey()
{
    static const eerc::EercKey k =
        eerc::EercKey::deriveFromWallet(
            crypto::EcdsaPrivateKey::fromHex(
                "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a")
                .value())
            .value();
    return k;
}

inline crypto::Pct pctFor(const crypto::Point& pk, std::uint64_t amount)
{
    return crypto::encryptAmount(pk, *crypto::toFr(U256::fromU64(amount)));
}

inline QString hexOf(std::span<const std::uint8_t> b)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(b));
}

inline QString quantity(std::uint64_t v)
{
    return QString::fromStdString(U256::fromU64(v).toHex());
}

inline void putWord(std::vector<std::uint8_t>& out, const U256& v)
{
    const auto w = v.toBigEndian();
    out.insert(out.end(), w.begin(), w.end());
}

inline void putPct(std::vector<std::uint8_t>& out, const crypto::Pct& pct)
{
    for (const crypto::Fr& f : pct.words)
        putWord(out, crypto::toU256(f));
}

inline chain::Deployment testDeployment()
{
    chain::Deployment d;
    d.chainId = 43112;
    d.registrar = addr("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    d.encryptedErc = addr("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
    d.token = addr("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
    d.deploymentBlock = 5;
    return d;
}

inline const crypto::EthAddress& operatorAddress()
{
    static const crypto::EthAddress a = addr("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    return a;
}

// ---- logs as the contracts emit them ----

inline chain::Log makeLog(std::uint64_t block, std::uint32_t logIndex, const crypto::Hash256& tx)
{
    chain::Log l;
    l.address = testDeployment().encryptedErc;
    l.blockNumber = block;
    l.blockHash = hashN(block, 0xbb);
    l.transactionHash = tx;
    l.logIndex = logIndex;
    return l;
}

inline chain::Log payoutLog(std::uint64_t block,
                            std::uint32_t logIndex,
                            const crypto::Hash256& tx,
                            const crypto::EthAddress& from,
                            const crypto::EthAddress& to,
                            const crypto::Pct& pct,
                            const crypto::EthAddress& auditor)
{
    chain::Log l = makeLog(block, logIndex, tx);
    l.topics = {eerc::abi::privateTransferEvent().topic0(), eerc::addressTopic(from),
                eerc::addressTopic(to), eerc::addressTopic(auditor)};
    putPct(l.data, pct);
    return l;
}

inline chain::Log withdrawLog(std::uint64_t block,
                              std::uint32_t logIndex,
                              const crypto::Hash256& tx,
                              const crypto::EthAddress& user,
                              std::uint64_t amount,
                              const crypto::Pct& pct,
                              const crypto::EthAddress& auditor)
{
    chain::Log l = makeLog(block, logIndex, tx);
    l.topics = {eerc::abi::withdrawEvent().topic0(), eerc::addressTopic(user),
                eerc::addressTopic(auditor)};
    putWord(l.data, U256::fromU64(amount));
    putWord(l.data, U256::fromU64(1)); // token id
    putPct(l.data, pct);
    return l;
}

inline chain::Log depositLog(std::uint64_t block,
                             std::uint32_t logIndex,
                             const crypto::Hash256& tx,
                             const crypto::EthAddress& user,
                             std::uint64_t amount,
                             std::uint64_t dust)
{
    chain::Log l = makeLog(block, logIndex, tx);
    l.topics = {eerc::abi::depositEvent().topic0(), eerc::addressTopic(user)};
    putWord(l.data, U256::fromU64(amount));
    putWord(l.data, U256::fromU64(dust));
    putWord(l.data, U256::fromU64(1));
    return l;
}

inline chain::Log auditorChangedLog(std::uint64_t block,
                                    std::uint32_t logIndex,
                                    const crypto::Hash256& tx,
                                    const crypto::EthAddress& from,
                                    const crypto::EthAddress& to)
{
    chain::Log l = makeLog(block, logIndex, tx);
    l.topics = {eerc::abi::auditorChangedEvent().topic0(), eerc::addressTopic(from),
                eerc::addressTopic(to)};
    return l;
}

inline QJsonObject logJson(const chain::Log& l)
{
    QJsonArray topics;
    for (const auto& t : l.topics)
        topics.append(hexOf(t));
    return QJsonObject{{"address", QString::fromStdString(l.address.toLowerHex())},
                       {"topics", topics},
                       {"data", hexOf(l.data)},
                       {"blockNumber", quantity(l.blockNumber)},
                       {"blockHash", hexOf(l.blockHash)},
                       {"transactionHash", hexOf(l.transactionHash)},
                       {"logIndex", quantity(l.logIndex)},
                       {"removed", l.removed}};
}

// ---- the node ----

class SimChain final : public chain::JsonTransport
{
public:
    chain::Deployment deployment = testDeployment();
    std::uint64_t head = 100;
    std::int64_t genesisTime = 1'700'000'000; // block n has time genesisTime + 10 n
    std::vector<chain::Log> logs;
    std::map<crypto::EthAddress::Bytes, crypto::Point> registered;
    crypto::EthAddress currentAuditor = auditorWallet().address();
    std::optional<crypto::Point> currentAuditorKey = auditorKey().publicKey();
    unsigned tokenDecimals = 6;
    unsigned eercDecimals = 6;
    // Return a value to answer a request differently (a lying or broken node).
    std::function<std::optional<QJsonValue>(const QString&, const QJsonArray&)> lie;
    std::map<QString, int> calls;

    std::int64_t timeOf(std::uint64_t block) const
    {
        return genesisTime + 10 * std::int64_t(block);
    }

    chain::HttpResponse post(const QByteArray& body, std::stop_token) override
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QJsonDocument reply;
        if (doc.isArray()) {
            QJsonArray out;
            for (const QJsonValue& r : doc.array())
                out.append(answer(r.toObject()));
            reply = QJsonDocument(out);
        } else {
            reply = QJsonDocument(answer(doc.object()));
        }
        return {chain::HttpResponse::Outcome::Ok, 200, reply.toJson(QJsonDocument::Compact), {}};
    }
    QString endpointForDisplay() const override { return QStringLiteral("sim://node"); }

private:
    QJsonObject answer(const QJsonObject& request)
    {
        const QString method = request.value("method").toString();
        const QJsonArray params = request.value("params").toArray();
        ++calls[method];
        QJsonObject response{{"jsonrpc", "2.0"}, {"id", request.value("id")}};
        if (lie)
            if (auto v = lie(method, params)) {
                response.insert("result", *v);
                return response;
            }
        response.insert("result", result(method, params));
        return response;
    }

    static bool matches(const QJsonValue& filter, const crypto::Hash256& topic)
    {
        if (filter.isNull() || filter.isUndefined())
            return true;
        const QString t = hexOf(topic);
        if (filter.isString())
            return filter.toString().compare(t, Qt::CaseInsensitive) == 0;
        for (const QJsonValue& v : filter.toArray())
            if (v.toString().compare(t, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }

    QJsonValue result(const QString& method, const QJsonArray& params)
    {
        if (method == "eth_chainId")
            return quantity(deployment.chainId);
        if (method == "eth_blockNumber")
            return quantity(head);
        if (method == "eth_getBlockByNumber") {
            const auto n = U256::fromHex(params.at(0).toString().toStdString());
            if (!n || n->toU64() > head)
                return QJsonValue::Null;
            return QJsonObject{{"number", quantity(n->toU64())},
                               {"hash", hexOf(hashN(n->toU64(), 0xbb))},
                               {"timestamp", quantity(std::uint64_t(timeOf(n->toU64())))}};
        }
        if (method == "eth_getLogs") {
            const QJsonObject f = params.at(0).toObject();
            const std::uint64_t from =
                U256::fromHex(f.value("fromBlock").toString().toStdString())->toU64();
            const std::uint64_t to =
                U256::fromHex(f.value("toBlock").toString().toStdString())->toU64();
            const QJsonArray topics = f.value("topics").toArray();
            QJsonArray out;
            for (const chain::Log& l : logs) {
                if (l.blockNumber < from || l.blockNumber > to || l.blockNumber > head)
                    continue;
                if (f.value("address").toString().compare(
                        QString::fromStdString(l.address.toLowerHex()), Qt::CaseInsensitive) != 0)
                    continue;
                bool ok = true;
                for (qsizetype i = 0; i < topics.size() && ok; ++i) {
                    if (topics.at(i).isNull())
                        continue;
                    ok = std::size_t(i) < l.topics.size() &&
                         matches(topics.at(i), l.topics[std::size_t(i)]);
                }
                if (ok)
                    out.append(logJson(l));
            }
            return out;
        }
        if (method == "eth_getTransactionReceipt") {
            const QString tx = params.at(0).toString();
            QJsonArray receiptLogs;
            std::uint64_t block = 0;
            for (const chain::Log& l : logs)
                if (hexOf(l.transactionHash).compare(tx, Qt::CaseInsensitive) == 0 &&
                    l.blockNumber <= head) {
                    receiptLogs.append(logJson(l));
                    block = l.blockNumber;
                }
            if (receiptLogs.isEmpty())
                return QJsonValue::Null;
            return QJsonObject{{"transactionHash", tx},
                               {"status", "0x1"},
                               {"blockNumber", quantity(block)},
                               {"blockHash", hexOf(hashN(block, 0xbb))},
                               {"gasUsed", "0x5208"},
                               {"effectiveGasPrice", "0x1"},
                               {"logs", receiptLogs}};
        }
        if (method == "eth_call")
            return call(params.at(0).toObject());
        return QJsonValue::Null;
    }

    QJsonValue call(const QJsonObject& tx)
    {
        const auto data =
            *util::hexDecode(tx.value("data").toString().toStdString(), util::HexPrefix::Optional);
        const auto to = *crypto::EthAddress::fromString(tx.value("to").toString().toStdString());
        std::array<std::uint8_t, 4> selector{};
        std::copy_n(data.begin(), 4, selector.begin());
        std::vector<std::uint8_t> out;
        const auto point = [&](const std::optional<crypto::Point>& p) {
            if (!p) {
                putWord(out, U256());
                putWord(out, U256());
                return;
            }
            const auto a = p->toAffine();
            putWord(out, crypto::toU256(a.x));
            putWord(out, crypto::toU256(a.y));
        };
        if (selector == eerc::abi::getUserPublicKey().selector()) {
            crypto::EthAddress::Bytes who{};
            std::copy_n(data.begin() + 4 + 12, 20, who.begin());
            const auto it = registered.find(who);
            point(it == registered.end() ? std::nullopt : std::optional<crypto::Point>(it->second));
        } else if (selector == eerc::abi::auditorPublicKey().selector()) {
            point(currentAuditorKey);
        } else if (selector == eerc::abi::auditor().selector()) {
            std::vector<std::uint8_t> w(12, 0);
            w.insert(w.end(), currentAuditor.bytes().begin(), currentAuditor.bytes().end());
            out = w;
        } else if (selector == eerc::abi::decimals().selector()) {
            putWord(out, U256::fromU64(to == deployment.token ? tokenDecimals : eercDecimals));
        } else if (selector == eerc::abi::tokenIds().selector()) {
            putWord(out, U256::fromU64(1));
        } else {
            return QJsonValue::Null;
        }
        return hexOf(out);
    }
};

} // namespace bs::test
