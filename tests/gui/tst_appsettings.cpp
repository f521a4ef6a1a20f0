// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using bs::gui::AppSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> store()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    }

private slots:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("settings.ini"))); }

    void defaults()
    {
        AppSettings s(store());
        QCOMPARE(s.theme(), QStringLiteral("system"));
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.startHidden(), false);
        QCOMPARE(s.hideAmounts(), false);
        QCOMPARE(s.autoLockMinutes(), AppSettings::kDefaultAutoLockMinutes);
        QVERIFY(!s.restartRequired());
    }

    void persistsAcrossInstances()
    {
        {
            AppSettings s(store());
            s.setTheme(QStringLiteral("dark"));
            s.setLanguage(QStringLiteral("de"));
            s.setStartHidden(true);
            s.setAutoLockMinutes(25);
            QVERIFY(s.restartRequired());
        }
        AppSettings s(store());
        QCOMPARE(s.theme(), QStringLiteral("dark"));
        QCOMPARE(s.language(), QStringLiteral("de"));
        QCOMPARE(s.startupLanguage(), QStringLiteral("de"));
        QVERIFY(!s.restartRequired());
        QCOMPARE(s.startHidden(), true);
        QCOMPARE(s.hideAmounts(), true); // starts hidden
        QCOMPARE(s.autoLockMinutes(), 25);
    }

    void rejectsUnknownValues()
    {
        AppSettings s(store());
        QSignalSpy themeSpy(&s, &AppSettings::themeChanged);
        s.setTheme(QStringLiteral("neon"));
        s.setLanguage(QStringLiteral("xx"));
        QCOMPARE(s.theme(), QStringLiteral("system"));
        QCOMPARE(s.language(), QString());
        QCOMPARE(themeSpy.count(), 0);
    }

    void clampsAutoLock()
    {
        AppSettings s(store());
        s.setAutoLockMinutes(0);
        QCOMPARE(s.autoLockMinutes(), AppSettings::kMinAutoLockMinutes);
        s.setAutoLockMinutes(100000);
        QCOMPARE(s.autoLockMinutes(), AppSettings::kMaxAutoLockMinutes);
    }

    void damagedStoreFallsBackToDefaults()
    {
        {
            auto raw = store();
            raw->setValue(QStringLiteral("appearance/theme"), QStringLiteral("<script>"));
            raw->setValue(QStringLiteral("security/autoLockMinutes"), QStringLiteral("soon"));
            raw->setValue(QStringLiteral("appearance/language"), QStringLiteral("klingon"));
        }
        AppSettings s(store());
        QCOMPARE(s.theme(), QStringLiteral("system"));
        QCOMPARE(s.autoLockMinutes(), AppSettings::kDefaultAutoLockMinutes);
        QCOMPARE(s.language(), QString());
    }

    void hideAmountsIsSessionOnly()
    {
        {
            AppSettings s(store());
            QSignalSpy spy(&s, &AppSettings::hideAmountsChanged);
            s.setHideAmounts(true);
            QCOMPARE(spy.count(), 1);
        }
        AppSettings s(store());
        QCOMPARE(s.hideAmounts(), false);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
