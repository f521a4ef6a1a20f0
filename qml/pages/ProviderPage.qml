// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import BackendShield

PageFrame {
    //: Page heading for the provider role
    title: qsTr("Provider")
    subtitle: qsTr("Your encrypted earnings, verified on chain.")

    EmptyState {
        anchors.fill: parent
        iconSource: "qrc:/icons/provider.svg"
        title: qsTr("No provider profile yet")
        description: qsTr("Your decrypted USDC balance, your earnings per distribution cycle "
                          + "with their fair-share check, and your claims will appear here.")
        nextStep: qsTr("First create a provider profile: choose the network, create or import "
                       + "your wallet key and protect it with a passphrase.")
    }
}
