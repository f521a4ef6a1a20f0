// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF statement of a verification report: what a person reads and files. It says what was
// checked (period, blocks, chain, contracts, the operator's answer by its SHA-256), the result
// per cycle and for the period, the findings with their evidence, and the signature block
// that names the signed JSON (by its SHA-256) anyone can check without a key.
#include "audit_report_list_model.h"
#include "audit_results.h"

#include "audit/amounts.h"
#include "audit/report.h"
#include "format.h"
#include "operator/management_types.h"
#include "operator_link.h"
#include "util/atomic_file.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace bs::gui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td class=\"k\">%1</td><td>%2</td></tr>").arg(esc(label), value);
}

QString cell(const QString& text, bool right = false)
{
    return right ? QStringLiteral("<td align=\"right\">%1</td>").arg(esc(text))
                 : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString timeText(const std::optional<QDateTime>& t)
{
    return t ? operator_api::formatTime(*t) : ReportListModel::tr("open");
}

QString address(const crypto::EthAddress& a)
{
    return QString::fromStdString(a.toChecksumHex());
}

QString statementHtml(const audit::Report& r, const QByteArray& json)
{
    const unsigned d = r.amountDecimals;
    const QString unit = u' ' + r.network.tokenSymbol;
    const auto money = [&](const U256& v) { return displayAmount(v, d) + unit; };

    QString h;
    h += QStringLiteral(
        "<html><head><style>"
        "body { font-family: sans-serif; font-size: 9pt; }"
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
        "table { border-collapse: collapse; } td, th { padding: 2pt 6pt; }"
        "th { background: #e8eaed; text-align: left; } td.k { color: #555; }"
        ".mono { font-family: monospace; }"
        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(ReportListModel::tr("Verification of the operator's distributions")));

    // Summary
    const QString result =
        r.clean() ? ReportListModel::tr("Clean: the chain confirms the operator's report.")
                  : ReportListModel::tr("%n finding(s): %1 high, %2 medium, %3 low.", "", int(r.findings.size()))
                        .arg(r.count(audit::Severity::High))
                        .arg(r.count(audit::Severity::Medium))
                        .arg(r.count(audit::Severity::Low));
    QString operatorReport;
    if (r.operatorReport.status == QLatin1String("received"))
        operatorReport = ReportListModel::tr("received from %1").arg(r.operatorReport.server);
    else
        operatorReport = ReportListModel::tr("could not be used (%1): %2")
                             .arg(r.operatorReport.status, r.operatorReport.error);
    h += QStringLiteral("<h2>%1</h2><table>").arg(esc(ReportListModel::tr("Summary")));
    h += row(ReportListModel::tr("Result"), QStringLiteral("<b>%1</b>").arg(esc(result)));
    h += row(ReportListModel::tr("Period"), esc(ReportListModel::tr("%1 to %2").arg(timeText(r.from), timeText(r.to))));
    h += row(ReportListModel::tr("Blocks scanned"),
             esc(QStringLiteral("%1 – %2").arg(r.scannedFrom).arg(r.scannedTo)));
    h += row(ReportListModel::tr("Blocks audited"),
             esc(r.window ? QStringLiteral("%1 – %2").arg(r.window->from).arg(r.window->to)
                          : ReportListModel::tr("none in the period")));
    h += row(ReportListModel::tr("Chain"), esc(QString::number(r.network.chainId)));
    h += row(ReportListModel::tr("eERC contract"), QStringLiteral("<span class=\"mono\">%1</span>")
                                         .arg(esc(address(r.network.encryptedErc))));
    h += row(ReportListModel::tr("Registrar"), QStringLiteral("<span class=\"mono\">%1</span>")
                                     .arg(esc(address(r.network.registrar))));
    h += row(ReportListModel::tr("Operator"), QStringLiteral("<span class=\"mono\">%1</span>")
                                    .arg(esc(address(r.network.operatorAddress))));
    h += row(ReportListModel::tr("Operator's report"), esc(operatorReport));
    if (!r.operatorReport.sha256.isEmpty())
        h += row(ReportListModel::tr("Its SHA-256"), QStringLiteral("<span class=\"mono\">%1</span>")
                                           .arg(esc(r.operatorReport.sha256)));
    if (r.totals.reportedTotal)
        h += row(ReportListModel::tr("Reported total"), esc(money(*r.totals.reportedTotal)));
    h += row(ReportListModel::tr("Decrypted total"), esc(money(r.totals.decryptedTotal)));
    if (!r.totals.dust.isZero())
        h += row(ReportListModel::tr("Dust"), esc(money(r.totals.dust)));
    h += row(ReportListModel::tr("Payouts"), esc(ReportListModel::tr("%1, of which %2 unreported")
                                       .arg(r.payouts.size())
                                       .arg(r.totals.unreportedCount)));
    h += row(ReportListModel::tr("Created"), esc(operator_api::formatTime(r.createdAt)));
    h += row(ReportListModel::tr("Software"), esc(r.software));
    h += QStringLiteral("</table>");

    // Per cycle
    h += QStringLiteral("<h2>%1</h2>").arg(esc(ReportListModel::tr("Per cycle")));
    if (r.cycles.empty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(ReportListModel::tr("The report lists no cycle.")));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\"><tr>");
        for (const QString& head :
             {ReportListModel::tr("Cycle"), ReportListModel::tr("Period (UTC)"), ReportListModel::tr("Reported"), ReportListModel::tr("Decrypted"),
              ReportListModel::tr("Reported count"), ReportListModel::tr("Found count"), ReportListModel::tr("Status")})
            h += QStringLiteral("<th>%1</th>").arg(esc(head));
        h += QStringLiteral("</tr>");
        for (const audit::CycleResult& c : r.cycles) {
            h += QStringLiteral("<tr>");
            h += cell(c.cycleId);
            h += cell(periodText(c.periodStart, c.periodEnd));
            h += cell(money(c.reportedTotal), true);
            h += cell(money(c.decryptedTotal), true);
            h += cell(QString::number(c.reportedCount), true);
            h += cell(QString::number(c.foundCount), true);
            h += cell(c.ok ? ReportListModel::tr("matches") : ReportListModel::tr("findings"));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }

    // Findings
    h += QStringLiteral("<h2>%1</h2>").arg(esc(ReportListModel::tr("Findings")));
    if (r.findings.empty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(ReportListModel::tr("None.")));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\"><tr>");
        for (const QString& head : {ReportListModel::tr("Severity"), ReportListModel::tr("Finding"), ReportListModel::tr("Evidence")})
            h += QStringLiteral("<th>%1</th>").arg(esc(head));
        h += QStringLiteral("</tr>");
        for (const audit::Finding& f : r.findings) {
            QString evidence = esc(AuditFindingRows::evidenceText(f, d, r.network.tokenSymbol));
            if (f.cycleId)
                evidence += QStringLiteral("<br/>") + esc(ReportListModel::tr("cycle %1").arg(*f.cycleId));
            if (f.txHash)
                evidence += QStringLiteral("<br/><span class=\"mono\">%1</span>")
                                .arg(esc(auditHex(*f.txHash)));
            if (f.address)
                evidence += QStringLiteral("<br/><span class=\"mono\">%1</span>")
                                .arg(esc(address(*f.address)));
            h += QStringLiteral("<tr>");
            h += cell(AuditFindingRows::severityText(f.severity));
            h += QStringLiteral("<td><b>%1</b><br/>%2</td>").arg(esc(f.kind), esc(f.message));
            h += QStringLiteral("<td>%1</td>").arg(evidence);
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }

    // Signature block
    h += QStringLiteral("<h2>%1</h2><table>").arg(esc(ReportListModel::tr("Signature")));
    h += row(ReportListModel::tr("Auditor"), QStringLiteral("<span class=\"mono\">%1</span>")
                                   .arg(esc(address(r.auditor.address))));
    if (r.signature) {
        h += row(ReportListModel::tr("Signed by"), QStringLiteral("<span class=\"mono\">%1</span>")
                                         .arg(esc(address(r.signature->signer))));
        h += row(ReportListModel::tr("Signature (EIP-191)"),
                 QStringLiteral("<span class=\"mono\">%1</span>")
                     .arg(esc(auditHex(r.signature->value))));
    }
    h += row(ReportListModel::tr("SHA-256 of the signed JSON report"),
             QStringLiteral("<span class=\"mono\">%1</span>")
                 .arg(esc(QString::fromLatin1(
                     QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()))));
    h += QStringLiteral("</table><p>%1</p>")
             .arg(esc(ReportListModel::tr("This statement is a reading of the signed JSON report. Anyone can "
                            "check that report without a key: bshield audit report-check --in "
                            "<report.json>.")));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace

Result<void> ReportListModel::writePdf(const QByteArray& json, const QString& file)
{
    auto report = audit::parseReport(json);
    if (!report)
        return report.error();
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Verification report"));
        writer.setCreator(QStringLiteral("BackendShield"));
        QTextDocument doc;
        doc.setHtml(statementHtml(*report, json));
        doc.print(&writer);
    }
    if (pdf.isEmpty())
        return fail(tr("The PDF could not be made.").toStdString());
    return util::writeFileAtomically(file, pdf);
}

} // namespace bs::gui
