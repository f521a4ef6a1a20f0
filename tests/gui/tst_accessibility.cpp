// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility of the real window (Main.qml with the real view models, offscreen platform),
// offline: three vaults on a chain nobody serves (port 9 on loopback), one per role. For the
// unlock view, every onboarding step and every page of the provider, the auditor and the
// operator (at 1024x700: in English with the text at 100 % and 150 %, the worst case the app
// supports, and in German, French and Spanish at 100 %, whose sentences are longer):
//  - every visible, enabled interactive item (buttons, fields, combo boxes, check boxes,
//    switches, sliders, spin boxes, anything with activeFocusOnTab) has an accessible name,
//    read through the accessibility interface a screen reader gets;
//  - the Tab key (real key presses) reaches every one of them, and never stays stuck in one;
//  - each of them looks different when it has keyboard focus (the window grabbed with the
//    item unfocused and focused by Tab, its area compared pixel by pixel);
//  - no visible text is cut off or spills out of its box, of its clipping container or of the
//    window (implicit/laid-out text size against the item's size; elided text is allowed).
// Each view is saved as
// <build>/screenshots/accessibility/<view>-<scale>[-<language>]-<theme>-1024x700.png.
#include "gui_driver.h"
#include "guiapp.h"
#include "provider_fixtures.h"
#include "secretfield.h"

#include <QAccessible>
#include <QDir>
#include <QImage>
#include <QQmlContext>
#include <QQmlComponent>
#include <QSet>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(BackendShieldPlugin)

using namespace bs::gui;

namespace {

// The windows each view is checked in: the text size and the language.
struct Pass
{
    qreal scale;
    const char* language;
};
constexpr Pass kPasses[] = {{1.0, "en"}, {1.5, "en"}, {1.0, "de"}, {1.0, "fr"}, {1.0, "es"}};

// The keyboard checks do not depend on the text size or the language: once, in the first.
bool keyboardPass(const Pass& pass)
{
    return &pass == &kPasses[0];
}

} // namespace

namespace {

const char kPassphrase[] = "plum kettle orbit 42 lantern";

// The class of an item without QML's suffix: "PrimaryButton", "QQuickTextField".
QString typeName(const QObject* o)
{
    QString name = QString::fromLatin1(o->metaObject()->className());
    const int suffix = name.indexOf(QLatin1String("_QML"));
    if (suffix > 0)
        name.truncate(suffix);
    return name;
}

bool isInside(const QQuickItem* item, const char* cls)
{
    for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits(cls))
            return true;
    }
    return false;
}

bool effectivelyShown(const QQuickItem* item)
{
    if (!item->isVisible() || item->width() <= 0 || item->height() <= 0)
        return false;
    for (const QQuickItem* p = item; p; p = p->parentItem()) {
        if (p->opacity() <= 0.01)
            return false;
    }
    return true;
}

// Something the user works with: clicks, types into, toggles, or reaches with Tab.
bool isInteractive(const QQuickItem* item)
{
    if (!effectivelyShown(item) || !item->isEnabled())
        return false;
    // The editor inside a combo box or spin box: the control itself is what counts.
    if (isInside(item, "QQuickComboBox") || isInside(item, "QQuickSpinBox"))
        return false;
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return !item->property("readOnly").toBool() || item->activeFocusOnTab();
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox") ||
           item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox") ||
           item->activeFocusOnTab();
}

void collect(QQuickItem* root, const std::function<void(QQuickItem*)>& visit)
{
    if (!root || !root->isVisible())
        return;
    visit(root);
    for (QQuickItem* child : root->childItems())
        collect(child, visit);
}

QString accessibleName(QQuickItem* item)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// "VerifyPage > PrimaryButton 'verifyRun' “Verify”": where it is and what it says.
QString describe(QQuickItem* item)
{
    QString where;
    for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->objectName().isEmpty()) {
            where = p->objectName();
            break;
        }
    }
    QString text = item->property("text").toString();
    if (text.isEmpty())
        text = item->property("placeholderText").toString();
    if (text.size() > 50)
        text = text.left(47) + QStringLiteral("...");
    return QStringLiteral("%1%2 '%3' \u201c%4\u201d at (%5,%6)")
        .arg(where.isEmpty() ? QString() : where + QStringLiteral(" > "), typeName(item),
             item->objectName(), text)
        .arg(qRound(item->mapToScene(QPointF()).x()))
        .arg(qRound(item->mapToScene(QPointF()).y()));
}

