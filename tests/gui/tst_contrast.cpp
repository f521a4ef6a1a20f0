// SPDX-License-Identifier: GPL-3.0-or-later
// The contrast of the theme's colours, light and dark, as WCAG 2.1 computes it (relative
// luminance of sRGB, (L1 + 0.05) / (L2 + 0.05)): every colour text is drawn in against every
// surface it is drawn on, at least 4.5:1 (normal text); the primary button's text in each of
// its states; the focus ring against every surface, at least 3:1 (non-text, 1.4.11). The colours
// are read from qml/Theme.qml itself (the QML singleton of the app's module).
#include <QColor>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cmath>

Q_IMPORT_QML_PLUGIN(BackendShieldPlugin)

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
           0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour QML's Qt.lighter / Qt.darker make (the same QColor functions).
QColor lighter(const QColor& c, double factor)
{
    return c.lighter(qRound(factor * 100));
}

QColor darker(const QColor& c, double factor)
{
    return c.darker(qRound(factor * 100));
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport BackendShield\n"
                          "QtObject { property QtObject theme: Theme }",
                          QUrl(QStringLiteral("qrc:/tst_contrast.qml")));
        m_holder.reset(component.create());
        QVERIFY2(m_holder, qPrintable(component.errorString()));
        m_theme = m_holder->property("theme").value<QObject*>();
        QVERIFY(m_theme);
    }

    void theme_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void theme()
    {
        QFETCH(bool, dark);
        QVERIFY(m_theme->setProperty("dark", dark));
        const auto colour = [this](const char* name) {
            const QVariant v = m_theme->property(name);
            if (!v.isValid())
                qWarning("Theme has no colour %s", name);
            return v.value<QColor>();
        };
        QStringList failures;
        int pairs = 0;
        const auto need = [&](const QString& what, const QColor& fg, const QColor& bg,
                              double minimum) {
            QVERIFY2(fg.isValid() && bg.isValid(), qPrintable(what));
            ++pairs;
            const double ratio = contrast(fg, bg);
            if (ratio + 1e-9 < minimum)
                failures << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                                .arg(what, fg.name(), bg.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(minimum);
        };

        // Every surface text sits on: the window, cards and fields, alternate rows and
        // badges, the navigation rail, the current navigation entry and selections.
        const char* surfaces[] = {"window", "surface", "surfaceAlt", "rail", "accentSoft"};
        // Body text, secondary text, links and the current page's label, status texts.
        const char* texts[] = {"text", "textMuted", "accent", "verified", "attention", "failure"};
        for (const char* fg : texts) {
            for (const char* bg : surfaces)
                need(QStringLiteral("%1 text on %2").arg(QLatin1String(fg), QLatin1String(bg)),
                     colour(fg), colour(bg), 4.5);
        }
        // The primary button's label (and a selection's text), at rest, hovered and pressed
        // as PrimaryButton.qml draws them.
        const QColor accent = colour("accent");
        need(QStringLiteral("accentText on accent"), colour("accentText"), accent, 4.5);
        need(QStringLiteral("accentText on hovered accent"), colour("accentText"),
             lighter(accent, 1.08), 4.5);
        need(QStringLiteral("accentText on pressed accent"), colour("accentText"),
             darker(accent, 1.15), 4.5);
        // The keyboard focus ring against everything it is drawn on or next to.
        for (const char* bg : surfaces)
            need(QStringLiteral("focusRing on %1").arg(QLatin1String(bg)), colour("focusRing"),
                 colour(bg), 3.0);
        // Status marks (dots, step circles) as non-text information on cards.
        for (const char* fg : {"verified", "attention", "failure", "accent"})
            need(QStringLiteral("%1 mark on surface").arg(QLatin1String(fg)), colour(fg),
                 colour("surface"), 3.0);
        QVERIFY(pairs > 40);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // The formula itself, against WCAG's own reference points.
    void formula()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrast(QColor("#777777"), Qt::white) < 4.5, true); // 4.48:1, famously
        QCOMPARE(qRound(contrast(QColor("#767676"), Qt::white) * 100), 454);
    }

    void cleanupTestCase()
    {
        if (m_theme)
            m_theme->setProperty("dark", false);
        m_holder.reset();
    }

private:
    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_holder;
    QObject* m_theme = nullptr;
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
