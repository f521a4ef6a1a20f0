// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QStringList>

#include <algorithm>

namespace bs::gui {

namespace {
constexpr auto kTheme = "appearance/theme";
constexpr auto kLanguage = "appearance/language";
constexpr auto kStartHidden = "privacy/startHidden";
constexpr auto kAutoLock = "security/autoLockMinutes";
} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> store, QObject* parent)
    : QObject(parent)
    , m_store(store ? std::move(store) : std::make_unique<QSettings>())
{
    // Unknown or damaged values fall back to defaults instead of being trusted.
    const QString theme = m_store->value(kTheme, QStringLiteral("system")).toString();
    m_theme = isKnownTheme(theme) ? theme : QStringLiteral("system");
    const QString language = m_store->value(kLanguage, QString()).toString();
    m_language = isKnownLanguage(language) ? language : QString();
    m_startHidden = m_store->value(kStartHidden, false).toBool();
    m_hideAmounts = m_startHidden;
    bool ok = false;
    const int minutes = m_store->value(kAutoLock, kDefaultAutoLockMinutes).toInt(&ok);
    m_autoLockMinutes = ok ? std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes)
                           : kDefaultAutoLockMinutes;
}

AppSettings::~AppSettings() = default;

bool AppSettings::isKnownTheme(const QString& theme)
{
    return theme == QLatin1String("system") || theme == QLatin1String("light") ||
           theme == QLatin1String("dark");
}

bool AppSettings::isKnownLanguage(const QString& language)
{
    static const QStringList known = {QStringLiteral("en"), QStringLiteral("de"),
                                      QStringLiteral("fr"), QStringLiteral("es")};
    return language.isEmpty() || known.contains(language);
}

void AppSettings::store(const char* key, const QVariant& value)
{
    m_store->setValue(QLatin1String(key), value);
    m_store->sync();
}

void AppSettings::setTheme(const QString& theme)
{
    if (!isKnownTheme(theme) || theme == m_theme)
        return;
    m_theme = theme;
    store(kTheme, theme);
    emit themeChanged();
}

void AppSettings::setLanguage(const QString& language)
{
    if (!isKnownLanguage(language) || language == m_language)
        return;
    m_language = language;
    store(kLanguage, language);
    emit languageChanged();
}

void AppSettings::setStartHidden(bool hidden)
{
    if (hidden == m_startHidden)
        return;
    m_startHidden = hidden;
    store(kStartHidden, hidden);
    emit startHiddenChanged();
}

void AppSettings::setHideAmounts(bool hidden)
{
    if (hidden == m_hideAmounts)
        return;
    m_hideAmounts = hidden;
    emit hideAmountsChanged();
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes);
    if (minutes == m_autoLockMinutes)
        return;
    m_autoLockMinutes = minutes;
    store(kAutoLock, minutes);
    emit autoLockMinutesChanged();
}

} // namespace bs::gui
