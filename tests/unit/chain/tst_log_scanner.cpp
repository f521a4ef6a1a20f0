// SPDX-License-Identifier: GPL-3.0-or-later
// Log scanning against a simulated node with a block-span limit and a result-count limit
// (worded as real providers word them): every block is covered exactly once, in order, the
// span halves on a limit error and grows back, no call exceeds maxRange, a sink failure stops
// the scan, and resumption re-scans the reorg window. Also the strict parsing of logs.
#include "chain/eth_client.h"
#include "chain/log_scanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace bs::chain;

namespace {

// A node as a function from one request object to one response object.
class ScriptedNode final : public JsonTransport
{
public:
    std::function<QJsonObject(const QJsonObject&)> answer;
    int calls = 0;

    HttpResponse post(const QByteArray& body, std::stop_token) override
    {
        ++calls;
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        QJsonObject response = answer(request);
        response.insert("jsonrpc", "2.0");
        response.insert("id", request.value("id"));
        return HttpResponse{HttpResponse::Outcome::Ok,
                            200,
                            QJsonDocument(response).toJson(QJsonDocument::Compact),
                            {}};
    }
    QString endpointForDisplay() const override { return QStringLiteral("scripted"); }
};

QString hexQ(std::uint64_t v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString word(std::uint64_t v)
{
    return QStringLiteral("0x") + QString::number(v, 16).rightJustified(64, u'0');
}

QJsonObject logAt(std::uint64_t block, std::uint64_t index)
{
    return QJsonObject{{"address", "0x" + QString(40, u'a')},
                       {"topics", QJsonArray{word(1), word(2)}},
                       {"data", "0x" + QString(64, u'0')},
                       {"blockNumber", hexQ(block)},
                       {"blockHash", word(block)},
                       {"transactionHash", word(block * 1000 + index)},
                       {"logIndex", hexQ(index)},
                       {"removed", false}};
}

struct Chain
{
    std::uint64_t maxSpan = UINT64_MAX; // node refuses larger block spans
    std::size_t maxResults = SIZE_MAX;  // node refuses answers with more logs
    std::function<int(std::uint64_t)> logsInBlock = [](std::uint64_t b) {
        return b % 7 == 0 ? 2 : 0;
    };
    std::vector<std::pair<std::uint64_t, std::uint64_t>> asked;

    QJsonObject operator()(const QJsonObject& request)
    {
        const QJsonObject f = request.value("params").toArray().at(0).toObject();
        const std::uint64_t from = f.value("fromBlock").toString().mid(2).toULongLong(nullptr, 16);
        const std::uint64_t to = f.value("toBlock").toString().mid(2).toULongLong(nullptr, 16);
        asked.emplace_back(from, to);
        if (to - from + 1 > maxSpan)
            return {
                {"error",
                 QJsonObject{{"code", -32000},
                             {"message", QStringLiteral("maximum block range: %1").arg(maxSpan)}}}};
        QJsonArray logs;
        for (std::uint64_t b = from; b <= to; ++b)
            for (int i = 0; i < logsInBlock(b); ++i)
                logs.append(logAt(b, std::uint64_t(i)));
        if (std::size_t(logs.size()) > maxResults)
            return {{"error", QJsonObject{{"code", -32005},
                                          {"message", "query returned more than 10000 results"}}}};
        return {{"result", logs}};
    }
};

struct Harness
{
    ScriptedNode* node;
    std::unique_ptr<JsonRpcClient> rpc;
    std::unique_ptr<EthClient> eth;
    explicit Harness(Chain& chain)
    {
        auto n = std::make_unique<ScriptedNode>();
        node = n.get();
        node->answer = std::ref(chain);
        rpc = std::make_unique<JsonRpcClient>(std::move(n));
        eth = std::make_unique<EthClient>(*rpc);
    }
};

// Runs a scan and checks that the pieces tile [from, to] in order.
std::vector<Log> scanAll(LogScanner& scanner, std::uint64_t from, std::uint64_t to)
{
    std::vector<Log> all;
    std::uint64_t next = from;
    const auto done = scanner.scan(LogFilter{}, from, to,
                                   [&](std::uint64_t a, std::uint64_t b, std::vector<Log>&& logs) {
                                       if (a != next || b < a)
                                           qFatal("pieces do not tile the range");
                                       next = b + 1;
                                       all.insert(all.end(), logs.begin(), logs.end());
                                       return bs::Result<void>();
                                   });
    if (!done)
        qFatal("scan failed: %s", done.error().message.c_str());
    if (next != to + 1)
        qFatal("scan stopped early");
    return all;
}

} // namespace

class TestLogScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversEveryBlockOnceWithinMaxRange()
    {
        Chain chain;
        Harness h(chain);
        ScanOptions options;
        options.maxRange = 1000;
        LogScanner scanner(*h.eth, options);
        const auto logs = scanAll(scanner, 5, 4321);
        // Blocks divisible by 7 in [5, 4321] have two logs each.
        QCOMPARE(logs.size(), std::size_t(2 * (4321 / 7 - 0)));
        for (const auto& [a, b] : chain.asked)
            QVERIFY(b - a + 1 <= 1000);
        QCOMPARE(chain.asked.size(), std::size_t(5));
    }

