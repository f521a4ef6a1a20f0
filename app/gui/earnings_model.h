// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The provider's payouts as a list for the Earnings table, sortable by column, with the
// chart series and the dashboard summary derived from the same rows (ledger/earnings.h): the
// operator's report joined with what the chain shows, each payout checked for fairness.
#include "ledger/earnings.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QUrl>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace bs::gui {

class EarningsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)
    // The dashboard's summary (amounts with all decimals, locale grouping).
    Q_PROPERTY(QString totalEarned READ totalEarned NOTIFY summaryChanged)
    Q_PROPERTY(QString totalClaimed READ totalClaimed NOTIFY summaryChanged)
    Q_PROPERTY(QString earnedThisMonth READ earnedThisMonth NOTIFY summaryChanged)
    Q_PROPERTY(QString earnedLastMonth READ earnedLastMonth NOTIFY summaryChanged)
    Q_PROPERTY(int payoutCount READ payoutCount NOTIFY summaryChanged)
    Q_PROPERTY(int discrepancies READ discrepancies NOTIFY summaryChanged)
    Q_PROPERTY(int unverifiable READ unverifiable NOTIFY summaryChanged)
    Q_PROPERTY(QString lastPayout READ lastPayout NOTIFY summaryChanged)
    Q_PROPERTY(QString lastPayoutDate READ lastPayoutDate NOTIFY summaryChanged)
    Q_PROPERTY(QString lastPayoutCycle READ lastPayoutCycle NOTIFY summaryChanged)
    // The cumulative earnings over all time for the Dashboard's sparkline: points {x, y} in
    // 0..1 (x by time from the first payout to the last, y by the running total).
    Q_PROPERTY(QVariantList sparkline READ sparkline NOTIFY summaryChanged)

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
        UsageRole,                   // the cycle's usage counters in words, or ""
    };

    // `chainId` names the block explorer of known networks.
    explicit EarningsModel(std::uint64_t chainId = 0, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }
    QString sortKey() const { return m_sortKey; }
    bool sortAscending() const { return m_ascending; }

    // Joins the operator's report (nullopt: the server did not answer this time; the last
    // report of this session stays) with the chain history, and updates rows and summary.
    // Emits newPayouts when payouts arrived since the previous update (not on the first).
    void update(std::optional<ledger::Earnings> report,
                const std::vector<ledger::HistoryEntry>& history,
                const ledger::JoinOptions& options);
    // Replaces the rows (keeps the sort order the user chose).
    void setRows(std::vector<ledger::EarningsRow> rows, unsigned tokenDecimals);
    const std::vector<ledger::EarningsRow>& rows() const { return m_rows; }

    // Sorts by a role name ("date", "cycle", "calls", "share", "amount", "verdict"); the
    // same key again flips the direction.
    Q_INVOKABLE void sortBy(const QString& key);
    // The table as CSV (exact amounts, ISO times in UTC, one header line).
    QString toCsv() const;
    // Chart data for "7d", "30d" or "all" at `now`: {points: [{label, cycle, time, value,
    // exact, cumulative, cumulativeExact, hasUsage, calls, errors, hasAverage, averageMs,
    // usageText}], max, cumulativeMin, cumulativeMax, hasUsage, callsMax, averageMsMax, from,
    // to}; `time`, `from` and `to` are milliseconds since the epoch (a date-time axis),
    // from..to the span the axis shows. The usage fields are there for payouts whose cycle the
    // operator reported usage for (hasUsage).
    QVariantMap chart(const QString& period, const QDateTime& now) const;
    Q_INVOKABLE QVariantMap chart(const QString& period) const;
    // The same for a custom period of whole local days, "2026-11-01" to "2026-11-30"
    // (ISO dates, both included); with `error` set (and no points) when they do not read as
    // dates or end before they start.
    Q_INVOKABLE QVariantMap chartBetween(const QString& fromDate, const QString& toDate) const;
    QVariantList sparkline() const;
    // Writes the table as CSV; returns "" or the error in words.
    Q_INVOKABLE QString exportCsv(const QUrl& file) const;
    // The explorer page of a transaction on a known network, or an empty URL.
    Q_INVOKABLE QUrl explorerUrl(const QString& txHash) const;

    QString totalEarned() const { return amountText(m_summary.totalEarned); }
    QString totalClaimed() const { return amountText(m_summary.totalClaimed); }
    QString earnedThisMonth() const { return amountText(m_summary.earnedThisMonth); }
    QString earnedLastMonth() const { return amountText(m_summary.earnedLastMonth); }
    int payoutCount() const { return int(m_summary.payoutCount); }
    int discrepancies() const { return int(m_summary.discrepancies); }
    int unverifiable() const { return int(m_summary.unverifiable); }
    QString lastPayout() const;
    QString lastPayoutDate() const;
    QString lastPayoutCycle() const;

Q_SIGNALS:
    void countChanged();
    void sortChanged();
    void summaryChanged();
    void newPayouts(int count, const QString& total);

private:
    QVariantMap chartOf(const ledger::ChartPeriod& period, const QDateTime& now) const;
    void sortRows();
    QString amountText(const U256& v) const;

    std::uint64_t m_chainId;
    std::vector<ledger::EarningsRow> m_rows;
    unsigned m_tokenDecimals = 0; // as read from the chain
    bool m_hasSummary = false;
    ledger::EarningsSummary m_summary;
    // The operator's last report this session: while the server is down the breakdown stays.
    std::optional<ledger::Earnings> m_lastReport;
    std::optional<std::size_t> m_knownCredits; // payouts seen at the previous update
    QString m_sortKey = QStringLiteral("date");
    bool m_ascending = false;
};

// A cycle's usage counters on one line ("Calls: 1,234 · Out: 2.10 MiB · Average response:
// 85 ms · Errors: 3").
QString usageText(const ledger::CycleUsage& usage);

// The verdict of a payout in the user's words.
QString verdictText(const ledger::EarningsRow& row);

} // namespace bs::gui
