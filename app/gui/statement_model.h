// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Statement..." on the Earnings page: makes a verifiable statement of a period's payouts
// (wallet::makeStatement, docs/statement.md) and writes it twice, side by side: the JSON that
// anyone can check against the chain (`bshield statement check`), and a PDF for people, in the
// user's language and locale. No key reaches the views: they get paths and sentences.
#include "ledger/statement.h"
#include "task.h"
#include "wallet/profile.h"

#include <QDate>
#include <QImage>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace bs::gui {

// The statement as the HTML of the PDF: title, account, period, one row per payout (date and
// amount in the default locale), the total, and how to check it.
QString statementHtml(const ledger::Statement& statement);
// The payouts of the statement as bars over time (height by amount, one bar per payout, in
// order), with the cumulative earnings as a line: the chart of the PDF. A null image when there
// are no lines.
QImage statementChart(const ledger::Statement& statement, const QSize& size = QSize(1600, 600));
// Writes the PDF (A4) to `path`; an error sentence when the file cannot be written.
Result<void> writeStatementPdf(const ledger::Statement& statement, const QString& path);

class StatementModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString jsonPath READ jsonPath NOTIFY changed)
    Q_PROPERTY(QString pdfPath READ pdfPath NOTIFY changed)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY changed)
    Q_PROPERTY(QString total READ total NOTIFY changed)
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)

public:
    enum State
    {
        StateIdle,
        StateWorking,
        StateDone,
        StateFailed,
    };
    Q_ENUM(State)

    explicit StatementModel(std::shared_ptr<wallet::Profile> profile, QObject* parent = nullptr);
    ~StatementModel() override;

    State state() const { return m_state; }
    QString jsonPath() const { return m_jsonPath; }
    QString pdfPath() const { return m_pdfPath; }
    int lineCount() const { return m_lineCount; }
    QString total() const { return m_total; }
    Task* task() { return &m_task; }

    // The payouts of [from, to + 1 day) (local dates) into
    // <folder>/statement-<from>-<to>.json and .pdf. From the views: ISO dates ("2026-11-01")
    // and the folder as a URL (FolderDialog), or a local path.
    void make(const QDate& from, const QDate& to, const QString& folder);
    Q_INVOKABLE void make(const QString& from, const QString& to, const QUrl& folder);

Q_SIGNALS:
    void changed();

private:
    std::shared_ptr<wallet::Profile> m_profile;
    Task m_task;
    State m_state = StateIdle;
    QString m_jsonPath;
    QString m_pdfPath;
    int m_lineCount = 0;
    QString m_total;
};

} // namespace bs::gui
