// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's use cases beyond the API: a dry run recomputed by the revenue rule (the
// reference server's own allocations of tests/data/ledger/allocation.json pass; every kind
// of difference is found and named: amounts, sums, weights, counts, dust with 2 eERC
// decimals, duplicates, ineligible providers, addresses), what unfinished cycles commit,
// what a retry needs, and a new cycle from typed input to its start against a scripted
// operator server and a scripted node: bad input, an overlapping period and a pool above
// the funding are refused before anything is sent. (Decrypting a real eERC balance is
// checked against the devnet's JavaScript client in tests/e2e/cli_operator.test.mjs.)
#include "../operator/management_samples.h"
#include "../operator/scripted_server.h"
#include "../testing.h"
#include "chain/json_rpc.h"
#include "eerc/contracts.h"
#include "ledger/allocation.h"
#include "wallet/operator_actions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace bs;
using namespace bs::operator_api;
using namespace bs::wallet;
using Kind = DryRunDifference::Kind;
using test::Answer;
using test::cycleSample;
using test::json;
using test::operatorKey;
using test::page;
using test::problem;
using test::providerSample;
using test::ScriptedServer;
using test::SeenRequest;
using test::transferSample;

namespace {

U256 u(std::uint64_t v)
{
    return U256::fromU64(v);
}

U256 dec(const QString& s)
{
    return U256::fromDecimal(s.toStdString()).value();
}

const TokenUnits kUsdc{QStringLiteral("USDC"), 6, 6};

DryRunAllocation line(int provider, std::uint64_t weight, std::uint64_t amount)
{
    const Provider p = parseProvider(providerSample(provider)).value();
    return DryRunAllocation{p.providerId, p.details.address, u(weight), u(amount), {}};
}

// 5 USDC over weights 3, 3, 1: 2142857, 2142857, 714286 (the spec's rule, by hand).
DryRun sample()
{
    DryRun d;
    d.periodStart = QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC);
    d.periodEnd = d.periodStart.addDays(1);
    d.pool = u(5000000);
    d.totalWeight = u(7);
    d.providerCount = 3;
    d.allocations = {line(1, 3, 2142857), line(2, 3, 2142857), line(3, 1, 714286)};
    return d;
}

QList<Kind> kinds(const DryRunCheck& c)
{
    QList<Kind> out;
    for (const DryRunDifference& d : c.differences)
        out << d.kind;
    return out;
}

std::vector<Provider> providers(std::initializer_list<std::pair<int, const char*>> list)
{
    std::vector<Provider> out;
    for (const auto& [n, status] : list)
        out.push_back(parseProvider(providerSample(n, QString::fromLatin1(status))).value());
    return out;
}

// ---- a scripted node: the few reads the funding needs ----

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

QString word(const U256& v)
{
    const auto b = v.toBigEndian();
    return QStringLiteral("0x") + QByteArray(reinterpret_cast<const char*>(b.data()), 32).toHex();
}

