// SPDX-License-Identifier: GPL-3.0-or-later
// The operator role's calls against the devnet's running reference server, signed with the
// devnet operator's key (network.json accounts[0]): a fresh provider registers and is found
// in the list (all pages, status filter), is approved, refused a forbidden transition with
// the sentence from its state, suspended and reinstated; a usage server is created, its
// token submits usage (202), it is listed, revoked (204), its token then refused (401) and a
// second revocation is a 404; the dry run of a period of our own shows the weight we
// submitted, a pool beyond the operator's means is the server's 422; a cycle whose only
// provider is not registered on chain fails, is followed to that end, and retried as the same
// cycle; a cycle without usage ends skipped, and a period over it is refused before sending
// (the server itself answers it with 409). Skipped when nothing answers on the operator URL.
//
// Environment: NETWORK_JSON (default: the source tree's devnet/state/network.json),
// OPERATOR_URL (default: network.json's operatorUrl).
#include "crypto/secp256k1.h"
#include "operator/management_client.h"
#include "util/http_client.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtTest>

using namespace bs;
using namespace bs::operator_api;

namespace {

QString networkJsonPath()
{
    const QByteArray env = qgetenv("NETWORK_JSON");
    return env.isEmpty() ? QStringLiteral(BS_TEST_DATA_DIR "/../../devnet/state/network.json")
                         : QString::fromLocal8Bit(env);
}

bool answers(const QUrl& url)
{
    QTcpSocket s;
    s.connectToHost(url.host(), static_cast<quint16>(url.port(80)));
    return s.waitForConnected(2000);
}

// A point of the subgroup that no wallet derived: the server only checks it is one.
crypto::Point someKey()
{
    return crypto::Point::mulBase(
        crypto::Scalar::fromU64(QRandomGenerator::system()->generate64() | 1));
}

// 3 USDC: whole tokens, so that a transfer is due whatever the eERC decimals (a pool below
// one eERC unit would be all dust, and the cycle would complete without any transfer).
constexpr std::uint64_t kPool = 3000000;

const char* text(const ApiError& e)
{
    return e.message.c_str();
}

} // namespace

class TestOperatorManagementDevnet : public QObject
{
    Q_OBJECT

    QUrl m_url;
    std::unique_ptr<OperatorClient> m_client;
    std::unique_ptr<ManagementClient> m_api;
    std::optional<crypto::EcdsaPrivateKey> m_operator;
    // A period of this run alone: one hour from a random second of 2001. In the past on purpose:
    // `devnet/devnet cycle` starts its period at the end of the latest cycle.
    QDateTime m_from;
    QString m_providerId;

