// SPDX-License-Identifier: GPL-3.0-or-later
// First run: welcome, role, network, key, passphrase, backup and circuit files, done.
// Every step calls the Onboarding view model; keys and passphrases stay in SecretFields.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import BackendShield

FocusScope {
    id: root

    property int step: 0
    readonly property var stepNames: [qsTr("Welcome"), qsTr("Role"), qsTr("Network"), qsTr("Key"),
                                      qsTr("Passphrase"), qsTr("Backup"), qsTr("Done")]
    property string presetKey: "devnet"
    readonly property bool busy: Onboarding.task.running

    function go(index) {
        step = index
        steps.children[index].forceActiveFocus()
    }

    Component.onCompleted: Onboarding.reset()

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The steps, for orientation.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 220
            color: Theme.rail
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                spacing: Theme.spacingS
                Image {
                    source: "qrc:/icons/backendshield.svg"
                    sourceSize: Qt.size(40, 40)
                    Accessible.ignored: true
                }
                Label {
                    text: qsTr("New profile")
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.bottomMargin: Theme.spacingM
                }
                Repeater {
                    model: root.stepNames
                    Label {
                        required property string modelData
                        required property int index
                        text: (index + 1) + ". " + modelData
                        color: index === root.step ? Theme.accent
                             : index < root.step ? Theme.text : Theme.textMuted
                        font.weight: index === root.step ? Font.DemiBold : Font.Normal
                    }
                }
                Item { Layout.fillHeight: true }
                Button {
                    visible: Session.canCancelOnboarding && !Onboarding.created
                    text: qsTr("Back to unlock")
                    flat: true
                    onClicked: Session.cancelAddProfile()
                }
            }
        }

        StackLayout {
            id: steps
            objectName: "onboardingSteps"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacingXl
            currentIndex: root.step

            // 0 Welcome. Each page is a plain item around its layout: Qt 6.4 does not place
            // the children of a ColumnLayout that is itself a StackLayout page when they
            // become visible later (they stay at 0,0).
            Item {
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingM
                    Label {
                        text: qsTr("Welcome to BackendShield")
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.maximumWidth: 640
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        text: qsTr("Your payouts arrive as encrypted eERC transfers: nobody else sees "
                                   + "what you earn. This app keeps your keys on this computer, "
                                   + "decrypts and checks every payout, and claims your balance to "
                                   + "USDC whenever you like, even when the operator's server is down.")
                    }
                    PrimaryButton {
                        objectName: "welcomeStart"
                        text: qsTr("Get started")
                        onClicked: root.go(1)
                    }
                    Item { Layout.fillHeight: true }
    }
            }

            // 1 Role
            Item {
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingM
                    Label {
                        text: qsTr("What do you do?")
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    RadioButton {
                        objectName: "roleProvider"
                        checked: true
                        text: qsTr("Provider: I run an API and get paid for its usage")
                    }
                    RadioButton {
                        enabled: false
                        text: qsTr("Auditor: I check the operator's totals (not in this version yet)")
                    }
                    RadioButton {
                        enabled: false
                        text: qsTr("Operator: I run distributions (not in this version yet)")
                    }
                    RowLayout {
                        Button { text: qsTr("Back"); onClicked: root.go(0) }
                        PrimaryButton {
                            objectName: "roleNext"
                            text: qsTr("Next")
                            onClicked: root.go(2)
                        }
                    }
                    Item { Layout.fillHeight: true }
    }
            }

            // 2 Network
            Item {
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingM
                    Label {
                        text: qsTr("Network")
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Repeater {
                        model: Onboarding.presets
                        RadioButton {
                            required property var modelData
                            objectName: "preset_" + modelData.key
                            enabled: modelData.available
                            checked: root.presetKey === modelData.key
                            text: modelData.name
                            onClicked: root.presetKey = modelData.key
                            ToolTip.visible: hovered
                            ToolTip.text: modelData.note
                        }
                    }
                    GridLayout {
                        visible: root.presetKey === "custom"
                        columns: 2
                        columnSpacing: Theme.spacingM
                        Label { text: qsTr("Operator server"); color: Theme.text }
                        TextField {
                            id: operatorUrl
                            objectName: "customOperatorUrl"
                            Layout.preferredWidth: 420
                            placeholderText: "https://shield.example.org/api/v1"
                            Accessible.name: qsTr("Operator server address")
                        }
                        Label { text: qsTr("RPC node (optional)"); color: Theme.text }
                        TextField {
                            id: rpcUrl
                            objectName: "customRpcUrl"
                            Layout.preferredWidth: 420
                            placeholderText: qsTr("the operator's RPC, or e.g. https://api.avax-test.network/ext/bc/C/rpc")
                            Accessible.name: qsTr("RPC node address")
                        }
                        Item { width: 1 }
                        CheckBox {
                            id: allowHttp
                            text: qsTr("Allow plain http:// to another computer (unsafe)")
                        }
                    }
                    Button {
                        objectName: "networkConnect"
                        text: qsTr("Connect")
                        enabled: !root.busy
                        onClicked: {
                            const preset = Onboarding.presets.find(p => p.key === root.presetKey)
                            if (root.presetKey === "custom")
                                Onboarding.fetchNetwork(operatorUrl.text, rpcUrl.text, allowHttp.checked)
                            else
                                Onboarding.fetchNetwork(preset.operatorUrl, "", false)
                        }
                    }
                    TaskStatus { Layout.fillWidth: true; task: Onboarding.task }
                    Card {
                        objectName: "networkCard"
                        visible: Onboarding.network.name !== undefined
                        Layout.preferredWidth: 560
                        title: qsTr("Connected")
                        Label {
                            color: Theme.text
                            text: qsTr("%1 (chain %2)").arg(Onboarding.network.name || "").arg(Onboarding.network.chainId || "")
                        }
                        Label {
                            color: Theme.textMuted
                            text: qsTr("RPC %1 · operator %2").arg(Onboarding.network.rpcUrl || "").arg(Onboarding.network.operatorUrl || "")
                            elide: Text.ElideMiddle
                            Layout.fillWidth: true
                        }
                        Label {
                            color: Theme.textMuted
                            text: qsTr("Payout token %1 · circuits: %2").arg(Onboarding.network.token || "").arg(Onboarding.network.circuits || "")
                        }
                    }
                    RowLayout {
                        Button { text: qsTr("Back"); onClicked: root.go(1) }
                        PrimaryButton {
                            objectName: "networkNext"
                            text: qsTr("Next")
                            enabled: Onboarding.network.name !== undefined && !root.busy
                            onClicked: root.go(3)
                        }
                    }
                    Item { Layout.fillHeight: true }
    }
            }

            // 3 Key
            Item {
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingM
                    Label {
                        text: qsTr("Wallet key")
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.maximumWidth: 640
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        text: qsTr("Your wallet key signs your registration and claims; your eERC "
                                   + "decryption key is derived from it. It never leaves this computer.")
                    }
                    Button {
                        objectName: "keyGenerate"
                        text: qsTr("Create a new key")
                        onClicked: Onboarding.generateKey()
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
                            onAccepted: Onboarding.importKeyHex(keyHex)
                        }
                        Button {
                            objectName: "keyImport"
                            text: qsTr("Import")
                            enabled: keyHex.length > 0
                            onClicked: Onboarding.importKeyHex(keyHex)
                        }
                        Button {
                            text: qsTr("From file…")
                            onClicked: keyFileDialog.open()
                        }
                    }
                    FileDialog {
                        id: keyFileDialog
                        title: qsTr("Wallet key file")
                        onAccepted: Onboarding.importKeyFile(selectedFile)
                    }
                    Label {
                        visible: Onboarding.keyError.length > 0
                        text: Onboarding.keyError
                        color: Theme.failure
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Card {
                        visible: Onboarding.address.length > 0
                        title: Onboarding.keyGenerated ? qsTr("New key created") : qsTr("Key imported")
                        Label {
                            objectName: "keyAddress"
                            text: qsTr("Address %1").arg(Onboarding.address)
                            color: Theme.text
                            font.family: Theme.monoFamily
                        }
                    }
                    RowLayout {
                        Button { text: qsTr("Back"); onClicked: root.go(2) }
                        PrimaryButton {
                            objectName: "keyNext"
                            text: qsTr("Next")
                            enabled: Onboarding.address.length > 0
                            onClicked: root.go(4)
                        }
                    }
                    Item { Layout.fillHeight: true }
    }
            }

            // 4 Passphrase and name
            Item {
                ColumnLayout {
                    anchors.fill: parent
                    id: passStep
                    spacing: Theme.spacingM
                    readonly property string problem: pass.length + confirm.length >= 0
                                                      ? Onboarding.passphraseProblem(pass, confirm) : ""
                    readonly property string nameProblem: Onboarding.profileNameProblem(profileName.text)
                    Label {
                        text: qsTr("Protect it")
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label { text: qsTr("Profile name"); color: Theme.text }
                    TextField {
                        id: profileName
                        objectName: "profileName"
                        Layout.preferredWidth: 360
                        placeholderText: qsTr("e.g. Acme Weather")
                        Accessible.name: qsTr("Profile name")
                    }
                    Label {
                        visible: profileName.text.length > 0 && passStep.nameProblem.length > 0
                        text: passStep.nameProblem
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
                        visible: pass.length > 0 && passStep.problem.length > 0
                        text: passStep.problem
                        color: Theme.attention
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    TaskStatus { Layout.fillWidth: true; task: Onboarding.task }
                    RowLayout {
                        Button { text: qsTr("Back"); enabled: !root.busy; onClicked: root.go(3) }
                        PrimaryButton {
                            objectName: "createVault"
                            text: qsTr("Create the encrypted vault")
                            enabled: passStep.problem.length === 0 && passStep.nameProblem.length === 0 && !root.busy
                            onClicked: Onboarding.create(profileName.text, pass, confirm)
                        }
                    }
                    Connections {
                        target: Onboarding
                        function onCreatedChanged() {
                            if (Onboarding.created && root.step === 4)
                                root.go(5)
                        }
                    }
                    Item { Layout.fillHeight: true }
    }
            }

            // 5 Backup and circuits
            Item {
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingM
                    Label {
                        text: qsTr("Back it up")
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.maximumWidth: 640
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
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
                            text: qsTr("Save backup…")
                            enabled: backupPass.length >= 10 && !root.busy
                            onClicked: backupDialog.open()
                        }
                    }
                    FileDialog {
                        id: backupDialog
                        title: qsTr("Save the backup")
                        fileMode: FileDialog.SaveFile
                        defaultSuffix: "bsbackup"
                        onAccepted: Onboarding.backup(selectedFile, backupPass)
                    }
                    Label {
                        visible: Onboarding.backupPath.length > 0
                        text: qsTr("Backup saved to %1").arg(Onboarding.backupPath)
                        color: Theme.verified
                    }
                    Label {
                        Layout.topMargin: Theme.spacingM
                        text: qsTr("Circuit files for proofs on this computer")
                        color: Theme.text
                        font.weight: Font.DemiBold
                    }
                    RowLayout {
                        Button {
                            objectName: "fetchCircuits"
                            text: Onboarding.circuitsReady ? qsTr("Checked") : qsTr("Download and check")
                            enabled: !Onboarding.circuitsReady && !root.busy
                            onClicked: Onboarding.fetchCircuits()
                        }
                        StatusMark {
                            visible: Onboarding.circuitsReady
                            kind: "verified"
                            text: qsTr("SHA-256 checked")
                            detail: qsTr("Every file matches the hash the network description names.")
                        }
                    }
                    TaskStatus { Layout.fillWidth: true; task: Onboarding.task }
                    RowLayout {
                        PrimaryButton {
                            objectName: "onboardingFinish"
                            text: Onboarding.backupPath.length > 0 ? qsTr("Open my dashboard")
                                                                   : qsTr("Skip the backup and open")
                            enabled: !root.busy
                            onClicked: Onboarding.finish()
                        }
                    }
                    Item { Layout.fillHeight: true }
    }
            }

            // 6 Done (shown only briefly: finish() opens the profile)
            Item {}
        }
    }
}
