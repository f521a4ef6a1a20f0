// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit_report_list_model.h"

#include "audit/report.h"
#include "error_text.h"
#include "format.h"
#include "guiapp.h"
#include "operator/management_types.h"
#include "operator_link.h"
#include "util/atomic_file.h"
#include "wallet/audit.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace bs::gui {

namespace {

QJsonObject summaryOf(const audit::RunSummary& run)
{
    return QJsonDocument::fromJson(run.summary.toUtf8()).object();
}

QString pathOf(const QUrl& file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

// A time of the summary (RFC 3339, UTC) as the list shows it, or "" for an open side.
QString summaryTime(const QJsonValue& v)
{
    if (!v.isString())
        return {};
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : v.toString();
}

} // namespace

ReportListModel::ReportListModel(std::shared_ptr<wallet::Profile> profile, QObject* parent)
    : QAbstractListModel(parent)
    , m_profile(std::move(profile))
{
    LanguageChange::followRows(this);
}

ReportListModel::~ReportListModel()
{
    m_task.stopAndWait();
    m_exportTask.stopAndWait();
    m_checkTask.stopAndWait();
}

int ReportListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> ReportListModel::roleNames() const
{
    return {{RunIdRole, "runId"},          {CreatedAtRole, "createdAt"},
            {PeriodRole, "period"},        {BlocksRole, "blocks"},
            {OutcomeRole, "outcome"},      {OutcomeTextRole, "outcomeText"},
            {FindingsRole, "findings"},    {HighRole, "high"},
            {OperatorReportRole, "operatorReport"}};
}

QVariant ReportListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const audit::RunSummary& run = m_runs[std::size_t(index.row())];
    const QJsonObject s = summaryOf(run);
    const bool clean = s.value(QLatin1String("status")).toString() == QLatin1String("clean");
    switch (role) {
    case RunIdRole:
        return run.id;
    case CreatedAtRole:
        return localTime(QDateTime::fromMSecsSinceEpoch(run.createdAt, Qt::UTC));
    case PeriodRole: {
        const QString from = summaryTime(s.value(QLatin1String("from")));
        const QString to = summaryTime(s.value(QLatin1String("to")));
        if (from.isEmpty() && to.isEmpty())
            return tr("Every cycle");
        //: A saved run's period; an open side reads "…"
        return tr("%1 – %2 UTC")
            .arg(from.isEmpty() ? QStringLiteral("…") : from,
                 to.isEmpty() ? QStringLiteral("…") : to);
    }
    case BlocksRole: {
        const auto block = [&s](const char* key) {
            return displayCount(quint64(s.value(QLatin1String(key)).toInteger()));
        };
        // Runs saved before the summary had the audited blocks show the scan's end.
        if (!s.contains(QLatin1String("windowFrom")))
            return tr("to block %1").arg(block("scannedTo"));
        if (s.value(QLatin1String("windowFrom")).isNull())
            return tr("no block in the period (scanned to %1)").arg(block("scannedTo"));
        return tr("blocks %1 to %2").arg(block("windowFrom"), block("windowTo"));
    }
    case OutcomeRole:
        return QVariant::fromValue(clean ? OutcomeClean : OutcomeFindings);
    case OutcomeTextRole: {
        const int n = s.value(QLatin1String("findings")).toInt();
        return clean ? tr("Clean") : tr("%n finding(s)", "", n);
    }
    case FindingsRole:
        return s.value(QLatin1String("findings")).toInt();
    case HighRole:
        return s.value(QLatin1String("high")).toInt();
    case OperatorReportRole:
        return s.value(QLatin1String("operatorReport")).toString() == QLatin1String("received");
    default:
        return {};
    }
}

void ReportListModel::setRuns(std::vector<audit::RunSummary> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    m_loaded = true;
    endResetModel();
    Q_EMIT countChanged();
}

void ReportListModel::refresh()
{
    auto profile = m_profile;
    m_task.start(tr("Reading the saved runs"),
                 [this, profile](const TaskContext&) -> Result<Task::Apply> {
                     auto runs = wallet::auditRuns(*profile);
                     if (!runs)
                         return runs.error();
                     return Task::Apply(
                         [this, runs = std::move(*runs)]() mutable { setRuns(std::move(runs)); });
                 });
}

QString ReportListModel::suggestedName(qint64 runId, Format format) const
{
    const char* ext = format == FormatJson ? "json" : format == FormatCsv ? "csv" : "pdf";
    return QStringLiteral("audit-run-%1.%2").arg(runId).arg(QLatin1String(ext));
}

void ReportListModel::exportRun(qint64 runId, Format format, const QUrl& file)
{
    auto profile = m_profile;
    const QString path = pathOf(file);
    m_exportTask.start(
        tr("Exporting run %1").arg(runId),
        [this, profile, runId, format, path](const TaskContext&) -> Result<Task::Apply> {
            auto json = wallet::auditRunReport(*profile, runId);
            if (!json)
                return json.error();
            if (!*json)
                return fail(tr("Run %1 is not in this vault any more; read the list again.")
                                .arg(runId)
                                .toStdString());
            const auto write = [&]() -> Result<void> {
                if (format == FormatJson) // as `bshield audit verify --out` writes it
                    return util::writeFileAtomically(path, **json + '\n');
                if (format == FormatPdf)
                    return writePdf(**json, path);
                auto report = audit::parseReport(**json);
                if (!report)
                    return report.error();
                return util::writeFileAtomically(path, audit::reportCsv(*report, **json));
            };
            const Result<void> written = write();
            if (!written)
                return written.error();
            return Task::Apply([this, path] {
                m_exportedPath = path;
                Q_EMIT exported(path);
            });
        });
}

void ReportListModel::checkFile(const QUrl& file)
{
    const QString path = pathOf(file);
    m_checkTask.start(tr("Checking %1").arg(QFileInfo(path).fileName()),
                      [this, path](const TaskContext&) -> Result<Task::Apply> {
                          QFile f(path);
                          if (!f.open(QIODevice::ReadOnly))
                              return fail(tr("%1 could not be read: %2")
                                              .arg(path, f.errorString())
                                              .toStdString());
                          if (f.size() > audit::kMaxReportBytes)
                              return fail(tr("%1 is larger than any report; choose the report's "
                                             "JSON file.")
                                              .arg(path)
                                              .toStdString());
                          const QByteArray bytes = f.readAll();
                          auto checked = audit::checkReport(bytes);
                          CheckState state = CheckInvalid;
                          QString text;
                          if (checked) {
                              state = CheckValid;
                              const audit::Report& r = checked->report;
                              const QString signer =
                                  QString::fromStdString(checked->signer.toChecksumHex());
                              text = r.clean()
                                         ? tr("Signed by the auditor %1; the sums hold. The "
                                              "run found nothing wrong.")
                                               .arg(signer)
                                         : tr("Signed by the auditor %1; the sums hold. The "
                                              "run found %n finding(s).",
                                              "", int(r.findings.size()))
                                               .arg(signer);
                          } else {
                              text = tr("This report does not hold: %1")
                                         .arg(errorText(checked.error()));
                          }
                          return Task::Apply([this, path, state, text] {
                              m_checkedFile = path;
                              m_checkState = state;
                              m_checkText = text;
                              Q_EMIT checkChanged();
                          });
                      });
}

} // namespace bs::gui
