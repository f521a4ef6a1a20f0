// SPDX-License-Identifier: GPL-3.0-or-later
// Claim: amount (default all), a preflight that ticks itself off, then prove, send, confirm.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    property var provider: null

    title: qsTr("Claim to USDC")
    subtitle: qsTr("Withdraws from your encrypted balance to USDC in your own wallet. Needs only the chain.")

    readonly property bool busy: provider !== null && provider.claimTask.running
    readonly property string amountText: allBox.checked ? "all" : amount.text

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 760)
            spacing: Theme.spacingM

            Card {
                Layout.fillWidth: true
                title: qsTr("Amount")
                RowLayout {
                    spacing: Theme.spacingM
                    TextField {
                        id: amount
                        objectName: "claimAmount"
                        Layout.preferredWidth: 240
                        enabled: !allBox.checked && !page.busy
                        placeholderText: "0.000000"
                        validator: RegularExpressionValidator { regularExpression: /^[0-9]{0,12}([.][0-9]{0,6})?$/ }
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        Accessible.name: qsTr("Amount in USDC")
                        onTextChanged: if (page.provider) page.provider.resetClaim()
                    }
                    Label { text: "USDC"; color: Theme.textMuted }
                    CheckBox {
                        id: allBox
                        objectName: "claimAll"
                        checked: true
                        enabled: !page.busy
                        text: qsTr("All (%1 USDC)").arg(page.provider && !AppSettings.hideAmounts ? page.provider.balance : "…")
                        onToggled: if (page.provider) page.provider.resetClaim()
                    }
                }
                Label {
                    color: Theme.textMuted
                    text: qsTr("To your own address %1 (eERC pays the account that proves).").arg(Session.address)
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            Card {
                objectName: "preflightCard"
                Layout.fillWidth: true
                title: qsTr("Preflight")
                Repeater {
                    model: page.provider ? page.provider.preflight : []
                    RowLayout {
                        required property var modelData
                        spacing: Theme.spacingS
                        Label {
                            text: modelData.state === "ok" ? "✓" : modelData.state === "failed" ? "✗" : "·"
                            color: modelData.state === "ok" ? Theme.verified
                                 : modelData.state === "failed" ? Theme.failure : Theme.textMuted
                            font.weight: Font.Bold
                        }
                        Label { text: modelData.label; color: Theme.text }
                        Label {
                            Layout.fillWidth: true
                            text: AppSettings.hideAmounts && modelData.state === "ok" ? "" : modelData.detail
                            color: modelData.state === "failed" ? Theme.failure : Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                    }
                }
                Label {
                    visible: !page.provider || page.provider.preflight.length === 0
                    text: qsTr("Check the claim first: the balance is re-read, the amount checked, "
                               + "and the proof dry-run against the contract.")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Button {
                        objectName: "claimCheck"
                        text: qsTr("Check")
                        enabled: page.provider !== null && !page.busy && (allBox.checked || amount.acceptableInput && amount.text.length > 0)
                        onClicked: page.provider.preflightClaim(page.amountText)
                    }
                    PrimaryButton {
                        objectName: "claimSubmit"
                        text: qsTr("Claim")
                        enabled: page.provider !== null && page.provider.preflightPassed && !page.busy
                        onClicked: page.provider.claim(page.amountText)
                    }
                }
            }

            TaskStatus {
                Layout.fillWidth: true
                task: page.provider ? page.provider.claimTask : null
            }

            Card {
                objectName: "claimResultCard"
                Layout.fillWidth: true
                visible: page.provider !== null && page.provider.claimResult.received !== undefined
                title: qsTr("Claimed")
                Money {
                    objectName: "claimReceived"
                    amount: page.provider && page.provider.claimResult.received ? page.provider.claimResult.received : ""
                    font.pixelSize: Theme.fontTitle
                }
                Label {
                    color: Theme.textMuted
                    text: page.provider && page.provider.claimResult.transaction
                          ? qsTr("Transaction %1 in block %2, fee %3 AVAX").arg(page.provider.claimResult.transaction)
                                .arg(page.provider.claimResult.block).arg(page.provider.claimResult.fee)
                          : ""
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
            }
        }
    }
}
