// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The provider's pages: dashboard, registration, earnings, claim. Everything comes from the
// core on worker threads (Task); this object holds the results as display strings and
// numbers for the views. Nothing here or in the views holds a key: workers take them from
// the open profile.
//
// The balance and the claim need the chain only. The operator's server adds the provider
// state and the earnings breakdown; when it does not answer, the rest keeps working and
// serverOnline says so.
#include "eerc/history.h"
#include "operator/api_types.h"
#include "task.h"
#include "util/u256.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace bs::gui {

class AppSettings;
class EarningsModel;
struct OpenProfile;

class ProviderModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* refreshTask READ refreshTask CONSTANT)
    Q_PROPERTY(bs::gui::Task* registerTask READ registerTask CONSTANT)
    Q_PROPERTY(bs::gui::Task* claimTask READ claimTask CONSTANT)
    Q_PROPERTY(bs::gui::EarningsModel* earnings READ earnings CONSTANT)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    // Chain
    Q_PROPERTY(QString chainError READ chainError NOTIFY changed)
    Q_PROPERTY(QString syncText READ syncText NOTIFY changed)
    Q_PROPERTY(bool onchainRegistered READ onchainRegistered NOTIFY changed)
    Q_PROPERTY(QString balance READ balance NOTIFY changed)
    // "verified", "recovered", "unreadable", or "" before the first read
    Q_PROPERTY(QString balanceStatus READ balanceStatus NOTIFY changed)
    Q_PROPERTY(QString balanceDetail READ balanceDetail NOTIFY changed)
    Q_PROPERTY(QString tokenSymbol READ tokenSymbol NOTIFY changed)
    // Operator server
    Q_PROPERTY(bool serverConfigured READ serverConfigured CONSTANT)
    Q_PROPERTY(bool serverOnline READ serverOnline NOTIFY changed)
    Q_PROPERTY(QString serverMessage READ serverMessage NOTIFY changed)
    // "unregistered", "registered", "integrated", "earning_revenue", "suspended", "unknown"
    Q_PROPERTY(QString operatorStatus READ operatorStatus NOTIFY changed)
    Q_PROPERTY(QVariantMap registration READ registration NOTIFY changed)
    // The registration stepper: [{label, done}] for key on chain, registered with the
    // operator, integrated, earning revenue.
    Q_PROPERTY(QVariantList registrationSteps READ registrationSteps NOTIFY changed)
    // Summary
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY changed)
    // Claim
    Q_PROPERTY(QVariantList preflight READ preflight NOTIFY claimChanged)
    Q_PROPERTY(bool preflightPassed READ preflightPassed NOTIFY claimChanged)
    Q_PROPERTY(QVariantMap claimResult READ claimResult NOTIFY claimChanged)
    Q_PROPERTY(QString claimInFlight READ claimInFlight NOTIFY claimChanged)

public:
    ProviderModel(std::shared_ptr<OpenProfile> profile, AppSettings* settings, QObject* parent);
    ~ProviderModel() override;

    // First refresh, the refresh timer, and any claim left in flight by an earlier run.
    void start();

    Task* refreshTask() { return m_refreshTask; }
    Task* registerTask() { return m_registerTask; }
    Task* claimTask() { return m_claimTask; }
    EarningsModel* earnings() const { return m_earnings; }
    bool loaded() const { return m_loaded; }
    QString chainError() const { return m_chainError; }
    QString syncText() const;
    bool onchainRegistered() const { return m_onchainRegistered; }
    QString balance() const { return m_balance; }
    QString balanceStatus() const { return m_balanceStatus; }
    QString balanceDetail() const { return m_balanceDetail; }
    QString tokenSymbol() const { return m_tokenSymbol; }
    bool serverConfigured() const;
    bool serverOnline() const { return m_serverOnline; }
    QString serverMessage() const { return m_serverMessage; }
    QString operatorStatus() const { return m_operatorStatus; }
    QVariantMap registration() const { return m_registration; }
    QVariantList registrationSteps() const;
    QVariantMap summary() const { return m_summary; }
    QVariantList preflight() const { return m_preflight; }
    bool preflightPassed() const { return m_preflightPassed; }
    QVariantMap claimResult() const { return m_claimResult; }
    QString claimInFlight() const { return m_claimInFlight; }

    // Reads the chain (and the server, if configured) again.
    Q_INVOKABLE void refresh();
    // Checks the operator registration fields; returns field -> message for each problem
    // (empty when all are fine). Keys: displayName, contactEmail, apiName, baseUrl,
    // category, pricing.
    Q_INVOKABLE QVariantMap validateRegistration(const QVariantMap& details) const;
    // Registers with the operator's server (signed with the wallet key).
    Q_INVOKABLE void registerWithOperator(const QVariantMap& details);
    // Registers the eERC key on chain (proof, transaction, confirmations).
    Q_INVOKABLE void registerOnChain();
    // Claim: `amount` in USDC ("" or "all": everything). The preflight reads the balance,
    // checks the amount and dry-runs the proof with eth_call; claim() proves, sends and
    // confirms. Both need only the chain.
    Q_INVOKABLE void preflightClaim(const QString& amount);
    Q_INVOKABLE void claim(const QString& amount);
    Q_INVOKABLE void resetClaim();
    // Writes the payouts table as CSV; returns "" or the error.
    Q_INVOKABLE QString exportCsv(const QUrl& file) const;
    // The chart data for a period ("7d", "30d", "all"): {bars: [{label, value, exact}],
    // cumulative: [{label, value, exact}], max, cumulativeMax}.
    Q_INVOKABLE QVariantMap chart(const QString& period) const;
    Q_INVOKABLE void copyToClipboard(const QString& text) const;
    // The explorer page of a transaction on a known network, or an empty URL.
    Q_INVOKABLE QUrl explorerUrl(const QString& txHash) const;

Q_SIGNALS:
    void changed();
    void claimChanged();
    // New payouts arrived since the last refresh (not on the first one).
    void newPayouts(int count, const QString& total);

private:
    struct Snapshot;
    void apply(Snapshot snapshot);
    void setPreflight(QVariantList items, bool passed);
    void resumeClaims();

    std::shared_ptr<OpenProfile> m_profile;
    AppSettings* m_settings;
    Task* m_refreshTask;
    Task* m_registerTask;
    Task* m_claimTask;
    EarningsModel* m_earnings;
    QTimer m_timer;

    bool m_loaded = false;
    QString m_chainError;
    quint64 m_block = 0;
    QDateTime m_syncedAt;
    bool m_onchainRegistered = false;
    QString m_balance;
    QString m_balanceStatus;
    QString m_balanceDetail;
    QString m_tokenSymbol = QStringLiteral("USDC");
    unsigned m_tokenDecimals = 6;
    unsigned m_eercDecimals = 6;
    bool m_serverOnline = false;
    QString m_serverMessage;
    QString m_operatorStatus = QStringLiteral("unknown");
    QVariantMap m_registration;
    QVariantMap m_summary;
    QVariantList m_preflight;
    bool m_preflightPassed = false;
    QVariantMap m_claimResult;
    QString m_claimInFlight;
    std::optional<std::size_t> m_knownCredits; // credits seen at the last refresh
    // The operator's last earnings report this session: while the server is down the
    // breakdown stays as it was (the chain amounts are always re-read).
    std::optional<ledger::Earnings> m_lastEarnings;
};

// An amount in base units as the views show it: all decimals, digits grouped in the locale
// ("1,234.500000").
QString displayAmount(const U256& baseUnits, unsigned decimals);

} // namespace bs::gui
