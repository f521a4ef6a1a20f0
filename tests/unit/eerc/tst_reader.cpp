// SPDX-License-Identifier: GPL-3.0-or-later
// EercReader against a simulated node: the AuditorChanged history is read from logs (in
// order, removed logs skipped, malformed ones refused), the auditor key's "unset" forms
// (0,0) and (0,1) read as absent, and a point that is not in the subgroup is an error.
#include "eerc/reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace bs;
using bs::U256;

namespace {

class ScriptedNode final : public chain::JsonTransport
{
public:
    std::function<QJsonValue(const QString&, const QJsonArray&)> answer;

    chain::HttpResponse post(const QByteArray& body, std::stop_token) override
    {
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        const QJsonObject response{{"jsonrpc", "2.0"},
                                   {"id", request.value("id")},
                                   {"result", answer(request.value("method").toString(),
                                                     request.value("params").toArray())}};
        return {chain::HttpResponse::Outcome::Ok,
                200,
                QJsonDocument(response).toJson(QJsonDocument::Compact),
                {}};
    }
    QString endpointForDisplay() const override { return QStringLiteral("scripted"); }
};

QString hex(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") +
           QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())).toHex();
}

QString word(const U256& v)
{
    return hex(v.toBigEndian());
}

chain::Deployment deployment()
{
    chain::Deployment d;
    d.chainId = 43112;
    d.encryptedErc = *crypto::EthAddress::fromString("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
    d.registrar = *crypto::EthAddress::fromString("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    d.token = *crypto::EthAddress::fromString("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
    d.deploymentBlock = 5;
    return d;
}

QJsonObject auditorChangedLog(std::uint64_t block,
                              const crypto::EthAddress& from,
                              const crypto::EthAddress& to,
                              bool removed = false)
{
    return QJsonObject{
        {"address", QString::fromStdString(deployment().encryptedErc.toLowerHex())},
        {"topics", QJsonArray{hex(eerc::abi::auditorChangedEvent().topic0()),
                              hex(eerc::addressTopic(from)), hex(eerc::addressTopic(to))}},
        {"data", "0x"},
        {"blockNumber", QString::fromStdString(U256::fromU64(block).toHex())},
        {"blockHash", word(U256::fromU64(block))},
        {"transactionHash", word(U256::fromU64(block * 7))},
        {"logIndex", "0x0"},
        {"removed", removed}};
}

struct Harness
{
    ScriptedNode* node;
    std::unique_ptr<chain::JsonRpcClient> rpc;
    std::unique_ptr<chain::EthClient> eth;
    std::unique_ptr<eerc::EercReader> reader;
    Harness()
    {
        auto n = std::make_unique<ScriptedNode>();
        node = n.get();
        rpc = std::make_unique<chain::JsonRpcClient>(std::move(n));
        eth = std::make_unique<chain::EthClient>(*rpc);
        reader = std::make_unique<eerc::EercReader>(*eth, deployment());
    }
};

// eth_call answer of auditorPublicKey(): two words.
QString keyWords(const U256& x, const U256& y)
{
    return word(x) + word(y).mid(2);
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditorHistoryInOrder()
    {
        const auto zero = crypto::EthAddress(crypto::EthAddress::Bytes{});
        const auto a =
            *crypto::EthAddress::fromString("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const auto b =
            *crypto::EthAddress::fromString("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        Harness h;
        QJsonArray askedTopics;
        h.node->answer = [&](const QString& method, const QJsonArray& params) -> QJsonValue {
            if (method == "eth_blockNumber")
                return "0x64";
            if (method == "eth_getLogs") {
                const QJsonObject f = params.at(0).toObject();
                askedTopics = f.value("topics").toArray();
                if (f.value("fromBlock").toString() != "0x5")
                    return QJsonArray{}; // the scan must start at the deployment block
                return QJsonArray{auditorChangedLog(6, zero, a), auditorChangedLog(9, a, b, true),
                                  auditorChangedLog(40, a, b)};
            }
            return QJsonValue::Null;
        };
        const auto history = h.reader->auditorHistory();
        QVERIFY2(history.ok(), history.ok() ? "" : history.error().message.c_str());
        QCOMPARE(history->size(), std::size_t(2)); // the removed (reorged) log is skipped
        QCOMPARE((*history)[0].blockNumber, std::uint64_t(6));
        QCOMPARE((*history)[0].oldAuditor, zero);
        QCOMPARE((*history)[0].newAuditor, a);
        QCOMPARE((*history)[1].blockNumber, std::uint64_t(40));
        QCOMPARE((*history)[1].newAuditor, b);
        QCOMPARE(askedTopics.at(0).toString(), hex(eerc::abi::auditorChangedEvent().topic0()));
    }

    void malformedAuditorLogIsRefused()
    {
        Harness h;
        h.node->answer = [&](const QString& method, const QJsonArray&) -> QJsonValue {
            if (method == "eth_blockNumber")
                return "0x10";
            QJsonObject log = auditorChangedLog(6, crypto::EthAddress(crypto::EthAddress::Bytes{}),
                                                crypto::EthAddress(crypto::EthAddress::Bytes{}));
            QJsonArray topics = log.value("topics").toArray();
            topics.removeLast(); // an indexed address missing
            log.insert("topics", topics);
            return QJsonArray{log};
        };
        QVERIFY(!h.reader->auditorHistory().ok());
    }

    void auditorKeyUnsetFormsAndInvalidPoints()
    {
        Harness h;
        U256 x, y;
        h.node->answer = [&](const QString& method, const QJsonArray&) -> QJsonValue {
            if (method == "eth_call")
                return keyWords(x, y);
            return QJsonValue::Null;
        };
        // (0, 0) and the identity (0, 1) both mean "no auditor key".
        for (const auto& [px, py] : {std::pair{0, 0}, std::pair{0, 1}}) {
            x = U256::fromU64(std::uint64_t(px));
            y = U256::fromU64(std::uint64_t(py));
            const auto key = h.reader->auditorPublicKey();
            QVERIFY(key.ok());
            QVERIFY(!key->has_value());
        }
        // Base8 is a valid key.
        const auto base = crypto::Point::base8().toAffine();
        x = crypto::toU256(base.x);
        y = crypto::toU256(base.y);
        const auto key = h.reader->auditorPublicKey();
        QVERIFY(key.ok() && key->has_value());
        QVERIFY(**key == crypto::Point::base8());
        // A point off the curve is an error, never a key.
        y = U256::fromU64(5);
        QVERIFY(!h.reader->auditorPublicKey().ok());
    }
};

QTEST_GUILESS_MAIN(TestReader)
#include "tst_reader.moc"
