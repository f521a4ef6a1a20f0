// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator_servers_model.h"

#include "guiapp.h"
#include "operator_link.h"

#include <QClipboard>
#include <QGuiApplication>

#include <algorithm>

namespace bs::gui {

using operator_api::ServerStatus;
using operator_api::UsageServer;

UsageServersModel::UsageServersModel(std::shared_ptr<wallet::Profile> profile, QObject* parent)
    : QAbstractListModel(parent)
    , m_profile(std::move(profile))
{
    LanguageChange::followRows(this);
}

UsageServersModel::~UsageServersModel()
{
    m_task.stopAndWait();
    forgetToken();
}

int UsageServersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> UsageServersModel::roleNames() const
{
    return {{ServerIdRole, "serverId"},     {NameRole, "name"},
            {StatusRole, "status"},         {StatusTextRole, "statusText"},
            {CreatedAtRole, "createdAt"},   {RevokedAtRole, "revokedAt"}};
}

QVariant UsageServersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const UsageServer& s = m_servers[std::size_t(index.row())];
    const bool active = s.status == ServerStatus::Active;
    switch (role) {
    case ServerIdRole:
        return s.serverId;
    case NameRole:
        return s.name;
    case StatusRole:
        return QVariant::fromValue(active ? StatusActive : StatusRevoked);
    case StatusTextRole:
        //: A usage server's state: its token is accepted / refused
        return active ? tr("Active") : tr("Revoked");
    case CreatedAtRole:
        return localTime(s.createdAt);
    case RevokedAtRole:
        return s.revokedAt ? localTime(*s.revokedAt) : QString();
    default:
        return {};
    }
}

int UsageServersModel::activeCount() const
{
    return int(std::count_if(m_servers.begin(), m_servers.end(), [](const UsageServer& s) {
        return s.status == ServerStatus::Active;
    }));
}

std::span<const char> UsageServersModel::token() const
{
    return m_token ? m_token->chars() : std::span<const char>();
}

void UsageServersModel::setServers(std::vector<UsageServer> servers)
{
    beginResetModel();
    // Newest first: the one just created is at the top.
    m_servers = std::move(servers);
    std::stable_sort(m_servers.begin(), m_servers.end(),
                     [](const UsageServer& a, const UsageServer& b) {
                         return a.createdAt > b.createdAt;
                     });
    m_loaded = true;
    endResetModel();
    Q_EMIT countChanged();
}

void UsageServersModel::replace(const UsageServer& server)
{
    std::vector<UsageServer> servers = m_servers;
    const auto it = std::find_if(servers.begin(), servers.end(), [&](const UsageServer& s) {
        return s.serverId == server.serverId;
    });
    if (it == servers.end())
        servers.push_back(server);
    else
        *it = server;
    setServers(std::move(servers));
}

void UsageServersModel::setNotice(const QString& text)
{
    m_notice = text;
    Q_EMIT noticeChanged();
}

void UsageServersModel::refresh()
{
    auto profile = m_profile;
    m_task.start(tr("Reading the usage servers"),
                 [this, profile](const TaskContext& ctx) -> Result<Task::Apply> {
                     auto link = openOperatorLink(*profile, false);
                     if (!link)
                         return link.error();
                     auto list =
                         (*link)->api->servers(*(*link)->key, std::nullopt, ctx.stopToken());
                     if (!list)
                         return errorOf(list.error());
                     return Task::Apply([this, list = std::move(*list)]() mutable {
                         setServers(std::move(list));
                     });
                 });
}

QString UsageServersModel::nameProblem(const QString& name) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return tr("Enter a name, e.g. flowmcp-eu-1.");
    if (n.size() > 100)
        return tr("At most 100 characters (%1 now).").arg(n.size());
    if (std::any_of(n.begin(), n.end(),
                    [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return tr("Write the name on one line.");
    return {};
}

void UsageServersModel::create(const QString& name)
{
    if (!nameProblem(name).isEmpty())
        return;
    forgetToken();
    auto profile = m_profile;
    const QString n = name.trimmed();
    m_task.start(tr("Creating the usage server"),
                 [this, profile, n](const TaskContext& ctx) -> Result<Task::Apply> {
                     auto link = openOperatorLink(*profile, false);
                     if (!link)
                         return link.error();
                     auto made = (*link)->api->createServer(*(*link)->key, n, ctx.stopToken());
                     if (!made)
                         return errorOf(made.error());
                     profile->activity().add(
                         wallet::ActivityEntry::Kind::Server,
                         QStringLiteral("Created usage server %1 (%2).")
                             .arg(made->server.serverId, made->server.name));
                     // The token moves into the closure in locked memory, then into the model.
                     auto token = std::make_shared<crypto::SecureBuffer>(std::move(made->token));
                     return Task::Apply([this, server = made->server, token] {
                         m_token = std::make_unique<crypto::SecureBuffer>(std::move(*token));
                         m_tokenServerId = server.serverId;
                         m_tokenServerName = server.name;
                         replace(server);
                         setNotice(tr("Usage server %1 created.").arg(server.name));
                         Q_EMIT tokenChanged();
                         Q_EMIT created(server.serverId);
                     });
                 });
}

void UsageServersModel::copyToken() const
{
    if (!m_token)
        return;
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(QString::fromLatin1(m_token->chars().data(), qsizetype(m_token->size())));
}

void UsageServersModel::forgetToken()
{
    if (!m_token && m_tokenServerId.isEmpty())
        return;
    m_token.reset(); // wiped by SecureBuffer
    m_tokenServerId.clear();
    m_tokenServerName.clear();
    Q_EMIT tokenChanged();
}

void UsageServersModel::revoke(const QString& serverId)
{
    const auto it = std::find_if(m_servers.begin(), m_servers.end(), [&](const UsageServer& s) {
        return s.serverId == serverId;
    });
    if (it == m_servers.end() || it->status != ServerStatus::Active)
        return;
    auto profile = m_profile;
    UsageServer server = *it;
    m_task.start(tr("Revoking %1").arg(server.name),
                 [this, profile, server](const TaskContext& ctx) -> Result<Task::Apply> {
                     auto link = openOperatorLink(*profile, false);
                     if (!link)
                         return link.error();
                     auto done =
                         (*link)->api->revokeServer(*(*link)->key, server.serverId, ctx.stopToken());
                     if (!done)
                         return errorOf(done.error());
                     profile->activity().add(wallet::ActivityEntry::Kind::Server,
                                             QStringLiteral("Revoked usage server %1 (%2).")
                                                 .arg(server.serverId, server.name));
                     // The answer is 204: read the list for the server's revocation time.
                     auto list = (*link)->api->servers(*(*link)->key, std::nullopt,
                                                       ctx.stopToken());
                     return Task::Apply([this, server, list = std::move(list)]() mutable {
                         if (list) {
                             setServers(std::move(*list));
                         } else {
                             UsageServer revoked = server;
                             revoked.status = ServerStatus::Revoked;
                             revoked.revokedAt = QDateTime::currentDateTimeUtc();
                             replace(revoked);
                         }
                         setNotice(tr("Usage server %1 revoked: its token is refused from now "
                                      "on.")
                                       .arg(server.name));
                     });
                 });
}

} // namespace bs::gui
