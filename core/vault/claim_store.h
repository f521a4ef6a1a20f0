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
    // Fails if no claim has that hash. `note` says why a claim failed.
    Result<void> setState(const QString& txHash, ClaimState state, const QString& note = {});
    // Forgets a failed claim (the user has seen it). Fails for any other state.
    Result<void> removeFailed(const QString& txHash);

private:
    friend class Vault;
    explicit ClaimStore(StoreHandle db)
        : m_db(std::move(db))
    {}
    StoreHandle m_db;
};

} // namespace bs::vault
