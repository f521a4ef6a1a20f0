// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The balance integrity monitor on the Dashboard: the history of balance checks, newest first,
// as runs of equal outcomes ("verified, 312 checks, blocks 100-9,412, 01/12 09:00 - now").
#include "account_model.h"
#include "wallet/integrity.h"

#include <QAbstractListModel>

#include <vector>

namespace bs::gui {

class BalanceChecksModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        StateRole = Qt::UserRole + 1, // AccountModel::BalanceState: Verified, Recovered, Unreadable
        PeriodRole,                   // "05/12/2026 09:12 – 05/12/2026 10:30"
        BlocksRole,                   // "blocks 100–142" or "block 100"
        ChecksRole,                   // int
    };

    explicit BalanceChecksModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_runs.size()); }

    static AccountModel::BalanceState stateOf(wallet::BalanceCheck check);
    // The alarm in one sentence, for the notification.
    static QString alarmText(const wallet::BalanceCheckAlarm& alarm);

    // `runs` oldest first, as the wallet keeps them.
    void setRuns(std::vector<wallet::BalanceCheckRun> runs);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<wallet::BalanceCheckRun> m_runs; // newest first
};

} // namespace bs::gui
