// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's work through the app's auditor pages, with the real QML window on screen
// (offscreen platform), against the running devnet: an auditor is onboarded through the
// window with the devnet's auditor key (account 1 of its network.json, written by its deploy
// script); a cycle of a period of this run alone is paid by the reference operator server
// (tests/e2e/auditor_gui_devnet.mjs, the devnet's own JavaScript); the Verify page finds that
// period clean; the server then lies in /audit/totals (it omits a transfer, inflates the cycle
// total and lists a transfer that never happened) and the operator pays outside any cycle, and
// each lie shows in the window as its finding; with the server stopped, the chain part still
// runs and the page says the report could not be fetched. Every run is exported from the
// Reports page as JSON, CSV and PDF; the JSON is checked by `bshield audit report-check` and by
// the page's "Check a report". Screenshots of both pages, light and dark, at 1280x800 and
// 1024x700: <build>/screenshots/auditor-*.png.
#include "auditor_pages.h"
#include "gui_driver.h"
#include "secretfield.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(BackendShieldPlugin)

using namespace bs::gui;
using bs::test::finish;

namespace {

QJsonObject devnet(const QStringList& args)
{
    return bs::test::node(QStringLiteral(BS_SOURCE_DIR "/tests/e2e/auditor_gui_devnet.mjs"), args);
}

// `bshield --json <args>`: its exit code and the JSON it printed.
std::pair<int, QJsonObject> bshield(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(qEnvironmentVariable("BSHIELD"), QStringList{QStringLiteral("--json")} + args);
    if (!p.waitForFinished(120000))
        return {-1, {}};
    return {p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
}

struct Finding
{
    QString kind, cycleId, txHash, evidence;
};

} // namespace

class TestAuditorGuiDevnet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void auditorDay();
    void cleanupTestCase();

private:
    void show(const QString& page) { QVERIFY(bs::test::showPage(m_window, page)); }
    void shot(const QString& page, const QString& name)
    {
        QVERIFY(bs::test::screenshot(m_window, page, QStringLiteral("auditor-") + name));
    }
    // Every page, light and dark, at both sizes.
    void shootAll(const QString& stage)
    {
        QVERIFY(bs::test::screenshotPages(m_window, m_settings, QStringLiteral("auditor-") + stage,
                                          {QStringLiteral("verify"), QStringLiteral("reports")}));
    }
    QObject* item(const QString& name) { return bs::test::item(m_window, name); }
    bool click(const QString& name) { return bs::test::click(m_window, name); }
    bool visible(const QString& name)
    {
        auto* it = qobject_cast<QQuickItem*>(item(name));
        return it && it->isVisible();
    }
    // Onboarding as an auditor with the devnet's auditor key, as a user clicks it.
    void onboard(const QString& auditorKey, const QString& auditorAddress);
    // Custom dates from `from` (open end), Run, and the run's end.
    void verifyFrom(const QString& from);
    QList<Finding> findings();
    // The run just made, exported from the Reports page in the three formats to <dir>/<stem>.*;
    // the JSON checked by `bshield audit report-check` (which must say `status`) and by the
    // page's "Check a report".
    void exportAndCheck(const QString& stem, const QString& status);

    bs::test::AppUnderTest m_app;
    QTemporaryDir& m_dir = m_app.dir;
    AppSettings* m_settings = nullptr;
    Session* m_session = nullptr;
    QQuickWindow* m_window = nullptr;
    AuditorPages* m_pages = nullptr;
    bool m_serverChanged = false;
};

void TestAuditorGuiDevnet::initTestCase()
{
    QVERIFY(m_app.start());
    m_settings = m_app.settings.get();
    m_session = m_app.session.get();
    m_window = m_app.window;
    m_window->resize(1280, 800);
}

void TestAuditorGuiDevnet::cleanupTestCase()
{
    // The devnet's server honest and running for whatever runs next.
    if (m_serverChanged)
        QCOMPARE(devnet({QStringLiteral("server"), QStringLiteral("honest")})
                     .value(QStringLiteral("server"))
                     .toString(),
                 QStringLiteral("honest"));
    m_app.stop();
}

