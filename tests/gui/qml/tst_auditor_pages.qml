// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's Verify and Reports pages against fake view models with the same properties:
// what they ask the models to do, what they show of a result (findings, the operator's server
// down) and of the saved runs (exports, the report check).
import QtQuick
import QtTest
import BackendShield

Item {
    id: root
    width: 1100
    height: 760

    Rectangle { anchors.fill: parent; color: Theme.window }

    QtObject {
        id: idleTask
        property bool running: false
        property string stage: ""
        property real progress: -1
        property bool cancellable: false
        property string error: ""
        property bool succeeded: true
        function cancel() {}
    }

    ListModel {
        id: fakeCycleRows
        ListElement { cycleId: "cyc_a"; period: "2026-11-01 00:00 – 2026-11-02 00:00 UTC"; reportedTotal: "10.000000"; decryptedTotal: "10.000000"; reportedCount: 2; foundCount: 2; dust: ""; ok: true; complete: true }
        ListElement { cycleId: "cyc_b"; period: "2026-11-02 00:00 – 2026-11-03 00:00 UTC"; reportedTotal: "12.000000"; decryptedTotal: "9.000000"; reportedCount: 2; foundCount: 2; dust: ""; ok: false; complete: true }
    }
    ListModel {
        id: fakeFindingRows
        ListElement { kind: "cycle-total-mismatch"; severity: 0; severityText: "High"; message: "Cycle cyc_b reports 12 but the chain shows 9."; cycleId: "cyc_b"; txHash: ""; block: ""; address: ""; evidence: "reported 12.000000 USDC · found 9.000000 USDC" }
        ListElement { kind: "unreported-payout"; severity: 0; severityText: "High"; message: "A payout of the operator is in no report."; cycleId: ""; txHash: "0xabababababababababababababababababababababababababababababababab"; block: "42"; address: ""; evidence: "block 42 · log 1" }
    }
    ListModel {
        id: fakePayoutRows
        property string cycleFilter: ""
        ListElement { txHash: "0x0101010101010101010101010101010101010101010101010101010101010101"; logIndex: 0; block: "40"; time: "2026-11-02 10:00"; recipient: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"; amount: "9.000000"; decrypted: true; attribution: 0; cycleId: "cyc_b" }
    }
    QtObject {
        id: fakeRun
        property var task: idleTask
        property int outcome: AuditRunModel.OutcomeNone
        property int reportState: AuditRunModel.ReportReceived
        property string reportError: ""
        property string periodText: "2026-11-01 00:00 – 2026-11-03 00:00 UTC"
        property string blocksText: "Scanned blocks 0 to 50; audited 3 to 50"
        property string reportSha256: "ab"
        property string auditorAddress: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
        property string reportedTotal: "22.000000"
        property string decryptedTotal: "19.000000"
        property int highCount: 2
        property int mediumCount: 0
        property int lowCount: 0
        property var runId: 7
        property string tokenSymbol: "USDC"
        property var cycleChoices: [{ cycleId: "cyc_b", period: "2026-11-02 – 2026-11-03" }]
        property var cycles: fakeCycleRows
        property var findings: fakeFindingRows
        property var payouts: fakePayoutRows
        property var runs: []
        signal resultChanged()
        function periodProblem(from, to) {
            return from === "garbage" ? "“garbage” is not a date." : ""
        }
        function runAll() { runs.push("all") }
        function runCycle(id) { runs.push("cycle:" + id) }
        function runDates(from, to) { runs.push(from + ".." + to) }
        function chart() {
            return { points: [{ label: "Nov 1", cycle: "cyc_a", reported: 10, decrypted: 10, reportedExact: "10.000000", decryptedExact: "10.000000", ok: true },
                              { label: "Nov 2", cycle: "cyc_b", reported: 12, decrypted: 9, reportedExact: "12.000000", decryptedExact: "9.000000", ok: false }],
                     max: 12 }
        }
    }

    ListModel {
        id: fakeReports
        property var task: idleTask
        property var exportTask: idleTask
        property var checkTask: idleTask
        property bool loaded: true
        property string exportedPath: ""
        property int checkState: ReportListModel.CheckNone
        property string checkedFile: ""
        property string checkText: ""
        property var exports: []
        function refresh() {}
        function suggestedName(id, format) { return "audit-run-" + id + ".x" }
        function exportRun(id, format, file) { exports.push({ id: id, format: format }) }
        function checkFile(file) {}
        ListElement { runId: 7; createdAt: "2026-12-05 18:00"; period: "2026-11-01 00:00 – 2026-11-03 00:00 UTC"; blocks: "to block 50"; outcome: 1; outcomeText: "2 findings"; findings: 2; high: 2; operatorReport: true }
        ListElement { runId: 6; createdAt: "2026-12-05 17:00"; period: "Every cycle"; blocks: "to block 48"; outcome: 0; outcomeText: "Clean"; findings: 0; high: 0; operatorReport: false }
    }

    QtObject {
        id: fakeAuditor
        property var run: fakeRun
        property var reports: fakeReports
        property var opened: []
        function openRun(id) { opened.push(id); return true }
    }

    VerifyPage { id: verifyPage; anchors.fill: parent; auditorPages: fakeAuditor; visible: false }
    ReportsPage { id: reportsPage; anchors.fill: parent; auditorPages: fakeAuditor; visible: false }

    TestCase {
        name: "AuditorPages"
        when: windowShown

        // Both pages with a result, light and dark, into BS_QML_SCREENSHOT_DIR (auditor-*.png).
        function test_zScreenshots() {
            if (screenshotDir.length === 0)
                skip("BS_QML_SCREENSHOT_DIR is not set")
            fakeRun.outcome = AuditRunModel.OutcomeFindings
            fakeRun.reportState = AuditRunModel.ReportUnavailable
            fakeRun.reportError = "the server did not answer"
            fakeRun.resultChanged()
            const wasDark = Theme.dark
            for (const dark of [false, true]) {
                Theme.dark = dark
                const suffix = dark ? "dark" : "light"
                verifyPage.visible = true
                findByName(verifyPage, "verifyTabs").currentIndex = 1
                wait(200)
                grabImage(root).save(screenshotDir + "/auditor-verify-" + suffix + ".png")
                findByName(verifyPage, "verifyTabs").currentIndex = 0
                wait(100)
                grabImage(root).save(screenshotDir + "/auditor-verify-cycles-" + suffix + ".png")
                verifyPage.visible = false
                reportsPage.visible = true
                fakeReports.checkState = ReportListModel.CheckValid
                fakeReports.checkedFile = "/tmp/audit-run-7.json"
                fakeReports.checkText = "Signed by the auditor 0x7099…79C8; the sums hold."
                wait(100)
                grabImage(root).save(screenshotDir + "/auditor-reports-" + suffix + ".png")
                reportsPage.visible = false
            }
            Theme.dark = wasDark
            fakeReports.checkState = ReportListModel.CheckNone
        }

        function findByName(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            let kids = []
            if (item.children !== undefined)
                kids = kids.concat(Array.from(item.children))
            if (item.contentItem !== undefined && item.contentItem !== null)
                kids.push(item.contentItem)
            for (let i = 0; i < kids.length; ++i) {
                const found = findByName(kids[i], name)
                if (found)
                    return found
            }
            return null
        }

        function init() {
            AppSettings.hideAmounts = false
            fakeRun.runs = []
            fakeRun.outcome = AuditRunModel.OutcomeNone
            fakeRun.reportState = AuditRunModel.ReportReceived
            fakeRun.resultChanged()
        }

        function test_periodSelectorRunsWhatWasChosen() {
            verifyPage.visible = true
            const box = findByName(verifyPage, "periodBox")
            compare(box.count, 3, "every cycle, custom dates, and the operator's one cycle")
            const runButton = findByName(verifyPage, "runButton")
            mouseClick(runButton)
            compare(fakeRun.runs[0], "all")
            box.currentIndex = 2
            mouseClick(runButton)
            compare(fakeRun.runs[1], "cycle:cyc_b")
            // Custom dates: unreadable ones keep Run off and say why.
            box.currentIndex = 1
            const from = findByName(verifyPage, "fromField")
            verify(from.visible)
            from.text = "garbage"
            verify(!runButton.enabled)
            verify(findByName(verifyPage, "periodProblem").visible)
            from.text = "2026-11-01"
            findByName(verifyPage, "toField").text = "2026-11-30"
            verify(runButton.enabled)
            mouseClick(runButton)
            compare(fakeRun.runs[2], "2026-11-01..2026-11-30")
            box.currentIndex = 0
            verifyPage.visible = false
        }

        function test_resultWithFindingsAndTheServerDown() {
            verifyPage.visible = true
            verify(!findByName(verifyPage, "resultSummary").visible, "no result before a run")
            fakeRun.outcome = AuditRunModel.OutcomeFindings
            fakeRun.reportState = AuditRunModel.ReportUnavailable
            fakeRun.reportError = "the server did not answer"
            fakeRun.resultChanged()
            verify(findByName(verifyPage, "resultSummary").visible)
            const banner = findByName(verifyPage, "reportBanner")
            verify(banner.visible)
            verify(banner.text.indexOf("could not be fetched") >= 0)
            verify(banner.text.indexOf("the server did not answer") >= 0)
            compare(findByName(verifyPage, "outcomeMark").kind, "failure")
            compare(findByName(verifyPage, "verifyChart").count, 1)
            compare(findByName(verifyPage, "cycleTable").count, 2)
            // The findings tab lists them; a tx hash is copyable.
            mouseClick(findByName(verifyPage, "tabFindings"))
            const findings = findByName(verifyPage, "findingList")
            compare(findings.count, 2)
            tryVerify(() => findByName(verifyPage, "copyFindingTx_1") !== null)
            verify(findByName(verifyPage, "copyFindingTx_1").visible)
            // A cycle row drills down to its payouts.
            mouseClick(findByName(verifyPage, "tabCycles"))
            tryVerify(() => findByName(verifyPage, "auditCycle_cyc_b") !== null)
            mouseClick(findByName(verifyPage, "auditCycle_cyc_b"))
            compare(fakePayoutRows.cycleFilter, "cyc_b")
            compare(findByName(verifyPage, "verifyTabs").currentIndex, 2)
            fakePayoutRows.cycleFilter = ""
            // A clean run says so, without the banner once the report was received.
            fakeRun.outcome = AuditRunModel.OutcomeClean
            fakeRun.reportState = AuditRunModel.ReportReceived
            fakeRun.resultChanged()
            verify(!banner.visible)
            compare(findByName(verifyPage, "outcomeMark").kind, "verified")
            verifyPage.visible = false
        }

        function test_reportsListExportsAndCheck() {
            reportsPage.visible = true
            const list = findByName(reportsPage, "reportList")
            compare(list.count, 2)
            tryVerify(() => findByName(reportsPage, "exportCsv_7") !== null)
            // Open shows the run on the Verify page.
            let opened = -1
            reportsPage.runOpened.connect(id => opened = id)
            mouseClick(findByName(reportsPage, "openRun_6"))
            compare(fakeAuditor.opened[fakeAuditor.opened.length - 1], 6)
            compare(opened, 6)
            // The check's verdict shows in a banner.
            const check = findByName(reportsPage, "checkResult")
            verify(!check.visible)
            fakeReports.checkState = ReportListModel.CheckInvalid
            fakeReports.checkedFile = "/tmp/r.json"
            fakeReports.checkText = "This report does not hold: the signature is not the auditor's."
            verify(check.visible)
            compare(check.kind, "failure")
            fakeReports.checkState = ReportListModel.CheckValid
            compare(check.kind, "info")
            // An export asks where, for that run and format (the dialog then calls exportRun).
            verify(findByName(reportsPage, "exportPdf_7").enabled)
            reportsPage.exportRun(7, ReportListModel.FormatCsv)
            compare(reportsPage.exportRunId, 7)
            compare(reportsPage.exportFormat, ReportListModel.FormatCsv)
            reportsPage.visible = false
        }
    }
}
