// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapp.h"

#include "appsettings.h"
#include "earnings_model.h"
#include "onboarding.h"
#include "provider_model.h"
#include "secretfield.h"
#include "session.h"
#include "task.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QTranslator>

namespace bs::gui {

QString installTranslator(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto* translator = new QTranslator(&app);
    // Source strings are English; any other language comes from :/i18n.
    if (locale.language() != QLocale::English &&
        translator->load(locale, QStringLiteral("backendshield"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        app.installTranslator(translator);
        return translator->language().section(u'_', 0, 0);
    }
    delete translator;
    return QStringLiteral("en");
}

void registerQmlTypes(AppSettings* settings, Session* session, Onboarding* onboarding)
{
    constexpr const char* uri = "BackendShield";
    qmlRegisterSingletonInstance(uri, 1, 0, "AppSettings", settings);
    if (session)
        qmlRegisterSingletonInstance(uri, 1, 0, "Session", session);
    if (onboarding)
        qmlRegisterSingletonInstance(uri, 1, 0, "Onboarding", onboarding);
    qmlRegisterType<SecretField>(uri, 1, 0, "SecretField");
    const QString owned = QStringLiteral("provided by the app's view models");
    qmlRegisterUncreatableType<Task>(uri, 1, 0, "Task", owned);
    qmlRegisterUncreatableType<ProviderModel>(uri, 1, 0, "ProviderModel", owned);
    qmlRegisterUncreatableType<EarningsModel>(uri, 1, 0, "EarningsModel", owned);
}

} // namespace bs::gui
