// SPDX-License-Identifier: GPL-3.0-or-later
#include "earnings_model.h"

#include "format.h"
#include "guiapp.h"
#include "ledger/money.h"
#include "util/hex.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace bs::gui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString txHex(const ledger::EarningsRow& r)
{
    return r.txHash ? QStringLiteral("0x") + q(util::hexEncodeLower(*r.txHash)) : QString();
}

QString grouped(const U256& v)
{
    return displayAmount(v, 0);
}

// CSV field: quoted when it holds a separator, a quote or a line break.
QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// A counter for drawing (through its decimal text; exact only below 2^53, which is plenty for
// an axis).
double approx(const U256& v)
{
    return QByteArray::fromStdString(v.toDecimal()).toDouble();
}

// The average response time of a cycle's calls in whole milliseconds; nullopt without calls.
std::optional<double> averageMs(const ledger::CycleUsage& u)
{
    if (u.calls.isZero())
        return std::nullopt;
    return std::round(approx(u.responseMsTotal) / approx(u.calls));
}

QString bytesText(const U256& bytes)
{
    // formattedDataSize takes qint64; beyond that (never in practice) the grouped count.
    bool fits = false;
    const qint64 n = QByteArray::fromStdString(bytes.toDecimal()).toLongLong(&fits);
    return fits ? QLocale().formattedDataSize(n) : QObject::tr("%1 bytes").arg(grouped(bytes));
}

int compareU256(const std::optional<U256>& a, const std::optional<U256>& b)
{
    if (!a || !b)
        return a ? 1 : b ? -1 : 0;
    return *a < *b ? -1 : *b < *a ? 1 : 0;
}

} // namespace

QString usageText(const ledger::CycleUsage& u)
{
    const auto average = averageMs(u);
    // Label and value, so that no count needs a plural form.
    return QObject::tr("Calls: %1 · Out: %2 · Average response: %3 · Errors: %4")
        .arg(grouped(u.calls), bytesText(u.bytesOut),
             average ? QObject::tr("%1 ms").arg(QLocale().toString(*average, 'f', 0))
                     : QStringLiteral("—"),
             grouped(u.errors));
}

QString verdictText(const ledger::EarningsRow& row)
{
    using ledger::Verdict;
    if (row.origin == ledger::EarningsRow::Origin::ChainOnly)
        return QObject::tr("Not in the operator's report");
    switch (row.fairness.verdict) {
    case Verdict::Fair:
    case Verdict::FairPlusRemainder:
        return QObject::tr("Fair share");
    case Verdict::Discrepant:
        return QObject::tr("Discrepancy");
    case Verdict::StatedMismatch:
        return QObject::tr("Stated amount differs");
    case Verdict::Missing:
        return QObject::tr("Not on chain");
    case Verdict::Pending:
        return QObject::tr("Pending");
    case Verdict::Unverifiable:
        return QObject::tr("Not checked");
    }
    return {};
}

EarningsModel::EarningsModel(std::uint64_t chainId, QObject* parent)
    : QAbstractListModel(parent)
    , m_chainId(chainId)
{
    LanguageChange::followRows(this);
    LanguageChange::follow(this, &EarningsModel::summaryChanged);
}

void EarningsModel::update(std::optional<ledger::Earnings> report,
                           const std::vector<ledger::HistoryEntry>& history,
                           const ledger::JoinOptions& options)
{
    if (report)
        m_lastReport = std::move(report);
    auto rows = ledger::joinEarnings(m_lastReport ? &*m_lastReport : nullptr, history, options);
    const QDateTime now = QDateTime::currentDateTime();
    auto summary = ledger::summarizeEarnings(rows, history, now.toSecsSinceEpoch(), options.units,
                                             now.offsetFromUtc());
    std::vector<const ledger::EarningsRow*> received;
    for (const ledger::EarningsRow& r : rows)
        if (r.amount)
            received.push_back(&r);
    // New payouts since the previous update of this session (not on the first one).
    if (m_knownCredits && received.size() > *m_knownCredits) {
        std::sort(received.begin(), received.end(),
                  [](const auto* a, const auto* b) { return a->time > b->time; });
        const std::size_t fresh = received.size() - *m_knownCredits;
        U256 total;
        for (std::size_t i = 0; i < fresh; ++i)
            if (auto sum = total.checkedAdd(*received[i]->amount))
                total = *sum;
        Q_EMIT newPayouts(int(fresh), displayAmount(total, options.units.tokenDecimals));
    }
    m_knownCredits = received.size();
    if (summary) {
        m_summary = std::move(*summary);
        m_hasSummary = true;
    }
    setRows(std::move(rows), options.units.tokenDecimals);
    Q_EMIT summaryChanged();
}

