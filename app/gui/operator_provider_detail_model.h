// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The detail pane of the operator's Providers page: the selected provider's registration and
// its usage and payouts per cycle, as the operator's server reports them
// (GET /providers/{id}/earnings, which an operator may read for any provider).
#include "ledger/entries.h"
#include "operator/api_types.h"
#include "task.h"
#include "wallet/profile.h"

#include <QAbstractListModel>
#include <QString>

#include <memory>
#include <optional>

namespace bs::gui {

class ProvidersModel;

class ProviderDetailModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    Q_PROPERTY(bool selected READ selected NOTIFY providerChanged)
    Q_PROPERTY(QString providerId READ providerId NOTIFY providerChanged)
    Q_PROPERTY(QString name READ name NOTIFY providerChanged)
    Q_PROPERTY(QString address READ address NOTIFY providerChanged)
    Q_PROPERTY(QString email READ email NOTIFY providerChanged)
    Q_PROPERTY(QString apiName READ apiName NOTIFY providerChanged)
    Q_PROPERTY(QString apiUrl READ apiUrl NOTIFY providerChanged)
    Q_PROPERTY(QString category READ category NOTIFY providerChanged)
    Q_PROPERTY(QString pricing READ pricing NOTIFY providerChanged)
    Q_PROPERTY(int status READ status NOTIFY providerChanged) // ProvidersModel::Status
    Q_PROPERTY(QString statusText READ statusText NOTIFY providerChanged)
    Q_PROPERTY(bool onchainRegistered READ onchainRegistered NOTIFY providerChanged)
    Q_PROPERTY(QString createdAt READ createdAt NOTIFY providerChanged)
    Q_PROPERTY(QString updatedAt READ updatedAt NOTIFY providerChanged)
    // The earnings report (empty until read): every decimal, locale grouping.
    Q_PROPERTY(bool reportLoaded READ reportLoaded NOTIFY reportChanged)
    Q_PROPERTY(QString totalPaid READ totalPaid NOTIFY reportChanged)
    Q_PROPERTY(QString totalCalls READ totalCalls NOTIFY reportChanged)
    Q_PROPERTY(int cycleCount READ cycleCount NOTIFY reportChanged)
    Q_PROPERTY(QString tokenSymbol READ tokenSymbol NOTIFY reportChanged)

public:
    enum Role
    {
        CycleIdRole = Qt::UserRole + 1,
        PeriodRole,      // UTC
        CallsRole,       // "300 / 400"
        ShareRole,       // "75.00 %"
        AmountRole,      // the operator's amount, every decimal
        CycleStatusRole, // the server's word
        PaidRole,        // bool: the transfer is on chain (confirmed)
        TxHashRole,      // 0x… or ""
    };

    ProviderDetailModel(std::shared_ptr<wallet::Profile> profile,
                        ProvidersModel* providers,
                        QObject* parent = nullptr);
    ~ProviderDetailModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Task* task() { return &m_task; }
    bool selected() const { return m_provider.has_value(); }
    QString providerId() const;
    QString name() const;
    QString address() const;
    QString email() const;
    QString apiName() const;
    QString apiUrl() const;
    QString category() const;
    QString pricing() const;
    int status() const;
    QString statusText() const;
    bool onchainRegistered() const;
    QString createdAt() const;
    QString updatedAt() const;
    bool reportLoaded() const { return m_report.has_value(); }
    QString totalPaid() const;
    QString totalCalls() const;
    int cycleCount() const;
    QString tokenSymbol() const;

    // Shows `providerId` (from the providers list) and reads its earnings report. "" clears.
    Q_INVOKABLE void select(const QString& providerId);
    // Reads the report of the selected provider again.
    Q_INVOKABLE void reload();

    // The report as read (tests).
    const std::optional<ledger::Earnings>& report() const { return m_report; }

Q_SIGNALS:
    void providerChanged();
    void reportChanged();

private:
    void setReport(std::optional<ledger::Earnings> report);

    std::shared_ptr<wallet::Profile> m_profile;
    ProvidersModel* m_providers;
    Task m_task;
    std::optional<operator_api::Provider> m_provider;
    std::optional<ledger::Earnings> m_report;
};

} // namespace bs::gui
