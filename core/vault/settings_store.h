// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The settings of an unlocked vault: string key/value pairs. Obtained with Vault::settings();
// see store.h for its lifetime.

#include "util/result.h"
#include "vault/store.h"

#include <QString>

namespace bs::vault {

// Setting keys the vault knows (any other key may be used too).
inline constexpr const char* kSettingAutoLockMinutes = "autoLockMinutes";
inline constexpr int kDefaultAutoLockMinutes = 5;
inline constexpr int kMinAutoLockMinutes = 1;
inline constexpr int kMaxAutoLockMinutes = 24 * 60;

class SettingsStore
{
public:
    // The value stored under `key`, or `fallback` when there is none.
    Result<QString> value(const QString& key, const QString& fallback) const;
    Result<void> set(const QString& key, const QString& value);

    // The idle auto-lock time (setting "autoLockMinutes", default 5), 1..1440 minutes: a
    // stored value outside that range reads as the nearest bound, and set refuses it.
    Result<int> autoLockMinutes() const;
    Result<void> setAutoLockMinutes(int minutes);

private:
    friend class Vault;
    explicit SettingsStore(StoreHandle db)
        : m_db(std::move(db))
    {}
    StoreHandle m_db;
};

} // namespace bs::vault
