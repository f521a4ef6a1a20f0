// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: the real QML module, with view models backed by a
// throw-away settings file so tests never touch the user's settings.
#include "appsettings.h"
#include "guiapp.h"
#include "onboarding.h"
#include "session.h"

#include <QApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(BackendShieldPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // Where tst_onboarding_view.qml saves its screenshots ("": it saves none).
        engine->rootContext()->setContextProperty(
            QStringLiteral("screenshotDir"), qEnvironmentVariable("BS_QML_SCREENSHOT_DIR"));
        if (!m_settings) {
            m_settings = new bs::gui::AppSettings(std::make_unique<QSettings>(
                m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
            // A session over an empty profile directory: the app's first run.
            m_session =
                new bs::gui::Session(m_dir.filePath(QStringLiteral("profiles")), m_settings);
            m_onboarding = new bs::gui::Onboarding(m_session);
            bs::gui::registerQmlTypes(m_settings, m_session, m_onboarding);
        }
    }

private:
    QTemporaryDir m_dir;
    bs::gui::AppSettings* m_settings = nullptr; // lives until exit, like the app's
    bs::gui::Session* m_session = nullptr;
    bs::gui::Onboarding* m_onboarding = nullptr;
};

int main(int argc, char** argv)
{
    // Charts (used by later pages) need QApplication, as in the app.
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "tst_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
