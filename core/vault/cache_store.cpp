// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/cache_store.h"

#include <QDateTime>

namespace bs::vault {

Result<void> CacheStore::put(const QString& key, const QByteArray& json, const QString& etag)
{
    return m_db.use([&](Database& db) -> Result<void> {
        return db.transaction([&]() -> Result<void> {
            auto st = db.prepare("INSERT OR REPLACE INTO operator_cache (key, json, etag, "
                                 "stored_at) VALUES (?, ?, ?, ?)");
            if (!st)
                return st.error();
            st->bind(1, key)
                .bindBlob(2, json.constData(), std::size_t(json.size()))
                .bind(3, etag)
                .bind(4, QDateTime::currentMSecsSinceEpoch());
            return st->run();
        });
    });
}

Result<std::optional<CachedBlob>> CacheStore::get(const QString& key) const
{
    return m_db.use([&](Database& db) -> Result<std::optional<CachedBlob>> {
        auto row = db.firstRow("SELECT json, etag, stored_at FROM operator_cache WHERE key = ?",
                               [&](Statement& st) { st.bind(1, key); });
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<CachedBlob>();
        const Statement& st = **row;
        return std::optional<CachedBlob>(
            CachedBlob{st.columnBlob(0), st.columnText(1), st.columnInt(2)});
    });
}

} // namespace bs::vault
