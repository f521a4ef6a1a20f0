// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator_cycle_detail_model.h"

#include "format.h"
#include "guiapp.h"
#include "ledger/money.h"
#include "operator_cycles_model.h"
#include "operator_link.h"
#include "util/hex.h"

#include <QCoreApplication>

#include <algorithm>

namespace bs::gui {

using operator_api::Cycle;
using operator_api::CycleStatus;
using operator_api::CycleTransfer;

namespace {

int confirmedOf(const Cycle& c)
{
    return int(std::count_if(c.transfers.begin(), c.transfers.end(), [](const CycleTransfer& t) {
        return t.status == operator_api::TransferStatus::Confirmed;
    }));
}

// Follows `cycleId` to its end on the worker: every change goes to `target` on the GUI thread
// (update()), and the task's stage says where it is.
Result<Cycle> followOnWorker(OperatorLink& link,
                             const QString& cycleId,
                             const TaskContext& ctx,
                             const std::function<void(const Cycle&)>& post)
{
    auto end = link.api->followCycle(
        *link.key, cycleId,
        [&](const Cycle& c) {
            ctx.progress(followStage(c), followFraction(c));
            post(c);
        },
        {}, ctx.stopToken());
    if (!end)
        return errorOf(end.error());
    return std::move(*end);
}

} // namespace

QString followStage(const Cycle& c)
{
    if (c.status == CycleStatus::DistributingPayments && !c.transfers.empty())
        return QCoreApplication::translate("Operator", "Cycle %1: %2, %3 of %4 transfers confirmed")
            .arg(c.cycleId, CyclesModel::statusText(c.status))
            .arg(confirmedOf(c))
            .arg(c.transfers.size());
    return QCoreApplication::translate("Operator", "Cycle %1: %2")
        .arg(c.cycleId, CyclesModel::statusText(c.status));
}

double followFraction(const Cycle& c)
{
    const int step = operator_api::cycleStep(c.status);
    if (c.status == CycleStatus::DistributingPayments && !c.transfers.empty())
        return (3.0 + double(confirmedOf(c)) / double(c.transfers.size())) / 4.0;
    return double(step) / 4.0;
}

CycleDetailModel::CycleDetailModel(std::shared_ptr<wallet::Profile> profile,
                                   CyclesModel* cycles,
                                   QObject* parent)
    : QAbstractListModel(parent)
    , m_profile(std::move(profile))
    , m_cycles(cycles)
    , m_decimals(networkDecimals(*m_profile))
    , m_steps([] {
          return QStringList{tr("Collecting metrics"), tr("Calculating revenue"),
                             tr("Generating proofs"), tr("Distributing payments"),
                             tr("Completed")};
      })
{
    LanguageChange::followRows(this);
    LanguageChange::follow(this, &CycleDetailModel::cycleChanged);
    // The page's detail and the New cycle dialog's progress may show the same cycle: what one
    // learns (a retry that completed it) the other shows, unless it is following it itself.
    if (m_cycles)
        connect(m_cycles, &CyclesModel::cycleUpdated, this, [this](const Cycle& c) {
            if (!m_publishing && m_cycle && m_cycle->cycleId == c.cycleId && !m_task.running())
                show(c);
        });
}

CycleDetailModel::~CycleDetailModel()
{
    m_task.stopAndWait();
}

int CycleDetailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_cycle ? 0 : int(m_cycle->transfers.size());
}

QHash<int, QByteArray> CycleDetailModel::roleNames() const
{
    return {{ProviderIdRole, "providerId"}, {AddressRole, "address"},
            {AmountRole, "amount"},         {DustRole, "dust"},
            {StatusRole, "status"},         {StatusTextRole, "statusText"},
            {TxHashRole, "txHash"},         {BlockRole, "block"}};
}