void TestAuditorGuiDevnet::onboard(const QString& auditorKey, const QString& auditorAddress)
{
    Onboarding* onboarding = m_app.onboarding.get();
    QCOMPARE(m_session->state(), QStringLiteral("welcome"));
    QVERIFY(click(QStringLiteral("welcomeStart")));
    QVERIFY(click(QStringLiteral("roleAuditor")));
    QVERIFY(click(QStringLiteral("roleNext")));
    QVERIFY(click(QStringLiteral("preset_devnet")));
    QVERIFY(click(QStringLiteral("networkConnect")));
    QVERIFY(finish(onboarding->task(), 120));
    QVERIFY(click(QStringLiteral("networkNext")));
    auto* key = qobject_cast<SecretField*>(item(QStringLiteral("keyHex")));
    QVERIFY(key);
    key->append(auditorKey);
    QVERIFY(click(QStringLiteral("keyImport")));
    QVERIFY(finish(onboarding->keyTask(), 120));
    QVERIFY2(onboarding->keyAccepted(), qPrintable(onboarding->keyProblem()));
    QCOMPARE(onboarding->address(), auditorAddress);
    shot({}, QStringLiteral("1-onboarding-key"));
    QVERIFY(click(QStringLiteral("keyNext")));
    QVERIFY(
        item(QStringLiteral("profileName"))->setProperty("text", QStringLiteral("Devnet auditor")));
    const QString passphrase = QStringLiteral("auditor gui passphrase 31 harbour");
    for (const char* name : {"passphrase", "passphraseConfirm"}) {
        auto* f = qobject_cast<SecretField*>(item(QString::fromLatin1(name)));
        QVERIFY(f);
        f->append(passphrase);
    }
    QVERIFY(click(QStringLiteral("createVault")));
    QVERIFY(finish(onboarding->task(), 120));
    QVERIFY(onboarding->created());
    QVERIFY(click(QStringLiteral("onboardingFinish")));
    QCOMPARE(m_session->state(), QStringLiteral("unlocked"));
    QCOMPARE(m_session->role(), QStringLiteral("auditor"));
    QCOMPARE(m_session->address(), auditorAddress);
    m_pages = m_session->auditorPages();
    QVERIFY(m_pages);
    QVERIFY(!m_session->provider());
    QVERIFY(!m_session->operatorPages());
}

void TestAuditorGuiDevnet::verifyFrom(const QString& from)
{
    show(QStringLiteral("verify"));
    // "Custom dates…" in the period selector.
    QVERIFY(item(QStringLiteral("periodBox"))->setProperty("currentIndex", 1));
    QVERIFY(visible(QStringLiteral("fromField")));
    // Unreadable dates first: a sentence, and Run stays disabled.
    QVERIFY(item(QStringLiteral("fromField"))->setProperty("text", QStringLiteral("yesterday")));
    QVERIFY(visible(QStringLiteral("periodProblem")));
    QVERIFY(!item(QStringLiteral("runButton"))->property("enabled").toBool());
    QVERIFY(item(QStringLiteral("fromField"))->setProperty("text", from));
    QVERIFY(item(QStringLiteral("toField"))->setProperty("text", QString()));
    QVERIFY(!visible(QStringLiteral("periodProblem")));
    const qint64 before = m_pages->run()->runId();
    QVERIFY(click(QStringLiteral("runButton")));
    QVERIFY(finish(m_pages->run()->task(), 900));
    QVERIFY(m_pages->run()->runId() > before);
    QVERIFY(visible(QStringLiteral("resultSummary")));
}

QList<Finding> TestAuditorGuiDevnet::findings()
{
    QList<Finding> out;
    AuditFindingRows* rows = m_pages->run()->findings();
    for (int i = 0; i < rows->rowCount(); ++i) {
        const QModelIndex at = rows->index(i);
        out.push_back({at.data(AuditFindingRows::KindRole).toString(),
                       at.data(AuditFindingRows::CycleIdRole).toString(),
                       at.data(AuditFindingRows::TxHashRole).toString(),
                       at.data(AuditFindingRows::EvidenceRole).toString()});
    }
    return out;
}

