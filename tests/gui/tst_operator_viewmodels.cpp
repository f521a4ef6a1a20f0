// SPDX-License-Identifier: GPL-3.0-or-later
// The operator pages' view models against a scripted operator server: what they send, what
// they show, and that bad input and refusals end in a sentence with nothing sent.
#include "appsettings.h"
#include "format.h"
#include "ledger/money.h"
#include "management_samples.h"
#include "operator_cycle_detail_model.h"
#include "operator_cycles_model.h"
#include "operator_new_cycle_model.h"
#include "operator_pages.h"
#include "operator_provider_detail_model.h"
#include "operator_providers_model.h"
#include "operator_servers_model.h"
#include "scripted_server.h"
#include "secretfield.h"
#include "session.h"
#include "task.h"
#include "vault/kdf.h"
#include "vault/vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bs::gui;
using bs::test::Answer;
using bs::test::cycleSample;
using bs::test::json;
using bs::test::problem;
using bs::test::providerSample;
using bs::test::ScriptedServer;
using bs::test::SeenRequest;
using bs::test::serverSample;
using bs::test::transferSample;

namespace {

// A chain nobody serves (port 9 on loopback) and the scripted operator server.
bs::chain::Network networkFor(const ScriptedServer& server)
{
    bs::chain::Network network;
    network.deployment.chainId = 43112;
    network.name = QStringLiteral("Scripted");
    network.rpcUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    network.operatorUrl = server.base();
    network.allowPlainHttp = true;
    network.deployment.registrar =
        *bs::crypto::EthAddress::fromString("0x1111111111111111111111111111111111111111");
    network.deployment.encryptedErc =
        *bs::crypto::EthAddress::fromString("0x2222222222222222222222222222222222222222");
    network.deployment.token =
        *bs::crypto::EthAddress::fromString("0x3333333333333333333333333333333333333333");
    return network;
}

std::shared_ptr<bs::wallet::Profile> profileFor(const ScriptedServer& server)
{
    auto p = bs::wallet::Profile::transient(bs::test::operatorKey(), networkFor(server),
                                            QDir::tempPath());
    if (!p)
        qFatal("%s", p.error().message.c_str());
    return std::move(*p);
}

QByteArray route(const SeenRequest& r)
{
    return r.method + ' ' + r.target.mid(QByteArrayLiteral("/api/v1").size());
}

QJsonObject bodyOf(const SeenRequest& r)
{
    return QJsonDocument::fromJson(r.body).object();
}

// Waits for the task's next end; true when it succeeded.
bool finishes(Task* task, int ms = 15000)
{
    QSignalSpy done(task, &Task::finished);
    if (!task->running() && done.isEmpty())
        return task->succeeded();
    if (!done.wait(ms))
        return false;
    return done.constLast().at(0).toBool();
}

int countOf(const QList<SeenRequest>& requests, const QByteArray& method)
{
    return int(std::count_if(requests.begin(), requests.end(),
                             [&](const SeenRequest& r) { return r.method == method; }));
}

} // namespace

class TestOperatorViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providersFilterSearchAndChangeStatus()
    {
        ScriptedServer server;
        QJsonObject list{{"items", QJsonArray{providerSample(1, "registered"),
                                              providerSample(2, "integrated"),
                                              providerSample(3, "suspended")}},
                         {"nextCursor", QJsonValue()}};
        Answer statusAnswer = json(providerSample(1, "integrated"));
        server.handler = [&](const SeenRequest& r) {
            if (r.method == "GET")
                return json(list);
            return statusAnswer;
        };
        auto profile = profileFor(server);
        ProvidersModel model(profile);
        model.refresh();
        QVERIFY2(finishes(model.task()), qPrintable(model.task()->error()));
        QCOMPARE(route(server.requests.at(0)), QByteArray("GET /providers?limit=500"));
        QCOMPARE(model.total(), 3);
        QCOMPARE(model.count(), 3);

        model.setStatusFilter(ProvidersModel::StatusRegistered);
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.data(model.index(0), ProvidersModel::ProviderIdRole).toString(),
                 QStringLiteral("prv_1"));
        QVERIFY(model.data(model.index(0), ProvidersModel::CanApproveRole).toBool());
        model.setStatusFilter(-1);
        model.setSearch(QStringLiteral("provider 2"));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.data(model.index(0), ProvidersModel::StatusRole).toInt(),
                 int(ProvidersModel::StatusIntegrated));
        // By a piece of the address, in any case.
        const QString address = model.data(model.index(0), ProvidersModel::AddressRole).toString();
        model.setSearch(address.mid(5, 8).toLower());
        QVERIFY(model.count() >= 1);
        model.setSearch({});
        QCOMPARE(model.count(), 3);

        // Bad input: nothing is sent.
        QVERIFY(!model.reasonProblem(ProvidersModel::ActionSuspend, QStringLiteral("  ")).isEmpty());
        QVERIFY(!model.reasonProblem(ProvidersModel::ActionSuspend, QString(501, 'x')).isEmpty());
        QVERIFY(!model.reasonProblem(ProvidersModel::ActionSuspend, QStringLiteral("a\nb")).isEmpty());
        QVERIFY(model.reasonProblem(ProvidersModel::ActionApprove, {}).isEmpty());
        QVERIFY(!model.actionRefusal(QStringLiteral("prv_3"), ProvidersModel::ActionSuspend).isEmpty());
        QVERIFY(!model.actionRefusal(QStringLiteral("prv_2"), ProvidersModel::ActionApprove).isEmpty());
        model.changeStatus(QStringLiteral("prv_3"), ProvidersModel::ActionSuspend, QStringLiteral("x"));
        model.changeStatus(QStringLiteral("prv_2"), ProvidersModel::ActionSuspend, {});
        QVERIFY(!model.task()->running());
        QCOMPARE(server.requests.size(), 1);

        // Approve: integrated, and the row shows it.
        QSignalSpy changed(&model, &ProvidersModel::providerChanged);
        model.changeStatus(QStringLiteral("prv_1"), ProvidersModel::ActionApprove, {});
        QVERIFY2(finishes(model.task()), qPrintable(model.task()->error()));
        const SeenRequest& post = server.requests.constLast();
        QCOMPARE(route(post), QByteArray("POST /providers/prv_1/status"));
        QCOMPARE(bodyOf(post)["status"].toString(), QStringLiteral("integrated"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.provider(QStringLiteral("prv_1"))->status,
                 bs::operator_api::ProviderStatus::Integrated);
        QVERIFY(model.notice().contains(QStringLiteral("approved")));

        // The server refuses (409): its sentence in the dialog, the row as it was.
        for (int status : {409, 422, 429, 503}) {
            statusAnswer = problem(status, "Refused", QStringLiteral("refused with %1").arg(status));
            model.changeStatus(QStringLiteral("prv_2"), ProvidersModel::ActionSuspend,
                               QStringLiteral("abuse"));
            QVERIFY(!finishes(model.task()));
            QVERIFY2(!model.task()->error().isEmpty(), qPrintable(model.task()->error()));
            QCOMPARE(model.provider(QStringLiteral("prv_2"))->status,
                     bs::operator_api::ProviderStatus::Integrated);
        }
        QVERIFY2(model.task()->error().contains(QStringLiteral("refused with 503")) ||
                     model.task()->error().contains(QStringLiteral("503")),
                 qPrintable(model.task()->error()));
    }

    void providerDetailShowsUsageAndPayouts()
    {
        ScriptedServer server;
        server.handler = [&](const SeenRequest& r) {
            if (r.target.contains("/earnings")) {
                QJsonObject c{{"cycleId", "cyc_1"},
                              {"periodStart", "2026-11-01T00:00:00Z"},
                              {"periodEnd", "2026-11-02T00:00:00Z"},
                              {"status", "completed"},
                              {"pool", "5000000"},
                              {"weight", "300"},
                              {"totalWeight", "400"},
                              {"amount", "3750000"},
                              {"transfer", QJsonObject{{"txHash", "0x" + QString(64, 'b')},
                                                       {"blockNumber", 101},
                                                       {"logIndex", 0}}}};
                return json(QJsonObject{
                    {"providerId", "prv_1"},
                    {"token", QJsonObject{{"symbol", "USDC"}, {"decimals", 6}}},
                    {"totals", QJsonObject{{"distributed", "3750000"}, {"cycles", 1}}},
                    {"cycles", QJsonArray{c}},
                    {"nextCursor", QJsonValue()}});
            }
            return json(QJsonObject{{"items", QJsonArray{providerSample(1)}},
                                    {"nextCursor", QJsonValue()}});
        };
        auto profile = profileFor(server);
        ProvidersModel providers(profile);
        providers.refresh();
        QVERIFY(finishes(providers.task()));
        ProviderDetailModel detail(profile, &providers);
        detail.select(QStringLiteral("prv_1"));
        QVERIFY(detail.selected());
        QCOMPARE(detail.name(), QStringLiteral("Provider 1"));
        QVERIFY2(finishes(detail.task()), qPrintable(detail.task()->error()));
        QVERIFY(route(server.requests.constLast()).startsWith("GET /providers/prv_1/earnings"));
        QCOMPARE(detail.rowCount(), 1);
        QCOMPARE(detail.totalPaid(), displayAmountForTest("3.75"));
        QCOMPARE(detail.data(detail.index(0), ProviderDetailModel::ShareRole).toString(),
                 QStringLiteral("75.00 %"));
        QVERIFY(detail.data(detail.index(0), ProviderDetailModel::PaidRole).toBool());
        detail.select({});
        QVERIFY(!detail.selected());
        QCOMPARE(detail.rowCount(), 0);
    }

    void serversHoldTheTokenOnceAndRevoke()
    {
        ScriptedServer server;
        const QString token = QStringLiteral("bst_") + QString(40, QLatin1Char('Q'));
        QJsonArray servers{serverSample(1)};
        Answer createAnswer;
        server.handler = [&](const SeenRequest& r) {
            if (r.method == "GET")
                return json(QJsonObject{{"items", servers}, {"nextCursor", QJsonValue()}});
            if (r.method == "DELETE") {
                servers = QJsonArray{serverSample(1, true), servers.at(1)};
                return Answer{204, {}, {}, {}};
            }
            return createAnswer;
        };
        auto profile = profileFor(server);
        UsageServersModel model(profile);
        model.refresh();
        QVERIFY(finishes(model.task()));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.activeCount(), 1);

        // Bad names: a sentence, nothing sent.
        QVERIFY(!model.nameProblem(QStringLiteral(" ")).isEmpty());
        QVERIFY(!model.nameProblem(QString(101, 'n')).isEmpty());
        QVERIFY(!model.nameProblem(QStringLiteral("a\tb")).isEmpty());
        model.create(QStringLiteral(" "));
        QVERIFY(!model.task()->running());
        QCOMPARE(server.requests.size(), 1);

        // Refusals: the sentence, no token.
        for (int status : {409, 422, 429, 500}) {
            createAnswer = problem(status, "No", QStringLiteral("not now (%1)").arg(status));
            model.create(QStringLiteral("flowmcp-eu"));
            QVERIFY(!finishes(model.task()));
            QVERIFY(!model.task()->error().isEmpty());
            QVERIFY(!model.hasToken());
        }

        QJsonObject made = serverSample(2);
        made["name"] = "flowmcp-eu";
        made["createdAt"] = "2026-11-03T09:00:00Z";
        made["token"] = token;
        createAnswer = json(made, 201);
        QSignalSpy created(&model, &UsageServersModel::created);
        model.create(QStringLiteral("flowmcp-eu"));
        QVERIFY2(finishes(model.task()), qPrintable(model.task()->error()));
        servers.append(serverSample(2));
        QCOMPARE(created.size(), 1);
        QVERIFY(model.hasToken());
        QCOMPARE(model.tokenServerId(), QStringLiteral("srv_2"));
        QCOMPARE(model.tokenLength(), token.size());
        QCOMPARE(QString::fromLatin1(model.token().data(), qsizetype(model.token().size())), token);
        // The list shows the new server first, never its token.
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.data(model.index(0), UsageServersModel::ServerIdRole).toString(),
                 QStringLiteral("srv_2"));
        for (int role : model.roleNames().keys())
            QVERIFY(!model.data(model.index(0), role).toString().contains(token));
        model.forgetToken();
        QVERIFY(!model.hasToken());
        QVERIFY(model.token().empty());

        // Revoke: DELETE, then the list again.
        model.revoke(QStringLiteral("srv_1"));
        QVERIFY2(finishes(model.task()), qPrintable(model.task()->error()));
        QCOMPARE(countOf(server.requests, "DELETE"), 1);
        QCOMPARE(route(server.requests.at(server.requests.size() - 2)),
                 QByteArray("DELETE /servers/srv_1"));
        QCOMPARE(model.activeCount(), 1);
        // A revoked one is not revoked again.
        model.revoke(QStringLiteral("srv_1"));
        QVERIFY(!model.task()->running());
        QCOMPARE(countOf(server.requests, "DELETE"), 1);
    }

    void cyclesChartAndALiveCycleToItsEnd()
    {
        ScriptedServer server;
        int polls = 0;
        server.handler = [&](const SeenRequest& r) {
            if (r.target.startsWith("/api/v1/revenue/cycles?"))
                return json(QJsonObject{
                    {"items", QJsonArray{cycleSample("cyc_b", "distributing_payments", 11,
                                                     {transferSample(1, "confirmed"),
                                                      transferSample(2, "submitted")}),
                                         cycleSample("cyc_a", "completed", 10,
                                                     {transferSample(1, "confirmed"),
                                                      transferSample(2, "confirmed")})}},
                    {"nextCursor", QJsonValue()}});
            if (r.target == "/api/v1/revenue/cycles/cyc_b") {
                ++polls;
                const bool done = polls >= 2;
                return json(cycleSample("cyc_b", done ? "completed" : "distributing_payments", 11,
                                        {transferSample(1, "confirmed"),
                                         transferSample(2, done ? "confirmed" : "submitted")}));
            }
            return Answer{404, {}, {}, {}};
        };
        auto profile = profileFor(server);
        CyclesModel cycles(profile);
        cycles.refresh();
        QVERIFY2(finishes(cycles.task()), qPrintable(cycles.task()->error()));
        QCOMPARE(cycles.count(), 2);
        // Newest period first.
        QCOMPARE(cycles.data(cycles.index(0), CyclesModel::CycleIdRole).toString(),
                 QStringLiteral("cyc_b"));
        QCOMPARE(cycles.data(cycles.index(0), CyclesModel::TransfersRole).toString(),
                 QStringLiteral("1 / 2"));
        const QVariantMap chart = cycles.chart();
        const QVariantList points = chart.value("points").toList();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).toMap().value("cycle").toString(), QStringLiteral("cyc_a"));
        QCOMPARE(points.at(0).toMap().value("pool").toDouble(), 5.0);
        QCOMPARE(points.at(0).toMap().value("providers").toULongLong(), 2ull);
        QCOMPARE(chart.value("maxPool").toDouble(), 5.0);

        // The running cycle is followed until it is final; the list follows it too.
        CycleDetailModel detail(profile, &cycles);
        detail.select(QStringLiteral("cyc_b"));
        QVERIFY(detail.shown());
        QCOMPARE(detail.status(), int(CyclesModel::StatusDistributingPayments));
        QVERIFY(detail.task()->running());
        QVERIFY2(finishes(detail.task(), 30000), qPrintable(detail.task()->error()));
        QCOMPARE(detail.status(), int(CyclesModel::StatusCompleted));
        QVERIFY(detail.final());
        QCOMPARE(detail.confirmed(), 2);
        QCOMPARE(detail.rowCount(), 2);
        QCOMPARE(detail.data(detail.index(1), CycleDetailModel::StatusRole).toInt(),
                 int(CycleDetailModel::TransferConfirmed));
        QCOMPARE(cycles.data(cycles.index(0), CyclesModel::StatusRole).toInt(),
                 int(CyclesModel::StatusCompleted));
        QVERIFY(!detail.canRetry());
        // A final cycle is not polled again.
        const int before = polls;
        detail.follow();
        QVERIFY(!detail.task()->running());
        QCOMPARE(polls, before);
    }

    void newCycleRefusesBadInputBeforeSendingAnything()
    {
        ScriptedServer server;
        server.handler = [&](const SeenRequest& r) {
            if (r.target.startsWith("/api/v1/revenue/cycles?"))
                return json(QJsonObject{
                    {"items", QJsonArray{cycleSample("cyc_a", "completed", 10,
                                                     {transferSample(1, "confirmed")}),
                                         cycleSample("cyc_f", "failed", 12,
                                                     {transferSample(1, "failed")})}},
                    {"nextCursor", QJsonValue()}});
            return problem(500, "Unexpected", "no dry run in this test");
        };
        auto profile = profileFor(server);
        CyclesModel cycles(profile);
        cycles.refresh();
        QVERIFY(finishes(cycles.task()));
        NewCycleModel model(profile, &cycles);
        // The next period starts where the latest cycle ended.
        QCOMPARE(model.suggestedFrom(), QStringLiteral("2026-11-13T00:00:00Z"));
        QCOMPARE(model.suggestedTo(), QStringLiteral("2026-11-14T00:00:00Z"));
        const QString from = QStringLiteral("2026-11-20T00:00:00Z");
        const QString to = QStringLiteral("2026-11-21T00:00:00Z");
        QVERIFY(model.inputProblem(from, to, QStringLiteral("100")).isEmpty());
        QVERIFY(model.inputProblem(from, to, QStringLiteral("0.000001")).isEmpty());

        struct Bad
        {
            QString from, to, pool, says;
        };
        const QList<Bad> bad{
            {from, to, QStringLiteral("1.1234567"), QStringLiteral("decimals")},
            {from, to, QString(), QStringLiteral("pool")},
            {from, to, QStringLiteral("0"), QString()},
            {from, to, QStringLiteral("-5"), QString()},
            {from, from, QStringLiteral("5"), QString()},
            {to, from, QStringLiteral("5"), QString()},
            {QString(), to, QStringLiteral("5"), QString()},
            {QStringLiteral("tomorrow"), to, QStringLiteral("5"), QStringLiteral("Start")},
            {QStringLiteral("2026-11-10T12:00:00Z"), QStringLiteral("2026-11-11T12:00:00Z"),
             QStringLiteral("5"), QStringLiteral("cyc_a")},
        };
        for (const Bad& b : bad) {
            const QString problem = model.inputProblem(b.from, b.to, b.pool);
            QVERIFY2(!problem.isEmpty(), qPrintable(b.from + " " + b.to + " " + b.pool));
            if (!b.says.isEmpty())
                QVERIFY2(problem.contains(b.says, Qt::CaseInsensitive), qPrintable(problem));
            model.preview(b.from, b.to, b.pool);
            QVERIFY(!model.task()->running());
        }
        // The failed cycle's period with another pool is refused; with its pool it is a retry.
        QVERIFY(!model.inputProblem(QStringLiteral("2026-11-12T00:00:00Z"),
                                    QStringLiteral("2026-11-13T00:00:00Z"), QStringLiteral("7"))
                     .isEmpty());
        QVERIFY(model.inputProblem(QStringLiteral("2026-11-12T00:00:00Z"),
                                   QStringLiteral("2026-11-13T00:00:00Z"), QStringLiteral("5"))
                    .isEmpty());
        QCOMPARE(countOf(server.requests, "POST"), 0);

        // Without the chain the funding is unknown: the preview stops there with a sentence,
        // and the server gets no dry run (nor a start).
        model.preview(from, to, QStringLiteral("100"));
        QVERIFY(!finishes(model.task()));
        QVERIFY(!model.task()->error().isEmpty());
        QCOMPARE(model.phase(), NewCycleModel::PhaseInput);
        QVERIFY(!model.canStart());
        model.start();
        QVERIFY(!model.task()->running());
        QCOMPARE(countOf(server.requests, "POST"), 0);
    }

    void allocationsMarkWhatTheContractRoundsToDust()
    {
        // A token of 6 decimals over an eERC of 2: the last 4 digits of each amount are dust.
        auto line = [](const char* id, std::uint64_t weight, std::uint64_t amount,
                       std::uint64_t dust, bool matches) {
            bs::wallet::AllocationLine l;
            l.providerId = QString::fromLatin1(id);
            l.weight = bs::U256::fromU64(weight);
            l.sharePercent = "50.00";
            l.serverAmount = bs::U256::fromU64(amount);
            l.clientAmount = bs::U256::fromU64(matches ? amount : amount + 1);
            l.serverDust = bs::U256::fromU64(dust);
            l.clientDust = bs::U256::fromU64(dust);
            l.matches = matches;
            return l;
        };
        AllocationsModel model;
        model.setLines({line("prv_1", 300, 75'000'000, 0, true),
                        line("prv_2", 100, 24'999'999, 9'999, true),
                        line("prv_3", 1, 1, 1, false)},
                       6);
        QCOMPARE(model.count(), 3);
        auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QVERIFY(!at(0, AllocationsModel::HasDustRole).toBool());
        QCOMPARE(at(0, AllocationsModel::DustRole).toString(), QString());
        QCOMPARE(at(0, AllocationsModel::ShareRole).toString(), QStringLiteral("50.00 %"));
        QVERIFY(at(1, AllocationsModel::HasDustRole).toBool());
        QVERIFY(!at(1, AllocationsModel::NoTransferRole).toBool());
        QCOMPARE(at(1, AllocationsModel::DustRole).toString(),
                 displayAmount(bs::U256::fromU64(9'999), 6));
        QCOMPARE(at(1, AllocationsModel::AmountRole).toString(),
                 displayAmount(bs::U256::fromU64(24'999'999), 6));
        // All of it dust: nothing is sent to this provider; and the rule gives another amount.
        QVERIFY(at(2, AllocationsModel::NoTransferRole).toBool());
        QVERIFY(!at(2, AllocationsModel::MatchesRole).toBool());
        QCOMPARE(at(2, AllocationsModel::ClientAmountRole).toString(),
                 displayAmount(bs::U256::fromU64(2), 6));
    }

    void sessionOpensTheOperatorPagesForAnOperatorVault()
    {
        bs::vault::testing::allowWeakKdf(true);
        ScriptedServer server;
        server.handler = [&](const SeenRequest&) {
            return json(QJsonObject{{"items", QJsonArray{}}, {"nextCursor", QJsonValue()}});
        };
        QTemporaryDir dir;
        const QString profiles = dir.filePath(QStringLiteral("profiles"));
        QDir().mkpath(profiles);
        bs::vault::Profile profile;
        profile.name = QStringLiteral("Ops");
        profile.role = bs::vault::Role::Operator;
        profile.network = networkFor(server);
        bs::vault::InitialKeys keys;
        keys.walletKey = bs::test::operatorKey();
        const QString file = profiles + QStringLiteral("/ops.vault");
        const std::string passphrase = "plum kettle orbit 42 lantern";
        auto created = bs::vault::Vault::create(file, profile,
                                                std::span<const char>(passphrase.data(), passphrase.size()), keys,
                                                bs::vault::KdfParams::minimum());
        QVERIFY2(created, created ? "" : created.error().message.c_str());
        AppSettings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")),
                                                         QSettings::IniFormat));
        Session session(profiles, &settings);
        SecretField field;
        field.append(QString::fromStdString(passphrase));
        QSignalSpy unlocked(session.unlockTask(), &Task::finished);
        session.unlock(file, &field);
        QVERIFY(unlocked.wait(10000));
        QCOMPARE(session.state(), QStringLiteral("unlocked"));
        QCOMPARE(session.role(), QStringLiteral("operator"));
        QVERIFY(session.provider() == nullptr);
        OperatorPages* pages = session.operatorPages();
        QVERIFY(pages != nullptr);
        // The three lists are read at once.
        QTRY_VERIFY_WITH_TIMEOUT(pages->providers()->loaded() && pages->servers()->loaded() &&
                                     pages->cycles()->loaded(),
                                 10000);
        QVERIFY(!pages->busyWithTransaction());
        session.lockNow();
        QVERIFY(session.operatorPages() == nullptr);
    }

private:
    static QString displayAmountForTest(const char* text)
    {
        return displayAmount(*bs::ledger::parseAmount(text, 6), 6);
    }
};

QTEST_MAIN(TestOperatorViewModels)
#include "tst_operator_viewmodels.moc"