QVariant CycleDetailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const CycleTransfer& t = m_cycle->transfers[std::size_t(index.row())];
    switch (role) {
    case ProviderIdRole:
        return t.providerId;
    case AddressRole:
        return QString::fromStdString(t.address.toChecksumHex());
    case AmountRole:
        return t.amount ? displayAmount(*t.amount, m_decimals) : QString();
    case DustRole:
        return t.dust.isZero() ? QString() : displayAmount(t.dust, m_decimals);
    case StatusRole:
        switch (t.status) {
        case operator_api::TransferStatus::Queued:
            return QVariant::fromValue(TransferQueued);
        case operator_api::TransferStatus::Submitted:
            return QVariant::fromValue(TransferSubmitted);
        case operator_api::TransferStatus::Confirmed:
            return QVariant::fromValue(TransferConfirmed);
        case operator_api::TransferStatus::Failed:
            return QVariant::fromValue(TransferFailed);
        }
        return {};
    case StatusTextRole:
        switch (t.status) {
        case operator_api::TransferStatus::Queued:
            //: A payout transfer's state: waiting to be sent
            return tr("Queued");
        case operator_api::TransferStatus::Submitted:
            return tr("Submitted");
        case operator_api::TransferStatus::Confirmed:
            return tr("Confirmed");
        case operator_api::TransferStatus::Failed:
            return tr("Failed");
        }
        return {};
    case TxHashRole:
        return t.txHash ? QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(*t.txHash))
                        : QString();
    case BlockRole:
        return t.blockNumber ? displayCount(*t.blockNumber) : QString();
    default:
        return {};
    }
}

QString CycleDetailModel::cycleId() const
{
    return m_cycle ? m_cycle->cycleId : QString();
}

int CycleDetailModel::status() const
{
    return m_cycle ? CyclesModel::statusOf(m_cycle->status) : -1;
}

QString CycleDetailModel::statusText() const
{
    return m_cycle ? CyclesModel::statusText(m_cycle->status) : QString();
}

bool CycleDetailModel::final() const
{
    return m_cycle && operator_api::isFinal(m_cycle->status);
}

QString CycleDetailModel::period() const
{
    return m_cycle ? periodText(m_cycle->periodStart, m_cycle->periodEnd) : QString();
}

QString CycleDetailModel::pool() const
{
    return m_cycle ? displayAmount(m_cycle->pool, m_decimals) : QString();
}

QString CycleDetailModel::distributed() const
{
    return m_cycle ? displayAmount(m_cycle->distributed, m_decimals) : QString();
}

QString CycleDetailModel::dust() const
{
    return m_cycle ? displayAmount(m_cycle->dust, m_decimals) : QString();
}

bool CycleDetailModel::hasDust() const
{
    return m_cycle && !m_cycle->dust.isZero();
}

QString CycleDetailModel::providers() const
{
    return m_cycle && m_cycle->providerCount ? displayCount(*m_cycle->providerCount) : QString();
}

QString CycleDetailModel::totalWeight() const
{
    return m_cycle && m_cycle->totalWeight ? displayAmount(*m_cycle->totalWeight, 0) : QString();
}

int CycleDetailModel::confirmed() const
{
    return m_cycle ? confirmedOf(*m_cycle) : 0;
}

QString CycleDetailModel::createdAt() const
{
    return m_cycle ? localTime(m_cycle->createdAt) : QString();
}

QString CycleDetailModel::completedAt() const
{
    return m_cycle && m_cycle->completedAt ? localTime(*m_cycle->completedAt) : QString();
}

QString CycleDetailModel::error() const
{
    return m_cycle ? m_cycle->error : QString();
}

bool CycleDetailModel::canRetry() const
{
    return m_cycle && m_cycle->status == CycleStatus::Failed;
}

QString CycleDetailModel::tokenSymbol() const
{
    return networkSymbol(*m_profile);
}

void CycleDetailModel::updateSteps()
{
    if (!m_cycle) {
        m_steps.setDone(0);
        return;
    }
    const Cycle& c = *m_cycle;
    switch (c.status) {
    case CycleStatus::Completed:
        m_steps.setDone(5);
        break;
    case CycleStatus::SkippedInsufficientUsage:
        // Calculated, and nothing to pay.
        m_steps.setDone(2);
        break;
    case CycleStatus::Failed: {
        // As far as the figures show it got.
        const bool calculated = c.totalWeight.has_value();
        const bool proved = std::any_of(c.transfers.begin(), c.transfers.end(),
                                        [](const CycleTransfer& t) { return t.txHash.has_value(); });
        m_steps.setDone(std::vector<bool>{true, calculated, proved, false, false});
        break;
    }
    default:
        m_steps.setDone(operator_api::cycleStep(c.status));
        break;
    }
}

