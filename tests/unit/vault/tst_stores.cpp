// SPDX-License-Identifier: GPL-3.0-or-later
// The stores of an unlocked vault (history_store.h, claim_store.h, cache_store.h,
// settings_store.h): what each keeps, one commit per write. Their lifetime against the
// Vault's lock: tst_vault (storesFollowTheLock).
#include "vault/vault.h"
#include "vault_testing.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>

using namespace bs::vault;
using bs::test::entry;
using bs::test::kFastKdf;
using bs::test::pass;
using bs::test::sampleProfile;

class TestStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    // Cheap scrypt parameters (kFastKdf), below what real vaults may use.
    void initTestCase() { bs::vault::testing::allowWeakKdf(true); }

    // History (Vault::history()): entries by token and by scan, checkpoints, reorgs.
    void historyByTokenAndCheckpoints()
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

    // Pending claims (Vault::claims()).
    void claimsPutListAndState()
    {
        auto v = Vault::create(file("claims.bsvault"), sampleProfile(), pass("pw"), kFastKdf);
        PendingClaim a{QStringLiteral("0x") + QString(64, u'a'),
                       1,
                       QStringLiteral("250000"),
                       ClaimState::Building,
                       1700000100,
                       7};
        PendingClaim b{QStringLiteral("0x") + QString(64, u'b'),
                       1,
                       QStringLiteral("1"),
                       ClaimState::Sent,
                       1700000000,
                       6};
        QVERIFY(v->claims().put(a).ok());
        QVERIFY(v->claims().put(b).ok());
        QVERIFY(v->claims().setState(a.txHash, ClaimState::Sent).ok());
        QVERIFY(!v->claims()
                     .setState(QStringLiteral("0x") + QString(64, u'c'), ClaimState::Failed)
                     .ok());
        v->lock();
        QVERIFY(v->unlock(pass("pw")).ok());
        auto claims = v->claims().all();
        QVERIFY(claims.ok());
        QCOMPARE(claims->size(), std::size_t(2));
        QCOMPARE((*claims)[0], b); // oldest first
        a.state = ClaimState::Sent;
        QCOMPARE((*claims)[1], a);
        QVERIFY(v->claims().setState(b.txHash, ClaimState::Confirmed).ok());
        QCOMPARE((*v->claims().all())[0].state, ClaimState::Confirmed);
    }

    // A claim keeps its signed transaction (to send it again) and why it failed; only a
    // failed claim can be cleared.
    void claimsKeepTheirTransactionAndFailure()
    {
        auto v = Vault::create(file("raw.bsvault"), sampleProfile(), pass("pw"), kFastKdf);
        PendingClaim c{QStringLiteral("0x") + QString(64, u'd'), 1, QStringLiteral("5"),
                       ClaimState::Sent, 1700000000, 3};
        c.rawTransaction = QByteArray::fromHex("02f86f82a868038459682f00");
        QVERIFY(v->claims().put(c).ok());
        QVERIFY(!v->claims().removeFailed(c.txHash).ok()); // still in flight
        QVERIFY(v->claims().setState(c.txHash, ClaimState::Failed, QStringLiteral("dropped")).ok());
        v->lock();
        QVERIFY(v->unlock(pass("pw")).ok());
        const auto all = v->claims().all();
        QCOMPARE(all->size(), std::size_t(1));
        QCOMPARE(all->front().rawTransaction, c.rawTransaction);
        QCOMPARE(all->front().note, QStringLiteral("dropped"));
        QVERIFY(v->claims().removeFailed(c.txHash.toUpper().replace(QStringLiteral("0X"),
                                                                    QStringLiteral("0x")))
                    .ok());
        QVERIFY(v->claims().all()->empty());
        QVERIFY(!v->claims().removeFailed(c.txHash).ok());
    }

    // The operator data cache (Vault::cache()).
    void cachePutAndGet()
    {
        auto v = Vault::create(file("cache.bsvault"), sampleProfile(), pass("pw"), kFastKdf);
        QVERIFY(!v->cache().get(QStringLiteral("/network"))->has_value());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(
            v->cache()
                .put(QStringLiteral("/network"), "{\"chainId\":43113}", QStringLiteral("\"abc\""))
                .ok());
        auto c = v->cache().get(QStringLiteral("/network"));
        QVERIFY(c->has_value());
        QCOMPARE((*c)->json, QByteArray("{\"chainId\":43113}"));
        QCOMPARE((*c)->etag, QStringLiteral("\"abc\""));
        QVERIFY((*c)->storedAt >= before && (*c)->storedAt <= QDateTime::currentMSecsSinceEpoch());
        QVERIFY(v->cache().put(QStringLiteral("/network"), "{}", QStringLiteral("\"def\"")).ok());
        QCOMPARE((*v->cache().get(QStringLiteral("/network")))->etag, QStringLiteral("\"def\""));
    }

    // Settings (Vault::settings()), with the auto-lock time.
    void settingsAndAutoLock()
    {
        auto v = Vault::create(file("settings.bsvault"), sampleProfile(), pass("pw"), kFastKdf);
        QCOMPARE(v->settings().value(QStringLiteral("theme"), QStringLiteral("dark")).value(),
                 QStringLiteral("dark"));
        QVERIFY(v->settings().set(QStringLiteral("theme"), QStringLiteral("light")).ok());
        QCOMPARE(v->settings().value(QStringLiteral("theme"), QStringLiteral("dark")).value(),
                 QStringLiteral("light"));
        QCOMPARE(v->settings().autoLockMinutes().value(), kDefaultAutoLockMinutes);
        QVERIFY(v->settings().setAutoLockMinutes(15).ok());
        QVERIFY(!v->settings().setAutoLockMinutes(-1).ok());
        QVERIFY(!v->settings().setAutoLockMinutes(0).ok());
        QVERIFY(!v->settings().setAutoLockMinutes(1441).ok());
        QVERIFY(v->settings().setAutoLockMinutes(1440).ok());
        QVERIFY(v->settings().setAutoLockMinutes(1).ok());
        QCOMPARE(v->settings().autoLockMinutes().value(), 1);
        // Stored by other means: clamped when read.
        QVERIFY(
            v->settings().set(QLatin1String(kSettingAutoLockMinutes), QStringLiteral("0")).ok());
        QCOMPARE(v->settings().autoLockMinutes().value(), 1);
        QVERIFY(v->settings()
                    .set(QLatin1String(kSettingAutoLockMinutes), QStringLiteral("99999"))
                    .ok());
        QCOMPARE(v->settings().autoLockMinutes().value(), 1440);
        QVERIFY(v->settings().setAutoLockMinutes(15).ok());
        v->lock();
        QVERIFY(v->unlock(pass("pw")).ok());
        QCOMPARE(v->settings().autoLockMinutes().value(), 15);
        QCOMPARE(v->settings().value(QLatin1String(kSettingAutoLockMinutes), QString()).value(),
                 QStringLiteral("15"));
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
