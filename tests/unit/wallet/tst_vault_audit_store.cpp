// SPDX-License-Identifier: GPL-3.0-or-later
// The vault as the auditor's store: events round-trip exactly with the scan state in one
// commit, a replace forgets the re-read blocks, another scope starts over, runs are saved
// with their reports (compressed in the vault, returned as given), and everything survives
// lock and unlock; a damaged event is one sentence and resetScan recovers.
#include "../vault/vault_testing.h"
#include "wallet/vault_audit_store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bs;
using bs::U256;

namespace {

audit::ChainEvent chainEvent(std::uint64_t block, std::uint32_t logIndex)
{
    audit::ChainEvent e;
    e.blockNumber = block;
    e.logIndex = logIndex;
    e.blockTime = 1'700'000'000 + std::int64_t(block);
    e.txHash.fill(std::uint8_t(block));
    e.kind = audit::EventKind::Payout;
    e.pct = audit::PctStatus::Decrypted;
    e.counterparty = *crypto::EthAddress::fromString("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    e.auditor = *crypto::EthAddress::fromString("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
    e.amount = *U256::fromDecimal("123456789012345678901234567890");
    return e;
}

} // namespace

class TestVaultAuditStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { vault::testing::allowWeakKdf(true); }

    void eventsStateAndRuns()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.bsvault"));
        auto v =
            vault::Vault::create(path, test::sampleProfile(), test::pass("pw"), test::kFastKdf);
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
        wallet::SharedVault shared(std::move(*v));
        wallet::VaultAuditStore store(shared);
        QVERIFY(!*store.scanState());
        QVERIFY(store.events()->empty());

        QVERIFY(store
                    .replaceFrom("scope-a", 5,
                                 {chainEvent(7, 1), chainEvent(9, 0), chainEvent(9, 3)}, 20)
                    .ok());
        QCOMPARE((*store.scanState())->scannedTo, std::uint64_t(20));
        QCOMPARE((*store.scanState())->scope, QStringLiteral("scope-a"));
        auto events = *store.events();
        QCOMPARE(events.size(), std::size_t(3));
        QCOMPARE(events[2], chainEvent(9, 3));

        // Re-reading from block 9 replaces what was there.
        QVERIFY(store.replaceFrom("scope-a", 9, {chainEvent(12, 0)}, 30).ok());
        events = *store.events();
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[1], chainEvent(12, 0));

        const QByteArray report = QByteArray(100'000, 'x') + "{\"schema\":1}";
        QCOMPARE(*store.saveRun(1000, "{\"status\":\"clean\"}", report), qint64(1));
        QCOMPARE(*store.saveRun(2000, "{\"status\":\"findings\"}", "second"), qint64(2));

        // Survives lock and unlock.
        shared.lock();
        QVERIFY(!store.events());
        QVERIFY(shared.with([](vault::Vault& v) { return v.unlock(test::pass("pw")); }).ok());
        QCOMPARE(store.events()->size(), std::size_t(2));
        const auto runs = *store.runs();
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(runs[0].id, qint64(2));
        QCOMPARE(runs[1].createdAt, qint64(1000));
        QCOMPARE(runs[1].summary, QStringLiteral("{\"status\":\"clean\"}"));
        QCOMPARE(**store.runReport(1), report);
        QVERIFY(!*store.runReport(7));

        // Another scope starts over; events outside the scanned blocks are refused.
        QVERIFY(store.replaceFrom("scope-b", 10, {chainEvent(11, 0)}, 15).ok());
        QCOMPARE(store.events()->size(), std::size_t(1));
        QVERIFY(!store.replaceFrom("scope-b", 10, {chainEvent(3, 0)}, 15));
        QCOMPARE(store.events()->size(), std::size_t(1));
        QVERIFY(store.resetScan().ok());
        QVERIFY(store.events()->empty());
        QCOMPARE(store.runs()->size(), std::size_t(2));
    }

    void damagedEventIsASentence()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.bsvault"));
        auto v =
            vault::Vault::create(path, test::sampleProfile(), test::pass("pw"), test::kFastKdf);
        QVERIFY(v.ok());
        QVERIFY(v->audit().replaceEvents("s", 0, {{4, 0, QByteArray("\x01\x09garbage")}}, 5).ok());
        wallet::SharedVault shared(std::move(*v));
        wallet::VaultAuditStore store(shared);
        const auto events = store.events();
        QVERIFY(!events);
        QVERIFY(events.error().message.find("damaged") != std::string::npos);
        QVERIFY(store.resetScan().ok());
        QVERIFY(store.events()->empty());
    }
};

QTEST_GUILESS_MAIN(TestVaultAuditStore)
#include "tst_vault_audit_store.moc"
