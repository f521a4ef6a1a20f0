// SPDX-License-Identifier: GPL-3.0-or-later
// Earnings: payouts over time (a date axis: 7 or 30 days, all, or a custom period) with the
// cumulative line, next to it the usage the operator counted for those cycles (calls, errors,
// average response time), and the payouts table with the fair-share check of each line.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCharts
import BackendShield

PageFrame {
    id: page

    property var provider: null
    readonly property var earnings: provider ? provider.earnings : null
    property string period: "30d"
    property var chartData: ({ points: [], max: 0, cumulativeMax: 0 })
    property string exportMessage

    title: qsTr("Earnings")
    subtitle: qsTr("Every payout decrypted from the chain and checked against the operator's report.")

    // The custom period's dates (ISO, local days) and what the model said about them.
    property string customFrom: ""
    property string customTo: ""
    property string chartError: ""
    // The chart's time axis (tests read its span).
    readonly property alias timeAxis: dateAxis

    function reloadChart() {
        const empty = { points: [], max: 0, cumulativeMax: 0 }
        chartData = !earnings ? empty
                  : period === "custom" ? earnings.chartBetween(customFrom, customTo)
                  : earnings.chart(period)
        chartError = chartData.error ? chartData.error : ""
        const pts = chartData.points
        payouts.clear()
        line.clear()
        callsSeries.clear()
        errorsSeries.clear()
        averageSeries.clear()
        for (let i = 0; i < pts.length; ++i) {
            payouts.append(pts[i].time, pts[i].value)
            line.append(pts[i].time, pts[i].cumulative)
            if (pts[i].hasUsage) {
                callsSeries.append(pts[i].time, pts[i].calls)
                errorsSeries.append(pts[i].time, pts[i].errors)
                if (pts[i].hasAverage)
                    averageSeries.append(pts[i].time, pts[i].averageMs)
            }
        }
        if (chartData.from !== undefined) {
            dateAxis.min = new Date(chartData.from)
            dateAxis.max = new Date(chartData.to)
            usageDateAxis.min = dateAxis.min
            usageDateAxis.max = dateAxis.max
        }
        payoutAxis.max = Math.max(1, chartData.max * 1.15)
        cumulativeAxis.max = Math.max(1, chartData.cumulativeMax * 1.1)
        callsAxis.max = countAxisMax(chartData.callsMax || 0)
        averageAxis.max = countAxisMax(chartData.averageMsMax || 0)
    }

    // The top of an axis of counts with five whole-number steps (tickCount 6) above `v`:
    // 5 x 1, 2 or 5 x 10^k, so that the labels read 0, 2, 4, ... rather than 0, 3, 5, ...
    function countAxisMax(v) {
        const want = Math.max(1, v * 1.1) / 5 // the step that leaves a little room on top
        const decade = Math.pow(10, Math.floor(Math.log10(want)))
        const step = [1, 2, 5, 10].map(m => m * decade).find(s => s >= want)
        return 5 * Math.max(1, step)
    }

    // Of `pts`, the point nearest in time to `x`, and its date and cycle in words.
    function nearest(pts, x) {
        let best = pts[0]
        for (let i = 1; i < pts.length; ++i)
            if (Math.abs(pts[i].time - x) < Math.abs(best.time - x))
                best = pts[i]
        return { point: best,
                 what: best.cycle ? qsTr("%1, cycle %2").arg(best.label).arg(best.cycle) : best.label }
    }

    // The payout nearest in time to a hovered point, in words.
    function showTip(point, state) {
        const pts = chartData.points
        tip.visible = state && pts.length > 0
        if (!tip.visible)
            return
        const n = nearest(pts, point.x)
        tip.text = AppSettings.hideAmounts ? n.what
                 : qsTr("%1: %2 USDC (total %3 USDC)").arg(n.what).arg(n.point.exact).arg(n.point.cumulativeExact)
    }

    // The usage of the cycle nearest in time to a hovered point, in words.
    function showUsageTip(point, state) {
        const pts = chartData.points.filter(p => p.hasUsage)
        usageTip.visible = state && pts.length > 0
        if (usageTip.visible) {
            const n = nearest(pts, point.x)
            usageTip.text = qsTr("%1: %2").arg(n.what).arg(n.point.usageText)
        }
    }

    onPeriodChanged: reloadChart()
    onEarningsChanged: reloadChart()
    Connections {
        target: page.earnings
        function onSummaryChanged() { page.reloadChart() }
    }
    Connections {
        target: AppSettings
        function onHideAmountsChanged() { page.reloadChart() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            spacing: Theme.spacingS
            Repeater {
                model: [ { key: "7d", label: qsTr("7 days") }, { key: "30d", label: qsTr("30 days") },
                         { key: "all", label: qsTr("All") }, { key: "custom", label: qsTr("Custom") } ]
                Button {
                    required property var modelData
                    objectName: "period_" + modelData.key
                    text: modelData.label
                    checkable: true
                    checked: page.period === modelData.key
                    Accessible.name: qsTr("Show the period: %1").arg(modelData.label)
                    onClicked: page.period = modelData.key
                }
            }
            TextField {
                id: fromField
                objectName: "customFrom"
                visible: page.period === "custom"
                Layout.preferredWidth: 120
                placeholderText: qsTr("2026-11-01")
                Accessible.name: qsTr("First day of the period")
                onAccepted: applyCustom.clicked()
            }
            Label { visible: page.period === "custom"; text: "–"; color: Theme.textMuted }
            TextField {
                id: toField
                objectName: "customTo"
                visible: page.period === "custom"
                Layout.preferredWidth: 120
                placeholderText: qsTr("2026-11-30")
                Accessible.name: qsTr("Last day of the period")
                onAccepted: applyCustom.clicked()
            }
            Button {
                id: applyCustom
                objectName: "applyCustom"
                visible: page.period === "custom"
                text: qsTr("Show")
                Accessible.name: qsTr("Show the custom period")
                onClicked: {
                    page.customFrom = fromField.text
                    page.customTo = toField.text
                    page.reloadChart()
                }
            }
            Label {
                objectName: "chartError"
                visible: page.chartError.length > 0
                text: page.chartError
                color: Theme.failure
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: page.exportMessage.length > 0
                text: page.exportMessage
                color: Theme.textMuted
            }
            Button {
                objectName: "makeStatement"
                text: qsTr("Statement…")
                enabled: page.provider !== null
                Accessible.name: qsTr("Make a verifiable statement of earnings")
                onClicked: statementDialog.openFresh()
            }
            Button {
                objectName: "exportCsv"
                Accessible.name: text
                text: qsTr("Export CSV…")
                enabled: page.earnings !== null && page.earnings.count > 0
                onClicked: csvDialog.open()
            }
        }
        StatementDialog {
            id: statementDialog
            anchors.centerIn: Overlay.overlay
            model: page.provider && page.provider.statement ? page.provider.statement : null
        }
        FileDialog {
            id: csvDialog
            title: qsTr("Export payouts")
            fileMode: FileDialog.SaveFile
            defaultSuffix: "csv"
            nameFilters: [qsTr("CSV files (*.csv)")]
            onAccepted: {
                const error = page.earnings.exportCsv(selectedFile)
                page.exportMessage = error.length ? error : qsTr("Exported.")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            ChartView {
                id: chart
                objectName: "earningsChart"
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.preferredHeight: 260
                antialiasing: true
                legend.visible: true
                legend.alignment: Qt.AlignBottom
                legend.labelColor: Theme.textMuted
                backgroundColor: Theme.surface
                plotAreaColor: Theme.surface
                margins.top: 4
                margins.bottom: 4
                Accessible.name: qsTr("Chart of payouts over time and cumulative earnings")

                DateTimeAxis {
                    id: dateAxis
                    format: "MMM d"
                    tickCount: 6
                    labelsColor: Theme.textMuted
                    gridLineColor: Theme.border
                    labelsFont.pixelSize: Theme.fontCaption - 1
                }
                ValueAxis {
                    id: payoutAxis
                    min: 0
                    labelFormat: "%.0f"
                    labelsColor: Theme.textMuted
                    gridLineColor: Theme.border
                    labelsVisible: !AppSettings.hideAmounts
                    titleText: qsTr("USDC per payout")
                    titleBrush: Theme.textMuted
                }
                ValueAxis {
                    id: cumulativeAxis
                    min: 0
                    labelFormat: "%.0f"
                    labelsColor: Theme.textMuted
                    gridVisible: false
                    labelsVisible: !AppSettings.hideAmounts
                    titleText: qsTr("USDC cumulative")
                    titleBrush: Theme.textMuted
                }
                // Each payout at its time (a date axis: gaps between payouts show as gaps).
                ScatterSeries {
                    id: payouts
                    name: qsTr("Payout")
                    color: Theme.accent
                    borderColor: Theme.accent
                    markerSize: 10
                    axisX: dateAxis
                    axisY: payoutAxis
                    onHovered: (point, state) => page.showTip(point, state)
                }
                LineSeries {
                    id: line
                    name: qsTr("Cumulative")
                    color: Theme.verified
                    width: 2
                    pointsVisible: true
                    axisX: dateAxis
                    axisYRight: cumulativeAxis
                    onHovered: (point, state) => page.showTip(point, state)
                }
                ToolTip { id: tip; x: chart.width / 2 - width / 2; y: 8 }

                Label {
                    anchors.centerIn: parent
                    visible: page.chartData.points.length === 0
                    text: qsTr("No payouts in this period.")
                    color: Theme.textMuted
                }
            }
            // The operator's usage counters of the same cycles, on the same time span.
            ChartView {
                id: usageChart
                objectName: "usageChart"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.preferredHeight: 260
                antialiasing: true
                legend.visible: true
                legend.alignment: Qt.AlignBottom
                legend.labelColor: Theme.textMuted
                backgroundColor: Theme.surface
                plotAreaColor: Theme.surface
                margins.top: 4
                margins.bottom: 4
                Accessible.name: qsTr("Chart of your calls, errors and average response time per cycle")

                DateTimeAxis {
                    id: usageDateAxis
                    format: "MMM d"
                    tickCount: 4
                    labelsColor: Theme.textMuted
                    gridLineColor: Theme.border
                    labelsFont.pixelSize: Theme.fontCaption - 1
                }
                ValueAxis {
                    id: callsAxis
                    min: 0
                    tickCount: 6
                    labelFormat: "%.0f"
                    labelsColor: Theme.textMuted
                    gridLineColor: Theme.border
                    titleText: qsTr("Calls and errors")
                    titleBrush: Theme.textMuted
                }
                ValueAxis {
                    id: averageAxis
                    min: 0
                    tickCount: 6
                    labelFormat: "%.0f"
                    labelsColor: Theme.textMuted
                    gridVisible: false
                    titleText: qsTr("ms average")
                    titleBrush: Theme.textMuted
                }
                LineSeries {
                    id: callsSeries
                    name: qsTr("Calls")
                    color: Theme.accent
                    width: 2
                    pointsVisible: true
                    axisX: usageDateAxis
                    axisY: callsAxis
                    onHovered: (point, state) => page.showUsageTip(point, state)
                }
                ScatterSeries {
                    id: errorsSeries
                    name: qsTr("Errors")
                    color: Theme.failure
                    borderColor: Theme.failure
                    markerSize: 8
                    axisX: usageDateAxis
                    axisY: callsAxis
                    onHovered: (point, state) => page.showUsageTip(point, state)
                }
                LineSeries {
                    id: averageSeries
                    name: qsTr("Average response")
                    color: Theme.textMuted
                    width: 1
                    style: Qt.DashLine
                    pointsVisible: true
                    axisX: usageDateAxis
                    axisYRight: averageAxis
                    onHovered: (point, state) => page.showUsageTip(point, state)
                }
                ToolTip { id: usageTip; x: usageChart.width / 2 - width / 2; y: 8 }

                Label {
                    objectName: "usageNote"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingL
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    visible: !page.chartData.hasUsage
                    text: page.chartData.points.length === 0
                          ? qsTr("No payouts in this period.")
                          : qsTr("The operator's server does not report usage for these cycles.")
                    color: Theme.textMuted
                }
            }
        }

        // Payouts table
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 1
                spacing: 0

                RowLayout {
                    id: header
                    Layout.fillWidth: true
                    spacing: 0
                    readonly property var columns: [
                        { key: "date", label: qsTr("Date"), width: 120 },
                        { key: "cycle", label: qsTr("Cycle"), width: 100 },
                        { key: "calls", label: qsTr("Your calls / all"), width: 130 },
                        { key: "share", label: qsTr("Share"), width: 70 },
                        { key: "amount", label: qsTr("Amount (USDC)"), width: 130 },
                        { key: "verdict", label: qsTr("Check"), width: 160 }
                    ]
                    // (Narrow enough that the transaction column keeps room for its heading in
                    // a 1024-px window with the text at 150 %; the rows below use the same.)
                    Repeater {
                        model: header.columns
                        ItemDelegate {
                            required property var modelData
                            objectName: "sort_" + modelData.key
                            Layout.preferredWidth: modelData.width
                            focusPolicy: Qt.StrongFocus
                            FocusRing {}
                            text: modelData.label + (page.earnings && page.earnings.sortKey === modelData.key
                                                     ? (page.earnings.sortAscending ? " ▲" : " ▼") : "")
                            font.weight: Font.DemiBold
                            onClicked: page.earnings.sortBy(modelData.key)
                            Accessible.name: qsTr("Sort by %1").arg(modelData.label)
                        }
                    }
                    Label {
                        id: transactionHeading
                        Layout.fillWidth: true
                        text: qsTr("Transaction")
                        font.weight: Font.DemiBold
                        color: Theme.text
                        leftPadding: Theme.spacingS
                    }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

                ListView {
                    id: table
                    objectName: "payoutsTable"
                    FocusRing { target: table }
                    Accessible.name: qsTr("Payouts")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.earnings
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar {}
                    Label {
                        anchors.centerIn: parent
                        visible: table.count === 0
                        text: qsTr("No payouts yet.")
                        color: Theme.textMuted
                    }
                    delegate: Rectangle {
                        id: row
                        required property int index
                        required property string date
                        required property string cycle
                        required property string calls
                        required property string share
                        required property string amount
                        required property string verdict
                        required property string verdictText
                        required property bool attention
                        required property string txHash
                        required property string usage
                        width: table.width
                        height: 36
                        color: ListView.isCurrentItem && table.activeFocus ? Theme.accentSoft
                             : index % 2 ? Theme.surfaceAlt : Theme.surface
                        RowLayout {
                            anchors.fill: parent
                            spacing: 0
                            Label { Layout.preferredWidth: 120; leftPadding: 12; text: row.date; color: Theme.text; elide: Text.ElideRight }
                            Label { Layout.preferredWidth: 100; leftPadding: 12; text: row.cycle || "—"; color: Theme.text; elide: Text.ElideRight }
                            Label {
                                Layout.preferredWidth: 130
                                leftPadding: 12
                                elide: Text.ElideRight
                                text: row.calls || "—"
                                color: Theme.text
                                font.family: Theme.monoFamily
                                // The cycle's usage counters, when the operator reports them.
                                Accessible.description: row.usage
                                ToolTip.visible: callsHover.hovered && row.usage.length > 0
                                ToolTip.text: row.usage
                                HoverHandler { id: callsHover }
                            }
                            Label { Layout.preferredWidth: 70; leftPadding: 12; text: row.share || "—"; color: Theme.text; elide: Text.ElideRight; font.family: Theme.monoFamily }
                            Money { Layout.preferredWidth: 130; leftPadding: 12; amount: row.amount; unit: "" }
                            Item {
                                Layout.preferredWidth: 160
                                Layout.fillHeight: true
                                StatusMark {
                                    anchors.verticalCenter: parent.verticalCenter
                                    x: 12
                                    kind: row.attention ? "attention"
                                          : (row.verdict === "fair" || row.verdict === "fair_plus_remainder") ? "verified" : "neutral"
                                    text: row.verdictText
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                leftPadding: Theme.spacingS
                                text: row.txHash.length ? row.txHash.substring(0, 10) + "…" + row.txHash.substring(62) : ""
                                color: Theme.text
                                font.family: Theme.monoFamily
                            }
                            ToolButton {
                                visible: row.txHash.length > 0
                                text: qsTr("Copy")
                                onClicked: Clipboard.copy(row.txHash)
                                Accessible.name: qsTr("Copy the transaction hash")
                            }
                            ToolButton {
                                visible: row.txHash.length > 0 && page.earnings.explorerUrl(row.txHash).toString().length > 0
                                text: qsTr("Explorer")
                                onClicked: Qt.openUrlExternally(page.earnings.explorerUrl(row.txHash))
                                Accessible.name: qsTr("Open the transaction in the explorer")
                            }
                        }
                    }
                }
            }
        }
    }
}
