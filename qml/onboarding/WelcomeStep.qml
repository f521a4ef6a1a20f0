// SPDX-License-Identifier: GPL-3.0-or-later
// Step 1: what the app does; the way in for a new profile, or a restore from a backup.
import QtQuick
import QtQuick.Controls
import BackendShield

OnboardingStep {
    id: step

    // The user chose "Restore from a backup".
    signal restoreChosen()

    StepHeading { text: qsTr("Welcome to BackendShield") }
    StepText {
        text: qsTr("Your payouts arrive as encrypted eERC transfers: nobody else sees "
                   + "what you earn. This app keeps your keys on this computer, "
                   + "decrypts and checks every payout, and claims your balance to "
                   + "USDC whenever you like, even when the operator's server is down.")
    }
    PrimaryButton {
        objectName: "welcomeStart"
        text: qsTr("Get started")
        onClicked: step.next()
    }
    Button {
        objectName: "welcomeRestore"
        Accessible.name: text
        text: qsTr("Restore from a backup…")
        flat: true
        onClicked: step.restoreChosen()
    }
}
