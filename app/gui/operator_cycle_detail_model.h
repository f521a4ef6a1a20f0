// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One distribution cycle in detail: its figures, a stepper through the states, its transfers
// with their status, followed live while it runs (GET /revenue/cycles/{id}, polled with
// backoff), and the retry of a failed cycle (the same period and pool again, after the
// funding is checked; transfers already confirmed are not sent again).
//
// Used by the Cycles page for the selected cycle and by the "New cycle" dialog for the cycle
// it started. Every state it sees goes back into the cycles list.
#include "operator/management_types.h"
#include "steps_model.h"
#include "task.h"
#include "wallet/profile.h"

#include <QAbstractListModel>
#include <QString>

#include <memory>
#include <optional>

namespace bs::gui {

class CyclesModel;

class CycleDetailModel : public QAbstractListModel
{
    Q_OBJECT
    // Following or retrying the cycle.
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    Q_PROPERTY(bs::gui::StepsModel* steps READ steps CONSTANT)
    Q_PROPERTY(bool shown READ shown NOTIFY cycleChanged)
    Q_PROPERTY(QString cycleId READ cycleId NOTIFY cycleChanged)
    Q_PROPERTY(int status READ status NOTIFY cycleChanged) // CyclesModel::Status
    Q_PROPERTY(QString statusText READ statusText NOTIFY cycleChanged)
    Q_PROPERTY(bool ended READ final NOTIFY cycleChanged) // in a final state
    Q_PROPERTY(QString period READ period NOTIFY cycleChanged)
    Q_PROPERTY(QString pool READ pool NOTIFY cycleChanged)
    Q_PROPERTY(QString distributed READ distributed NOTIFY cycleChanged)
    Q_PROPERTY(QString dust READ dust NOTIFY cycleChanged)
    Q_PROPERTY(bool hasDust READ hasDust NOTIFY cycleChanged)
    Q_PROPERTY(QString providers READ providers NOTIFY cycleChanged)
    Q_PROPERTY(QString totalWeight READ totalWeight NOTIFY cycleChanged)
    Q_PROPERTY(int confirmed READ confirmed NOTIFY cycleChanged)
    Q_PROPERTY(QString createdAt READ createdAt NOTIFY cycleChanged)
    Q_PROPERTY(QString completedAt READ completedAt NOTIFY cycleChanged)
    Q_PROPERTY(QString error READ error NOTIFY cycleChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY cycleChanged)
    Q_PROPERTY(QString tokenSymbol READ tokenSymbol CONSTANT)

public:
    enum TransferStatus
    {
        TransferQueued,
        TransferSubmitted,
        TransferConfirmed,
        TransferFailed,
    };
    Q_ENUM(TransferStatus)
    enum Role
    {
        ProviderIdRole = Qt::UserRole + 1,
        AddressRole,
        AmountRole, // the allocation, every decimal ("" when the server does not say)
        DustRole,   // the part the transfer cannot carry, or ""
        StatusRole, // TransferStatus
        StatusTextRole,
        TxHashRole, // 0x… or ""
        BlockRole,  // block number, or ""
    };

    CycleDetailModel(std::shared_ptr<wallet::Profile> profile,
                     CyclesModel* cycles,
                     QObject* parent = nullptr);
    ~CycleDetailModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Task* task() { return &m_task; }
    const Task* task() const { return &m_task; }
    StepsModel* steps() { return &m_steps; }
    bool shown() const { return m_cycle.has_value(); }
    QString cycleId() const;
    int status() const;
    QString statusText() const;
    bool final() const;
    QString period() const;
    QString pool() const;
    QString distributed() const;
    QString dust() const;
    bool hasDust() const;
    QString providers() const;
    QString totalWeight() const;
    int confirmed() const;
    QString createdAt() const;
    QString completedAt() const;
    QString error() const;
    bool canRetry() const;
    QString tokenSymbol() const;
    const std::optional<operator_api::Cycle>& cycle() const { return m_cycle; }

    // Shows the cycle and, unless it is final, follows it.
    void show(const operator_api::Cycle& cycle);
    // Shows the cycle of the list with that id ("" clears).
    Q_INVOKABLE void select(const QString& cycleId);
    // Follows the shown cycle until it is final (again, after a Stop).
    Q_INVOKABLE void follow();
    // Retries the shown failed cycle: the period is checked against the cycles, the funding
    // against what its unpaid transfers need, then the cycle starts again and is followed.
    Q_INVOKABLE void retry();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void cycleChanged();

private:
    // A new state of the shown cycle (from the worker's progress or a result).
    void update(const operator_api::Cycle& cycle);
    void updateSteps();

    std::shared_ptr<wallet::Profile> m_profile;
    CyclesModel* m_cycles;
    bool m_publishing = false; // in upsert: its cycleUpdated is this model's own news
    unsigned m_decimals;
    Task m_task;
    StepsModel m_steps;
    std::optional<operator_api::Cycle> m_cycle;
};

// The stage of a followed cycle in words, with its progress (0..1): the state, and during
// the payments how many transfers are confirmed.
QString followStage(const operator_api::Cycle& cycle);
double followFraction(const operator_api::Cycle& cycle);

} // namespace bs::gui
