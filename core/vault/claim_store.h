// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pending claims of an unlocked vault: a claim in flight survives a restart. Obtained
// with Vault::claims(); see store.h for its lifetime.

#include "util/result.h"
#include "vault/records.h"
#include "vault/store.h"

#include <QString>

#include <vector>

namespace bs::vault {

class ClaimStore
{
public:
    // Stores `claim`, replacing one with the same txHash.
    Result<void> put(const PendingClaim& claim);
    // All claims, oldest first.
    Result<std::vector<PendingClaim>> all() const;
    // Fails if no claim has that hash.
    Result<void> setState(const QString& txHash, ClaimState state);

private:
    friend class Vault;
    explicit ClaimStore(StoreHandle db)
        : m_db(std::move(db))
    {}
    StoreHandle m_db;
};

} // namespace bs::vault
