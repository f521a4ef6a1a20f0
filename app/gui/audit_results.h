// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rows of one verification report for the auditor's pages: the cycles (reported against
// decrypted), the findings with their evidence, and the payouts (the drill-down of a cycle).
// Each list is filled from an audit::Report on the GUI thread and holds display strings,
// numbers and enums only.
#include "audit/report.h"

#include <QAbstractListModel>
#include <QString>

#include <span>
#include <vector>

namespace bs::gui {

// "0x…" of a hash or an address, lower-case hex.
QString auditHex(std::span<const std::uint8_t> bytes);

class AuditCycleRows : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        CycleIdRole = Qt::UserRole + 1,
        PeriodRole,            // UTC
        ReportedTotalRole,     // every decimal, locale grouping
        DecryptedTotalRole,
        ReportedCountRole,     // int
        FoundCountRole,        // int
        DustRole,              // reported and rounded dust, or "" when none
        OkRole,                // bool: no finding names this cycle
        CompleteRole,          // bool: every found transfer decrypted
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    void setReport(const audit::Report& report);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    std::vector<audit::CycleResult> m_rows;
    unsigned m_decimals = 0;
};

class AuditFindingRows : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Severity
    {
        SeverityHigh,
        SeverityMedium,
        SeverityLow,
    };
    Q_ENUM(Severity)
    enum Role
    {
        KindRole = Qt::UserRole + 1, // the stable name ("unreported-payout")
        SeverityRole,                // Severity
        SeverityTextRole,
        MessageRole,
        CycleIdRole,  // or ""
        TxHashRole,   // "0x…" or ""
        BlockRole,    // "1234" or ""
        AddressRole,  // "0x…" or ""
        EvidenceRole, // the evidence in one line: log index, block, reported and found
    };

    explicit AuditFindingRows(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    static Severity severityOf(audit::Severity severity);
    static QString severityText(audit::Severity severity);
    // The evidence of a finding in words ("block 12 · log 3 · reported 10.000000 USDC ·
    // found 9.000000 USDC"); counts for count findings.
    static QString evidenceText(const audit::Finding& f, unsigned decimals, const QString& symbol);

    void setReport(const audit::Report& report);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    std::vector<audit::Finding> m_rows;
    unsigned m_decimals = 0;
    QString m_symbol;
};

// Every payout of the report, or those of one cycle (cycleFilter).
class AuditPayoutRows : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // "" shows every payout; a cycle id shows that cycle's.
    Q_PROPERTY(QString cycleFilter READ cycleFilter WRITE setCycleFilter NOTIFY countChanged)

public:
    enum Attribution
    {
        AttributionCycle,
        AttributionEarlierPeriod,
        AttributionUnreported,
    };
    Q_ENUM(Attribution)
    enum Role
    {
        TxHashRole = Qt::UserRole + 1,
        LogIndexRole, // int
        BlockRole,    // "1234"
        TimeRole,     // local time
        RecipientRole,
        AmountRole,      // every decimal, or "" when it did not decrypt
        DecryptedRole,   // bool
        AttributionRole, // Attribution
        CycleIdRole,     // or ""
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_shown.size()); }
    QString cycleFilter() const { return m_filter; }
    void setCycleFilter(const QString& cycleId);

    void setReport(const audit::Report& report);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    void refilter();

    std::vector<audit::PayoutRecord> m_all;
    std::vector<std::size_t> m_shown;
    QString m_filter;
    unsigned m_decimals = 0;
};

} // namespace bs::gui
