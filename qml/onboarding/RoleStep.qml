// SPDX-License-Identifier: GPL-3.0-or-later
// Step 2: what the profile is for.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

OnboardingStep {
    id: step

    StepHeading { text: qsTr("What do you do?") }
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
        Button { text: qsTr("Back"); onClicked: step.back() }
        PrimaryButton {
            objectName: "roleNext"
            text: qsTr("Next")
            onClicked: step.next()
        }
    }
}
