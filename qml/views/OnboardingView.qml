// SPDX-License-Identifier: GPL-3.0-or-later
// First run: welcome, role, network, key, passphrase, backup and circuit files, done.
// The steps (qml/onboarding/) call the Onboarding view model; keys and passphrases stay in
// SecretFields. This view shows where the user is and moves between the steps.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

FocusScope {
    id: root

    property int step: 0
    readonly property var stepNames: [qsTr("Welcome"), qsTr("Role"), qsTr("Network"), qsTr("Key"),
                                      qsTr("Passphrase"), qsTr("Backup"), qsTr("Done")]
    readonly property bool busy: Onboarding.task.running
    readonly property int restoreStep: 7

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
                    text: root.step === root.restoreStep ? qsTr("Restore a profile") : qsTr("New profile")
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.bottomMargin: Theme.spacingM
                }
                Repeater {
                    model: root.step === root.restoreStep ? [] : root.stepNames
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
                    Accessible.name: text
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

            // Each step is its own file (qml/onboarding/); this view only sequences them.
            WelcomeStep {
                onboarding: Onboarding
                onNext: root.go(1)
                onRestoreChosen: root.go(root.restoreStep)
            }
            RoleStep { onboarding: Onboarding; onBack: root.go(0); onNext: root.go(2) }
            NetworkStep { onboarding: Onboarding; onBack: root.go(1); onNext: root.go(3) }
            KeyStep { onboarding: Onboarding; onBack: root.go(2); onNext: root.go(4) }
            PassphraseStep { onboarding: Onboarding; onBack: root.go(3); onNext: root.go(5) }
            BackupStep { onboarding: Onboarding }

            // 6 Done (shown only briefly: finish() opens the profile)
            Item {}
            // 7, from the welcome step: restore a backup (its profile opens when restored).
            RestoreStep { onboarding: Onboarding; onBack: root.go(0) }
        }
    }
}