chain::Network network()
{
    chain::Network n;
    n.name = QStringLiteral("scripted");
    n.rpcUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    n.deployment.chainId = 43112;
    n.deployment.registrar =
        *crypto::EthAddress::fromString("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    n.deployment.encryptedErc =
        *crypto::EthAddress::fromString("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
    n.deployment.token =
        *crypto::EthAddress::fromString("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
    n.token = chain::TokenInfo{QStringLiteral("USDC"), 6};
    n.eercDecimals = 6;
    n.operatorAddress = operatorKey().address();
    return n;
}

// The operator's chain: not registered with the eERC contract (balance 0), `wallet` USDC.
struct Chain
{
    ScriptedNode* node = nullptr;
    std::unique_ptr<chain::JsonRpcClient> rpc;
    std::unique_ptr<chain::EthClient> eth;
    std::unique_ptr<eerc::EercReader> reader;
    U256 wallet = u(3000000);
    unsigned eercDecimals = 6;

    Chain()
    {
        auto n = std::make_unique<ScriptedNode>();
        node = n.get();
        rpc = std::make_unique<chain::JsonRpcClient>(std::move(n));
        eth = std::make_unique<chain::EthClient>(*rpc);
        const chain::Deployment d = network().deployment;
        reader = std::make_unique<eerc::EercReader>(*eth, d);
        node->answer = [this, d](const QString& method, const QJsonArray& params) -> QJsonValue {
            if (method != "eth_call")
                return QJsonValue::Null;
            const QJsonObject call = params.at(0).toObject();
            const auto to = crypto::EthAddress::fromString(call["to"].toString().toStdString());
            const QByteArray selector =
                QByteArray::fromHex(call["data"].toString().mid(2).toLatin1()).left(4);
            auto is = [&](const chain::AbiFunction& f) {
                const auto s = f.selector();
                return selector == QByteArray(reinterpret_cast<const char*>(s.data()), 4);
            };
            if (is(eerc::abi::decimals()))
                return word(u(*to == d.token ? 6 : eercDecimals));
            if (is(eerc::abi::getUserPublicKey()))
                return word(U256()) + word(U256()).mid(2);
            if (is(eerc::abi::tokenIds()))
                return word(U256());
            if (is(eerc::abi::erc20BalanceOf()) && *to == d.token)
                return word(wallet);
            return QJsonValue::Null;
        };
    }
};

// An operator server with a cycles list, the providers, and POST /revenue/distribute.
struct Operator
{
    ScriptedServer server;
    QJsonArray cycles;
    int posts = 0;
    std::unique_ptr<OperatorClient> client = test::clientFor(server);
    ManagementClient api{*client};

    Operator()
    {
        server.handler = [this](const SeenRequest& r) {
            if (r.target.startsWith("/api/v1/revenue/cycles?"))
                return json(page(cycles));
            if (r.target.startsWith("/api/v1/providers?"))
                return json(page({providerSample(1), providerSample(2, "earning_revenue")}));
            if (r.method == "POST" && r.target == "/api/v1/revenue/distribute") {
                ++posts;
                const QJsonObject body = QJsonDocument::fromJson(r.body).object();
                if (body["dryRun"].toBool()) {
                    QJsonObject o{{"dryRun", true},
                                  {"periodStart", body["periodStart"]},
                                  {"periodEnd", body["periodEnd"]},
                                  {"pool", body["pool"]},
                                  {"totalWeight", "3"},
                                  {"providerCount", 2},
                                  {"status", "calculated"},
                                  {"dust", "0"}};
                    const U256 pool = dec(body["pool"].toString());
                    // 2:1 by the rule.
                    auto alloc = ledger::allocate(pool, {{"prv_1", u(2)}, {"prv_2", u(1)}}).value();
                    QJsonArray lines;
                    for (const ledger::Share& s : alloc.shares) {
                        const int n = s.providerId.mid(4).toInt();
                        lines.append(
                            QJsonObject{{"providerId", s.providerId},
                                        {"address", providerSample(n)["address"]},
                                        {"weight", QString::fromStdString(s.weight.toDecimal())},
                                        {"amount", QString::fromStdString(s.amount.toDecimal())},
                                        {"dust", "0"}});
                    }
                    o["allocations"] = lines;
                    return json(o);
                }
                QJsonObject c = cycleSample("cyc_new", "collecting_metrics", 10);
                c["periodStart"] = body["periodStart"];
                c["periodEnd"] = body["periodEnd"];
                c["pool"] = body["pool"];
                return json(c, 202);
            }
            return problem(404, "Not Found", "no route");
        };
    }
};

struct Profile
{
    Keys keys{operatorKey(), eerc::EercKey::deriveFromWallet(operatorKey()).value()};
    chain::Network net = network();
};

QDateTime nov(int day)
{
    return QDateTime(QDate(2026, 11, day), QTime(0, 0), Qt::UTC);
}

} // namespace

class TestOperatorActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- the dry run, recomputed ----

    void referenceAllocationsPass()
    {
        const QJsonArray cases = test::loadJson("ledger/allocation.json")["cases"].toArray();
        QVERIFY(cases.size() >= 40);
        for (const QJsonValue& cv : cases) {
            const QJsonObject c = cv.toObject();
            DryRun d = sample();
            d.pool = dec(c["pool"].toString());
            d.allocations.clear();
            U256 total;
            int n = 0;
            for (const QJsonValue& pv : c["providers"].toArray()) {
                const QJsonObject p = pv.toObject();
                DryRunAllocation a = line(++n, 0, 0);
                a.providerId = p["providerId"].toString();
                a.weight = dec(p["weight"].toString());
                a.amount = dec(p["amount"].toString());
                total = *total.checkedAdd(a.weight);
                d.allocations.push_back(a);
            }
            d.totalWeight = total;
            d.providerCount = d.allocations.size();
            const DryRunCheck check = checkDryRun(d, kUsdc);
            QVERIFY2(check.ok(),
                     check.differences.empty() ? "" : check.differences[0].message.c_str());
            QCOMPARE(check.serverSum, d.pool);
            QCOMPARE(check.clientSum, d.pool);
            QCOMPARE(check.lines.size(), d.allocations.size());
            for (const AllocationLine& l : check.lines) {
                QVERIFY(l.matches);
                QCOMPARE(*l.clientAmount, *l.serverAmount);
            }
        }
    }

    void aMatchingDryRunShowsItsTable()
    {
        const DryRunCheck c =
            checkDryRun(sample(), kUsdc,
                        providers({{1, "integrated"}, {2, "earning_revenue"}, {3, "integrated"}}));
        QVERIFY(c.ok());
        QCOMPARE(c.lines.size(), std::size_t(3));
        QCOMPARE(c.lines[0].providerId, QStringLiteral("prv_1"));
        QCOMPARE(*c.lines[0].sharePercent, std::string("42.86"));
        QCOMPARE(*c.lines[2].sharePercent, std::string("14.29"));
        QCOMPARE(*c.lines[2].clientAmount, u(714286));
        QCOMPARE(c.serverSum, u(5000000));
        QVERIFY(c.clientDust.isZero());
    }

    void amountDifferencesAreFound()
    {
        // One unit moved from the third provider to the first: the sum is still the pool,
        // but the rule gives each its own amount.
        DryRun d = sample();
        d.allocations[0].amount = u(2142858);
        d.allocations[2].amount = u(714285);
        DryRunCheck c = checkDryRun(d, kUsdc);
        QCOMPARE(kinds(c), QList<Kind>({Kind::Amount, Kind::Amount}));
        QCOMPARE(c.differences[0].providerId, QStringLiteral("prv_1"));
        QVERIFY2(c.differences[0].message.find("allocates 2.142858 USDC, the revenue rule gives "
                                               "2.142857 USDC") != std::string::npos,
                 c.differences[0].message.c_str());
        QVERIFY(!c.lines[0].matches && c.lines[1].matches && !c.lines[2].matches);

        // One unit too many: the sum is off too.
        d = sample();
        d.allocations[1].amount = u(2142858);
        c = checkDryRun(d, kUsdc);
        QCOMPARE(kinds(c), QList<Kind>({Kind::Amount, Kind::SumNotPool}));
        QVERIFY(c.differences[1].message.find("5.000001 USDC, not to the pool of 5.000000") !=
                std::string::npos);
    }

    void totalsAreChecked()
    {
        DryRun d = sample();
        d.totalWeight = u(8);
        d.providerCount = 4;
        QCOMPARE(kinds(checkDryRun(d, kUsdc)),
                 QList<Kind>({Kind::TotalWeight, Kind::ProviderCount}));

        d = sample();
        d.skipped = true;
        QCOMPARE(kinds(checkDryRun(d, kUsdc)), QList<Kind>({Kind::Status}));

        // No usage: skipped, nothing allocated, nothing to add up to the pool.
        d = sample();
        d.allocations.clear();
        d.totalWeight = u(0);
        d.providerCount = 0;
        d.skipped = true;
        DryRunCheck none = checkDryRun(d, kUsdc);
        QVERIFY2(none.ok(), none.ok() ? "" : none.differences[0].message.c_str());
        QVERIFY(none.lines.empty());
        d.skipped = false;
        QCOMPARE(kinds(checkDryRun(d, kUsdc)), QList<Kind>({Kind::Status}));
        // Zero weights that still get money.
        d = sample();
        for (DryRunAllocation& a : d.allocations)
            a.weight = u(0);
        d.totalWeight = u(0);
        d.skipped = true;
        QCOMPARE(kinds(checkDryRun(d, kUsdc)),
                 QList<Kind>({Kind::Amount, Kind::Amount, Kind::Amount, Kind::SumNotPool}));

        d = sample();
        d.allocations.push_back(d.allocations[0]);
        d.totalWeight = u(10);
        d.providerCount = 4;
        const DryRunCheck c = checkDryRun(d, kUsdc);
        QVERIFY(kinds(c).contains(Kind::DuplicateProvider));
        QVERIFY(kinds(c).contains(Kind::SumNotPool));
    }

    void dustWithFewerEercDecimals()
    {
        // eERC with 2 decimals: one unit is 10^4 base units; 2142857 carries 2140000.
        const TokenUnits two{QStringLiteral("USDC"), 6, 2};
        DryRun d = sample();
        DryRunCheck c = checkDryRun(d, two);
        QCOMPARE(kinds(c), QList<Kind>({Kind::Dust, Kind::Dust, Kind::Dust}));
        QCOMPARE(c.clientDust, u(2857 + 2857 + 4286));

        for (DryRunAllocation& a : d.allocations)
            a.dust = ledger::transferDust(a.amount, 6, 2);
        d.dust = u(2857 + 2857 + 4286);
        c = checkDryRun(d, two);
        QVERIFY(c.ok());
        QCOMPARE(c.lines[2].clientDust, u(4286));

        d.dust = u(1);
        QCOMPARE(kinds(checkDryRun(d, two)), QList<Kind>({Kind::TotalDust}));
    }

    void providersMustBeEligibleAndAtTheirAddress()
    {
        DryRun d = sample();
        auto list = providers({{1, "suspended"}, {2, "registered"}});
        // prv_3 is not in the list at all.
        DryRunCheck c = checkDryRun(d, kUsdc, list);
        QCOMPARE(kinds(c), QList<Kind>({Kind::IneligibleProvider, Kind::IneligibleProvider,
                                        Kind::IneligibleProvider}));
        QVERIFY(c.differences[0].message.find("prv_1 is suspended") != std::string::npos);
        QVERIFY(c.differences[2].message.find("prv_3 is not in the providers list") !=
                std::string::npos);

        list = providers({{1, "integrated"}, {2, "integrated"}, {3, "integrated"}});
        d.allocations[1].address = list[0].details.address;
        c = checkDryRun(d, kUsdc, list);
        QCOMPARE(kinds(c), QList<Kind>({Kind::Address}));
        QCOMPARE(c.differences[0].providerId, QStringLiteral("prv_2"));
    }

    // ---- funding ----

    void committedAndNeeded()
    {
        std::vector<Cycle> cycles{
            // Not calculated yet: its whole pool.
            parseCycle(cycleSample("c1", "collecting_metrics", 1, {}, "1000000")).value(),
            // Calculated: what its queued and submitted transfers carry (amount - dust).
            parseCycle(cycleSample("c2", "distributing_payments", 3,
                                   {transferSample(1, "confirmed", "400000"),
                                    transferSample(2, "submitted", "300000"),
                                    transferSample(3, "queued", "200000")},
                                   "900000"))
                .value(),
            // Final cycles commit nothing.
            parseCycle(cycleSample("c3", "completed", 5)).value(),
            parseCycle(cycleSample("c4", "failed", 7, {transferSample(1, "failed")})).value(),
        };
        cycles[1].transfers[2].dust = u(50000);
        QCOMPARE(committedByCycles(cycles), u(1000000 + 300000 + 150000));

        // A retry needs only what its queued and failed transfers still carry.
        const Cycle& failed = cycles[3];
        const DistributionRequest r{failed.periodStart, failed.periodEnd, failed.pool};
        QCOMPARE(fundingNeeded(r, failed), u(2500000));
        QCOMPARE(fundingNeeded(r, std::nullopt), u(5000000));
        Cycle uncalculated = failed;
        uncalculated.totalWeight.reset();
        QCOMPARE(fundingNeeded(r, uncalculated), u(5000000));

        OperatorFunding f;
        f.units = kUsdc;
        f.eercBalance = u(1000000);
        f.walletBalance = u(2000000);
        f.total = u(3000000);
        f.committed = u(500000);
        f.available = u(2500000);
        QVERIFY(checkFunding(u(2500000), f).ok());
        const auto refused = checkFunding(u(2600000), f);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.find("cannot fund 2.600000 USDC") != std::string::npos &&
                     refused.error().message.find("unfinished cycles will still pay 0.500000") !=
                         std::string::npos &&
                     refused.error().message.find("add 0.100000 USDC") != std::string::npos,
                 refused.error().message.c_str());
    }

    // ---- a new cycle, from typed input ----

    void prepareRefusesBeforeSending()
    {
        Chain chain;
        Operator op;
        Profile me;
        OperatorActions actions(op.api, *chain.reader, me.keys, me.net);

        // More decimals than USDC has.
        auto p = actions.prepare(nov(10), nov(11), QStringLiteral("1.0000001"));
        QCOMPARE(p.error().kind, ApiError::Kind::InvalidRequest);
        // An empty period.
        p = actions.prepare(nov(11), nov(11), QStringLiteral("1"));
        QCOMPARE(p.error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(op.server.requests.isEmpty()); // not even the cycles list was read

        // Overlapping a live cycle.
        op.cycles = {cycleSample("cyc_live", "generating_proofs", 10)};
        p = actions.prepare(nov(10), nov(12), QStringLiteral("1"));
        QCOMPARE(p.error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(p.error().message.find("cyc_live") != std::string::npos);

        // Above the funding: 3 USDC in the wallet, no eERC balance, 1 USDC committed.
        op.cycles = {cycleSample("cyc_wait", "collecting_metrics", 1, {}, "1000000")};
        p = actions.prepare(nov(10), nov(11), QStringLiteral("2.5"));
        QCOMPARE(p.error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY2(p.error().message.find("add 0.500000 USDC") != std::string::npos,
                 p.error().message.c_str());
        QCOMPARE(op.posts, 0);

        p = actions.prepare(nov(10), nov(11), QStringLiteral("2"));
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        QVERIFY(!p->funding.registered);
        QCOMPARE(p->funding.walletBalance, u(3000000));
        QCOMPARE(p->funding.committed, u(1000000));
        QCOMPARE(p->funding.available, u(2000000));
        QCOMPARE(p->needed, u(2000000));
        QCOMPARE(p->funding.account, operatorKey().address());
        QCOMPARE(op.posts, 0);
    }

    void dryRunThenStart()
    {
        Chain chain;
        Operator op;
        Profile me;
        OperatorActions actions(op.api, *chain.reader, me.keys, me.net);
        const auto p = actions.prepare(nov(10), nov(11), QStringLiteral("1.000001"));
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        const auto report = actions.dryRun(*p);
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QVERIFY(report->check.ok());
        QCOMPARE(report->check.lines.size(), std::size_t(2));
        // 2000002 / 3 = 666667 rest 1, 1000001 / 3 = 333333 rest 2: the unit left goes to
        // the larger remainder.
        QCOMPARE(*report->check.lines[0].serverAmount, u(666667));
        QCOMPARE(*report->check.lines[1].serverAmount, u(333334));
        QCOMPARE(op.posts, 1);

        const auto started = actions.start(*p);
        QVERIFY2(started.ok(), started.ok() ? "" : started.error().message.c_str());
        QCOMPARE(started->cycleId, QStringLiteral("cyc_new"));
        QCOMPARE(started->pool, u(1000001));
        QCOMPARE(op.posts, 2);

        // The money left in between: start reads the funding again and refuses.
        chain.wallet = u(1000000);
        const auto late = actions.start(*p);
        QCOMPARE(late.error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(op.posts, 2);
    }

    void profileMustBeThePayingAccount()
    {
        Chain chain;
        Operator op;
        Profile me;
        me.net.operatorAddress = parseProvider(providerSample(1)).value().details.address;
        OperatorActions actions(op.api, *chain.reader, me.keys, me.net);
        const auto f = actions.funding();
        QVERIFY(!f.ok());
        QVERIFY2(f.error().message.find("only the paying account's key") != std::string::npos,
                 f.error().message.c_str());

        // A network that states other decimals than the contracts.
        Profile other;
        chain.eercDecimals = 2;
        OperatorActions mismatch(op.api, *chain.reader, other.keys, other.net);
        const auto units = mismatch.units();
        QVERIFY(!units.ok());
        QVERIFY(units.error().message.find("eERC 2") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestOperatorActions)
#include "tst_operator_actions.moc"
