// SPDX-License-Identifier: GPL-3.0-or-later
// The operator data cache store (Vault::cache()).
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

class TestCacheStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    // Cheap scrypt parameters (kFastKdf), below what real vaults may use.
    void initTestCase() { bs::vault::testing::allowWeakKdf(true); }
    void operatorCache()
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
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cache_store.moc"
