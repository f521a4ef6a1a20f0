// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/types.h"

namespace bs::vault {

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
