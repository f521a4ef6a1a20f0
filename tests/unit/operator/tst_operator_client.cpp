// SPDX-License-Identifier: GPL-3.0-or-later
// The operator API client against a scripted HTTP server on 127.0.0.1: request signing (the
// message against the reference server's signedMessage + ethers, the headers on the wire,
// the signer recovered), problem responses turned into sentences, ETag / 304 caching (in
// memory; the vault adapter in tests/unit/wallet), earnings pagination, the plain-http rule, and
// strict parsing of answers (malformed is an error, never zero).
#include "../testing.h"
#include "crypto/secp256k1.h"
#include "operator/operator_client.h"
#include "operator/request_signer.h"
#include "scripted_server.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace bs;
using namespace bs::operator_api;
using Kind = ApiError::Kind;
using test::Answer;
using test::clientFor;
using test::json;
using test::problem;
using test::ScriptedServer;
using test::SeenRequest;

namespace {

crypto::EcdsaPrivateKey testKey()
{
    return crypto::EcdsaPrivateKey::fromHex(
               "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
        .value();
}

// A valid eERC public key (a subgroup point) that differs per wallet; how the key is derived
// does not matter to the operator API.
crypto::Point eercKeyOf(const crypto::EcdsaPrivateKey& wallet)
{
    std::uint64_t seed = 0;
    const auto address = wallet.address();
    for (std::uint8_t b : address.bytes())
        seed = seed * 131 + b;
    return crypto::Point::mulBase(crypto::Scalar::fromU64(seed | 1));
}

QJsonArray pointJson(const crypto::Point& p)
{
    const crypto::AffinePoint a = p.toAffine();
    return QJsonArray{QString::fromStdString(a.x.toDecimal()),
                      QString::fromStdString(a.y.toDecimal())};
}

ProviderDetails details(const crypto::EcdsaPrivateKey& wallet)
{
    ProviderDetails d;
    d.address = wallet.address();
    d.eercPublicKey = eercKeyOf(wallet);
    d.displayName = QStringLiteral("Acme Weather");
    d.contactEmail = QStringLiteral("ops@acme.example");
    d.api = {QStringLiteral("acme-weather"), QStringLiteral("https://api.acme.example"),
             QStringLiteral("weather"), QStringLiteral("free")};
    return d;
}

QJsonObject providerJson(const ProviderDetails& d, const QString& id = QStringLiteral("prv_1"))
{
    QJsonObject o = d.toJson();
    o["providerId"] = id;
    o["status"] = "registered";
    o["onchainRegistered"] = false;
    o["createdAt"] = "2026-11-01T10:00:00Z";
    o["updatedAt"] = "2026-11-01T10:00:00.250Z";
    return o;
}

QJsonObject cycleJson(int n, bool confirmed = true)
{
    QJsonObject c{
        {"cycleId", QStringLiteral("cyc_%1").arg(n)},
        {"periodStart", QStringLiteral("2026-11-%1T00:00:00Z").arg(n, 2, 10, QChar('0'))},
        {"periodEnd", QStringLiteral("2026-11-%1T00:00:00Z").arg(n + 1, 2, 10, QChar('0'))},
        {"status", "completed"},
        {"pool", "5000000"},
        {"weight", "1234"},
        {"totalWeight", "812345"},
        {"amount", "7595"},
        {"transfer", QJsonValue::Null}};
    if (confirmed)
        c["transfer"] = QJsonObject{{"txHash", "0x" + QString(64, QChar('a' + n % 6))},
                                    {"blockNumber", 100 + n},
                                    {"logIndex", n}};
    return c;
}

QJsonObject earningsJson(const QJsonArray& cycles, int totalCycles, const QJsonValue& next)
{
    QJsonObject o{{"providerId", "prv_1"},
                  {"token", QJsonObject{{"symbol", "USDC"}, {"decimals", 6}}},
                  {"totals", QJsonObject{{"distributed", "22785"}, {"cycles", totalCycles}}},
                  {"cycles", cycles}};
    if (!next.isUndefined())
        o["nextCursor"] = next;
    return o;
}

QByteArray networkSample()
{
    QFile f(QStringLiteral(BS_TEST_DATA_DIR "/operator/network.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read operator/network.json");
    return f.readAll();
}

QString messageOf(const ApiError& e)
{
    return QString::fromStdString(e.message);
}

} // namespace

class TestOperatorClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- signing ----

    void signingMatchesReferenceVectors()
    {
        const QJsonObject data = test::loadJson("operator/signing.json");
        auto key = crypto::EcdsaPrivateKey::fromHex(data["privateKey"].toString().toStdString());
        QVERIFY(key.ok());
        QCOMPARE(QString::fromStdString(key->address().toChecksumHex()),
                 data["address"].toString());
        const QJsonArray vectors = data["vectors"].toArray();
        QCOMPARE(vectors.size(), 2);
        for (const QJsonValue& value : vectors) {
            const QJsonObject v = value.toObject();
            const QByteArray method = v["method"].toString().toLatin1();
            const QByteArray path = v["pathAndQuery"].toString().toLatin1();
            const QByteArray body = v["body"].toString().toUtf8();
            const QByteArray nonce = v["nonce"].toString().toLatin1();
            const qint64 ts = v["timestamp"].toInteger();
            QCOMPARE(QString::fromStdString(signingMessage(method, path, ts, nonce, body)),
                     v["message"].toString());
            const RequestSignature sig = signRequest(*key, method, path, body, ts, nonce);
            QCOMPARE(QString::fromLatin1(sig.signature), v["signature"].toString());
            QCOMPARE(QString::fromLatin1(sig.address), data["address"].toString());
            QCOMPARE(sig.timestamp, QByteArray::number(ts));
            QCOMPARE(sig.nonce, nonce);
            const util::HttpHeaders h = sig.headers();
            QCOMPARE(h.size(), 4);
            QCOMPARE(h.at(0).first, QByteArray("X-BS-Address"));
            QCOMPARE(h.at(3).first, QByteArray("X-BS-Signature"));
        }
    }

    void nonceIsFreshHex()
    {
        const QByteArray a = randomNonce();
        const QByteArray b = randomNonce();
        QCOMPARE(a.size(), 32);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                    .match(QString::fromLatin1(a))
                    .hasMatch());
        QVERIFY(a != b);
    }