    void halvesOnSpanLimitAndGrowsBack()
    {
        Chain chain;
        chain.maxSpan = 300;
        Harness h(chain);
        LogScanner scanner(*h.eth); // default maxRange 10 000
        const auto logs = scanAll(scanner, 0, 20000);
        QCOMPARE(logs.size(), std::size_t(2 * (20000 / 7 + 1)));
        // Refused calls are retried smaller, never skipped; successful ones stay in the limit.
        std::size_t refused = 0;
        for (const auto& [a, b] : chain.asked)
            refused += (b - a + 1 > 300);
        QVERIFY(refused > 0);
        QVERIFY(chain.asked.size() < 200); // grows back instead of crawling at 1 block
    }

    void halvesOnTooManyResults()
    {
        Chain chain;
        chain.maxResults = 50;
        chain.logsInBlock = [](std::uint64_t b) { return (b >= 1000 && b < 1100) ? 5 : 0; };
        Harness h(chain);
        LogScanner scanner(*h.eth);
        const auto logs = scanAll(scanner, 0, 5000);
        QCOMPARE(logs.size(), std::size_t(500));
        for (std::size_t i = 1; i < logs.size(); ++i)
            QVERIFY(std::tie(logs[i - 1].blockNumber, logs[i - 1].logIndex) <
                    std::tie(logs[i].blockNumber, logs[i].logIndex));
    }

    void singleBlockStillTooLargeFails()
    {
        Chain chain;
        chain.maxResults = 3;
        chain.logsInBlock = [](std::uint64_t b) { return b == 42 ? 4 : 0; };
        Harness h(chain);
        LogScanner scanner(*h.eth);
        const auto done =
            scanner.scan(LogFilter{}, 0, 100, [](std::uint64_t, std::uint64_t, std::vector<Log>&&) {
                return bs::Result<void>();
            });
        QVERIFY(!done.ok());
        QVERIFY(done.error().message.find("blocks 42-42") != std::string::npos);
    }

    void otherErrorsStopTheScan()
    {
        ScriptedNode* node = nullptr;
        auto n = std::make_unique<ScriptedNode>();
        node = n.get();
        node->answer = [](const QJsonObject&) {
            return QJsonObject{
                {"error", QJsonObject{{"code", -32601}, {"message", "method not found"}}}};
        };
        JsonRpcClient rpc(std::move(n));
        EthClient eth(rpc);
        LogScanner scanner(eth);
        const auto done = scanner.scan(
            LogFilter{}, 0, 100000,
            [](std::uint64_t, std::uint64_t, std::vector<Log>&&) { return bs::Result<void>(); });
        QVERIFY(!done.ok());
        QCOMPARE(node->calls, 1);
    }

    void sinkFailureStops()
    {
        Chain chain;
        Harness h(chain);
        ScanOptions options;
        options.maxRange = 10;
        LogScanner scanner(*h.eth, options);
        int pieces = 0;
        const auto done =
            scanner.scan(LogFilter{}, 0, 100,
                         [&](std::uint64_t, std::uint64_t, std::vector<Log>&&) -> bs::Result<void> {
                             if (++pieces == 3)
                                 return bs::fail("disk full");
                             return {};
                         });
        QVERIFY(!done.ok());
        QCOMPARE(done.error().message, std::string("disk full"));
        QCOMPARE(pieces, 3);
    }