void TestAuditorGuiDevnet::exportAndCheck(const QString& stem, const QString& status)
{
    ReportListModel* reports = m_pages->reports();
    const qint64 runId = m_pages->run()->runId();
    show(QStringLiteral("reports"));
    // The run just saved is listed (the list reads the saved runs again after each run).
    QTRY_VERIFY_WITH_TIMEOUT(visible(QStringLiteral("run_") + QString::number(runId)), 20000);
    // The file dialog is the platform's; the view model takes its answer.
    const QString base = m_dir.filePath(stem);
    for (const auto& [format, suffix] :
         {std::pair{ReportListModel::FormatJson, QStringLiteral(".json")},
          std::pair{ReportListModel::FormatCsv, QStringLiteral(".csv")},
          std::pair{ReportListModel::FormatPdf, QStringLiteral(".pdf")}}) {
        reports->exportRun(runId, format, QUrl::fromLocalFile(base + suffix));
        QVERIFY(finish(reports->exportTask(), 120));
        QCOMPARE(reports->exportedPath(), base + suffix);
        QFile f(base + suffix);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (format == ReportListModel::FormatPdf) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.size() > 2000);
        } else if (format == ReportListModel::FormatCsv) {
            QVERIFY(bytes.startsWith("record,kind,severity,cycle_id,tx_hash"));
            QCOMPARE(int(bytes.count("\r\nfinding,")), m_pages->run()->findings()->rowCount());
            QVERIFY(bytes.contains("\r\npayout,"));
        } else {
            const QJsonObject report = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(report.value(QStringLiteral("status")).toString(), status);
        }
    }
    QVERIFY(visible(QStringLiteral("exportedPath")));

    // The JSON, checked by the command line (no key: signature and sums).
    const auto [code, checked] = bshield({QStringLiteral("audit"), QStringLiteral("report-check"),
                                          QStringLiteral("--in"), base + QStringLiteral(".json")});
    QCOMPARE(code, 0);
    QCOMPARE(checked.value(QStringLiteral("valid")).toString(), QStringLiteral("true"));
    QCOMPARE(checked.value(QStringLiteral("signer")).toString(), m_session->address());
    QCOMPARE(checked.value(QStringLiteral("status")).toString(), status);

    // And by the page: valid; a copy with one byte of an amount changed is not.
    reports->checkFile(QUrl::fromLocalFile(base + QStringLiteral(".json")));
    QVERIFY(finish(reports->checkTask(), 60));
    QCOMPARE(reports->checkState(), ReportListModel::CheckValid);
    QVERIFY(visible(QStringLiteral("checkResult")));
    shot({}, stem + QStringLiteral("-reports-checked"));
    QFile json(base + QStringLiteral(".json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonObject tampered = QJsonDocument::fromJson(json.readAll()).object();
    QJsonArray payouts = tampered.value(QStringLiteral("payouts")).toArray();
    QVERIFY(!payouts.isEmpty());
    QJsonObject first = payouts.at(0).toObject();
    first.insert(
        QStringLiteral("amount"),
        QString::number(first.value(QStringLiteral("amount")).toString().toLongLong() + 1));
    payouts.replace(0, first);
    tampered.insert(QStringLiteral("payouts"), payouts);
    const QString bad = base + QStringLiteral("-tampered.json");
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(tampered).toJson());
    out.close();
    reports->checkFile(QUrl::fromLocalFile(bad));
    QVERIFY(finish(reports->checkTask(), 60));
    QCOMPARE(reports->checkState(), ReportListModel::CheckInvalid);
    QVERIFY(!reports->checkText().isEmpty());
}