// The region of `rect` (in item coordinates) that `container` lets be seen: a Flickable's
// whole content (the rest can be scrolled to), any other clipping item's bounds.
QRectF allowedRegion(QQuickItem* container)
{
    if (container->inherits("QQuickFlickable")) {
        const qreal w = std::max(container->property("contentWidth").toReal(), container->width());
        const qreal h =
            std::max(container->property("contentHeight").toReal(), container->height());
        return QRectF(container->property("originX").toReal(),
                      container->property("originY").toReal(), w, h);
    }
    return QRectF(0, 0, container->width(), container->height());
}

QQuickItem* flickableContent(QQuickItem* flickable)
{
    return flickable->property("contentItem").value<QQuickItem*>();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unlockView();
    void onboardingSteps();
    void providerPages();
    void auditorPages();
    void operatorPages();
    void cleanupTestCase();

private:
    // Runs every check on the view `name` (the window's content as it is now, `root` the part
    // that is the view's own) and records what fails.
    // `keyboard`: the names, Tab and focus checks too (done at 100 %; they do not depend on
    // the text size); the clipped-text check and the screenshots always.
    void checkView(const QString& name, QQuickItem* root, bool keyboard);
    // Main.qml in a new engine (the view models stay) with the text at the pass's scale and in
    // its language, as the app starts with them: Theme.fontScale is set and the translator
    // installed before the window exists.
    void loadWindow(const Pass& pass);
    QStringList names(const QString& view, const QList<QQuickItem*>& items);
    QStringList tabChain(const QString& view, const QList<QQuickItem*>& items,
                         QList<QQuickItem*>* reached);
    QStringList focusVisible(const QString& view, const QList<QQuickItem*>& items);
    QStringList clippedText(const QString& view, QQuickItem* root);
    void setTheme(const QString& theme);
    void saveScreenshot(const QString& name);
    void ensureVisible(QQuickItem* item);
    bool unlockRole(const QString& file);
    void walkPages(const QString& role, const QStringList& keys);
    void onboardingPass(bool keyboard);
    QImage grab();
    // Lists every problem found, then fails when there was any.
    void report();

    bs::test::AppUnderTest m_app;
    QQuickWindow* m_window = nullptr;
    QQuickItem* m_sink = nullptr; // takes the focus away from everything else
    QStringList m_failures;
    QString m_shots;
    qreal m_scale = 1.0;
    QString m_language = QStringLiteral("en");
};

void TestAccessibility::initTestCase()
{
    // What a screen reader asks for: without it the controls do not fill in their names.
    QAccessible::setActive(true);
    bs::vault::testing::allowWeakKdf(true);
    QVERIFY(m_app.dir.isValid());
    const QString profiles = m_app.dir.filePath(QStringLiteral("profiles"));
    QVERIFY(QDir().mkpath(profiles));
    const std::pair<const char*, bs::vault::Role> roles[] = {
        {"provider", bs::vault::Role::Provider},
        {"auditor", bs::vault::Role::Auditor},
        {"operator", bs::vault::Role::Operator}};
    for (const auto& [name, role] : roles) {
        bs::vault::Profile profile = bs::test::offlineProfile(QString::fromLatin1(name));
        profile.role = role;
        if (role == bs::vault::Role::Operator)
            profile.network->operatorUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        bs::vault::InitialKeys keys;
        keys.walletKey = bs::crypto::EcdsaPrivateKey::generate();
        auto created = bs::vault::Vault::create(
            profiles + u'/' + QString::fromLatin1(name) + QStringLiteral(".vault"), profile,
            bs::test::text(kPassphrase), keys, bs::vault::KdfParams::minimum());
        QVERIFY2(created, created ? "" : created.error().message.c_str());
    }
    QVERIFY(m_app.start());
    m_window = m_app.window;
    m_window->resize(1024, 700);
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_shots = QStringLiteral(BS_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_shots));
    QCOMPARE(m_app.session->state(), QStringLiteral("locked"));
}

void TestAccessibility::cleanupTestCase()
{
    if (m_app.session && m_app.session->state() == QLatin1String("unlocked"))
        m_app.session->lockNow();
    m_app.stop();
    bs::vault::testing::allowWeakKdf(false);
}