    // POST /usage/submit with a bearer token: the status and the body.
    std::pair<int, QJsonObject>
    submitUsage(const QByteArray& token, const QString& providerId, int calls)
    {
        util::HttpClient http;
        util::HttpRequest r;
        r.method = "POST";
        r.url = QUrl(m_url.toString() + QStringLiteral("/usage/submit"));
        r.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}};
        const QJsonObject body{
            {"batchId", QStringLiteral("tst-%1").arg(QRandomGenerator::system()->generate64())},
            {"periodStart", formatTime(m_from.addSecs(60))},
            {"periodEnd", formatTime(m_from.addSecs(120))},
            {"records", QJsonArray{QJsonObject{{"providerId", providerId},
                                               {"calls", calls},
                                               {"bytesOut", 1000},
                                               {"responseMsTotal", 50},
                                               {"errors", 0}}}}};
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const util::HttpReply reply = http.send(r);
        return {reply.status, QJsonDocument::fromJson(reply.body).object()};
    }

    DistributionRequest ourPeriod(std::uint64_t pool) const
    {
        return makeDistribution(m_from, m_from.addSecs(3600), U256::fromU64(pool)).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(networkJsonPath());
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("no devnet network.json (set NETWORK_JSON or start the devnet)");
        const QJsonObject network = QJsonDocument::fromJson(f.readAll()).object();
        m_url = QUrl(QString::fromLocal8Bit(qgetenv("OPERATOR_URL")));
        if (m_url.isEmpty())
            m_url = QUrl(network.value(QLatin1String("operatorUrl")).toString());
        if (!answers(m_url))
            QSKIP("the devnet operator server does not answer");
        const QJsonArray accounts = network.value(QLatin1String("accounts")).toArray();
        QVERIFY(!accounts.isEmpty());
        auto key = crypto::EcdsaPrivateKey::fromHex(
            accounts.at(0).toObject().value(QLatin1String("privateKey")).toString().toStdString());
        QVERIFY(key.ok());
        QCOMPARE(QString::fromStdString(key->address().toChecksumHex()),
                 network.value(QLatin1String("operatorAddress")).toString());
        m_operator = std::move(*key);
        auto client = OperatorClient::create(m_url);
        QVERIFY2(client.ok(), client.ok() ? "" : client.error().message.c_str());
        m_client = std::move(*client);
        m_api = std::make_unique<ManagementClient>(*m_client);
        m_from = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC)
                     .addSecs(QRandomGenerator::system()->bounded(364 * 86400));
    }

    void providerLifecycle()
    {
        const auto wallet = crypto::EcdsaPrivateKey::generate();
        ProviderDetails d;
        d.address = wallet.address();
        d.eercPublicKey = someKey();
        d.displayName = QStringLiteral("tst_operator_management_devnet");
        d.contactEmail = QStringLiteral("ops@provider.example");
        d.api = {QStringLiteral("tst-data"), QStringLiteral("https://api.provider.example"),
                 QStringLiteral("data"), QStringLiteral("free")};
        const auto reg = m_client->registerProvider(wallet, d);
        QVERIFY2(reg.ok(), reg.ok() ? "" : text(reg.error()));
        m_providerId = reg->provider.providerId;

        const auto all = m_api->providers(*m_operator);
        QVERIFY2(all.ok(), all.ok() ? "" : text(all.error()));
        const auto found = std::find_if(all->begin(), all->end(), [&](const Provider& p) {
            return p.providerId == m_providerId;
        });
        QVERIFY(found != all->end());
        QCOMPARE(found->details.address, wallet.address());
        QCOMPARE(found->status, ProviderStatus::Registered);

        // Approve; the filter then finds it among the integrated, not the registered.
        auto p = m_api->setProviderStatus(*m_operator, m_providerId, ProviderStatus::Integrated,
                                          QStringLiteral("wired into FlowMCP by the test"));
        QVERIFY2(p.ok(), p.ok() ? "" : text(p.error()));
        QCOMPARE(p->status, ProviderStatus::Integrated);
        auto has = [&](ProviderStatus s) {
            const auto list = m_api->providers(*m_operator, s);
            return list.ok() && std::any_of(list->begin(), list->end(), [&](const Provider& x) {
                       return x.providerId == m_providerId;
                   });
        };
        QVERIFY(has(ProviderStatus::Integrated));
        QVERIFY(!has(ProviderStatus::Registered));

        // integrated -> registered is not a transition of the spec: 409, explained.
        const auto refused =
            m_api->setProviderStatus(*m_operator, m_providerId, ProviderStatus::Registered, {});
        QCOMPARE(refused.error().status, 409);
        QVERIFY2(refused.error().message.find("is integrated: only a suspended provider can be "
                                              "reinstated") != std::string::npos,
                 text(refused.error()));

        // A provider cannot change its own status: the operator role is needed.
        const auto self =
            m_api->setProviderStatus(wallet, m_providerId, ProviderStatus::Suspended, {});
        QCOMPARE(self.error().status, 403);
    }

    void usageServerAndItsToken()
    {
        QVERIFY(!m_providerId.isEmpty());
        auto created = m_api->createServer(*m_operator, QStringLiteral("tst flowmcp"));
        QVERIFY2(created.ok(), created.ok() ? "" : text(created.error()));
        const QString id = created->server.serverId;
        const QByteArray token(created->token.chars().data(), qsizetype(created->token.size()));
        QVERIFY(token.size() >= 16);

        auto [status, body] = submitUsage(token, m_providerId, 1234);
        QCOMPARE(status, 202);
        QCOMPARE(body.value("accepted").toInt(), 1);

        const auto active = m_api->servers(*m_operator, ServerStatus::Active);
        QVERIFY2(active.ok(), active.ok() ? "" : text(active.error()));
        QVERIFY(std::any_of(active->begin(), active->end(),
                            [&](const UsageServer& s) { return s.serverId == id; }));

        QVERIFY(m_api->revokeServer(*m_operator, id).ok());
        const auto revoked = m_api->servers(*m_operator, ServerStatus::Revoked);
        QVERIFY(revoked.ok());
        const auto it = std::find_if(revoked->begin(), revoked->end(),
                                     [&](const UsageServer& s) { return s.serverId == id; });
        QVERIFY(it != revoked->end());
        QVERIFY(it->revokedAt.has_value());

        QCOMPARE(submitUsage(token, m_providerId, 1).first, 401);
        const auto again = m_api->revokeServer(*m_operator, id);
        QCOMPARE(again.error().status, 404);
        QVERIFY2(again.error().message.find("already revoked") != std::string::npos,
                 text(again.error()));
    }

    void dryRunAndFunding()
    {
        QVERIFY(!m_providerId.isEmpty());
        const auto run = m_api->dryRun(*m_operator, ourPeriod(kPool), 6);
        QVERIFY2(run.ok(), run.ok() ? "" : text(run.error()));
        QCOMPARE(run->allocations.size(), std::size_t(1)); // our period has only our usage
        QCOMPARE(run->allocations[0].providerId, m_providerId);
        QCOMPARE(run->allocations[0].weight, U256::fromU64(1234));
        QCOMPARE(run->allocations[0].amount, U256::fromU64(kPool));
        QVERIFY(run->allocations[0].dust.isZero()); // whole tokens: no dust with any decimals
        QCOMPARE(run->totalWeight, U256::fromU64(1234));

        // 10^30 base units: more than the devnet operator can fund.
        const U256 huge = U256::pow10(30).value();
        const auto broke = m_api->dryRun(
            *m_operator, makeDistribution(m_from, m_from.addSecs(3600), huge).value(), 6);
        QCOMPARE(broke.error().status, 422);
        QVERIFY2(broke.error().message.find("cannot fund") != std::string::npos,
                 text(broke.error()));
    }

    void failedCycleIsFollowedAndRetried()
    {
        QVERIFY(!m_providerId.isEmpty());
        // The provider is not registered on chain: its transfer cannot be made, the cycle
        // fails after the allocation (in generating_proofs).
        QStringList states;
        const auto started = m_api->startCycle(*m_operator, ourPeriod(kPool), 6);
        QVERIFY2(started.ok(), started.ok() ? "" : text(started.error()));
        const auto end = m_api->followCycle(*m_operator, started->cycleId, [&](const Cycle& c) {
            states << cycleStatusName(c.status);
        });
        QVERIFY2(end.ok(), end.ok() ? "" : text(end.error()));
        QCOMPARE(end->status, CycleStatus::Failed);
        QVERIFY2(end->error.contains(QLatin1String("not registered on chain")),
                 qPrintable(end->error));
        QCOMPARE(states.last(), QStringLiteral("failed"));
        QCOMPARE(*end->totalWeight, U256::fromU64(1234));
        QCOMPARE(end->transfers.size(), std::size_t(1));
        // Refused before it was proved or sent: still queued, nothing on chain.
        QCOMPARE(end->transfers[0].status, TransferStatus::Queued);
        QVERIFY(!end->transfers[0].txHash);

        // The period cannot be started anew with another pool, nor overlapped by a live one.
        const auto otherPool = m_api->startCycle(*m_operator, ourPeriod(kPool + 1), 6);
        QCOMPARE(otherPool.error().kind, ApiError::Kind::InvalidRequest);

        // The retry is the same cycle, and fails the same way.
        const auto retried = m_api->retryCycle(*m_operator, *end, 6);
        QVERIFY2(retried.ok(), retried.ok() ? "" : text(retried.error()));
        QCOMPARE(retried->cycleId, end->cycleId);
        const auto again = m_api->followCycle(*m_operator, retried->cycleId);
        QVERIFY(again.ok());
        QCOMPARE(again->status, CycleStatus::Failed);
        const auto listed = m_api->cycles(*m_operator);
        QVERIFY(listed.ok());
        QCOMPARE(std::count_if(listed->begin(), listed->end(),
                               [&](const Cycle& c) {
                                   return c.periodStart == m_from &&
                                          c.periodEnd == m_from.addSecs(3600);
                               }),
                 1);
    }

    void overlapIsRefusedHereAndByTheServer()
    {
        // A period of ours without usage: the cycle ends skipped_insufficient_usage (final,
        // and not failed, so nothing may overlap it).
        const QDateTime start = m_from.addSecs(2 * 3600);
        const auto empty = makeDistribution(start, start.addSecs(3600), U256::fromU64(5)).value();
        const auto started = m_api->startCycle(*m_operator, empty, 6);
        QVERIFY2(started.ok(), started.ok() ? "" : text(started.error()));
        const auto skipped = m_api->followCycle(*m_operator, started->cycleId);
        QVERIFY2(skipped.ok(), skipped.ok() ? "" : text(skipped.error()));
        QCOMPARE(skipped->status, CycleStatus::SkippedInsufficientUsage);
        QVERIFY(skipped->transfers.empty());
        QVERIFY(skipped->distributed.isZero());

        const auto r =
            makeDistribution(start.addSecs(1800), start.addSecs(5400), U256::fromU64(1)).value();
        const auto refused = m_api->startCycle(*m_operator, r, 6);
        QCOMPARE(refused.error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY2(refused.error().message.find(started->cycleId.toStdString()) != std::string::npos,
                 text(refused.error()));
        QCOMPARE(m_api->dryRun(*m_operator, r, 6).error().kind, ApiError::Kind::InvalidRequest);
        // What a client that did not check would get: the server's 409 (sent raw, without
        // the client's check).
        const QByteArray body = QJsonDocument(r.toJson(false)).toJson(QJsonDocument::Compact);
        const auto raw = m_client->request("POST", "/revenue/distribute", body, &*m_operator);
        QCOMPARE(raw.error().status, 409);
    }

    void cleanupTestCase()
    {
        // Leave the provider suspended so that later runs never pay it.
        if (m_api && !m_providerId.isEmpty())
            QVERIFY(m_api
                        ->setProviderStatus(*m_operator, m_providerId, ProviderStatus::Suspended,
                                            QStringLiteral("test finished"))
                        .ok());
    }
};

QTEST_GUILESS_MAIN(TestOperatorManagementDevnet)
#include "tst_operator_management_devnet.moc"