void TestAuditorGuiDevnet::auditorDay()
{
    QFile nf(qEnvironmentVariable("NETWORK_JSON"));
    QVERIFY2(nf.open(QIODevice::ReadOnly), "NETWORK_JSON names no devnet");
    const QJsonObject network = QJsonDocument::fromJson(nf.readAll()).object();
    QString auditorKey, auditorAddress;
    for (const QJsonValue& a : network.value(QStringLiteral("accounts")).toArray()) {
        if (a[QStringLiteral("index")].toInt() == 1) {
            auditorKey = a[QStringLiteral("privateKey")].toString();
            auditorAddress = a[QStringLiteral("address")].toString();
        }
    }
    QVERIFY(auditorKey.startsWith(QStringLiteral("0x")));

    // The auditor, onboarded in the window.
    onboard(auditorKey, auditorAddress);
    shot(QStringLiteral("verify"), QStringLiteral("2-verify-empty"));

    // A cycle of a period of this run alone, paid by the operator server.
    const QJsonObject paid = devnet({QStringLiteral("cycle")});
    const QString from = paid.value(QStringLiteral("from")).toString();
    const QString cycleId = paid.value(QStringLiteral("cycleId")).toString();
    const QJsonArray transfers = paid.value(QStringLiteral("transfers")).toArray();
    QVERIFY2(cycleId.startsWith(QStringLiteral("cyc_")), qPrintable(QJsonDocument(paid).toJson()));
    QCOMPARE(transfers.size(), 2);
    // The lies below leave out the cycle's first transfer (lowest block, then log index).
    QJsonObject omitted = transfers.at(0).toObject();
    for (const QJsonValue& t : transfers) {
        const auto key = [](const QJsonObject& o) {
            return std::pair{o.value(QStringLiteral("blockNumber")).toInteger(),
                             o.value(QStringLiteral("logIndex")).toInteger()};
        };
        if (key(t.toObject()) < key(omitted))
            omitted = t.toObject();
    }

    // 1. The clean period: the cycle is found, reported = decrypted, no finding.
    verifyFrom(from);
    AuditRunModel* run = m_pages->run();
    QCOMPARE(run->outcome(), AuditRunModel::OutcomeClean);
    QCOMPARE(run->reportState(), AuditRunModel::ReportReceived);
    QVERIFY(!visible(QStringLiteral("reportBanner")));
    QCOMPARE(run->findings()->rowCount(), 0);
    const auto cycleRow = [run, &cycleId]() {
        for (int i = 0; i < run->cycles()->rowCount(); ++i) {
            const QModelIndex at = run->cycles()->index(i);
            if (at.data(AuditCycleRows::CycleIdRole).toString() == cycleId)
                return at;
        }
        return QModelIndex();
    };
    const QModelIndex row = cycleRow();
    QVERIFY2(row.isValid(), "the paid cycle is not in the result");
    QVERIFY(row.data(AuditCycleRows::OkRole).toBool());
    QCOMPARE(row.data(AuditCycleRows::ReportedCountRole).toInt(), 2);
    QCOMPARE(row.data(AuditCycleRows::FoundCountRole).toInt(), 2);
    QCOMPARE(row.data(AuditCycleRows::ReportedTotalRole).toString(),
             row.data(AuditCycleRows::DecryptedTotalRole).toString());
    QCOMPARE(run->reportedTotal(), run->decryptedTotal());
    QVERIFY(run->unreportedTotal().isEmpty());
    QVERIFY(!visible(QStringLiteral("unreportedTotal")));
    QVERIFY(visible(QStringLiteral("auditCycle_") + cycleId));
    QVERIFY(run->payouts()->rowCount() >= 2);
    const QVariantList bars = run->chart().value(QStringLiteral("points")).toList();
    QCOMPARE(bars.size(), run->cycles()->rowCount());
    for (const QVariant& bar : bars)
        QCOMPARE(bar.toMap().value(QStringLiteral("reportedExact")),
                 bar.toMap().value(QStringLiteral("decryptedExact")));
    shot({}, QStringLiteral("3-verify-clean"));
    exportAndCheck(QStringLiteral("clean"), QStringLiteral("clean"));

    // 2. The operator misbehaves: every lie of the server, and a payout outside any cycle.
    m_serverChanged = true;
    QCOMPARE(devnet({QStringLiteral("server"),
                     QStringLiteral("omit-transfer,over-report,phantom-transfer")})
                 .value(QStringLiteral("server"))
                 .toString(),
             QStringLiteral("omit-transfer,over-report,phantom-transfer"));
    const QString recipient = paid.value(QStringLiteral("providers")).toArray().at(0).toString();
    const QJsonObject outside =
        devnet({QStringLiteral("payout"), recipient, QStringLiteral("250000")});
    const QString outsideTx = outside.value(QStringLiteral("txHash")).toString();
    QVERIFY2(outsideTx.startsWith(QStringLiteral("0x")),
             qPrintable(QJsonDocument(outside).toJson()));
    verifyFrom(from);
    QCOMPARE(run->outcome(), AuditRunModel::OutcomeFindings);
    QCOMPARE(run->reportState(), AuditRunModel::ReportReceived);
    const QList<Finding> found = findings();
    const auto has = [&found](const QString& kind, const auto& match) {
        return std::count_if(found.begin(), found.end(),
                             [&](const Finding& f) { return f.kind == kind && match(f); }) == 1;
    };
    const QString omittedTx = omitted.value(QStringLiteral("txHash")).toString();
    QString list;
    for (const Finding& f : found)
        list += f.kind + QLatin1Char(' ') + f.cycleId + QLatin1Char(' ') + f.txHash + u'\n';
    // The omitted transfer and the payout outside any cycle: on chain, not in the report.
    QVERIFY2(has(QStringLiteral("unreported-payout"),
                 [&](const Finding& f) {
                     return f.txHash.compare(omittedTx, Qt::CaseInsensitive) == 0;
                 }),
             qPrintable(list));
    QVERIFY2(has(QStringLiteral("unreported-payout"),
                 [&](const Finding& f) {
                     return f.txHash.compare(outsideTx, Qt::CaseInsensitive) == 0;
                 }),
             qPrintable(list));
    // The inflated total of the cycle, and the transfer it lists that the chain does not have.
    QVERIFY2(has(QStringLiteral("cycle-total-mismatch"),
                 [&](const Finding& f) { return f.cycleId == cycleId; }),
             qPrintable(list));
    QVERIFY2(has(QStringLiteral("reported-transfer-not-found"),
                 [&](const Finding& f) { return f.cycleId == cycleId; }),
             qPrintable(list));
    QVERIFY(run->highCount() >= 4);
    // What was paid outside the report is said next to the totals.
    QVERIFY(visible(QStringLiteral("unreportedTotal")));
    QVERIFY(!cycleRow().data(AuditCycleRows::OkRole).toBool());
    // Each finding is a row of the window's list, with its severity and evidence.
    QVERIFY(click(QStringLiteral("tabFindings")));
    for (int i = 0; i < found.size(); ++i)
        QVERIFY2(visible(QStringLiteral("finding_") + QString::number(i)), qPrintable(list));
    shot({}, QStringLiteral("4-verify-findings"));
    // The outside payout is listed among the payouts, with no cycle.
    QVERIFY(click(QStringLiteral("tabPayouts")));
    bool listed = false;
    for (int i = 0; i < run->payouts()->rowCount(); ++i) {
        const QModelIndex p = run->payouts()->index(i);
        if (p.data(AuditPayoutRows::TxHashRole)
                .toString()
                .compare(outsideTx, Qt::CaseInsensitive) == 0)
            listed = p.data(AuditPayoutRows::CycleIdRole).toString().isEmpty();
    }
    QVERIFY(listed);
    shot({}, QStringLiteral("5-verify-payouts"));
    exportAndCheck(QStringLiteral("findings"), QStringLiteral("findings"));
    shootAll(QStringLiteral("findings"));

    // 3. The server down: the chain part still runs; the page says the report is missing.
    QCOMPARE(devnet({QStringLiteral("server"), QStringLiteral("stopped")})
                 .value(QStringLiteral("server"))
                 .toString(),
             QStringLiteral("stopped"));
    verifyFrom(from);
    QCOMPARE(run->outcome(), AuditRunModel::OutcomeFindings);
    QCOMPARE(run->reportState(), AuditRunModel::ReportUnavailable);
    QVERIFY(visible(QStringLiteral("reportBanner")));
    QVERIFY(!run->reportError().isEmpty());
    QCOMPARE(findings().size(), 1);
    QCOMPARE(findings().at(0).kind, QStringLiteral("report-unavailable"));
    QVERIFY(run->payouts()->rowCount() >= 3); // the cycle's two and the outside one
    shot(QStringLiteral("verify"), QStringLiteral("6-verify-server-down"));

    QCOMPARE(devnet({QStringLiteral("server"), QStringLiteral("honest")})
                 .value(QStringLiteral("server"))
                 .toString(),
             QStringLiteral("honest"));
    m_serverChanged = false;
    // Three runs saved, newest first.
    show(QStringLiteral("reports"));
    QVERIFY(finish(m_pages->reports()->task(), 60));
    QVERIFY(m_pages->reports()->count() >= 3);
    shootAll(QStringLiteral("page"));
}

QTEST_MAIN(TestAuditorGuiDevnet)
#include "tst_auditor_gui_devnet.moc"
