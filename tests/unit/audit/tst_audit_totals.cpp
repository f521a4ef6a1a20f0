// SPDX-License-Identifier: GPL-3.0-or-later
// GET /audit/totals and GET /providers as the auditor's client reads them: a signed request
// with the period in the query, the answer parsed strictly and kept byte for byte (its SHA-256
// is evidence), the dust fields optional, answers for another period, oversized or malformed
// answers refused with a sentence; the provider list followed through its pages.
#include "../operator/scripted_server.h"
#include "audit_testing.h"
#include "operator/api_types.h"
#include "operator/operator_client.h"
#include "operator/request_signer.h"

#include <QtTest>

using namespace bs;
using namespace bs::operator_api;
using test::Answer;
using test::ScriptedServer;
using test::SeenRequest;

namespace {

QJsonObject totalsJson()
{
    const auto a = test::auditorKey().publicKey().toAffine();
    return QJsonObject{
        {"from", "2026-11-01T00:00:00Z"},
        {"to", "2026-11-08T00:00:00Z"},
        {"token", QJsonObject{{"symbol", "USDC"}, {"decimals", 6}}},
        {"auditor",
         QJsonObject{
             {"address", QString::fromStdString(test::auditorWallet().address().toChecksumHex())},
             {"publicKey", QJsonArray{QString::fromStdString(a.x.toDecimal()),
                                      QString::fromStdString(a.y.toDecimal())}}}},
        {"grandTotal", "1750001"},
        {"transferCount", 2},
        {"cycles",
         QJsonArray{QJsonObject{
             {"cycleId", "cyc_1"},
             {"periodStart", "2026-11-01T00:00:00Z"},
             {"periodEnd", "2026-11-02T00:00:00.500Z"},
             {"pool", "5000000"},
             {"totalDistributed", "1750001"},
             {"transferCount", 2},
             {"transfers",
              QJsonArray{
                  QJsonObject{{"txHash", test::hexOf(test::hashN(1))},
                              {"blockNumber", 101},
                              {"logIndex", 4},
                              {"to", QString::fromStdString(test::addrN(1).toChecksumHex())}},
                  QJsonObject{{"txHash", test::hexOf(test::hashN(2))},
                              {"blockNumber", 102},
                              {"logIndex", 0},
                              {"to", QString::fromStdString(test::addrN(2).toChecksumHex())}}}}}}},
        {"deposits",
         QJsonArray{QJsonObject{{"txHash", test::hexOf(test::hashN(3))}, {"amount", "2000000"}}}},
    };
}

QJsonObject providerJson(int i)
{
    const auto a = test::auditorKey().publicKey().toAffine();
    return QJsonObject{
        {"providerId", QStringLiteral("prv_%1").arg(i)},
        {"address", QString::fromStdString(test::addrN(std::uint8_t(i)).toChecksumHex())},
        {"eercPublicKey", QJsonArray{QString::fromStdString(a.x.toDecimal()),
                                     QString::fromStdString(a.y.toDecimal())}},
        {"displayName", "P"},
        {"contactEmail", "p@example.org"},
        {"api", QJsonObject{{"name", "p"},
                            {"baseUrl", "https://p.example"},
                            {"category", "data"},
                            {"pricing", "free"}}},
        {"status", "integrated"},
        {"onchainRegistered", true},
        {"createdAt", "2026-11-01T00:00:00Z"},
        {"updatedAt", "2026-11-01T00:00:00Z"}};
}

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 11, d), QTime(0, 0), Qt::UTC);
}

} // namespace

class TestAuditTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheAnswer()
    {
        const auto t = parseAuditTotals(totalsJson());
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
        QCOMPARE(*t->from, day(1));
        QCOMPARE(t->token.decimals, 6u);
        QCOMPARE(t->auditor->address, test::auditorWallet().address());
        QCOMPARE(t->grandTotal, U256::fromU64(1'750'001));
        QCOMPARE(t->dust, U256()); // absent: 0
        QCOMPARE(t->cycles.size(), std::size_t(1));
        const AuditCycle& c = t->cycles[0];
        QCOMPARE(c.periodEnd, QDateTime(QDate(2026, 11, 2), QTime(0, 0, 0, 500), Qt::UTC));
        QCOMPARE(c.transfers.size(), std::size_t(2));
        QCOMPARE(c.transfers[0].txHash, test::hashN(1));
        QCOMPARE(c.transfers[0].logIndex, std::uint32_t(4));
        QCOMPARE(c.transfers[1].to, test::addrN(2));
        QCOMPARE(t->deposits[0].amount, U256::fromU64(2'000'000));
        // Open periods and a server without chain configuration.
        QJsonObject o = totalsJson();
        o.insert("from", QJsonValue::Null);
        o.insert("auditor", QJsonValue::Null);
        o.insert("dust", "17");
        const auto open = parseAuditTotals(o);
        QVERIFY(open.ok());
        QVERIFY(!open->from && !open->auditor);
        QCOMPARE(open->dust, U256::fromU64(17));
    }

    void refusesMalformedFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("number amount") << "grandTotal" << QJsonValue(5) << "grandTotal";
        QTest::newRow("negative count") << "transferCount" << QJsonValue(-1) << "transferCount";
        QTest::newRow("cycles not array") << "cycles" << QJsonValue("x") << "cycles";
        QTest::newRow("no token") << "token" << QJsonValue(QJsonValue::Null) << "token";
        QTest::newRow("bad time") << "to" << QJsonValue("yesterday") << "to";
        QTest::newRow("period reversed") << "to" << QJsonValue("2026-10-01T00:00:00Z") << "to";
        QTest::newRow("deposit amount")
            << "deposits"
            << QJsonValue(QJsonArray{
                   QJsonObject{{"txHash", test::hexOf(test::hashN(3))}, {"amount", "-1"}}})
            << "deposits[0].amount";
    }

    void refusesMalformedFields()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        QJsonObject o = totalsJson();
        o.insert(field, value);
        const auto t = parseAuditTotals(o);
        QVERIFY(!t);
        QVERIFY2(QString::fromStdString(t.error().message).contains("invalid " + path),
                 t.error().message.c_str());
    }

    void refusesMalformedTransfers()
    {
        QJsonObject o = totalsJson();
        QJsonArray cycles = o.value("cycles").toArray();
        QJsonObject c = cycles.at(0).toObject();
        QJsonArray transfers = c.value("transfers").toArray();
        QJsonObject t = transfers.at(1).toObject();
        t.insert("txHash", "0x1234");
        transfers.replace(1, t);
        c.insert("transfers", transfers);
        cycles.replace(0, c);
        o.insert("cycles", cycles);
        const auto r = parseAuditTotals(o);
        QVERIFY(!r);
        QVERIFY2(r.error().message.find("cycles[0].transfers[1].txHash") != std::string::npos,
                 r.error().message.c_str());
    }

    void signedRequestKeepsTheRawAnswer()
    {
        ScriptedServer server;
        const QByteArray body = QJsonDocument(totalsJson()).toJson(QJsonDocument::Indented);
        server.handler = [&](const SeenRequest&) {
            return Answer{200, body, "application/json", {}};
        };
        auto client = test::clientFor(server);
        const auto r = client->auditTotals(test::auditorWallet(), day(1), day(8));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->raw, body); // byte for byte, white space included
        QCOMPARE(r->totals.cycles.size(), std::size_t(1));
        const SeenRequest& seen = server.requests.at(0);
        const QByteArray target =
            "/audit/totals?from=2026-11-01T00%3A00%3A00Z&to=2026-11-08T00%3A00%3A00Z";
        QCOMPARE(seen.target, "/api/v1" + target);
        QCOMPARE(seen.headers.value("x-bs-address"),
                 QByteArray::fromStdString(test::auditorWallet().address().toChecksumHex()));
        // The signature recovers to the auditor over the spec's five lines.
        const std::string message =
            signingMessage("GET", target, seen.headers.value("x-bs-timestamp").toLongLong(),
                           seen.headers.value("x-bs-nonce"), {});
        const auto sig = QByteArray::fromHex(seen.headers.value("x-bs-signature").mid(2));
        QCOMPARE(
            crypto::recoverAddress(crypto::eip191Digest(message),
                                   std::span<const std::uint8_t>(
                                       reinterpret_cast<const std::uint8_t*>(sig.constData()), 65))
                .value(),
            test::auditorWallet().address());
    }

    void answerForAnotherPeriodIsRefused()
    {
        ScriptedServer server;
        server.handler = [&](const SeenRequest&) { return test::json(totalsJson()); };
        auto client = test::clientFor(server);
        auto r = client->auditTotals(test::auditorWallet(), day(2), day(8));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ApiError::Kind::BadResponse);
        QVERIFY(r.error().message.find("another period") != std::string::npos);
        // No period asked, one stated: refused too.
        r = client->auditTotals(test::auditorWallet());
        QVERIFY(!r);
        QVERIFY(!client->auditTotals(test::auditorWallet(), day(8), day(1)));
    }

    void oversizedAndBrokenAnswers()
    {
        ScriptedServer server;
        server.handler = [&](const SeenRequest&) {
            return Answer{200, QByteArray(70'000, ' ') + "{}", "application/json", {}};
        };
        operator_api::OperatorClientOptions options;
        options.http.maxResponseBytes = 65'536;
        auto client = std::move(OperatorClient::create(server.base(), options).value());
        auto r = client->auditTotals(test::auditorWallet());
        QVERIFY(!r);
        QVERIFY2(r.error().message.find("shorter period") != std::string::npos,
                 r.error().message.c_str());
        // The code of the sentence: the size refusal nested in the advice.
        QCOMPARE(r.error().error.message, r.error().message);
        QCOMPARE(r.error().error.args.size(), std::size_t(1));
        QVERIFY(r.error().error.args[0].error);
        QVERIFY(r.error().error.args[0].error->is(operator_api::kAnswerTooLarge));
        server.handler = [&](const SeenRequest&) {
            return Answer{200, "{\"cycles\": [", "application/json", {}};
        };
        r = client->auditTotals(test::auditorWallet());
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ApiError::Kind::BadResponse);
        server.handler = [&](const SeenRequest&) {
            return test::problem(403, "Forbidden", "auditor or operator only");
        };
        r = client->auditTotals(test::auditorWallet());
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ApiError::Kind::Http);
    }

    void providersThroughAllPages()
    {
        ScriptedServer server;
        server.handler = [&](const SeenRequest& r) {
            if (!r.target.contains("cursor="))
                return test::json(QJsonObject{
                    {"items", QJsonArray{providerJson(1), providerJson(2)}}, {"nextCursor", "n2"}});
            return test::json(QJsonObject{{"items", QJsonArray{providerJson(3)}},
                                          {"nextCursor", QJsonValue::Null}});
        };
        auto client = test::clientFor(server);
        const auto list = client->listProviders(test::auditorWallet());
        QVERIFY2(list.ok(), list.ok() ? "" : list.error().message.c_str());
        QCOMPARE(list->size(), std::size_t(3));
        QCOMPARE(list->at(2).details.address, test::addrN(3));
        QCOMPARE(server.requests.at(0).target, QByteArray("/api/v1/providers?limit=500"));
        QCOMPARE(server.requests.at(1).target, QByteArray("/api/v1/providers?limit=500&cursor=n2"));
        // A cursor sent twice ends the list with an error instead of looping.
        server.handler = [&](const SeenRequest&) {
            return test::json(QJsonObject{{"items", QJsonArray{}}, {"nextCursor", "same"}});
        };
        QVERIFY(!client->listProviders(test::auditorWallet()));
    }
};

QTEST_GUILESS_MAIN(TestAuditTotals)
#include "tst_audit_totals.moc"
