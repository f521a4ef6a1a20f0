// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/claim_store.h"

#include <sqlite3.h>

namespace bs::vault {

Result<void> ClaimStore::put(const PendingClaim& c)
{
    return m_db.use([&](Database& db) -> Result<void> {
        if (!isStoredTxHash(c.txHash))
            return fail(BS_TR("vault", "the claim has an invalid transaction hash"));
        if (!isStoredDecimal(c.amount))
            return fail(
                BS_TR("vault", "the claim's amount must be a decimal number of base units"));
        if (c.tokenId > kMaxStoredInteger || c.nonce > kMaxStoredInteger)
            return fail(BS_TR("vault", "the claim's token id or nonce is too large"));
        return db.transaction([&]() -> Result<void> {
            auto st = db.prepare("INSERT OR REPLACE INTO pending_claims (tx_hash, token_id, "
                                 "amount, state, created_at, nonce, raw_tx, note) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            if (!st)
                return st.error();
            st->bind(1, c.txHash.toLower())
                .bind(2, qint64(c.tokenId))
                .bind(3, c.amount)
                .bind(4, claimStateName(c.state))
                .bind(5, c.createdAt)
                .bind(6, qint64(c.nonce))
                .bindBlob(7, c.rawTransaction.constData(), std::size_t(c.rawTransaction.size()))
                .bind(8, c.note);
            return st->run();
        });
    });
}

Result<std::vector<PendingClaim>> ClaimStore::all() const
{
    return m_db.use([&](Database& db) -> Result<std::vector<PendingClaim>> {
        auto st = db.prepare("SELECT tx_hash, token_id, amount, state, created_at, nonce, "
                             "raw_tx, note FROM pending_claims ORDER BY created_at, tx_hash");
        if (!st)
            return st.error();
        std::vector<PendingClaim> out;
        auto read = st->eachRow([&]() -> Result<void> {
            PendingClaim c;
            c.txHash = st->columnText(0);
            c.tokenId = quint64(st->columnInt(1));
            c.amount = st->columnText(2);
            const auto state = parseClaimState(st->columnText(3));
            if (!state)
                return fail(
                    BS_TR("vault", "a stored claim has an unknown state; the vault is damaged"));
            c.state = *state;
            c.createdAt = st->columnInt(4);
            c.nonce = quint64(st->columnInt(5));
            c.rawTransaction = st->columnBlob(6);
            c.note = st->columnText(7);
            out.push_back(std::move(c));
            return {};
        });
        if (!read)
            return read.error();
        return out;
    });
}

Result<void> ClaimStore::setState(const QString& txHash, ClaimState state, const QString& note)
{
    return m_db.use([&](Database& db) -> Result<void> {
        return db.transaction([&]() -> Result<void> {
            auto st = db.prepare("UPDATE pending_claims SET state = ?, note = ? WHERE tx_hash = ?");
            if (!st)
                return st.error();
            st->bind(1, claimStateName(state)).bind(2, note).bind(3, txHash.toLower());
            if (auto ok = st->run(); !ok)
                return ok;
            if (sqlite3_changes(db.handle()) == 0)
                return fail(BS_TR("vault", "no pending claim with transaction hash %1"),
                            txHash.toStdString());
            return {};
        });
    });
}

Result<void> ClaimStore::removeFailed(const QString& txHash)
{
    return m_db.use([&](Database& db) -> Result<void> {
        return db.transaction([&]() -> Result<void> {
            auto st =
                db.prepare("DELETE FROM pending_claims WHERE tx_hash = ? AND state = 'failed'");
            if (!st)
                return st.error();
            st->bind(1, txHash.toLower());
            if (auto ok = st->run(); !ok)
                return ok;
            if (sqlite3_changes(db.handle()) == 0)
                return fail(BS_TR("vault", "no failed claim with transaction hash %1; only a "
                                           "failed claim can be cleared"),
                            txHash.toStdString());
            return {};
        });
    });
}

} // namespace bs::vault
