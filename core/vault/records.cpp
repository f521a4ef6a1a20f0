// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/records.h"

namespace bs::vault {

NetworkIdentity identityOf(const std::optional<chain::Network>& network)
{
    if (!network)
        return {};
    const chain::Network& n = *network;
    const auto address = [](const crypto::EthAddress& a) {
        return QString::fromStdString(a.toChecksumHex());
    };
    return {n.deployment.chainId,
            n.name,
            n.rpcUrl.toString(),
            n.operatorUrl ? n.operatorUrl->toString() : QString(),
            address(n.deployment.registrar),
            address(n.deployment.encryptedErc),
            address(n.deployment.token),
            n.deployment.deploymentBlock,
            n.allowPlainHttp};
}

Result<std::optional<chain::Network>> networkOf(const NetworkIdentity& id,
                                                const QByteArray& description)
{
    if (!description.isEmpty()) {
        auto network = chain::parseNetwork(description);
        if (!network)
            return fail(BS_TR("vault", "the stored network cannot be read (%1); restore the "
                                       "vault from a backup"),
                        network.error());
        network->allowPlainHttp = id.allowPlainHttp;
        return std::optional<chain::Network>(std::move(*network));
    }
    if (id.chainId == 0)
        return std::optional<chain::Network>();
    chain::Network n;
    n.deployment.chainId = id.chainId;
    n.name = id.name;
    n.rpcUrl = QUrl(id.rpcUrl);
    if (!id.operatorUrl.isEmpty())
        n.operatorUrl = QUrl(id.operatorUrl);
    auto registrar = crypto::EthAddress::fromString(id.registrar.toStdString());
    auto eerc = crypto::EthAddress::fromString(id.eerc.toStdString());
    auto token = crypto::EthAddress::fromString(id.token.toStdString());
    // Older writers stored whatever they were given; an identity without its contracts is no
    // usable network (the app then asks for one) rather than a vault that cannot be unlocked.
    if (!registrar || !eerc || !token)
        return std::optional<chain::Network>();
    n.deployment.registrar = *registrar;
    n.deployment.encryptedErc = *eerc;
    n.deployment.token = *token;
    n.deployment.deploymentBlock = id.deploymentBlock;
    n.allowPlainHttp = id.allowPlainHttp;
    return std::optional<chain::Network>(std::move(n));
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Provider:
        return QStringLiteral("provider");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Operator:
        return QStringLiteral("operator");
    }
    return QStringLiteral("provider");
}

std::optional<Role> parseRole(const QString& text)
{
    for (Role r : {Role::Provider, Role::Auditor, Role::Operator}) {
        if (text == roleName(r))
            return r;
    }
    return std::nullopt;
}

QString claimStateName(ClaimState state)
{
    switch (state) {
    case ClaimState::Building:
        return QStringLiteral("building");
    case ClaimState::Sent:
        return QStringLiteral("sent");
    case ClaimState::Confirmed:
        return QStringLiteral("confirmed");
    case ClaimState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("building");
}

std::optional<ClaimState> parseClaimState(const QString& text)
{
    for (ClaimState s :
         {ClaimState::Building, ClaimState::Sent, ClaimState::Confirmed, ClaimState::Failed}) {
        if (text == claimStateName(s))
            return s;
    }
    return std::nullopt;
}

} // namespace bs::vault
