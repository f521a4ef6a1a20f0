// SPDX-License-Identifier: GPL-3.0-or-later
// JSON-RPC client: request format, replies and node errors (including the revert data forms
// of geth and Hardhat), batches matched by id, retries with backoff for transient failures
// only, cancellation; and the HTTP transport against a real local socket (timeouts, size
// limit, refused connections, the plain-http rule).
#include "chain/http_transport.h"
#include "chain/json_rpc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <deque>

using namespace bs::chain;
using Outcome = HttpResponse::Outcome;

namespace {

// Scripted transport: answers from a queue, records what it was sent.
class FakeTransport final : public JsonTransport
{
public:
    std::deque<HttpResponse> answers;
    QList<QByteArray> sent;

    HttpResponse post(const QByteArray& body, std::stop_token) override
    {
        sent << body;
        if (answers.empty())
            return HttpResponse{Outcome::NetworkError, 0, {}, QStringLiteral("script exhausted")};
        HttpResponse r = answers.front();
        answers.pop_front();
        return r;
    }
    QString endpointForDisplay() const override { return QStringLiteral("http://fake"); }
};

HttpResponse ok(const QByteArray& body, int status = 200)
{
    return HttpResponse{Outcome::Ok, status, body, {}};
}

HttpResponse failed(Outcome outcome)
{
    return HttpResponse{outcome, 0, {}, QStringLiteral("connection refused")};
}

struct Harness
{
    FakeTransport* transport = nullptr;
    std::unique_ptr<JsonRpcClient> client;
    std::vector<std::chrono::milliseconds> sleeps;

