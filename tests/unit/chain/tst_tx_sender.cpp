// SPDX-License-Identifier: GPL-3.0-or-later
// Sending a transaction against a simulated node that may lie: the signed bytes carry the
// node's nonce, the gas estimate plus margin and the suggested fees (decoded back with the
// strict decoder, sender recovered); fees and gas above the caps or above what the user
// approved are refused before signing; the hash is handed out before broadcasting and nothing
// is sent when that fails, nor to a node that changed chains; "already known" after a lost
// answer is success; confirmations are counted in the canonical chain only (a reorged receipt
// does not count); a transaction the node forgot is sent again; a taken nonce is "dropped".
#include "chain/tx_sender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>
#include <limits>

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
        if (method == "eth_chainId")
            return "0xa868"; // 43112
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
        const auto hash =
            sender.broadcast(*p, [&](const PreparedTransaction& signedTx) -> Result<void> {
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

    // A receipt for `hash` in block `block` (hash of the block: `blockHash`).
    static QJsonObject receipt(const QString& hash, std::uint64_t block, const QString& blockHash)
    {
        return QJsonObject{{"transactionHash", hash},
                           {"status", "0x1"},
                           {"blockNumber", "0x" + QString::number(block, 16)},
                           {"blockHash", blockHash},
                           {"gasUsed", "0x5208"},
                           {"effectiveGasPrice", "0x3"},
                           {"logs", QJsonArray{}}};
    }
    static QJsonObject block(std::uint64_t number, const QString& hash)
    {
        return QJsonObject{{"number", "0x" + QString::number(number, 16)}, {"hash", hash}};
    }

    void waitsForConfirmations()
    {
        Node n;
        int receiptCalls = 0;
        std::uint64_t head = 100;
        const QString hash = "0x" + QString(64, u'a');
        const QString canonical = "0x" + QString(64, u'b');
        n.node->answer = [&](const QString& method, const QJsonArray& params) -> QJsonValue {
            if (method == "eth_getTransactionReceipt")
                return ++receiptCalls < 3 ? QJsonValue(QJsonValue::Null) // still pending
                                          : QJsonValue(receipt(hash, 101, canonical));
            if (method == "eth_getTransactionByHash")
                return QJsonValue::Null; // (a scripted node without a pool)
            if (method == "eth_getTransactionCount" && params.at(1).toString() == "latest")
                return "0x7";
            if (method == "eth_getBlockByNumber")
                return block(101, canonical);
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
        SentTransaction sent;
        sent.hash.fill(0xaa);
        sent.nonce = 7;
        const auto r = sender.follow(sent, options, [&](unsigned c) { seen.push_back(c); });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->state, TransactionFate::State::Mined);
        QVERIFY(r->receipt->success);
        QCOMPARE(r->receipt->gasUsed, std::uint64_t(21000));
        QCOMPARE(seen.back(), 3u);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void receiptForAnotherHashIsRefused()
    {
        Node n;
        n.node->answer = [&](const QString& method, const QJsonArray&) -> QJsonValue {
            if (method == "eth_getTransactionReceipt")
                return receipt("0x" + QString(64, u'c'), 1, "0x" + QString(64, u'b'));
            return error(-32601, "unexpected");
        };
        TransactionSender sender(*n.eth, 43112);
        SentTransaction sent;
        sent.hash.fill(0xaa);
        QVERIFY(!sender.follow(sent).ok());
    }

    void reorgedReceiptDoesNotCount()
    {
        // The first receipts name a block that is not the canonical one at that height (a
        // reorg, or a lying node); only the receipt in the canonical block counts.
        Node n;
        int receiptCalls = 0;
        const QString hash = "0x" + QString(64, u'a');
        const QString canonical = "0x" + QString(64, u'b');
        const QString orphan = "0x" + QString(64, u'e');
        n.node->answer = [&](const QString& method, const QJsonArray&) -> QJsonValue {
            if (method == "eth_getTransactionReceipt")
                return ++receiptCalls <= 3 ? receipt(hash, 50, orphan)
                                           : receipt(hash, 51, canonical);
            if (method == "eth_getBlockByNumber")
                return block(receiptCalls <= 3 ? 50 : 51, canonical);
            if (method == "eth_blockNumber")
                return "0x40"; // 64: deep enough for the orphan too
            return error(-32601, "unexpected");
        };
        TransactionSender sender(*n.eth, 43112);
        sender.setSleeper([](std::chrono::milliseconds, std::stop_token) {});
        SentTransaction sent;
        sent.hash.fill(0xaa);
        const auto r = sender.follow(sent);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->receipt->blockNumber, std::uint64_t(51));
        QCOMPARE(receiptCalls, 4);
    }

    void forgottenTransactionIsSentAgain()
    {
        // The node lost the broadcast (or a proxy dropped it): the raw bytes go out again
        // every rebroadcastInterval until it is mined.
        Node n;
        int sends = 0;
        int receiptCalls = 0;
        const std::vector<std::uint8_t> raw{0x02, 0xf8, 0x01};
        const crypto::Hash256 hash = transactionHash(raw);
        n.node->answer = [&](const QString& method, const QJsonArray& params) -> QJsonValue {
            if (method == "eth_sendRawTransaction") {
                ++sends;
                return params.at(0).toString() == "0x02f801" ? QJsonValue(hashText(hash))
                                                             : error(-32000, "wrong bytes");
            }
            if (method == "eth_getTransactionReceipt")
                return ++receiptCalls < 4 ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(receipt(hashText(hash), 9, hashText(hash)));
            if (method == "eth_getTransactionByHash")
                return QJsonValue::Null;
            if (method == "eth_getTransactionCount")
                return "0x5"; // our nonce 5 is still free
            if (method == "eth_getBlockByNumber")
                return block(9, hashText(hash));
            if (method == "eth_blockNumber")
                return "0x9";
            return error(-32601, "unexpected");
        };
        TransactionSender sender(*n.eth, 43112);
        auto now = std::chrono::steady_clock::time_point{};
        sender.setClock([&] { return now; });
        sender.setSleeper([&](std::chrono::milliseconds d, std::stop_token) { now += d * 20; });
        SendOptions options;
        options.rebroadcastInterval = std::chrono::seconds(30);
        const auto r = sender.follow(SentTransaction{hash, testKey().address(), 5, raw}, options);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->state, TransactionFate::State::Mined);
        // Polls every 20 s (simulated): sent at 0 s and at 40 s, not at 20 s or 60 s (mined).
        QCOMPARE(sends, 2);
    }

    void takenNonceIsDroppedAndDefinitiveRefusalIsRejected()
    {
        Node n;
        QString latestNonce = "0x6"; // another transaction used nonce 5
        n.node->answer = [&](const QString& method, const QJsonArray&) -> QJsonValue {
            if (method == "eth_getTransactionReceipt" || method == "eth_getTransactionByHash")
                return QJsonValue::Null;
            if (method == "eth_getTransactionCount")
                return latestNonce;
            if (method == "eth_sendRawTransaction")
                return error(-32000, "insufficient funds for gas * price + value");
            return error(-32601, "unexpected");
        };
        TransactionSender sender(*n.eth, 43112);
        sender.setSleeper([](std::chrono::milliseconds, std::stop_token) {});
        const std::vector<std::uint8_t> raw{0x02, 0x01};
        SentTransaction sent{transactionHash(raw), testKey().address(), 5, raw};
        auto r = sender.follow(sent);
        QVERIFY(r.ok());
        QCOMPARE(r->state, TransactionFate::State::Dropped);
        latestNonce = "0x5";
        r = sender.follow(sent);
        QVERIFY(r.ok());
        QCOMPARE(r->state, TransactionFate::State::Rejected);
        QVERIFY(r->reason.find("insufficient funds") != std::string::npos);
    }

    void timeoutKeepsTheFateOpen()
    {
        Node n;
        n.node->answer = [&](const QString& method, const QJsonArray&) -> QJsonValue {
            if (method == "eth_getTransactionReceipt")
                return QJsonValue::Null;
            if (method == "eth_getTransactionByHash")
                return QJsonObject{{"hash", "0x" + QString(64, u'a')}, // pending
                                   {"from", "0x" + QString(40, u'1')},
                                   {"to", "0x" + QString(40, u'2')},
                                   {"input", "0x"},
                                   {"value", "0x0"},
                                   {"nonce", "0x5"},
                                   {"blockNumber", QJsonValue::Null}};
            return error(-32601, "unexpected");
        };
        TransactionSender sender(*n.eth, 43112);
        auto now = std::chrono::steady_clock::time_point{};
        sender.setClock([&] { return now; });
        sender.setSleeper(
            [&](std::chrono::milliseconds, std::stop_token) { now += std::chrono::seconds(61); });
        SendOptions options;
        options.timeout = std::chrono::seconds(600);
        SentTransaction sent;
        sent.hash.fill(0xaa);
        const auto r = sender.follow(sent, options);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("not confirmed yet") != std::string::npos);
    }

    void feesAboveTheCapsAreNotSigned()
    {
        // A node that asks for absurd fees or gas: nothing is signed.
        Node n;
        QString priority = "0x2";
        QString gas = "0xc350";
        n.node->answer = [&](const QString& method, const QJsonArray& params) -> QJsonValue {
            if (method == "eth_maxPriorityFeePerGas")
                return priority;
            if (method == "eth_estimateGas")
                return gas;
            return common(method, params);
        };
        TransactionSender sender(*n.eth, 43112);
        SendOptions options;
        options.limits.maxFeePerGas = U256::fromU64(100);
        options.limits.maxGasLimit = 100000;
        QVERIFY(sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1}, options).ok());
        priority = "0x1000"; // fee 2 * 25 + 4096 > 100
        auto p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1}, options);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.find("cap") != std::string::npos, p.error().message.c_str());
        priority = "0x2";
        gas = "0x1d4c0"; // 120 000 (+20 % = 144 000) > 100 000
        p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1}, options);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.find("limit") != std::string::npos, p.error().message.c_str());
        // An estimate near 2^64 must not wrap around to a small limit with the margin added.
        gas = "0xffffffffffffffff";
        options.limits.maxGasLimit = std::numeric_limits<std::uint64_t>::max();
        p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1}, options);
        QVERIFY(!p.ok());
    }

    void moreThanApprovedIsNotSigned()
    {
        Node n;
        n.node->answer = common;
        TransactionSender sender(*n.eth, 43112);
        SendOptions options;
        options.limits.approvedMaxCost = U256::fromU64(60000 * 53); // exactly what it costs
        QVERIFY(sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1}, options).ok());
        // A little less: the fee per gas is lowered to fit (it still pays base fee 25 + tip 3).
        options.limits.approvedMaxCost = U256::fromU64(60000 * 53 - 1);
        auto p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1}, options);
        QVERIFY(p.ok());
        QCOMPARE(p->tx.maxFeePerGas, U256::fromU64(52));
        QVERIFY(p->maxCost() <= *options.limits.approvedMaxCost);
        QCOMPARE(decodeSignedTransaction(p->raw)->tx.maxFeePerGas, U256::fromU64(52));
        QCOMPARE(p->tx.maxPriorityFeePerGas, U256::fromU64(3));
        // Less than base fee + tip (a new proof's calldata can need a little more gas than the
        // approved one, and with a base fee near zero the tip is all of the fee): the tip
        // shrinks to what fits above the base fee.
        options.limits.approvedMaxCost = U256::fromU64(60000 * 27);
        p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1}, options);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        QCOMPARE(p->tx.maxFeePerGas, U256::fromU64(27));
        QCOMPARE(p->tx.maxPriorityFeePerGas, U256::fromU64(2));
        QVERIFY(p->maxCost() <= *options.limits.approvedMaxCost);
        QCOMPARE(decodeSignedTransaction(p->raw)->tx.maxPriorityFeePerGas, U256::fromU64(2));
        // Below the next block's base fee: refused.
        options.limits.approvedMaxCost = U256::fromU64(60000 * 25 - 1);
        p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1}, options);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.find("approved") != std::string::npos,
                 p.error().message.c_str());
    }

    void nodeOnAnotherChainGetsNothing()
    {
        Node n;
        int sends = 0;
        n.node->answer = [&](const QString& method, const QJsonArray& params) -> QJsonValue {
            if (method == "eth_chainId")
                return "0x1"; // the node switched to another chain after we connected
            if (method == "eth_sendRawTransaction")
                ++sends;
            return common(method, params);
        };
        TransactionSender sender(*n.eth, 43112);
        const auto p = sender.prepare(testKey(), kContract, std::vector<std::uint8_t>{1});
        QVERIFY(p.ok());
        bool recorded = false;
        const auto r = sender.broadcast(*p, [&](const PreparedTransaction&) -> Result<void> {
            recorded = true;
            return {};
        });
        QVERIFY(!r.ok());
        QVERIFY(!recorded);
        QCOMPARE(sends, 0);
    }
};

QTEST_GUILESS_MAIN(TestTxSender)
#include "tst_tx_sender.moc"