    void signedHeadersOnTheWireRecoverToTheSigner()
    {
        ScriptedServer server;
        const auto wallet = testKey();
        const ProviderDetails d = details(wallet);
        server.handler = [&](const SeenRequest&) { return json(providerJson(d), 201); };
        auto client = clientFor(server);
        client->setClock([] { return std::int64_t(1763776800); });
        client->setNonceSource([] { return QByteArray("00112233445566778899aabbccddeeff"); });
        const auto r = client->registerProvider(wallet, d);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r->created);
        QCOMPARE(r->provider.providerId, QStringLiteral("prv_1"));

        QCOMPARE(server.requests.size(), 1);
        const SeenRequest& req = server.requests.at(0);
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/api/v1/providers/register"));
        QCOMPARE(req.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(req.headers.value("x-bs-address"),
                 QByteArray::fromStdString(wallet.address().toChecksumHex()));
        QCOMPARE(req.headers.value("x-bs-timestamp"), QByteArray("1763776800"));
        QCOMPARE(req.headers.value("x-bs-nonce"), QByteArray("00112233445566778899aabbccddeeff"));
        // The body is the registration, points as decimal strings.
        const QJsonObject sent = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(sent["displayName"].toString(), QStringLiteral("Acme Weather"));
        QCOMPARE(sent["eercPublicKey"].toArray(), pointJson(d.eercPublicKey));
        QCOMPARE(sent["api"].toObject()["category"].toString(), QStringLiteral("weather"));

        // Rebuild the message from what the server saw (as the server does) and recover.
        const QByteArray bodyHash =
            QCryptographicHash::hash(req.body, QCryptographicHash::Sha256).toHex();
        const QByteArray message = "BackendShield API request\nPOST /providers/register\n"
                                   "1763776800\n00112233445566778899aabbccddeeff\n" +
                                   bodyHash;
        const QByteArray sigHex = req.headers.value("x-bs-signature");
        QCOMPARE(sigHex.size(), 132);
        const QByteArray sig = QByteArray::fromHex(sigHex.mid(2));
        const auto signer = crypto::recoverAddress(
            crypto::eip191Digest(std::string_view(message.constData(), message.size())),
            std::span(reinterpret_cast<const std::uint8_t*>(sig.constData()), 65));
        QVERIFY(signer.ok());
        QCOMPARE(*signer, wallet.address());
    }

