// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use cases: a verifiable statement of a provider's payouts (docs/statement.md).
//
//   makeStatement   from the profile (its key and its history): every payout received in a
//                   period, each with a proof that the receiver's ciphertext on chain
//                   decrypts to its amount under the registered key (crypto/dleq.h);
//   checkStatement  by anyone, with no key, through an RPC node: every line against the
//                   chain (the event, the transaction's ciphertext, the proof) and the key
//                   against the registrar the eERC contract itself names.
#include "chain/network.h"
#include "ledger/statement.h"
#include "util/result.h"
#include "wallet/profile.h"
#include "wallet/progress.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>
#include <stop_token>
#include <vector>

namespace bs::wallet {

struct StatementPeriod
{
    QDateTime from; // [from, to), by block time
    QDateTime to;
};

// Refreshes the account (as readAccount does) and proves every incoming payout (a transfer to
// this account whose amount the history could read) with a block time in the period. Fails
// when the key is not the one registered on chain, or a payout's transaction cannot be read.
Result<ledger::Statement> makeStatement(Profile& profile,
                                        const StatementPeriod& period,
                                        Progress& progress = noProgress(),
                                        std::stop_token stop = {});

struct StatementLineCheck
{
    bool ok = false;
    QString problem; // empty when ok; otherwise one sentence
};

struct StatementCheck
{
    // The key is the one the registrar (named by the eERC contract) holds for the account now.
    bool keyRegistered = false;
    QString keyProblem;
    std::vector<StatementLineCheck> lines; // one per statement line, same order

    bool allGood() const;
};

struct CheckOptions
{
    QUrl rpcUrl;
    bool allowPlainHttp = false; // plain http:// to a non-loopback host
    // The deployment the checker trusts (e.g. the operator's published network): the
    // statement must name the same chain and contracts. Without it the checker should compare
    // the statement's contracts with a source it trusts.
    std::optional<chain::Deployment> expected;
};

// Fails (an error, not a bad line) only when the node cannot be asked, is on another chain, or
// the statement names other contracts than `expected`.
Result<StatementCheck> checkStatement(const ledger::Statement& statement,
                                      const CheckOptions& options,
                                      Progress& progress = noProgress(),
                                      std::stop_token stop = {});

} // namespace bs::wallet
