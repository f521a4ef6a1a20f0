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
#include <QPainter>
#include <QPainterPath>
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

// Amounts as doubles, only to draw (money stays exact everywhere else).
double drawable(const U256& v)
{
    double out = 0;
    for (int i = 3; i >= 0; --i)
        out = out * 18446744073709551616.0 + double(v.limbs()[std::size_t(i)]);
    return out;
}

const QUrl kChartUrl(QStringLiteral("bs:chart"));

} // namespace

QImage statementChart(const ledger::Statement& s, const QSize& size)
{
    if (s.lines.empty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double margin = 20;
    const double w = size.width() - 2 * margin;
    const double h = size.height() - 2 * margin;
    double max = 0;
    double total = 0;
    for (const ledger::StatementLine& l : s.lines) {
        const double v = drawable(s.tokenUnits(l.value));
        max = std::max(max, v);
        total += v;
    }
    const double step = w / double(s.lines.size());
    QPainterPath cumulative;
    double sum = 0;
    for (std::size_t i = 0; i < s.lines.size(); ++i) {
        const double v = drawable(s.tokenUnits(s.lines[i].value));
        const double bar = max > 0 ? h * v / max : 0;
        p.fillRect(
            QRectF(margin + step * double(i) + step * 0.15, margin + h - bar, step * 0.7, bar),
            QColor(0x1f, 0x5f, 0xd1));
        sum += v;
        const QPointF point(margin + step * (double(i) + 0.5),
                            margin + h - (total > 0 ? h * sum / total : 0));
        if (i == 0)
            cumulative.moveTo(point);
        else
            cumulative.lineTo(point);
    }
    p.setPen(QPen(QColor(0x1d, 0x7a, 0x46), 4));
    p.drawPath(cumulative);
    p.setPen(QPen(Qt::gray, 2));
    p.drawLine(QPointF(margin, margin + h), QPointF(margin + w, margin + h));
    return image;
}

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
           (s.lines.empty()
                ? QString()
                : QStringLiteral("<p><img src=\"%1\" width=\"640\"/><br/>%2</p>")
                      .arg(kChartUrl.toString(), esc(StatementModel::tr("Bars: each payout. Line: "
                                                                        "cumulative earnings.")))) +
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
        return fail(StatementModel::tr("the file %1 exists and cannot be replaced; choose "
                                       "another folder.")
                        .arg(path)
                        .toStdString());
    QTextDocument doc;
    doc.addResource(QTextDocument::ImageResource, kChartUrl, statementChart(statement));
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
        return fail(StatementModel::tr("the PDF could not be written to %1; choose a folder "
                                       "you can write to.")
                        .arg(path)
                        .toStdString());
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
