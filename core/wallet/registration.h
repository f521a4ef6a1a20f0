// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use cases: register the profile's eERC key on chain (proof made here), and register as a
// provider with the operator's server.
#include "eerc/operations.h"
#include "operator/api_types.h"
#include "util/result.h"
#include "wallet/profile.h"
#include "wallet/progress.h"

#include <stop_token>

namespace bs::wallet {

// Does nothing when this key is registered already; refuses when another key is (registering
// again would make the old balance unreadable). Needs only the chain.
Result<eerc::RegistrationOutcome>
registerOnChain(Profile& profile, Progress& progress = noProgress(), std::stop_token stop = {});

// What a provider tells the operator about itself (the address and key are the profile's).
struct ProviderListing
{
    QString displayName;
    QString contactEmail;
    operator_api::ProviderApi api;
};

// The fields of a listing the operator would refuse (empty when all are fine); each front end
// words them itself.
enum class ListingProblem
{
    DisplayName,
    ContactEmail,
    ApiName,
    BaseUrl,
    Category,
    Pricing,
};
std::vector<ListingProblem> checkListing(const ProviderListing& listing);

// The listing registered last from this profile, if any.
std::optional<ProviderListing> savedListing(const Profile& profile);

// POST /providers/register, signed with the wallet key; the provider id is kept in the
// profile (setting operator.providerId) for the earnings and state calls.
Result<operator_api::Provider>
registerWithOperator(Profile& profile, const ProviderListing& listing, std::stop_token stop = {});

} // namespace bs::wallet
