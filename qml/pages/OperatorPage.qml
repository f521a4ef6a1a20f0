// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import BackendShield

PageFrame {
    //: Page heading for the operator role
    title: qsTr("Operator")
    subtitle: qsTr("Providers, usage servers and distribution cycles of your server.")

    EmptyState {
        anchors.fill: parent
        iconSource: "qrc:/icons/operator.svg"
        title: qsTr("No operator profile yet")
        description: qsTr("Provider registrations, usage-server tokens and distribution cycles "
                          + "of your BackendShield server will appear here.")
        nextStep: qsTr("First create an operator profile with your server's address and your "
                       + "operator wallet key.")
    }
}
