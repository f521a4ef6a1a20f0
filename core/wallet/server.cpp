// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/server.h"

#include "wallet/vault_operator_cache.h"

namespace bs::wallet {

Result<std::unique_ptr<operator_api::OperatorClient>>
operatorClient(Profile& profile, std::chrono::milliseconds timeout)
{
    const chain::Network& n = profile.network();
    if (!n.operatorUrl)
        return fail(BS_TR("wallet", "this profile has no operator server; add its address in the "
                                    "profile's network settings."));
    operator_api::OperatorClientOptions options;
    options.http.allowPlainHttp = n.allowPlainHttp;
    options.http.timeout = timeout;
    std::shared_ptr<operator_api::OperatorCache> cache;
    if (SharedVault* vault = profile.vault())
        cache = std::make_shared<VaultOperatorCache>(*vault);
    else
        cache = std::make_shared<operator_api::MemoryOperatorCache>();
    auto client = operator_api::OperatorClient::create(*n.operatorUrl, options, std::move(cache));
    if (!client)
        return client.error();
    return std::move(*client);
}

} // namespace bs::wallet
