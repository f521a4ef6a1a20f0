// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapp.h"

#include "account_model.h"
#include "activity_model.h"
#include "appsettings.h"
#include "auditor_pages.h"
#include "claim_model.h"
#include "clipboard.h"
#include "earnings_model.h"
#include "onboarding.h"
#include "operator_pages.h"
#include "operator_token_view.h"
#include "provider_pages.h"
#include "registration_model.h"
#include "restore_model.h"
#include "secretfield.h"
#include "session.h"
#include "steps_model.h"
#include "task.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

namespace bs::gui {

LanguageChange* LanguageChange::instance()
{
    static LanguageChange notifier;
    return &notifier;
}

QMetaObject::Connection LanguageChange::followRows(QAbstractItemModel* model)
{
    return follow(model, [model] {
        const int rows = model->rowCount();
        const int columns = model->columnCount();
        if (rows > 0 && columns > 0)
            emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
    });
}

QString installTranslator(QCoreApplication& app, const QString& language)
{
    // The one translator this function installed last; replaced, never stacked.
    static QPointer<QTranslator> installed;
    if (installed) {
        app.removeTranslator(installed);
        delete installed;
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto* translator = new QTranslator(&app);
    QString result = QStringLiteral("en");
    // Source strings are English; any other language comes from :/i18n.
    if (locale.language() != QLocale::English &&
        translator->load(locale, QStringLiteral("backendshield"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        app.installTranslator(translator);
        installed = translator;
        result = translator->language().section(u'_', 0, 0);
    } else {
        delete translator;
    }
    emit LanguageChange::instance()->changed();
    return result;
}

void followLanguage(QCoreApplication& app, AppSettings* settings, QQmlEngine* engine)
{
    if (engine)
        LanguageChange::follow(engine, &QQmlEngine::retranslate);
    QObject::connect(settings, &AppSettings::languageChanged, &app,
                     [&app, settings] { installTranslator(app, settings->language()); });
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
    qmlRegisterSingletonInstance(uri, 1, 0, "Clipboard", new Clipboard(settings));
    qmlRegisterUncreatableType<ProviderPages>(uri, 1, 0, "ProviderPages", owned);
    qmlRegisterUncreatableType<AccountModel>(uri, 1, 0, "AccountModel", owned);
    qmlRegisterUncreatableType<EarningsModel>(uri, 1, 0, "EarningsModel", owned);
    qmlRegisterUncreatableType<RegistrationModel>(uri, 1, 0, "RegistrationModel", owned);
    qmlRegisterUncreatableType<ClaimModel>(uri, 1, 0, "ClaimModel", owned);
    qmlRegisterUncreatableType<StatementModel>(uri, 1, 0, "StatementModel", owned);
    qmlRegisterUncreatableType<PreflightModel>(uri, 1, 0, "PreflightModel", owned);
    qmlRegisterUncreatableType<FailedClaimsModel>(uri, 1, 0, "FailedClaimsModel", owned);
    qmlRegisterUncreatableType<StepsModel>(uri, 1, 0, "StepsModel", owned);
    qmlRegisterUncreatableType<ActivityModel>(uri, 1, 0, "ActivityModel", owned);
    qmlRegisterUncreatableType<RestoreModel>(uri, 1, 0, "RestoreModel", owned);
    qmlRegisterUncreatableType<OperatorPages>(uri, 1, 0, "OperatorPages", owned);
    qmlRegisterUncreatableType<ProvidersModel>(uri, 1, 0, "ProvidersModel", owned);
    qmlRegisterUncreatableType<ProviderDetailModel>(uri, 1, 0, "ProviderDetailModel", owned);
    qmlRegisterUncreatableType<UsageServersModel>(uri, 1, 0, "UsageServersModel", owned);
    qmlRegisterUncreatableType<CyclesModel>(uri, 1, 0, "CyclesModel", owned);
    qmlRegisterUncreatableType<CycleDetailModel>(uri, 1, 0, "CycleDetailModel", owned);
    qmlRegisterUncreatableType<NewCycleModel>(uri, 1, 0, "NewCycleModel", owned);
    qmlRegisterUncreatableType<AllocationsModel>(uri, 1, 0, "AllocationsModel", owned);
    qmlRegisterUncreatableType<AuditorPages>(uri, 1, 0, "AuditorPages", owned);
    qmlRegisterUncreatableType<AuditRunModel>(uri, 1, 0, "AuditRunModel", owned);
    qmlRegisterUncreatableType<AuditCycleRows>(uri, 1, 0, "AuditCycleRows", owned);
    qmlRegisterUncreatableType<AuditFindingRows>(uri, 1, 0, "AuditFindingRows", owned);
    qmlRegisterUncreatableType<AuditPayoutRows>(uri, 1, 0, "AuditPayoutRows", owned);
    qmlRegisterUncreatableType<ReportListModel>(uri, 1, 0, "ReportListModel", owned);
    qmlRegisterType<TokenView>(uri, 1, 0, "TokenView");
}

} // namespace bs::gui
