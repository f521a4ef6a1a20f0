// SPDX-License-Identifier: GPL-3.0-or-later
// A quiet one-line notice across a page (server offline, a discrepancy, a claim in flight).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

Rectangle {
    id: root

    property string kind: "attention" // attention | failure | info
    property alias text: label.text

    readonly property color tone: kind === "failure" ? Theme.failure
                                : kind === "info" ? Theme.accent : Theme.attention

    implicitHeight: label.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radius
    color: Theme.surface
    border.color: tone
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Rectangle {
        width: 4
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        radius: 2
        color: root.tone
    }
    Label {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        verticalAlignment: Text.AlignVCenter
        color: Theme.text
        wrapMode: Text.WordWrap
    }
}