    Harness()
    {
        auto t = std::make_unique<FakeTransport>();
        transport = t.get();
        client = std::make_unique<JsonRpcClient>(std::move(t));
        client->setSleeper(
            [this](std::chrono::milliseconds d, std::stop_token) { sleeps.push_back(d); });
    }
};

QJsonObject sentObject(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

// A one-shot HTTP server on 127.0.0.1: answers every request with `response` (raw bytes,
// headers included), or never answers when `response` is empty.
class TinyHttpServer : public QTcpServer
{
public:
    explicit TinyHttpServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_request += s->readAll();
                    if (!m_response.isEmpty() && m_request.contains("\r\n\r\n{") &&
                        m_request.endsWith('}')) {
                        s->write(m_response);
                        s->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/rpc").arg(serverPort())); }
    const QByteArray& request() const { return m_request; }

private:
    QByteArray m_response;
    QByteArray m_request;
};

QByteArray httpResponse(const QByteArray& body, int status = 200)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestJsonRpc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callSendsJsonRpc20AndReturnsResult()
    {
        Harness h;
        h.transport->answers.push_back(ok(R"({"jsonrpc":"2.0","id":1,"result":"0xa868"})"));
        const RpcReply r = h.client->call(QStringLiteral("eth_chainId"));
        QVERIFY(r.ok());
        QCOMPARE(r.result().toString(), QStringLiteral("0xa868"));
        const QJsonObject sent = sentObject(h.transport->sent.at(0));
        QCOMPARE(sent.value("jsonrpc").toString(), QStringLiteral("2.0"));
        QCOMPARE(sent.value("method").toString(), QStringLiteral("eth_chainId"));
        QCOMPARE(sent.value("id").toInteger(), 1);
        QVERIFY(sent.value("params").isArray());
    }

    void nodeErrorCarriesRevertData_data()
    {
        QTest::addColumn<QByteArray>("body");
        // geth / avalanchego
        QTest::newRow("string") << QByteArray(
            R"({"jsonrpc":"2.0","id":1,"error":{"code":3,"message":"execution reverted","data":"0x09bde339"}})");
        // Hardhat 2
        QTest::newRow("hardhat") << QByteArray(
            R"({"jsonrpc":"2.0","id":1,"error":{"code":-32603,"message":"reverted with custom error 'InvalidProof()'","data":{"message":"x","data":"0x09bde339"}}})");
    }
    void nodeErrorCarriesRevertData()
    {
        QFETCH(QByteArray, body);
        Harness h;
        h.transport->answers.push_back(ok(body));
        const RpcReply r = h.client->call(QStringLiteral("eth_call"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, RpcError::Kind::Node);
        QCOMPARE(r.error().data, QByteArray::fromHex("09bde339"));
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(h.transport->sent.size(), 1); // a node error is an answer: no retry
    }

    void revertDataIgnoresNonHex()
    {
        QVERIFY(revertDataOf(QJsonValue(QStringLiteral("0xzz"))).isEmpty());
        QVERIFY(revertDataOf(QJsonValue(QStringLiteral("09bde339"))).isEmpty());
        QVERIFY(revertDataOf(QJsonValue(42)).isEmpty());
        QCOMPARE(revertDataOf(QJsonValue(QStringLiteral("0x"))), QByteArray());
    }

    void malformedAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>oops</html>");
        QTest::newRow("wrong id") << QByteArray(R"({"jsonrpc":"2.0","id":7,"result":"0x1"})");
        QTest::newRow("no version") << QByteArray(R"({"id":1,"result":"0x1"})");
        QTest::newRow("no result") << QByteArray(R"({"jsonrpc":"2.0","id":1})");
        QTest::newRow("error not object")
            << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":"bad"})");
        QTest::newRow("array for single") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"result":1}])");
    }
    void malformedAnswersAreRefused()
    {
        QFETCH(QByteArray, body);
        Harness h;
        h.transport->answers.push_back(ok(body));
        const RpcReply r = h.client->call(QStringLiteral("eth_blockNumber"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, RpcError::Kind::BadResponse);
        QCOMPARE(h.transport->sent.size(), 1);
    }

    void transientFailuresAreRetriedWithBackoff()
    {
        Harness h;
        h.transport->answers.push_back(failed(Outcome::NetworkError));
        h.transport->answers.push_back(failed(Outcome::Timeout));
        h.transport->answers.push_back(ok("busy", 503));
        h.transport->answers.push_back(ok(R"({"jsonrpc":"2.0","id":1,"result":"0x10"})"));
        const RpcReply r = h.client->call(QStringLiteral("eth_blockNumber"));
        QVERIFY(r.ok());
        QCOMPARE(h.transport->sent.size(), 4);
        // The same request (same id) is sent again each time.
        QCOMPARE(h.transport->sent.at(3), h.transport->sent.at(0));
        using ms = std::chrono::milliseconds;
        QCOMPARE(h.sleeps, (std::vector<ms>{ms(250), ms(500), ms(1000)}));
    }

    void givesUpAfterMaxAttempts()
    {
        Harness h;
        for (int i = 0; i < 10; ++i)
            h.transport->answers.push_back(failed(Outcome::NetworkError));
        const RpcReply r = h.client->call(QStringLiteral("eth_blockNumber"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, RpcError::Kind::Unreachable);
        QVERIFY2(r.error().message.contains(QStringLiteral("cannot reach http://fake")),
                 qPrintable(r.error().message));
        QCOMPARE(h.transport->sent.size(), 4);
    }

    void permanentHttpErrorsAreNotRetried()
    {
        Harness h;
        h.transport->answers.push_back(ok("denied", 401));
        const RpcReply r = h.client->call(QStringLiteral("eth_blockNumber"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, RpcError::Kind::Http);
        QCOMPARE(r.error().code, 401);
        QCOMPARE(h.transport->sent.size(), 1);
    }

    void errorsCarryTheirCode()
    {
        Harness h;
        h.transport->answers.push_back(failed(Outcome::TooLarge));
        const RpcReply r = h.client->call(QStringLiteral("eth_getLogs"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().error.is(kAnswerTooLarge));
        QCOMPARE(r.error().message,
                 QStringLiteral("the answer of http://fake is larger than allowed"));
        QCOMPARE(r.error().error.message, r.error().message.toStdString());
    }

    void rateLimitErrorObjectIsRetried()
    {
        Harness h;
        h.transport->answers.push_back(
            ok(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32029,"message":"slow down"}})", 429));
        h.transport->answers.push_back(ok(R"({"jsonrpc":"2.0","id":1,"result":"0x1"})"));
        QVERIFY(h.client->call(QStringLiteral("eth_blockNumber")).ok());
        QCOMPARE(h.transport->sent.size(), 2);
    }

    void tooManyResultsIsNotRetried()
    {
        // -32005 is "query returned more than 10000 results" on several providers: only a
        // smaller range helps, so the caller must see it at once.
        Harness h;
        h.transport->answers.push_back(ok(
            R"({"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"query returned more than 10000 results"}})"));
        const RpcReply r = h.client->call(QStringLiteral("eth_getLogs"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, -32005);
        QCOMPARE(h.transport->sent.size(), 1);
    }

    void cancelledBeforeSending()
    {
        Harness h;
        std::stop_source source;
        source.request_stop();
        const RpcReply r =
            h.client->call(QStringLiteral("eth_blockNumber"), {}, source.get_token());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, RpcError::Kind::Cancelled);
        QVERIFY(h.transport->sent.isEmpty());
    }

    void batchMatchesRepliesById()
    {
        Harness h;
        // Out of order, one error among them.
        h.transport->answers.push_back(ok(R"([
            {"jsonrpc":"2.0","id":3,"result":"c"},
            {"jsonrpc":"2.0","id":1,"result":"a"},
            {"jsonrpc":"2.0","id":2,"error":{"code":-32000,"message":"nope"}}])"));
        const auto replies = h.client->batch(
            {{QStringLiteral("m1"), {}}, {QStringLiteral("m2"), {}}, {QStringLiteral("m3"), {}}});
        QCOMPARE(replies.size(), 3u);
        QCOMPARE(replies[0].result().toString(), QStringLiteral("a"));
        QVERIFY(!replies[1].ok());
        QCOMPARE(replies[1].error().code, -32000);
        QCOMPARE(replies[2].result().toString(), QStringLiteral("c"));
        const QJsonArray sent = QJsonDocument::fromJson(h.transport->sent.at(0)).array();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(2).toObject().value("method").toString(), QStringLiteral("m3"));
    }

    void batchRefusesRepeatedOrUnknownIdsAndReportsMissing()
    {
        Harness h;
        h.transport->answers.push_back(
            ok(R"([{"jsonrpc":"2.0","id":1,"result":"a"},{"jsonrpc":"2.0","id":1,"result":"b"}])"));
        for (const RpcReply& r :
             h.client->batch({{QStringLiteral("m"), {}}, {QStringLiteral("m"), {}}}))
            QCOMPARE(r.error().kind, RpcError::Kind::BadResponse);

        h.transport->answers.push_back(ok(R"([{"jsonrpc":"2.0","id":3,"result":"a"}])"));
        const auto replies =
            h.client->batch({{QStringLiteral("m"), {}}, {QStringLiteral("m"), {}}});
        QVERIFY(replies[0].ok()); // id 3 is the first of this batch
        QVERIFY(!replies[1].ok());
    }

    void batchWithoutSupportReportsTheNodeError()
    {
        Harness h;
        h.transport->answers.push_back(ok(
            R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch not supported"}})"));
        const auto replies = h.client->batch({{QStringLiteral("m"), {}}});
        QCOMPARE(replies[0].error().kind, RpcError::Kind::Node);
        QCOMPARE(replies[0].error().code, -32600);
    }

    // ---- HttpTransport ----

    void plainHttpOnlyToLoopback()
    {
        QVERIFY(isSecureOrLoopback(QUrl(QStringLiteral("https://api.avax.network/ext/bc/C/rpc"))));
        QVERIFY(isSecureOrLoopback(QUrl(QStringLiteral("http://127.0.0.1:8545"))));
        QVERIFY(isSecureOrLoopback(QUrl(QStringLiteral("http://localhost:8545"))));
        QVERIFY(isSecureOrLoopback(QUrl(QStringLiteral("http://[::1]:8545"))));
        QVERIFY(!isSecureOrLoopback(QUrl(QStringLiteral("http://192.168.1.5:8545"))));
        QVERIFY(!isSecureOrLoopback(QUrl(QStringLiteral("http://node.example"))));
        QVERIFY(!isSecureOrLoopback(QUrl(QStringLiteral("ftp://127.0.0.1"))));

        const auto refused = HttpTransport::create(QUrl(QStringLiteral("http://node.example/rpc")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.find("plain http") != std::string::npos);
        HttpOptions allow;
        allow.allowPlainHttp = true;
        QVERIFY(HttpTransport::create(QUrl(QStringLiteral("http://node.example/rpc")), allow).ok());
        QVERIFY(!HttpTransport::create(QUrl(QStringLiteral("file:///etc/passwd"))).ok());
        QVERIFY(!HttpTransport::create(QUrl(QStringLiteral("not a url"))).ok());
    }

    void redactedUrlDropsSecrets()
    {
        QCOMPARE(
            redactedUrl(QUrl(QStringLiteral("https://user:pw@rpc.example/v3/path?key=secret#x"))),
            QStringLiteral("https://rpc.example/v3/path"));
    }

    void realSocketRoundTrip()
    {
        TinyHttpServer server(httpResponse(R"({"jsonrpc":"2.0","id":1,"result":"0xa868"})"));
        auto transport = HttpTransport::create(server.url());
        QVERIFY(transport.ok());
        JsonRpcClient client(std::move(*transport));
        const RpcReply r = client.call(QStringLiteral("eth_chainId"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.result().toString(), QStringLiteral("0xa868"));
        QVERIFY(server.request().startsWith("POST /rpc "));
        QVERIFY(server.request().contains("application/json"));
    }

    void timeoutIsReported()
    {
        TinyHttpServer silent{QByteArray()};
        HttpOptions options;
        options.timeout = std::chrono::milliseconds(200);
        auto transport = HttpTransport::create(silent.url(), options);
        QVERIFY(transport.ok());
        QElapsedTimer clock;
        clock.start();
        const HttpResponse r = (*transport)->post(R"({"a":1})", {});
        QCOMPARE(r.outcome, Outcome::Timeout);
        QVERIFY(clock.elapsed() < 5000);
    }

    void oversizedAnswerIsAborted()
    {
        const QByteArray big = "{\"x\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
        TinyHttpServer server(httpResponse(big));
        HttpOptions options;
        options.maxResponseBytes = 1024 * 1024;
        auto transport = HttpTransport::create(server.url(), options);
        QVERIFY(transport.ok());
        QCOMPARE((*transport)->post(R"({"a":1})", {}).outcome, Outcome::TooLarge);
    }

    void refusedConnectionIsANetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        auto transport =
            HttpTransport::create(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QVERIFY(transport.ok());
        const HttpResponse r = (*transport)->post(R"({"a":1})", {});
        QCOMPARE(r.outcome, Outcome::NetworkError);
        QVERIFY(!r.errorText.isEmpty());
    }

    void stopFromAnotherThreadCancels()
    {
        TinyHttpServer silent{QByteArray()};
        auto transport = HttpTransport::create(silent.url());
        QVERIFY(transport.ok());
        std::stop_source source;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            source.request_stop();
        });
        const HttpResponse r = (*transport)->post(R"({"a":1})", source.get_token());
        stopper.join();
        QCOMPARE(r.outcome, Outcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "tst_json_rpc.moc"
