// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator's Usage servers page: the FlowMCP servers that submit usage, each with a
// bearer token; create one (its token is shown once), revoke one (its token is refused from
// then on with 401).
//
// The token of a new server comes back in locked memory and stays there: the dialog shows it
// through a TokenView (which paints it, so it never becomes a QML string), Copy puts it on
// the clipboard from C++, and forgetToken() wipes it when the dialog closes. It is never
// stored, logged or listed.
#include "crypto/secure_buffer.h"
#include "operator/management_types.h"
#include "task.h"
#include "wallet/profile.h"

#include <QAbstractListModel>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace bs::gui {

class UsageServersModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)
    // The new server whose token is held (until forgetToken()).
    Q_PROPERTY(bool hasToken READ hasToken NOTIFY tokenChanged)
    Q_PROPERTY(QString tokenServerId READ tokenServerId NOTIFY tokenChanged)
    Q_PROPERTY(QString tokenServerName READ tokenServerName NOTIFY tokenChanged)
    Q_PROPERTY(int tokenLength READ tokenLength NOTIFY tokenChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    enum Status
    {
        StatusActive,
        StatusRevoked,
    };
    Q_ENUM(Status)
    enum Role
    {
        ServerIdRole = Qt::UserRole + 1,
        NameRole,
        StatusRole, // Status
        StatusTextRole,
        CreatedAtRole, // local time
        RevokedAtRole, // local time or ""
    };

    explicit UsageServersModel(std::shared_ptr<wallet::Profile> profile,
                               QObject* parent = nullptr);
    ~UsageServersModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Task* task() { return &m_task; }
    int count() const { return int(m_servers.size()); }
    int activeCount() const;
    bool loaded() const { return m_loaded; }
    bool hasToken() const { return m_token != nullptr; }
    QString tokenServerId() const { return m_tokenServerId; }
    QString tokenServerName() const { return m_tokenServerName; }
    int tokenLength() const { return m_token ? int(m_token->size()) : 0; }
    QString notice() const { return m_notice; }

    // The token of the server just created (ASCII), empty when none is held. For the
    // TokenView and tests; never hand it to QML as a string.
    std::span<const char> token() const;

    // Reads the list again.
    Q_INVOKABLE void refresh();
    // "" when `name` is acceptable for a new server (1 to 100 characters on one line), else
    // the sentence to show.
    Q_INVOKABLE QString nameProblem(const QString& name) const;
    // Creates a usage server (signed); its token is held until forgetToken().
    Q_INVOKABLE void create(const QString& name);
    // Copies the held token to the clipboard.
    Q_INVOKABLE void copyToken() const;
    // Wipes the held token (the dialog closed). It cannot be shown again.
    Q_INVOKABLE void forgetToken();
    // Revokes a server (signed): its token gets 401 from then on.
    Q_INVOKABLE void revoke(const QString& serverId);

    const std::vector<operator_api::UsageServer>& servers() const { return m_servers; }

Q_SIGNALS:
    void countChanged();
    void tokenChanged();
    void noticeChanged();
    // A server was created; its token is held now.
    void created(const QString& serverId);

private:
    void setServers(std::vector<operator_api::UsageServer> servers);
    void replace(const operator_api::UsageServer& server);
    void setNotice(const QString& text);

    std::shared_ptr<wallet::Profile> m_profile;
    Task m_task;
    std::vector<operator_api::UsageServer> m_servers;
    bool m_loaded = false;
    std::unique_ptr<crypto::SecureBuffer> m_token;
    QString m_tokenServerId;
    QString m_tokenServerName;
    QString m_notice;
};

} // namespace bs::gui
