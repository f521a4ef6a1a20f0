// SPDX-License-Identifier: GPL-3.0-or-later
// Operator · Cycles: the chart of pool and providers per cycle, every cycle with its state,
// and the selected cycle in detail: its steps, live while it runs, its transfers with their
// status, and Retry for a failed one. "New cycle" opens the dialog (dry run, then Start).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import BackendShield

PageFrame {
    id: page

    property var operatorPages: null
    readonly property var cycles: operatorPages ? operatorPages.cycles : null
    readonly property var detail: operatorPages ? operatorPages.cycleDetail : null
    property var chartData: ({ points: [], maxPool: 0, maxProviders: 0 })

    title: qsTr("Cycles")
    subtitle: qsTr("Distribution cycles: the pool of a period shared by the providers' usage, paid in encrypted transfers.")

    function reloadChart() {
        chartData = cycles ? cycles.chart(24) : { points: [], maxPool: 0, maxProviders: 0 }
        const pts = chartData.points
        const labels = []
        const values = []
        providersLine.clear()
        for (let i = 0; i < pts.length; ++i) {
            labels.push(pts[i].label)
            values.push(pts[i].pool)
            providersLine.append(i, pts[i].providers)
        }
        categories.categories = labels
        poolBars.values = values
        axisPool.max = Math.max(1, chartData.maxPool * 1.15)
        axisProviders.max = Math.max(2, Math.ceil(chartData.maxProviders * 1.2))
    }
    function openNewCycle() {
        newCycleDialog.openFresh()
    }

    onCyclesChanged: reloadChart()
    Component.onCompleted: reloadChart()
    Connections {
        target: page.cycles
        function onCyclesChanged() { page.reloadChart() }
    }
    Connections {
        target: page.operatorPages ? page.operatorPages.newCycle : null
        function onStarted(cycleId) { page.detail.select(cycleId) }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TaskStatus { Layout.fillWidth: true; task: page.cycles ? page.cycles.task : null }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "refreshCycles"
                text: qsTr("Refresh")
                enabled: page.cycles !== null && !page.cycles.task.running
                onClicked: page.cycles.refresh()
                Accessible.name: qsTr("Read the cycles again")
            }
            PrimaryButton {
                objectName: "newCycleButton"
                text: qsTr("New cycle…")
                enabled: page.operatorPages !== null
                onClicked: page.openNewCycle()
                Accessible.name: qsTr("Start a new distribution cycle")
            }
        }

        ChartView {
            id: chart
            objectName: "cyclesChart"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(170, Math.min(240, page.height * 0.28))
            antialiasing: true
            legend.visible: true
            legend.alignment: Qt.AlignBottom
            legend.labelColor: Theme.textMuted
            backgroundColor: Theme.surface
            plotAreaColor: Theme.surface
            margins.top: 4
            margins.bottom: 4
            Accessible.name: qsTr("Chart of the pool and the number of providers per cycle")

            BarSeries {
                axisX: BarCategoryAxis {
                    id: categories
                    labelsColor: Theme.textMuted
                    gridLineColor: Theme.border
                    labelsFont.pixelSize: Theme.fontCaption - 1
                }
                axisY: ValueAxis {
                    id: axisPool
                    min: 0
                    // Small pools need the decimals, or the ticks all read "1".
                    labelFormat: max < 10 ? "%.2f" : "%.0f"
                    labelsColor: Theme.textMuted
                    gridLineColor: Theme.border
                    labelsVisible: !AppSettings.hideAmounts
                    titleText: qsTr("Pool (%1)").arg(page.cycles ? page.cycles.tokenSymbol : "USDC")
                    titleBrush: Theme.textMuted
                }
                BarSet {
                    id: poolBars
                    label: qsTr("Pool")
                    color: Theme.accent
                    borderColor: Theme.accent
                }
                onHovered: (status, index, barset) => {
                    const p = page.chartData.points[index]
                    if (status && p) {
                        tip.text = qsTr("Cycle %1 (%2): %3 %4, %5 providers")
                                   .arg(p.cycle).arg(p.status)
                                   .arg(AppSettings.hideAmounts ? "•••" : p.poolExact)
                                   .arg(page.cycles.tokenSymbol).arg(p.providers)
                        tip.visible = true
                    } else {
                        tip.visible = false
                    }
                }
            }
            LineSeries {
                id: providersLine
                name: qsTr("Providers")
                color: Theme.verified
                width: 2
                pointsVisible: true
                axisX: categories
                axisYRight: ValueAxis {
                    id: axisProviders
                    min: 0
                    labelFormat: "%.0f"
                    tickType: ValueAxis.TicksDynamic
                    tickInterval: Math.max(1, Math.ceil(max / 5))
                    labelsColor: Theme.textMuted
                    gridVisible: false
                    titleText: qsTr("Providers")
                    titleBrush: Theme.textMuted
                }
            }
            ToolTip { id: tip; x: chart.width / 2 - width / 2; y: 8 }
            Label {
                anchors.centerIn: parent
                visible: page.chartData.points.length === 0
                text: qsTr("No cycle yet.")
                color: Theme.textMuted
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingM

            // The cycles
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                clip: true

                ListView {
                    id: list
                    objectName: "cyclesTable"
                    FocusRing { target: list }
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: page.cycles
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.name: qsTr("Cycles")
                    Label {
                        objectName: "cyclesEmpty"
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacingL
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        visible: list.count === 0
                        text: !page.cycles || !page.cycles.loaded ? qsTr("Reading the cycles…")
                              : qsTr("No cycle yet. Start one with “New cycle…”.")
                        color: Theme.textMuted
                    }
                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property string cycleId
                        required property string period
                        required property string pool
                        required property int status
                        required property string statusText
                        required property string providers
                        required property string transfers
                        objectName: "cycle_" + cycleId
                        width: list.width
                        height: 52
                        highlighted: page.detail !== null && page.detail.cycleId === cycleId
                        onClicked: page.detail.select(cycleId)
                        Accessible.name: qsTr("Cycle %1, %2, %3").arg(cycleId).arg(period).arg(statusText)
                        background: Rectangle {
                            color: row.highlighted ? Theme.accentSoft : row.index % 2 ? Theme.surfaceAlt : Theme.surface
                        }
                        contentItem: RowLayout {
                            spacing: Theme.spacingS
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label { Layout.fillWidth: true; text: row.period; color: Theme.text; elide: Text.ElideRight }
                                Label {
                                    Layout.fillWidth: true
                                    text: row.cycleId + (row.providers.length ? " · " + qsTr("%1 providers").arg(row.providers) : "")
                                          + (row.transfers.length ? " · " + qsTr("%1 transfers confirmed").arg(row.transfers) : "")
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontCaption
                                    elide: Text.ElideRight
                                }
                            }
                            Money {
                                Layout.preferredWidth: 130
                                amount: row.pool
                                unit: page.cycles ? page.cycles.tokenSymbol : ""
                                horizontalAlignment: Text.AlignRight
                            }
                            OperatorCycleStatus {
                                status: row.status
                                text: row.statusText
                            }
                        }
                    }
                }
            }

            // The selected cycle
            Rectangle {
                objectName: "cycleDetail"
                Layout.preferredWidth: Math.min(400, Math.max(320, page.width * 0.36))
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                clip: true

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingL
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    visible: !page.detail || !page.detail.shown
                    text: qsTr("Select a cycle to see its steps and transfers.")
                    color: Theme.textMuted
                }
                OperatorCycleView {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    visible: page.detail !== null && page.detail.shown
                    cycle: page.detail
                }
            }
        }
    }

    OperatorNewCycleDialog {
        id: newCycleDialog
        model: page.operatorPages ? page.operatorPages.newCycle : null
        // Over the whole window: the preview table needs the room.
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? Math.min(860, parent.width - 2 * Theme.spacingL) : 800
        height: parent ? Math.min(720, parent.height - 2 * Theme.spacingL) : 600
    }
}
