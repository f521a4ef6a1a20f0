// SPDX-License-Identifier: GPL-3.0-or-later
// Step 2: what the profile is for (the vault's role; it decides the key and the pages).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

OnboardingStep {
    id: step

    StepHeading { text: qsTr("What do you do?") }
    RadioButton {
        objectName: "roleProvider"
        Accessible.name: text
        checked: step.onboarding.role === Onboarding.RoleProvider
        text: qsTr("Provider: I run an API and get paid for its usage")
        onClicked: step.onboarding.role = Onboarding.RoleProvider
    }
    RadioButton {
        objectName: "roleAuditor"
        Accessible.name: text
        checked: step.onboarding.role === Onboarding.RoleAuditor
        text: qsTr("Auditor: I check the operator's totals with the auditor key")
        onClicked: step.onboarding.role = Onboarding.RoleAuditor
    }
    RadioButton {
        objectName: "roleOperator"
        Accessible.name: text
        checked: step.onboarding.role === Onboarding.RoleOperator
        text: qsTr("Operator: I run distributions from the operator's account")
        onClicked: step.onboarding.role = Onboarding.RoleOperator
    }
    StepText {
        objectName: "roleNote"
        visible: step.onboarding.role !== Onboarding.RoleProvider
        text: qsTr("You will import the wallet key of that account; it is checked against "
                   + "the network before the vault is made.")
    }
    RowLayout {
        Button { Accessible.name: text; text: qsTr("Back"); onClicked: step.back() }
        PrimaryButton {
            objectName: "roleNext"
            text: qsTr("Next")
            onClicked: step.next()
        }
    }
}
