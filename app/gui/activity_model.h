// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Activity page: what the app did on the open profile (reads and scans, proofs,
// transactions, calls to the operator's server with their status), newest first, exportable
// for support. No secrets: the log never holds any (wallet/activity.h).
#include "wallet/activity.h"

#include <QAbstractListModel>
#include <QUrl>

#include <vector>

namespace bs::gui {

class ActivityModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum class Kind
    {
        Chain,
        Proof,
        Transaction,
        Server,
        Profile,
    };
    Q_ENUM(Kind)
    enum Role
    {
        TimeRole = Qt::UserRole + 1, // local time, "2026-12-05 14:05:09"
        KindRole,                    // Kind
        KindTextRole,                // the kind in words
        FailedRole,                  // bool
        TextRole,
    };

    // Follows `log` (which must outlive the model); new entries show up as they are added,
    // from any thread.
    explicit ActivityModel(wallet::ActivityLog& log, QObject* parent = nullptr);
    ~ActivityModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_entries.size()); }

    // Writes the log as CSV; returns "" or the error in words.
    Q_INVOKABLE QString exportCsv(const QUrl& file) const;

Q_SIGNALS:
    void countChanged();

private:
    void reload();

    wallet::ActivityLog& m_log;
    std::vector<wallet::ActivityEntry> m_entries; // newest first
};

} // namespace bs::gui
