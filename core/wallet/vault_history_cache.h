// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vault as the eERC history scanner's cache: entries and the scan checkpoint are stored
// in one commit, so the next start only scans new blocks and a crash never skips any.
#include "eerc/contracts.h"
#include "eerc/history.h"
#include "vault/vault.h"
#include "wallet/profile.h"

#include <QString>

namespace bs::wallet {

class VaultHistoryCache final : public eerc::HistoryCache
{
public:
    // `vault` must stay unlocked while the cache is used; each call holds its lock.
    VaultHistoryCache(SharedVault& vault, QString scanName)
        : m_vault(vault)
        , m_scanName(std::move(scanName))
    {}

    // One scan per (chain, contract, account): a profile that changes network or wallet
    // starts a fresh history instead of mixing two.
    static QString scanNameFor(const chain::Deployment& deployment, const crypto::EthAddress& me);

    Result<std::optional<std::uint64_t>> checkpoint() const override;
    Result<void> dropFrom(std::uint64_t block) override;
    Result<void> append(const std::vector<ledger::HistoryEntry>& entries,
                        std::uint64_t scannedTo) override;
    Result<std::vector<ledger::HistoryEntry>> entries() const override;

private:
    SharedVault& m_vault;
    QString m_scanName;
};

// Conversions between the scanner's typed entries and the vault's stored form (public for
// tests). fromStored fails on a row that does not parse (a damaged or foreign cache).
Result<vault::HistoryEntry> toStored(const ledger::HistoryEntry& entry);
Result<ledger::HistoryEntry> fromStored(const vault::HistoryEntry& stored);

} // namespace bs::wallet
