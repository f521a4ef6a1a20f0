// SPDX-License-Identifier: GPL-3.0-or-later
// Driving the real window in the GUI end-to-end tests: find an item by its objectName, click
// it with the mouse, wait for a Task, run a devnet script with node and read its JSON line.
#pragma once

#include "appsettings.h"
#include "guiapp.h"
#include "onboarding.h"
#include "session.h"
#include "task.h"
#include "vault/kdf.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

namespace bs::test {

// The app as main.cpp makes it, over a throw-away directory: settings, session (profiles in
// <dir>/profiles), onboarding, and Main.qml in a window.
struct AppUnderTest
{
    QTemporaryDir dir;
    std::unique_ptr<gui::AppSettings> settings;
    std::unique_ptr<gui::Session> session;
    std::unique_ptr<gui::Onboarding> onboarding;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow* window = nullptr;

    // The window shown; false when anything failed. The vault KDF is kept quick.
    bool start()
    {
        if (!dir.isValid())
            return false;
        vault::testing::allowWeakKdf(true);
        settings = std::make_unique<gui::AppSettings>(std::make_unique<QSettings>(
            dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        session = std::make_unique<gui::Session>(dir.filePath(QStringLiteral("profiles")),
                                                 settings.get());
        onboarding = std::make_unique<gui::Onboarding>(session.get());
        gui::registerQmlTypes(settings.get(), session.get(), onboarding.get());
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->load(QUrl(QStringLiteral("qrc:/BackendShield/Main.qml")));
        if (engine->rootObjects().isEmpty())
            return false;
        window = qobject_cast<QQuickWindow*>(engine->rootObjects().constFirst());
        return window && QTest::qWaitForWindowExposed(window);
    }
    // The window first, the view models after.
    void stop()
    {
        engine.reset();
        onboarding.reset();
        session.reset();
    }
};

// Waits for a task to finish; warns with its error.
inline bool finish(gui::Task* task, int seconds = 300)
{
    if (task->running()) {
        QSignalSpy done(task, &gui::Task::finished);
        if (!done.wait(seconds * 1000))
            qWarning("task still running: %s", qPrintable(task->stage()));
    }
    if (!task->succeeded())
        qWarning("task failed: %s", qPrintable(task->error()));
    return !task->running() && task->succeeded();
}

// Runs a script with node and returns the JSON line it prints (empty on failure).
inline QJsonObject node(const QString& script, const QStringList& args)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("BS_NODE", QStringLiteral("node")));
    process.setArguments(QStringList{script} + args);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start();
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
}

// Items made by a Loader or shown in a popup are visual children, not always QObject
// children: walk both.
inline QObject* findItem(QQuickItem* root, const QString& name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem* child : root->childItems()) {
        if (QObject* found = findItem(child, name))
            return found;
    }
    return root->findChild<QObject*>(name);
}

// An item of the window (its content and its popups) by objectName.
inline QObject* item(QQuickWindow* window, const QString& name)
{
    QTest::qWait(50); // let bindings and loaders settle
    QObject* found = findItem(window->contentItem(), name);
    if (!found)
        qWarning("no item named %s", qPrintable(name));
    return found;
}

// The first visible item named `name` in the visual tree under `root`.
inline QQuickItem* findVisibleItem(QQuickItem* root, const QString& name)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem* child : root->childItems()) {
        if (QQuickItem* found = findVisibleItem(child, name))
            return found;
    }
    return nullptr;
}

// A real mouse click in the middle of `button` when it is visible and enabled.
inline bool clickItem(QQuickWindow* window, QQuickItem* button, const QString& name)
{
    if (!button || !button->isVisible() || !button->property("enabled").toBool()) {
        qWarning("%s is missing, hidden or disabled", qPrintable(name));
        return false;
    }
    const QPointF centre = button->mapToScene(QPointF(button->width() / 2, button->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

// A real mouse click in the middle of a visible, enabled item.
inline bool click(QQuickWindow* window, const QString& name)
{
    return clickItem(window, qobject_cast<QQuickItem*>(item(window, name)), name);
}

// A click on `name` inside the item or popup named `scope`, for a view that is on a page and
// in a dialog at once (the page's copy may be visible behind the dialog).
inline bool clickIn(QQuickWindow* window, const QString& scope, const QString& name)
{
    QObject* outer = item(window, scope);
    auto* root = qobject_cast<QQuickItem*>(outer);
    if (!root && outer) // a Popup is no item: its content is
        root = outer->property("contentItem").value<QQuickItem*>();
    QTest::qWait(50);
    return clickItem(window, findVisibleItem(root, name), scope + u'/' + name);
}

// Opens page `key` as the app's --page option does; false when the window has no such page.
inline bool showPage(QQuickWindow* window, const QString& key)
{
    QVariant shown;
    QMetaObject::invokeMethod(window, "showPageByKey", Q_RETURN_ARG(QVariant, shown),
                              Q_ARG(QVariant, key));
    return shown.toBool();
}

#ifdef BS_SCREENSHOT_DIR
// Opens `page` (unless empty), lets layouts, fonts and charts settle, and saves the window as
// <build>/screenshots/<name>.png.
inline bool screenshot(QQuickWindow* window, const QString& page, const QString& name)
{
    if (!page.isEmpty() && !showPage(window, page))
        return false;
    QTest::qWait(500);
    const QString dir = QStringLiteral(BS_SCREENSHOT_DIR);
    return QDir().mkpath(dir) &&
           window->grabWindow().save(dir + u'/' + name + QStringLiteral(".png"));
}

// Each of `pages`, light and dark, at 1280x800 and 1024x700:
// <prefix>-<page>-<theme>-<width>x<height>.png. The theme and a 1280x800 window are restored.
inline bool screenshotPages(QQuickWindow* window,
                            gui::AppSettings* settings,
                            const QString& prefix,
                            const QStringList& pages)
{
    const QString before = settings->theme();
    bool ok = true;
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        window->resize(size);
        for (const QString theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            settings->setTheme(theme);
            for (const QString& page : pages)
                ok = screenshot(window, page,
                                QStringLiteral("%1-%2-%3-%4x%5")
                                    .arg(prefix, page, theme)
                                    .arg(size.width())
                                    .arg(size.height())) &&
                     ok;
        }
    }
    settings->setTheme(before);
    window->resize(1280, 800);
    return ok;
}
#endif

} // namespace bs::test
