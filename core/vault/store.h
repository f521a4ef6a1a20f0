// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the vault's stores (history_store.h, claim_store.h, cache_store.h, settings_store.h)
// share: the handle to the vault's database, and the checks of the values they store.
//
// A store is a small value obtained from a Vault (`vault.history()`, ...). It holds a weak
// handle to the vault's connection, never the connection itself: every call checks that the
// vault is unlocked, and fails with kVaultLocked after lock() or once the Vault is gone,
// instead of touching a closed or freed handle. A store kept across a lock works again after
// the next unlock of the same Vault. One SQLite transaction per write.

#include "util/result.h"
#include "vault/sqlite_db.h"

#include <QString>
#include <QtGlobal>

#include <limits>
#include <memory>
#include <utility>

namespace bs::vault {

inline constexpr bs::Text kVaultLocked =
    BS_TR("vault", "the vault is locked; unlock it with its passphrase first");

// The largest integer the vault stores (SQLite's INTEGER is a signed 64-bit value).
inline constexpr quint64 kMaxStoredInteger = quint64(std::numeric_limits<qint64>::max());

class StoreHandle
{
public:
    StoreHandle() = default;
    explicit StoreHandle(std::weak_ptr<Database> db)
        : m_db(std::move(db))
    {}

    // Runs `body` on the open database; kVaultLocked when the vault is locked or gone.
    template <class F>
    auto use(F&& body) const -> decltype(body(std::declval<Database&>()))
    {
        const std::shared_ptr<Database> db = m_db.lock();
        if (!db || !db->isOpen())
            return fail(kVaultLocked);
        return body(*db);
    }

private:
    std::weak_ptr<Database> m_db;
};

// A decimal number of base units: 1 to 80 ASCII digits.
bool isStoredDecimal(const QString& text);
// 0x and 64 hex digits, either case.
bool isStoredTxHash(const QString& text);

} // namespace bs::vault
