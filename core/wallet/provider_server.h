// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use case: what the operator's server says about this provider (its state and its earnings
// report). Optional by design: balances and claims never need it, so every outcome is a state,
// never an error.
#include "ledger/entries.h"
#include "operator/api_types.h"
#include "wallet/profile.h"

#include <optional>
#include <stop_token>
#include <string>

namespace bs::wallet {

struct ProviderServerState
{
    bool configured = false; // the profile names an operator server
    bool registered = false; // this profile registered with it (a provider id is kept)
    bool online = false;     // both answers arrived
    std::string message;     // why not, in one sentence (English)
    Error error{};           // that sentence as a code and its arguments, for the app (errorText)
    std::optional<operator_api::Provider> provider;
    std::optional<ledger::Earnings> earnings;
};

ProviderServerState readProviderServerState(Profile& profile, std::stop_token stop = {});

} // namespace bs::wallet
