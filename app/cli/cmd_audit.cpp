// SPDX-License-Identifier: GPL-3.0-or-later
// `bshield audit ...`: the auditor's verification of the operator's reported distributions
// against the chain (core/audit), and the check of a report file by anyone, with no key.
//
// Exit codes: 0 the run completed and found nothing (report-check: the report is valid),
// 3 the run completed with findings, 1 it could not complete (report-check: the report is not
// valid), 2 usage.
#include "audit/amounts.h"
#include "audit/report.h"
#include "audit/verifier.h"
#include "chain/json_fields.h"
#include "chain/network.h"
#include "cli.h"
#include "ledger/money.h"
#include "operator/operator_client.h"
#include "profile_options.h"
#include "util/atomic_file.h"
#include "wallet/audit.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace bs::cli {

namespace {

constexpr int ExitFindings = 3;

constexpr char kUsage[] =
    "Usage: bshield audit <operation> [options]\n"
    "\n"
    "  verify --vault <v> [--passphrase-file <f>] [--network <f>] [--from <RFC3339>]\n"
    "         [--to <RFC3339>] [--out <report.json>] [--csv <f>] [--rpc <url>] [--allow-http]\n"
    "                      verifies the operator's /audit/totals for the period [from, to)\n"
    "                      against the chain: decrypts every auditor ciphertext of the\n"
    "                      operator's payouts, reconciles cycle by cycle and for the period,\n"
    "                      looks for payouts the report leaves out; saves the signed report\n"
    "                      in the vault and writes it as JSON (--out) and CSV (--csv).\n"
    "                      The vault is an auditor vault (bshield vault create --role\n"
    "                      auditor ...); --network replaces the vault's network description\n"
    "                      (same deployment), e.g. for the operator's URL.\n"
    "  report-check --in <report.json>\n"
    "                      checks a report's signature and internal sums, with no key\n"
    "\n"
    "Exit codes: 0 clean (report-check: valid), 3 findings, 1 could not complete\n"
    "(report-check: not valid), 2 usage. See docs/audit-report.md for the report.\n";

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// An RFC 3339 time from the command line, read as strictly as the API's times.
Result<std::optional<QDateTime>> timeOption(const Options& opts, const char* name)
{
    if (!opts.has(QLatin1String(name)))
        return std::optional<QDateTime>();
    const chain::JsonFields fields(
        QJsonObject{{QLatin1String(name), opts.value(QLatin1String(name))}},
        chain::JsonSource{"the command line has", ""});
    auto t = fields.time(name);
    if (!t)
        return t.error();
    return std::optional<QDateTime>(*t);
}

// The progress line on a terminal; nothing when stderr is not one.
class ProgressLine
{
public:
    explicit ProgressLine(Context& ctx)
        : m_ctx(ctx)
        , m_tty(isatty(fileno(stderr)) != 0)
    {}
    ~ProgressLine() { finish(); }

    bool active() const { return m_tty && !m_ctx.json; }

