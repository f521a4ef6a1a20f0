// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator_providers_model.h"

#include "error_text.h"
#include "guiapp.h"
#include "operator/management_types.h"
#include "operator_link.h"

#include <algorithm>

namespace bs::gui {

namespace {

using operator_api::Provider;
using operator_api::ProviderStatus;

QString addressOf(const Provider& p)
{
    return QString::fromStdString(p.details.address.toChecksumHex());
}

bool oneLine(const QString& text)
{
    return std::none_of(text.begin(), text.end(),
                        [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace

ProvidersModel::ProvidersModel(std::shared_ptr<wallet::Profile> profile, QObject* parent)
    : QAbstractListModel(parent)
    , m_profile(std::move(profile))
{
    LanguageChange::followRows(this);
}

ProvidersModel::~ProvidersModel()
{
    m_task.stopAndWait();
}

ProvidersModel::Status ProvidersModel::statusOf(ProviderStatus status)
{
    switch (status) {
    case ProviderStatus::Registered:
        return StatusRegistered;
    case ProviderStatus::Integrated:
        return StatusIntegrated;
    case ProviderStatus::EarningRevenue:
        return StatusEarningRevenue;
    case ProviderStatus::Suspended:
        return StatusSuspended;
    }
    return StatusRegistered;
}

QString ProvidersModel::statusText(ProviderStatus status)
{
    switch (status) {
    case ProviderStatus::Registered:
        //: A provider's state: registered, waiting for the operator's approval
        return tr("Registered");
    case ProviderStatus::Integrated:
        //: A provider's state: approved and wired into FlowMCP
        return tr("Integrated");
    case ProviderStatus::EarningRevenue:
        return tr("Earning revenue");
    case ProviderStatus::Suspended:
        return tr("Suspended");
    }
    return {};
}

ProviderStatus ProvidersModel::targetOf(Action action)
{
    switch (action) {
    case ActionApprove:
        return ProviderStatus::Integrated;
    case ActionSuspend:
        return ProviderStatus::Suspended;
    case ActionReinstate:
        return ProviderStatus::Registered;
    }
    return ProviderStatus::Suspended;
}

int ProvidersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> ProvidersModel::roleNames() const
{
    return {{ProviderIdRole, "providerId"},   {NameRole, "name"},
            {AddressRole, "address"},         {ApiNameRole, "apiName"},
            {ApiUrlRole, "apiUrl"},           {CategoryRole, "category"},
            {EmailRole, "email"},             {StatusRole, "status"},
            {StatusTextRole, "statusText"},   {OnchainRole, "onchainRegistered"},
            {CreatedAtRole, "createdAt"},     {CanApproveRole, "canApprove"},
            {CanSuspendRole, "canSuspend"},   {CanReinstateRole, "canReinstate"}};
}

QVariant ProvidersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const Provider& p = m_all[m_shown[std::size_t(index.row())]];
    switch (role) {
    case ProviderIdRole:
        return p.providerId;
    case NameRole:
        return p.details.displayName;
    case AddressRole:
        return addressOf(p);
    case ApiNameRole:
        return p.details.api.name;
    case ApiUrlRole:
        return p.details.api.baseUrl;
    case CategoryRole:
        return p.details.api.category;
    case EmailRole:
        return p.details.contactEmail;
    case StatusRole:
        return QVariant::fromValue(statusOf(p.status));
    case StatusTextRole:
        return statusText(p.status);
    case OnchainRole:
        return p.onchainRegistered;
    case CreatedAtRole:
        return localTime(p.createdAt);
    case CanApproveRole:
        return operator_api::transitionAllowed(p.status, ProviderStatus::Integrated);
    case CanSuspendRole:
        return operator_api::transitionAllowed(p.status, ProviderStatus::Suspended);
    case CanReinstateRole:
        return operator_api::transitionAllowed(p.status, ProviderStatus::Registered);
    default:
        return {};
    }
}

void ProvidersModel::setStatusFilter(int status)
{
    if (status < -1 || status > StatusSuspended)
        status = -1;
    if (status == m_statusFilter)
        return;
    m_statusFilter = status;
    applyFilter();
    Q_EMIT filterChanged();
}

void ProvidersModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    applyFilter();
    Q_EMIT filterChanged();
}

bool ProvidersModel::matches(const Provider& p) const
{
    if (m_statusFilter >= 0 && statusOf(p.status) != m_statusFilter)
        return false;
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString& field : {p.providerId, p.details.displayName, addressOf(p),
                                 p.details.api.name, p.details.contactEmail}) {
        if (field.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ProvidersModel::applyFilter()
{
    beginResetModel();
    m_shown.clear();
    for (std::size_t i = 0; i < m_all.size(); ++i) {
        if (matches(m_all[i]))
            m_shown.push_back(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void ProvidersModel::setProviders(std::vector<Provider> providers)
{
    m_all = std::move(providers);
    m_loaded = true;
    applyFilter();
}

std::optional<Provider> ProvidersModel::provider(const QString& providerId) const
{
    for (const Provider& p : m_all) {
        if (p.providerId == providerId)
            return p;
    }
    return std::nullopt;
}

void ProvidersModel::replace(const Provider& p)
{
    const auto it = std::find_if(m_all.begin(), m_all.end(), [&](const Provider& x) {
        return x.providerId == p.providerId;
    });
    if (it == m_all.end()) {
        m_all.push_back(p);
        applyFilter();
        return;
    }
    *it = p;
    const std::size_t at = std::size_t(it - m_all.begin());
    const auto shown = std::find(m_shown.begin(), m_shown.end(), at);
    if (!matches(p) || shown == m_shown.end()) {
        // It leaves (or enters) the filtered view.
        applyFilter();
        return;
    }
    const QModelIndex row = index(int(shown - m_shown.begin()));
    Q_EMIT dataChanged(row, row);
}

void ProvidersModel::refresh()
{
    auto profile = m_profile;
    m_task.start(tr("Reading the providers"),
                 [this, profile](const TaskContext& ctx) -> Result<Task::Apply> {
                     auto link = openOperatorLink(*profile, false);
                     if (!link)
                         return link.error();
                     auto list = (*link)->api->providers(*(*link)->key, std::nullopt,
                                                         ctx.stopToken());
                     if (!list)
                         return errorOf(list.error());
                     return Task::Apply([this, list = std::move(*list)]() mutable {
                         setProviders(std::move(list));
                     });
                 });
}

QString ProvidersModel::reasonProblem(int action, const QString& reason) const
{
    const QString why = reason.trimmed();
    if (why.isEmpty() && action != ActionApprove)
        return action == ActionSuspend ? tr("Say why the provider is suspended.")
                                       : tr("Say why the provider is reinstated.");
    if (why.size() > 500)
        return tr("At most 500 characters (%1 now).").arg(why.size());
    if (!oneLine(why))
        return tr("Write the reason on one line.");
    return {};
}

QString ProvidersModel::actionRefusal(const QString& providerId, int action) const
{
    if (action < ActionApprove || action > ActionReinstate)
        return tr("Unknown action.");
    const auto p = provider(providerId);
    if (!p)
        return tr("Provider %1 is not in the list; refresh it.").arg(providerId);
    const ProviderStatus to = targetOf(Action(action));
    if (operator_api::transitionAllowed(p->status, to))
        return {};
    return errorText(operator_api::refusedTransition(p->status, to));
}

void ProvidersModel::changeStatus(const QString& providerId, int action, const QString& reason)
{
    if (!reasonProblem(action, reason).isEmpty() || !actionRefusal(providerId, action).isEmpty())
        return;
    const ProviderStatus to = targetOf(Action(action));
    auto profile = m_profile;
    const QString stage = action == ActionApprove   ? tr("Approving %1").arg(providerId)
                          : action == ActionSuspend ? tr("Suspending %1").arg(providerId)
                                                    : tr("Reinstating %1").arg(providerId);
    m_task.start(stage, [this, profile, providerId, to, reason,
                         action](const TaskContext& ctx) -> Result<Task::Apply> {
        auto link = openOperatorLink(*profile, false);
        if (!link)
            return link.error();
        auto changed = (*link)->api->setProviderStatus(*(*link)->key, providerId, to,
                                                       reason.trimmed(), ctx.stopToken());
        if (!changed)
            return errorOf(changed.error());
        const QString what = changed->details.displayName.isEmpty()
                                 ? changed->providerId
                                 : changed->details.displayName;
        profile->activity().add(wallet::ActivityEntry::Kind::Server,
                                QStringLiteral("Set provider %1 to %2.")
                                    .arg(changed->providerId,
                                         operator_api::providerStatusName(changed->status)));
        return Task::Apply([this, p = std::move(*changed), what, action] {
            replace(p);
            m_notice = action == ActionApprove   ? tr("%1 is approved (integrated).").arg(what)
                       : action == ActionSuspend ? tr("%1 is suspended.").arg(what)
                                                 : tr("%1 is reinstated (registered).").arg(what);
            Q_EMIT noticeChanged();
            Q_EMIT providerChanged(p.providerId);
        });
    });
}

} // namespace bs::gui
