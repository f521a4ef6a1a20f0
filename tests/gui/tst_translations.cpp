// SPDX-License-Identifier: GPL-3.0-or-later
// The translations (German, French, Spanish) are built, embedded and picked by language code,
// and a switch at run time re-words the C++ view models (LanguageChange) without a restart.
#include "account_model.h"
#include "guiapp.h"
#include "steps_model.h"
#include "task.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

namespace {

QString settingsHeading()
{
    return QCoreApplication::translate("SettingsPage", "Settings");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        bs::gui::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void germanIsEmbeddedAndUsed()
    {
        const QString installed =
            bs::gui::installTranslator(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(installed, QStringLiteral("de"));
        QCOMPARE(settingsHeading(), QStringLiteral("Einstellungen"));
    }

    void frenchAndSpanishAreEmbeddedAndUsed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("settings");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Paramètres");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Configuración");
    }

    void frenchAndSpanishAreEmbeddedAndUsed()
    {
        QFETCH(QString, language);
        QFETCH(QString, settings);
        QCOMPARE(bs::gui::installTranslator(*QCoreApplication::instance(), language), language);
        QCOMPARE(settingsHeading(), settings);
    }

    void englishNeedsNoTranslator()
    {
        bs::gui::installTranslator(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(bs::gui::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        // The German translator was removed, not left behind.
        QCOMPARE(settingsHeading(), QStringLiteral("Settings"));
    }

    void switchingReplacesTheTranslator()
    {
        auto& app = *QCoreApplication::instance();
        bs::gui::installTranslator(app, QStringLiteral("de"));
        bs::gui::installTranslator(app, QStringLiteral("fr"));
        QCOMPARE(settingsHeading(), QStringLiteral("Paramètres"));
        bs::gui::installTranslator(app, QStringLiteral("es"));
        QCOMPARE(settingsHeading(), QStringLiteral("Configuración"));
    }

    // A property worded by a getter: its NOTIFY signal fires after a switch.
    void accountModelRewords()
    {
        auto& app = *QCoreApplication::instance();
        bs::gui::AccountModel account(false, QStringLiteral("USDC"));
        QCOMPARE(account.syncText(), QStringLiteral("Syncing…"));
        QSignalSpy changed(&account, &bs::gui::AccountModel::changed);
        bs::gui::installTranslator(app, QStringLiteral("de"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(account.syncText(), QStringLiteral("Wird synchronisiert…"));
        bs::gui::installTranslator(app, QStringLiteral("fr"));
        QCOMPARE(account.syncText(), QStringLiteral("Synchronisation…"));
        bs::gui::installTranslator(app, QStringLiteral("en"));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(account.syncText(), QStringLiteral("Syncing…"));
    }

    // A core error (a code with its arguments) shown by a task follows the switch too.
    void taskErrorRewords()
    {
        auto& app = *QCoreApplication::instance();
        bs::gui::Task task;
        QSignalSpy finished(&task, &bs::gui::Task::finished);
        task.start(QStringLiteral("Reading"),
                   [](const bs::gui::TaskContext&) -> bs::Result<bs::gui::Task::Apply> {
                       return bs::fail(BS_TR("chain", "cannot reach %1 (%2)"), "http://127.0.0.1:9",
                                       "Connection refused");
                   });
        QVERIFY(finished.wait(5000));
        const QString english =
            QStringLiteral("cannot reach http://127.0.0.1:9 (Connection refused)");
        QCOMPARE(task.error(), english);
        QSignalSpy errorChanged(&task, &bs::gui::Task::errorChanged);
        bs::gui::installTranslator(app, QStringLiteral("de"));
        QCOMPARE(errorChanged.count(), 1);
        QCOMPARE(task.error(),
                 QStringLiteral("http://127.0.0.1:9 ist nicht erreichbar (Connection refused)"));
        bs::gui::installTranslator(app, QStringLiteral("en"));
        QCOMPARE(task.error(), english);
    }

    // Rows worded once (tr() results kept in the model) are worded again, and the views told.
    void stepsModelRewordsItsRows()
    {
        auto& app = *QCoreApplication::instance();
        bs::gui::StepsModel steps([] {
            return QStringList{QCoreApplication::translate("bs::gui::RegistrationModel",
                                                           "Key registered on chain"),
                               QStringLiteral("data")};
        });
        const auto label = [&steps] {
            return steps.data(steps.index(0), bs::gui::StepsModel::LabelRole).toString();
        };
        QCOMPARE(label(), QStringLiteral("Key registered on chain"));
        QSignalSpy dataChanged(&steps, &QAbstractItemModel::dataChanged);
        bs::gui::installTranslator(app, QStringLiteral("es"));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(label(), QStringLiteral("Clave registrada en la cadena"));
        bs::gui::installTranslator(app, QStringLiteral("de"));
        QCOMPARE(label(), QStringLiteral("Schlüssel auf der Chain registriert"));
        bs::gui::installTranslator(app, QStringLiteral("en"));
        QCOMPARE(label(), QStringLiteral("Key registered on chain"));
        QCOMPARE(steps.data(steps.index(1), bs::gui::StepsModel::LabelRole).toString(),
                 QStringLiteral("data"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
