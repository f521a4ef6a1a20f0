// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit_run_model.h"

#include "audit/amounts.h"
#include "error_text.h"
#include "format.h"
#include "guiapp.h"
#include "ledger/money.h"
#include "operator/management_types.h"
#include "operator_cycles_model.h"
#include "operator_link.h"
#include "wallet/audit.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace bs::gui {

namespace {

QString phaseText(const audit::VerifyProgress& p)
{
    using Phase = audit::VerifyProgress::Phase;
    switch (p.phase) {
    case Phase::FetchingReport:
        return AuditRunModel::tr("Fetching the operator's report");
    case Phase::Scanning:
        //: Progress of a verification: blocks of the chain read so far
        return AuditRunModel::tr("Scanning the chain: %1 of %2 blocks")
            .arg(displayCount(p.done), displayCount(p.total));
    case Phase::Decrypting:
        //: Progress of a verification: auditor ciphertexts decrypted so far
        return AuditRunModel::tr("Decrypting %1 of %2")
            .arg(displayCount(p.done), displayCount(p.total));
    case Phase::Reconciling:
        return AuditRunModel::tr("Comparing the report with the chain");
    case Phase::Saving:
        return AuditRunModel::tr("Signing and saving the report");
    }
    return {};
}

QString utcText(const std::optional<QDateTime>& t)
{
    return t ? QLocale().toString(t->toUTC(), QStringLiteral("yyyy-MM-dd HH:mm"))
             : QString();
}

} // namespace

AuditRunModel::AuditRunModel(std::shared_ptr<wallet::Profile> profile,
                             CyclesModel* cycles,
                             QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_cycleList(cycles)
{
    LanguageChange::follow(this, &AuditRunModel::resultChanged);
    if (m_cycleList)
        connect(m_cycleList, &CyclesModel::cyclesChanged, this,
                &AuditRunModel::cycleChoicesChanged);
}

QVariantList AuditRunModel::cycleChoices() const
{
    QVariantList out;
    if (m_cycleList)
        for (const operator_api::Cycle& c : m_cycleList->cycles())
            out.append(QVariantMap{{QStringLiteral("cycleId"), c.cycleId},
                                   {QStringLiteral("period"),
                                    gui::periodText(c.periodStart, c.periodEnd)}});
    return out;
}

AuditRunModel::~AuditRunModel()
{
    m_task.stopAndWait();
}

AuditRunModel::Outcome AuditRunModel::outcome() const
{
    if (!m_report)
        return OutcomeNone;
    return m_report->clean() ? OutcomeClean : OutcomeFindings;
}

AuditRunModel::ReportState AuditRunModel::reportState() const
{
    if (!m_report || m_report->operatorReport.status == QLatin1String("received"))
        return ReportReceived;
    return m_report->operatorReport.status == QLatin1String("malformed") ? ReportMalformed
                                                                          : ReportUnavailable;
}

QString AuditRunModel::reportError() const
{
    return m_report ? errorText(m_report->operatorReport.reason, m_report->operatorReport.error)
                    : QString();
}

QString AuditRunModel::periodText() const
{
    if (!m_report)
        return {};
    if (!m_report->from && !m_report->to)
        return tr("Every cycle so far");
    if (!m_report->from)
        return tr("Until %1 UTC").arg(utcText(m_report->to));
    if (!m_report->to)
        return tr("From %1 UTC").arg(utcText(m_report->from));
    //: A verification period: start – end
    return tr("%1 – %2 UTC").arg(utcText(m_report->from), utcText(m_report->to));
}

QString AuditRunModel::blocksText() const
{
    if (!m_report)
        return {};
    const QString scanned = tr("Scanned blocks %1 to %2")
                                .arg(displayCount(m_report->scannedFrom),
                                     displayCount(m_report->scannedTo));
    if (!m_report->window)
        return scanned + tr("; no block lies in the period");
    return scanned + tr("; audited %1 to %2")
                         .arg(displayCount(m_report->window->from),
                              displayCount(m_report->window->to));
}

QString AuditRunModel::reportSha256() const
{
    return m_report ? m_report->operatorReport.sha256 : QString();
}

QString AuditRunModel::auditorAddress() const
{
    return m_report ? QString::fromStdString(m_report->auditor.address.toChecksumHex())
                    : QString();
}

QString AuditRunModel::reportedTotal() const
{
    if (!m_report || !m_report->totals.reportedTotal)
        return {};
    return displayAmount(*m_report->totals.reportedTotal, m_report->amountDecimals);
}

QString AuditRunModel::decryptedTotal() const
{
    return m_report ? displayAmount(m_report->totals.decryptedTotal, m_report->amountDecimals)
                    : QString();
}

QString AuditRunModel::unreportedTotal() const
{
    if (!m_report || m_report->totals.unreportedCount == 0)
        return {};
    return displayAmount(m_report->totals.unreportedTotal, m_report->amountDecimals);
}

int AuditRunModel::highCount() const
{
    return m_report ? int(m_report->count(audit::Severity::High)) : 0;
}

int AuditRunModel::mediumCount() const
{
    return m_report ? int(m_report->count(audit::Severity::Medium)) : 0;
}

int AuditRunModel::lowCount() const
{
    return m_report ? int(m_report->count(audit::Severity::Low)) : 0;
}

QString AuditRunModel::tokenSymbol() const
{
    return m_report && !m_report->network.tokenSymbol.isEmpty() ? m_report->network.tokenSymbol
                                                                : networkSymbol(*m_profile);
}

Result<std::optional<QDateTime>> AuditRunModel::parseDate(const QString& text, bool end)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<QDateTime>();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression withTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}$"));
    if (dateOnly.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            return std::optional<QDateTime>(
                QDateTime(end ? d.addDays(1) : d, QTime(0, 0), Qt::UTC));
    } else if (withTime.match(t).hasMatch()) {
        QString iso = t;
        iso[10] = u'T';
        QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
        if (dt.isValid()) {
            dt.setTimeSpec(Qt::UTC);
            return std::optional<QDateTime>(dt);
        }
    }
    return fail(tr("“%1” is not a date; write it as 2026-11-30 or 2026-11-30 14:00 (UTC).")
                    .arg(t)
                    .toStdString());
}

