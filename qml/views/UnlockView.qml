// SPDX-License-Identifier: GPL-3.0-or-later
// The unlock screen: pick a profile, enter its passphrase.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

FocusScope {
    id: root

    property int selected: 0
    readonly property var profile: Session.profiles.length > selected ? Session.profiles[selected] : null

    Component.onCompleted: passphrase.forceActiveFocus()

    function unlock() {
        if (root.profile && passphrase.length > 0 && !Session.unlockTask.running)
            Session.unlock(root.profile.file, passphrase)
    }

    Rectangle {
        anchors.centerIn: parent
        width: 460
        height: column.implicitHeight + 2 * Theme.spacingL
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacingL
            spacing: Theme.spacingM

            Image {
                Layout.alignment: Qt.AlignHCenter
                source: "qrc:/icons/backendshield.svg"
                sourceSize: Qt.size(56, 56)
                Accessible.ignored: true
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Unlock BackendShield")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("Profile")
                color: Theme.textMuted
            }
            ComboBox {
                id: profiles
                objectName: "unlockProfile"
                Layout.fillWidth: true
                model: Session.profiles
                textRole: "name"
                currentIndex: root.selected
                onActivated: index => root.selected = index
                Accessible.name: qsTr("Profile")
            }
            Label {
                Layout.fillWidth: true
                visible: root.profile !== null && root.profile.readable
                text: root.profile ? qsTr("%1 on %2").arg(root.profile.role).arg(root.profile.network) : ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
            Label {
                Layout.fillWidth: true
                visible: root.profile !== null && !root.profile.readable
                text: root.profile && root.profile.error ? root.profile.error : ""
                color: Theme.failure
                wrapMode: Text.WordWrap
            }
            Label {
                text: qsTr("Passphrase")
                color: Theme.textMuted
            }
            SecretInput {
                id: passphrase
                objectName: "unlockPassphrase"
                Layout.fillWidth: true
                placeholderText: qsTr("Passphrase")
                hasError: Session.unlockTask.error.length > 0 && length === 0
                Accessible.name: qsTr("Passphrase")
                onAccepted: root.unlock()
            }
            TaskStatus {
                Layout.fillWidth: true
                task: Session.unlockTask
            }
            PrimaryButton {
                objectName: "unlockButton"
                Layout.fillWidth: true
                text: qsTr("Unlock")
                enabled: passphrase.length > 0 && !Session.unlockTask.running
                onClicked: root.unlock()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Forgot the passphrase? Add the profile again and import your wallet "
                           + "key (or restore a backup with bshield vault restore): your eERC key "
                           + "is derived from the wallet key.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.WordWrap
            }
            Button {
                objectName: "addProfileButton"
                Accessible.name: text
                Layout.alignment: Qt.AlignHCenter
                flat: true
                text: qsTr("Add a profile")
                onClicked: Session.addProfile()
            }
        }
    }
}
