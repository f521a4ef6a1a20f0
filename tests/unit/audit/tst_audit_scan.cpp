// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's chain side: parallel PCT decryption against the JS-made vectors of pct.json,
// the events' stored form and the in-memory store, and the scanner against a simulated node:
// what it keeps (with decrypted amounts), incremental runs that decrypt only what is new, the
// reorg window, a node that lies about logs (the store stays as it was), cancellation.
#include "../testing.h"
#include "audit/decrypt.h"
#include "audit/events.h"
#include "audit/scanner.h"
#include "audit/store.h"
#include "audit_testing.h"

#include <QJsonArray>
#include <QtTest>

using namespace bs;
using namespace bs::audit;
using bs::test::addrN;
using bs::test::hashN;

namespace {

struct Node
{
    test::SimChain* sim;
    std::unique_ptr<chain::JsonRpcClient> rpc;
    std::unique_ptr<chain::EthClient> eth;
    Node()
    {
        auto s = std::make_unique<test::SimChain>();
        sim = s.get();
        rpc = std::make_unique<chain::JsonRpcClient>(std::move(s));
        eth = std::make_unique<chain::EthClient>(*rpc);
    }
};

const crypto::EthAddress kMe = test::auditorWallet().address();

// The operator's history on the simulated chain: the auditor set at block 6, payouts,
// a deposit and a withdraw, and noise that is not the operator's.
void populate(test::SimChain& sim)
{
    const crypto::Point pk = test::auditorKey().publicKey();
    const crypto::EthAddress op = test::operatorAddress();
    sim.logs.push_back(test::auditorChangedLog(
        6, 0, hashN(6, 0xaa), crypto::EthAddress(crypto::EthAddress::Bytes{}), kMe));
    sim.logs.push_back(test::depositLog(8, 2, hashN(8, 0xdd), op, 5'000'000, 0));
    for (std::uint64_t b = 10; b < 20; ++b)
        sim.logs.push_back(test::payoutLog(b, 1, hashN(b), op, addrN(std::uint8_t(b % 3 + 1)),
                                           test::pctFor(pk, 1000 * b), kMe));
    sim.logs.push_back(
        test::withdrawLog(25, 0, hashN(25, 0xcc), op, 77, test::pctFor(pk, 77), kMe));
    // Someone else's transfer: not the operator's, never asked for.
    sim.logs.push_back(
        test::payoutLog(26, 0, hashN(26), addrN(9), addrN(1), test::pctFor(pk, 5), kMe));
    // A payout whose PCT was made for another key while naming this auditor.
    sim.logs.push_back(test::payoutLog(27, 4, hashN(27), op, addrN(2),
                                       test::pctFor(test::otherKey().publicKey(), 9), kMe));
}

} // namespace

class TestAuditScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decryptsTheJsVectors()
    {
        const QJsonArray vectors = test::loadJson("pct.json").value("singleAmountPCTs").toArray();
        QVERIFY(vectors.size() >= 7);
        // Each vector many times over, so that every thread gets work; alice's and the
        // auditor's keys alternate.
        std::vector<crypto::Pct> pcts;
        std::vector<QString> expected;
        std::vector<crypto::Scalar> keys;
        for (int copy = 0; copy < 40; ++copy)
            for (const QJsonValue& v : vectors) {
                crypto::Pct pct;
                const QJsonArray words = v.toObject().value("pct7").toArray();
                for (int i = 0; i < 7; ++i)
                    pct.words[std::size_t(i)] =
                        *crypto::Fr::fromDecimal(words.at(i).toString().toStdString());
                pcts.push_back(pct);
                expected.push_back(v.toObject().value("amount").toString());
                keys.push_back(*crypto::Scalar::fromDecimal(
                    v.toObject().value("recipientPrivateScalar").toString().toStdString()));
            }
        // Decrypt with alice's key: her PCTs decrypt to the vectors' amounts, the auditor's
        // do not (tag check), whatever the number of threads.
        const crypto::Scalar alice = keys[0];
        for (unsigned threads : {1u, 2u, 4u}) {
            std::vector<std::optional<U256>> out(pcts.size());
            std::size_t last = 0;
            bool monotone = true;
            const auto ok =
                decryptPcts(pcts, out, alice, threads, [&](std::size_t done, std::size_t total) {
                    monotone = monotone && done >= last && total == pcts.size();
                    last = done;
                });
            QVERIFY(ok.ok());
            QVERIFY(monotone);
            QCOMPARE(last, pcts.size());
            for (std::size_t i = 0; i < pcts.size(); ++i) {
                if (keys[i] == alice) {
                    QVERIFY(out[i].has_value());
                    QCOMPARE(QString::fromStdString(out[i]->toDecimal()), expected[i]);
                } else {
                    QVERIFY(!out[i].has_value());
                }
            }
        }
    }

    void decryptionStops()
    {
        std::vector<crypto::Pct> pcts(2000, test::pctFor(test::auditorKey().publicKey(), 3));
        std::vector<std::optional<U256>> out(pcts.size());
        std::stop_source source;
        const auto r = decryptPcts(
            pcts, out, *test::auditorKey().privateScalar(), 2,
            [&](std::size_t done, std::size_t) {
                if (done >= 128)
                    source.request_stop();
            },
            source.get_token());
        QVERIFY(!r);
        QCOMPARE(r.error().message, std::string("cancelled"));
        QVERIFY(std::count_if(out.begin(), out.end(), [](auto& v) { return v.has_value(); }) <
                2000);
    }

    void eventsKeepTheirForm()
    {
        ChainEvent e;
        e.blockNumber = 123456789;
        e.logIndex = 7;
        e.blockTime = 1'763'000'000;
        e.txHash = hashN(5);
        e.kind = EventKind::Withdraw;
        e.pct = PctStatus::Decrypted;
        e.counterparty = addrN(3);
        e.auditor = kMe;
        e.amount = *U256::fromDecimal("340282366920938463463374607431768211455");
        e.eventAmount = U256::fromU64(1);
        e.dust = U256();
        const QByteArray bytes = encodeEvent(e);
        QCOMPARE(*decodeEvent(e.blockNumber, e.logIndex, bytes), e);
        // Anything else is refused, with one sentence.
        QVERIFY(!decodeEvent(1, 1, bytes.left(bytes.size() - 1)));
        QVERIFY(!decodeEvent(1, 1, bytes + '\0'));
        QByteArray v2 = bytes;
        v2[0] = 2;
        QVERIFY(!decodeEvent(1, 1, v2));
        QByteArray kind = bytes;
        kind[1] = 9;
        const auto bad = decodeEvent(1, 1, kind);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.find("damaged") != std::string::npos);
        // The code wallet::verifyPeriod compares to drop the cache and scan again.
        QVERIFY(bad.error().is(kCacheDamaged));
        QVERIFY(!decodeEvent(1, 1, {}));
    }

    void memoryStoreReplaces()
    {
        InMemoryAuditStore store;
        const auto event = [](std::uint64_t block) {
            ChainEvent e;
            e.blockNumber = block;
            e.txHash = hashN(block);
            return e;
        };
        QVERIFY(store.replaceFrom("s", 0, {event(1), event(5), event(9)}, 10).ok());
        QVERIFY(store.replaceFrom("s", 5, {event(6)}, 12).ok());
        auto events = *store.events();
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[1].blockNumber, std::uint64_t(6));
        QCOMPARE((*store.scanState())->scannedTo, std::uint64_t(12));
        // Another scope starts over.
        QVERIFY(store.replaceFrom("t", 8, {event(8)}, 13).ok());
        QCOMPARE(store.events()->size(), std::size_t(1));
        // Events outside the blocks scanned are a bug of the caller, refused.
        QVERIFY(!store.replaceFrom("t", 8, {event(7)}, 13));
        QVERIFY(!store.replaceFrom("t", 8, {event(14)}, 13));
        QCOMPARE(*store.saveRun(1, "{}", "a"), qint64(1));
        QCOMPARE(*store.saveRun(2, "{}", "b"), qint64(2));
        QCOMPARE(store.runs()->front().id, qint64(2));
        QCOMPARE(**store.runReport(1), QByteArray("a"));
        QVERIFY(!*store.runReport(3));
    }

    void scanKeepsTheOperatorsEvents()
    {
        Node node;
        populate(*node.sim);
        InMemoryAuditStore store;
        AuditScanner scanner(*node.eth, node.sim->deployment, test::operatorAddress(),
                             {{/*maxRange*/ 7, /*reorgDepth*/ 4}, 2});
        std::vector<ScanProgress> seen;
        const auto stats = scanner.refresh(kMe, *test::auditorKey().privateScalar(), 100, store,
                                           [&](const ScanProgress& p) { seen.push_back(p); });
        QVERIFY2(stats.ok(), stats.ok() ? "" : stats.error().message.c_str());
        QCOMPARE(stats->from, std::uint64_t(5));
        QCOMPARE(stats->decrypted, std::uint64_t(12)); // 10 payouts, the withdraw, the foreign one
        const auto events = *store.events();
        QCOMPARE(events.size(), std::size_t(14)); // auditor change, deposit, 10, withdraw, foreign
        QCOMPARE(events[0].kind, EventKind::AuditorChanged);
        QCOMPARE(events[0].counterparty, kMe);
        QCOMPARE(events[1].kind, EventKind::Deposit);
        QCOMPARE(events[1].eventAmount, U256::fromU64(5'000'000));
        QCOMPARE(events[1].pct, PctStatus::None);
        for (std::size_t i = 2; i < 12; ++i) {
            QCOMPARE(events[i].kind, EventKind::Payout);
            QCOMPARE(events[i].pct, PctStatus::Decrypted);
            QCOMPARE(events[i].amount, U256::fromU64(1000 * events[i].blockNumber));
            QCOMPARE(events[i].blockTime, node.sim->timeOf(events[i].blockNumber));
            QCOMPARE(events[i].auditor, kMe);
        }
        QCOMPARE(events[12].kind, EventKind::Withdraw);
        QCOMPARE(events[12].amount, U256::fromU64(77));
        QCOMPARE(events[12].eventAmount, U256::fromU64(77));
        QCOMPARE(events[13].blockNumber, std::uint64_t(27));
        QCOMPARE(events[13].pct, PctStatus::Undecryptable);
        QCOMPARE((*store.scanState())->scannedTo, std::uint64_t(100));
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](const ScanProgress& p) {
            return p.phase == ScanProgress::Phase::Decrypting && p.done == 12 && p.total == 12;
        }));
        QCOMPARE(seen.back().phase, ScanProgress::Phase::Scanning);
        QCOMPARE(seen.back().done, seen.back().total);

        // A second run reads only the reorg window and what is new, and decrypts only that.
        const crypto::Point pk = test::auditorKey().publicKey();
        node.sim->logs.push_back(test::payoutLog(103, 0, hashN(103), test::operatorAddress(),
                                                 addrN(1), test::pctFor(pk, 42), kMe));
        node.sim->head = 110;
        const auto again = scanner.refresh(kMe, *test::auditorKey().privateScalar(), 110, store);
        QVERIFY(again.ok());
        QCOMPARE(again->from, std::uint64_t(97));
        QCOMPARE(again->decrypted, std::uint64_t(1));
        QCOMPARE(store.events()->size(), std::size_t(15));
        QCOMPARE(store.events()->back().amount, U256::fromU64(42));
    }

    void reorgWindowReplacesWhatChanged()
    {
        Node node;
        populate(*node.sim);
        node.sim->head = 20;
        InMemoryAuditStore store;
        AuditScanner scanner(*node.eth, node.sim->deployment, test::operatorAddress(),
                             {{100, 5}, 1});
        QVERIFY(scanner.refresh(kMe, *test::auditorKey().privateScalar(), 20, store).ok());
        QCOMPARE(store.events()->size(), std::size_t(12));
        // Block 19 was reorged away and its payout now sits in block 21 with another amount.
        auto& logs = node.sim->logs;
        logs.erase(std::remove_if(logs.begin(), logs.end(),
                                  [](const chain::Log& l) { return l.blockNumber == 19; }),
                   logs.end());
        logs.push_back(test::payoutLog(21, 0, hashN(21), test::operatorAddress(), addrN(1),
                                       test::pctFor(test::auditorKey().publicKey(), 5), kMe));
        node.sim->head = 22;
        QVERIFY(scanner.refresh(kMe, *test::auditorKey().privateScalar(), 22, store).ok());
        const auto events = *store.events();
        QCOMPARE(events.size(), std::size_t(12));
        QVERIFY(std::none_of(events.begin(), events.end(),
                             [](const ChainEvent& e) { return e.blockNumber == 19; }));
        QCOMPARE(events.back().blockNumber, std::uint64_t(21));
        QCOMPARE(events.back().amount, U256::fromU64(5));
    }

    void lyingNodeStoresNothing_data()
    {
        QTest::addColumn<int>("lie");
        QTest::newRow("another contract's log") << 0;
        QTest::newRow("another account's log") << 1;
        QTest::newRow("a topic not asked for") << 2;
        QTest::newRow("data that does not decode") << 3;
        QTest::newRow("a log outside the blocks") << 4;
        QTest::newRow("a log without fields") << 5;
        QTest::newRow("two different logs at one place") << 6;
    }

    void lyingNodeStoresNothing()
    {
        QFETCH(int, lie);
        Node node;
        populate(*node.sim);
        InMemoryAuditStore store;
        AuditScanner scanner(*node.eth, node.sim->deployment, test::operatorAddress(),
                             {{10, 4}, 1});
        // A first honest run, then the node starts to lie in the new blocks.
        node.sim->head = 12;
        QVERIFY(scanner.refresh(kMe, *test::auditorKey().privateScalar(), 12, store).ok());
        const auto before = *store.events();
        const auto state = *store.scanState();
        node.sim->head = 100;
        node.sim->lie = [&](const QString& method,
                            const QJsonArray& params) -> std::optional<QJsonValue> {
            if (method != "eth_getLogs")
                return std::nullopt;
            const QJsonObject f = params.at(0).toObject();
            if (f.value("topics").toArray().at(0).toArray().size() != 4)
                return std::nullopt; // only the operator filter lies
            // A log inside the blocks asked for, unless the lie is about the blocks.
            const std::uint64_t block =
                U256::fromHex(f.value("fromBlock").toString().toStdString())->toU64();
            chain::Log l = test::payoutLog(block, 9, hashN(999), test::operatorAddress(), addrN(1),
                                           test::pctFor(test::auditorKey().publicKey(), 1), kMe);
            switch (lie) {
            case 0:
                l.address = addrN(0x42);
                break;
            case 1:
                l.topics[1] = eerc::addressTopic(addrN(0x42));
                break;
            case 2:
                l.topics[0] = hashN(1, 0x99);
                break;
            case 3:
                l.data.resize(5);
                break;
            case 4:
                l.blockNumber = 99999;
                break;
            case 5: {
                QJsonObject broken = test::logJson(l);
                broken.remove("transactionHash");
                return QJsonArray{broken};
            }
            case 6: {
                chain::Log twin = l;
                twin.topics[2] = eerc::addressTopic(addrN(2));
                return QJsonArray{test::logJson(l), test::logJson(twin)};
            }
            }
            return QJsonArray{test::logJson(l)};
        };
        const auto r = scanner.refresh(kMe, *test::auditorKey().privateScalar(), 100, store);
        QVERIFY(!r);
        qInfo() << r.error().message.c_str();
        if (lie != 4 && lie != 5) // those two EthClient refuses itself, as malformed
            QVERIFY2(r.error().message.find("sim://node") != std::string::npos,
                     r.error().message.c_str());
        QCOMPARE(*store.events(), before);
        QCOMPARE((*store.scanState())->scannedTo, state->scannedTo);
    }

    void cancelledScanStoresNothing()
    {
        Node node;
        populate(*node.sim);
        InMemoryAuditStore store;
        AuditScanner scanner(*node.eth, node.sim->deployment, test::operatorAddress(), {{3, 4}, 1});
        std::stop_source source;
        const auto r = scanner.refresh(
            kMe, *test::auditorKey().privateScalar(), 100, store,
            [&](const ScanProgress& p) {
                if (p.phase == ScanProgress::Phase::Scanning && p.done > 10)
                    source.request_stop();
            },
            source.get_token());
        QVERIFY(!r);
        QVERIFY(!*store.scanState());
        QVERIFY(store.events()->empty());
    }

    void anotherOperatorStartsOver()
    {
        Node node;
        populate(*node.sim);
        InMemoryAuditStore store;
        AuditScanner first(*node.eth, node.sim->deployment, test::operatorAddress(), {{100, 4}, 1});
        QVERIFY(first.refresh(kMe, *test::auditorKey().privateScalar(), 100, store).ok());
        QCOMPARE(store.events()->size(), std::size_t(14));
        AuditScanner other(*node.eth, node.sim->deployment, addrN(9), {{100, 4}, 1});
        const auto stats = other.refresh(kMe, *test::auditorKey().privateScalar(), 100, store);
        QVERIFY(stats.ok());
        QCOMPARE(stats->from, std::uint64_t(5));
        // addrN(9)'s one transfer and the auditor change.
        QCOMPARE(store.events()->size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestAuditScan)
#include "tst_audit_scan.moc"
