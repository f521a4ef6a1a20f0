// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The auditor's work in an unlocked vault (schema 6; core/audit through
// wallet::VaultAuditStore): the operator's events scanned so far, the block the scan reached
// and for which scope, and the saved verification runs. Events are opaque payloads of
// core/audit's own format keyed by (block, log index); the vault does not read them.
// Obtained with Vault::audit(); see store.h for its lifetime.

#include "util/result.h"
#include "vault/store.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace bs::vault {

struct AuditEventRow
{
    quint64 blockNumber = 0;
    quint32 logIndex = 0;
    QByteArray payload;
};

struct AuditScanState
{
    QString scope;
    quint64 scannedTo = 0;
};

struct AuditRunRow
{
    qint64 id = 0;
    qint64 createdAt = 0; // milliseconds since the epoch
    QString summary;      // JSON
};

class AuditStore
{
public:
    Result<std::optional<AuditScanState>> scanState() const;
    // Every event, ordered by block, then log index.
    Result<std::vector<AuditEventRow>> events() const;
    // In one commit: forgets every event when `scope` differs from the stored one, then every
    // event at or after `fromBlock`; stores `rows` and the state (scope, scannedTo).
    Result<void> replaceEvents(const QString& scope,
                               quint64 fromBlock,
                               const std::vector<AuditEventRow>& rows,
                               quint64 scannedTo);
    // Saves a run (the report as given: the caller compresses it); returns its id.
    Result<qint64> addRun(qint64 createdAt, const QString& summary, const QByteArray& report);
    // Runs without their reports, newest first.
    Result<std::vector<AuditRunRow>> runs() const;
    // A run's report; nullopt for an unknown id.
    Result<std::optional<QByteArray>> runReport(qint64 id) const;

private:
    friend class Vault;
    explicit AuditStore(StoreHandle db)
        : m_db(std::move(db))
    {}
    StoreHandle m_db;
};

} // namespace bs::vault
