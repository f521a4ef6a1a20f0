// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator_cycles_model.h"

#include "format.h"
#include "guiapp.h"
#include "ledger/money.h"
#include "operator_link.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace bs::gui {

using operator_api::Cycle;
using operator_api::CycleStatus;

CyclesModel::CyclesModel(std::shared_ptr<wallet::Profile> profile, QObject* parent)
    : QAbstractListModel(parent)
    , m_profile(std::move(profile))
    , m_decimals(networkDecimals(*m_profile))
{
    LanguageChange::followRows(this);
}

CyclesModel::~CyclesModel()
{
    m_task.stopAndWait();
}

CyclesModel::Status CyclesModel::statusOf(CycleStatus status)
{
    switch (status) {
    case CycleStatus::CollectingMetrics:
        return StatusCollectingMetrics;
    case CycleStatus::CalculatingRevenue:
        return StatusCalculatingRevenue;
    case CycleStatus::GeneratingProofs:
        return StatusGeneratingProofs;
    case CycleStatus::DistributingPayments:
        return StatusDistributingPayments;
    case CycleStatus::Completed:
        return StatusCompleted;
    case CycleStatus::Failed:
        return StatusFailed;
    case CycleStatus::SkippedInsufficientUsage:
        return StatusSkipped;
    }
    return StatusFailed;
}

QString CyclesModel::statusText(CycleStatus status)
{
    switch (status) {
    case CycleStatus::CollectingMetrics:
        return tr("Collecting metrics");
    case CycleStatus::CalculatingRevenue:
        return tr("Calculating revenue");
    case CycleStatus::GeneratingProofs:
        return tr("Generating proofs");
    case CycleStatus::DistributingPayments:
        return tr("Distributing payments");
    case CycleStatus::Completed:
        return tr("Completed");
    case CycleStatus::Failed:
        return tr("Failed");
    case CycleStatus::SkippedInsufficientUsage:
        //: A cycle without any usage in its period: nothing was paid
        return tr("Skipped (no usage)");
    }
    return {};
}

QString CyclesModel::tokenSymbol() const
{
    return networkSymbol(*m_profile);
}

int CyclesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> CyclesModel::roleNames() const
{
    return {{CycleIdRole, "cycleId"},     {PeriodRole, "period"},
            {PoolRole, "pool"},           {DistributedRole, "distributed"},
            {StatusRole, "status"},       {StatusTextRole, "statusText"},
            {StepRole, "step"},           {FinalRole, "ended"},
            {ProvidersRole, "providers"}, {TransfersRole, "transfers"},
            {CreatedAtRole, "createdAt"}, {ErrorRole, "error"}};
}

QVariant CyclesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const Cycle& c = m_cycles[std::size_t(index.row())];
    switch (role) {
    case CycleIdRole:
        return c.cycleId;
    case PeriodRole:
        return periodText(c.periodStart, c.periodEnd);
    case PoolRole:
        return displayAmount(c.pool, m_decimals);
    case DistributedRole:
        return displayAmount(c.distributed, m_decimals);
    case StatusRole:
        return QVariant::fromValue(statusOf(c.status));
    case StatusTextRole:
        return statusText(c.status);
    case StepRole:
        return operator_api::cycleStep(c.status);
    case FinalRole:
        return operator_api::isFinal(c.status);
    case ProvidersRole:
        return c.providerCount ? displayCount(*c.providerCount) : QString();
    case TransfersRole: {
        if (c.transfers.empty())
            return QString();
        const auto confirmed =
            std::count_if(c.transfers.begin(), c.transfers.end(), [](const auto& t) {
                return t.status == operator_api::TransferStatus::Confirmed;
            });
        return QStringLiteral("%1 / %2").arg(confirmed).arg(c.transfers.size());
    }
    case CreatedAtRole:
        return localTime(c.createdAt);
    case ErrorRole:
        return c.error;
    default:
        return {};
    }
}

void CyclesModel::setCycles(std::vector<Cycle> cycles)
{
    beginResetModel();
    m_cycles = std::move(cycles);
    // Newest period first, as the server lists them.
    std::stable_sort(m_cycles.begin(), m_cycles.end(), [](const Cycle& a, const Cycle& b) {
        return a.periodStart > b.periodStart;
    });
    m_loaded = true;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT cyclesChanged();
}

void CyclesModel::upsert(const Cycle& cycle)
{
    const auto it = std::find_if(m_cycles.begin(), m_cycles.end(), [&](const Cycle& c) {
        return c.cycleId == cycle.cycleId;
    });
    if (it == m_cycles.end() || it->periodStart != cycle.periodStart) {
        std::vector<Cycle> cycles = m_cycles;
        std::erase_if(cycles, [&](const Cycle& c) { return c.cycleId == cycle.cycleId; });
        cycles.push_back(cycle);
        setCycles(std::move(cycles));
    } else {
        *it = cycle;
        const QModelIndex row = index(int(it - m_cycles.begin()));
        Q_EMIT dataChanged(row, row);
        Q_EMIT cyclesChanged();
    }
    Q_EMIT cycleUpdated(cycle);
}

std::optional<Cycle> CyclesModel::cycle(const QString& cycleId) const
{
    for (const Cycle& c : m_cycles) {
        if (c.cycleId == cycleId)
            return c;
    }
    return std::nullopt;
}

void CyclesModel::refresh()
{
    auto profile = m_profile;
    m_task.start(tr("Reading the cycles"),
                 [this, profile](const TaskContext& ctx) -> Result<Task::Apply> {
                     auto link = openOperatorLink(*profile, false);
                     if (!link)
                         return link.error();
                     auto list = (*link)->api->cycles(*(*link)->key, ctx.stopToken());
                     if (!list)
                         return errorOf(list.error());
                     return Task::Apply([this, list = std::move(*list)]() mutable {
                         setCycles(std::move(list));
                     });
                 });
}

QVariantMap CyclesModel::chart(int newest) const
{
    QVariantList points;
    double maxPool = 0;
    qulonglong maxProviders = 0;
    // Category labels must be unique (the axis merges equal ones): the period's start day,
    // with its time where a day starts several periods.
    QSet<QString> used;
    const int shown = std::clamp(newest, 0, count());
    for (int i = shown - 1; i >= 0; --i) {
        const Cycle& c = m_cycles[std::size_t(i)];
        const QDateTime start = c.periodStart.toUTC();
        QString label = QLocale().toString(start, QStringLiteral("MMM d"));
        if (used.contains(label))
            label = QLocale().toString(start, QStringLiteral("MMM d HH:mm"));
        for (int n = 2; used.contains(label); ++n)
            label = QLocale().toString(start, QStringLiteral("MMM d HH:mm")) +
                    QStringLiteral(" (%1)").arg(n);
        used.insert(label);
        const double pool =
            QString::fromStdString(ledger::formatAmount(c.pool, m_decimals)).toDouble();
        const qulonglong providers = c.providerCount.value_or(0);
        points.append(QVariantMap{{QStringLiteral("label"), label},
                                  {QStringLiteral("cycle"), c.cycleId},
                                  {QStringLiteral("pool"), pool},
                                  {QStringLiteral("poolExact"), displayAmount(c.pool, m_decimals)},
                                  {QStringLiteral("providers"), providers},
                                  {QStringLiteral("status"), statusText(c.status)}});
        maxPool = std::max(maxPool, pool);
        maxProviders = std::max(maxProviders, providers);
    }
    return {{QStringLiteral("points"), points},
            {QStringLiteral("maxPool"), maxPool},
            {QStringLiteral("maxProviders"), maxProviders}};
}

} // namespace bs::gui
