// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator_provider_detail_model.h"

#include "format.h"
#include "guiapp.h"
#include "ledger/fairness.h"
#include "operator_link.h"
#include "operator_providers_model.h"
#include "util/hex.h"

namespace bs::gui {

ProviderDetailModel::ProviderDetailModel(std::shared_ptr<wallet::Profile> profile,
                                         ProvidersModel* providers,
                                         QObject* parent)
    : QAbstractListModel(parent)
    , m_profile(std::move(profile))
    , m_providers(providers)
{
    LanguageChange::followRows(this);
    LanguageChange::follow(this, &ProviderDetailModel::providerChanged);
    // A status change answered by the server: the pane shows the new state.
    connect(m_providers, &ProvidersModel::providerChanged, this, [this](const QString& id) {
        if (m_provider && m_provider->providerId == id) {
            m_provider = m_providers->provider(id);
            Q_EMIT providerChanged();
        }
    });
}

ProviderDetailModel::~ProviderDetailModel()
{
    m_task.stopAndWait();
}

int ProviderDetailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->cycles.size());
}

QHash<int, QByteArray> ProviderDetailModel::roleNames() const
{
    return {{CycleIdRole, "cycleId"}, {PeriodRole, "period"},
            {CallsRole, "calls"},     {ShareRole, "share"},
            {AmountRole, "amount"},   {CycleStatusRole, "cycleStatus"},
            {PaidRole, "paid"},       {TxHashRole, "txHash"}};
}

QVariant ProviderDetailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const ledger::EarningsCycle& c = m_report->cycles[std::size_t(index.row())];
    switch (role) {
    case CycleIdRole:
        return c.cycleId;
    case PeriodRole:
        return periodText(c.periodStart, c.periodEnd);
    case CallsRole:
        return displayAmount(c.weight, 0) + QStringLiteral(" / ") + displayAmount(c.totalWeight, 0);
    case ShareRole: {
        const auto share = ledger::sharePercent(c.weight, c.totalWeight);
        return share ? QString::fromStdString(*share) + QStringLiteral(" %") : QString();
    }
    case AmountRole:
        return displayAmount(c.amount, unsigned(m_report->tokenDecimals));
    case CycleStatusRole:
        return c.status;
    case PaidRole:
        return c.transfer.has_value();
    case TxHashRole:
        return c.transfer
                   ? QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(c.transfer->txHash))
                   : QString();
    default:
        return {};
    }
}

QString ProviderDetailModel::providerId() const
{
    return m_provider ? m_provider->providerId : QString();
}

QString ProviderDetailModel::name() const
{
    return m_provider ? m_provider->details.displayName : QString();
}

QString ProviderDetailModel::address() const
{
    return m_provider ? QString::fromStdString(m_provider->details.address.toChecksumHex())
                      : QString();
}

QString ProviderDetailModel::email() const
{
    return m_provider ? m_provider->details.contactEmail : QString();
}

QString ProviderDetailModel::apiName() const
{
    return m_provider ? m_provider->details.api.name : QString();
}

QString ProviderDetailModel::apiUrl() const
{
    return m_provider ? m_provider->details.api.baseUrl : QString();
}

QString ProviderDetailModel::category() const
{
    return m_provider ? m_provider->details.api.category : QString();
}

QString ProviderDetailModel::pricing() const
{
    return m_provider ? m_provider->details.api.pricing : QString();
}

int ProviderDetailModel::status() const
{
    return m_provider ? ProvidersModel::statusOf(m_provider->status) : -1;
}

QString ProviderDetailModel::statusText() const
{
    return m_provider ? ProvidersModel::statusText(m_provider->status) : QString();
}

bool ProviderDetailModel::onchainRegistered() const
{
    return m_provider && m_provider->onchainRegistered;
}

QString ProviderDetailModel::createdAt() const
{
    return m_provider ? localTime(m_provider->createdAt) : QString();
}

QString ProviderDetailModel::updatedAt() const
{
    return m_provider ? localTime(m_provider->updatedAt) : QString();
}

QString ProviderDetailModel::totalPaid() const
{
    return m_report ? displayAmount(m_report->distributed, unsigned(m_report->tokenDecimals))
                    : QString();
}

QString ProviderDetailModel::totalCalls() const
{
    if (!m_report)
        return {};
    U256 calls;
    for (const ledger::EarningsCycle& c : m_report->cycles)
        calls = calls.checkedAdd(c.weight).value_or(U256::max());
    return displayAmount(calls, 0);
}

int ProviderDetailModel::cycleCount() const
{
    return m_report ? int(m_report->totalCycles) : 0;
}

QString ProviderDetailModel::tokenSymbol() const
{
    return m_report && !m_report->tokenSymbol.isEmpty() ? m_report->tokenSymbol
                                                        : networkSymbol(*m_profile);
}

void ProviderDetailModel::setReport(std::optional<ledger::Earnings> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
    Q_EMIT reportChanged();
}

void ProviderDetailModel::select(const QString& providerId)
{
    m_task.stopAndWait();
    m_provider = providerId.isEmpty() ? std::nullopt : m_providers->provider(providerId);
    setReport(std::nullopt);
    Q_EMIT providerChanged();
    reload();
}

void ProviderDetailModel::reload()
{
    if (!m_provider)
        return;
    auto profile = m_profile;
    const QString id = m_provider->providerId;
    m_task.start(tr("Reading the usage and payouts of %1").arg(id),
                 [this, profile, id](const TaskContext& ctx) -> Result<Task::Apply> {
                     auto link = openOperatorLink(*profile, false);
                     if (!link)
                         return link.error();
                     auto report = (*link)->client->earnings(*(*link)->key, id, std::nullopt,
                                                             std::nullopt, ctx.stopToken());
                     if (!report)
                         return errorOf(report.error());
                     return Task::Apply([this, id, report = std::move(*report)]() mutable {
                         if (m_provider && m_provider->providerId == id)
                             setReport(std::move(report));
                     });
                 });
}

} // namespace bs::gui
