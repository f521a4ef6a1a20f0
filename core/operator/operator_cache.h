// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the operator client keeps the last answer of each GET with its ETag, so that a
// 304 Not Modified costs no body and the app has data while the server is down. The vault
// adapter (vault/operator_cache.h) keeps them in the profile's encrypted vault.
#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace bs::operator_api {

struct CachedAnswer
{
    QByteArray json;
    QByteArray etag; // as the server sent it (quotes and W/ kept)
};

class OperatorCache
{
public:
    virtual ~OperatorCache() = default;
    // The last answer stored under `key`, or nullopt. A cache that cannot read says nullopt:
    // the client then simply asks for the full answer.
    virtual std::optional<CachedAnswer> get(const QString& key) = 0;
    // Stores (replaces) the answer under `key`. Failures are the cache's own business: the
    // request that produced the answer has succeeded anyway.
    virtual void put(const QString& key, const QByteArray& json, const QByteArray& etag) = 0;
};

// In memory, thread-safe; for tests and for profiles without a vault.
class MemoryOperatorCache final : public OperatorCache
{
public:
    std::optional<CachedAnswer> get(const QString& key) override;
    void put(const QString& key, const QByteArray& json, const QByteArray& etag) override;
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, CachedAnswer> m_entries;
};

} // namespace bs::operator_api
