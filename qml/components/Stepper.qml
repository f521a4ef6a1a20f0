// SPDX-License-Identifier: GPL-3.0-or-later
// Steps in a row, each done (✓), current, failed (✗) or still ahead, joined by a line: the
// claim's Prepare -> Prove -> Send -> Confirm, the payout pipeline of a cycle.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

RowLayout {
    id: root

    // The steps' labels, in order.
    property var steps: []
    // The current step's index; steps before it are done. steps.length: every step done.
    property int current: 0
    // The current step stopped with an error.
    property bool failed: false
    // What the whole stepper is about, for screen readers.
    property string name

    spacing: Theme.spacingXs
    Accessible.role: Accessible.List
    Accessible.name: name

    Repeater {
        model: root.steps
        RowLayout {
            id: step
            required property string modelData
            required property int index
            readonly property bool done: index < root.current
            readonly property bool isCurrent: index === root.current
            readonly property color tone: done ? Theme.verified
                                        : isCurrent && root.failed ? Theme.failure
                                        : isCurrent ? Theme.accent : Theme.textMuted
            objectName: "step" + index
            spacing: Theme.spacingXs
            Accessible.role: Accessible.ListItem
            Accessible.name: step.done ? qsTr("%1: done").arg(step.modelData)
                             : step.isCurrent && root.failed ? qsTr("%1: failed").arg(step.modelData)
                             : step.isCurrent ? qsTr("%1: in progress").arg(step.modelData)
                             : qsTr("%1: ahead").arg(step.modelData)

            Rectangle {
                visible: step.index > 0
                Layout.preferredWidth: 24
                Layout.preferredHeight: 2
                color: step.done || step.isCurrent ? step.tone : Theme.border
            }
            Rectangle {
                Layout.preferredWidth: 22
                Layout.preferredHeight: 22
                radius: 11
                color: step.done || step.isCurrent ? step.tone : "transparent"
                border.color: step.tone
                border.width: 1
                Label {
                    anchors.centerIn: parent
                    text: step.done ? "✓" : step.isCurrent && root.failed ? "✗" : String(step.index + 1)
                    color: step.done || step.isCurrent ? Theme.accentText : step.tone
                    font.pixelSize: Theme.fontCaption
                    font.weight: Font.Bold
                    Accessible.ignored: true
                }
            }
            Label {
                text: step.modelData
                color: step.isCurrent ? Theme.text : step.tone
                font.weight: step.isCurrent ? Font.DemiBold : Font.Normal
                Accessible.ignored: true
            }
        }
    }
}