QString EarningsModel::amountText(const U256& v) const
{
    return m_hasSummary ? displayAmount(v, m_tokenDecimals) : QString();
}

QString EarningsModel::lastPayout() const
{
    const auto& last = m_summary.lastPayout;
    return last && last->amount ? displayAmount(*last->amount, m_tokenDecimals) : QString();
}

QString EarningsModel::lastPayoutDate() const
{
    const auto& last = m_summary.lastPayout;
    return last ? QLocale().toString(QDateTime::fromSecsSinceEpoch(last->time).toLocalTime(),
                                     QLocale::ShortFormat)
                : QString();
}

QString EarningsModel::lastPayoutCycle() const
{
    return m_summary.lastPayout ? m_summary.lastPayout->cycleId : QString();
}

QVariantMap EarningsModel::chart(const QString& period) const
{
    return chart(period, QDateTime::currentDateTimeUtc());
}

QString EarningsModel::exportCsv(const QUrl& file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("The file cannot be written: %1").arg(out.errorString());
    out.write(toCsv().toUtf8());
    if (!out.commit())
        return tr("The file cannot be written: %1").arg(out.errorString());
    return {};
}

QUrl EarningsModel::explorerUrl(const QString& txHash) const
{
    static const QRegularExpression hash(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    if (!hash.match(txHash).hasMatch())
        return {};
    switch (m_chainId) {
    case 43113: // Avalanche Fuji
        return QUrl(QStringLiteral("https://testnet.snowtrace.io/tx/") + txHash);
    case 43114: // Avalanche C-Chain
        return QUrl(QStringLiteral("https://snowtrace.io/tx/") + txHash);
    default:
        return {};
    }
}

int EarningsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> EarningsModel::roleNames() const
{
    return {{DateRole, "date"},           {CycleRole, "cycle"},
            {CallsRole, "calls"},         {ShareRole, "share"},
            {AmountRole, "amount"},       {StatedRole, "stated"},
            {VerdictRole, "verdict"},     {VerdictTextRole, "verdictText"},
            {AttentionRole, "attention"}, {TxHashRole, "txHash"},
            {BlockRole, "block"},         {UsageRole, "usage"}};
}

QVariant EarningsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const ledger::EarningsRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case DateRole:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(r.time).toLocalTime(),
                                  QStringLiteral("yyyy-MM-dd HH:mm"));
    case CycleRole:
        return r.cycleId;
    case CallsRole:
        return r.weight && r.totalWeight
                   ? grouped(*r.weight) + QStringLiteral(" / ") + grouped(*r.totalWeight)
                   : QString();
    case ShareRole:
        return r.sharePercent ? q(*r.sharePercent) + QStringLiteral(" %") : QString();
    case AmountRole:
        return r.amount ? displayAmount(*r.amount, m_tokenDecimals) : QStringLiteral("—");
    case StatedRole:
        return r.statedAmount ? displayAmount(*r.statedAmount, m_tokenDecimals) : QString();
    case VerdictRole:
        return r.origin == ledger::EarningsRow::Origin::ChainOnly
                   ? QStringLiteral("not_reported")
                   : QString::fromLatin1(ledger::verdictName(r.fairness.verdict));
    case VerdictTextRole:
        return verdictText(r);
    case AttentionRole:
        return ledger::needsAttention(r.fairness.verdict);
    case TxHashRole:
        return txHex(r);
    case BlockRole:
        return QVariant::fromValue<qulonglong>(r.blockNumber);
    case UsageRole:
        return r.usage ? usageText(*r.usage) : QString();
    default:
        return {};
    }
}

void EarningsModel::setRows(std::vector<ledger::EarningsRow> rows, unsigned tokenDecimals)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_tokenDecimals = tokenDecimals;
    sortRows();
    endResetModel();
    Q_EMIT countChanged();
}

void EarningsModel::sortBy(const QString& key)
{
    static const QStringList keys = {QStringLiteral("date"),   QStringLiteral("cycle"),
                                     QStringLiteral("calls"),  QStringLiteral("share"),
                                     QStringLiteral("amount"), QStringLiteral("verdict")};
    if (!keys.contains(key))
        return;
    if (key == m_sortKey) {
        m_ascending = !m_ascending;
    } else {
        m_sortKey = key;
        m_ascending = key == QLatin1String("cycle") || key == QLatin1String("verdict");
    }
    beginResetModel();
    sortRows();
    endResetModel();
    Q_EMIT sortChanged();
}

