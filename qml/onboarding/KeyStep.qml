// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4: the wallet key. A provider creates one here or imports one; an auditor or an
// operator imports the key of the account the network names for the role, checked before
// the user may go on.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import BackendShield

OnboardingStep {
    id: step

    readonly property bool provider: onboarding.role === Onboarding.RoleProvider

    StepHeading {
        text: step.onboarding.role === Onboarding.RoleAuditor ? qsTr("The auditor's wallet key")
            : step.onboarding.role === Onboarding.RoleOperator ? qsTr("The operator's wallet key")
            : qsTr("Wallet key")
    }
    StepText {
        objectName: "keyIntro"
        text: step.onboarding.role === Onboarding.RoleAuditor
              ? qsTr("Import the wallet key of the auditor account %1. Its eERC key, derived "
                     + "from it, must be the auditor key of the contract: it decrypts the "
                     + "auditor's copy of every payout. It never leaves this computer.")
                    .arg(step.onboarding.expectedAddress || qsTr("(named by the network)"))
              : step.onboarding.role === Onboarding.RoleOperator
              ? qsTr("Import the wallet key of the operator account %1, the account that "
                     + "sends the payouts. It never leaves this computer.")
                    .arg(step.onboarding.expectedAddress || qsTr("(named by the network)"))
              : qsTr("Your wallet key signs your registration and claims; your eERC "
                     + "decryption key is derived from it. It never leaves this computer.")
    }
    Button {
        objectName: "keyGenerate"
        Accessible.name: text
        visible: step.onboarding.canGenerateKey
        text: qsTr("Create a new key")
        onClicked: step.onboarding.generateKey()
    }
    Label {
        visible: step.onboarding.canGenerateKey
        text: qsTr("or import one:")
        color: Theme.textMuted
    }
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
            Accessible.name: text
            text: qsTr("Import")
            enabled: keyHex.length > 0
            onClicked: step.onboarding.importKeyHex(keyHex)
        }
        Button {
            objectName: "keyFromFile"
            Accessible.name: text
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
    Label {
        objectName: "keyProblem"
        visible: step.onboarding.keyProblem.length > 0
        text: step.onboarding.keyProblem
        color: Theme.failure
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.maximumWidth: 640
    }
    TaskStatus { Layout.fillWidth: true; task: step.onboarding.keyTask }
    Card {
        visible: step.onboarding.address.length > 0 && step.onboarding.keyProblem.length === 0
        title: step.onboarding.keyGenerated ? qsTr("New key created")
             : step.onboarding.keyAccepted && !step.provider ? qsTr("Key checked against the network")
             : qsTr("Key imported")
        Label {
            objectName: "keyAddress"
            text: qsTr("Address %1").arg(step.onboarding.address)
            color: Theme.text
            font.family: Theme.monoFamily
        }
    }
    RowLayout {
        Button { Accessible.name: text; text: qsTr("Back"); onClicked: step.back() }
        PrimaryButton {
            objectName: "keyNext"
            text: qsTr("Next")
            enabled: step.onboarding.keyAccepted
            onClicked: step.next()
        }
    }
}