void TestAccessibility::report()
{
    for (const QString& failure : std::as_const(m_failures))
        qWarning().noquote() << failure;
    QVERIFY2(m_failures.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, listed above").arg(m_failures.size())));
}

QImage TestAccessibility::grab()
{
    return m_window->grabWindow();
}

void TestAccessibility::loadWindow(const Pass& pass)
{
    const qreal scale = pass.scale;
    m_language = QString::fromLatin1(pass.language);
    QCOMPARE(installTranslator(*QCoreApplication::instance(), m_language), m_language);
    // One engine for the whole test (the app's singletons belong to it): the old window goes,
    // the Theme singleton is set to the new scale, Main.qml is loaded again.
    if (m_window) {
        delete m_window;
        m_window = nullptr;
        m_sink = nullptr;
        QTest::qWait(50);
    }
    QQmlComponent scaler(m_app.engine.get());
    scaler.setData(QStringLiteral("import QtQml\nimport BackendShield\n"
                                  "QtObject { Component.onCompleted: Theme.fontScale = %1 }")
                       .arg(scale)
                       .toUtf8(),
                   QUrl(QStringLiteral("qrc:/a11y_scale.qml")));
    std::unique_ptr<QObject> scaled(scaler.create());
    QVERIFY2(scaled, qPrintable(scaler.errorString()));
    m_app.engine->load(QUrl(QStringLiteral("qrc:/BackendShield/Main.qml")));
    QVERIFY(!m_app.engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow*>(m_app.engine->rootObjects().constLast());
    QVERIFY(m_window);
    m_app.window = m_window;
    m_window->resize(1024, 700);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_sink = new QQuickItem(m_window->contentItem());
    m_sink->setObjectName(QStringLiteral("a11ySink"));
    m_scale = scale;
    QTest::qWait(300);
}

void TestAccessibility::setTheme(const QString& theme)
{
    m_app.settings->setTheme(theme);
    QTest::qWait(100);
}

void TestAccessibility::saveScreenshot(const QString& name)
{
    QTest::qWait(200);
    QVERIFY(grab().save(m_shots + u'/' + name + QStringLiteral(".png")));
}

// Scrolls every Flickable around `item` so that the item is in view.
void TestAccessibility::ensureVisible(QQuickItem* item)
{
    for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        QQuickItem* content = flickableContent(p);
        if (!content)
            continue;
        const QRectF r = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const qreal y = p->property("contentY").toReal();
        const qreal maxY = std::max(
            0.0, p->property("contentHeight").toReal() - p->height() +
                     p->property("originY").toReal());
        if (r.top() < y || r.bottom() > y + p->height())
            p->setProperty("contentY", std::clamp(r.top() - 16, 0.0, maxY));
    }
}

QStringList TestAccessibility::names(const QString& view, const QList<QQuickItem*>& items)
{
    QStringList failures;
    for (QQuickItem* item : items) {
        if (accessibleName(item).isEmpty())
            failures << view + QStringLiteral(": no accessible name: ") + describe(item);
    }
    return failures;
}

QStringList TestAccessibility::tabChain(const QString& view,
                                        const QList<QQuickItem*>& items,
                                        QList<QQuickItem*>* reached)
{
    QStringList failures;
    m_sink->forceActiveFocus(Qt::OtherFocusReason);
    QList<QQuickItem*> seen;
    QQuickItem* first = nullptr;
    for (int press = 0; press < 600; ++press) {
        QQuickItem* before = m_window->activeFocusItem();
        QTest::keyClick(m_window, Qt::Key_Tab);
        QQuickItem* now = m_window->activeFocusItem();
        if (!now)
            break;
        if (now == before) {
            failures << view + QStringLiteral(": Tab does not leave ") + describe(now);
            QQuickItem* next = now->nextItemInFocusChain(true);
            if (!next || next == now)
                break;
            next->forceActiveFocus(Qt::TabFocusReason);
            now = next;
        }
        if (now == first)
            break; // round the whole chain
        if (!first && now != m_sink)
            first = now;
        if (seen.contains(now))
            break;
        seen << now;
    }
    for (QQuickItem* item : items) {
        const bool got = std::any_of(seen.cbegin(), seen.cend(), [item](QQuickItem* f) {
            return f == item || item->isAncestorOf(f);
        });
        if (got)
            reached->append(item);
        else
            failures << view + QStringLiteral(": Tab never reaches ") + describe(item);
    }
    return failures;
}

QStringList TestAccessibility::focusVisible(const QString& view, const QList<QQuickItem*>& items)
{
    QStringList failures;
    const QRect window(QPoint(0, 0), m_window->size());
    for (QQuickItem* item : items) {
        ensureVisible(item);
        m_sink->forceActiveFocus(Qt::OtherFocusReason);
        QTest::qWait(30);
        const QImage unfocused = grab();
        item->forceActiveFocus(Qt::TabFocusReason);
        QTest::qWait(30);
        const QImage focused = grab();
        // Something hid it meanwhile (a task that ended took its Cancel button along).
        if (!effectivelyShown(item))
            continue;
        const qreal dpr = focused.devicePixelRatio();
        const QRectF sceneRect =
            item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).adjusted(-4, -4, 4, 4);
        const QRect area = sceneRect.toAlignedRect().intersected(window);
        if (area.isEmpty()) {
            failures << view + QStringLiteral(": off screen when focused: ") + describe(item);
            continue;
        }
        int changed = 0;
        for (int y = qRound(area.top() * dpr); y < qRound((area.bottom() + 1) * dpr); ++y) {
            for (int x = qRound(area.left() * dpr); x < qRound((area.right() + 1) * dpr); ++x) {
                const QRgb a = unfocused.pixel(x, y);
                const QRgb b = focused.pixel(x, y);
                if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                        std::abs(qBlue(a) - qBlue(b)) >
                    60)
                    ++changed;
            }
        }
        // A focus ring or frame changes far more than a few pixels.
        if (changed < 12)
            failures << view + QStringLiteral(": no visible keyboard focus (%1 px change): ")
                                   .arg(changed) +
                            describe(item);
    }
    m_sink->forceActiveFocus(Qt::OtherFocusReason);
    return failures;
}

