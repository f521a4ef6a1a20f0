// SPDX-License-Identifier: GPL-3.0-or-later
// One entry of the navigation rail: icon over label, a visible focus ring,
// reachable with Tab and activated with Space/Enter.
import QtQuick
import QtQuick.Controls
import BackendShield

AbstractButton {
    id: control

    property url iconSource
    property bool current: false

    implicitWidth: Theme.railWidth - 2 * Theme.spacingS
    implicitHeight: 64
    focusPolicy: Qt.StrongFocus
    checkable: false
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.selected: current

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radius
        color: control.current ? Theme.accentSoft
                               : (control.hovered ? Theme.surfaceAlt : "transparent")
        border.width: control.visualFocus ? Theme.focusRingWidth : 0
        border.color: Theme.focusRing
    }

    contentItem: Column {
        spacing: Theme.spacingXs
        topPadding: Theme.spacingS

        Button {
            anchors.horizontalCenter: parent.horizontalCenter
            flat: true
            enabled: false
            focusPolicy: Qt.NoFocus
            background: null
            padding: 0
            icon.source: control.iconSource
            icon.width: 24
            icon.height: 24
            icon.color: control.current ? Theme.accent : Theme.textMuted
            Accessible.ignored: true
        }

        Label {
            width: parent.width
            text: control.text
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            font.pixelSize: Theme.fontCaption
            font.weight: control.current ? Font.DemiBold : Font.Normal
            color: control.current ? Theme.accent : Theme.textMuted
        }
    }
}
