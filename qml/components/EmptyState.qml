// SPDX-License-Identifier: GPL-3.0-or-later
// What a page shows before it has anything to show: what will appear here, and
// what the user has to do first.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

Item {
    id: root

    property url iconSource
    property string title
    property string description
    property string nextStep

    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 560)
        spacing: Theme.spacingM

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 72
            implicitHeight: 72
            radius: 36
            color: Theme.accentSoft

            Button {
                anchors.centerIn: parent
                flat: true
                enabled: false
                focusPolicy: Qt.NoFocus
                background: null
                icon.source: root.iconSource
                icon.width: 36
                icon.height: 36
                icon.color: Theme.accent
                Accessible.ignored: true
            }
        }

        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
        }

        Label {
            Layout.fillWidth: true
            text: root.description
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.25
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            visible: root.nextStep.length > 0
            implicitHeight: nextStepLabel.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            Label {
                id: nextStepLabel
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                text: root.nextStep
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
