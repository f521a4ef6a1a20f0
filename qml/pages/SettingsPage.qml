// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
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
                title: qsTr("Profiles")

                Label {
                    Layout.fillWidth: true
                    text: qsTr("No profiles yet. A profile holds one wallet, its role and its "
                               + "network, in an encrypted vault on this computer.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
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
                            { value: "de", label: "Deutsch" }
                        ]
                        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(AppSettings.language))
                        onActivated: AppSettings.language = currentValue
                        Accessible.name: qsTr("Language")
                    }
                    Label {
                        visible: AppSettings.restartRequired
                        text: qsTr("Takes effect after a restart.")
                        color: Theme.attention
                        font.pixelSize: Theme.fontCaption
                    }
                }
            }
        }
    }
}