void EarningsModel::sortRows()
{
    const QString key = m_sortKey;
    auto compare = [&key](const ledger::EarningsRow& a, const ledger::EarningsRow& b) -> int {
        if (key == QLatin1String("cycle"))
            return a.cycleId.compare(b.cycleId);
        if (key == QLatin1String("calls"))
            return compareU256(a.weight, b.weight);
        if (key == QLatin1String("share")) {
            // w/W compared exactly: a.w * b.W vs b.w * a.W would need 512 bits; the
            // 2-decimal percentage orders well enough for a table.
            const double x = a.sharePercent ? q(*a.sharePercent).toDouble() : -1;
            const double y = b.sharePercent ? q(*b.sharePercent).toDouble() : -1;
            return x < y ? -1 : y < x ? 1 : 0;
        }
        if (key == QLatin1String("amount"))
            return compareU256(a.amount, b.amount);
        if (key == QLatin1String("verdict"))
            return QString::fromLatin1(ledger::verdictName(a.fairness.verdict))
                .compare(QString::fromLatin1(ledger::verdictName(b.fairness.verdict)));
        return a.time < b.time ? -1 : b.time < a.time ? 1 : 0;
    };
    const bool ascending = m_ascending;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](const ledger::EarningsRow& a, const ledger::EarningsRow& b) {
                         const int c = compare(a, b);
                         if (c != 0)
                             return ascending ? c < 0 : c > 0;
                         // Ties in time order, newest first, so the table is stable.
                         return a.time != b.time ? a.time > b.time : a.blockNumber > b.blockNumber;
                     });
}

QString EarningsModel::toCsv() const
{
    QStringList lines{QStringLiteral(
        "time_utc,cycle,period_start,period_end,your_calls,all_calls,share_percent,amount,"
        "stated_amount,fair_share,transaction,block,bytes_out,response_ms_total,errors")};
    std::vector<const ledger::EarningsRow*> ordered;
    for (const auto& r : m_rows)
        ordered.push_back(&r);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto* a, const auto* b) { return a->time < b->time; });
    for (const ledger::EarningsRow* r : ordered) {
        const QString verdict = r->origin == ledger::EarningsRow::Origin::ChainOnly
                                    ? QStringLiteral("not_reported")
                                    : QString::fromLatin1(ledger::verdictName(r->fairness.verdict));
        lines << QStringList{QDateTime::fromSecsSinceEpoch(r->time, Qt::UTC).toString(Qt::ISODate),
                             csvField(r->cycleId),
                             r->periodStart.isValid() ? r->periodStart.toString(Qt::ISODate)
                                                      : QString(),
                             r->periodEnd.isValid() ? r->periodEnd.toString(Qt::ISODate)
                                                    : QString(),
                             r->weight ? q(r->weight->toDecimal()) : QString(),
                             r->totalWeight ? q(r->totalWeight->toDecimal()) : QString(),
                             r->sharePercent ? q(*r->sharePercent) : QString(),
                             r->amount ? q(ledger::formatAmount(*r->amount, m_tokenDecimals))
                                       : QString(),
                             r->statedAmount
                                 ? q(ledger::formatAmount(*r->statedAmount, m_tokenDecimals))
                                 : QString(),
                             verdict,
                             txHex(*r),
                             r->blockNumber ? QString::number(r->blockNumber) : QString(),
                             r->usage ? q(r->usage->bytesOut.toDecimal()) : QString(),
                             r->usage ? q(r->usage->responseMsTotal.toDecimal()) : QString(),
                             r->usage ? q(r->usage->errors.toDecimal()) : QString()}
                     .join(u',');
    }
    return lines.join(u'\n') + u'\n';
}

QVariantMap EarningsModel::chart(const QString& period, const QDateTime& now) const
{
    ledger::ChartPeriod p = ledger::ChartPeriod::all();
    if (period == QLatin1String("7d"))
        p = ledger::ChartPeriod::last7Days();
    else if (period == QLatin1String("30d"))
        p = ledger::ChartPeriod::last30Days();
    return chartOf(p, now);
}

QVariantMap EarningsModel::chartBetween(const QString& fromDate, const QString& toDate) const
{
    const QDate from = QDate::fromString(fromDate.trimmed(), Qt::ISODate);
    const QDate to = QDate::fromString(toDate.trimmed(), Qt::ISODate);
    QString error;
    if (!from.isValid() || !to.isValid())
        error = tr("Enter both dates as year-month-day, like 2026-11-30.");
    else if (to < from)
        error = tr("The period ends before it starts: swap the dates.");
    if (!error.isEmpty())
        return {{QStringLiteral("points"), QVariantList()},
                {QStringLiteral("max"), 0.0},
                {QStringLiteral("cumulativeMin"), 0.0},
                {QStringLiteral("cumulativeMax"), 0.0},
                {QStringLiteral("error"), error}};
    // Whole local days: from the first day's start to the last day's end.
    const qint64 start = from.startOfDay().toSecsSinceEpoch();
    const qint64 end = to.addDays(1).startOfDay().toSecsSinceEpoch() - 1;
    return chartOf(ledger::ChartPeriod::custom(start, end), QDateTime::currentDateTimeUtc());
}

