// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import BackendShield

PageFrame {
    //: Page heading for the auditor role
    title: qsTr("Auditor")
    subtitle: qsTr("Check the operator's reported totals against the chain.")

    EmptyState {
        anchors.fill: parent
        iconSource: "qrc:/icons/auditor.svg"
        title: qsTr("No auditor profile yet")
        description: qsTr("Verification runs will appear here: for each distribution cycle, the "
                          + "operator's reported total next to the total decrypted from the "
                          + "chain, with every finding listed by severity.")
        nextStep: qsTr("First create an auditor profile and import the auditor key.")
    }
}
