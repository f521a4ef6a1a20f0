// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/history_store.h"

#include <algorithm>
#include <string>

namespace bs::vault {

namespace {

Result<void> validateHistory(const std::vector<HistoryEntry>& entries)
{
    for (const HistoryEntry& e : entries) {
        if (e.kind != QLatin1String("credit") && e.kind != QLatin1String("debit"))
            return fail(BS_TR("vault", "a history entry's kind must be credit or debit"));
        if (!isStoredTxHash(e.txHash))
            return fail(BS_TR("vault", "a history entry has an invalid transaction hash"));
        if (!isStoredDecimal(e.amount))
            return fail(
                BS_TR("vault", "a history entry's amount must be a decimal number of base units"));
        if (e.tokenId > kMaxStoredInteger || e.blockNumber > kMaxStoredInteger)
            return fail(BS_TR("vault", "a history entry's token id or block number is too large"));
    }
    return {};
}

// Inside a transaction: stores `entries` as results of `scan`.
Result<void>
insertHistory(Database& db, const std::vector<HistoryEntry>& entries, const QString& scan)
{
    auto st = db.prepare("INSERT OR REPLACE INTO history (tx_hash, log_index, kind, token_id, "
                         "source, block_number, block_time, counterparty, amount, decrypted, "
                         "scan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    for (const HistoryEntry& e : entries) {
        st->bind(1, e.txHash.toLower())
            .bind(2, qint64(e.logIndex))
            .bind(3, e.kind)
            .bind(4, qint64(e.tokenId))
            .bind(5, e.source)
            .bind(6, qint64(e.blockNumber))
            .bind(7, e.blockTime)
            .bind(8, e.counterparty)
            .bind(9, e.amount)
            .bind(10, qint64(e.decrypted ? 1 : 0))
            .bind(11, scan);
        if (auto ok = st->run(); !ok)
            return ok;
        st->reset();
    }
    return {};
}

Result<void> putCheckpoint(Database& db, const QString& scanName, quint64 block)
{
    auto st = db.prepare("INSERT OR REPLACE INTO checkpoints (name, block) VALUES (?, ?)");
    if (!st)
        return st.error();
    st->bind(1, scanName).bind(2, qint64(block));
    return st->run();
}

// The entries matching `where` (one text or integer parameter), in the store's order.
template <class Key>
Result<std::vector<HistoryEntry>> readHistory(const Database& db, const char* where, const Key& key)
{
    const std::string sql = std::string("SELECT token_id, kind, source, block_number, block_time, "
                                        "tx_hash, log_index, counterparty, amount, decrypted "
                                        "FROM history WHERE ") +
                            where + " ORDER BY block_number, log_index, kind";
    auto st = db.prepare(sql.c_str());
    if (!st)
        return st.error();
    st->bind(1, key);
    std::vector<HistoryEntry> out;
    auto read = st->eachRow([&]() -> Result<void> {
        HistoryEntry e;
        e.tokenId = quint64(st->columnInt(0));
        e.kind = st->columnText(1);
        e.source = st->columnText(2);
        e.blockNumber = quint64(st->columnInt(3));
        e.blockTime = st->columnInt(4);
        e.txHash = st->columnText(5);
        e.logIndex = quint32(st->columnInt(6));
        e.counterparty = st->columnText(7);
        e.amount = st->columnText(8);
        e.decrypted = st->columnInt(9) != 0;
        out.push_back(std::move(e));
        return {};
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace

Result<void> HistoryStore::put(const std::vector<HistoryEntry>& entries)
{
    return m_db.use([&](Database& db) -> Result<void> {
        if (auto ok = validateHistory(entries); !ok)
            return ok;
        return db.transaction([&] { return insertHistory(db, entries, QString()); });
    });
}

Result<void> HistoryStore::append(const std::vector<HistoryEntry>& entries,
                                  const QString& scanName,
                                  quint64 scannedTo)
{
    return m_db.use([&](Database& db) -> Result<void> {
        if (scanName.isEmpty())
            return fail(BS_TR("vault", "a history scan needs a name"));
        if (scannedTo > kMaxStoredInteger)
            return fail(BS_TR("vault", "the checkpoint block number is too large"));
        if (auto ok = validateHistory(entries); !ok)
            return ok;
        return db.transaction([&]() -> Result<void> {
            if (auto ok = insertHistory(db, entries, scanName); !ok)
                return ok;
            return putCheckpoint(db, scanName, scannedTo);
        });
    });
}

Result<std::vector<HistoryEntry>> HistoryStore::ofToken(quint64 tokenId) const
{
    return m_db.use([&](Database& db) { return readHistory(db, "token_id = ?", qint64(tokenId)); });
}

Result<std::vector<HistoryEntry>> HistoryStore::ofScan(const QString& scanName) const
{
    return m_db.use([&](Database& db) { return readHistory(db, "scan = ?", scanName); });
}

Result<std::optional<quint64>> HistoryStore::checkpoint(const QString& scanName) const
{
    return m_db.use([&](Database& db) -> Result<std::optional<quint64>> {
        auto row = db.firstRow("SELECT block FROM checkpoints WHERE name = ?",
                               [&](Statement& st) { st.bind(1, scanName); });
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<quint64>();
        return std::optional<quint64>(quint64((*row)->columnInt(0)));
    });
}

Result<void> HistoryStore::setCheckpoint(const QString& scanName, quint64 block)
{
    return m_db.use([&](Database& db) -> Result<void> {
        if (block > kMaxStoredInteger)
            return fail(BS_TR("vault", "the checkpoint block number is too large"));
        return db.transaction([&] { return putCheckpoint(db, scanName, block); });
    });
}

Result<void> HistoryStore::dropFrom(const QString& scanName, quint64 block)
{
    return m_db.use([&](Database& db) -> Result<void> {
        if (scanName.isEmpty())
            return fail(BS_TR("vault", "a history scan needs a name"));
        const qint64 from = qint64(std::min(block, kMaxStoredInteger));
        return db.transaction([&]() -> Result<void> {
            auto del = db.prepare("DELETE FROM history WHERE scan = ?1 AND block_number >= ?2");
            if (!del)
                return del.error();
            del->bind(1, scanName).bind(2, from);
            if (auto ok = del->run(); !ok)
                return ok;
            auto cp = from == 0 ? db.prepare("DELETE FROM checkpoints WHERE name = ?1 AND ?2 = 0")
                                : db.prepare("UPDATE checkpoints SET block = ?2 - 1 "
                                             "WHERE name = ?1 AND block >= ?2");
            if (!cp)
                return cp.error();
            cp->bind(1, scanName).bind(2, from);
            return cp->run();
        });
    });
}

Result<void> HistoryStore::dropFrom(quint64 block)
{
    return m_db.use([&](Database& db) -> Result<void> {
        const qint64 from = qint64(std::min(block, kMaxStoredInteger));
        return db.transaction([&]() -> Result<void> {
            auto del = db.prepare("DELETE FROM history WHERE block_number >= ?");
            if (!del)
                return del.error();
            del->bind(1, from);
            if (auto ok = del->run(); !ok)
                return ok;
            auto cp = from == 0
                          ? db.prepare("DELETE FROM checkpoints WHERE block >= ?")
                          : db.prepare("UPDATE checkpoints SET block = ?1 - 1 WHERE block >= ?1");
            if (!cp)
                return cp.error();
            cp->bind(1, from);
            return cp->run();
        });
    });
}

} // namespace bs::vault
