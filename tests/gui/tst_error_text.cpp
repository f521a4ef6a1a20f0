// SPDX-License-Identifier: GPL-3.0-or-later
// A core error in the user's language: its template translated in its context, arguments
// filled after translation (so a translation may reorder them), nested errors translated too,
// and an error without a code shown as it is.
#include "error_text.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

namespace {

constexpr bs::Text kMissing = BS_TR("test", "the file %1 is missing (%2 bytes expected)");
constexpr bs::Text kNotWritten = BS_TR("test", "the backup was not written: %1");

// A translator that knows two sentences of context "test".
class TestTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "test") != 0)
            return {};
        if (qstrcmp(source, kMissing.source) == 0)
            return QStringLiteral("%2 Bytes erwartet, aber die Datei %1 fehlt");
        if (qstrcmp(source, kNotWritten.source) == 0)
            return QStringLiteral("Die Sicherung wurde nicht geschrieben: %1");
        return {};
    }
};

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void untranslatedIsTheEnglishSentence()
    {
        const bs::Error e = bs::fail(kMissing, "a.db", 10);
        QCOMPARE(bs::gui::errorText(e),
                 QStringLiteral("the file a.db is missing (10 bytes expected)"));
        QCOMPARE(bs::gui::errorText(bs::fail(std::string("plain"))), QStringLiteral("plain"));
    }

    void translatedWithReorderedAndNestedArguments()
    {
        TestTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const bs::Error inner = bs::fail(kMissing, "a %1.db", 10);
        QCOMPARE(bs::gui::errorText(inner),
                 QStringLiteral("10 Bytes erwartet, aber die Datei a %1.db fehlt"));
        QCOMPARE(bs::gui::errorText(bs::fail(kNotWritten, inner)),
                 QStringLiteral("Die Sicherung wurde nicht geschrieben: 10 Bytes erwartet, "
                                "aber die Datei a %1.db fehlt"));
        // Non-ASCII arguments survive the round trip.
        QCOMPARE(bs::gui::errorText(bs::fail(kNotWritten, "Größe € ✓")),
                 QStringLiteral("Die Sicherung wurde nicht geschrieben: Größe € ✓"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(bs::gui::errorText(bs::fail(kNotWritten, "x")),
                 QStringLiteral("the backup was not written: x"));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_error_text.moc"
