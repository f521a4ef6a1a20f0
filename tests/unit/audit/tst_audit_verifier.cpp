// SPDX-License-Identifier: GPL-3.0-or-later
// A whole verification run on a simulated node and operator: a clean period (signed report
// that checks without a key, saved run, the operator answer's hash), the audited blocks found
// from the period's times, the operator down or sending garbage (the chain part still runs and
// says so), the earlier period's report, runs that must not complete (wrong chain, cancel).
#include "audit/verifier.h"
#include "audit_testing.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace bs;
using namespace bs::audit;
using bs::test::addrN;
using bs::test::hashN;

namespace {

const crypto::EthAddress kMe = test::auditorWallet().address();

struct Cycle
{
    QString id;
    std::vector<std::uint64_t> blocks; // payouts listed (one per block, log index 1)
    std::uint64_t total = 0;
};

class FakeOperator final : public OperatorSource
{
public:
    // The answer for (from, to); empty: unavailable.
    std::function<QByteArray(std::optional<QDateTime>, std::optional<QDateTime>)> raw;
    std::optional<operator_api::ApiError> failure;
    std::optional<operator_api::ApiError> providersFailure;
    std::vector<crypto::EthAddress> providerList = {addrN(1), addrN(2), addrN(3)};
    std::vector<std::pair<std::optional<QDateTime>, std::optional<QDateTime>>> asked;

