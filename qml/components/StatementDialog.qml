// SPDX-License-Identifier: GPL-3.0-or-later
// "Statement..." (a StatementModel): the period, the folder, then Make: the payouts of the
// period as a checkable JSON statement (docs/statement.md) and a PDF beside it, in the user's
// language and locale. Shows where the files went and how anyone checks the JSON.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import BackendShield

Dialog {
    id: dialog

    property var model: null
    property url folder: ""
    readonly property bool working: model !== null && model.state === StatementModel.StateWorking
    readonly property bool datesValid: /^\d{4}-\d{2}-\d{2}$/.test(fromField.text)
                                       && /^\d{4}-\d{2}-\d{2}$/.test(toField.text)
                                       && fromField.text <= toField.text

    objectName: "statementDialog"
    modal: true
    title: qsTr("Statement of earnings")
    padding: Theme.spacingM
    standardButtons: Dialog.Close

    function openFresh() {
        const now = new Date()
        const first = new Date(now.getFullYear(), now.getMonth() - 1, 1)
        const last = new Date(now.getFullYear(), now.getMonth(), 0)
        fromField.text = Qt.formatDate(first, "yyyy-MM-dd")
        toField.text = Qt.formatDate(last, "yyyy-MM-dd")
        open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 460
            wrapMode: Text.Wrap
            text: qsTr("Proves each payout of the period without revealing your key: a PDF to read "
                       + "and a JSON file that anyone can check against the chain.")
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacingS
            enabled: !dialog.working
            Label { text: qsTr("From (first day)") }
            TextField {
                id: fromField
                objectName: "statementFrom"
                font.family: Theme.monoFamily
                placeholderText: "2026-11-01"
                Accessible.name: qsTr("First day of the period")
            }
            Label { text: qsTr("To (last day)") }
            TextField {
                id: toField
                objectName: "statementTo"
                font.family: Theme.monoFamily
                placeholderText: "2026-11-30"
                Accessible.name: qsTr("Last day of the period")
            }
            Label { text: qsTr("Folder") }
            Button {
                objectName: "statementFolder"
                text: dialog.folder.toString().length > 0 ? decodeURIComponent(dialog.folder.toString().replace("file://", ""))
                                                          : qsTr("Choose…")
                Accessible.name: qsTr("Choose the folder for the statement files")
                onClicked: folderDialog.open()
            }
        }
        Label {
            visible: !dialog.datesValid
            text: qsTr("Enter both days as YYYY-MM-DD, the first not after the last.")
            color: Theme.textMuted
        }
        RowLayout {
            Item { Layout.fillWidth: true }
            BusyIndicator { running: dialog.working; visible: dialog.working }
            Button {
                objectName: "statementMake"
                text: qsTr("Make statement")
                enabled: dialog.model !== null && dialog.datesValid && !dialog.working
                         && dialog.folder.toString().length > 0
                Accessible.name: qsTr("Make the statement")
                onClicked: dialog.model.make(fromField.text, toField.text, dialog.folder)
            }
        }
        Label {
            objectName: "statementResult"
            Layout.fillWidth: true
            Layout.preferredWidth: 460
            wrapMode: Text.Wrap
            visible: dialog.model !== null && (dialog.model.state === StatementModel.StateDone
                                               || dialog.model.state === StatementModel.StateFailed)
            text: !dialog.model ? ""
                  : dialog.model.state === StatementModel.StateDone
                    ? qsTr("%n payout(s), %1, written to %2 and %3. Check the JSON with: bshield statement check --in <file> --rpc <node>",
                           "", dialog.model.lineCount).arg(dialog.model.total).arg(dialog.model.pdfPath).arg(dialog.model.jsonPath)
                    : qsTr("The statement could not be made: %1").arg(dialog.model.task.error)
            color: dialog.model && dialog.model.state === StatementModel.StateFailed ? Theme.failure : Theme.text
        }
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Folder for the statement")
        onAccepted: dialog.folder = selectedFolder
    }
}
