// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import BackendShield

PageFrame {
    //: Page heading: log of what the app did
    title: qsTr("Activity")
    subtitle: qsTr("What the app did, for support and your own records.")

    EmptyState {
        anchors.fill: parent
        iconSource: "qrc:/icons/activity.svg"
        title: qsTr("Nothing has happened yet")
        description: qsTr("Chain scans, proofs, transactions and server calls will be listed "
                          + "here with their outcome. The log never contains keys or amounts "
                          + "you have hidden, and you can export it.")
        nextStep: qsTr("Entries appear once a profile is open.")
    }
}
