// SPDX-License-Identifier: GPL-3.0-or-later
// Auditor · Reports: the verification runs saved in the vault (date, period, blocks, result),
// each one opened on the Verify page or exported as the signed JSON, the engine's CSV or a PDF
// statement; and "Check a report", which verifies any report file's signature and sums.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    property var auditorPages: null
    readonly property var reports: auditorPages ? auditorPages.reports : null
    // The run and format an export dialog is for.
    property var exportRunId: 0
    property int exportFormat: ReportListModel.FormatJson

    signal runOpened(var runId)

    title: qsTr("Reports")
    subtitle: qsTr("Your saved verification runs, each signed with your wallet key. Export them for others, or check a report someone sent you.")

    function exportRun(runId, format) {
        exportRunId = runId
        exportFormat = format
        exportDialog.selectedFile = reports.suggestedName(runId, format)
        exportDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TaskStatus { Layout.fillWidth: true; task: page.reports ? page.reports.task : null }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "refreshReports"
                text: qsTr("Refresh")
                enabled: page.reports !== null && !page.reports.task.running
                onClicked: page.reports.refresh()
                Accessible.name: qsTr("Read the saved runs again")
            }
            PrimaryButton {
                objectName: "checkReportButton"
                text: qsTr("Check a report…")
                enabled: page.reports !== null && !page.reports.checkTask.running
                onClicked: checkDialog.open()
                Accessible.name: qsTr("Check the signature and the sums of a report file")
            }
        }

        TaskStatus { Layout.fillWidth: true; task: page.reports ? page.reports.exportTask : null }
        Label {
            objectName: "exportedPath"
            Layout.fillWidth: true
            visible: page.reports !== null && page.reports.exportedPath.length > 0
                     && !page.reports.exportTask.running && page.reports.exportTask.error.length === 0
            text: page.reports ? qsTr("Exported to %1").arg(page.reports.exportedPath) : ""
            color: Theme.textMuted
            elide: Text.ElideMiddle
        }

        // The check of a report file
        TaskStatus { Layout.fillWidth: true; task: page.reports ? page.reports.checkTask : null }
        Banner {
            objectName: "checkResult"
            Layout.fillWidth: true
            visible: page.reports !== null && page.reports.checkState !== ReportListModel.CheckNone
            kind: page.reports && page.reports.checkState === ReportListModel.CheckValid ? "info" : "failure"
            text: page.reports ? qsTr("%1: %2").arg(page.reports.checkedFile).arg(page.reports.checkText) : ""
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true

            ListView {
                id: list
                objectName: "reportList"
                FocusRing { target: list }
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: page.reports
                activeFocusOnTab: true
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar {}
                Accessible.name: qsTr("Saved verification runs")
                Label {
                    objectName: "reportsEmpty"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingL
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    visible: list.count === 0
                    text: !page.reports || !page.reports.loaded ? qsTr("Reading the saved runs…")
                          : qsTr("No run yet. Run a verification on the Verify page; it is saved here.")
                    color: Theme.textMuted
                }
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property var runId
                    required property string createdAt
                    required property string period
                    required property string blocks
                    required property int outcome
                    required property string outcomeText
                    required property bool operatorReport
                    objectName: "run_" + runId
                    width: list.width
                    height: 56
                    color: index % 2 ? Theme.surfaceAlt : Theme.surface
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingM
                        anchors.rightMargin: Theme.spacingS
                        spacing: Theme.spacingS
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Run %1 · %2").arg(row.runId).arg(row.period)
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 · %2").arg(row.createdAt).arg(row.blocks)
                                      + (row.operatorReport ? "" : " · " + qsTr("operator's report not received"))
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                                elide: Text.ElideRight
                            }
                        }
                        StatusMark {
                            kind: row.outcome === ReportListModel.OutcomeClean ? "verified" : "failure"
                            text: row.outcomeText
                        }
                        Button {
                            objectName: "openRun_" + row.runId
                            text: qsTr("Open")
                            onClicked: if (page.auditorPages.openRun(row.runId)) page.runOpened(row.runId)
                            Accessible.name: qsTr("Open run %1 on the Verify page").arg(row.runId)
                        }
                        Button {
                            objectName: "exportJson_" + row.runId
                            text: qsTr("JSON")
                            enabled: !page.reports.exportTask.running
                            onClicked: page.exportRun(row.runId, ReportListModel.FormatJson)
                            Accessible.name: qsTr("Export run %1 as the signed JSON report").arg(row.runId)
                        }
                        Button {
                            objectName: "exportCsv_" + row.runId
                            text: qsTr("CSV")
                            enabled: !page.reports.exportTask.running
                            onClicked: page.exportRun(row.runId, ReportListModel.FormatCsv)
                            Accessible.name: qsTr("Export run %1 as CSV").arg(row.runId)
                        }
                        Button {
                            objectName: "exportPdf_" + row.runId
                            text: qsTr("PDF")
                            enabled: !page.reports.exportTask.running
                            onClicked: page.exportRun(row.runId, ReportListModel.FormatPdf)
                            Accessible.name: qsTr("Export run %1 as a PDF statement").arg(row.runId)
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the run")
        fileMode: FileDialog.SaveFile
        onAccepted: page.reports.exportRun(page.exportRunId, page.exportFormat, selectedFile)
    }
    FileDialog {
        id: checkDialog
        title: qsTr("Choose a report (JSON)")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Reports (*.json)"), qsTr("All files (*)")]
        onAccepted: page.reports.checkFile(selectedFile)
    }
}
