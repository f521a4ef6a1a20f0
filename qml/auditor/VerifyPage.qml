// SPDX-License-Identifier: GPL-3.0-or-later
// Auditor · Verify: choose a period (a cycle of the operator's list, every cycle, or custom
// dates), run the verification with its staged progress and Cancel, then read the result:
// clean or findings, the chart of reported against decrypted per cycle, the cycles, the
// findings by severity with their evidence (tx hashes copyable) and the payouts of a cycle.
// When the operator's server is down, the banner says so and the chain's payouts still show.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import BackendShield

PageFrame {
    id: page

    property var auditorPages: null
    readonly property var run: auditorPages ? auditorPages.run : null
    property var chartData: ({ points: [], max: 0 })
    // The cycle table's column widths (the last one takes the rest).
    readonly property var cycleColumns: [Math.max(200, width - 2 * Theme.spacingL - 690), 180, 180, 120, 100, 110]
    // The period selector: 0 every cycle, 1 custom dates, then the operator's cycles.
    readonly property bool customDates: periodBox.currentIndex === 1
    readonly property string periodProblem: run && customDates
                                             ? run.periodProblem(fromField.text, toField.text) : ""

    title: qsTr("Verify")
    subtitle: qsTr("Check the operator's reported distributions against what the chain shows, decrypted with your auditor key.")

    function reloadChart() {
        chartData = run ? run.chart() : { points: [], max: 0 }
        const labels = []
        const reported = []
        const decrypted = []
        for (let i = 0; i < chartData.points.length; ++i) {
            labels.push(chartData.points[i].label)
            reported.push(chartData.points[i].reported)
            decrypted.push(chartData.points[i].decrypted)
        }
        categories.categories = labels
        reportedBars.values = reported
        decryptedBars.values = decrypted
        axisAmount.max = Math.max(1, chartData.max * 1.15)
    }
    function startRun() {
        if (periodBox.currentIndex === 0)
            run.runAll()
        else if (periodBox.currentIndex === 1)
            run.runDates(fromField.text, toField.text)
        else
            run.runCycle(periodBox.model[periodBox.currentIndex].cycleId)
    }
    function showPayoutsOf(cycleId) {
        run.payouts.cycleFilter = cycleId
        tabs.currentIndex = 2
    }

    onRunChanged: reloadChart()
    Component.onCompleted: reloadChart()
    Connections {
        target: page.run
        function onResultChanged() { page.reloadChart() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        // The period and Run
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label { text: qsTr("Period"); color: Theme.text }
            ComboBox {
                id: periodBox
                objectName: "periodBox"
                Layout.preferredWidth: 340
                textRole: "text"
                Accessible.name: qsTr("Period to verify")
                model: {
                    const items = [{ text: qsTr("Every cycle so far"), cycleId: "" },
                                   { text: qsTr("Custom dates…"), cycleId: "" }]
                    const cycles = page.run ? page.run.cycleChoices : []
                    for (let i = 0; i < cycles.length; ++i)
                        items.push({ text: qsTr("Cycle %1 · %2").arg(cycles[i].cycleId).arg(cycles[i].period),
                                     cycleId: cycles[i].cycleId })
                    return items
                }
            }
            TextField {
                id: fromField
                objectName: "fromField"
                visible: page.customDates
                Layout.preferredWidth: 150
                placeholderText: qsTr("From 2026-11-01")
                Accessible.name: qsTr("Start of the period, UTC")
            }
            TextField {
                id: toField
                objectName: "toField"
                visible: page.customDates
                Layout.preferredWidth: 150
                placeholderText: qsTr("To 2026-11-30")
                Accessible.name: qsTr("Last day of the period, UTC")
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                objectName: "runButton"
                text: qsTr("Run verification")
                enabled: page.run !== null && !page.run.task.running && page.periodProblem.length === 0
                onClicked: page.startRun()
                Accessible.name: qsTr("Run the verification of the chosen period")
            }
        }
        Label {
            objectName: "periodProblem"
            Layout.fillWidth: true
            visible: page.periodProblem.length > 0 && (fromField.text.length > 0 || toField.text.length > 0)
            text: page.periodProblem
            color: Theme.failure
            wrapMode: Text.WordWrap
        }

        TaskStatus { Layout.fillWidth: true; task: page.run ? page.run.task : null }

        Banner {
            objectName: "reportBanner"
            Layout.fillWidth: true
            visible: page.run !== null && page.run.outcome !== AuditRunModel.OutcomeNone
                     && page.run.reportState !== AuditRunModel.ReportReceived
            kind: "attention"
            text: !page.run ? ""
                  : page.run.reportState === AuditRunModel.ReportMalformed
                    ? qsTr("The operator's report could not be read (%1). The payouts the chain shows are listed below.").arg(page.run.reportError)
                    : qsTr("The operator's report could not be fetched (%1). The payouts the chain shows are listed below.").arg(page.run.reportError)
        }

        // The result in one line
        RowLayout {
            objectName: "resultSummary"
            Layout.fillWidth: true
            visible: page.run !== null && page.run.outcome !== AuditRunModel.OutcomeNone
            spacing: Theme.spacingM
            StatusMark {
                objectName: "outcomeMark"
                kind: !page.run ? "neutral"
                      : page.run.outcome === AuditRunModel.OutcomeClean ? "verified" : "failure"
                text: !page.run ? ""
                      : page.run.outcome === AuditRunModel.OutcomeClean ? qsTr("Clean")
                      : qsTr("%1 high · %2 medium · %3 low").arg(page.run.highCount)
                            .arg(page.run.mediumCount).arg(page.run.lowCount)
                detail: page.run ? qsTr("Run %1, signed with your wallet key and saved").arg(page.run.runId) : ""
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: page.run ? page.run.periodText : ""
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "blocksText"
                    Layout.fillWidth: true
                    text: page.run ? page.run.blocksText : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    elide: Text.ElideRight
                }
            }
            ColumnLayout {
                spacing: 0
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: !page.run ? ""
                          : qsTr("Reported %1 · decrypted %2 %3")
                                .arg(AppSettings.hideAmounts ? "•••" : (page.run.reportedTotal.length ? page.run.reportedTotal : qsTr("n/a")))
                                .arg(AppSettings.hideAmounts ? "•••" : page.run.decryptedTotal)
                                .arg(page.run.tokenSymbol)
                    color: Theme.text
                }
                Label {
                    objectName: "unreportedTotal"
                    Layout.alignment: Qt.AlignRight
                    visible: page.run !== null && page.run.unreportedTotal.length > 0
                    text: !page.run ? ""
                          : qsTr("Paid outside the report: %1 %2")
                                .arg(AppSettings.hideAmounts ? "•••" : page.run.unreportedTotal)
                                .arg(page.run.tokenSymbol)
                    color: Theme.failure
                    font.pixelSize: Theme.fontCaption
                }
            }
        }

        ChartView {
            id: chart
            objectName: "verifyChart"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(150, Math.min(210, page.height * 0.25))
            antialiasing: true
            legend.visible: true
            legend.alignment: Qt.AlignBottom
            legend.labelColor: Theme.textMuted
            backgroundColor: Theme.surface
            plotAreaColor: Theme.surface
            margins.top: 4
            margins.bottom: 4
            Accessible.name: qsTr("Chart of the reported and the decrypted total per cycle")

            BarSeries {
                axisX: BarCategoryAxis {
                    id: categories
                    labelsColor: Theme.textMuted
                    gridLineColor: Theme.border
                    labelsFont.pixelSize: Theme.fontCaption - 1
                }
                axisY: ValueAxis {
                    id: axisAmount
                    min: 0
                    labelFormat: max < 10 ? "%.2f" : "%.0f"
                    labelsColor: Theme.textMuted
                    gridLineColor: Theme.border
                    labelsVisible: !AppSettings.hideAmounts
                    titleText: page.run ? page.run.tokenSymbol : ""
                    titleBrush: Theme.textMuted
                }
                BarSet { id: reportedBars; label: qsTr("Reported"); color: Theme.accent; borderColor: Theme.accent }
                BarSet { id: decryptedBars; label: qsTr("Decrypted"); color: Theme.verified; borderColor: Theme.verified }
                onHovered: (status, index, barset) => {
                    const p = page.chartData.points[index]
                    if (status && p) {
                        tip.text = qsTr("Cycle %1: reported %2, decrypted %3 %4")
                                   .arg(p.cycle)
                                   .arg(AppSettings.hideAmounts ? "•••" : p.reportedExact)
                                   .arg(AppSettings.hideAmounts ? "•••" : p.decryptedExact)
                                   .arg(page.run.tokenSymbol)
                        tip.visible = true
                    } else {
                        tip.visible = false
                    }
                }
            }
            ToolTip { id: tip; x: chart.width / 2 - width / 2; y: 8 }
            Label {
                anchors.centerIn: parent
                visible: page.chartData.points.length === 0
                text: page.run && page.run.outcome !== AuditRunModel.OutcomeNone
                      ? qsTr("The report lists no cycle.") : qsTr("Run a verification to see the cycles.")
                color: Theme.textMuted
            }
        }

        TabBar {
            id: tabs
            objectName: "verifyTabs"
            Layout.fillWidth: true
            TabButton {
                objectName: "tabCycles"
                FocusRing {}
                text: qsTr("Cycles (%1)").arg(page.run ? page.run.cycles.count : 0)
                Accessible.name: text
            }
            TabButton {
                objectName: "tabFindings"
                FocusRing {}
                text: qsTr("Findings (%1)").arg(page.run ? page.run.findings.count : 0)
                Accessible.name: text
            }
            TabButton {
                objectName: "tabPayouts"
                FocusRing {}
                text: page.run && page.run.payouts.cycleFilter.length
                      ? qsTr("Payouts of cycle %1 (%2)").arg(page.run.payouts.cycleFilter).arg(page.run.payouts.count)
                      : qsTr("Payouts (%1)").arg(page.run ? page.run.payouts.count : 0)
                Accessible.name: text
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true

            StackLayout {
                anchors.fill: parent
                anchors.margins: 1
                currentIndex: tabs.currentIndex

                // Cycles: reported against found
                ListView {
                    id: cycleView
                    objectName: "cycleTable"
                    FocusRing { target: cycleView }
                    clip: true
                    model: page.run ? page.run.cycles : null
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.name: qsTr("Cycles, reported against the chain")
                    header: Row {
                        width: cycleView.width
                        Repeater {
                            model: [qsTr("Cycle"), qsTr("Reported"), qsTr("Decrypted"), qsTr("Reported count"), qsTr("Found count"), qsTr("Status")]
                            Label {
                                required property string modelData
                                required property int index
                                width: page.cycleColumns[index]
                                horizontalAlignment: index > 0 && index < 5 ? Text.AlignRight : Text.AlignLeft
                                leftPadding: Theme.spacingS
                                rightPadding: Theme.spacingS
                                text: modelData
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                                elide: Text.ElideRight
                            }
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: cycleView.count === 0
                        text: qsTr("No cycle to show.")
                        color: Theme.textMuted
                    }
                    delegate: ItemDelegate {
                        id: cycleRow
                        required property int index
                        required property string cycleId
                        required property string period
                        required property string reportedTotal
                        required property string decryptedTotal
                        required property int reportedCount
                        required property int foundCount
                        required property bool ok
                        objectName: "auditCycle_" + cycleId
                        width: cycleView.width
                        height: 44
                        onClicked: page.showPayoutsOf(cycleId)
                        Accessible.name: qsTr("Cycle %1: reported %2 in %3 transfers, decrypted %4 in %5; %6. Show its payouts")
                                         .arg(cycleId).arg(reportedTotal).arg(reportedCount)
                                         .arg(decryptedTotal).arg(foundCount)
                                         .arg(ok ? qsTr("matches") : qsTr("findings"))
                        background: Rectangle { color: cycleRow.index % 2 ? Theme.surfaceAlt : Theme.surface }
                        leftPadding: 0
                        rightPadding: 0
                        contentItem: Row {
                            Column {
                                width: page.cycleColumns[0]
                                leftPadding: Theme.spacingS
                                anchors.verticalCenter: parent.verticalCenter
                                Label { width: parent.width - Theme.spacingS; text: cycleRow.cycleId; color: Theme.text; elide: Text.ElideRight }
                                Label { width: parent.width - Theme.spacingS; text: cycleRow.period; color: Theme.textMuted; font.pixelSize: Theme.fontCaption; elide: Text.ElideRight }
                            }
                            Money { width: page.cycleColumns[1]; rightPadding: Theme.spacingS; anchors.verticalCenter: parent.verticalCenter; amount: cycleRow.reportedTotal; unit: page.run.tokenSymbol; horizontalAlignment: Text.AlignRight }
                            Money { width: page.cycleColumns[2]; rightPadding: Theme.spacingS; anchors.verticalCenter: parent.verticalCenter; amount: cycleRow.decryptedTotal; unit: page.run.tokenSymbol; horizontalAlignment: Text.AlignRight }
                            Label { width: page.cycleColumns[3]; rightPadding: Theme.spacingS; anchors.verticalCenter: parent.verticalCenter; text: cycleRow.reportedCount; color: Theme.text; horizontalAlignment: Text.AlignRight }
                            Label { width: page.cycleColumns[4]; rightPadding: Theme.spacingS; anchors.verticalCenter: parent.verticalCenter; text: cycleRow.foundCount; color: Theme.text; horizontalAlignment: Text.AlignRight }
                            Item {
                                width: page.cycleColumns[5]
                                height: 24
                                anchors.verticalCenter: parent.verticalCenter
                                StatusMark {
                                    x: Theme.spacingS
                                    kind: cycleRow.ok ? "verified" : "failure"
                                    text: cycleRow.ok ? qsTr("Matches") : qsTr("Findings")
                                }
                            }
                        }
                    }
                }

                // Findings, high first
                ListView {
                    id: findingView
                    objectName: "findingList"
                    clip: true
                    model: page.run ? page.run.findings : null
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    spacing: 1
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.name: qsTr("Findings")
                    Label {
                        anchors.centerIn: parent
                        visible: findingView.count === 0
                        text: page.run && page.run.outcome !== AuditRunModel.OutcomeNone
                              ? qsTr("No finding: the chain confirms the report.") : qsTr("No run yet.")
                        color: Theme.textMuted
                    }
                    delegate: Rectangle {
                        id: findingRow
                        required property int index
                        required property string kind
                        required property int severity
                        required property string severityText
                        required property string message
                        required property string cycleId
                        required property string txHash
                        required property string evidence
                        objectName: "finding_" + index
                        width: findingView.width
                        height: findingLayout.implicitHeight + 2 * Theme.spacingS
                        color: index % 2 ? Theme.surfaceAlt : Theme.surface
                        RowLayout {
                            id: findingLayout
                            anchors.fill: parent
                            anchors.margins: Theme.spacingS
                            spacing: Theme.spacingS
                            StatusMark {
                                Layout.alignment: Qt.AlignTop
                                kind: findingRow.severity === AuditFindingRows.SeverityHigh ? "failure"
                                      : findingRow.severity === AuditFindingRows.SeverityMedium ? "attention" : "neutral"
                                text: findingRow.severityText
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    text: findingRow.message
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: findingRow.kind + (findingRow.cycleId.length ? " · " + qsTr("cycle %1").arg(findingRow.cycleId) : "")
                                          + (findingRow.evidence.length ? " · " + findingRow.evidence : "")
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontCaption
                                    wrapMode: Text.WordWrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    visible: findingRow.txHash.length > 0
                                    text: findingRow.txHash
                                    color: Theme.textMuted
                                    font.family: "monospace"
                                    font.pixelSize: Theme.fontCaption
                                    elide: Text.ElideMiddle
                                }
                            }
                            Button {
                                objectName: "copyFindingTx_" + findingRow.index
                                Layout.alignment: Qt.AlignTop
                                visible: findingRow.txHash.length > 0
                                text: qsTr("Copy tx")
                                onClicked: Clipboard.copy(findingRow.txHash)
                                Accessible.name: qsTr("Copy the transaction hash %1").arg(findingRow.txHash)
                            }
                            Button {
                                Layout.alignment: Qt.AlignTop
                                visible: findingRow.cycleId.length > 0
                                text: qsTr("Payouts")
                                onClicked: page.showPayoutsOf(findingRow.cycleId)
                                Accessible.name: qsTr("Show the payouts of cycle %1").arg(findingRow.cycleId)
                            }
                        }
                    }
                }

                // Payouts (of one cycle, or all)
                ColumnLayout {
                    spacing: 0
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.margins: Theme.spacingXs
                        visible: page.run !== null && page.run.payouts.cycleFilter.length > 0
                        Label {
                            Layout.fillWidth: true
                            leftPadding: Theme.spacingS
                            text: page.run ? qsTr("Payouts of cycle %1").arg(page.run.payouts.cycleFilter) : ""
                            color: Theme.textMuted
                        }
                        Button {
                            objectName: "allPayouts"
                            text: qsTr("Show all")
                            onClicked: page.run.payouts.cycleFilter = ""
                            Accessible.name: qsTr("Show the payouts of every cycle")
                        }
                    }
                    ListView {
                        id: payoutView
                        objectName: "payoutList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: page.run ? page.run.payouts : null
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        ScrollBar.vertical: ScrollBar {}
                        Accessible.name: qsTr("Payouts")
                        Label {
                            anchors.centerIn: parent
                            visible: payoutView.count === 0
                            text: qsTr("No payout to show.")
                            color: Theme.textMuted
                        }
                        delegate: ItemDelegate {
                            id: payoutRow
                            required property int index
                            required property string txHash
                            required property int logIndex
                            required property string block
                            required property string time
                            required property string recipient
                            required property string amount
                            required property int attribution
                            required property string cycleId
                            width: payoutView.width
                            height: 44
                            onClicked: Clipboard.copy(txHash)
                            Accessible.name: qsTr("Payout in block %1 to %2; copy its transaction hash").arg(block).arg(recipient)
                            background: Rectangle { color: payoutRow.index % 2 ? Theme.surfaceAlt : Theme.surface }
                            contentItem: RowLayout {
                                spacing: Theme.spacingS
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Label {
                                        Layout.fillWidth: true
                                        text: payoutRow.txHash + " · " + qsTr("log %1").arg(payoutRow.logIndex)
                                        font.family: "monospace"
                                        font.pixelSize: Theme.fontCaption
                                        color: Theme.text
                                        elide: Text.ElideMiddle
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: qsTr("Block %1 · %2 · to %3").arg(payoutRow.block).arg(payoutRow.time).arg(payoutRow.recipient)
                                        font.pixelSize: Theme.fontCaption
                                        color: Theme.textMuted
                                        elide: Text.ElideRight
                                    }
                                }
                                Label {
                                    text: payoutRow.attribution === AuditPayoutRows.AttributionCycle ? qsTr("cycle %1").arg(payoutRow.cycleId)
                                          : payoutRow.attribution === AuditPayoutRows.AttributionEarlierPeriod ? qsTr("earlier period, cycle %1").arg(payoutRow.cycleId)
                                          : qsTr("not in the report")
                                    color: payoutRow.attribution === AuditPayoutRows.AttributionUnreported ? Theme.attention : Theme.textMuted
                                    font.pixelSize: Theme.fontCaption
                                }
                                Money {
                                    Layout.preferredWidth: 150
                                    visible: payoutRow.amount.length > 0
                                    amount: payoutRow.amount
                                    unit: page.run.tokenSymbol
                                    horizontalAlignment: Text.AlignRight
                                }
                                Label {
                                    visible: payoutRow.amount.length === 0
                                    text: qsTr("not decrypted")
                                    color: Theme.failure
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
