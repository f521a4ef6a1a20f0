// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's store of the vault (audit_store.h, schema 6): a version-5 vault with data is
// upgraded with its data kept and the audit tables usable; the store follows the vault's lock;
// events, scan state and runs are kept as given. The adapter over it (events in core/audit's
// form, compressed reports) is tested in tests/unit/wallet/tst_vault_audit_store.cpp.
#include "vault/schema.h"
#include "vault/vault.h"
#include "vault_testing.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace bs::vault;
using bs::test::kFastKdf;
using bs::test::pass;
using bs::test::sampleProfile;

class TestAuditStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { bs::vault::testing::allowWeakKdf(true); }

    void migratesVersion5()
    {
        QCOMPARE(currentSchemaVersion(), 6);
        const QString path = file("v5.bsvault");
        const auto made = testing::createWithDatabase(
            path, sampleProfile(), pass("pw"), kFastKdf, [](sqlite3* db) {
                std::string sql;
                for (int i = 1; i <= 5; ++i)
                    sql += migrationSql(i);
                sql += "INSERT INTO profile (id, name, role, chain_id, network_name, rpc_url, "
                       "operator_url, registrar, eerc, token, deployment_block, "
                       "allow_plain_http) VALUES (1, 'Auditor', 'auditor', 43113, 'Fuji', '', "
                       "'', '', '', '', 0, 0);"
                       "INSERT INTO pending_claims (tx_hash, token_id, amount, state, "
                       "created_at, nonce, raw_tx, note) VALUES ('0x" +
                       std::string(64, 'c') +
                       "', 1, '7', 'failed', 1, 2, X'02f8', 'reverted');"
                       "PRAGMA user_version = 5;";
                return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
            });
        QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
        QCOMPARE(Vault::info(path)->schemaVersion, 5);

        auto v = Vault::open(path);
        QVERIFY(v.ok());
        const auto unlocked = v->unlock(pass("pw"));
        QVERIFY2(unlocked.ok(), unlocked.ok() ? "" : unlocked.error().message.c_str());
        QCOMPARE(Vault::info(path)->schemaVersion, 6);
        // Version 5's data kept.
        const auto claims = v->claims().all();
        QCOMPARE(claims->size(), std::size_t(1));
        QCOMPARE((*claims)[0].note, QStringLiteral("reverted"));
        QCOMPARE((*claims)[0].rawTransaction, QByteArray::fromHex("02f8"));
        // The new tables, empty and usable.
        QVERIFY(!*v->audit().scanState());
        QVERIFY(v->audit().events()->empty());
        QVERIFY(v->audit().runs()->empty());
        QVERIFY(v->audit().replaceEvents("s", 0, {{3, 1, "p"}}, 4).ok());
        QCOMPARE(*v->audit().addRun(5, "{}", "report"), qint64(1));
        QVERIFY(v->verifyAllPages().ok());
        v->lock();
        QVERIFY(v->unlock(pass("pw")).ok());
        QCOMPARE(v->audit().events()->size(), std::size_t(1));
        QCOMPARE(**v->audit().runReport(1), QByteArray("report"));
    }

    void keepsWhatItIsGiven()
    {
        auto v = Vault::create(file("a.bsvault"), sampleProfile(), pass("pw"), kFastKdf);
        QVERIFY(v.ok());
        AuditStore store = v->audit();
        const QByteArray payload("\x00\x01\xff payload", 11);
        QVERIFY(store.replaceEvents("scope", 10, {{12, 0, payload}, {10, 4, "b"}, {12, 2, "c"}}, 20)
                    .ok());
        auto events = *store.events();
        QCOMPARE(events.size(), std::size_t(3));
        QCOMPARE(events[0].blockNumber, quint64(10)); // ordered by block, then log index
        QCOMPARE(events[1].payload, payload);
        QCOMPARE(events[2].logIndex, quint32(2));
        QCOMPARE((*store.scanState())->scannedTo, quint64(20));
        // From block 12 on, replaced; an event below fromBlock is refused, nothing changes.
        QVERIFY(store.replaceEvents("scope", 12, {{13, 0, "d"}}, 25).ok());
        QCOMPARE(store.events()->size(), std::size_t(2));
        QVERIFY(!store.replaceEvents("scope", 12, {{11, 0, "e"}}, 30));
        QCOMPARE((*store.scanState())->scannedTo, quint64(25));
        // Another scope forgets every event.
        QVERIFY(store.replaceEvents("other", 100, {}, 100).ok());
        QVERIFY(store.events()->empty());
        // Runs, newest first.
        QCOMPARE(*store.addRun(1, "{\"a\":1}", "r1"), qint64(1));
        QCOMPARE(*store.addRun(2, "{\"a\":2}", "r2"), qint64(2));
        const auto runs = *store.runs();
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(runs[0].id, qint64(2));
        QCOMPARE(runs[1].summary, QStringLiteral("{\"a\":1}"));
        QVERIFY(!*store.runReport(3));

        // Locked: every call is the lock's sentence, and works again after unlock.
        v->lock();
        const auto locked = store.runs();
        QVERIFY(!locked);
        QVERIFY(locked.error().is(kVaultLocked));
        QCOMPARE(locked.error().message, std::string(kVaultLocked.source));
        QVERIFY(!store.addRun(3, "{}", "r3"));
        QVERIFY(v->unlock(pass("pw")).ok());
        QCOMPARE(store.runs()->size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestAuditStore)
#include "tst_audit_store.moc"
