// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The history cache of an unlocked vault: decoded eERC events and the checkpoints of the
// scans that found them. Obtained with Vault::history(); see store.h for its lifetime.
//
// Entries are unique by (txHash, logIndex, kind): a second put of the same event replaces it
// (e.g. once its amount could be decrypted); a self-transfer's credit and debit from one log
// are two entries. Each entry remembers the scan that stored it (put: none, "").

#include "util/result.h"
#include "vault/records.h"
#include "vault/store.h"

#include <QString>

#include <optional>
#include <vector>

namespace bs::vault {

class HistoryStore
{
public:
    // Stores `entries` (all in one commit), belonging to no scan.
    Result<void> put(const std::vector<HistoryEntry>& entries);
    // Stores `entries` as results of the scan `scanName` and moves its checkpoint to
    // `scannedTo`, in ONE commit: a crash keeps both or neither, so a resumed scan never
    // skips blocks whose entries were lost. Idempotent like put.
    Result<void>
    append(const std::vector<HistoryEntry>& entries, const QString& scanName, quint64 scannedTo);
    // Entries of one token ordered by block, then log index, then kind.
    Result<std::vector<HistoryEntry>> ofToken(quint64 tokenId) const;
    // Entries stored by the scan `scanName` (append), in the same order.
    Result<std::vector<HistoryEntry>> ofScan(const QString& scanName) const;

    // The last block a scan named `scanName` completed, if any.
    Result<std::optional<quint64>> checkpoint(const QString& scanName) const;
    Result<void> setCheckpoint(const QString& scanName, quint64 block);

    // Reorg in one scan: forgets that scan's entries at or after `block` and, if its
    // checkpoint is at or after it, moves it back to block - 1 (removes it when block is 0),
    // in one commit. Other scans are untouched.
    Result<void> dropFrom(const QString& scanName, quint64 block);
    // Reorg for everything: forgets every entry at or after `block` and moves every
    // checkpoint at or after it back to block - 1 (removes it when block is 0), in one commit.
    Result<void> dropFrom(quint64 block);

private:
    friend class Vault;
    explicit HistoryStore(StoreHandle db)
        : m_db(std::move(db))
    {}
    StoreHandle m_db;
};

} // namespace bs::vault
