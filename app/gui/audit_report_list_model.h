// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The auditor's Reports page: the verification runs saved in the vault (wallet::auditRuns),
// newest first, with their exports (the signed JSON as saved, the engine's CSV, and a PDF
// statement) and "Check a report": any report file verified as `bshield audit report-check`
// does (signature and internal sums), without a key. Reading, writing and checking run on
// workers (Task).
#include "audit/store.h"
#include "task.h"
#include "wallet/profile.h"

#include <QAbstractListModel>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

namespace bs::gui {

class ReportListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    // Exports; its error says why a file could not be written.
    Q_PROPERTY(bs::gui::Task* exportTask READ exportTask CONSTANT)
    Q_PROPERTY(bs::gui::Task* checkTask READ checkTask CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)
    // The last file written by an export ("" before one).
    Q_PROPERTY(QString exportedPath READ exportedPath NOTIFY exported)
    Q_PROPERTY(CheckState checkState READ checkState NOTIFY checkChanged)
    // The file checked, and what the check says: the signer and the result, or the problem.
    Q_PROPERTY(QString checkedFile READ checkedFile NOTIFY checkChanged)
    Q_PROPERTY(QString checkText READ checkText NOTIFY checkChanged)

public:
    enum Outcome
    {
        OutcomeClean,
        OutcomeFindings,
    };
    Q_ENUM(Outcome)
    enum CheckState
    {
        CheckNone,
        CheckValid,   // signed by its auditor, sums consistent
        CheckInvalid, // the report does not hold (checkText says why)
    };
    Q_ENUM(CheckState)
    enum Format
    {
        FormatJson,
        FormatCsv,
        FormatPdf,
    };
    Q_ENUM(Format)
    enum Role
    {
        RunIdRole = Qt::UserRole + 1, // qint64
        CreatedAtRole,                // local time
        PeriodRole,
        BlocksRole,    // "blocks 1200 to 1234": the audited blocks
        OutcomeRole,   // Outcome
        OutcomeTextRole,
        FindingsRole, // int
        HighRole,     // int
        OperatorReportRole, // bool: the operator's report was received
    };

    explicit ReportListModel(std::shared_ptr<wallet::Profile> profile, QObject* parent = nullptr);
    ~ReportListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Task* task() { return &m_task; }
    Task* exportTask() { return &m_exportTask; }
    Task* checkTask() { return &m_checkTask; }
    int count() const { return int(m_runs.size()); }
    bool loaded() const { return m_loaded; }
    QString exportedPath() const { return m_exportedPath; }
    CheckState checkState() const { return m_checkState; }
    QString checkedFile() const { return m_checkedFile; }
    QString checkText() const { return m_checkText; }

    // Reads the saved runs again.
    Q_INVOKABLE void refresh();
    // Writes run `runId` as `format` to `file` (replaced when it exists).
    Q_INVOKABLE void exportRun(qint64 runId, bs::gui::ReportListModel::Format format,
                               const QUrl& file);
    // A file name for the export dialog: "audit-run-12.json".
    Q_INVOKABLE QString suggestedName(qint64 runId, bs::gui::ReportListModel::Format format) const;
    // Verifies the report file at `file` (checkState, checkText).
    Q_INVOKABLE void checkFile(const QUrl& file);

    // The PDF statement of a signed report (its canonical JSON): the summary, the per-cycle
    // table, the findings and the signature block (audit_report_pdf.cpp).
    static Result<void> writePdf(const QByteArray& json, const QString& file);

Q_SIGNALS:
    void countChanged();
    void exported(const QString& path);
    void checkChanged();

private:
    void setRuns(std::vector<audit::RunSummary> runs);

    std::shared_ptr<wallet::Profile> m_profile;
    Task m_task;
    Task m_exportTask;
    Task m_checkTask;
    std::vector<audit::RunSummary> m_runs;
    bool m_loaded = false;
    QString m_exportedPath;
    CheckState m_checkState = CheckNone;
    QString m_checkedFile;
    QString m_checkText;
};

} // namespace bs::gui
