// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator's Cycles page: every distribution cycle (GET /revenue/cycles, newest first)
// with its state, and the chart of pool and provider count per cycle. The selected cycle's
// detail, its live progress and its retry are CycleDetailModel's; a new cycle is
// NewCycleModel's. Both put the cycles they see change back into this list (upsert).
#include "operator/management_types.h"
#include "task.h"
#include "wallet/profile.h"

#include <QAbstractListModel>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>
#include <vector>

namespace bs::gui {

class CyclesModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)
    Q_PROPERTY(QString tokenSymbol READ tokenSymbol CONSTANT)

public:
    // A cycle's state (spec operator-api.md, "Revenue distribution").
    enum Status
    {
        StatusCollectingMetrics,
        StatusCalculatingRevenue,
        StatusGeneratingProofs,
        StatusDistributingPayments,
        StatusCompleted,
        StatusFailed,
        StatusSkipped, // skipped_insufficient_usage: no usage in the period, nothing paid
    };
    Q_ENUM(Status)
    enum Role
    {
        CycleIdRole = Qt::UserRole + 1,
        PeriodRole, // UTC
        PoolRole,   // every decimal, locale grouping
        DistributedRole,
        StatusRole, // Status
        StatusTextRole,
        StepRole,  // operator_api::cycleStep: 0..3 running, 4 final
        FinalRole, // bool
        ProvidersRole,  // provider count, or "" until calculated
        TransfersRole,  // "1 / 2" confirmed of all, or ""
        CreatedAtRole,  // local time
        ErrorRole,      // why it failed, or ""
    };

    explicit CyclesModel(std::shared_ptr<wallet::Profile> profile, QObject* parent = nullptr);
    ~CyclesModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Task* task() { return &m_task; }
    int count() const { return int(m_cycles.size()); }
    bool loaded() const { return m_loaded; }
    QString tokenSymbol() const;
    unsigned decimals() const { return m_decimals; }

    static Status statusOf(operator_api::CycleStatus status);
    static QString statusText(operator_api::CycleStatus status);

    // Reads every cycle again.
    Q_INVOKABLE void refresh();
    // The chart of the `newest` cycles, oldest first: {points: [{label, cycle, pool (a double,
    // for drawing), poolExact, providers, status}], maxPool, maxProviders}.
    Q_INVOKABLE QVariantMap chart(int newest = 24) const;

    std::optional<operator_api::Cycle> cycle(const QString& cycleId) const;
    const std::vector<operator_api::Cycle>& cycles() const { return m_cycles; }
    void setCycles(std::vector<operator_api::Cycle> cycles);
    // Adds the cycle or replaces the one with its id (cycleUpdated tells the detail views).
    void upsert(const operator_api::Cycle& cycle);

Q_SIGNALS:
    void countChanged();
    // The list or one of its cycles changed (for the chart).
    void cyclesChanged();
    // A detail view has news of `cycle` in full (upsert): the other views of it follow.
    void cycleUpdated(const bs::operator_api::Cycle& cycle);

private:
    std::shared_ptr<wallet::Profile> m_profile;
    unsigned m_decimals;
    Task m_task;
    std::vector<operator_api::Cycle> m_cycles;
    bool m_loaded = false;
};

} // namespace bs::gui
