// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/audit_store.h"

#include <algorithm>

namespace bs::vault {

Result<std::optional<AuditScanState>> AuditStore::scanState() const
{
    return m_db.use([&](Database& db) -> Result<std::optional<AuditScanState>> {
        auto row = db.firstRow("SELECT scope, scanned_to FROM audit_scan WHERE id = 1");
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<AuditScanState>();
        const Statement& st = **row;
        if (st.columnInt(1) < 0)
            return fail(BS_TR("vault", "the auditor's scan state in the vault is damaged"));
        return std::optional<AuditScanState>(
            AuditScanState{st.columnText(0), quint64(st.columnInt(1))});
    });
}

Result<std::vector<AuditEventRow>> AuditStore::events() const
{
    return m_db.use([&](Database& db) -> Result<std::vector<AuditEventRow>> {
        auto st = db.prepare("SELECT block_number, log_index, payload FROM audit_events ORDER BY "
                             "block_number, log_index");
        if (!st)
            return st.error();
        std::vector<AuditEventRow> out;
        auto read = st->eachRow([&]() -> Result<void> {
            const qint64 block = st->columnInt(0);
            const qint64 logIndex = st->columnInt(1);
            if (block < 0 || logIndex < 0 || logIndex > qint64(0xffffffff))
                return fail(BS_TR("vault", "the auditor's events in the vault are damaged"));
            out.push_back(AuditEventRow{quint64(block), quint32(logIndex), st->columnBlob(2)});
            return {};
        });
        if (!read)
            return read.error();
        return out;
    });
}

Result<void> AuditStore::replaceEvents(const QString& scope,
                                       quint64 fromBlock,
                                       const std::vector<AuditEventRow>& rows,
                                       quint64 scannedTo)
{
    if (scannedTo > kMaxStoredInteger)
        return fail(BS_TR("vault", "the checkpoint block number is too large"));
    for (const AuditEventRow& r : rows)
        if (r.blockNumber > kMaxStoredInteger || r.blockNumber < fromBlock)
            return fail(BS_TR("vault", "an audit event is outside the blocks scanned"));
    return m_db.use([&](Database& db) -> Result<void> {
        return db.transaction([&]() -> Result<void> {
            auto old = db.queryText("SELECT scope FROM audit_scan WHERE id = 1");
            if (!old)
                return old.error();
            if (*old != scope) {
                if (auto ok = db.exec("DELETE FROM audit_events"); !ok)
                    return ok;
            }
            auto del = db.prepare("DELETE FROM audit_events WHERE block_number >= ?");
            if (!del)
                return del.error();
            del->bind(1, qint64(std::min(fromBlock, kMaxStoredInteger)));
            if (auto ok = del->run(); !ok)
                return ok;
            auto ins = db.prepare("INSERT OR REPLACE INTO audit_events (block_number, "
                                  "log_index, payload) VALUES (?, ?, ?)");
            if (!ins)
                return ins.error();
            for (const AuditEventRow& r : rows) {
                ins->reset();
                ins->bind(1, qint64(r.blockNumber))
                    .bind(2, qint64(r.logIndex))
                    .bindBlob(3, r.payload.constData(), std::size_t(r.payload.size()));
                if (auto ok = ins->run(); !ok)
                    return ok;
            }
            auto state = db.prepare(
                "INSERT OR REPLACE INTO audit_scan (id, scope, scanned_to) VALUES (1, ?, ?)");
            if (!state)
                return state.error();
            state->bind(1, scope).bind(2, qint64(scannedTo));
            return state->run();
        });
    });
}

Result<qint64>
AuditStore::addRun(qint64 createdAt, const QString& summary, const QByteArray& report)
{
    return m_db.use([&](Database& db) -> Result<qint64> {
        qint64 id = 0;
        auto ok = db.transaction([&]() -> Result<void> {
            auto st =
                db.prepare("INSERT INTO audit_runs (created_at, summary, report) VALUES (?, ?, ?)");
            if (!st)
                return st.error();
            st->bind(1, createdAt)
                .bind(2, summary)
                .bindBlob(3, report.constData(), std::size_t(report.size()));
            if (auto run = st->run(); !run)
                return run;
            auto last = db.queryInt("SELECT last_insert_rowid()");
            if (!last)
                return last.error();
            id = *last;
            return {};
        });
        if (!ok)
            return ok.error();
        return id;
    });
}

Result<std::vector<AuditRunRow>> AuditStore::runs() const
{
    return m_db.use([&](Database& db) -> Result<std::vector<AuditRunRow>> {
        auto st = db.prepare("SELECT id, created_at, summary FROM audit_runs ORDER BY id DESC");
        if (!st)
            return st.error();
        std::vector<AuditRunRow> out;
        auto read = st->eachRow([&]() -> Result<void> {
            out.push_back(AuditRunRow{st->columnInt(0), st->columnInt(1), st->columnText(2)});
            return {};
        });
        if (!read)
            return read.error();
        return out;
    });
}

Result<std::optional<QByteArray>> AuditStore::runReport(qint64 id) const
{
    return m_db.use([&](Database& db) -> Result<std::optional<QByteArray>> {
        auto row = db.firstRow("SELECT report FROM audit_runs WHERE id = ?",
                               [&](Statement& st) { st.bind(1, id); });
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<QByteArray>();
        return std::optional<QByteArray>((*row)->columnBlob(0));
    });
}

} // namespace bs::vault