QString AuditRunModel::periodProblem(const QString& from, const QString& to) const
{
    auto f = parseDate(from, false);
    if (!f)
        return errorText(f.error());
    auto t = parseDate(to, true);
    if (!t)
        return errorText(t.error());
    if (*f && *t && !(**f < **t))
        return tr("The end of the period must be after its start.");
    return {};
}

void AuditRunModel::runDates(const QString& from, const QString& to)
{
    if (!periodProblem(from, to).isEmpty())
        return;
    run(*parseDate(from, false), *parseDate(to, true));
}

void AuditRunModel::runCycle(const QString& cycleId)
{
    const auto cycle = m_cycleList ? m_cycleList->cycle(cycleId) : std::nullopt;
    if (!cycle)
        return;
    run(cycle->periodStart, cycle->periodEnd);
}

void AuditRunModel::runAll()
{
    run(std::nullopt, std::nullopt);
}

void AuditRunModel::run(std::optional<QDateTime> from, std::optional<QDateTime> to)
{
    auto profile = m_profile;
    m_task.start(tr("Connecting"),
                 [this, profile, from, to](const TaskContext& ctx) -> Result<Task::Apply> {
                     // The audit's own steps say more than the generic stages.
                     auto outcome = wallet::verifyPeriod(
                         *profile, {from, to}, wallet::noProgress(), ctx.stopToken(),
                         [&ctx](const audit::VerifyProgress& p) {
                             const double fraction =
                                 p.total ? double(p.done) / double(p.total) : -1.0;
                             ctx.progress(phaseText(p), fraction);
                         });
                     if (!outcome)
                         return outcome.error();
                     return Task::Apply([this, o = std::move(*outcome)]() mutable {
                         const qint64 id = o.runId;
                         setReport(std::move(o.report), id);
                         Q_EMIT runSaved(id);
                     });
                 });
}

void AuditRunModel::setReport(audit::Report report, qint64 runId)
{
    m_report = std::move(report);
    m_runId = runId;
    m_cycles.setReport(*m_report);
    m_findings.setReport(*m_report);
    m_payouts.setReport(*m_report);
    Q_EMIT resultChanged();
}

QVariantMap AuditRunModel::chart() const
{
    QVariantList points;
    double max = 0;
    if (m_report) {
        const unsigned decimals = m_report->amountDecimals;
        const auto number = [&](const U256& v) {
            return QString::fromStdString(ledger::formatAmount(v, decimals)).toDouble();
        };
        // Category labels must be unique (the axis merges equal ones).
        QSet<QString> used;
        for (const audit::CycleResult& c : m_report->cycles) {
            QString label = QLocale().toString(c.periodStart.toUTC(), QStringLiteral("MMM d"));
            if (used.contains(label))
                label = c.cycleId;
            for (int n = 2; used.contains(label); ++n)
                label = c.cycleId + QStringLiteral(" (%1)").arg(n);
            used.insert(label);
            const double reported = number(c.reportedTotal);
            const double decrypted = number(c.decryptedTotal);
            points.append(QVariantMap{
                {QStringLiteral("label"), label},
                {QStringLiteral("cycle"), c.cycleId},
                {QStringLiteral("reported"), reported},
                {QStringLiteral("decrypted"), decrypted},
                {QStringLiteral("reportedExact"), displayAmount(c.reportedTotal, decimals)},
                {QStringLiteral("decryptedExact"), displayAmount(c.decryptedTotal, decimals)},
                {QStringLiteral("ok"), c.ok}});
            max = std::max({max, reported, decrypted});
        }
    }
    return {{QStringLiteral("points"), points}, {QStringLiteral("max"), max}};
}

} // namespace bs::gui
