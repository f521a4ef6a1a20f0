// SPDX-License-Identifier: GPL-3.0-or-later
// The state of a long piece of work: the stage in words, a progress bar, Cancel while it
// is safe, and the error (with its details copyable) when it failed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

ColumnLayout {
    id: root

    property var task: null
    // Whether a finished task's error stays visible.
    property bool showError: true

    visible: task !== null && (task.running || (showError && task.error.length > 0))
    spacing: Theme.spacingXs

    RowLayout {
        Layout.fillWidth: true
        visible: root.task !== null && root.task.running
        spacing: Theme.spacingS
        BusyIndicator {
            implicitWidth: 24
            implicitHeight: 24
            running: root.visible && root.task !== null && root.task.running
            Accessible.ignored: true
        }
        Label {
            objectName: "taskStage"
            Layout.fillWidth: true
            text: root.task ? root.task.stage : ""
            color: Theme.text
            elide: Text.ElideRight
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Button {
            objectName: "taskCancel"
            text: qsTr("Cancel")
            visible: root.task !== null && root.task.cancellable
            onClicked: root.task.cancel()
            Accessible.name: qsTr("Cancel %1").arg(root.task ? root.task.stage : "")
        }
    }
    ProgressBar {
        Layout.fillWidth: true
        visible: root.task !== null && root.task.running
        from: 0
        to: 1
        indeterminate: root.task === null || root.task.progress < 0
        value: root.task && root.task.progress >= 0 ? root.task.progress : 0
        Accessible.name: root.task ? root.task.stage : ""
    }
    Label {
        objectName: "taskError"
        Layout.fillWidth: true
        visible: root.task !== null && !root.task.running && root.task.error.length > 0
        text: root.task ? root.task.error : ""
        color: Theme.failure
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
