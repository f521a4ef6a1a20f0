// SPDX-License-Identifier: GPL-3.0-or-later
// The history store (Vault::history()): entries by token and by scan, checkpoints, reorgs,
// one commit per write.
#include "vault/vault.h"
#include "vault_testing.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bs::vault;
using bs::test::entry;
using bs::test::kFastKdf;
using bs::test::pass;
using bs::test::sampleProfile;

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    // Cheap scrypt parameters (kFastKdf), below what real vaults may use.
    void initTestCase() { bs::vault::testing::allowWeakKdf(true); }
    void historyCache()
    {
        auto v = Vault::create(file("history.bsvault"), sampleProfile(), pass("pw"), kFastKdf);
        std::vector<HistoryEntry> batch = {entry(1, 20, 3, "5"), entry(1, 10, 7, "1000000"),
                                           entry(1, 20, 1, "42"), entry(2, 15, 0, "9")};
        batch[1].kind = QStringLiteral("debit");
        batch[1].source = QStringLiteral("withdraw");
        batch[1].counterparty.clear();
        batch[2].decrypted = false;
        QVERIFY(v->history().put(batch).ok());
        // Idempotent: the same events again change nothing.
        QVERIFY(v->history().put(batch).ok());
        auto h1 = v->history().ofToken(1);
        QVERIFY(h1.ok());
        QCOMPARE(h1->size(), std::size_t(3));
        // Ordered by block, then log index.
        QCOMPARE((*h1)[0], batch[1]);
        QCOMPARE((*h1)[1], batch[2]);
        QCOMPARE((*h1)[2], batch[0]);
        QCOMPARE(v->history().ofToken(2)->size(), std::size_t(1));
        QCOMPARE(v->history().ofToken(3)->size(), std::size_t(0));
        // A later decryption replaces the entry (same tx hash and log index, any case).
        HistoryEntry decrypted = batch[2];
        decrypted.decrypted = true;
        decrypted.amount = QStringLiteral("77");
        decrypted.txHash =
            decrypted.txHash.toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
        QVERIFY(v->history().put({decrypted}).ok());
        QCOMPARE(v->history().ofToken(1)->size(), std::size_t(3));
        QCOMPARE((*v->history().ofToken(1))[1].amount, QStringLiteral("77"));
        QVERIFY((*v->history().ofToken(1))[1].decrypted);
        // Invalid entries are refused and the whole batch is not stored.
        HistoryEntry bad = entry(1, 30, 0, "1.5");
        QVERIFY(!v->history().put({entry(1, 31, 0, "1"), bad}).ok());
        QCOMPARE(v->history().ofToken(1)->size(), std::size_t(3));
        HistoryEntry badHash = entry(1, 30, 0, "1");
        badHash.txHash = QStringLiteral("0x1234");
        QVERIFY(!v->history().put({badHash}).ok());

        // Checkpoints and reorgs.
        QVERIFY(!v->history().checkpoint(QStringLiteral("transfers"))->has_value());
        QVERIFY(v->history().setCheckpoint(QStringLiteral("transfers"), 25).ok());
        QVERIFY(v->history().setCheckpoint(QStringLiteral("deposits"), 12).ok());
        QCOMPARE(**v->history().checkpoint(QStringLiteral("transfers")), quint64(25));
        QVERIFY(v->history().dropFrom(15).ok());
        QCOMPARE(v->history().ofToken(1)->size(), std::size_t(1)); // block 10 stays
        QCOMPARE(v->history().ofToken(2)->size(), std::size_t(0)); // block 15 goes
        QCOMPARE(**v->history().checkpoint(QStringLiteral("transfers")), quint64(14));
        QCOMPARE(**v->history().checkpoint(QStringLiteral("deposits")), quint64(12));
        QVERIFY(v->history().dropFrom(0).ok());
        QCOMPARE(v->history().ofToken(1)->size(), std::size_t(0));
        QVERIFY(!v->history().checkpoint(QStringLiteral("transfers"))->has_value());
    }
    void appendHistoryMovesTheCheckpointAtomically()
    {
        const QString path = file("append.bsvault");
        auto v = Vault::create(path, sampleProfile(), pass("pw"), kFastKdf);
        const QString scan = QStringLiteral("eerc:0xabc:alice");
        const QString other = QStringLiteral("eerc:0xabc:bob");
        // A self-transfer: a credit and a debit from the same log are two entries.
        HistoryEntry credit = entry(1, 40, 2, "5");
        HistoryEntry debit = credit;
        debit.kind = QStringLiteral("debit");
        QVERIFY(v->history().append({entry(1, 30, 0, "1"), credit, debit}, scan, 45).ok());
        QCOMPARE(**v->history().checkpoint(scan), quint64(45));
        auto h = v->history().ofScan(scan);
        QCOMPARE(h->size(), std::size_t(3));
        QCOMPARE((*h)[1], credit); // same block and log: credit before debit
        QCOMPARE((*h)[2], debit);
        QCOMPARE(v->history().ofToken(1)->size(), std::size_t(3));
        // Idempotent: scanning the same blocks again stores nothing twice.
        QVERIFY(v->history().append({credit, debit}, scan, 46).ok());
        QCOMPARE(v->history().ofScan(scan)->size(), std::size_t(3));
        QCOMPARE(**v->history().checkpoint(scan), quint64(46));
        QVERIFY(v->history().append({entry(1, 41, 0, "7")}, other, 50).ok());

        // One transaction: an invalid entry stores nothing and leaves the checkpoint.
        QVERIFY(!v->history().append({entry(1, 47, 0, "1"), entry(1, 48, 0, "x")}, scan, 60).ok());
        QCOMPARE(v->history().ofScan(scan)->size(), std::size_t(3));
        QCOMPARE(**v->history().checkpoint(scan), quint64(46));
        QVERIFY(!v->history().append({}, QString(), 1).ok());

        // A reorg in one scan: its entries from block 40 go, its checkpoint moves to 39; the
        // other scan keeps its entry at 41 and its checkpoint.
        QVERIFY(v->history().dropFrom(scan, 40).ok());
        QCOMPARE(v->history().ofScan(scan)->size(), std::size_t(1));
        QCOMPARE(**v->history().checkpoint(scan), quint64(39));
        QCOMPARE(v->history().ofScan(other)->size(), std::size_t(1));
        QCOMPARE(**v->history().checkpoint(other), quint64(50));
        // A checkpoint already before the block is not moved forward.
        QVERIFY(v->history().dropFrom(scan, 45).ok());
        QCOMPARE(**v->history().checkpoint(scan), quint64(39));
        // From block 0: everything of that scan and its checkpoint go.
        QVERIFY(v->history().dropFrom(scan, 0).ok());
        QVERIFY(!v->history().checkpoint(scan)->has_value());
        QCOMPARE(v->history().ofScan(scan)->size(), std::size_t(0));
        QCOMPARE(v->history().ofScan(other)->size(), std::size_t(1));
        // Survives a lock/unlock.
        v->lock();
        QVERIFY(v->unlock(pass("pw")).ok());
        QCOMPARE(**v->history().checkpoint(other), quint64(50));
        QCOMPARE((*v->history().ofScan(other))[0].amount, QStringLiteral("7"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_history_store.moc"
