// SPDX-License-Identifier: GPL-3.0-or-later
// A surface with a title for one group of figures.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

Rectangle {
    id: root

    property string title
    default property alias content: body.data

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    implicitWidth: column.implicitWidth + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS
        Label {
            visible: root.title.length > 0
            text: root.title
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            Accessible.role: Accessible.Heading
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacingS
        }
        // A card stretched by its row keeps its content at the top.
        Item { Layout.fillHeight: true }
    }
}
