// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/operator_cache.h"

#include <QMutexLocker>

namespace bs::operator_api {

std::optional<CachedAnswer> MemoryOperatorCache::get(const QString& key)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

void MemoryOperatorCache::put(const QString& key, const QByteArray& json, const QByteArray& etag)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(key, CachedAnswer{json, etag});
}

int MemoryOperatorCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_entries.size());
}

} // namespace bs::operator_api