    QString server() const override { return QStringLiteral("http://127.0.0.1:9/api/v1"); }
    operator_api::ApiResult<operator_api::AuditTotalsAnswer>
    totals(std::optional<QDateTime> from, std::optional<QDateTime> to, std::stop_token) override
    {
        asked.push_back({from, to});
        if (failure)
            return *failure;
        const QByteArray bytes = raw(from, to);
        auto parsed = operator_api::parseAuditTotals(QJsonDocument::fromJson(bytes).object());
        if (!parsed)
            return parsed.error();
        return operator_api::AuditTotalsAnswer{std::move(*parsed), bytes};
    }
    operator_api::ApiResult<std::vector<crypto::EthAddress>> providers(std::stop_token) override
    {
        if (providersFailure)
            return *providersFailure;
        return providerList;
    }
};

QByteArray answer(const test::SimChain& sim,
                  const std::vector<Cycle>& cycles,
                  std::optional<QDateTime> from = {},
                  std::optional<QDateTime> to = {})
{
    QJsonArray list;
    std::uint64_t grand = 0, count = 0;
    for (const Cycle& c : cycles) {
        QJsonArray transfers;
        for (std::uint64_t b : c.blocks) {
            const auto log =
                std::find_if(sim.logs.begin(), sim.logs.end(), [&](const chain::Log& l) {
                    return l.blockNumber == b && l.topics.size() == 4;
                });
            transfers.append(QJsonObject{
                {"txHash", test::hexOf(log->transactionHash)},
                {"blockNumber", qint64(b)},
                {"logIndex", qint64(log->logIndex)},
                {"to", QString::fromStdString(crypto::EthAddress([&] {
                                                  crypto::EthAddress::Bytes a{};
                                                  std::copy_n(log->topics[2].begin() + 12, 20,
                                                              a.begin());
                                                  return a;
                                              }())
                                                  .toChecksumHex())}});
        }
        grand += c.total;
        count += c.blocks.size();
        list.append(QJsonObject{{"cycleId", c.id},
                                {"periodStart", "2026-11-01T00:00:00Z"},
                                {"periodEnd", "2026-11-02T00:00:00Z"},
                                {"pool", "100000000"},
                                {"totalDistributed", QString::number(c.total)},
                                {"dust", "0"},
                                {"transferCount", qint64(c.blocks.size())},
                                {"transfers", transfers}});
    }
    const auto a = test::auditorKey().publicKey().toAffine();
    const QJsonObject o{
        {"from", from ? QJsonValue(operator_api::formatTime(*from)) : QJsonValue::Null},
        {"to", to ? QJsonValue(operator_api::formatTime(*to)) : QJsonValue::Null},
        {"token", QJsonObject{{"symbol", "USDC"}, {"decimals", 6}}},
        {"auditor",
         QJsonObject{{"address", QString::fromStdString(kMe.toChecksumHex())},
                     {"publicKey", QJsonArray{QString::fromStdString(a.x.toDecimal()),
                                              QString::fromStdString(a.y.toDecimal())}}}},
        {"grandTotal", QString::number(grand)},
        {"dust", "0"},
        {"transferCount", qint64(count)},
        {"cycles", list},
        {"deposits",
         QJsonArray{QJsonObject{{"txHash", test::hexOf(hashN(8, 0xdd))}, {"amount", "5000000"}}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Harness
{
    test::SimChain* sim;
    std::unique_ptr<chain::JsonRpcClient> rpc;
    std::unique_ptr<chain::EthClient> eth;
    std::unique_ptr<eerc::EercReader> reader;
    chain::Network network;
    FakeOperator op;
    InMemoryAuditStore store;

    Harness()
    {
        auto s = std::make_unique<test::SimChain>();
        sim = s.get();
        rpc = std::make_unique<chain::JsonRpcClient>(std::move(s));
        eth = std::make_unique<chain::EthClient>(*rpc);
        reader = std::make_unique<eerc::EercReader>(*eth, sim->deployment);
        network.deployment = sim->deployment;
        network.operatorAddress = test::operatorAddress();
        network.token = chain::TokenInfo{QStringLiteral("USDC"), 6};
        for (std::uint8_t i = 1; i <= 3; ++i)
            sim->registered.emplace(addrN(i).bytes(), test::auditorKey().publicKey());
        const crypto::Point pk = test::auditorKey().publicKey();
        const crypto::EthAddress o = test::operatorAddress();
        sim->logs.push_back(test::auditorChangedLog(
            6, 0, hashN(6, 0xaa), crypto::EthAddress(crypto::EthAddress::Bytes{}), kMe));
        sim->logs.push_back(test::depositLog(8, 2, hashN(8, 0xdd), o, 5'000'000, 0));
        // Cycle 1 paid in blocks 20-22, cycle 2 in 40-41.
        for (std::uint64_t b : {20, 21, 22, 40, 41})
            sim->logs.push_back(test::payoutLog(b, 1, hashN(b), o, addrN(std::uint8_t(b % 3 + 1)),
                                                test::pctFor(pk, 100 * b), kMe));
    }

    Result<VerifyOutcome>
    run(VerifyOptions options = {}, std::stop_token stop = {}, bool withOperator = true)
    {
        options.software = QStringLiteral("BackendShield test");
        VerifyEnv env{network,
                      test::auditorWallet(),
                      test::auditorKey(),
                      *eth,
                      *reader,
                      withOperator ? &op : nullptr,
                      store};
        return verify(env, options, stop);
    }
};

QStringList kinds(const Report& r)
{
    QStringList out;
    for (const Finding& f : r.findings)
        out << f.kind;
    return out;
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanPeriod()
    {
        Harness h;
        QByteArray sent;
        h.op.raw = [&](auto from, auto to) {
            sent = answer(
                *h.sim,
                {{"cyc_1", {20, 21, 22}, 2000 + 2100 + 2200}, {"cyc_2", {40, 41}, 4000 + 4100}},
                from, to);
            return sent;
        };
        std::vector<VerifyProgress::Phase> phases;
        VerifyOptions options;
        options.progress = [&](const VerifyProgress& p) {
            if (phases.empty() || phases.back() != p.phase)
                phases.push_back(p.phase);
        };
        const auto out = h.run(options);
        QVERIFY2(out.ok(), out.ok() ? "" : out.error().message.c_str());
        const Report& r = out->report;
        QVERIFY2(r.clean(), qPrintable(kinds(r).join(", ")));
        QCOMPARE(r.cycles.size(), std::size_t(2));
        QCOMPARE(r.totals.decryptedTotal, U256::fromU64(14'400));
        QCOMPARE(r.payouts.size(), std::size_t(5));
        QCOMPARE(r.scannedTo, std::uint64_t(100));
        QCOMPARE(r.window, (BlockRange{5, 100}));
        QCOMPARE(r.operatorReport.status, QStringLiteral("received"));
        QCOMPARE(r.operatorReport.sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(sent, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(r.operatorReport.bytes, std::uint64_t(sent.size()));
        QCOMPARE(r.network.tokenSymbol, QStringLiteral("USDC"));
        QVERIFY(r.auditor.currentKeyMatches);
        QCOMPARE(phases.front(), VerifyProgress::Phase::FetchingReport);
        QVERIFY(std::count(phases.begin(), phases.end(), VerifyProgress::Phase::Decrypting) > 0);
        QCOMPARE(phases.back(), VerifyProgress::Phase::Saving);
        // Signed, saved, checkable by anyone.
        const auto checked = checkReport(out->json);
        QVERIFY2(checked.ok(), checked.ok() ? "" : checked.error().message.c_str());
        QCOMPARE(checked->report, r);
        QCOMPARE(out->runId, qint64(1));
        QCOMPARE(**h.store.runReport(1), out->json);
        const QString summary = h.store.runs()->front().summary;
        QVERIFY(summary.contains(QStringLiteral("\"status\":\"clean\"")));
        QVERIFY2(summary.contains(QStringLiteral("\"windowFrom\":5")) &&
                     summary.contains(QStringLiteral("\"windowTo\":100")),
                 qPrintable(summary));
        // Again: only the reorg window (64 blocks behind the head) is read and decrypted
        // again, the same verdict.
        const auto again = h.run();
        QVERIFY(again.ok());
        QVERIFY(again->report.clean());
        QCOMPARE(again->scan.from, std::uint64_t(37));
        QCOMPARE(again->scan.decrypted, std::uint64_t(2));
        QCOMPARE(again->runId, qint64(2));
    }

    void periodSelectsTheBlocks()
    {
        Harness h;
        // Block n has time genesis + 10 n: [time of 30, time of 45) is blocks 30..44.
        const auto from = QDateTime::fromSecsSinceEpoch(h.sim->timeOf(30), Qt::UTC);
        const auto to = QDateTime::fromSecsSinceEpoch(h.sim->timeOf(45) - 5, Qt::UTC);
        h.op.raw = [&](auto f, auto t) { return answer(*h.sim, {{"cyc_2", {40}, 4000}}, f, t); };
        VerifyOptions options;
        options.from = from;
        options.to = to;
        const auto out = h.run(options);
        QVERIFY2(out.ok(), out.ok() ? "" : out.error().message.c_str());
        QCOMPARE(out->report.window, (BlockRange{30, 44}));
        // Block 41's payout is in the window and unlisted; the deposit of block 8 is not in the
        // window but listed (and found). The earlier report was asked for: to = from.
        QCOMPARE(kinds(out->report), QStringList{"unreported-payout"});
        QCOMPARE(out->report.findings[0].blockNumber, std::uint64_t(41));
        QCOMPARE(h.op.asked.size(), std::size_t(2));
        QVERIFY(!h.op.asked[1].first);
        QCOMPARE(h.op.asked[1].second, from);
        QVERIFY(!out->report.operatorReport.earlierSha256.isEmpty());
        QCOMPARE(firstBlockAtOrAfter(*h.eth, from.toMSecsSinceEpoch() + 1, 5, 100).value(),
                 std::uint64_t(31));
        QCOMPARE(firstBlockAtOrAfter(*h.eth, (h.sim->timeOf(100) + 1) * 1000, 5, 100).value(),
                 std::uint64_t(101));
        QCOMPARE(firstBlockAtOrAfter(*h.eth, 0, 5, 100).value(), std::uint64_t(5));
    }

    void earlierReportExplains()
    {
        Harness h;
        const auto from = QDateTime::fromSecsSinceEpoch(h.sim->timeOf(21), Qt::UTC);
        // This period lists cycle 2; cycle 1, of the period before, was paid in 20-22.
        h.op.raw = [&](auto f, auto t) {
            return t && !f ? answer(*h.sim, {{"cyc_1", {20, 21, 22}, 6300}}, f, t)
                           : answer(*h.sim, {{"cyc_2", {40, 41}, 8100}}, f, t);
        };
        VerifyOptions options;
        options.from = from;
        const auto out = h.run(options);
        QVERIFY(out.ok());
        QVERIFY2(out->report.clean(), qPrintable(kinds(out->report).join(", ")));
        QCOMPARE(out->report.totals.earlierPeriodCount, std::uint64_t(2)); // blocks 21, 22
        QCOMPARE(out->report.payouts[0].attribution, Attribution::EarlierPeriod);
    }

    void operatorDownStillReadsTheChain()
    {
        Harness h;
        // An error with a message only (no code), as other code may still make one.
        h.op.failure = operator_api::ApiError{operator_api::ApiError::Kind::Unavailable,
                                              0,
                                              {},
                                              {},
                                              "The operator's server at x is unavailable."};
        const auto out = h.run();
        QVERIFY(out.ok());
        const Report& r = out->report;
        QCOMPARE(kinds(r), QStringList{"report-unavailable"});
        QCOMPARE(r.operatorReport.status, QStringLiteral("unavailable"));
        QVERIFY(r.operatorReport.sha256.isEmpty());
        QVERIFY(r.findings[0].message.contains(QStringLiteral("is unavailable")));
        // The finding's sentence has a code, the operator's error nested in it.
        const Error& sentence = r.findings[0].sentence;
        QVERIFY(sentence.text.source);
        QCOMPARE(QString::fromStdString(sentence.message), r.findings[0].message);
        QCOMPARE(sentence.args.size(), std::size_t(1));
        QVERIFY(sentence.args[0].error);
        QCOMPARE(sentence.args[0].error->message,
                 std::string("The operator's server at x is unavailable."));
        QCOMPARE(QString::fromStdString(r.operatorReport.reason.message), r.operatorReport.error);
        QCOMPARE(r.payouts.size(), std::size_t(5));
        QCOMPARE(r.totals.unreportedCount, std::uint64_t(5));
        QVERIFY(checkReport(out->json).ok());
        QCOMPARE(h.store.runs()->size(), std::size_t(1));
        // No operator server at all: the same.
        const auto none = h.run({}, {}, false);
        QVERIFY(none.ok());
        QCOMPARE(kinds(none->report), QStringList{"report-unavailable"});
    }

    void garbageFromTheOperator()
    {
        Harness h;
        h.op.raw = [](auto, auto) { return QByteArray(R"({"from": null, "grandTotal": 5})"); };
        const auto out = h.run();
        QVERIFY(out.ok());
        QCOMPARE(kinds(out->report), QStringList{"report-malformed"});
        QCOMPARE(out->report.operatorReport.status, QStringLiteral("malformed"));
        QVERIFY(
            out->report.operatorReport.error.contains(QStringLiteral("operator's server sent")));
    }

    void auditorAndProvidersOfTheOperator()
    {
        Harness h;
        h.op.raw = [&](auto f, auto t) {
            QJsonObject o =
                QJsonDocument::fromJson(
                    answer(*h.sim, {{"cyc_1", {20, 21, 22}, 6300}, {"cyc_2", {40, 41}, 8100}}, f,
                           t))
                    .object();
            QJsonObject a = o.value("auditor").toObject();
            a.insert("address", QString::fromStdString(addrN(5).toChecksumHex()));
            o.insert("auditor", a);
            return QJsonDocument(o).toJson();
        };
        h.op.providersFailure = operator_api::ApiError{operator_api::ApiError::Kind::Http,
                                                       403,
                                                       {},
                                                       {},
                                                       "The operator's server refused (403)."};
        const auto out = h.run();
        QVERIFY(out.ok());
        QCOMPARE(kinds(out->report),
                 (QStringList{"report-auditor-mismatch", "providers-unavailable"}));
        QCOMPARE(out->report.findings[0].severity, Severity::Low);
    }

    void runsThatCannotComplete()
    {
        Harness h;
        h.op.raw = [&](auto f, auto t) { return answer(*h.sim, {}, f, t); };
        h.sim->deployment.chainId = 1;
        auto out = h.run();
        QVERIFY(!out);
        QVERIFY(out.error().message.find("chain 1") != std::string::npos);
        QVERIFY(h.store.runs()->empty());

        Harness g;
        g.op.raw = [&](auto f, auto t) { return answer(*g.sim, {}, f, t); };
        std::stop_source source;
        VerifyOptions options;
        options.scanner.scan.maxRange = 10; // a stop is seen between pieces
        options.progress = [&](const VerifyProgress& p) {
            if (p.phase == VerifyProgress::Phase::Scanning)
                source.request_stop();
        };
        out = g.run(options, source.get_token());
        QVERIFY(!out);
        QCOMPARE(out.error().message, std::string("cancelled"));
        QVERIFY(g.store.runs()->empty());
        QVERIFY(!*g.store.scanState());

        Harness n;
        n.network.operatorAddress.reset();
        QVERIFY(!n.run());
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_audit_verifier.moc"
