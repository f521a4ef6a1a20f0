// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the operator pages' workers talk to: the operator's server (signed with the profile's
// wallet key) and, for the funding of a cycle, the chain. Clients belong to the thread that
// made them, so each piece of work opens its own link on its worker thread; it lives on the
// heap because OperatorActions keeps references into it.
#include "operator/management_client.h"
#include "util/result.h"
#include "wallet/operator_actions.h"
#include "wallet/profile.h"
#include "wallet/wallet.h"

#include <QString>

#include <memory>

namespace bs::gui {

struct OperatorLink
{
    std::unique_ptr<operator_api::OperatorClient> client;
    std::unique_ptr<operator_api::ManagementClient> api;
    wallet::ChainConnection chain;                     // only with the chain
    std::unique_ptr<wallet::OperatorActions> actions; // only with the chain

    const crypto::EcdsaPrivateKey* key = nullptr; // the profile's wallet key
};

// The operator's server of `profile` (an error when it names none) and, with `withChain`, its
// RPC node checked to be the profile's chain, with the operator's use cases over both.
Result<std::unique_ptr<OperatorLink>> openOperatorLink(wallet::Profile& profile, bool withChain);

// An API error as the Task shows it: its sentence.
inline Error errorOf(const operator_api::ApiError& e)
{
    return e.toError();
}

// The payout token's decimals as the profile's network states them (USDC's 6 when it does
// not): how the lists write amounts before the contracts have been read.
unsigned networkDecimals(const wallet::Profile& profile);
QString networkSymbol(const wallet::Profile& profile);

// A time of the API (UTC) as the pages show it, in local time: "2026-11-02 14:05".
QString localTime(const QDateTime& utc);
// A cycle's half-open period as the pages show it, in UTC (the API's periods are UTC):
// "2026-11-10 00:00 – 2026-11-11 00:00 UTC".
QString periodText(const QDateTime& start, const QDateTime& end);

} // namespace bs::gui
