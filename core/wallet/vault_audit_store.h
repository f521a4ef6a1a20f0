// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vault as the auditor's store (audit::AuditStore): the scanned events with their
// decrypted amounts and the scan state in one commit (a crash never skips blocks), and the
// saved verification runs, their signed reports kept compressed.
#include "audit/store.h"
#include "vault/vault.h"
#include "wallet/profile.h"

namespace bs::wallet {

class VaultAuditStore final : public audit::AuditStore
{
public:
    // `vault` must stay unlocked while the store is used; each call holds its lock.
    explicit VaultAuditStore(SharedVault& vault)
        : m_vault(vault)
    {}

    Result<std::optional<audit::ScanState>> scanState() const override;
    // A damaged event fails with a sentence; the next scan rebuilds the cache (see below).
    Result<std::vector<audit::ChainEvent>> events() const override;
    Result<void> replaceFrom(const QString& scope,
                             std::uint64_t fromBlock,
                             const std::vector<audit::ChainEvent>& events,
                             std::uint64_t scannedTo) override;
    Result<qint64>
    saveRun(qint64 createdAt, const QString& summary, const QByteArray& signedReport) override;
    Result<std::vector<audit::RunSummary>> runs() const override;
    Result<std::optional<QByteArray>> runReport(qint64 id) const override;

    // Forgets the scanned events (the next verification scans from the deployment block);
    // the saved runs stay. For a cache that no longer reads.
    Result<void> resetScan();

private:
    SharedVault& m_vault;
};

} // namespace bs::wallet