void CycleDetailModel::update(const Cycle& cycle)
{
    if (!m_cycle || m_cycle->cycleId != cycle.cycleId)
        return;
    beginResetModel();
    m_cycle = cycle;
    endResetModel();
    updateSteps();
    Q_EMIT cycleChanged();
    if (m_cycles) {
        // The list tells every view of this cycle; this one knows already.
        m_publishing = true;
        m_cycles->upsert(cycle);
        m_publishing = false;
    }
}

void CycleDetailModel::show(const Cycle& cycle)
{
    m_task.stopAndWait();
    beginResetModel();
    m_cycle = cycle;
    endResetModel();
    updateSteps();
    Q_EMIT cycleChanged();
    if (!operator_api::isFinal(cycle.status))
        follow();
}

void CycleDetailModel::select(const QString& cycleId)
{
    if (m_cycle && m_cycle->cycleId == cycleId)
        return;
    const auto c = m_cycles ? m_cycles->cycle(cycleId) : std::nullopt;
    if (!c) {
        clear();
        return;
    }
    show(*c);
}

void CycleDetailModel::clear()
{
    m_task.stopAndWait();
    beginResetModel();
    m_cycle.reset();
    endResetModel();
    updateSteps();
    Q_EMIT cycleChanged();
}

void CycleDetailModel::follow()
{
    if (!m_cycle || operator_api::isFinal(m_cycle->status))
        return;
    auto profile = m_profile;
    const QString id = m_cycle->cycleId;
    m_task.start(followStage(*m_cycle), [this, profile, id](const TaskContext& ctx)
                                            -> Result<Task::Apply> {
        auto link = openOperatorLink(*profile, false);
        if (!link)
            return link.error();
        auto end = followOnWorker(**link, id, ctx, [this](const Cycle& c) {
            QMetaObject::invokeMethod(this, [this, c] { update(c); }, Qt::QueuedConnection);
        });
        if (!end)
            return end.error();
        return Task::Apply([this, c = std::move(*end)] { update(c); });
    });
}

void CycleDetailModel::retry()
{
    if (!canRetry())
        return;
    auto profile = m_profile;
    const Cycle failed = *m_cycle;
    m_task.start(tr("Checking the funding for the retry of %1").arg(failed.cycleId),
                 [this, profile, failed](const TaskContext& ctx) -> Result<Task::Apply> {
        auto link = openOperatorLink(*profile, true);
        if (!link)
            return link.error();
        wallet::OperatorActions& actions = *(*link)->actions;
        auto units = actions.units(ctx.stopToken());
        if (!units)
            return units.error();
        // The same period and pool: prepare() finds the failed cycle and checks what its
        // unpaid transfers need against the funding.
        auto prepared = actions.prepare(
            failed.periodStart, failed.periodEnd,
            QString::fromStdString(ledger::formatAmount(failed.pool, units->tokenDecimals)),
            ctx.stopToken());
        if (!prepared)
            return errorOf(prepared.error());
        if (!prepared->retryOf || prepared->retryOf->cycleId != failed.cycleId)
            return fail(QCoreApplication::translate("Operator",
                                                    "Cycle %1 can no longer be retried; refresh "
                                                    "the cycles.")
                            .arg(failed.cycleId)
                            .toStdString());
        ctx.progress(tr("Starting cycle %1 again").arg(failed.cycleId));
        // Once asked, the server may have started it: a stop now would leave that unknown.
        ctx.setCancellable(false);
        auto started = actions.start(*prepared, ctx.stopToken());
        if (!started)
            return errorOf(started.error());
        ctx.setCancellable(true);
        profile->activity().add(wallet::ActivityEntry::Kind::Server,
                                QStringLiteral("Retried distribution cycle %1.")
                                    .arg(started->cycleId));
        const Cycle first = *started;
        QMetaObject::invokeMethod(this, [this, first] { update(first); }, Qt::QueuedConnection);
        auto end = followOnWorker(**link, first.cycleId, ctx, [this](const Cycle& c) {
            QMetaObject::invokeMethod(this, [this, c] { update(c); }, Qt::QueuedConnection);
        });
        if (!end)
            return end.error();
        return Task::Apply([this, c = std::move(*end)] { update(c); });
    });
}

} // namespace bs::gui
