// SPDX-License-Identifier: GPL-3.0-or-later
// The operator role's calls (ManagementClient) against a scripted HTTP server on 127.0.0.1:
// every route with what goes on the wire (method, target, signature, body), lists read to
// the end through their pages and refused when they do not end, status changes with the
// 409 explained from the provider's state, usage servers with the token kept in locked
// memory, 204 on revocation, cycles and dry runs parsed strictly, the period and pool checked
// before anything is sent, the server's 409/422/429/5xx as sentences, and a cycle followed
// to its end through transient failures, with progress, a timeout and cancellation.
#include "crypto/secp256k1.h"
#include "management_samples.h"
#include "operator/distribution.h"
#include "operator/management_client.h"
#include "operator/request_signer.h"
#include "scripted_server.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace bs;
using namespace bs::operator_api;
using Kind = ApiError::Kind;
using test::Answer;
using test::clientFor;
using test::cycleSample;
using test::json;
using test::operatorKey;
using test::page;
using test::problem;
using test::providerSample;
using test::ScriptedServer;
using test::SeenRequest;
using test::serverSample;
using test::transferSample;

namespace {

QDateTime nov(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

DistributionRequest request(int fromDay, int toDay, std::uint64_t pool = 5000000)
{
    return makeDistribution(nov(fromDay), nov(toDay), U256::fromU64(pool)).value();
}

QString messageOf(const ApiError& e)
{
    return QString::fromStdString(e.message);
}

QJsonObject bodyOf(const SeenRequest& r)
{
    return QJsonDocument::fromJson(r.body).object();
}

// The signer of a request as the server recovers it.
crypto::EthAddress signerOf(const SeenRequest& r)
{
    const QByteArray target = r.target.mid(QByteArrayLiteral("/api/v1").size());
    const std::string message =
        signingMessage(r.method, target, r.headers.value("x-bs-timestamp").toLongLong(),
                       r.headers.value("x-bs-nonce"), r.body);
    const QByteArray sig = QByteArray::fromHex(r.headers.value("x-bs-signature").mid(2));
    return crypto::recoverAddress(
               crypto::eip191Digest(message),
               std::span(reinterpret_cast<const std::uint8_t*>(sig.constData()), 65))
        .value();
}

QJsonObject dryRunSample(const QJsonArray& allocations, const QString& totalWeight = "300")
{
    return QJsonObject{{"dryRun", true},
                       {"periodStart", "2026-11-10T00:00:00Z"},
                       {"periodEnd", "2026-11-11T00:00:00Z"},
                       {"pool", "5000000"},
                       {"totalWeight", totalWeight},
                       {"providerCount", allocations.size()},
                       {"status", "calculated"},
                       {"dust", "0"},
                       {"allocations", allocations}};
}

QJsonObject allocationSample(int provider, const QString& weight, const QString& amount)
{
    return QJsonObject{{"providerId", QStringLiteral("prv_%1").arg(provider)},
                       {"address", providerSample(provider)["address"]},
                       {"weight", weight},
                       {"amount", amount},
                       {"dust", "0"}};
}

// A server with the given cycles list that answers POST /revenue/distribute with `post`.
struct DistributeServer
{
    ScriptedServer server;
    QJsonArray cycles;
    std::function<Answer(const SeenRequest&)> post;
    int posts = 0;

    DistributeServer()
    {
        server.handler = [this](const SeenRequest& r) {
            if (r.method == "GET" && r.target.startsWith("/api/v1/revenue/cycles?"))
                return json(page(cycles));
            if (r.method == "POST" && r.target == "/api/v1/revenue/distribute") {
                ++posts;
                return post(r);
            }
            return problem(404, "Not Found", "no route");
        };
    }
};

} // namespace

class TestOperatorManagement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- providers ----

    void providersAreReadThroughEveryPage()
    {
        ScriptedServer server;
        server.handler = [](const SeenRequest& r) {
            if (!r.target.contains("cursor="))
                return json(page({providerSample(1), providerSample(2, "registered")}, "7"));
            return json(page({providerSample(3, "suspended")}));
        };
        auto client = clientFor(server);
        ManagementClient api(*client);
        const auto list = api.providers(operatorKey());
        QVERIFY2(list.ok(), list.ok() ? "" : list.error().message.c_str());
        QCOMPARE(list->size(), std::size_t(3));
        QCOMPARE(list->at(1).status, ProviderStatus::Registered);
        QCOMPARE(list->at(2).providerId, QStringLiteral("prv_3"));
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(0).method, QByteArray("GET"));
        QCOMPARE(server.requests.at(0).target, QByteArray("/api/v1/providers?limit=500"));
        QCOMPARE(server.requests.at(1).target, QByteArray("/api/v1/providers?limit=500&cursor=7"));
        QCOMPARE(signerOf(server.requests.at(1)), operatorKey().address());

