// SPDX-License-Identifier: GPL-3.0-or-later
// Step 5: the profile's name and the vault's passphrase; writes the vault.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

OnboardingStep {
    id: step

    // Re-read whenever a field changes (the texts stay in C++, only their lengths are seen).
    readonly property string problem: pass.length + confirm.length >= 0
                                      ? onboarding.passphraseProblem(pass, confirm) : ""
    readonly property string nameProblem: onboarding.profileNameProblem(profileName.text)

    StepHeading { text: qsTr("Protect it") }
    Label { text: qsTr("Profile name"); color: Theme.text }
    TextField {
        id: profileName
        objectName: "profileName"
        Layout.preferredWidth: 360
        placeholderText: qsTr("e.g. Acme Weather")
        Accessible.name: qsTr("Profile name")
    }
    Label {
        objectName: "profileNameProblem"
        visible: profileName.text.length > 0 && step.nameProblem.length > 0
        text: step.nameProblem
        color: Theme.failure
    }
    Label { text: qsTr("Passphrase (at least 10 characters)"); color: Theme.text }
    SecretInput {
        id: pass
        objectName: "passphrase"
        Layout.preferredWidth: 360
        placeholderText: qsTr("Passphrase")
        Accessible.name: qsTr("New passphrase")
    }
    RowLayout {
        spacing: Theme.spacingS
        Repeater {
            model: 4
            Rectangle {
                required property int index
                width: 60; height: 6; radius: 3
                color: index < pass.strength
                       ? (pass.strength <= 1 ? Theme.failure
                          : pass.strength === 2 ? Theme.attention : Theme.verified)
                       : Theme.border
            }
        }
        Label {
            objectName: "strengthText"
            text: pass.strengthText
            color: Theme.textMuted
            Accessible.name: qsTr("Passphrase strength: %1").arg(text)
        }
    }
    Label { text: qsTr("Confirm the passphrase"); color: Theme.text }
    SecretInput {
        id: confirm
        objectName: "passphraseConfirm"
        Layout.preferredWidth: 360
        placeholderText: qsTr("The same passphrase again")
        Accessible.name: qsTr("Confirm the passphrase")
    }
    Label {
        objectName: "passphraseProblem"
        visible: pass.length > 0 && step.problem.length > 0
        text: step.problem
        color: Theme.attention
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    TaskStatus { Layout.fillWidth: true; task: step.onboarding.task }
    RowLayout {
        Button { Accessible.name: text; text: qsTr("Back"); enabled: !step.busy; onClicked: step.back() }
        PrimaryButton {
            objectName: "createVault"
            text: qsTr("Create the encrypted vault")
            enabled: step.problem.length === 0 && step.nameProblem.length === 0 && !step.busy
            onClicked: step.onboarding.create(profileName.text, pass, confirm)
        }
    }
    Connections {
        target: step.onboarding
        function onCreatedChanged() {
            if (step.onboarding.created && step.visible)
                step.next()
        }
    }
}
