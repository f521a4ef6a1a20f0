// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator client's ETag cache (operator/operator_cache.h) in the profile's vault
// (Vault::cache(), a CacheStore), so that cached answers are encrypted at rest and survive
// a restart.
#include "operator/operator_cache.h"
#include "wallet/profile.h"

namespace bs::wallet {

class VaultOperatorCache final : public operator_api::OperatorCache
{
public:
    // `vault` must outlive this adapter; each call holds its lock.
    explicit VaultOperatorCache(SharedVault& vault)
        : m_vault(vault)
    {}

    // A vault read error counts as a miss.
    std::optional<operator_api::CachedAnswer> get(const QString& key) override;
    // A vault write error is reported with qWarning (no payload in the message) and dropped.
    void put(const QString& key, const QByteArray& json, const QByteArray& etag) override;

private:
    SharedVault& m_vault;
};

} // namespace bs::wallet