    void show(const audit::VerifyProgress& p)
    {
        if (!active())
            return;
        using Phase = audit::VerifyProgress::Phase;
        QString text;
        switch (p.phase) {
        case Phase::FetchingReport:
            text = QStringLiteral("fetching the operator's report");
            break;
        case Phase::Scanning:
            text = QStringLiteral("scanning the chain: %1 of %2 blocks").arg(p.done).arg(p.total);
            break;
        case Phase::Decrypting:
            text = QStringLiteral("decrypting %1 of %2").arg(p.done).arg(p.total);
            break;
        case Phase::Reconciling:
            text = QStringLiteral("reconciling");
            break;
        case Phase::Saving:
            text = QStringLiteral("signing and saving the report");
            break;
        }
        m_ctx.err << '\r' << text.leftJustified(60) << Qt::flush;
        m_shown = true;
    }
    void finish()
    {
        if (m_shown)
            m_ctx.err << '\r' << QString(60, u' ') << '\r' << Qt::flush;
        m_shown = false;
    }

private:
    Context& m_ctx;
    bool m_tty;
    bool m_shown = false;
};

void printText(Context& ctx,
               const audit::VerifyOutcome& outcome,
               const QString& out,
               const QString& csv)
{
    const audit::Report& r = outcome.report;
    QTextStream& o = ctx.out;
    const auto money = [&](const U256& v) {
        return q(ledger::formatAmount(v, r.amountDecimals)) + u' ' + r.network.tokenSymbol;
    };
    const auto time = [](const std::optional<QDateTime>& t) {
        return t ? operator_api::formatTime(*t) : QStringLiteral("(open)");
    };
    o << "status: " << (r.clean() ? "clean" : "findings") << '\n';
    o << "period: " << time(r.from) << " .. " << time(r.to) << '\n';
    o << "blocks: scanned " << r.scannedFrom << "-" << r.scannedTo << ", audited "
      << (r.window ? QStringLiteral("%1-%2").arg(r.window->from).arg(r.window->to)
                   : QStringLiteral("none"))
      << '\n';
    o << "operator report: " << r.operatorReport.status;
    if (!r.operatorReport.sha256.isEmpty())
        o << " (sha256 " << r.operatorReport.sha256 << ")";
    o << '\n';
    for (const audit::CycleResult& c : r.cycles)
        o << "cycle " << c.cycleId << ": reported " << money(c.reportedTotal) << " in "
          << c.reportedCount << ", decrypted " << money(c.decryptedTotal) << " in " << c.foundCount
          << (c.reportedDust.isZero() && c.roundedDust.isZero()
                  ? QString()
                  : QStringLiteral(", dust ") +
                        money(audit::addSaturating(c.reportedDust, c.roundedDust)))
          << (c.ok ? ", ok" : ", findings") << '\n';
    if (r.network.eercDecimals < r.network.tokenDecimals)
        o << "dust: " << money(r.totals.dust) << " (the eERC carries "
          << money(audit::eercGranularity(r.amountDecimals, r.network.eercDecimals))
          << " steps; less stays with the operator)\n";
    o << "payouts: " << r.payouts.size() << " (unreported " << r.totals.unreportedCount << ")\n";
    o << "findings: " << r.findings.size() << '\n';
    for (const audit::Finding& f : r.findings)
        o << "  [" << audit::severityName(f.severity) << "] " << f.kind << ": " << f.message
          << '\n';
    o << "run: " << outcome.runId << '\n';
    if (!out.isEmpty())
        o << "report: " << out << '\n';
    if (!csv.isEmpty())
        o << "csv: " << csv << '\n';
    o.flush();
}

int cmdVerify(Context& ctx, const Options& opts)
{
    auto from = timeOption(opts, "from");
    auto to = timeOption(opts, "to");
    if (!from || !to)
        return usageError(ctx, fromError(!from ? from.error() : to.error()));
    if (*from && *to && !(**from < **to))
        return usageError(ctx, QStringLiteral("--to must be after --from"));

    auto profile = openProfile(ctx, opts, {vault::Role::Auditor, true});
    if (!profile)
        return failure(ctx, fromError(profile.error()));

    // On a terminal one line with the audit's own counts; otherwise (a log, a pipe) one line
    // per stage.
    ProgressLine line(ctx);
    ProgressLines lines(ctx);
    wallet::Progress& progress = line.active() ? wallet::noProgress() : lines;
    auto outcome = wallet::verifyPeriod(**profile, {*from, *to}, progress, {},
                                        [&](const audit::VerifyProgress& p) { line.show(p); });
    line.finish();
    if (!outcome)
        return failure(ctx, fromError(outcome.error()));

    const QString out = opts.value(QStringLiteral("out"));
    const QString csv = opts.value(QStringLiteral("csv"));
    QStringList writeErrors;
    if (!out.isEmpty())
        if (auto ok = util::writeFileAtomically(out, outcome->json + '\n'); !ok)
            writeErrors << fromError(ok.error());
    if (!csv.isEmpty())
        if (auto ok =
                util::writeFileAtomically(csv, audit::reportCsv(outcome->report, outcome->json));
            !ok)
            writeErrors << fromError(ok.error());
    if (!writeErrors.isEmpty())
        return failure(ctx, QStringLiteral("the verification completed and is saved in the vault "
                                           "as run %1, but a file could not be written: %2")
                                .arg(outcome->runId)
                                .arg(writeErrors.join(QStringLiteral("; "))));

    const int code = outcome->report.clean() ? ExitOk : ExitFindings;
    if (ctx.json) {
        QJsonObject o = audit::reportOverview(outcome->report);
        o.insert("runId", outcome->runId);
        o.insert("reportSha256",
                 QString::fromLatin1(
                     QCryptographicHash::hash(outcome->json, QCryptographicHash::Sha256).toHex()));
        o.insert("signature",
                 QStringLiteral("0x") +
                     QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(
                                                        outcome->report.signature->value.data()),
                                                    65)
                                             .toHex()));
        o.insert("scan", QJsonObject{{"from", qint64(outcome->scan.from)},
                                     {"head", qint64(outcome->scan.head)},
                                     {"newEvents", qint64(outcome->scan.newEvents)},
                                     {"decrypted", qint64(outcome->scan.decrypted)}});
        o.insert("out", out.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(out));
        o.insert("csv", csv.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(csv));
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        ctx.out.flush();
    } else {
        printText(ctx, *outcome, out, csv);
    }
    return code;
}

