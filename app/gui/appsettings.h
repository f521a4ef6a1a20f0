// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

namespace bs::gui {

// Application-wide preferences that are not part of a profile's vault:
// appearance, language, privacy defaults and the idle lock time. Persisted with
// QSettings; every setter writes through at once so nothing is lost on a crash.
class AppSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool startHidden READ startHidden WRITE setStartHidden NOTIFY startHiddenChanged)
    Q_PROPERTY(bool hideAmounts READ hideAmounts WRITE setHideAmounts NOTIFY hideAmountsChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)

public:
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMinAutoLockMinutes = 1;
    static constexpr int kMaxAutoLockMinutes = 240;

    // Uses the given settings store (tests pass an INI file); nullptr means the
    // platform's default store for the application.
    explicit AppSettings(std::unique_ptr<QSettings> store = nullptr, QObject* parent = nullptr);
    ~AppSettings() override;

    // "system", "light" or "dark".
    QString theme() const { return m_theme; }
    void setTheme(const QString& theme);

    // "" (system), or a language code of a shipped translation: "en", "de", "fr", "es".
    // A change applies at once (followLanguage() in guiapp.h installs its translator).
    QString language() const { return m_language; }
    void setLanguage(const QString& language);

    bool startHidden() const { return m_startHidden; }
    void setStartHidden(bool hidden);

    // Session state: starts as startHidden(), not persisted.
    bool hideAmounts() const { return m_hideAmounts; }
    void setHideAmounts(bool hidden);

    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes); // clamped to [kMin, kMax]

    static bool isKnownTheme(const QString& theme);
    static bool isKnownLanguage(const QString& language);

signals:
    void themeChanged();
    void languageChanged();
    void startHiddenChanged();
    void hideAmountsChanged();
    void autoLockMinutesChanged();

private:
    void store(const char* key, const QVariant& value);

    std::unique_ptr<QSettings> m_store;
    QString m_theme;
    QString m_language;
    bool m_startHidden = false;
    bool m_hideAmounts = false;
    int m_autoLockMinutes = kDefaultAutoLockMinutes;
};

} // namespace bs::gui
