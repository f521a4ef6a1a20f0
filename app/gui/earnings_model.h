// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The provider's payouts as a list for the Earnings table, sortable by column, with the
// chart series and the dashboard summary derived from the same rows (ledger/earnings.h).
#include "ledger/earnings.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QVariantMap>

#include <vector>

namespace bs::gui {

class EarningsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)

public:
    enum Role
    {
        DateRole = Qt::UserRole + 1, // "2026-11-02 14:05" (local time)
        CycleRole,                   // cycle id or "" when not in the report
        CallsRole,                   // "120 / 1,000" or ""
        ShareRole,                   // "12.00 %" or ""
        AmountRole,                  // "12.345678" (all decimals) or "—"
        StatedRole,                  // the operator's stated amount or ""
        VerdictRole,                 // ledger::verdictName
        VerdictTextRole,             // the verdict in words
        AttentionRole,               // bool: needs the user's attention
        TxHashRole,                  // 0x… or ""
        BlockRole,                   // block number or 0
    };

    explicit EarningsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }
    QString sortKey() const { return m_sortKey; }
    bool sortAscending() const { return m_ascending; }

    // Replaces the rows (keeps the sort order the user chose).
    void setRows(std::vector<ledger::EarningsRow> rows, unsigned tokenDecimals);
    const std::vector<ledger::EarningsRow>& rows() const { return m_rows; }

    // Sorts by a role name ("date", "cycle", "calls", "share", "amount", "verdict"); the
    // same key again flips the direction.
    Q_INVOKABLE void sortBy(const QString& key);
    // The table as CSV (exact amounts, ISO times in UTC, one header line).
    QString toCsv() const;
    // Chart data for "7d", "30d" or "all" at `now` (see ProviderModel::chart).
    QVariantMap chart(const QString& period, const QDateTime& now) const;

Q_SIGNALS:
    void countChanged();
    void sortChanged();

private:
    void sortRows();

    std::vector<ledger::EarningsRow> m_rows;
    unsigned m_tokenDecimals = 6;
    QString m_sortKey = QStringLiteral("date");
    bool m_ascending = false;
};

// The verdict of a payout in the user's words.
QString verdictText(const ledger::EarningsRow& row);

} // namespace bs::gui
