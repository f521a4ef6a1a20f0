// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use case: read the account from the chain. The registration, the balance decrypted with the
// profile's key and checked against the ElGamal balance, and the history of credits and debits
// (scanned incrementally into the profile's cache). Needs only the chain.
#include "eerc/balance.h"
#include "ledger/entries.h"
#include "util/result.h"
#include "wallet/integrity.h"
#include "wallet/profile.h"
#include "wallet/progress.h"

#include <cstdint>
#include <optional>
#include <stop_token>
#include <vector>

namespace bs::wallet {

struct AccountState
{
    std::uint64_t block = 0; // the block the state was read at
    unsigned tokenDecimals = 0;
    unsigned eercDecimals = 0;
    bool registered = false; // this profile's eERC key is the one registered on chain
    // nullopt: registered but never credited (zero), or not registered.
    std::optional<eerc::DecryptedBalance> balance;
    std::vector<ledger::HistoryEntry> history; // ordered by block and log index
    std::uint64_t scannedTo = 0;               // the history scan's checkpoint
    // The balance check of this read (nullopt when not registered), recorded in the vault's
    // check history; the alarm when it is worse than the last one (also logged to Activity).
    std::optional<BalanceCheck> balanceCheck;
    std::optional<BalanceCheckAlarm> balanceAlarm;
};

struct AccountParts
{
    bool history = true; // scan the history too (the balance alone is one RPC round)
};

// Fails when the node cannot be reached or is on another chain, and when the address is
// registered with another eERC key (this profile cannot read that balance).
Result<AccountState> readAccount(Profile& profile,
                                 const AccountParts& parts = {},
                                 Progress& progress = noProgress(),
                                 std::stop_token stop = {});

// The scan name under which a profile keeps its history: one per (chain, contract, account),
// so a profile that changes network or key starts a fresh history instead of mixing two.
QString historyScanName(const chain::Deployment& deployment, const crypto::EthAddress& me);

} // namespace bs::wallet
