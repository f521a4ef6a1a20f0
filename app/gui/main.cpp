// SPDX-License-Identifier: GPL-3.0-or-later
// BackendShield desktop app: builds the view models on top of the core and
// hands them to the QML views.
#include "appsettings.h"
#include "crypto/process_hardening.h"
#include "guiapp.h"
#include "notifier.h"
#include "onboarding.h"
#include "session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(BackendShieldPlugin)

namespace {

// --screenshot: render the window once it has drawn, save it and quit. Used by
// the GUI smoke test and to look at pages under Xvfb.
void scheduleScreenshot(QQuickWindow* window, const QString& path)
{
    auto* shot = new QObject(window);
    QObject::connect(window, &QQuickWindow::frameSwapped, shot, [window, path, shot] {
        // Let layouts and fonts settle for a moment after the first frame.
        QTimer::singleShot(300, window, [window, path] {
            const QImage image = window->grabWindow();
            const bool saved = !image.isNull() && image.save(path);
            std::fprintf(stderr, "%s: %s\n", saved ? "screenshot saved" : "screenshot FAILED",
                         qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
        delete shot; // once
    });
}

} // namespace

int main(int argc, char* argv[])
{
    // First: no core dump may ever hold a key or a passphrase.
    (void)bs::crypto::hardenProcess();
    // ChartView needs a QApplication (Qt Widgets); with QGuiApplication it crashes on 6.4.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BackendShield"));
    QApplication::setOrganizationDomain(QStringLiteral("backendshield.invalid"));
    QApplication::setApplicationName(QStringLiteral("BackendShield"));
    QApplication::setApplicationDisplayName(QStringLiteral("BackendShield"));
    QApplication::setApplicationVersion(QStringLiteral(BS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.backendshield.BackendShield"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/backendshield.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Private revenue distribution client for eERC."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to <file> and quit."),
        QStringLiteral("file"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate(
            "main",
            "Open on <page>: dashboard, earnings, claim, registration (provider); providers, "
            "servers, cycles (operator); verify, reports (auditor); activity, settings."),
        QStringLiteral("page"));
    const QCommandLineOption profilesOption(
        QStringLiteral("profiles"),
        QCoreApplication::translate("main",
                                    "Keep profiles (encrypted vaults) in <dir> instead of the "
                                    "user's data directory."),
        QStringLiteral("dir"));
    parser.addOption(screenshotOption);
    parser.addOption(pageOption);
    parser.addOption(profilesOption);
    parser.process(app);

    bs::gui::AppSettings settings;
    bs::gui::installTranslator(app, settings.language());
    const QString profiles =
        parser.isSet(profilesOption)
            ? parser.value(profilesOption)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/profiles");
    bs::gui::Session session(profiles, &settings);
    bs::gui::Onboarding onboarding(&session);
    bs::gui::Notifier notifier(&session, &settings);
    bs::gui::registerQmlTypes(&settings, &session, &onboarding);

    QQmlApplicationEngine engine;
    // A language chosen in Settings applies at once: translator, QML bindings, view models.
    bs::gui::followLanguage(app, &settings, &engine);
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/BackendShield/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (parser.isSet(pageOption)) {
        QVariant shown;
        QMetaObject::invokeMethod(window, "showPageByKey", Q_RETURN_ARG(QVariant, shown),
                                  Q_ARG(QVariant, parser.value(pageOption)));
        if (!shown.toBool()) {
            std::fprintf(stderr, "backendshield: unknown page '%s'\n",
                         qPrintable(parser.value(pageOption)));
            return 2;
        }
    }
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));

    return QApplication::exec();
}
