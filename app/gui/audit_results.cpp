// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit_results.h"

#include "audit/amounts.h"
#include "error_text.h"
#include "format.h"
#include "guiapp.h"
#include "operator_link.h"

#include <QDateTime>
#include <QStringList>

namespace bs::gui {

QString auditHex(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()))
                   .toHex());
}

// ---- cycles ----

int AuditCycleRows::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> AuditCycleRows::roleNames() const
{
    return {{CycleIdRole, "cycleId"},
            {PeriodRole, "period"},
            {ReportedTotalRole, "reportedTotal"},
            {DecryptedTotalRole, "decryptedTotal"},
            {ReportedCountRole, "reportedCount"},
            {FoundCountRole, "foundCount"},
            {DustRole, "dust"},
            {OkRole, "ok"},
            {CompleteRole, "complete"}};
}

QVariant AuditCycleRows::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const audit::CycleResult& c = m_rows[std::size_t(index.row())];
    switch (role) {
    case CycleIdRole:
        return c.cycleId;
    case PeriodRole:
        return periodText(c.periodStart, c.periodEnd);
    case ReportedTotalRole:
        return displayAmount(c.reportedTotal, m_decimals);
    case DecryptedTotalRole:
        return displayAmount(c.decryptedTotal, m_decimals);
    case ReportedCountRole:
        return int(c.reportedCount);
    case FoundCountRole:
        return int(c.foundCount);
    case DustRole: {
        const U256 dust = audit::addSaturating(c.reportedDust, c.roundedDust);
        return dust.isZero() ? QString() : displayAmount(dust, m_decimals);
    }
    case OkRole:
        return c.ok;
    case CompleteRole:
        return c.complete;
    default:
        return {};
    }
}

void AuditCycleRows::setReport(const audit::Report& report)
{
    beginResetModel();
    m_rows = report.cycles;
    m_decimals = report.amountDecimals;
    endResetModel();
    Q_EMIT countChanged();
}

void AuditCycleRows::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}

// ---- findings ----

AuditFindingRows::AuditFindingRows(QObject* parent)
    : QAbstractListModel(parent)
{
    LanguageChange::followRows(this);
}

int AuditFindingRows::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> AuditFindingRows::roleNames() const
{
    return {{KindRole, "kind"},         {SeverityRole, "severity"},
            {SeverityTextRole, "severityText"}, {MessageRole, "message"},
            {CycleIdRole, "cycleId"},   {TxHashRole, "txHash"},
            {BlockRole, "block"},       {AddressRole, "address"},
            {EvidenceRole, "evidence"}};
}

AuditFindingRows::Severity AuditFindingRows::severityOf(audit::Severity severity)
{
    switch (severity) {
    case audit::Severity::High:
        return SeverityHigh;
    case audit::Severity::Medium:
        return SeverityMedium;
    case audit::Severity::Low:
        return SeverityLow;
    }
    return SeverityHigh;
}

QString AuditFindingRows::severityText(audit::Severity severity)
{
    switch (severity) {
    case audit::Severity::High:
        //: Severity of an audit finding: money unaccounted for or misreported
        return tr("High");
    case audit::Severity::Medium:
        return tr("Medium");
    case audit::Severity::Low:
        //: Severity of an audit finding: context only
        return tr("Low");
    }
    return {};
}

QString
AuditFindingRows::evidenceText(const audit::Finding& f, unsigned decimals, const QString& symbol)
{
    // Count findings compare numbers of transfers; the others amounts.
    const bool counts = f.kind.endsWith(QLatin1String("count-mismatch"));
    const auto value = [&](const U256& v) {
        if (!counts)
            return displayAmount(v, decimals) + u' ' + symbol;
        const std::string digits = v.toDecimal(); // a lying count may not fit 64 bits
        return digits.size() <= 18 ? displayCount(std::stoull(digits))
                                   : QString::fromStdString(digits);
    };
    QStringList parts;
    if (f.blockNumber)
        parts << tr("block %1").arg(*f.blockNumber);
    if (f.logIndex)
        parts << tr("log %1").arg(*f.logIndex);
    if (f.reported)
        parts << tr("reported %1").arg(value(*f.reported));
    if (f.found)
        parts << tr("found %1").arg(value(*f.found));
    return parts.join(QStringLiteral(" · "));
}

