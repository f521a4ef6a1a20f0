// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator's server as a profile reaches it: its URL, the profile's plain-http
// permission, and the ETag cache kept in the profile's vault (in memory without a vault).
#include "operator/operator_client.h"
#include "util/result.h"
#include "wallet/profile.h"

#include <chrono>
#include <memory>

namespace bs::wallet {

// Fails when the profile names no operator server.
Result<std::unique_ptr<operator_api::OperatorClient>>
operatorClient(Profile& profile, std::chrono::milliseconds timeout = std::chrono::seconds(15));

} // namespace bs::wallet
