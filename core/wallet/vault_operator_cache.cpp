// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/vault_operator_cache.h"

#include "vault/vault.h"

#include <QtDebug>

namespace bs::wallet {

std::optional<operator_api::CachedAnswer> VaultOperatorCache::get(const QString& key)
{
    auto blob = m_vault.with([&](vault::Vault& v) { return v.cache().get(key); });
    if (!blob || !blob->has_value())
        return std::nullopt;
    return operator_api::CachedAnswer{(*blob)->json, (*blob)->etag.toLatin1()};
}

void VaultOperatorCache::put(const QString& key, const QByteArray& json, const QByteArray& etag)
{
    auto stored = m_vault.with(
        [&](vault::Vault& v) { return v.cache().put(key, json, QString::fromLatin1(etag)); });
    if (!stored)
        qWarning("operator cache: could not store an answer in the vault: %s",
                 stored.error().message.c_str());
}

} // namespace bs::wallet
