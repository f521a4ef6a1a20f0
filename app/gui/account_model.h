// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The account as the dashboard and the top bar show it: the balance (decrypted and checked,
// or why not), how fresh the chain data is, and whether the operator's server answers. Filled
// by ProviderPages from the account and server use cases; display strings and enums only.
#include "wallet/account.h"
#include "wallet/provider_server.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace bs::gui {

class AccountModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString chainError READ chainError NOTIFY changed)
    Q_PROPERTY(QString syncText READ syncText NOTIFY changed)
    Q_PROPERTY(bool onchainRegistered READ onchainRegistered NOTIFY changed)
    Q_PROPERTY(QString balance READ balance NOTIFY changed)
    Q_PROPERTY(BalanceState balanceState READ balanceState NOTIFY changed)
    Q_PROPERTY(QString balanceDetail READ balanceDetail NOTIFY changed)
    Q_PROPERTY(QString tokenSymbol READ tokenSymbol NOTIFY changed)
    // The deployment's precision in one sentence, and whether its contract keeps fewer
    // decimals than the token (small payouts become dust: providers are warned).
    Q_PROPERTY(QString precisionText READ precisionText NOTIFY changed)
    Q_PROPERTY(bool keepsDust READ keepsDust NOTIFY changed)
    // The token's decimals as the chain states them (0 before the first read).
    Q_PROPERTY(int tokenDecimals READ tokenDecimalsInt NOTIFY changed)
    Q_PROPERTY(ServerState serverState READ serverState NOTIFY changed)
    Q_PROPERTY(QString serverMessage READ serverMessage NOTIFY changed)
    Q_PROPERTY(ProviderState providerState READ providerState NOTIFY changed)
    Q_PROPERTY(QString providerStateText READ providerStateText NOTIFY changed)

public:
    // Plain enums with prefixed names: QML reads them as AccountModel.BalanceVerified.
    enum BalanceState
    {
        BalanceUnknown,      // not read yet, or the chain could not be read
        BalanceUnregistered, // the key is not registered on chain
        BalanceVerified,     // decrypted and checked against the ElGamal balance
        BalanceRecovered,    // the parts disagreed; the enforced balance was recovered
        BalanceUnreadable,   // could not be read with this key
    };
    Q_ENUM(BalanceState)
    enum ServerState
    {
        ServerNotConfigured, // the profile names no operator server
        ServerNotRegistered, // this provider has not registered with it
        ServerOnline,
        ServerOffline,
    };
    Q_ENUM(ServerState)
    // The provider's state with the operator (spec operator-api.md, "Providers").
    enum ProviderState
    {
        ProviderUnknown, // the server could not be asked
        ProviderUnregistered,
        ProviderRegistered,
        ProviderIntegrated,
        ProviderEarningRevenue,
        ProviderSuspended,
    };
    Q_ENUM(ProviderState)

    AccountModel(bool serverConfigured, QString tokenSymbol, QObject* parent = nullptr);

    static ProviderState stateOf(operator_api::ProviderStatus status);

    // A refresh's results: the chain part (or its error) and the server part.
    void apply(const Result<wallet::AccountState>& account,
               const wallet::ProviderServerState& server);
    // Registration with the operator succeeded just now.
    void setRegistered(ProviderState state);
    // The key was registered on chain just now.
    void setOnchainRegistered();

    bool loaded() const { return m_loaded; }
    QString chainError() const;
    QString syncText() const;
    bool onchainRegistered() const { return m_onchainRegistered; }
    QString balance() const { return m_balance; }
    BalanceState balanceState() const { return m_balanceState; }
    QString balanceDetail() const { return m_balanceDetail ? m_balanceDetail() : QString(); }
    QString tokenSymbol() const { return m_tokenSymbol; }
    QString precisionText() const;
    bool keepsDust() const;
    ServerState serverState() const { return m_serverState; }
    QString serverMessage() const;
    ProviderState providerState() const { return m_providerState; }
    QString providerStateText() const;
    std::uint64_t block() const { return m_block; }
    unsigned tokenDecimals() const { return m_tokenDecimals; }
    int tokenDecimalsInt() const { return int(m_tokenDecimals); }
    unsigned eercDecimals() const { return m_eercDecimals; }

Q_SIGNALS:
    void changed();

private:
    bool m_loaded = false;
    std::optional<Error> m_chainError; // worded when read: it follows a language switch
    std::uint64_t m_block = 0;
    bool m_onchainRegistered = false;
    QString m_balance;
    BalanceState m_balanceState = BalanceUnknown;
    std::function<QString()> m_balanceDetail; // worded when read (language switch)
    QString m_tokenSymbol;
    unsigned m_tokenDecimals = 0; // as read from the chain
    unsigned m_eercDecimals = 0;
    ServerState m_serverState;
    std::optional<Error> m_serverError;
    QString m_serverMessage; // the English when the server state carries no code
    ProviderState m_providerState = ProviderUnknown;
};

} // namespace bs::gui
