// SPDX-License-Identifier: GPL-3.0-or-later
// The settings store (Vault::settings()), with the auto-lock time.
#include "vault/vault.h"
#include "vault_testing.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bs::vault;
using bs::test::entry;
using bs::test::kFastKdf;
using bs::test::pass;
using bs::test::sampleProfile;

class TestSettingsStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    // Cheap scrypt parameters (kFastKdf), below what real vaults may use.
    void initTestCase() { bs::vault::testing::allowWeakKdf(true); }
    void settings()
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

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settings_store.moc"
