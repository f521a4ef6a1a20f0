// SPDX-License-Identifier: GPL-3.0-or-later
// Sending a transaction against a simulated node: the signed bytes carry the node's nonce,
// the gas estimate plus margin and the suggested fees (decoded back with the strict decoder,
// sender recovered); the hash is handed out before broadcasting and nothing is sent when
// that fails; "already known" after a lost answer is success; confirmations are counted.
#include "chain/tx_sender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace bs;
using namespace bs::chain;

namespace {

class ScriptedNode final : public JsonTransport
{
public:
    std::function<QJsonValue(const QString& method, const QJsonArray& params)> answer;
    QStringList methods;

    HttpResponse post(const QByteArray& body, std::stop_token) override
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        auto one = [&](const QJsonObject& request) {
            const QString method = request.value("method").toString();
            methods << method;
            QJsonValue result = answer(method, request.value("params").toArray());
            QJsonObject response{{"jsonrpc", "2.0"}, {"id", request.value("id")}};
            if (result.isObject() && result.toObject().contains("__error"))
                response.insert("error", result.toObject().value("__error"));
            else
                response.insert("result", result);
            return response;
        };
        QByteArray out;
        if (doc.isArray()) {
            QJsonArray responses;
            for (const QJsonValue& r : doc.array())
                responses.append(one(r.toObject()));
            out = QJsonDocument(responses).toJson(QJsonDocument::Compact);
        } else {
            out = QJsonDocument(one(doc.object())).toJson(QJsonDocument::Compact);
        }
        return HttpResponse{HttpResponse::Outcome::Ok, 200, out, {}};
    }
    QString endpointForDisplay() const override { return QStringLiteral("scripted"); }
};

QJsonValue error(int code, const char* message)
{
    return QJsonObject{{"__error", QJsonObject{{"code", code}, {"message", message}}}};
}

QString hashText(const crypto::Hash256& h)
{
    return QStringLiteral("0x") + QByteArray(reinterpret_cast<const char*>(h.data()), 32).toHex();
}

crypto::EcdsaPrivateKey testKey()
{
    // Hardhat's account #1: a public development key.
    auto key = crypto::EcdsaPrivateKey::fromHex(
        "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    return std::move(*key);
}

const EthAddress kContract(EthAddress::Bytes{0xee, 0xee});

} // namespace

class TestTxSender : public QObject
{
    Q_OBJECT

    struct Node
    {
        ScriptedNode* node = nullptr;
        std::unique_ptr<JsonRpcClient> rpc;
        std::unique_ptr<EthClient> eth;
        std::vector<QByteArray> sent;
        Node()
        {
            auto n = std::make_unique<ScriptedNode>();
            node = n.get();
            rpc = std::make_unique<JsonRpcClient>(std::move(n));
            eth = std::make_unique<EthClient>(*rpc);
        }
    };

    static QJsonValue common(const QString& method, const QJsonArray& params)
    {
        if (method == "eth_getTransactionCount") {
            if (params.at(1).toString() != "pending")
                return error(-32602, "nonce must be read at 'pending'");
            return "0x7";
        }
        if (method == "eth_estimateGas")
            return "0xc350"; // 50 000
        if (method == "eth_feeHistory")
            return QJsonObject{
                {"baseFeePerGas", QJsonArray{"0x5", "0x6", "0x7", "0x8", "0x9", "0x19"}},
                {"reward", QJsonArray{QJsonArray{"0x1"}, QJsonArray{"0x3"}}}};
        if (method == "eth_maxPriorityFeePerGas")
            return "0x2";
        return error(-32601, "unexpected method");
    }

private Q_SLOTS:
    void preparedTransactionCarriesNodeValues()
    {
        Node n;
        n.node->answer = common;
        TransactionSender sender(*n.eth, 43112);
        const std::vector<std::uint8_t> data{0xa5, 0x56, 0x6e, 0x25, 1, 2, 3};
        const auto p = sender.prepare(testKey(), kContract, data);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());

