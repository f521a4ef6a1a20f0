// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapp.h"

#include "appsettings.h"

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
    if (locale.language() != QLocale::English
        && translator->load(locale, QStringLiteral("backendshield"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
        app.installTranslator(translator);
        return translator->language().section(u'_', 0, 0);
    }
    delete translator;
    return QStringLiteral("en");
}

void registerQmlTypes(AppSettings* settings)
{
    qmlRegisterSingletonInstance("BackendShield", 1, 0, "AppSettings", settings);
}

} // namespace bs::gui