QStringList TestAccessibility::clippedText(const QString& view, QQuickItem* root)
{
    QStringList failures;
    const QRectF window(QPointF(0, 0), QSizeF(m_window->size()));
    collect(root, [&](QQuickItem* item) {
        const bool text = item->inherits("QQuickText");
        const bool readOnlyEdit =
            item->inherits("QQuickTextEdit") && item->property("readOnly").toBool();
        if (!(text || readOnlyEdit) || !item->isVisible())
            return;
        if (item->property("text").toString().trimmed().isEmpty())
            return;
        for (const QQuickItem* p = item; p; p = p->parentItem()) {
            if (p->opacity() <= 0.01)
                return;
        }
        constexpr qreal slack = 1.5;
        const QString what = QStringLiteral("%1: text cut off: ").arg(view) + describe(item);
        // The text as laid out, against the item's own box.
        const QRectF painted = text ? item->boundingRect()
                                    : QRectF(0, 0, item->property("contentWidth").toReal(),
                                             item->property("contentHeight").toReal());
        const bool elides = text && item->property("elide").toInt() != 3; // Text.ElideNone
        const QRectF box(0, 0, item->width(), item->height());
        if (!elides && (painted.left() < box.left() - slack || painted.right() > box.right() + slack))
            failures << what + QStringLiteral(" (%1 px wide in %2)")
                                   .arg(painted.width(), 0, 'f', 0)
                                   .arg(item->width(), 0, 'f', 0);
        else if (!elides && item->implicitWidth() > item->width() + slack &&
                 item->property("wrapMode").toInt() == 0)
            failures << what + QStringLiteral(" (%1 px wide in %2)")
                                   .arg(item->implicitWidth(), 0, 'f', 0)
                                   .arg(item->width(), 0, 'f', 0);
        else if (!elides &&
                 (painted.top() < box.top() - slack || painted.bottom() > box.bottom() + slack))
            failures << what + QStringLiteral(" (%1 px high in %2)")
                                   .arg(painted.height(), 0, 'f', 0)
                                   .arg(item->height(), 0, 'f', 0);
        // What is drawn, against every clipping container around it and the window.
        const QRectF drawn = elides ? painted.intersected(box) : painted;
        for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
            if (!p->clip())
                continue;
            const bool flickable = p->inherits("QQuickFlickable") && flickableContent(p);
            QQuickItem* frame = flickable ? flickableContent(p) : p;
            if (!allowedRegion(p).adjusted(-slack, -slack, slack, slack)
                     .contains(item->mapRectToItem(frame, drawn))) {
                failures << what + QStringLiteral(" (outside its clipping %1 '%2')")
                                       .arg(typeName(p), p->objectName());
                return;
            }
            // Inside a Flickable the rest is scrolled: the window bounds no longer apply.
            if (flickable)
                return;
        }
        const QRectF inScene = item->mapRectToScene(drawn);
        if (!window.adjusted(-slack, -slack, slack, slack).contains(inScene))
            failures << what + QStringLiteral(" (outside the window)");
    });
    return failures;
}

