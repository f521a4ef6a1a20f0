// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    //: Page heading for application settings
    title: qsTr("Settings")
    subtitle: qsTr("Profiles, security and appearance.")

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 720)
            spacing: Theme.spacingM

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Profile")

                Label {
                    Layout.fillWidth: true
                    visible: Session.state !== "unlocked"
                    text: qsTr("No profile is open. A profile holds one wallet, its role and its "
                               + "network, in an encrypted vault on this computer.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                GridLayout {
                    visible: Session.state === "unlocked"
                    columns: 2
                    columnSpacing: Theme.spacingM
                    rowSpacing: Theme.spacingXs
                    Label { text: qsTr("Name"); color: Theme.textMuted }
                    Label { objectName: "settingsProfileName"; text: Session.profileName; color: Theme.text }
                    Label { text: qsTr("Role"); color: Theme.textMuted }
                    Label { text: Session.role; color: Theme.text }
                    Label { text: qsTr("Network"); color: Theme.textMuted }
                    Label { text: qsTr("%1 (chain %2)").arg(Session.networkName).arg(Session.chainId); color: Theme.text }
                    Label { text: qsTr("RPC node"); color: Theme.textMuted }
                    Label { text: Session.rpcUrl; color: Theme.text }
                    Label { text: qsTr("Operator server"); color: Theme.textMuted }
                    Label { text: Session.operatorUrl || qsTr("none"); color: Theme.text }
                    Label { text: qsTr("Address"); color: Theme.textMuted }
                    Label { text: Session.address; color: Theme.text; font.family: Theme.monoFamily }
                    Label { text: qsTr("Precision"); color: Theme.textMuted; Layout.alignment: Qt.AlignTop }
                    Label {
                        objectName: "settingsPrecision"
                        Layout.fillWidth: true
                        Layout.maximumWidth: 560
                        // What the chain says, once read; else the network's description.
                        text: Session.provider && Session.provider.account.precisionText.length
                              ? Session.provider.account.precisionText
                              : (Session.precisionText || qsTr("as the contracts state it"))
                        color: Session.provider && Session.provider.account.keepsDust ? Theme.attention : Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                visible: Session.state === "unlocked"
                title: qsTr("Backup and passphrase")

                Label {
                    Layout.fillWidth: true
                    text: qsTr("An encrypted backup holds the wallet key and the eERC key. Keep it "
                               + "away from this computer.")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    spacing: Theme.spacingS
                    SecretInput {
                        id: backupPass
                        objectName: "settingsBackupPassphrase"
                        Layout.preferredWidth: 300
                        placeholderText: qsTr("Backup passphrase")
                        Accessible.name: qsTr("Backup passphrase")
                    }
                    Button {
                        objectName: "settingsBackup"
                        Accessible.name: text
                        text: qsTr("Back up now…")
                        enabled: backupPass.length >= 10 && !Session.securityTask.running
                        onClicked: backupDialog.open()
                    }
                }
                FileDialog {
                    id: backupDialog
                    title: qsTr("Save the backup")
                    fileMode: FileDialog.SaveFile
                    defaultSuffix: "bsbackup"
                    onAccepted: Session.backup(selectedFile, backupPass)
                }

                Label {
                    Layout.topMargin: Theme.spacingS
                    text: qsTr("Change the passphrase")
                    color: Theme.text
                    font.weight: Font.DemiBold
                }
                SecretInput {
                    id: oldPass
                    objectName: "settingsOldPassphrase"
                    Layout.preferredWidth: 300
                    placeholderText: qsTr("Current passphrase")
                    Accessible.name: qsTr("Current passphrase")
                }
                SecretInput {
                    id: newPass
                    objectName: "settingsNewPassphrase"
                    Layout.preferredWidth: 300
                    placeholderText: qsTr("New passphrase (at least 10 characters)")
                    Accessible.name: qsTr("New passphrase")
                }
                SecretInput {
                    id: confirmPass
                    objectName: "settingsConfirmPassphrase"
                    Layout.preferredWidth: 300
                    placeholderText: qsTr("New passphrase again")
                    Accessible.name: qsTr("Confirm the new passphrase")
                }
                Label {
                    readonly property string problem: newPass.length + confirmPass.length >= 0
                                                      ? Session.newPassphraseProblem(newPass, confirmPass) : ""
                    visible: newPass.length > 0 && problem.length > 0
                    text: problem
                    color: Theme.attention
                }
                Button {
                    objectName: "settingsChangePassphrase"
                    Accessible.name: text
                    text: qsTr("Change passphrase")
                    // The lengths make the binding follow every edit of the fields.
                    enabled: oldPass.length > 0 && newPass.length > 0 && confirmPass.length > 0
                             && !Session.securityTask.running
                             && Session.newPassphraseProblem(newPass, confirmPass).length === 0
                    onClicked: Session.changePassphrase(oldPass, newPass, confirmPass)
                }
                TaskStatus { Layout.fillWidth: true; task: Session.securityTask }
                Label {
                    id: securityDone
                    visible: text.length > 0
                    color: Theme.verified
                    Connections {
                        target: Session
                        function onBackupWritten(path) { securityDone.text = qsTr("Backup saved to %1").arg(path) }
                        function onPassphraseChanged() { securityDone.text = qsTr("Passphrase changed.") }
                    }
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Security")

                RowLayout {
                    spacing: Theme.spacingM
                    Label {
                        text: qsTr("Lock after idle time (minutes)")
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                    }
                    SpinBox {
                        id: autoLock
                        objectName: "autoLockSpinBox"
                        from: 1
                        to: 240
                        editable: true
                        value: AppSettings.autoLockMinutes
                        onValueModified: AppSettings.autoLockMinutes = value
                        Accessible.name: qsTr("Lock after idle time in minutes")
                    }
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Privacy")

                Switch {
                    objectName: "startHiddenSwitch"
                    text: qsTr("Start with amounts hidden")
                    checked: AppSettings.startHidden
                    onToggled: AppSettings.startHidden = checked
                    Accessible.name: text
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Appearance")

                Label {
                    text: qsTr("Theme")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                }
                RowLayout {
                    spacing: Theme.spacingM
                    Repeater {
                        model: [
                            { value: "system", label: qsTr("System") },
                            { value: "light", label: qsTr("Light") },
                            { value: "dark", label: qsTr("Dark") }
                        ]
                        RadioButton {
                            required property var modelData
                            objectName: "theme_" + modelData.value
                            text: modelData.label
                            checked: AppSettings.theme === modelData.value
                            onToggled: if (checked) AppSettings.theme = modelData.value
                            Accessible.name: qsTr("Theme: %1").arg(modelData.label)
                        }
                    }
                }

                Label {
                    Layout.topMargin: Theme.spacingS
                    text: qsTr("Language")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                }
                RowLayout {
                    spacing: Theme.spacingM
                    ComboBox {
                        id: languageBox
                        objectName: "languageComboBox"
                        Layout.preferredWidth: 220
                        textRole: "label"
                        valueRole: "value"
                        model: [
                            //: Use the operating system's language
                            { value: "", label: qsTr("System language") },
                            { value: "en", label: "English" },
                            { value: "de", label: "Deutsch" },
                            { value: "fr", label: "Français" },
                            { value: "es", label: "Español" }
                        ]
                        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(AppSettings.language))
                        // A switch re-words the model (qsTr): keep the chosen language shown.
                        onModelChanged: Qt.callLater(() => currentIndex = Math.max(0, indexOfValue(AppSettings.language)))
                        onActivated: AppSettings.language = currentValue
                        Accessible.name: qsTr("Language")
                    }
                }
            }
        }
    }
}
