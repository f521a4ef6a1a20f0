// SPDX-License-Identifier: GPL-3.0-or-later
// A small coloured mark with a word: verified (green), needs attention (amber), failed
// (red), or neutral; its tooltip says what was checked.
import QtQuick
import QtQuick.Controls
import BackendShield

Rectangle {
    id: root

    property string kind: "neutral" // verified | attention | failure | neutral
    property string text
    property string detail

    readonly property color tone: kind === "verified" ? Theme.verified
                                : kind === "attention" ? Theme.attention
                                : kind === "failure" ? Theme.failure : Theme.textMuted

    implicitWidth: label.implicitWidth + 2 * Theme.spacingS + 12
    implicitHeight: 24
    radius: 12
    color: "transparent"
    border.color: tone
    border.width: 1
    Accessible.role: Accessible.StaticText
    Accessible.name: text + (detail.length ? ". " + detail : "")

    Rectangle {
        id: dot
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingS
        anchors.verticalCenter: parent.verticalCenter
        width: 8; height: 8; radius: 4
        color: root.tone
    }
    Label {
        id: label
        anchors.left: dot.right
        anchors.leftMargin: 4
        anchors.verticalCenter: parent.verticalCenter
        text: root.text
        color: root.tone
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
    }
    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered && detail.length > 0
    ToolTip.delay: 400
    ToolTip.text: detail
}
