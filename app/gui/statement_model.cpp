// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement_model.h"

#include "format.h"
#include "task_progress.h"
#include "util/atomic_file.h"
#include "util/hex.h"
#include "wallet/statement.h"

#include <QDir>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace bs::gui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString money(const ledger::Statement& s, const U256& tokenUnits)
{
    const QString amount = displayAmount(tokenUnits, s.tokenDecimals);
    return s.tokenSymbol.isEmpty() ? amount : amount + u' ' + s.tokenSymbol;
}

QString shortHash(const crypto::Hash256& h)
{
    return QStringLiteral("0x") +
           QString::fromStdString(util::hexEncodeLower(std::span(h).first(4))) + u'…';
}

} // namespace

QString statementHtml(const ledger::Statement& s)
{
    const QLocale locale;
    const auto date = [&](const QDateTime& t) {
        return locale.toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    QString rows;
    for (const ledger::StatementLine& l : s.lines)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                               "</tr>")
                    .arg(esc(date(l.time)), esc(displayCount(l.block)), esc(shortHash(l.txHash)),
                         esc(money(s, s.tokenUnits(l.value))));
    return QStringLiteral("<h1>%1</h1>").arg(esc(StatementModel::tr("Statement of earnings"))) +
           QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
               .arg(esc(StatementModel::tr("Account: %1")
                            .arg(QString::fromStdString(s.account.toChecksumHex()))),
                    esc(StatementModel::tr("Period: %1 to %2").arg(date(s.from), date(s.to))),
                    esc(StatementModel::tr("Chain %1, eERC contract %2")
                            .arg(s.chainId)
                            .arg(QString::fromStdString(s.encryptedErc.toChecksumHex())))) +
           QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">"
                          "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>%5</table>")
               .arg(esc(StatementModel::tr("Date")), esc(StatementModel::tr("Block")),
                    esc(StatementModel::tr("Transaction")), esc(StatementModel::tr("Amount")),
                    rows) +
           QStringLiteral("<p><b>%1</b></p>")
               .arg(
                   esc(StatementModel::tr("Total: %1 in %n payout(s)", nullptr, int(s.lines.size()))
                           .arg(money(s, s.total())))) +
           QStringLiteral("<p>%1</p>")
               .arg(esc(StatementModel::tr(
                   "Every payout in this statement comes with a proof, in the JSON file made with "
                   "it, that the encrypted amount on chain is the amount shown, without revealing "
                   "the account's key. Anyone can check it: bshield statement check --in <file> "
                   "--rpc <node>.")));
}

Result<void> writeStatementPdf(const ledger::Statement& statement, const QString& path)
{
    // A file left from an earlier run must not pass for this one if writing fails.
    if (QFile::exists(path) && !QFile::remove(path))
        return fail("the file " + path.toStdString() +
                    " exists and cannot be replaced; choose "
                    "another folder.");
    QTextDocument doc;
    doc.setHtml(statementHtml(statement));
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setTitle(StatementModel::tr("Statement of earnings"));
        pdf.setCreator(QStringLiteral("BackendShield"));
        doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
        doc.print(&pdf);
    }
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return fail("the PDF could not be written to " + path.toStdString() +
                    "; choose a folder you can write to.");
    return {};
}

StatementModel::StatementModel(std::shared_ptr<wallet::Profile> profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{}

StatementModel::~StatementModel()
{
    m_task.stopAndWait();
}

void StatementModel::make(const QString& from, const QString& to, const QUrl& folder)
{
    make(QDate::fromString(from.trimmed(), Qt::ISODate),
         QDate::fromString(to.trimmed(), Qt::ISODate),
         folder.isLocalFile() ? folder.toLocalFile() : folder.toString());
}

void StatementModel::make(const QDate& from, const QDate& to, const QString& folder)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        m_state = StateFailed;
        Q_EMIT changed();
        return;
    }
    const wallet::StatementPeriod period{from.startOfDay(), to.addDays(1).startOfDay()};
    const QString base =
        QDir(folder).filePath(QStringLiteral("statement-%1-%2")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    m_state = StateWorking;
    Q_EMIT changed();
    auto profile = m_profile;
    const bool started =
        m_task.start(tr("Proving the payouts"),
                     [this, profile, period, base](const TaskContext& ctx) -> Result<Task::Apply> {
                         TaskProgress progress(ctx);
                         auto s =
                             wallet::makeStatement(*profile, period, progress, ctx.stopToken());
                         if (!s)
                             return s.error();
                         const QString json = base + QStringLiteral(".json");
                         if (auto ok = util::writeFileAtomically(json, ledger::toJson(*s)); !ok)
                             return ok.error();
                         return Task::Apply([this, statement = std::move(*s), json, base] {
                             const QString pdf = base + QStringLiteral(".pdf");
                             if (!writeStatementPdf(statement, pdf)) {
                                 m_state = StateFailed;
                             } else {
                                 m_state = StateDone;
                                 m_jsonPath = json;
                                 m_pdfPath = pdf;
                                 m_lineCount = int(statement.lines.size());
                                 m_total = money(statement, statement.total());
                             }
                             Q_EMIT changed();
                         });
                     });
    if (!started)
        return;
    connect(
        &m_task, &Task::finished, this,
        [this](bool ok) {
            if (!ok) {
                m_state = StateFailed;
                Q_EMIT changed();
            }
        },
        Qt::SingleShotConnection);
}

} // namespace bs::gui
