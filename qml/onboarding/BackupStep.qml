// SPDX-License-Identifier: GPL-3.0-or-later
// Step 6: an encrypted backup of the keys, the circuit files, then open the profile.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import BackendShield

OnboardingStep {
    id: step

    StepHeading { text: qsTr("Back it up") }
    StepText {
        text: qsTr("An encrypted backup file holds your keys. Keep it away from this "
                   + "computer (a USB stick, a password manager). Its passphrase may "
                   + "be the same as the vault's.")
    }
    RowLayout {
        spacing: Theme.spacingS
        SecretInput {
            id: backupPass
            objectName: "backupPassphrase"
            Layout.preferredWidth: 320
            placeholderText: qsTr("Backup passphrase")
            Accessible.name: qsTr("Backup passphrase")
        }
        Button {
            objectName: "backupSave"
            Accessible.name: text
            text: qsTr("Save backup…")
            enabled: backupPass.length >= 10 && !step.busy
            onClicked: backupDialog.open()
        }
    }
    FileDialog {
        id: backupDialog
        title: qsTr("Save the backup")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "bsbackup"
        onAccepted: step.onboarding.backup(selectedFile, backupPass)
    }
    Label {
        objectName: "backupSaved"
        visible: step.onboarding.backupPath.length > 0
        text: qsTr("Backup saved to %1").arg(step.onboarding.backupPath)
        color: Theme.verified
    }
    // Only a provider proves on this computer (registration, claims).
    Label {
        visible: step.onboarding.needsCircuits
        Layout.topMargin: Theme.spacingM
        text: qsTr("Circuit files for proofs on this computer")
        color: Theme.text
        font.weight: Font.DemiBold
    }
    RowLayout {
        visible: step.onboarding.needsCircuits
        Button {
            objectName: "fetchCircuits"
            Accessible.name: text
            text: step.onboarding.circuitsReady ? qsTr("Checked") : qsTr("Download and check")
            enabled: !step.onboarding.circuitsReady && !step.busy
            onClicked: step.onboarding.fetchCircuits()
        }
        StatusMark {
            visible: step.onboarding.circuitsReady
            kind: "verified"
            text: qsTr("SHA-256 checked")
            detail: qsTr("Every file matches the hash the network description names.")
        }
    }
    TaskStatus { Layout.fillWidth: true; task: step.onboarding.task }
    RowLayout {
        PrimaryButton {
            objectName: "onboardingFinish"
            text: step.onboarding.backupPath.length > 0
                  ? (step.onboarding.role === Onboarding.RoleProvider ? qsTr("Open my dashboard")
                                                                      : qsTr("Open the profile"))
                  : qsTr("Skip the backup and open")
            enabled: !step.busy
            onClicked: step.onboarding.finish()
        }
    }
}
