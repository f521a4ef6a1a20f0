// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator's Providers page: every registered provider (all pages of GET /providers),
// filtered by status and a search text here (the list is read whole, so filtering needs no
// round trip), and the status changes the spec allows: approve (integrated), suspend, and
// reinstate (registered), each with a reason. Which change a row offers follows
// operator_api::transitionAllowed; the server's answer replaces the row.
#include "operator/api_types.h"
#include "task.h"
#include "wallet/profile.h"

#include <QAbstractListModel>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace bs::gui {

class ProvidersModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    // Rows shown (after the filter) / providers read.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)
    // A Status, or -1 for every status.
    Q_PROPERTY(int statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    // Matched against id, name, address, API name and contact email, case-insensitively.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    // What the last status change did, in words ("" before any).
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    // The provider's state with the operator (spec operator-api.md, "Providers").
    enum Status
    {
        StatusRegistered,
        StatusIntegrated,
        StatusEarningRevenue,
        StatusSuspended,
    };
    Q_ENUM(Status)
    // What the operator can do to a provider.
    enum Action
    {
        ActionApprove,   // registered -> integrated
        ActionSuspend,   // any state but suspended -> suspended
        ActionReinstate, // suspended -> registered
    };
    Q_ENUM(Action)
    enum Role
    {
        ProviderIdRole = Qt::UserRole + 1,
        NameRole,
        AddressRole, // checksummed
        ApiNameRole,
        ApiUrlRole,
        CategoryRole,
        EmailRole,
        StatusRole,     // Status
        StatusTextRole, // in words
        OnchainRole,    // bool: the eERC key is registered on chain
        CreatedAtRole,  // local time
        CanApproveRole,
        CanSuspendRole,
        CanReinstateRole,
    };

    explicit ProvidersModel(std::shared_ptr<wallet::Profile> profile, QObject* parent = nullptr);
    ~ProvidersModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Task* task() { return &m_task; }
    int count() const { return int(m_shown.size()); }
    int total() const { return int(m_all.size()); }
    bool loaded() const { return m_loaded; }
    int statusFilter() const { return m_statusFilter; }
    void setStatusFilter(int status);
    QString search() const { return m_search; }
    void setSearch(const QString& text);
    QString notice() const { return m_notice; }

    static Status statusOf(operator_api::ProviderStatus status);
    static QString statusText(operator_api::ProviderStatus status);
    static operator_api::ProviderStatus targetOf(Action action);

    // Reads every provider again.
    Q_INVOKABLE void refresh();
    // "" when `reason` is acceptable for `action` (suspending and reinstating need one;
    // at most 500 characters on one line), else the sentence to show.
    Q_INVOKABLE QString reasonProblem(int action, const QString& reason) const;
    // "" when the provider's state allows `action`, else why not and what is possible.
    Q_INVOKABLE QString actionRefusal(const QString& providerId, int action) const;
    // Sends the status change (signed); nothing when reasonProblem or actionRefusal object.
    Q_INVOKABLE void changeStatus(const QString& providerId, int action, const QString& reason);

    // The provider with that id, as last read.
    std::optional<operator_api::Provider> provider(const QString& providerId) const;
    const std::vector<operator_api::Provider>& providers() const { return m_all; }
    // Replaces the list (e.g. from a refresh); keeps the filter.
    void setProviders(std::vector<operator_api::Provider> providers);

Q_SIGNALS:
    void countChanged();
    void filterChanged();
    void noticeChanged();
    // A provider's row changed (a status change answered by the server).
    void providerChanged(const QString& providerId);

private:
    void applyFilter();
    bool matches(const operator_api::Provider& p) const;
    void replace(const operator_api::Provider& p);

    std::shared_ptr<wallet::Profile> m_profile;
    Task m_task;
    std::vector<operator_api::Provider> m_all;
    std::vector<std::size_t> m_shown; // indexes into m_all
    bool m_loaded = false;
    int m_statusFilter = -1;
    QString m_search;
    QString m_notice;
};

} // namespace bs::gui