void TestAccessibility::checkView(const QString& name, QQuickItem* root, bool keyboard)
{
    QVERIFY(root);
    QTest::qWait(300);
    QString label = QStringLiteral("%1-%2pct").arg(name).arg(qRound(m_scale * 100));
    if (m_language != QLatin1String("en"))
        label += u'-' + m_language;
    if (keyboard) {
        QList<QQuickItem*> items;
        collect(m_window->contentItem(), [&](QQuickItem* item) {
            if (isInteractive(item) && (item == root || root->isAncestorOf(item)))
                items << item;
        });
        m_failures << names(name, items);
        QList<QQuickItem*> reached;
        m_failures << tabChain(name, items, &reached);
        m_failures << focusVisible(name, reached);
        qInfo("%s: %lld interactive items, %lld reached by Tab", qPrintable(name),
              static_cast<long long>(items.size()), static_cast<long long>(reached.size()));
    }
    // Text in the smallest window the app supports: the whole window (frame and view).
    m_failures << clippedText(label, m_window->contentItem());
    saveScreenshot(label + QStringLiteral("-light-1024x700"));
    if (m_scale > 1) {
        setTheme(QStringLiteral("dark"));
        saveScreenshot(label + QStringLiteral("-dark-1024x700"));
        setTheme(QStringLiteral("light"));
    }
}

void TestAccessibility::unlockView()
{
    m_failures.clear();
    for (const Pass& pass : kPasses) {
        loadWindow(pass);
        checkView(QStringLiteral("unlock"), m_window->contentItem(), keyboardPass(pass));
    }
    report();
}

void TestAccessibility::onboardingSteps()
{
    m_failures.clear();
    m_app.session->addProfile();
    QTRY_COMPARE(m_app.session->state(), QStringLiteral("welcome"));
    for (const Pass& pass : kPasses) {
        loadWindow(pass);
        onboardingPass(keyboardPass(pass));
    }
    m_app.session->cancelAddProfile();
    QTRY_COMPARE(m_app.session->state(), QStringLiteral("locked"));
    report();
}

void TestAccessibility::onboardingPass(bool keyboard)
{
    auto* steps = qobject_cast<QQuickItem*>(bs::test::item(m_window, "onboardingSteps"));
    QVERIFY(steps);
    QQuickItem* view = steps->parentItem()->parentItem(); // StackLayout < RowLayout < view
    const std::pair<int, const char*> shown[] = {{0, "1-welcome"},    {1, "2-role"},
                                                 {2, "3-network"},    {3, "4-key"},
                                                 {4, "5-passphrase"}, {5, "6-backup"},
                                                 {7, "restore"}};
    for (const auto& [index, name] : shown) {
        QVERIFY(QMetaObject::invokeMethod(view, "go", Q_ARG(QVariant, index)));
        QTest::qWait(100);
        checkView(QStringLiteral("onboarding-") + QString::fromLatin1(name), view, keyboard);
    }
    QVERIFY(QMetaObject::invokeMethod(view, "go", Q_ARG(QVariant, 0)));
}

bool TestAccessibility::unlockRole(const QString& role)
{
    if (m_app.session->state() == QLatin1String("unlocked"))
        m_app.session->lockNow();
    SecretField field;
    field.append(QString::fromLatin1(kPassphrase));
    m_app.session->unlock(m_app.dir.filePath(QStringLiteral("profiles/") + role +
                                             QStringLiteral(".vault")),
                          &field);
    if (!bs::test::finish(m_app.session->unlockTask(), 30))
        return false;
    return m_app.session->state() == QLatin1String("unlocked") && m_app.session->role() == role;
}

void TestAccessibility::walkPages(const QString& role, const QStringList& keys)
{
    m_failures.clear();
    QVERIFY(unlockRole(role));
    QTest::qWait(1000); // let the first (failing) reads of the chain and server settle
    for (const Pass& pass : kPasses) {
        loadWindow(pass);
        for (const QString& key : keys) {
            QVERIFY2(bs::test::showPage(m_window, key), qPrintable(key));
            auto* page = qobject_cast<QQuickItem*>(
                bs::test::item(m_window, QStringLiteral("page_") + key));
            QVERIFY(page);
            // With the first page, the window's frame too (navigation rail, top bar).
            checkView(role + u'-' + key, key == keys.constFirst() ? m_window->contentItem() : page,
                      keyboardPass(pass));
        }
    }
    m_app.session->lockNow();
    report();
}

void TestAccessibility::providerPages()
{
    walkPages(QStringLiteral("provider"),
              {QStringLiteral("dashboard"), QStringLiteral("earnings"), QStringLiteral("claim"),
               QStringLiteral("registration"), QStringLiteral("activity"),
               QStringLiteral("settings")});
}

void TestAccessibility::auditorPages()
{
    walkPages(QStringLiteral("auditor"), {QStringLiteral("verify"), QStringLiteral("reports"),
                                          QStringLiteral("activity"), QStringLiteral("settings")});
}

void TestAccessibility::operatorPages()
{
    walkPages(QStringLiteral("operator"),
              {QStringLiteral("cycles"), QStringLiteral("providers"), QStringLiteral("servers"),
               QStringLiteral("activity"), QStringLiteral("settings")});
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
