// SPDX-License-Identifier: GPL-3.0-or-later
// The pending-claim store (Vault::claims()).
#include "vault/vault.h"
#include "vault_testing.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bs::vault;
using bs::test::entry;
using bs::test::kFastKdf;
using bs::test::pass;
using bs::test::sampleProfile;

class TestClaimStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    // Cheap scrypt parameters (kFastKdf), below what real vaults may use.
    void initTestCase() { bs::vault::testing::allowWeakKdf(true); }
    void pendingClaims()
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
};

QTEST_GUILESS_MAIN(TestClaimStore)
#include "tst_claim_store.moc"
