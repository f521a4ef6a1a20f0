// SPDX-License-Identifier: GPL-3.0-or-later
// One distribution cycle (a CycleDetailModel): its figures, the steps through its states
// (live while it runs), its transfers with their status, Follow and Retry.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

Flickable {
    id: root

    property var cycle: null
    readonly property string symbol: cycle ? cycle.tokenSymbol : ""

    contentHeight: body.implicitHeight
    clip: true
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: body
        width: root.width
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "cycleTitle"
                Layout.fillWidth: true
                // Elided to what the mark leaves, never wider.
                Layout.preferredWidth: 10
                text: root.cycle ? qsTr("Cycle %1").arg(root.cycle.cycleId) : ""
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
            }
            OperatorCycleStatus {
                objectName: "cycleStatus"
                status: root.cycle ? root.cycle.status : -1
                text: root.cycle ? root.cycle.statusText : ""
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.cycle ? root.cycle.period : ""
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        // The steps through the states.
        ColumnLayout {
            objectName: "cycleSteps"
            Layout.fillWidth: true
            spacing: 2
            Repeater {
                model: root.cycle ? root.cycle.steps : null
                delegate: RowLayout {
                    required property string label
                    required property bool done
                    required property bool current
                    spacing: Theme.spacingS
                    Rectangle {
                        Layout.preferredWidth: 14
                        Layout.preferredHeight: 14
                        radius: 7
                        color: done ? Theme.verified : "transparent"
                        border.color: done ? Theme.verified : current ? Theme.attention : Theme.border
                        border.width: 2
                    }
                    Label {
                        text: label
                        color: done || current ? Theme.text : Theme.textMuted
                        font.weight: current ? Font.DemiBold : Font.Normal
                        Accessible.name: label + (done ? qsTr(", done") : current ? qsTr(", in progress") : "")
                    }
                }
            }
        }

        TaskStatus {
            objectName: "cycleTask"
            Layout.fillWidth: true
            task: root.cycle ? root.cycle.task : null
        }
        Label {
            objectName: "cycleError"
            Layout.fillWidth: true
            visible: root.cycle !== null && root.cycle.error.length > 0
            text: root.cycle ? qsTr("The server says: %1").arg(root.cycle.error) : ""
            color: Theme.failure
            wrapMode: Text.WordWrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingM
            rowSpacing: 2
            Label { text: qsTr("Pool"); color: Theme.textMuted }
            Money { objectName: "cyclePool"; amount: root.cycle ? root.cycle.pool : ""; unit: root.symbol }
            Label { text: qsTr("Distributed"); color: Theme.textMuted }
            Money { amount: root.cycle ? root.cycle.distributed : ""; unit: root.symbol }
            Label { text: qsTr("Dust kept"); color: Theme.textMuted; visible: root.cycle !== null && root.cycle.hasDust }
            Money { amount: root.cycle ? root.cycle.dust : ""; unit: root.symbol; visible: root.cycle !== null && root.cycle.hasDust }
            Label { text: qsTr("Providers"); color: Theme.textMuted }
            Label { text: root.cycle && root.cycle.providers.length ? root.cycle.providers : "—"; color: Theme.text }
            Label { text: qsTr("Calls"); color: Theme.textMuted }
            Label { text: root.cycle && root.cycle.totalWeight.length ? root.cycle.totalWeight : "—"; color: Theme.text }
            Label { text: qsTr("Started"); color: Theme.textMuted }
            Label { text: root.cycle ? root.cycle.createdAt : ""; color: Theme.text }
            Label { text: qsTr("Ended"); color: Theme.textMuted }
            Label { text: root.cycle && root.cycle.completedAt.length ? root.cycle.completedAt : "—"; color: Theme.text }
        }

        RowLayout {
            spacing: Theme.spacingS
            Button {
                objectName: "followCycle"
                text: qsTr("Follow")
                visible: root.cycle !== null && root.cycle.shown && !root.cycle.ended && !root.cycle.task.running
                onClicked: root.cycle.follow()
                Accessible.name: qsTr("Follow the cycle until it ends")
            }
            PrimaryButton {
                objectName: "retryCycle"
                text: qsTr("Retry")
                visible: root.cycle !== null && root.cycle.canRetry
                enabled: root.cycle !== null && !root.cycle.task.running
                onClicked: root.cycle.retry()
                Accessible.name: qsTr("Retry the failed cycle: its period and pool again; confirmed transfers are not sent twice")
            }
        }

        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
        Label {
            text: qsTr("Transfers (%1 confirmed of %2)").arg(root.cycle ? root.cycle.confirmed : 0).arg(transfers.count)
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            visible: transfers.count === 0
            text: qsTr("No transfer yet.")
            color: Theme.textMuted
        }
        Repeater {
            id: transfers
            model: root.cycle
            delegate: RowLayout {
                required property string providerId
                required property string amount
                required property string dust
                required property int status
                required property string statusText
                required property string txHash
                Layout.fillWidth: true
                spacing: Theme.spacingS
                objectName: "transfer_" + providerId
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { Layout.fillWidth: true; text: providerId; color: Theme.text; elide: Text.ElideRight }
                    Label {
                        Layout.fillWidth: true
                        text: txHash.length ? txHash.substring(0, 10) + "…" + txHash.substring(62) : ""
                        visible: txHash.length > 0
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                        font.family: Theme.monoFamily
                    }
                }
                Money { amount: parent.amount; unit: root.symbol; font.pixelSize: Theme.fontCaption }
                StatusMark {
                    kind: status === CycleDetailModel.TransferConfirmed ? "verified"
                          : status === CycleDetailModel.TransferFailed ? "failure" : "attention"
                    text: statusText
                }
            }
        }
    }
}