        const auto decoded = decodeSignedTransaction(p->raw);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->from, testKey().address());
        QCOMPARE(decoded->hash, p->hash);
        QCOMPARE(decoded->tx.chainId, std::uint64_t(43112));
        QCOMPARE(decoded->tx.nonce, std::uint64_t(7));
        QCOMPARE(decoded->tx.gasLimit, std::uint64_t(60000));          // +20 %
        QCOMPARE(decoded->tx.maxPriorityFeePerGas, U256::fromU64(3));  // max of history and node
        QCOMPARE(decoded->tx.maxFeePerGas, U256::fromU64(2 * 25 + 3)); // 2 * next base + tip
        QCOMPARE(decoded->tx.to, std::optional<EthAddress>(kContract));
        QVERIFY(decoded->tx.value.isZero());
        QCOMPARE(decoded->tx.data, data);
        QCOMPARE(p->maxCost(), U256::fromU64(60000 * 53));
    }

    void predictedRevertIsAnError()
    {
        Node n;
        n.node->answer = [](const QString& method, const QJsonArray& params) -> QJsonValue {
            if (method == "eth_estimateGas")
                return QJsonObject{{"__error", QJsonObject{{"code", 3},
                                                           {"message", "execution reverted"},
                                                           {"data", "0x09bde339"}}}};
            return common(method, params);
        };
        TransactionSender sender(*n.eth, 43112);
        const auto p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1});
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.find("proof") != std::string::npos, p.error().message.c_str());
    }

    void hashIsHandedOutBeforeBroadcast()
    {
        Node n;
        QStringList order;
        n.node->answer = [&](const QString& method, const QJsonArray& params) -> QJsonValue {
            if (method == "eth_sendRawTransaction") {
                order << "sent";
                const auto raw = QByteArray::fromHex(params.at(0).toString().mid(2).toLatin1());
                return hashText(transactionHash(
                    std::span(reinterpret_cast<const std::uint8_t*>(raw.constData()),
                              std::size_t(raw.size()))));
            }
            return common(method, params);
        };
        TransactionSender sender(*n.eth, 43112);
        const auto p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1});
        QVERIFY(p.ok());
        const auto hash = sender.broadcast(*p, [&](const PreparedTransaction& signedTx) -> Result<void> {
            order << (signedTx.hash == p->hash ? "persisted" : "persisted another hash");
            return {};
        });
        QVERIFY(hash.ok());
        QCOMPARE(order, (QStringList{"persisted", "sent"}));

        // If it cannot be recorded, it is not sent.
        const auto refused = sender.broadcast(
            *p, [](const PreparedTransaction&) -> Result<void> { return fail("disk full"); });
        QVERIFY(!refused.ok());
        QCOMPARE(order.count("sent"), 1);
    }

    void alreadyKnownIsSuccessAndWrongHashIsNot()
    {
        Node n;
        bool lie = false;
        n.node->answer = [&](const QString& method, const QJsonArray& params) -> QJsonValue {
            if (method == "eth_sendRawTransaction")
                return lie ? QJsonValue("0x" + QString(64, u'1')) : error(-32000, "already known");
            return common(method, params);
        };
        TransactionSender sender(*n.eth, 43112);
        const auto p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1});
        QVERIFY(p.ok());
        const auto again = sender.broadcast(*p);
        QVERIFY(again.ok());
        QCOMPARE(*again, p->hash);
        lie = true;
        QVERIFY(!sender.broadcast(*p).ok());
    }

    void waitsForConfirmations()
    {
        Node n;
        int receiptCalls = 0;
        std::uint64_t head = 100;
        const QString hash = "0x" + QString(64, u'a');
        n.node->answer = [&](const QString& method, const QJsonArray&) -> QJsonValue {
            if (method == "eth_getTransactionReceipt") {
                if (++receiptCalls < 3)
                    return QJsonValue::Null; // still pending
                return QJsonObject{{"transactionHash", hash},
                                   {"status", "0x1"},
                                   {"blockNumber", "0x65"}, // 101
                                   {"blockHash", "0x" + QString(64, u'b')},
                                   {"gasUsed", "0x5208"},
                                   {"effectiveGasPrice", "0x3"},
                                   {"logs", QJsonArray{}}};
            }
            if (method == "eth_blockNumber")
                return QStringLiteral("0x") + QString::number(head++, 16);
            return error(-32601, "unexpected");
        };
        TransactionSender sender(*n.eth, 43112);
        int sleeps = 0;
        sender.setSleeper([&](std::chrono::milliseconds, std::stop_token) { ++sleeps; });
        SendOptions options;
        options.confirmations = 3;
        std::vector<unsigned> seen;
        crypto::Hash256 h{};
        h.fill(0xaa);
        const auto r = sender.waitForReceipt(h, options, [&](unsigned c) { seen.push_back(c); });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r->success);
        QCOMPARE(r->gasUsed, std::uint64_t(21000));
        QCOMPARE(seen.back(), 3u);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void receiptForAnotherHashIsRefused()
    {
        Node n;
        n.node->answer = [&](const QString& method, const QJsonArray&) -> QJsonValue {
            if (method == "eth_getTransactionReceipt")
                return QJsonObject{{"transactionHash", "0x" + QString(64, u'c')},
                                   {"status", "0x1"},
                                   {"blockNumber", "0x1"},
                                   {"blockHash", "0x" + QString(64, u'b')},
                                   {"gasUsed", "0x1"},
                                   {"effectiveGasPrice", "0x1"},
                                   {"logs", QJsonArray{}}};
            return error(-32601, "unexpected");
        };
        TransactionSender sender(*n.eth, 43112);
        crypto::Hash256 h{};
        h.fill(0xaa);
        QVERIFY(!sender.waitForReceipt(h).ok());
    }
};

QTEST_GUILESS_MAIN(TestTxSender)
#include "tst_tx_sender.moc"
