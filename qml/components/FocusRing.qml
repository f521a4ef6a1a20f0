// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard focus ring for items that draw none of their own: tab buttons, table headers,
// lists. Inside a control, `FocusRing {}` shows while the control has keyboard focus
// (visualFocus). Inside a ListView or Flickable, `FocusRing { target: theList }` moves onto the
// list itself (not its scrolling content) and shows while the list has the focus.
import QtQuick
import BackendShield

Rectangle {
    id: ring

    property Item target: parent
    // Drawn this far inside the target's edge.
    property real inset: 1

    x: inset
    y: inset
    width: target ? target.width - 2 * inset : 0
    height: target ? target.height - 2 * inset : 0
    z: 100
    visible: target !== null && (target.visualFocus !== undefined ? target.visualFocus : target.activeFocus)
    color: "transparent"
    radius: 4
    border.width: Theme.focusRingWidth
    border.color: Theme.focusRing
    Accessible.ignored: true

    Component.onCompleted: if (target && parent !== target) parent = target
}
