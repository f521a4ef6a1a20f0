// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4: the wallet key, created here or imported (typed into a SecretField, or a file).
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import BackendShield

OnboardingStep {
    id: step

    StepHeading { text: qsTr("Wallet key") }
    StepText {
        text: qsTr("Your wallet key signs your registration and claims; your eERC "
                   + "decryption key is derived from it. It never leaves this computer.")
    }
    Button {
        objectName: "keyGenerate"
        text: qsTr("Create a new key")
        onClicked: step.onboarding.generateKey()
    }
    Label { text: qsTr("or import one:"); color: Theme.textMuted }
    RowLayout {
        spacing: Theme.spacingS
        SecretInput {
            id: keyHex
            objectName: "keyHex"
            Layout.preferredWidth: 420
            placeholderText: qsTr("Private key, 64 hex digits")
            Accessible.name: qsTr("Private key in hexadecimal")
            onAccepted: step.onboarding.importKeyHex(keyHex)
        }
        Button {
            objectName: "keyImport"
            text: qsTr("Import")
            enabled: keyHex.length > 0
            onClicked: step.onboarding.importKeyHex(keyHex)
        }
        Button {
            objectName: "keyFromFile"
            text: qsTr("From file…")
            onClicked: keyFileDialog.open()
        }
    }
    FileDialog {
        id: keyFileDialog
        title: qsTr("Wallet key file")
        onAccepted: step.onboarding.importKeyFile(selectedFile)
    }
    Label {
        objectName: "keyError"
        visible: step.onboarding.keyError.length > 0
        text: step.onboarding.keyError
        color: Theme.failure
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Card {
        visible: step.onboarding.address.length > 0
        title: step.onboarding.keyGenerated ? qsTr("New key created") : qsTr("Key imported")
        Label {
            objectName: "keyAddress"
            text: qsTr("Address %1").arg(step.onboarding.address)
            color: Theme.text
            font.family: Theme.monoFamily
        }
    }
    RowLayout {
        Button { text: qsTr("Back"); onClicked: step.back() }
        PrimaryButton {
            objectName: "keyNext"
            text: qsTr("Next")
            enabled: step.onboarding.address.length > 0
            onClicked: step.next()
        }
    }
}
