// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is built, embedded and picked by language code.
#include "guiapp.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsEmbeddedAndUsed()
    {
        const QString installed = bs::gui::installTranslator(*QCoreApplication::instance(),
                                                             QStringLiteral("de"));
        QCOMPARE(installed, QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("Main", "Provider"), QStringLiteral("Anbieter"));
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Settings"),
                 QStringLiteral("Einstellungen"));
    }

    void englishNeedsNoTranslator()
    {
        QCOMPARE(bs::gui::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
