// SPDX-License-Identifier: GPL-3.0-or-later
// The other way in: a profile restored from an encrypted backup file (made by the app or by
// `bshield vault backup`) into a new vault under a new passphrase. `restore` is the
// RestoreModel (Onboarding.restore), or a fake in tests; passphrases stay in SecretFields.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import BackendShield

OnboardingStep {
    id: step

    readonly property var restore: onboarding.restore
    readonly property bool restoring: restore.task.running
    readonly property string nameProblem: restore.nameProblem(profileName.text)
    // Re-read whenever a field changes (the texts stay in C++, only their lengths are seen).
    readonly property string passProblem: newPass.length + confirm.length >= 0
                                          ? restore.passphraseProblem(newPass, confirm) : ""
    readonly property bool ready: restore.backupFile.length > 0 && backupPass.length > 0
                                  && nameProblem.length === 0 && passProblem.length === 0
                                  && !restoring

    StepHeading { text: qsTr("Restore from a backup") }
    StepText {
        text: qsTr("A backup file holds the keys and the profile of a vault. It becomes a new "
                   + "profile on this computer with a new passphrase; the backup stays as it is.")
    }
    RowLayout {
        spacing: Theme.spacingS
        Button {
            objectName: "restoreChoose"
            Accessible.name: text
            text: qsTr("Choose the backup file…")
            enabled: !step.restoring
            onClicked: backupDialog.open()
        }
        Label {
            objectName: "restoreFile"
            Layout.fillWidth: true
            Layout.maximumWidth: 480
            elide: Text.ElideMiddle
            color: step.restore.backupFile.length > 0 ? Theme.text : Theme.textMuted
            text: step.restore.backupFile.length > 0 ? step.restore.backupFile
                                                     : qsTr("No file chosen")
        }
    }
    FileDialog {
        id: backupDialog
        title: qsTr("The backup file")
        nameFilters: [qsTr("BackendShield backups (*.bsbackup)"), qsTr("All files (*)")]
        onAccepted: step.restore.chooseBackup(selectedFile)
    }
    Label { text: qsTr("The backup's passphrase"); color: Theme.text }
    SecretInput {
        id: backupPass
        objectName: "restoreBackupPassphrase"
        Layout.preferredWidth: 360
        placeholderText: qsTr("The passphrase the backup was saved with")
        Accessible.name: qsTr("Backup passphrase")
    }
    Label { text: qsTr("Profile name"); color: Theme.text }
    TextField {
        id: profileName
        objectName: "restoreName"
        Layout.preferredWidth: 360
        text: step.restore.suggestedName
        placeholderText: qsTr("e.g. Acme Weather")
        Accessible.name: qsTr("Name of the restored profile")
    }
    Label {
        objectName: "restoreNameProblem"
        visible: step.restore.backupFile.length > 0 && step.nameProblem.length > 0
        text: step.nameProblem
        color: Theme.failure
    }
    Label { text: qsTr("New vault passphrase (at least 10 characters)"); color: Theme.text }
    SecretInput {
        id: newPass
        objectName: "restoreNewPassphrase"
        Layout.preferredWidth: 360
        placeholderText: qsTr("New passphrase")
        Accessible.name: qsTr("New vault passphrase")
    }
    SecretInput {
        id: confirm
        objectName: "restoreConfirm"
        Layout.preferredWidth: 360
        placeholderText: qsTr("The same passphrase again")
        Accessible.name: qsTr("Confirm the new passphrase")
    }
    Label {
        objectName: "restorePassProblem"
        visible: newPass.length > 0 && step.passProblem.length > 0
        text: step.passProblem
        color: Theme.attention
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    TaskStatus {
        objectName: "restoreStatus"
        Layout.fillWidth: true
        Layout.maximumWidth: 640
        task: step.restore.task
    }
    RowLayout {
        Button {
            Accessible.name: text
            text: qsTr("Back")
            enabled: !step.restoring
            onClicked: {
                step.restore.reset()
                step.back()
            }
        }
        PrimaryButton {
            objectName: "restoreStart"
            text: qsTr("Restore and open")
            enabled: step.ready
            onClicked: step.restore.restore(profileName.text, backupPass, newPass, confirm)
        }
    }
}
