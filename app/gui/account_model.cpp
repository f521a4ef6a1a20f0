// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_model.h"

#include "error_text.h"
#include "format.h"
#include "guiapp.h"
#include "ledger/money.h"

namespace bs::gui {

AccountModel::ProviderState AccountModel::stateOf(operator_api::ProviderStatus status)
{
    switch (status) {
    case operator_api::ProviderStatus::Registered:
        return ProviderRegistered;
    case operator_api::ProviderStatus::Integrated:
        return ProviderIntegrated;
    case operator_api::ProviderStatus::EarningRevenue:
        return ProviderEarningRevenue;
    case operator_api::ProviderStatus::Suspended:
        return ProviderSuspended;
    }
    return ProviderUnknown;
}

AccountModel::AccountModel(bool serverConfigured, QString tokenSymbol, QObject* parent)
    : QObject(parent)
    , m_tokenSymbol(std::move(tokenSymbol))
    , m_serverState(serverConfigured ? ServerNotRegistered : ServerNotConfigured)
{
    LanguageChange::follow(this, &AccountModel::changed);
}

QString AccountModel::chainError() const
{
    return m_chainError ? errorText(*m_chainError) : QString();
}

QString AccountModel::serverMessage() const
{
    return m_serverError ? errorText(*m_serverError, m_serverMessage) : QString();
}

QString AccountModel::syncText() const
{
    if (m_chainError)
        return tr("Not synced");
    if (m_block == 0)
        return tr("Syncing…");
    return tr("Up to date at block %1").arg(displayCount(m_block));
}

bool AccountModel::keepsDust() const
{
    return ledger::UnitScale{m_tokenDecimals, m_eercDecimals}.keepsDust();
}

QString AccountModel::precisionText() const
{
    if (m_block == 0)
        return {};
    return precisionSentence(m_tokenSymbol, {m_tokenDecimals, m_eercDecimals});
}

QString AccountModel::providerStateText() const
{
    switch (m_providerState) {
    case ProviderUnknown:
        return tr("unknown");
    case ProviderUnregistered:
        return tr("not registered");
    case ProviderRegistered:
        return tr("registered");
    case ProviderIntegrated:
        return tr("integrated");
    case ProviderEarningRevenue:
        return tr("earning revenue");
    case ProviderSuspended:
        return tr("suspended");
    }
    return {};
}

void AccountModel::apply(const Result<wallet::AccountState>& account,
                         const wallet::ProviderServerState& server)
{
    m_loaded = true;
    if (!account) {
        m_chainError = account.error();
    } else {
        const wallet::AccountState& s = *account;
        m_chainError.reset();
        m_block = s.block;
        m_tokenDecimals = s.tokenDecimals;
        m_eercDecimals = s.eercDecimals;
        m_onchainRegistered = s.registered;
        const QString block = displayCount(s.block);
        const ledger::UnitScale units{s.tokenDecimals, s.eercDecimals};
        // Every amount in token units, whatever the contract's decimals.
        const auto shown = [&](const U256& eercAmount) {
            return displayTokenAmount(eercAmount, units);
        };
        if (!s.registered) {
            m_balance.clear();
            m_balanceState = BalanceUnregistered;
            m_balanceDetail = [] { return tr("Register your key on chain to receive payouts."); };
        } else if (!s.balance) {
            m_balance = displayAmount(U256(), s.tokenDecimals);
            m_balanceState = BalanceVerified;
            m_balanceDetail = [block] {
                return tr("No payout has reached this address yet (block %1).").arg(block);
            };
        } else {
            const eerc::DecryptedBalance& b = *s.balance;
            switch (b.status) {
            case eerc::DecryptedBalance::Status::Verified:
                m_balance = shown(b.amount);
                m_balanceState = BalanceVerified;
                m_balanceDetail = [block] {
                    return tr("Decrypted with your key and checked against the encrypted "
                              "(ElGamal) balance on chain at block %1.")
                        .arg(block);
                };
                break;
            case eerc::DecryptedBalance::Status::Recovered:
                m_balance = shown(b.amount);
                m_balanceState = BalanceRecovered;
                m_balanceDetail = [sum = shown(b.pctSum), amount = shown(b.amount), block] {
                    return tr("The amounts stored for you add up to %1, but the encrypted balance "
                              "the contract enforces is %2 (block %3). The value shown is the "
                              "enforced one.")
                        .arg(sum, amount, block);
                };
                break;
            case eerc::DecryptedBalance::Status::Unreadable:
                m_balance.clear();
                m_balanceState = BalanceUnreadable;
                m_balanceDetail = [block] {
                    return tr("Your encrypted balance at block %1 could not be read with this "
                              "key. Check that the profile's key is the registered one.")
                        .arg(block);
                };
                break;
            }
        }
    }

    if (!server.configured) {
        m_serverState = ServerNotConfigured;
        m_serverError.reset();
    } else if (!server.registered) {
        m_serverState = ServerNotRegistered;
        m_serverError.reset();
        m_providerState = ProviderUnregistered;
    } else {
        m_serverState = server.online ? ServerOnline : ServerOffline;
        m_serverError = server.error;
        m_serverMessage = QString::fromStdString(server.message);
        // While the server is down the last known state stays.
        if (server.provider)
            m_providerState = stateOf(server.provider->status);
    }
    Q_EMIT changed();
}

void AccountModel::setRegistered(ProviderState state)
{
    m_providerState = state;
    m_serverState = ServerOnline;
    m_serverError.reset();
    Q_EMIT changed();
}

void AccountModel::setOnchainRegistered()
{
    m_onchainRegistered = true;
    Q_EMIT changed();
}

} // namespace bs::gui