QVariant AuditFindingRows::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const audit::Finding& f = m_rows[std::size_t(index.row())];
    switch (role) {
    case KindRole:
        return f.kind;
    case SeverityRole:
        return QVariant::fromValue(severityOf(f.severity));
    case SeverityTextRole:
        return severityText(f.severity);
    case MessageRole:
        return errorText(f.sentence, f.message);
    case CycleIdRole:
        return f.cycleId.value_or(QString());
    case TxHashRole:
        return f.txHash ? auditHex(*f.txHash) : QString();
    case BlockRole:
        return f.blockNumber ? QString::number(*f.blockNumber) : QString();
    case AddressRole:
        return f.address ? QString::fromStdString(f.address->toChecksumHex()) : QString();
    case EvidenceRole:
        return evidenceText(f, m_decimals, m_symbol);
    default:
        return {};
    }
}

void AuditFindingRows::setReport(const audit::Report& report)
{
    beginResetModel();
    m_rows = report.findings;
    m_decimals = report.amountDecimals;
    m_symbol = report.network.tokenSymbol;
    endResetModel();
    Q_EMIT countChanged();
}

void AuditFindingRows::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}

// ---- payouts ----

int AuditPayoutRows::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> AuditPayoutRows::roleNames() const
{
    return {{TxHashRole, "txHash"},       {LogIndexRole, "logIndex"},
            {BlockRole, "block"},         {TimeRole, "time"},
            {RecipientRole, "recipient"}, {AmountRole, "amount"},
            {DecryptedRole, "decrypted"}, {AttributionRole, "attribution"},
            {CycleIdRole, "cycleId"}};
}

QVariant AuditPayoutRows::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const audit::PayoutRecord& p = m_all[m_shown[std::size_t(index.row())]];
    switch (role) {
    case TxHashRole:
        return auditHex(p.txHash);
    case LogIndexRole:
        return int(p.logIndex);
    case BlockRole:
        return QString::number(p.blockNumber);
    case TimeRole:
        return localTime(QDateTime::fromSecsSinceEpoch(p.blockTime, Qt::UTC));
    case RecipientRole:
        return QString::fromStdString(p.to.toChecksumHex());
    case AmountRole:
        return p.amount ? displayAmount(*p.amount, m_decimals) : QString();
    case DecryptedRole:
        return p.decrypted;
    case AttributionRole:
        switch (p.attribution) {
        case audit::Attribution::Cycle:
            return QVariant::fromValue(AttributionCycle);
        case audit::Attribution::EarlierPeriod:
            return QVariant::fromValue(AttributionEarlierPeriod);
        case audit::Attribution::Unreported:
            return QVariant::fromValue(AttributionUnreported);
        }
        return {};
    case CycleIdRole:
        return p.cycleId.value_or(QString());
    default:
        return {};
    }
}

void AuditPayoutRows::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (std::size_t i = 0; i < m_all.size(); ++i)
        if (m_filter.isEmpty() || m_all[i].cycleId.value_or(QString()) == m_filter)
            m_shown.push_back(i);
    endResetModel();
    Q_EMIT countChanged();
}

void AuditPayoutRows::setCycleFilter(const QString& cycleId)
{
    if (cycleId == m_filter)
        return;
    m_filter = cycleId;
    refilter();
}

void AuditPayoutRows::setReport(const audit::Report& report)
{
    m_all = report.payouts;
    m_decimals = report.amountDecimals;
    m_filter.clear();
    refilter();
}

void AuditPayoutRows::clear()
{
    m_all.clear();
    m_filter.clear();
    refilter();
}

} // namespace bs::gui
