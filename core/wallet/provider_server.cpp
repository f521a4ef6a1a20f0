// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/provider_server.h"

#include "wallet/server.h"

namespace bs::wallet {

namespace {

ProviderServerState logged(Profile& profile, ProviderServerState s)
{
    if (s.configured && s.registered)
        profile.activity().add(ActivityEntry::Kind::Server,
                               s.online ? QStringLiteral("Read the provider state and earnings "
                                                         "from the operator's server.")
                                        : QStringLiteral("The operator's server did not answer: %1")
                                              .arg(QString::fromStdString(s.message)),
                               !s.online);
    return s;
}

// Why the server could not be read.
ProviderServerState failed(Profile& profile, ProviderServerState s, Error why)
{
    s.message = why.message;
    s.error = std::move(why);
    return logged(profile, std::move(s));
}

} // namespace

ProviderServerState readProviderServerState(Profile& profile, std::stop_token stop)
{
    ProviderServerState s;
    s.configured = profile.network().operatorUrl.has_value();
    const QString providerId = profile.setting(kSettingProviderId);
    s.registered = !providerId.isEmpty();
    if (!s.configured || !s.registered)
        return s;
    auto client = operatorClient(profile);
    if (!client)
        return failed(profile, std::move(s), client.error());
    auto provider = (*client)->provider(profile.keys().wallet, providerId, stop);
    if (!provider)
        return failed(profile, std::move(s), provider.error().toError());
    s.provider = std::move(*provider);
    auto earnings = (*client)->earnings(profile.keys().wallet, providerId, {}, {}, stop);
    if (!earnings)
        return failed(profile, std::move(s), earnings.error().toError());
    s.earnings = std::move(*earnings);
    s.online = true;
    return logged(profile, std::move(s));
}

} // namespace bs::wallet