    void signedPathIncludesEncodedIdAndQuery()
    {
        ScriptedServer server;
        const auto wallet = testKey();
        server.handler = [&](const SeenRequest&) {
            return json(earningsJson({}, 0, QJsonValue::Null));
        };
        auto client = clientFor(server);
        const QString oddId = QStringLiteral("prv/ä 1");
        const auto r =
            client->earnings(wallet, oddId, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC),
                             QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
        // providerId in the answer differs ("prv_1"): refused, but the request went out.
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::BadResponse);
        const SeenRequest& req = server.requests.at(0);
        const QByteArray expected = "/providers/prv%2F%C3%A4%201/earnings"
                                    "?from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z";
        QCOMPARE(req.target, "/api/v1" + expected);
        const QByteArray message = QByteArray::fromStdString(
            signingMessage("GET", expected, req.headers.value("x-bs-timestamp").toLongLong(),
                           req.headers.value("x-bs-nonce"), {}));
        const QByteArray sig = QByteArray::fromHex(req.headers.value("x-bs-signature").mid(2));
        const auto signer = crypto::recoverAddress(
            crypto::eip191Digest(std::string_view(message.constData(), message.size())),
            std::span(reinterpret_cast<const std::uint8_t*>(sig.constData()), 65));
        QCOMPARE(*signer, wallet.address());
        // Every request gets a fresh nonce and a current timestamp.
        QVERIFY(std::abs(req.headers.value("x-bs-timestamp").toLongLong() -
                         QDateTime::currentSecsSinceEpoch()) < 60);
        QVERIFY(!encodePathSegment(QStringLiteral("..")).ok());
        QVERIFY(!client->provider(wallet, QStringLiteral("..")).ok());
        QCOMPARE(server.requests.size(), 1);
    }

    void registrationChecks()
    {
        ScriptedServer server;
        const auto wallet = testKey();
        const ProviderDetails d = details(wallet);
        Answer next = json(providerJson(d), 200);
        server.handler = [&](const SeenRequest&) { return next; };
        auto client = clientFor(server);
        auto r = client->registerProvider(wallet, d);
        QVERIFY(r.ok());
        QVERIFY(!r->created); // 200: already registered with the same details
        QCOMPARE(r->provider.details.api.baseUrl, QStringLiteral("https://api.acme.example"));
        QCOMPARE(r->provider.updatedAt.time().msec(), 250);
        QCOMPARE(r->provider.updatedAt.timeSpec(), Qt::UTC);

        // The server confirms another key: refused.
        ProviderDetails other = d;
        other.eercPublicKey = eercKeyOf(*crypto::EcdsaPrivateKey::fromHex(
            "0000000000000000000000000000000000000000000000000000000000000007"));
        next = json(providerJson(other), 200);
        r = client->registerProvider(wallet, d);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::BadResponse);

        // Another wallet cannot register this address: not even sent.
        const int sent = static_cast<int>(server.requests.size());
        r = client->registerProvider(
            *crypto::EcdsaPrivateKey::fromHex(
                "0000000000000000000000000000000000000000000000000000000000000007"),
            d);
        QCOMPARE(r.error().kind, Kind::InvalidRequest);
        QCOMPARE(server.requests.size(), sent);
    }

    // ---- errors ----

    void problemsBecomeSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mustContain");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400
                             << "displayName: 1 to 100 characters, no control characters; "
                                "api.category: one of weather"
                             << int(Kind::Http);
        QTest::newRow("401") << 401 << "clock" << int(Kind::Http);
        QTest::newRow("403") << 403 << "role" << int(Kind::Http);
        QTest::newRow("404") << 404 << "does not know" << int(Kind::Http);
        QTest::newRow("409") << 409 << "conflict" << int(Kind::Http);
        QTest::newRow("422") << 422 << "cannot accept" << int(Kind::Http);
        QTest::newRow("500") << 500 << "do not need it: they read the chain alone"
                             << int(Kind::Unavailable);
        QTest::newRow("503") << 503 << "is unavailable (HTTP 503" << int(Kind::Unavailable);
    }
    void problemsBecomeSentences()
    {
        QFETCH(int, status);
        QFETCH(QString, mustContain);
        QFETCH(int, kind);
        ScriptedServer server;
        const QJsonArray errors =
            status == 400
                ? QJsonArray{QJsonObject{{"field", "displayName"},
                                         {"message", "1 to 100 characters, no control characters"}},
                             QJsonObject{{"field", "api.category"},
                                         {"message", "one of weather, news"}}}
                : QJsonArray{};
        server.handler = [&](const SeenRequest&) {
            return problem(status, QStringLiteral("Title"), QStringLiteral("the detail\nline"),
                           errors);
        };
        auto client = clientFor(server);
        const auto r = client->provider(testKey(), QStringLiteral("prv_1"));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(r.error().status, status);
        QVERIFY(r.error().problem.has_value());
        QCOMPARE(r.error().problem->errors.size(), std::size_t(errors.size()));
        const QString m = messageOf(r.error());
        QVERIFY2(m.contains(mustContain, Qt::CaseInsensitive), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("the detail line")), qPrintable(m)); // no newline
        QVERIFY(!m.contains(QLatin1Char('\n')));
    }

    void rateLimitSaysWhenToRetry()
    {
        ScriptedServer server;
        server.handler = [&](const SeenRequest&) {
            return problem(429, QStringLiteral("Too Many Requests"),
                           QStringLiteral("too many requests; retry later"), {},
                           {{"Retry-After", "17"}});
        };
        auto client = clientFor(server);
        const auto r = client->network();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().status, 429);
        QCOMPARE(r.error().retryAfter, std::optional(std::chrono::seconds(17)));
        QVERIFY2(messageOf(r.error()).contains(QLatin1String("try again in 17 seconds")),
                 r.error().message.c_str());
    }

    void problemWithoutBodyStillReadable()
    {
        ScriptedServer server;
        server.handler = [](const SeenRequest&) { return Answer{502, "<html>", "text/html", {}}; };
        auto client = clientFor(server);
        const auto r = client->network();
        QCOMPARE(r.error().kind, Kind::Unavailable);
        QVERIFY(!r.error().problem.has_value());
        QVERIFY(messageOf(r.error()).contains(QLatin1String("HTTP 502")));
    }

    void unreachableServerSaysBalanceStillWorks()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        auto client =
            OperatorClient::create(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
        QVERIFY(client.ok());
        const auto r = (*client)->network();
        QCOMPARE(r.error().kind, Kind::Unavailable);
        QVERIFY2(
            messageOf(r.error()).contains(QLatin1String("Balances, claims and the chain part")),
            r.error().message.c_str());
    }

    void cancelledBeforeSending()
    {
        ScriptedServer server;
        auto client = clientFor(server);
        std::stop_source source;
        source.request_stop();
        const auto r = client->network(source.get_token());
        QCOMPARE(r.error().kind, Kind::Cancelled);
        QVERIFY(server.requests.isEmpty());
    }

    // ---- transport rules ----

    void plainHttpOnlyToLoopback()
    {
        const QUrl remote(QStringLiteral("http://operator.example/api/v1"));
        const auto refused = OperatorClient::create(remote);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.find("plain http") != std::string::npos);
        OperatorClientOptions allow;
        allow.http.allowPlainHttp = true;
        QVERIFY(OperatorClient::create(remote, allow).ok());
        QVERIFY(
            OperatorClient::create(QUrl(QStringLiteral("https://operator.example/api/v1"))).ok());
        QVERIFY(
            !OperatorClient::create(QUrl(QStringLiteral("https://u:p@operator.example/api"))).ok());
        QVERIFY(
            !OperatorClient::create(QUrl(QStringLiteral("https://operator.example/api?k=1"))).ok());
        QVERIFY(!OperatorClient::create(QUrl(QStringLiteral("ftp://127.0.0.1/api"))).ok());
    }

    void trailingSlashOfTheBaseIsIgnored()
    {
        ScriptedServer server;
        server.handler = [](const SeenRequest&) {
            return Answer{200, networkSample(), "application/json", {}};
        };
        auto client = OperatorClient::create(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(server.serverPort())));
        QVERIFY(client.ok());
        QVERIFY((*client)->network().ok());
        QCOMPARE(server.requests.at(0).target, QByteArray("/api/v1/network"));
        QVERIFY(!server.requests.at(0).headers.contains("x-bs-signature")); // public route
    }

    // ---- caching ----

    void etagAnd304AnswerFromCache()
    {
        ScriptedServer server;
        const QByteArray body = networkSample();
        server.handler = [&](const SeenRequest& r) {
            if (r.headers.value("if-none-match") == "\"v1\"")
                return Answer{304, {}, {}, {{"ETag", "\"v1\""}}};
            return Answer{200, body, "application/json", {{"ETag", "\"v1\""}}};
        };
        auto cache = std::make_shared<MemoryOperatorCache>();
        auto client = clientFor(server, cache);
        const auto first = client->network();
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
        QCOMPARE(cache->size(), 1);
        QVERIFY(!server.requests.at(0).headers.contains("if-none-match"));
        const auto second = client->network();
        QVERIFY(second.ok());
        QCOMPARE(server.requests.at(1).headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(second->deployment.chainId, first->deployment.chainId);
        QVERIFY(second->auditor == first->auditor);

        // The raw request: a 304 says fromCache.
        const auto raw = client->request("GET", "/network", {}, nullptr);
        QVERIFY(raw.ok());
        QVERIFY(raw->fromCache);
        QCOMPARE(raw->status, 304);
    }

    void notModifiedWithoutCacheIsRefused()
    {
        ScriptedServer server;
        server.handler = [](const SeenRequest&) { return Answer{304, {}, {}, {}}; };
        auto client = clientFor(server, std::make_shared<MemoryOperatorCache>());
        const auto r = client->network();
        QCOMPARE(r.error().kind, Kind::BadResponse);
    }

    void cacheKeysSeparateSigners()
    {
        ScriptedServer server;
        const auto wallet = testKey();
        const ProviderDetails d = details(wallet);
        server.handler = [&](const SeenRequest&) {
            Answer a = json(providerJson(d));
            a.headers = {{"ETag", "\"p\""}};
            return a;
        };
        auto cache = std::make_shared<MemoryOperatorCache>();
        auto client = clientFor(server, cache);
        QVERIFY(client->provider(wallet, QStringLiteral("prv_1")).ok());
        const auto other = crypto::EcdsaPrivateKey::fromHex(
            "0000000000000000000000000000000000000000000000000000000000000007");
        QVERIFY(client->provider(*other, QStringLiteral("prv_1")).ok());
        QVERIFY(!server.requests.at(1).headers.contains("if-none-match"));
        QCOMPARE(cache->size(), 2);
    }

    // ---- pagination ----

    void earningsFollowCursorsToTheEnd()
    {
        ScriptedServer server;
        server.handler = [&](const SeenRequest& r) {
            if (!r.target.contains("cursor="))
                return json(earningsJson({cycleJson(1), cycleJson(2)}, 3, "c+/2"));
            if (r.target.endsWith("cursor=c%2B%2F2"))
                return json(earningsJson({cycleJson(3, false)}, 3, QJsonValue::Null));
            return Answer{400, {}, {}, {}};
        };
        auto client = clientFor(server);
        const auto r = client->earnings(testKey(), QStringLiteral("prv_1"));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(0).target, QByteArray("/api/v1/providers/prv_1/earnings"));
        QCOMPARE(r->cycles.size(), std::size_t(3));
        QCOMPARE(r->totalCycles, std::uint64_t(3));
        QCOMPARE(r->distributed.toDecimal(), std::string("22785"));
        QCOMPARE(r->tokenDecimals, 6);
        const ledger::EarningsCycle& c1 = r->cycles.at(0);
        QCOMPARE(c1.cycleId, QStringLiteral("cyc_1"));
        QCOMPARE(c1.pool.toDecimal(), std::string("5000000"));
        QCOMPARE(c1.weight.toDecimal(), std::string("1234"));
        QCOMPARE(c1.totalWeight.toDecimal(), std::string("812345"));
        QCOMPARE(c1.amount.toDecimal(), std::string("7595"));
        QVERIFY(c1.transfer.has_value());
        QCOMPARE(c1.transfer->blockNumber, std::uint64_t(101));
        QCOMPARE(c1.transfer->logIndex, std::uint32_t(1));
        QCOMPARE(c1.transfer->txHash[0], std::uint8_t(0xbb));
        QCOMPARE(c1.periodStart, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!r->cycles.at(2).transfer.has_value());
    }

    void paginationIsBounded()
    {
        ScriptedServer server;
        int n = 0;
        server.handler = [&](const SeenRequest&) {
            ++n;
            return json(earningsJson({}, 0, QStringLiteral("c%1").arg(n)));
        };
        OperatorClientOptions options;
        options.maxPages = 5;
        auto client = OperatorClient::create(server.base(), options).value();
        const auto r = client->earnings(testKey(), QStringLiteral("prv_1"));
        QCOMPARE(r.error().kind, Kind::BadResponse);
        QCOMPARE(server.requests.size(), 5);

        // A cursor that comes back is a loop.
        server.requests.clear();
        server.handler = [](const SeenRequest&) { return json(earningsJson({}, 0, "same")); };
        QCOMPARE(client->earnings(testKey(), QStringLiteral("prv_1")).error().kind,
                 Kind::BadResponse);
        QCOMPARE(server.requests.size(), 2);
    }

    void earningsTotalsMustMatch()
    {
        ScriptedServer server;
        server.handler = [](const SeenRequest&) {
            return json(earningsJson({cycleJson(1)}, 2, QJsonValue::Null));
        };
        auto client = clientFor(server);
        const auto r = client->earnings(testKey(), QStringLiteral("prv_1"));
        QCOMPARE(r.error().kind, Kind::BadResponse);
        QVERIFY(messageOf(r.error()).contains(QLatin1String("reports 2")));
    }

    // ---- strict parsing ----

    void badAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        const QByteArray good = networkSample();
        QTest::newRow("not json") << QByteArray("<html>hello</html>")
                                  << QByteArray("application/json");
        QTest::newRow("array") << QByteArray("[1]") << QByteArray("application/json");
        QTest::newRow("html type") << good << QByteArray("text/html");
        auto mutate = [&](auto f) {
            QJsonObject o = QJsonDocument::fromJson(good).object();
            f(o);
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("chainId missing") << mutate([](QJsonObject& o) { o.remove("chainId"); })
                                         << QByteArray("application/json");
        QTest::newRow("tokenId number")
            << mutate([](QJsonObject& o) { o["tokenId"] = 1; }) << QByteArray("application/json");
        QTest::newRow("auditor key off curve") << mutate([](QJsonObject& o) {
            QJsonObject a = o["auditor"].toObject();
            a["publicKey"] = QJsonArray{"1", "2"};
            o["auditor"] = a;
        }) << QByteArray("application/json");
        QTest::newRow("auditor key identity") << mutate([](QJsonObject& o) {
            QJsonObject a = o["auditor"].toObject();
            a["publicKey"] = QJsonArray{"0", "1"};
            o["auditor"] = a;
        }) << QByteArray("application/json");
        QTest::newRow("operator bad checksum") << mutate([](QJsonObject& o) {
            o["operatorAddress"] = "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
        }) << QByteArray("application/json");
        QTest::newRow("decimals string") << mutate([](QJsonObject& o) { o["eercDecimals"] = "6"; })
                                         << QByteArray("application/json");
        QTest::newRow("circuit without url") << mutate([](QJsonObject& o) {
            QJsonObject c = o["circuits"].toObject();
            QJsonObject w = c["withdraw"].toObject();
            QJsonObject wasm = w["wasm"].toObject();
            wasm.remove("url");
            w["wasm"] = wasm;
            c["withdraw"] = w;
            o["circuits"] = c;
        }) << QByteArray("application/json");
        QTest::newRow("circuit bad hash") << mutate([](QJsonObject& o) {
            QJsonObject c = o["circuits"].toObject();
            QJsonObject w = c["withdraw"].toObject();
            QJsonObject zkey = w["zkey"].toObject();
            zkey["sha256"] = "abc";
            w["zkey"] = zkey;
            c["withdraw"] = w;
            o["circuits"] = c;
        }) << QByteArray("application/json");
    }
    void badAnswersAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        ScriptedServer server;
        server.handler = [&](const SeenRequest&) { return Answer{200, body, type, {}}; };
        auto client = clientFor(server);
        const auto r = client->network();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::BadResponse);
        QVERIFY(!r.error().message.empty());
    }

    void providerAndEarningsFieldsAreStrict_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("amount as number") << "amount" << QJsonValue(7595);
        QTest::newRow("amount negative") << "amount" << QJsonValue("-1");
        QTest::newRow("amount empty") << "amount" << QJsonValue("");
        QTest::newRow("amount float") << "amount" << QJsonValue("1.5");
        QTest::newRow("pool 2^256") << "pool"
                                    << QJsonValue("115792089237316195423570985008687907853269984665"
                                                  "640564039457584007913129639936");
        QTest::newRow("weight > total") << "weight" << QJsonValue("812346");
        QTest::newRow("bad time") << "periodStart" << QJsonValue("2026-13-01T00:00:00Z");
        QTest::newRow("no zone") << "periodEnd" << QJsonValue("2026-11-02T00:00:00");
        QTest::newRow("end before start") << "periodEnd" << QJsonValue("2026-10-01T00:00:00Z");
        QTest::newRow("transfer string") << "transfer" << QJsonValue("0x12");
    }
    void providerAndEarningsFieldsAreStrict()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject c = cycleJson(1);
        c[field] = value;
        const auto r = parseEarnings(earningsJson({c}, 1, QJsonValue::Null));
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error().message).contains(field),
                 r.error().message.c_str());
    }

    // The usage counters of a cycle (API v1 addition): read when present, optional for older
    // servers, strict when sent.
    void cycleUsageIsReadWhenPresent()
    {
        QJsonObject c = cycleJson(1);
        const auto plain = parseEarnings(earningsJson({c}, 1, QJsonValue::Null));
        QVERIFY(plain.ok());
        QVERIFY(!plain->cycles.at(0).usage.has_value());
        c["usage"] = QJsonValue::Null;
        QVERIFY(!parseEarnings(earningsJson({c}, 1, QJsonValue::Null))->cycles.at(0).usage);

        // Counters past 2^53 stay exact.
        c["usage"] = QJsonObject{{"calls", "1234"},
                                 {"bytesOut", "9007199254740993"},
                                 {"responseMsTotal", "98765"},
                                 {"errors", "7"}};
        const auto r = parseEarnings(earningsJson({c}, 1, QJsonValue::Null));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const auto& u = r->cycles.at(0).usage;
        QVERIFY(u.has_value());
        QCOMPARE(u->calls.toDecimal(), std::string("1234"));
        QCOMPARE(u->bytesOut.toDecimal(), std::string("9007199254740993"));
        QCOMPARE(u->responseMsTotal.toDecimal(), std::string("98765"));
        QCOMPARE(u->errors.toDecimal(), std::string("7"));

        for (const char* f : {"calls", "bytesOut", "responseMsTotal", "errors"}) {
            QJsonObject bad = c["usage"].toObject();
            bad.remove(QLatin1String(f));
            c["usage"] = bad;
            const auto missing = parseEarnings(earningsJson({c}, 1, QJsonValue::Null));
            QVERIFY2(!missing.ok(), f);
            QVERIFY2(QString::fromStdString(missing.error().message).contains(QLatin1String(f)),
                     missing.error().message.c_str());
            bad[QLatin1String(f)] = 12; // a number, not a decimal string
            c["usage"] = bad;
            QVERIFY2(!parseEarnings(earningsJson({c}, 1, QJsonValue::Null)).ok(), f);
            bad[QLatin1String(f)] = "-3";
            c["usage"] = bad;
            QVERIFY2(!parseEarnings(earningsJson({c}, 1, QJsonValue::Null)).ok(), f);
            bad[QLatin1String(f)] = "5";
            c["usage"] = bad;
        }
        c["usage"] = "1234";
        QVERIFY(!parseEarnings(earningsJson({c}, 1, QJsonValue::Null)).ok());
    }

    void providerFieldsAreStrict()
    {
        const ProviderDetails d = details(testKey());
        QVERIFY(parseProvider(providerJson(d)).ok());
        for (const char* f : {"providerId", "address", "eercPublicKey", "status",
                              "onchainRegistered", "createdAt", "api"}) {
            QJsonObject o = providerJson(d);
            o.remove(QLatin1String(f));
            QVERIFY2(!parseProvider(o).ok(), f);
        }
        QJsonObject o = providerJson(d);
        o["status"] = "retired";
        QVERIFY(!parseProvider(o).ok());
        o = providerJson(d);
        o["onchainRegistered"] = "true";
        QVERIFY(!parseProvider(o).ok());
        o = providerJson(d);
        // On the curve but outside the prime-order subgroup: (0, -1) has order 2.
        o["eercPublicKey"] = QJsonArray{
            "0", "21888242871839275222246405745257275088548364400416034343698204186575808495616"};
        QVERIFY(!parseProvider(o).ok());
        o = providerJson(d);
        o["status"] = "earning_revenue";
        o["unknownField"] = 1; // ignored
        const auto p = parseProvider(o);
        QVERIFY(p.ok());
        QCOMPARE(p->status, ProviderStatus::EarningRevenue);
        QCOMPARE(providerStatusName(p->status), QStringLiteral("earning_revenue"));
    }
};

QTEST_GUILESS_MAIN(TestOperatorClient)
#include "tst_operator_client.moc"
