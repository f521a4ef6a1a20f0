// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor pages' view models on a real auditor vault holding a run signed with the
// auditor's key: the rows and chart of a report, the period selector's dates, the saved runs,
// the exports (the JSON and CSV as the engine writes them, checked by the engine's own report
// check; a PDF statement) and the check of a report file, intact and edited.
#include "audit/report.h"
#include "audit_report_list_model.h"
#include "audit_run_model.h"
#include "appsettings.h"
#include "auditor_pages.h"
#include "secretfield.h"
#include "session.h"
#include "audit_testing.h"
#include "task.h"
#include "vault/kdf.h"
#include "vault/vault.h"
#include "wallet/profile.h"
#include "wallet/vault_audit_store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bs::gui;
using namespace bs::audit;
namespace test = bs::test;
using bs::U256;

namespace {

QDateTime at(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

// A report with one cycle that matches and one over-reported, an unreported payout, and two
// findings (high, then low).
Report sampleReport()
{
    Report r;
    r.createdAt = at(30, 12);
    r.software = QStringLiteral("BackendShield test");
    r.from = at(1);
    r.to = at(8);
    r.network.chainId = 43112;
    r.network.registrar = test::testDeployment().registrar;
    r.network.encryptedErc = test::testDeployment().encryptedErc;
    r.network.token = test::testDeployment().token;
    r.network.tokenId = U256::fromU64(1);
    r.network.tokenSymbol = QStringLiteral("USDC");
    r.network.tokenDecimals = 6;
    r.network.eercDecimals = 6;
    r.network.operatorAddress = test::operatorAddress();
    r.network.deploymentBlock = 5;
    r.amountDecimals = 6;
    r.scannedFrom = 5;
    r.scannedTo = 120;
    r.window = BlockRange{10, 120};
    r.reportedSpan = BlockRange{20, 22};
    r.auditor.address = test::auditorWallet().address();
    r.auditor.publicKey = test::auditorKey().publicKey();
    r.auditor.currentAuditor = r.auditor.address;
    r.auditor.currentKeyMatches = true;
    r.auditor.epochs = {Epoch{5, 2, r.auditor.address}};
    r.operatorReport = {QStringLiteral("received"), QStringLiteral("http://127.0.0.1:8787/api/v1"),
                        QString(64, u'a'), 1234, QString(), QString()};

    const auto cycle = [&](const char* id, int day, std::uint64_t reported,
                           std::uint64_t decrypted, bool ok) {
        CycleResult c;
        c.cycleId = QString::fromLatin1(id);
        c.periodStart = at(day);
        c.periodEnd = at(day + 1);
        c.pool = U256::fromU64(5'000'000);
        c.reportedTotal = U256::fromU64(reported);
        c.reportedCount = 1;
        c.listedCount = 1;
        c.foundCount = 1;
        c.decryptedTotal = U256::fromU64(decrypted);
        c.ok = ok;
        r.cycles.push_back(c);
    };
    cycle("cyc_1", 1, 2'500'000, 2'500'000, true);
    cycle("cyc_2", 2, 3'000'000, 2'000'000, false);

    const auto payout = [&](std::uint64_t block, std::uint64_t amount, Attribution a,
                            std::optional<QString> cycleId) {
        PayoutRecord p;
        p.txHash = test::hashN(block);
        p.logIndex = 3;
        p.blockNumber = block;
        p.blockTime = 1'700'000'000 + std::int64_t(block);
        p.to = test::addrN(std::uint8_t(block));
        p.auditor = r.auditor.address;
        p.decrypted = true;
        p.amount = U256::fromU64(amount);
        p.attribution = a;
        p.cycleId = cycleId;
        r.payouts.push_back(p);
    };
    payout(20, 2'500'000, Attribution::Cycle, QStringLiteral("cyc_1"));
    payout(22, 2'000'000, Attribution::Cycle, QStringLiteral("cyc_2"));
    payout(30, 70'000, Attribution::Unreported, std::nullopt);

    r.totals.reportedTotal = U256::fromU64(5'500'000);
    r.totals.reportedCount = 2;
    r.totals.decryptedTotal = U256::fromU64(4'500'000);
    r.totals.foundCount = 2;
    r.totals.unreportedTotal = U256::fromU64(70'000);
    r.totals.unreportedCount = 1;

    Finding high;
    high.kind = QStringLiteral("cycle-total-mismatch");
    high.severity = Severity::High;
    high.message = QStringLiteral("Cycle cyc_2 reports more than the chain shows.");
    high.cycleId = QStringLiteral("cyc_2");
    high.reported = U256::fromU64(3'000'000);
    high.found = U256::fromU64(2'000'000);
    r.findings.push_back(high);
    Finding low;
    low.kind = QStringLiteral("providers-unavailable");
    low.severity = Severity::Low;
    low.message = QStringLiteral("The provider list could not be read.");
    r.findings.push_back(low);
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// An auditor vault at `file` with the auditor's wallet key, on a chain nobody serves.
bs::Result<bs::vault::Vault> createAuditorVault(const QString& file, const std::string& pass)
{
    bs::vault::Profile info;
    info.name = QStringLiteral("Auditor");
    info.role = bs::vault::Role::Auditor;
    bs::chain::Network network;
    network.name = QStringLiteral("Test");
    network.deployment = test::testDeployment();
    network.rpcUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    network.allowPlainHttp = true;
    info.network = network;
    bs::vault::InitialKeys keys;
    keys.walletKey = test::auditorWallet().clone();
    return bs::vault::Vault::create(file, info, std::span<const char>(pass.data(), pass.size()),
                                    keys, bs::vault::KdfParams::minimum());
}

bool finishes(Task* task, int ms = 20000)
{
    QSignalSpy done(task, &Task::finished);
    if (!task->running() && done.isEmpty())
        return task->succeeded();
    if (!done.wait(ms))
        return false;
    return done.constLast().at(0).toBool();
}

} // namespace

class TestAuditViewModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<bs::wallet::Profile> m_profile;
    QByteArray m_json;
    qint64 m_runId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bs::vault::testing::allowWeakKdf(true);
        const std::string pass = "plum kettle orbit 42 lantern";
        auto vault = createAuditorVault(m_dir.filePath(QStringLiteral("a.vault")), pass);
        QVERIFY2(vault, vault ? "" : vault.error().message.c_str());
        auto profile = bs::wallet::Profile::open(std::move(*vault), m_dir.path());
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = std::move(*profile);

        Report r = sampleReport();
        auto json = signReport(r, test::auditorWallet());
        QVERIFY(json);
        m_json = *json;
        bs::wallet::VaultAuditStore store(*m_profile->vault());
        const QJsonObject summary{{"from", "2026-11-01T00:00:00Z"}, {"to", "2026-11-08T00:00:00Z"},
                                  {"status", "findings"},           {"findings", 2},
                                  {"high", 1},                      {"scannedTo", 120},
                                  {"windowFrom", 10},               {"windowTo", 120},
                                  {"operatorReport", "received"}};
        auto id = store.saveRun(1'764'950'400'000,
                                QString::fromUtf8(QJsonDocument(summary).toJson()), m_json);
        QVERIFY2(id, id ? "" : id.error().message.c_str());
        m_runId = *id;
    }

    void periodDates()
    {
        auto from = AuditRunModel::parseDate(QStringLiteral("2026-11-01"), false);
        QVERIFY(from && *from);
        QCOMPARE(**from, at(1));
        // The end day is included: the period ends at the next midnight.
        auto to = AuditRunModel::parseDate(QStringLiteral("2026-11-30"), true);
        QVERIFY(to && *to);
        QCOMPARE(**to, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
        auto withTime = AuditRunModel::parseDate(QStringLiteral("2026-11-02 14:30"), true);
        QVERIFY(withTime && *withTime);
        QCOMPARE(**withTime, QDateTime(QDate(2026, 11, 2), QTime(14, 30), Qt::UTC));
        auto open = AuditRunModel::parseDate(QStringLiteral("  "), false);
        QVERIFY(open && !*open);
        QVERIFY(!AuditRunModel::parseDate(QStringLiteral("2026-13-01"), false));
        QVERIFY(!AuditRunModel::parseDate(QStringLiteral("yesterday"), false));

        AuditRunModel model(m_profile, nullptr);
        QVERIFY(model.periodProblem(QStringLiteral("2026-11-01"), QString()).isEmpty());
        QVERIFY(!model.periodProblem(QStringLiteral("2026-11-05"), QStringLiteral("2026-11-01"))
                     .isEmpty());
        QVERIFY(!model.periodProblem(QStringLiteral("nope"), QString()).isEmpty());
        // A refused period starts nothing.
        model.runDates(QStringLiteral("nope"), QString());
        QVERIFY(!model.task()->running());
    }

    void reportRowsAndChart()
    {
        AuditRunModel model(m_profile, nullptr);
        QCOMPARE(model.outcome(), AuditRunModel::OutcomeNone);
        QSignalSpy changed(&model, &AuditRunModel::resultChanged);
        model.setReport(sampleReport(), 9);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.outcome(), AuditRunModel::OutcomeFindings);
        QCOMPARE(model.reportState(), AuditRunModel::ReportReceived);
        QCOMPARE(model.highCount(), 1);
        QCOMPARE(model.lowCount(), 1);
        QCOMPARE(model.runId(), qint64(9));
        QVERIFY(model.blocksText().contains(QStringLiteral("120")));
        QCOMPARE(model.unreportedTotal(), QLocale().toString(0.07, 'f', 6));

        AuditCycleRows* cycles = model.cycles();
        QCOMPARE(cycles->rowCount(), 2);
        const QModelIndex second = cycles->index(1);
        QCOMPARE(cycles->data(second, AuditCycleRows::CycleIdRole).toString(), QStringLiteral("cyc_2"));
        QCOMPARE(cycles->data(second, AuditCycleRows::ReportedTotalRole).toString(),
                 QLocale().toString(3.0, 'f', 6));
        QCOMPARE(cycles->data(second, AuditCycleRows::DecryptedTotalRole).toString(),
                 QLocale().toString(2.0, 'f', 6));
        QCOMPARE(cycles->data(second, AuditCycleRows::OkRole).toBool(), false);

        AuditFindingRows* findings = model.findings();
        QCOMPARE(findings->rowCount(), 2);
        QCOMPARE(findings->data(findings->index(0), AuditFindingRows::SeverityRole)
                     .value<AuditFindingRows::Severity>(),
                 AuditFindingRows::SeverityHigh);
        QCOMPARE(findings->data(findings->index(1), AuditFindingRows::SeverityRole)
                     .value<AuditFindingRows::Severity>(),
                 AuditFindingRows::SeverityLow);
        const QString evidence =
            findings->data(findings->index(0), AuditFindingRows::EvidenceRole).toString();
        QVERIFY2(evidence.contains(QLocale().toString(3.0, 'f', 6)), qPrintable(evidence));
        QVERIFY2(evidence.contains(QLocale().toString(2.0, 'f', 6)), qPrintable(evidence));

        // The drill-down: one cycle's payouts, then all of them again.
        AuditPayoutRows* payouts = model.payouts();
        QCOMPARE(payouts->rowCount(), 3);
        payouts->setCycleFilter(QStringLiteral("cyc_2"));
        QCOMPARE(payouts->rowCount(), 1);
        QCOMPARE(payouts->data(payouts->index(0), AuditPayoutRows::TxHashRole).toString(),
                 auditHex(test::hashN(22)));
        payouts->setCycleFilter(QString());
        QCOMPARE(payouts->data(payouts->index(2), AuditPayoutRows::AttributionRole)
                     .value<AuditPayoutRows::Attribution>(),
                 AuditPayoutRows::AttributionUnreported);

        const QVariantMap chart = model.chart();
        const QVariantList points = chart.value(QStringLiteral("points")).toList();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[1].toMap().value(QStringLiteral("reported")).toDouble(), 3.0);
        QCOMPARE(points[1].toMap().value(QStringLiteral("decrypted")).toDouble(), 2.0);
        QCOMPARE(chart.value(QStringLiteral("max")).toDouble(), 3.0);

        // The operator's server down: the result says so.
        Report down = sampleReport();
        down.operatorReport.status = QStringLiteral("unavailable");
        down.operatorReport.error = QStringLiteral("the server did not answer");
        model.setReport(down, 10);
        QCOMPARE(model.reportState(), AuditRunModel::ReportUnavailable);
        QCOMPARE(model.reportError(), QStringLiteral("the server did not answer"));
    }

    void savedRunsExportAndCheck()
    {
        ReportListModel list(m_profile);
        list.refresh();
        QVERIFY2(finishes(list.task()), qPrintable(list.task()->error()));
        QCOMPARE(list.rowCount(), 1);
        const QModelIndex row = list.index(0);
        QCOMPARE(list.data(row, ReportListModel::RunIdRole).toLongLong(), m_runId);
        QCOMPARE(list.data(row, ReportListModel::OutcomeRole).value<ReportListModel::Outcome>(),
                 ReportListModel::OutcomeFindings);
        QCOMPARE(list.data(row, ReportListModel::FindingsRole).toInt(), 2);
        QCOMPARE(list.data(row, ReportListModel::BlocksRole).toString(),
                 QStringLiteral("blocks 10 to 120"));

        // JSON: the signed report as saved, which the engine's check accepts.
        const QString jsonFile = m_dir.filePath(QStringLiteral("out.json"));
        list.exportRun(m_runId, ReportListModel::FormatJson, QUrl::fromLocalFile(jsonFile));
        QVERIFY2(finishes(list.exportTask()), qPrintable(list.exportTask()->error()));
        QCOMPARE(list.exportedPath(), jsonFile);
        const QByteArray exported = readAll(jsonFile);
        QCOMPARE(exported, m_json + '\n');
        auto checked = checkReport(exported);
        QVERIFY2(checked, checked ? "" : checked.error().message.c_str());
        QCOMPARE(checked->signer, test::auditorWallet().address());

        // CSV: as the engine writes it.
        const QString csvFile = m_dir.filePath(QStringLiteral("out.csv"));
        list.exportRun(m_runId, ReportListModel::FormatCsv, QUrl::fromLocalFile(csvFile));
        QVERIFY2(finishes(list.exportTask()), qPrintable(list.exportTask()->error()));
        QCOMPARE(readAll(csvFile), reportCsv(*parseReport(m_json), m_json));

        // PDF: a real document; its text states the cycles, the findings and the signer.
        const QString pdfFile = m_dir.filePath(QStringLiteral("out.pdf"));
        list.exportRun(m_runId, ReportListModel::FormatPdf, QUrl::fromLocalFile(pdfFile));
        QVERIFY2(finishes(list.exportTask()), qPrintable(list.exportTask()->error()));
        const QByteArray pdf = readAll(pdfFile);
        if (const QString keep = qEnvironmentVariable("BS_AUDIT_PDF_OUT"); !keep.isEmpty())
            QFile::copy(pdfFile, keep);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdfFile, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(20000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(text.contains(QStringLiteral("cyc_2")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("cycle-total-mismatch")));
            QVERIFY(text.contains(
                QString::fromStdString(test::auditorWallet().address().toChecksumHex())));
        }

        // An unknown run is a sentence, nothing written.
        list.exportRun(m_runId + 100, ReportListModel::FormatJson,
                       QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("none.json"))));
        QVERIFY(!finishes(list.exportTask()));
        QVERIFY(!list.exportTask()->error().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.json"))));

        // Check a report: the export holds; the same file with one amount edited does not.
        list.checkFile(QUrl::fromLocalFile(jsonFile));
        QVERIFY2(finishes(list.checkTask()), qPrintable(list.checkTask()->error()));
        QCOMPARE(list.checkState(), ReportListModel::CheckValid);
        QVERIFY(list.checkText().contains(
            QString::fromStdString(test::auditorWallet().address().toChecksumHex())));
        QByteArray edited = exported;
        const qsizetype at = edited.indexOf("\"3000000\"");
        QVERIFY(at > 0);
        edited.replace(at, 9, "\"2000000\"");
        const QString editedFile = m_dir.filePath(QStringLiteral("edited.json"));
        QFile out(editedFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(edited);
        out.close();
        list.checkFile(QUrl::fromLocalFile(editedFile));
        QVERIFY(finishes(list.checkTask()));
        QCOMPARE(list.checkState(), ReportListModel::CheckInvalid);
        QVERIFY(!list.checkText().isEmpty());
    }

    void pagesOpenASavedRun()
    {
        AuditorPages pages(m_profile);
        QVERIFY(!pages.openRun(m_runId + 100));
        QVERIFY(pages.openRun(m_runId));
        QCOMPARE(pages.run()->runId(), m_runId);
        QCOMPARE(pages.run()->cycles()->rowCount(), 2);
        QCOMPARE(pages.run()->findings()->rowCount(), 2);
    }

    // An auditor vault opens the auditor pages (not the provider's), which read the saved runs.
    void sessionOpensTheAuditorPages()
    {
        const QString profiles = m_dir.filePath(QStringLiteral("profiles"));
        QDir().mkpath(profiles);
        const QString file = profiles + QStringLiteral("/auditor.vault");
        const std::string pass = "plum kettle orbit 42 lantern";
        {
            auto created = createAuditorVault(file, pass);
            QVERIFY2(created, created ? "" : created.error().message.c_str());
        }
        AppSettings settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                         QSettings::IniFormat));
        Session session(profiles, &settings);
        SecretField field;
        field.append(QString::fromStdString(pass));
        QSignalSpy unlocked(session.unlockTask(), &Task::finished);
        session.unlock(file, &field);
        QVERIFY(unlocked.wait(10000));
        QCOMPARE(session.state(), QStringLiteral("unlocked"));
        QCOMPARE(session.role(), QStringLiteral("auditor"));
        QVERIFY(session.provider() == nullptr);
        QVERIFY(session.operatorPages() == nullptr);
        AuditorPages* pages = session.auditorPages();
        QVERIFY(pages != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(pages->reports()->loaded(), 10000);
        QCOMPARE(pages->reports()->rowCount(), 0);
        session.lockNow();
        QVERIFY(session.auditorPages() == nullptr);
    }

    void cleanupTestCase() { m_profile.reset(); }
};

QTEST_MAIN(TestAuditViewModels)
#include "tst_audit_viewmodels.moc"
