// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/settings_store.h"

#include <algorithm>

namespace bs::vault {

Result<QString> SettingsStore::value(const QString& key, const QString& fallback) const
{
    return m_db.use([&](Database& db) -> Result<QString> {
        auto row = db.firstRow("SELECT value FROM settings WHERE key = ?",
                               [&](Statement& st) { st.bind(1, key); });
        if (!row)
            return row.error();
        return *row ? (*row)->columnText(0) : fallback;
    });
}

Result<void> SettingsStore::set(const QString& key, const QString& value)
{
    return m_db.use([&](Database& db) -> Result<void> {
        if (key.isEmpty())
            return fail(BS_TR("vault", "a setting needs a name"));
        return db.transaction([&]() -> Result<void> {
            auto st = db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
            if (!st)
                return st.error();
            st->bind(1, key).bind(2, value);
            return st->run();
        });
    });
}

Result<int> SettingsStore::autoLockMinutes() const
{
    auto v =
        value(QLatin1String(kSettingAutoLockMinutes), QString::number(kDefaultAutoLockMinutes));
    if (!v)
        return v.error();
    bool ok = false;
    const int minutes = v->toInt(&ok);
    if (!ok)
        return kDefaultAutoLockMinutes;
    // A value stored by other means (set) is clamped: the vault always locks itself.
    return std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes);
}

Result<void> SettingsStore::setAutoLockMinutes(int minutes)
{
    if (minutes < kMinAutoLockMinutes || minutes > kMaxAutoLockMinutes)
        return fail(BS_TR("vault", "the auto-lock time must be between 1 and 1440 minutes"));
    return set(QLatin1String(kSettingAutoLockMinutes), QString::number(minutes));
}

} // namespace bs::vault
