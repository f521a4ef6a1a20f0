// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The auditor's Verify page: one verification run of a period (a cycle of the operator's list,
// every cycle, or custom dates) through wallet::verifyPeriod on a worker, with its staged
// progress ("Fetching the operator's report", "Scanning the chain 1 200 of 5 000 blocks",
// "Decrypting 30 of 90") and Cancel; then the result: clean or findings, whether the
// operator's report could be fetched, the per-cycle rows, the findings by severity and the
// payouts. The run is saved in the vault by the use case (runSaved).
#include "audit/report.h"
#include "audit/verifier.h"
#include "audit_results.h"
#include "task.h"
#include "wallet/profile.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace bs::gui {

class CyclesModel;

class AuditRunModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY resultChanged)
    Q_PROPERTY(ReportState reportState READ reportState NOTIFY resultChanged)
    // Why the operator's report could not be used ("" when it was received).
    Q_PROPERTY(QString reportError READ reportError NOTIFY resultChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY resultChanged)
    Q_PROPERTY(QString blocksText READ blocksText NOTIFY resultChanged)
    Q_PROPERTY(QString reportSha256 READ reportSha256 NOTIFY resultChanged)
    Q_PROPERTY(QString auditorAddress READ auditorAddress NOTIFY resultChanged)
    Q_PROPERTY(QString reportedTotal READ reportedTotal NOTIFY resultChanged)
    Q_PROPERTY(QString decryptedTotal READ decryptedTotal NOTIFY resultChanged)
    // What the payouts the report leaves out carried ("" when there is none).
    Q_PROPERTY(QString unreportedTotal READ unreportedTotal NOTIFY resultChanged)
    Q_PROPERTY(int highCount READ highCount NOTIFY resultChanged)
    Q_PROPERTY(int mediumCount READ mediumCount NOTIFY resultChanged)
    Q_PROPERTY(int lowCount READ lowCount NOTIFY resultChanged)
    Q_PROPERTY(qint64 runId READ runId NOTIFY resultChanged)
    Q_PROPERTY(QString tokenSymbol READ tokenSymbol NOTIFY resultChanged)
    // The operator's cycles for the period selector: [{cycleId, period}], newest first.
    Q_PROPERTY(QVariantList cycleChoices READ cycleChoices NOTIFY cycleChoicesChanged)
    Q_PROPERTY(bs::gui::AuditCycleRows* cycles READ cycles CONSTANT)
    Q_PROPERTY(bs::gui::AuditFindingRows* findings READ findings CONSTANT)
    Q_PROPERTY(bs::gui::AuditPayoutRows* payouts READ payouts CONSTANT)

public:
    enum Outcome
    {
        OutcomeNone, // no run yet (or the last one could not complete)
        OutcomeClean,
        OutcomeFindings,
    };
    Q_ENUM(Outcome)
    enum ReportState
    {
        ReportReceived,
        ReportUnavailable, // the server could not be reached or refused
        ReportMalformed,
    };
    Q_ENUM(ReportState)

    // `cycles` (the operator's cycle list, read as the auditor) gives the cycles' periods.
    AuditRunModel(std::shared_ptr<wallet::Profile> profile,
                  CyclesModel* cycles,
                  QObject* parent = nullptr);
    ~AuditRunModel() override;

    Task* task() { return &m_task; }
    Outcome outcome() const;
    ReportState reportState() const;
    QString reportError() const;
    QString periodText() const;
    QString blocksText() const;
    QString reportSha256() const;
    QString auditorAddress() const;
    QString reportedTotal() const;
    QString decryptedTotal() const;
    QString unreportedTotal() const;
    int highCount() const;
    int mediumCount() const;
    int lowCount() const;
    qint64 runId() const { return m_runId; }
    QString tokenSymbol() const;
    QVariantList cycleChoices() const;
    AuditCycleRows* cycles() { return &m_cycles; }
    AuditFindingRows* findings() { return &m_findings; }
    AuditPayoutRows* payouts() { return &m_payouts; }

    // "" when the custom dates (YYYY-MM-DD, or with a time HH:MM, UTC; either may be empty for
    // an open side; the end day is included) make a period, else what is wrong.
    Q_INVOKABLE QString periodProblem(const QString& from, const QString& to) const;
    // Verifies the custom dates (see periodProblem), one cycle of the operator's list, or
    // every cycle so far (no bounds).
    Q_INVOKABLE void runDates(const QString& from, const QString& to);
    Q_INVOKABLE void runCycle(const QString& cycleId);
    Q_INVOKABLE void runAll();
    // The chart, cycles in the report's order: {points: [{label, cycle, reported, decrypted
    // (doubles, for drawing), reportedExact, decryptedExact, ok}], max}.
    Q_INVOKABLE QVariantMap chart() const;

    // Starts a run of [from, to) (open on a side without).
    void run(std::optional<QDateTime> from, std::optional<QDateTime> to);
    // Shows a report (a finished run, or a saved one).
    void setReport(audit::Report report, qint64 runId);
    const std::optional<audit::Report>& report() const { return m_report; }

    // A date of the period selector, in UTC; `end` takes the next day of a date without a
    // time (the end day is included). nullopt for "" ; an error sentence when unreadable.
    static Result<std::optional<QDateTime>> parseDate(const QString& text, bool end);

Q_SIGNALS:
    void resultChanged();
    void cycleChoicesChanged();
    // A run completed and was saved in the vault as `runId`.
    void runSaved(qint64 runId);

private:
    std::shared_ptr<wallet::Profile> m_profile;
    CyclesModel* m_cycleList;
    Task m_task;
    std::optional<audit::Report> m_report;
    qint64 m_runId = 0;
    AuditCycleRows m_cycles;
    AuditFindingRows m_findings;
    AuditPayoutRows m_payouts;
};

} // namespace bs::gui