int cmdReportCheck(Context& ctx, const Options& opts)
{
    const QString path = opts.value(QStringLiteral("in"));
    auto bytes = util::readSmallFile(path, audit::kMaxReportBytes);
    if (!bytes)
        return failure(ctx, fromError(bytes.error()));
    auto checked = audit::checkReport(*bytes);
    if (!checked)
        return failure(ctx,
                       QStringLiteral("the report is not valid: ") + fromError(checked.error()));
    const audit::Report& r = checked->report;
    const auto time = [](const std::optional<QDateTime>& t) {
        return t ? operator_api::formatTime(*t) : QString();
    };
    return emit(ctx, {{QStringLiteral("valid"), QStringLiteral("true")},
                      {QStringLiteral("signer"), q(checked->signer.toChecksumHex())},
                      {QStringLiteral("status"),
                       r.clean() ? QStringLiteral("clean") : QStringLiteral("findings")},
                      {QStringLiteral("findings"), QString::number(r.findings.size())},
                      {QStringLiteral("chainId"), QString::number(r.network.chainId)},
                      {QStringLiteral("encryptedErc"), q(r.network.encryptedErc.toChecksumHex())},
                      {QStringLiteral("operator"), q(r.network.operatorAddress.toChecksumHex())},
                      {QStringLiteral("from"), time(r.from)},
                      {QStringLiteral("to"), time(r.to)},
                      {QStringLiteral("scannedTo"), QString::number(r.scannedTo)},
                      {QStringLiteral("operatorReportSha256"), r.operatorReport.sha256}});
}

} // namespace

int runAudit(Context& ctx, const QStringList& args)
{
    const std::vector<Operation> operations = {
        {"verify",
         kProfileValued + QStringList{QStringLiteral("from"), QStringLiteral("to"),
                                      QStringLiteral("out"), QStringLiteral("csv")},
         {QStringLiteral("allow-http")},
         {QStringLiteral("vault")},
         cmdVerify},
        {"report-check", {QStringLiteral("in")}, {}, {QStringLiteral("in")}, cmdReportCheck},
    };
    return runOperations(ctx, args, "audit", kUsage, operations);
}

} // namespace bs::cli