QVariantMap EarningsModel::chartOf(const ledger::ChartPeriod& p, const QDateTime& now) const
{
    auto series = ledger::earningsSeries(m_rows, p, now.toSecsSinceEpoch(), m_tokenDecimals);
    QVariantList bars;
    double max = 0;
    double cumulativeMax = 0;
    double cumulativeMin = 0;
    double callsMax = 0;
    double averageMsMax = 0;
    bool hasUsage = false;
    if (series) {
        for (const ledger::ChartPoint& point : *series) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(point.time).toLocalTime();
            QVariantMap bar{
                {QStringLiteral("label"), QLocale().toString(local, QLocale::ShortFormat)},
                {QStringLiteral("cycle"), point.cycleId},
                {QStringLiteral("time"), double(point.time) * 1000.0},
                {QStringLiteral("value"), point.amountValue},
                {QStringLiteral("exact"), displayAmount(point.amount, m_tokenDecimals)},
                {QStringLiteral("cumulative"), point.cumulativeValue},
                {QStringLiteral("cumulativeExact"),
                 displayAmount(point.cumulative, m_tokenDecimals)},
                {QStringLiteral("hasUsage"), point.usage.has_value()}};
            if (point.usage) {
                const ledger::CycleUsage& u = *point.usage;
                const auto average = averageMs(u);
                bar.insert(QStringLiteral("calls"), approx(u.calls));
                bar.insert(QStringLiteral("errors"), approx(u.errors));
                bar.insert(QStringLiteral("hasAverage"), average.has_value());
                bar.insert(QStringLiteral("averageMs"), average.value_or(0.0));
                bar.insert(QStringLiteral("usageText"), usageText(u));
                callsMax = std::max(callsMax, approx(u.calls));
                averageMsMax = std::max(averageMsMax, average.value_or(0.0));
                hasUsage = true;
            }
            bars.append(bar);
            max = std::max(max, point.amountValue);
            cumulativeMax = std::max(cumulativeMax, point.cumulativeValue);
            if (bars.size() == 1)
                cumulativeMin = point.cumulativeValue - point.amountValue;
        }
    }
    // The axis spans the period; "all" spans the payouts (at least a day, to now).
    const qint64 nowSecs = now.toSecsSinceEpoch();
    qint64 from = 0;
    qint64 to = nowSecs;
    switch (p.kind) {
    case ledger::ChartPeriod::Kind::Last7Days:
        from = nowSecs - 7 * 86400;
        break;
    case ledger::ChartPeriod::Kind::Last30Days:
        from = nowSecs - 30 * 86400;
        break;
    case ledger::ChartPeriod::Kind::Custom:
        from = p.from;
        to = p.to;
        break;
    case ledger::ChartPeriod::Kind::All:
        from = series && !series->empty() ? series->front().time : nowSecs - 86400;
        to = std::max(nowSecs, from + 86400);
        break;
    }
    return {{QStringLiteral("points"), bars},
            {QStringLiteral("max"), max},
            {QStringLiteral("cumulativeMin"), cumulativeMin},
            {QStringLiteral("cumulativeMax"), cumulativeMax},
            {QStringLiteral("hasUsage"), hasUsage},
            {QStringLiteral("callsMax"), callsMax},
            {QStringLiteral("averageMsMax"), averageMsMax},
            {QStringLiteral("from"), double(from) * 1000.0},
            {QStringLiteral("to"), double(to) * 1000.0}};
}

QVariantList EarningsModel::sparkline() const
{
    auto series = ledger::earningsSeries(m_rows, ledger::ChartPeriod::all(), 0, m_tokenDecimals);
    QVariantList out;
    if (!series || series->empty())
        return out;
    const double t0 = double(series->front().time);
    const double span = std::max(1.0, double(series->back().time) - t0);
    const double top = std::max(series->back().cumulativeValue, 1e-12);
    // The line starts from what was earned before the first payout in the list (zero).
    out.append(QVariantMap{{QStringLiteral("x"), 0.0}, {QStringLiteral("y"), 0.0}});
    for (const ledger::ChartPoint& point : *series)
        out.append(QVariantMap{{QStringLiteral("x"), (double(point.time) - t0) / span},
                               {QStringLiteral("y"), point.cumulativeValue / top}});
    return out;
}

} // namespace bs::gui
