// SPDX-License-Identifier: GPL-3.0-or-later
// A titled card grouping related settings.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

Rectangle {
    id: root

    property string title
    default property alias content: inner.data

    implicitHeight: inner.implicitHeight + heading.implicitHeight + 3 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    Label {
        id: heading
        x: Theme.spacingM
        y: Theme.spacingM
        text: root.title
        font.pixelSize: Theme.fontSubtitle
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }

    ColumnLayout {
        id: inner
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS
    }
}