    void progressAndCancel()
    {
        Chain chain;
        Harness h(chain);
        ScanOptions options;
        options.maxRange = 10;
        LogScanner scanner(*h.eth, options);
        std::stop_source stop;
        std::uint64_t lastDone = 0;
        const auto done = scanner.scan(
            LogFilter{}, 1, 100,
            [&](std::uint64_t, std::uint64_t b, std::vector<Log>&&) -> bs::Result<void> {
                if (b >= 50)
                    stop.request_stop();
                return {};
            },
            [&](std::uint64_t d, std::uint64_t total) {
                QVERIFY(d > lastDone);
                QCOMPARE(total, std::uint64_t(100));
                lastDone = d;
            },
            stop.get_token());
        QVERIFY(!done.ok());
        QVERIFY(lastDone >= 50 && lastDone < 100);
    }

    void resumeReScansTheReorgWindow()
    {
        QCOMPARE(resumeFrom(std::nullopt, 1234, 64), std::uint64_t(1234));
        QCOMPARE(resumeFrom(5000, 1234, 64), std::uint64_t(4937));
        QCOMPARE(resumeFrom(1240, 1234, 64), std::uint64_t(1234)); // never before deployment
        QCOMPARE(resumeFrom(10, 0, 64), std::uint64_t(0));
        QCOMPARE(resumeFrom(100, 0, 0), std::uint64_t(101));
    }

    void limitErrorsAreRecognised()
    {
        const char* limits[] = {
            "query returned more than 10000 results",
            "maximum block range: 2048",
            "eth_getLogs is limited to a 10,000 block range",
            "block range too large",
            "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block "
            "range",
            "exceed maximum block range: 5000",
        };
        for (const char* m : limits)
            QVERIFY2(isRangeLimitError(
                         RpcError{RpcError::Kind::Node, -32000, QString::fromLatin1(m), {}}),
                     m);
        QVERIFY(!isRangeLimitError(RpcError{RpcError::Kind::Node, -32601, "method not found", {}}));
        QVERIFY(!isRangeLimitError(RpcError{RpcError::Kind::Unreachable, 0, "cannot reach", {}}));
        // Our own size limit, recognised by its code.
        QVERIFY(isRangeLimitError(RpcError::of(RpcError::Kind::BadResponse, 0,
                                               bs::fail(kAnswerTooLarge, "http://node"))));
        QVERIFY(
            !isRangeLimitError(RpcError::of(RpcError::Kind::BadResponse, 0, bs::fail(kCancelled))));
    }

    void logsAreParsedStrictly()
    {
        QVERIFY(parseLog(logAt(7, 1)));
        const auto bad = [](const char* key, QJsonValue value) {
            QJsonObject o = logAt(7, 1);
            o.insert(QLatin1String(key), value);
            return !parseLog(o).has_value();
        };
        QVERIFY(bad("blockNumber", "7"));
        QVERIFY(bad("blockNumber", 7));
        QVERIFY(bad("address", "0x1234"));
        QVERIFY(bad("data", "0x123"));
        QVERIFY(bad("transactionHash", "0xzz"));
        QVERIFY(bad("topics", QJsonArray{word(1), word(2), word(3), word(4), word(5)}));
        QVERIFY(bad("logIndex", hexQ(1ull << 33)));
        QCOMPARE(parseQuantityU64(QJsonValue("0x0")), std::optional<std::uint64_t>(0));
        QVERIFY(!parseQuantityU64(QJsonValue("0x")));
        QVERIFY(!parseQuantityU64(QJsonValue("0x10000000000000000")));
        QVERIFY(!parseQuantity(QJsonValue("12")));
        // A second prefix is not a digit (found by fuzz_eth_rpc).
        QVERIFY(!parseQuantity(QJsonValue("0x0x222effe")));
        QVERIFY(!parseQuantity(QJsonValue("0x0X1")));
    }

    void logsOutsideTheRangeAreRefused()
    {
        auto n = std::make_unique<ScriptedNode>();
        n->answer = [](const QJsonObject&) {
            return QJsonObject{{"result", QJsonArray{logAt(999, 0)}}};
        };
        JsonRpcClient rpc(std::move(n));
        EthClient eth(rpc);
        const auto r = eth.getLogs(LogFilter{}, 1, 10);
        QVERIFY(std::holds_alternative<RpcError>(r));
    }
};

QTEST_GUILESS_MAIN(TestLogScanner)
#include "tst_log_scanner.moc"
