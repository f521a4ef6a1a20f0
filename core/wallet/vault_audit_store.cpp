// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/vault_audit_store.h"

namespace bs::wallet {

Result<std::optional<audit::ScanState>> VaultAuditStore::scanState() const
{
    auto state = m_vault.with([](vault::Vault& v) { return v.audit().scanState(); });
    if (!state)
        return state.error();
    if (!*state)
        return std::optional<audit::ScanState>();
    return std::optional<audit::ScanState>(audit::ScanState{(*state)->scope, (*state)->scannedTo});
}

Result<std::vector<audit::ChainEvent>> VaultAuditStore::events() const
{
    auto rows = m_vault.with([](vault::Vault& v) { return v.audit().events(); });
    if (!rows)
        return rows.error();
    std::vector<audit::ChainEvent> out;
    out.reserve(rows->size());
    for (const vault::AuditEventRow& row : *rows) {
        auto e = audit::decodeEvent(row.blockNumber, row.logIndex, row.payload);
        if (!e)
            return e.error();
        out.push_back(std::move(*e));
    }
    return out;
}

Result<void> VaultAuditStore::replaceFrom(const QString& scope,
                                          std::uint64_t fromBlock,
                                          const std::vector<audit::ChainEvent>& events,
                                          std::uint64_t scannedTo)
{
    std::vector<vault::AuditEventRow> rows;
    rows.reserve(events.size());
    for (const audit::ChainEvent& e : events)
        rows.push_back({e.blockNumber, e.logIndex, audit::encodeEvent(e)});
    return m_vault.with([&](vault::Vault& v) {
        return v.audit().replaceEvents(scope, fromBlock, rows, scannedTo);
    });
}

Result<qint64>
VaultAuditStore::saveRun(qint64 createdAt, const QString& summary, const QByteArray& signedReport)
{
    // Reports are mostly hex and digits: zlib halves them.
    const QByteArray packed = qCompress(signedReport, 6);
    return m_vault.with(
        [&](vault::Vault& v) { return v.audit().addRun(createdAt, summary, packed); });
}

Result<std::vector<audit::RunSummary>> VaultAuditStore::runs() const
{
    auto rows = m_vault.with([](vault::Vault& v) { return v.audit().runs(); });
    if (!rows)
        return rows.error();
    std::vector<audit::RunSummary> out;
    for (const vault::AuditRunRow& r : *rows)
        out.push_back({r.id, r.createdAt, r.summary});
    return out;
}

Result<std::optional<QByteArray>> VaultAuditStore::runReport(qint64 id) const
{
    auto stored = m_vault.with([&](vault::Vault& v) { return v.audit().runReport(id); });
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<QByteArray>();
    QByteArray report = qUncompress(**stored);
    if (report.isEmpty())
        return fail(BS_TR("wallet", "the saved report of run %1 in the vault is damaged; run the "
                                    "verification again."),
                    id);
    return std::optional<QByteArray>(std::move(report));
}

Result<void> VaultAuditStore::resetScan()
{
    return m_vault.with(
        [](vault::Vault& v) { return v.audit().replaceEvents(QStringLiteral("reset"), 0, {}, 0); });
}

} // namespace bs::wallet
