// SPDX-License-Identifier: GPL-3.0-or-later
// Activity: what the app did on the open profile (chain reads, proofs, transactions, calls to
// the operator's server), newest first, exportable for support. The log holds no secrets.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    // The ActivityModel of the open profile (or a fake in tests); null when none.
    property var activity: null
    property string exportMessage

    //: Page heading: log of what the app did
    title: qsTr("Activity")
    subtitle: qsTr("What the app did, for support and your own records.")

    EmptyState {
        anchors.fill: parent
        visible: page.activity === null || page.activity.count === 0
        iconSource: "qrc:/icons/activity.svg"
        title: qsTr("Nothing has happened yet")
        description: qsTr("Chain scans, proofs, transactions and server calls will be listed "
                          + "here with their outcome. The log never contains keys, and you can "
                          + "export it.")
        nextStep: qsTr("Entries appear once a profile is open.")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS
        visible: page.activity !== null && page.activity.count > 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                text: qsTr("%n entry(s) since the profile was unlocked", "", page.activity ? page.activity.count : 0)
                color: Theme.textMuted
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: page.exportMessage.length > 0
                text: page.exportMessage
                color: Theme.textMuted
            }
            Button {
                objectName: "exportActivity"
                text: qsTr("Export CSV…")
                Accessible.name: qsTr("Export the activity log as CSV")
                onClicked: exportDialog.open()
            }
        }

        FileDialog {
            id: exportDialog
            title: qsTr("Export the activity log")
            fileMode: FileDialog.SaveFile
            defaultSuffix: "csv"
            nameFilters: [qsTr("CSV files (*.csv)")]
            onAccepted: {
                const error = page.activity.exportCsv(selectedFile)
                page.exportMessage = error.length ? error : qsTr("Exported.")
            }
        }

        ListView {
            id: list
            objectName: "activityList"
            FocusRing { target: list }
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.activity
            spacing: 2
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Activity log")
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: entry
                required property int index
                required property string time
                required property string kindText
                required property bool failed
                required property string text
                width: ListView.view.width
                implicitHeight: row.implicitHeight + Theme.spacingS
                color: ListView.isCurrentItem && list.activeFocus ? Theme.surfaceAlt
                       : index % 2 ? Theme.surface : "transparent"
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, %2: %3").arg(time).arg(kindText).arg(text)

                RowLayout {
                    id: row
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: Theme.spacingS
                    anchors.rightMargin: Theme.spacingS
                    spacing: Theme.spacingM
                    Label {
                        text: entry.time
                        color: Theme.textMuted
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontCaption
                        Layout.alignment: Qt.AlignTop
                    }
                    StatusMark {
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 120
                        kind: entry.failed ? "failure" : "neutral"
                        text: entry.kindText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.text
                        color: entry.failed ? Theme.failure : Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
