// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <concepts>
#include <functional>
#include <type_traits>

class QAbstractItemModel;
class QCoreApplication;
class QQmlEngine;

namespace bs::gui {

class AppSettings;
class Onboarding;
class Session;

// The app's one signal for a language switch: installTranslator() emits changed() once the
// new translator is in place. View models that show text worded by tr() (cached in members or
// rows, or computed by getters and data()) follow it and re-word: they recompute what they
// cached and emit their NOTIFY signals or dataChanged, so views read the new language.
class LanguageChange : public QObject
{
    Q_OBJECT

public:
    static LanguageChange* instance();

    // Calls `reword` (a member function of `receiver`, or a functor) after every switch, for
    // as long as `receiver` lives.
    template <class Receiver, class Reword>
    static QMetaObject::Connection follow(const Receiver* receiver, Reword reword)
    {
        return QObject::connect(instance(), &LanguageChange::changed, receiver,
                                std::move(reword));
    }

    // For a list model whose data() words text with tr(): tells its views that every row
    // changed after a switch, so they read the rows again.
    static QMetaObject::Connection followRows(QAbstractItemModel* model);

signals:
    void changed();
};

// A text that a model keeps: either worded when read (a functor calling tr(), so that it
// follows a language switch) or fixed (data, a server's words).
class Wording
{
public:
    Wording() = default;
    Wording(QString fixed) : m_fixed(std::move(fixed)) {}
    template <class Words>
        requires std::invocable<Words> &&
                 std::convertible_to<std::invoke_result_t<Words>, QString>
    Wording(Words words) : m_words(std::move(words))
    {}

    QString text() const { return m_words ? m_words() : m_fixed; }

private:
    QString m_fixed;
    std::function<QString()> m_words;
};

// Installs the embedded translation for `language` ("" = the system locale) into the
// application in place of the one installed before, and emits LanguageChange::changed().
// Returns the language actually installed ("en" when none matched: the source strings are
// English, and no translator is left installed).
QString installTranslator(QCoreApplication& app, const QString& language);

// Applies every later change of settings->language() at once, without a restart: installs
// its translator, re-evaluates the qsTr() bindings of `engine` (QQmlEngine::retranslate) and
// lets the view models re-word (LanguageChange).
void followLanguage(QCoreApplication& app, AppSettings* settings, QQmlEngine* engine);

// Makes the view models visible to QML under the URI BackendShield: the singletons
// `AppSettings`, `Session` and `Onboarding` (null: not registered), the `SecretField` item,
// and the types views reach through them (Task, the pages' view models). The engine
// does not take ownership.
void registerQmlTypes(AppSettings* settings,
                      Session* session = nullptr,
                      Onboarding* onboarding = nullptr);

} // namespace bs::gui
