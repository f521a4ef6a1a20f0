// SPDX-License-Identifier: GPL-3.0-or-later
// The one main action of a page or step: filled with the accent colour, focus ring when
// reached by keyboard, dimmed when disabled.
import QtQuick
import QtQuick.Controls
import BackendShield

Button {
    id: control

    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    Accessible.name: text

    contentItem: Label {
        text: control.text
        font: control.font
        color: Theme.accentText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitHeight: 32
        radius: 4
        color: control.down ? Qt.darker(Theme.accent, 1.15)
             : control.hovered ? Qt.lighter(Theme.accent, 1.08) : Theme.accent
        opacity: control.enabled ? 1 : 0.45

        // Keyboard focus: a ring in the focus colour just outside the button, where it
        // contrasts with the page (on the accent fill itself it would not).
        Rectangle {
            anchors.fill: parent
            anchors.margins: -(Theme.focusRingWidth + 1)
            visible: control.visualFocus
            color: "transparent"
            radius: parent.radius + Theme.focusRingWidth + 1
            border.width: Theme.focusRingWidth
            border.color: Theme.focusRing
        }
    }
}
