// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The operator data cache of an unlocked vault: opaque JSON answers by key, with their ETag.
// Obtained with Vault::cache(); see store.h for its lifetime.

#include "util/result.h"
#include "vault/records.h"
#include "vault/store.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bs::vault {

class CacheStore
{
public:
    // Stores (or replaces) the answer under `key`, stamped with the current time.
    Result<void> put(const QString& key, const QByteArray& json, const QString& etag);
    Result<std::optional<CachedBlob>> get(const QString& key) const;

private:
    friend class Vault;
    explicit CacheStore(StoreHandle db)
        : m_db(std::move(db))
    {}
    StoreHandle m_db;
};

} // namespace bs::vault
