// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_model.h"
#include "appsettings.h"
#include "guiapp.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
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
    }

    void persistsAcrossInstances()
    {
        {
            AppSettings s(store());
            s.setTheme(QStringLiteral("dark"));
            s.setLanguage(QStringLiteral("de"));
            s.setStartHidden(true);
            s.setAutoLockMinutes(25);
        }
        AppSettings s(store());
        QCOMPARE(s.theme(), QStringLiteral("dark"));
        QCOMPARE(s.language(), QStringLiteral("de"));
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

    void acceptsTheShippedLanguages()
    {
        AppSettings s(store());
        QSignalSpy spy(&s, &AppSettings::languageChanged);
        for (const char* code : {"en", "de", "fr", "es", ""}) {
            s.setLanguage(QLatin1String(code));
            QCOMPARE(s.language(), QLatin1String(code));
        }
        QCOMPARE(spy.count(), 5);
        s.setLanguage(QStringLiteral("it"));
        QCOMPARE(s.language(), QString());
        QCOMPARE(spy.count(), 5);
    }

    // Choosing a language in Settings applies at once: a qsTr() text of a loaded QML item and
    // a C++ view model's text change, and change back.
    void languageAppliesWithoutRestart()
    {
        auto& app = *QCoreApplication::instance();
        AppSettings s(store());
        QQmlEngine engine;
        bs::gui::installTranslator(app, s.language()); // as main.cpp does at start
        bs::gui::followLanguage(app, &s, &engine);

        QQmlComponent component(&engine);
        // The file name gives qsTr() its context, as for qml/pages/SettingsPage.qml.
        component.setData("import QtQuick\n"
                          "Item { Text { objectName: \"heading\"; text: qsTr(\"Settings\") } }",
                          QUrl(QStringLiteral("qrc:/test/SettingsPage.qml")));
        std::unique_ptr<QObject> page(component.create());
        QVERIFY2(page, qPrintable(component.errorString()));
        QObject* heading = page->findChild<QObject*>(QStringLiteral("heading"));
        QVERIFY(heading);
        const auto shown = [heading] { return heading->property("text").toString(); };
        QCOMPARE(shown(), QStringLiteral("Settings"));

        bs::gui::AccountModel account(false, QStringLiteral("USDC"));
        QCOMPARE(account.syncText(), QStringLiteral("Syncing…"));

        s.setLanguage(QStringLiteral("de"));
        QCOMPARE(shown(), QStringLiteral("Einstellungen"));
        QCOMPARE(account.syncText(), QStringLiteral("Wird synchronisiert…"));

        s.setLanguage(QStringLiteral("fr"));
        QCOMPARE(shown(), QStringLiteral("Paramètres"));
        QCOMPARE(account.syncText(), QStringLiteral("Synchronisation…"));

        s.setLanguage(QStringLiteral("es"));
        QCOMPARE(shown(), QStringLiteral("Configuración"));
        QCOMPARE(account.syncText(), QStringLiteral("Sincronizando…"));

        s.setLanguage(QStringLiteral("en"));
        QCOMPARE(shown(), QStringLiteral("Settings"));
        QCOMPARE(account.syncText(), QStringLiteral("Syncing…"));
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

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