        server.requests.clear();
        QVERIFY(api.providers(operatorKey(), ProviderStatus::EarningRevenue).ok());
        QCOMPARE(server.requests.at(0).target,
                 QByteArray("/api/v1/providers?status=earning_revenue&limit=500"));
    }

    void listsThatDoNotEndAreRefused()
    {
        ScriptedServer server;
        int n = 0;
        server.handler = [&](const SeenRequest&) {
            return json(page({providerSample(++n)}, QStringLiteral("c%1").arg(n)));
        };
        OperatorClientOptions options;
        options.maxPages = 4;
        auto client = OperatorClient::create(server.base(), options).value();
        ManagementClient api(*client);
        auto r = api.providers(operatorKey());
        QCOMPARE(r.error().kind, Kind::BadResponse);
        QVERIFY2(messageOf(r.error()).contains("more than 4 pages"), r.error().message.c_str());
        QCOMPARE(server.requests.size(), 4);

        // A cursor that comes back.
        server.requests.clear();
        server.handler = [](const SeenRequest&) { return json(page({}, "again")); };
        QCOMPARE(api.providers(operatorKey()).error().kind, Kind::BadResponse);
        QCOMPARE(server.requests.size(), 2);

        // More items than asked for in one page.
        QJsonArray many;
        for (int i = 0; i < kPageSize + 1; ++i)
            many.append(serverSample(i));
        server.handler = [&](const SeenRequest&) { return json(page(many)); };
        r = api.providers(operatorKey());
        QVERIFY2(messageOf(r.error()).contains("items"), r.error().message.c_str());

        // No nextCursor at all: not the list format.
        server.handler = [](const SeenRequest&) {
            return json(QJsonObject{{"items", QJsonArray{}}});
        };
        r = api.providers(operatorKey());
        QVERIFY2(messageOf(r.error()).contains("nextCursor"), r.error().message.c_str());
    }

    void malformedListItemsNameTheirField()
    {
        ScriptedServer server;
        QJsonObject bad = providerSample(2);
        bad["status"] = "retired";
        server.handler = [&](const SeenRequest&) { return json(page({providerSample(1), bad})); };
        auto client = clientFor(server);
        ManagementClient api(*client);
        const auto r = api.providers(operatorKey());
        QCOMPARE(r.error().kind, Kind::BadResponse);
        QVERIFY2(messageOf(r.error()).contains("items[1].status"), r.error().message.c_str());
    }

    void statusChangeSendsReasonAndChecksTheAnswer()
    {
        ScriptedServer server;
        QString answerStatus = "integrated";
        server.handler = [&](const SeenRequest&) { return json(providerSample(1, answerStatus)); };
        auto client = clientFor(server);
        ManagementClient api(*client);
        auto p = api.setProviderStatus(operatorKey(), "prv_1", ProviderStatus::Integrated,
                                       "  wired into FlowMCP  ");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        QCOMPARE(p->status, ProviderStatus::Integrated);
        const SeenRequest& r = server.requests.at(0);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/api/v1/providers/prv_1/status"));
        QCOMPARE(bodyOf(r),
                 (QJsonObject{{"status", "integrated"}, {"reason", "wired into FlowMCP"}}));
        QCOMPARE(signerOf(r), operatorKey().address());

        // No reason: null.
        answerStatus = "suspended";
        QVERIFY(api.setProviderStatus(operatorKey(), "prv_1", ProviderStatus::Suspended, {}).ok());
        QVERIFY(bodyOf(server.requests.at(1))["reason"].isNull());

        // The server confirms another state than asked: refused.
        answerStatus = "registered";
        p = api.setProviderStatus(operatorKey(), "prv_1", ProviderStatus::Suspended, "x");
        QCOMPARE(p.error().kind, Kind::BadResponse);
    }

    void statusInputIsCheckedBeforeSending()
    {
        ScriptedServer server;
        auto client = clientFor(server);
        ManagementClient api(*client);
        auto r = api.setProviderStatus(operatorKey(), "prv_1", ProviderStatus::EarningRevenue, {});
        QCOMPARE(r.error().kind, Kind::InvalidRequest);
        QVERIFY(messageOf(r.error()).contains("first usage arrives"));
        r = api.setProviderStatus(operatorKey(), "prv_1", ProviderStatus::Suspended,
                                  QString(501, QLatin1Char('x')));
        QCOMPARE(r.error().kind, Kind::InvalidRequest);
        r = api.setProviderStatus(operatorKey(), "prv_1", ProviderStatus::Suspended, "a\nb");
        QCOMPARE(r.error().kind, Kind::InvalidRequest);
        r = api.setProviderStatus(operatorKey(), "..", ProviderStatus::Suspended, {});
        QCOMPARE(r.error().kind, Kind::InvalidRequest);
        QVERIFY(server.requests.isEmpty());
    }

    void forbiddenTransitionSaysWhatIsPossible()
    {
        ScriptedServer server;
        server.handler = [](const SeenRequest& r) {
            if (r.method == "POST")
                return problem(409, "Conflict",
                               "a provider cannot go from suspended to integrated");
            return json(providerSample(1, "suspended"));
        };
        auto client = clientFor(server);
        ManagementClient api(*client);
        const auto r =
            api.setProviderStatus(operatorKey(), "prv_1", ProviderStatus::Integrated, {});
        QCOMPARE(r.error().status, 409);
        QCOMPARE(r.error().kind, Kind::Http);
        QVERIFY2(messageOf(r.error()).contains("Provider prv_1 is suspended") &&
                     messageOf(r.error()).contains("reinstate it (registered) first"),
                 r.error().message.c_str());
        QCOMPARE(server.requests.at(1).method, QByteArray("GET"));
        QCOMPARE(server.requests.at(1).target, QByteArray("/api/v1/providers/prv_1"));

        server.handler = [](const SeenRequest&) {
            return problem(404, "Not Found", "no provider prv_9");
        };
        const auto missing =
            api.setProviderStatus(operatorKey(), "prv_9", ProviderStatus::Suspended, {});
        QVERIFY2(messageOf(missing.error()).contains("has no provider prv_9"),
                 missing.error().message.c_str());
    }

    void transitionRules()
    {
        using S = ProviderStatus;
        QVERIFY(transitionAllowed(S::Registered, S::Integrated));
        QVERIFY(!transitionAllowed(S::Suspended, S::Integrated));
        QVERIFY(!transitionAllowed(S::EarningRevenue, S::Integrated));
        for (S from : {S::Registered, S::Integrated, S::EarningRevenue})
            QVERIFY(transitionAllowed(from, S::Suspended));
        QVERIFY(!transitionAllowed(S::Suspended, S::Suspended));
        QVERIFY(transitionAllowed(S::Suspended, S::Registered));
        QVERIFY(!transitionAllowed(S::Integrated, S::Registered));
        for (S from : {S::Registered, S::Integrated, S::EarningRevenue, S::Suspended})
            QVERIFY(!transitionAllowed(from, S::EarningRevenue));
        QVERIFY(transitionRefusal(S::Suspended, S::Suspended).find("already") != std::string::npos);
        QVERIFY(transitionRefusal(S::Integrated, S::Registered).find("only a suspended") !=
                std::string::npos);
    }

    // ---- usage servers ----

    void serversListAndFilter()
    {
        ScriptedServer server;
        server.handler = [](const SeenRequest&) {
            return json(page({serverSample(1), serverSample(2, true)}));
        };
        auto client = clientFor(server);
        ManagementClient api(*client);
        const auto list = api.servers(operatorKey(), ServerStatus::Revoked);
        QVERIFY2(list.ok(), list.ok() ? "" : list.error().message.c_str());
        QCOMPARE(server.requests.at(0).target,
                 QByteArray("/api/v1/servers?status=revoked&limit=500"));
        QCOMPARE(list->at(0).status, ServerStatus::Active);
        QVERIFY(!list->at(0).revokedAt);
        QCOMPARE(list->at(1).status, ServerStatus::Revoked);
        QCOMPARE(*list->at(1).revokedAt, nov(2, 9));

        // revokedAt must agree with the status.
        QJsonObject odd = serverSample(3);
        odd["revokedAt"] = "2026-11-02T09:00:00Z";
        server.handler = [&](const SeenRequest&) { return json(page({odd})); };
        const auto r = api.servers(operatorKey());
        QVERIFY2(messageOf(r.error()).contains("items[0].revokedAt"), r.error().message.c_str());
    }

    void createdServerTokenIsKeptSecret()
    {
        ScriptedServer server;
        const QString token = "bst_" + QString(43, QLatin1Char('Q'));
        int status = 201;
        server.handler = [&](const SeenRequest& r) {
            QJsonObject o = serverSample(7);
            o["name"] = bodyOf(r)["name"];
            o["token"] = token;
            return json(o, status);
        };
        auto cache = std::make_shared<MemoryOperatorCache>();
        auto client = clientFor(server, cache);
        ManagementClient api(*client);
        auto created = api.createServer(operatorKey(), "  flowmcp-eu  ");
        QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());
        QCOMPARE(created->server.serverId, QStringLiteral("srv_7"));
        QCOMPARE(created->server.name, QStringLiteral("flowmcp-eu"));
        QCOMPARE(bodyOf(server.requests.at(0)), (QJsonObject{{"name", "flowmcp-eu"}}));
        QCOMPARE(QByteArray(created->token.chars().data(), qsizetype(created->token.size())),
                 token.toLatin1());
        // The token's type never prints it, and nothing went into the cache.
        QString printed;
        QDebug(&printed) << created->token;
        QVERIFY(!printed.contains(QLatin1String("QQQQ")));
        QCOMPARE(cache->size(), 0);

        status = 200;
        QCOMPARE(api.createServer(operatorKey(), "x").error().kind, Kind::BadResponse);
    }

    void malformedTokensAndNamesAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("token");
        QTest::newRow("short") << QJsonValue("bst_short");
        QTest::newRow("space") << QJsonValue("bst_aaaaaaaaaaaa aaaaaaaaaa");
        QTest::newRow("newline") << QJsonValue("bst_aaaaaaaaaaaaaaaaaaaaaa\r\nX-Evil: 1");
        QTest::newRow("number") << QJsonValue(12345678901234567.0);
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("huge") << QJsonValue(QString(1025, QLatin1Char('a')));
    }
    void malformedTokensAndNamesAreRefused()
    {
        QFETCH(QJsonValue, token);
        ScriptedServer server;
        server.handler = [&](const SeenRequest&) {
            QJsonObject o = serverSample(1);
            o["name"] = "n";
            if (!token.isUndefined())
                o["token"] = token;
            return json(o, 201);
        };
        auto client = clientFor(server);
        ManagementClient api(*client);
        const auto r = api.createServer(operatorKey(), "n");
        QCOMPARE(r.error().kind, Kind::BadResponse);
        QVERIFY2(messageOf(r.error()).contains("invalid token"), r.error().message.c_str());
        // The message never repeats what the server sent as a token.
        if (token.isString())
            QVERIFY(!messageOf(r.error()).contains(token.toString()));

        server.requests.clear();
        for (const QString& name : {QString(), QStringLiteral("   "),
                                    QString(101, QLatin1Char('n')), QStringLiteral("a\tb")})
            QCOMPARE(api.createServer(operatorKey(), name).error().kind, Kind::InvalidRequest);
        QVERIFY(server.requests.isEmpty());
    }

    void revocationIsADeleteWith204()
    {
        ScriptedServer server;
        Answer next{204, {}, {}, {}};
        server.handler = [&](const SeenRequest&) { return next; };
        auto client = clientFor(server);
        ManagementClient api(*client);
        QVERIFY(api.revokeServer(operatorKey(), "srv_1").ok());
        const SeenRequest& r = server.requests.at(0);
        QCOMPARE(r.method, QByteArray("DELETE"));
        QCOMPARE(r.target, QByteArray("/api/v1/servers/srv_1"));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(signerOf(r), operatorKey().address());

        next = problem(404, "Not Found",
                       "usage server srv_1 was already revoked at 2026-11-02T09:00:00Z");
        auto again = api.revokeServer(operatorKey(), "srv_1");
        QCOMPARE(again.error().status, 404);
        QVERIFY2(messageOf(again.error()).contains("no active usage server srv_1") &&
                     messageOf(again.error()).contains("already revoked"),
                 again.error().message.c_str());

        next = json(QJsonObject{{"ok", true}});
        QCOMPARE(api.revokeServer(operatorKey(), "srv_1").error().kind, Kind::BadResponse);
    }

    // ---- cycles ----

    void cyclesParsed()
    {
        ScriptedServer server;
        const QJsonArray transfers{transferSample(1, "confirmed"), transferSample(2, "submitted"),
                                   transferSample(3, "queued")};
        server.handler = [&](const SeenRequest& r) {
            if (r.target.startsWith("/api/v1/revenue/cycles?"))
                return json(page({cycleSample("cyc_b", "distributing_payments", 12, transfers),
                                  cycleSample("cyc_a", "completed", 10)}));
            return json(cycleSample("cyc_b", "distributing_payments", 12, transfers));
        };
        auto client = clientFor(server);
        ManagementClient api(*client);
        const auto list = api.cycles(operatorKey());
        QVERIFY2(list.ok(), list.ok() ? "" : list.error().message.c_str());
        QCOMPARE(server.requests.at(0).target, QByteArray("/api/v1/revenue/cycles?limit=500"));
        const Cycle& c = list->at(0);
        QCOMPARE(c.status, CycleStatus::DistributingPayments);
        QCOMPARE(c.periodStart, nov(12));
        QCOMPARE(c.pool, U256::fromU64(5000000));
        QCOMPARE(*c.totalWeight, U256::fromU64(300));
        QCOMPARE(c.transfers.size(), std::size_t(3));
        QCOMPARE(c.transfers[0].status, TransferStatus::Confirmed);
        QCOMPARE(*c.transfers[0].blockNumber, std::uint64_t(101));
        QCOMPARE(*c.transfers[0].logIndex, std::uint32_t(1));
        QCOMPARE(*c.transfers[0].amount, U256::fromU64(2500000));
        QVERIFY(c.transfers[1].txHash && !c.transfers[1].blockNumber);
        QVERIFY(!c.transfers[2].txHash);
        QVERIFY(!isFinal(c.status));
        QVERIFY(isFinal(list->at(1).status));
        QVERIFY(list->at(1).totalWeight.has_value());

        const auto one = api.cycle(operatorKey(), "cyc_b");
        QVERIFY(one.ok());
        QCOMPARE(server.requests.at(1).target, QByteArray("/api/v1/revenue/cycles/cyc_b"));
        QCOMPARE(api.cycle(operatorKey(), "cyc_other").error().kind, Kind::BadResponse);
    }

    void cycleFieldsAreStrict_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("cycle");
        const QJsonArray t{transferSample(1, "confirmed")};
        auto with = [&](auto f) {
            QJsonObject c = cycleSample("cyc_1", "distributing_payments", 3, t);
            f(c);
            return c;
        };
        auto withTransfer = [&](auto f) {
            return with([&](QJsonObject& c) {
                QJsonObject x = transferSample(1, "confirmed");
                f(x);
                c["transfers"] = QJsonArray{x};
            });
        };
        QTest::newRow("status") << "status" << with([](QJsonObject& c) { c["status"] = "paused"; });
        QTest::newRow("pool number") << "pool" << with([](QJsonObject& c) { c["pool"] = 5; });
        QTest::newRow("distributed > pool")
            << "distributed" << with([](QJsonObject& c) { c["distributed"] = "5000001"; });
        QTest::newRow("dust > pool")
            << "dust" << with([](QJsonObject& c) { c["dust"] = "6000000"; });
        QTest::newRow("empty period")
            << "periodEnd" << with([](QJsonObject& c) { c["periodEnd"] = c["periodStart"]; });
        QTest::newRow("error huge")
            << "error"
            << with([](QJsonObject& c) { c["error"] = QString(2001, QLatin1Char('e')); });
        QTest::newRow("transfers missing")
            << "transfers" << with([](QJsonObject& c) { c.remove("transfers"); });
        QTest::newRow("confirmed without hash")
            << "transfers[0].txHash"
            << withTransfer([](QJsonObject& x) { x["txHash"] = QJsonValue(); });
        QTest::newRow("confirmed without block")
            << "transfers[0].blockNumber"
            << withTransfer([](QJsonObject& x) { x["blockNumber"] = QJsonValue(); });
        QTest::newRow("dust > amount")
            << "transfers[0].dust" << withTransfer([](QJsonObject& x) { x["dust"] = "2500001"; });
        QTest::newRow("transfer status")
            << "transfers[0].status" << withTransfer([](QJsonObject& x) { x["status"] = "lost"; });
        QTest::newRow("transfer address")
            << "transfers[0].address"
            << withTransfer([](QJsonObject& x) { x["address"] = "0x12"; });
        QTest::newRow("log index > 2^32")
            << "transfers[0].logIndex"
            << withTransfer([](QJsonObject& x) { x["logIndex"] = 4294967296.0; });
    }
    void cycleFieldsAreStrict()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, cycle);
        const auto r = parseCycle(cycle);
        QVERIFY(!r.ok());
        QVERIFY2(
            QString::fromStdString(r.error().message).contains(QLatin1String("invalid ") + path),
            r.error().message.c_str());
    }

    void olderServersWithoutDustReadAsZero()
    {
        QJsonObject c = cycleSample("cyc_1", "completed", 3, {transferSample(1, "confirmed")});
        c.remove("dust");
        QJsonObject t = c["transfers"].toArray().at(0).toObject();
        t.remove("dust");
        t.remove("amount"); // an auditor's view
        c["transfers"] = QJsonArray{t};
        const auto r = parseCycle(c);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r->dust.isZero());
        QVERIFY(!r->transfers[0].amount);
        QVERIFY(r->transfers[0].dust.isZero());
    }

    // ---- distribution: input checks ----

    void distributionInputIsChecked()
    {
        auto r = makeDistribution(nov(1), nov(2), "5.1234567", 6);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("5.1234567") != std::string::npos,
                 r.error().message.c_str());
        r = makeDistribution(nov(1), nov(2), "0", 6);
        QVERIFY(r.error().message.find("zero") != std::string::npos);
        r = makeDistribution(nov(2), nov(2), "1", 6);
        QVERIFY(r.error().message.find("empty") != std::string::npos);
        r = makeDistribution(nov(3), nov(2), "1", 6);
        QVERIFY(!r.ok());
        r = makeDistribution(nov(1), nov(2), "-1", 6);
        QVERIFY(!r.ok());
        r = makeDistribution(nov(1).addMSecs(500), nov(2), "1", 6);
        QVERIFY(r.error().message.find("whole seconds") != std::string::npos);
        r = makeDistribution(nov(1), nov(2), " 12.5 ", 6);
        QVERIFY(r.ok());
        QCOMPARE(r->pool, U256::fromU64(12500000));
        QCOMPARE(r->toJson(true), (QJsonObject{{"periodStart", "2026-11-01T00:00:00Z"},
                                               {"periodEnd", "2026-11-02T00:00:00Z"},
                                               {"pool", "12500000"},
                                               {"dryRun", true}}));
        // Above the API's 2^255.
        const U256 tooBig = U256::fromLimbs({1, 0, 0, 1ull << 63});
        QVERIFY(!makeDistribution(nov(1), nov(2), tooBig).ok());
        QVERIFY(makeDistribution(nov(1), nov(2), U256::fromLimbs({0, 0, 0, 1ull << 63})).ok());
    }

    void timesAreParsedStrictly()
    {
        QCOMPARE(parseTime("2026-11-01T00:00:00Z").value(), nov(1));
        QCOMPARE(parseTime("2026-11-01T02:00:00+02:00").value(), nov(1));
        QCOMPARE(parseTime("2026-11-01").value(), nov(1));
        QCOMPARE(parseTime("2026-11-01t05:00:00z").value(), nov(1, 5));
        for (const char* bad : {"2026-11-01T00:00:00", "2026-11-01T00:00:00.5Z", "2026-13-01",
                                "2026-11-31T00:00:00Z", "yesterday", ""})
            QVERIFY2(!parseTime(QString::fromLatin1(bad)).ok(), bad);
    }

    void periodChecksFollowTheServersRule()
    {
        const QJsonArray paid{transferSample(1, "confirmed"), transferSample(2, "failed")};
        const QJsonArray unpaid{transferSample(1, "failed")};
        std::vector<Cycle> cycles{
            parseCycle(cycleSample("cyc_done", "completed", 10)).value(),
            parseCycle(cycleSample("cyc_run", "generating_proofs", 12)).value(),
            parseCycle(cycleSample("cyc_paid", "failed", 14, paid)).value(),
            parseCycle(cycleSample("cyc_unpaid", "failed", 16, unpaid)).value(),
        };
        // Touching is not overlapping: [9, 10) and [11, 12) are free.
        QVERIFY(checkPeriod(request(9, 10), cycles, 6).ok());
        QVERIFY(!checkPeriod(request(9, 10), cycles, 6)->retryOf);
        QVERIFY(checkPeriod(request(11, 12), cycles, 6).ok());
        // Live cycles refuse any overlap, and say where a free period starts.
        auto r = checkPeriod(request(9, 11), cycles, 6);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("cyc_done (completed") != std::string::npos &&
                     r.error().message.find("starts at 2026-11-11T00:00:00Z") != std::string::npos,
                 r.error().message.c_str());
        QVERIFY(checkPeriod(request(12, 13), cycles, 6).error().message.find("cyc_run") !=
                std::string::npos);
        // A failed cycle's exact period and pool is its retry; another pool is refused.
        r = checkPeriod(request(14, 15), cycles, 6);
        QVERIFY(r.ok());
        QCOMPARE(r->retryOf->cycleId, QStringLiteral("cyc_paid"));
        r = checkPeriod(request(14, 15, 4000000), cycles, 6);
        QVERIFY2(r.error().message.find("own pool of 5.000000") != std::string::npos,
                 r.error().message.c_str());
        // Another period over a failed cycle: only if it paid nobody.
        QVERIFY2(checkPeriod(request(13, 16), cycles, 6).error().message.find("already paid") !=
                     std::string::npos,
                 "overlapping a failed cycle that paid");
        r = checkPeriod(request(16, 18), cycles, 6);
        QVERIFY(r.ok());
        QVERIFY(!r->retryOf);
    }

    // ---- distribution: dry run and start on the wire ----

    void dryRunIsCheckedAndParsed()
    {
        DistributeServer s;
        s.cycles = {cycleSample("cyc_a", "completed", 1)};
        s.post = [](const SeenRequest&) {
            return json(dryRunSample(
                {allocationSample(1, "200", "3333333"), allocationSample(2, "100", "1666667")}));
        };
        auto client = clientFor(s.server);
        ManagementClient api(*client);
        const auto run = api.dryRun(operatorKey(), request(10, 11), 6);
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
        QCOMPARE(run->allocations.size(), std::size_t(2));
        QCOMPARE(run->allocations[0].amount, U256::fromU64(3333333));
        QCOMPARE(run->totalWeight, U256::fromU64(300));
        QVERIFY(!run->skipped);
        QCOMPARE(s.server.requests.size(), 2); // the cycles list first
        const SeenRequest& post = s.server.requests.at(1);
        QCOMPARE(bodyOf(post), request(10, 11).toJson(true));
        QCOMPARE(signerOf(post), operatorKey().address());

        // An answer for another pool is not this dry run.
        s.post = [](const SeenRequest&) {
            QJsonObject o = dryRunSample({});
            o["pool"] = "1";
            return json(o);
        };
        QCOMPARE(api.dryRun(operatorKey(), request(10, 11), 6).error().kind, Kind::BadResponse);
        s.post = [](const SeenRequest&) {
            QJsonObject o = dryRunSample({allocationSample(1, "300", "5000000")});
            o["dryRun"] = false;
            return json(o);
        };
        QVERIFY(
            messageOf(api.dryRun(operatorKey(), request(10, 11), 6).error()).contains("dryRun"));

        // A period the server would refuse is not even dry-run.
        const int posts = s.posts;
        const auto overlap = api.dryRun(operatorKey(), request(1, 3), 6);
        QCOMPARE(overlap.error().kind, Kind::InvalidRequest);
        QCOMPARE(s.posts, posts);
    }

    void startSendsOnceAndChecksTheCycle()
    {
        DistributeServer s;
        s.post = [](const SeenRequest&) {
            return json(cycleSample("cyc_new", "collecting_metrics", 10), 202);
        };
        auto client = clientFor(s.server);
        ManagementClient api(*client);
        const auto c = api.startCycle(operatorKey(), request(10, 11), 6);
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().message.c_str());
        QCOMPARE(c->cycleId, QStringLiteral("cyc_new"));
        QCOMPARE(bodyOf(s.server.requests.at(1)), request(10, 11).toJson(false));

        // 200 is a dry run's status, not a start's.
        s.post = [](const SeenRequest&) {
            return json(cycleSample("cyc_new", "collecting_metrics", 10), 200);
        };
        QCOMPARE(api.startCycle(operatorKey(), request(10, 11), 6).error().kind, Kind::BadResponse);
        // A cycle of another period.
        s.post = [](const SeenRequest&) {
            return json(cycleSample("cyc_new", "collecting_metrics", 11), 202);
        };
        QCOMPARE(api.startCycle(operatorKey(), request(10, 11), 6).error().kind, Kind::BadResponse);
    }

    void serverRefusalsBecomeSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mustContain");
        QTest::addColumn<int>("kind");
        QTest::newRow("409") << 409 << "may not overlap a cycle that did not fail"
                             << int(Kind::Http);
        QTest::newRow("422") << 422 << "cannot fund a pool of 5.000000" << int(Kind::Http);
        QTest::newRow("429") << 429 << "try again in 30 seconds" << int(Kind::Http);
        QTest::newRow("500") << 500 << "list the cycles before asking again"
                             << int(Kind::Unavailable);
        QTest::newRow("503") << 503 << "cannot read the operator's balances"
                             << int(Kind::Unavailable);
    }
    void serverRefusalsBecomeSentences()
    {
        QFETCH(int, status);
        QFETCH(QString, mustContain);
        QFETCH(int, kind);
        DistributeServer s;
        s.post = [&](const SeenRequest&) {
            const QString detail =
                status == 503 ? QStringLiteral("cannot read the operator's balances from the chain")
                              : QStringLiteral("the detail");
            return problem(status, "Title", detail, {}, {{"Retry-After", "30"}});
        };
        auto client = clientFor(s.server);
        ManagementClient api(*client);
        const auto r = api.startCycle(operatorKey(), request(10, 11), 6);
        QCOMPARE(r.error().status, status);
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY2(messageOf(r.error()).contains(mustContain), r.error().message.c_str());
        if (status == 429)
            QCOMPARE(r.error().retryAfter, std::optional(std::chrono::seconds(30)));
        QCOMPARE(s.posts, 1); // never sent twice
    }

    void retryIsTheSameCallForTheFailedCycle()
    {
        DistributeServer s;
        s.cycles = {cycleSample("cyc_f", "failed", 10,
                                {transferSample(1, "confirmed"), transferSample(2, "failed")})};
        s.post = [&](const SeenRequest&) {
            return json(cycleSample("cyc_f", "generating_proofs", 10,
                                    {transferSample(1, "confirmed"), transferSample(2, "queued")}),
                        202);
        };
        auto client = clientFor(s.server);
        ManagementClient api(*client);
        const Cycle failed = parseCycle(s.cycles.at(0).toObject()).value();
        const auto c = api.retryCycle(operatorKey(), failed, 6);
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().message.c_str());
        QCOMPARE(c->cycleId, QStringLiteral("cyc_f"));
        QCOMPARE(bodyOf(s.server.requests.at(1)), request(10, 11).toJson(false));

        // The server answering with a new cycle is not a retry.
        s.post = [](const SeenRequest&) {
            return json(cycleSample("cyc_other", "collecting_metrics", 10), 202);
        };
        QCOMPARE(api.retryCycle(operatorKey(), failed, 6).error().kind, Kind::BadResponse);

        // Only failed cycles can be retried; and not once the list says otherwise.
        Cycle done = failed;
        done.status = CycleStatus::Completed;
        QCOMPARE(api.retryCycle(operatorKey(), done, 6).error().kind, Kind::InvalidRequest);
        s.cycles = {};
        const int posts = s.posts;
        QCOMPARE(api.retryCycle(operatorKey(), failed, 6).error().kind, Kind::InvalidRequest);
        QCOMPARE(s.posts, posts);
    }

    // ---- following a cycle ----

    void followReportsEachChangeUntilTheEnd()
    {
        ScriptedServer server;
        QList<Answer> script{
            json(cycleSample("cyc_1", "collecting_metrics", 10)),
            json(cycleSample("cyc_1", "collecting_metrics", 10)),
            problem(503, "Service Unavailable", "restarting"),
            json(cycleSample("cyc_1", "generating_proofs", 10, {transferSample(1, "queued")})),
            json(cycleSample("cyc_1", "distributing_payments", 10,
                             {transferSample(1, "submitted")})),
            json(cycleSample("cyc_1", "distributing_payments", 10,
                             {transferSample(1, "confirmed")})),
            json(cycleSample("cyc_1", "completed", 10, {transferSample(1, "confirmed")})),
        };
        server.handler = [&](const SeenRequest&) { return script.takeFirst(); };
        auto client = clientFor(server);
        ManagementClient api(*client);
        QStringList seen;
        FollowOptions fast;
        fast.initialInterval = std::chrono::milliseconds(5);
        fast.maxInterval = std::chrono::milliseconds(20);
        const auto end = api.followCycle(
            operatorKey(), "cyc_1",
            [&](const Cycle& c) {
                seen << cycleStatusName(c.status) + QLatin1Char('/') +
                            transferStatusName(c.transfers.empty() ? TransferStatus::Queued
                                                                   : c.transfers[0].status);
            },
            fast);
        QVERIFY2(end.ok(), end.ok() ? "" : end.error().message.c_str());
        QCOMPARE(end->status, CycleStatus::Completed);
        QVERIFY(script.isEmpty());
        QCOMPARE(seen, QStringList({"collecting_metrics/queued", "generating_proofs/queued",
                                    "distributing_payments/submitted",
                                    "distributing_payments/confirmed", "completed/confirmed"}));
        for (const SeenRequest& r : server.requests)
            QCOMPARE(r.target, QByteArray("/api/v1/revenue/cycles/cyc_1"));
    }

    void followHonoursRetryAfterAndGivesUp()
    {
        ScriptedServer server;
        int calls = 0;
        server.handler = [&](const SeenRequest&) {
            ++calls;
            if (calls == 1)
                return problem(429, "Too Many Requests", "slow down", {}, {{"Retry-After", "1"}});
            if (calls == 2)
                return json(cycleSample("cyc_1", "failed", 10));
            return problem(500, "Internal Server Error", "x");
        };
        auto client = clientFor(server);
        ManagementClient api(*client);
        FollowOptions fast;
        fast.initialInterval = std::chrono::milliseconds(5);
        QElapsedTimer t;
        t.start();
        const auto end = api.followCycle(operatorKey(), "cyc_1", {}, fast);
        QVERIFY(end.ok());
        QCOMPARE(end->status, CycleStatus::Failed); // failed is final too
        QVERIFY(t.elapsed() >= 1000);

        // Transient failures in a row beyond the limit: the last error comes back.
        calls = 2;
        fast.maxConsecutiveFailures = 2;
        const auto down = api.followCycle(operatorKey(), "cyc_1", {}, fast);
        QCOMPARE(down.error().kind, Kind::Unavailable);
        QCOMPARE(calls, 5);

        // A 404 is not transient.
        calls = 0;
        server.handler = [&](const SeenRequest&) {
            ++calls;
            return problem(404, "Not Found", "no cycle cyc_1");
        };
        QCOMPARE(api.followCycle(operatorKey(), "cyc_1", {}, fast).error().status, 404);
        QCOMPARE(calls, 1);
    }

    void followCanBeStoppedAndTimesOut()
    {
        ScriptedServer server;
        server.handler = [](const SeenRequest&) {
            return json(cycleSample("cyc_1", "generating_proofs", 10));
        };
        auto client = clientFor(server);
        ManagementClient api(*client);
        std::stop_source source;
        FollowOptions slow;
        slow.initialInterval = std::chrono::milliseconds(60000);
        QElapsedTimer t;
        t.start();
        // Stopped from the progress callback, as a GUI's cancel button would from its thread:
        // the long wait ends at once.
        const auto stopped = api.followCycle(
            operatorKey(), "cyc_1", [&](const Cycle&) { source.request_stop(); }, slow,
            source.get_token());
        QCOMPARE(stopped.error().kind, Kind::Cancelled);
        QVERIFY(t.elapsed() < 5000);

        FollowOptions bounded;
        bounded.initialInterval = std::chrono::milliseconds(10);
        bounded.timeout = std::chrono::milliseconds(200);
        const auto late = api.followCycle(operatorKey(), "cyc_1", {}, bounded);
        QCOMPARE(late.error().kind, Kind::Unavailable);
        QVERIFY2(messageOf(late.error()).contains("still generating_proofs"),
                 late.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestOperatorManagement)
#include "tst_operator_management.moc"
