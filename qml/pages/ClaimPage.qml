// SPDX-License-Identifier: GPL-3.0-or-later
// Claim: amount (default all), a preflight that ticks itself off, then prove, send, confirm.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    property var provider: null
    readonly property var claim: provider ? provider.claim : null

    title: qsTr("Claim to USDC")
    subtitle: qsTr("Withdraws from your encrypted balance to USDC in your own wallet. Needs only the chain.")

    readonly property bool busy: claim !== null && claim.task.running
    readonly property string amountText: allBox.checked ? "all" : amount.text

    // The stepper's index of a claim step (4: every step done).
    function stepIndex(step) {
        switch (step) {
        case ClaimModel.ClaimStepProve: return 1
        case ClaimModel.ClaimStepSend: return 2
        case ClaimModel.ClaimStepConfirm: return 3
        case ClaimModel.ClaimStepDone: return 4
        default: return 0
        }
    }

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
                        // As many decimals as the token has (6 until the chain was read).
                        readonly property int decimals: page.provider && page.provider.account.tokenDecimals > 0
                                                        ? page.provider.account.tokenDecimals : 6
                        validator: RegularExpressionValidator {
                            regularExpression: new RegExp("^[0-9]{0,12}([.][0-9]{0," + amount.decimals + "})?$")
                        }
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        Accessible.name: qsTr("Amount in USDC")
                        onTextChanged: if (page.claim) page.claim.reset()
                    }
                    Label { text: "USDC"; color: Theme.textMuted }
                    CheckBox {
                        id: allBox
                        objectName: "claimAll"
                        Accessible.name: text
                        checked: true
                        enabled: !page.busy
                        text: qsTr("All (%1 USDC)").arg(page.provider && !AppSettings.hideAmounts ? page.provider.account.balance : "…")
                        onToggled: if (page.claim) page.claim.reset()
                    }
                }
                Label {
                    color: Theme.textMuted
                    text: qsTr("To your own address %1 (eERC pays the account that proves).").arg(Session.address)
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "claimPublicNote"
                    color: Theme.attention
                    text: qsTr("A claim makes the claimed amount public on chain: the withdraw "
                               + "states it in clear. Your remaining balance stays encrypted and private.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            Card {
                objectName: "preflightCard"
                Layout.fillWidth: true
                title: qsTr("Preflight")
                Repeater {
                    id: preflightRows
                    model: page.claim ? page.claim.preflight : null
                    RowLayout {
                        id: preflightRow
                        required property string label
                        required property int outcome
                        required property string detail
                        required property string exact
                        required property int index
                        spacing: Theme.spacingS
                        Label {
                            text: preflightRow.outcome === PreflightModel.Passed ? "✓"
                                  : preflightRow.outcome === PreflightModel.Failed ? "✗" : "·"
                            color: preflightRow.outcome === PreflightModel.Passed ? Theme.verified
                                 : preflightRow.outcome === PreflightModel.Failed ? Theme.failure : Theme.textMuted
                            font.weight: Font.Bold
                            Accessible.ignored: true
                        }
                        Label { text: preflightRow.label; color: Theme.text }
                        Label {
                            objectName: "preflightDetail" + preflightRow.index
                            Layout.fillWidth: true
                            text: AppSettings.hideAmounts && preflightRow.outcome === PreflightModel.Passed
                                  ? "" : preflightRow.detail
                            color: preflightRow.outcome === PreflightModel.Failed ? Theme.failure : Theme.textMuted
                            wrapMode: Text.WordWrap
                            // A rounded detail (the fee) shows every decimal on hover.
                            readonly property bool tipShown: ToolTip.visible
                            HoverHandler { id: detailHover; enabled: preflightRow.exact.length > 0 }
                            ToolTip.visible: detailHover.hovered && !AppSettings.hideAmounts
                            ToolTip.text: preflightRow.exact
                            Accessible.description: preflightRow.exact
                        }
                    }
                }
                Label {
                    visible: preflightRows.count === 0
                    text: qsTr("Check the claim first: the balance is re-read, the amount checked, "
                               + "and the proof dry-run against the contract.")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "claimEta"
                    visible: page.claim !== null && page.claim.preflightPassed && page.claim.eta.length > 0
                    text: page.claim ? page.claim.eta : ""
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Button {
                        objectName: "claimCheck"
                        text: qsTr("Check")
                        enabled: page.claim !== null && !page.busy && (allBox.checked || amount.acceptableInput && amount.text.length > 0)
                        Accessible.name: qsTr("Check the claim")
                        onClicked: page.claim.check(page.amountText)
                    }
                    PrimaryButton {
                        objectName: "claimSubmit"
                        text: qsTr("Claim")
                        enabled: page.claim !== null && page.claim.preflightPassed && !page.busy
                        Accessible.name: qsTr("Claim to USDC")
                        onClicked: page.claim.claim(page.amountText)
                    }
                }
            }

            Stepper {
                objectName: "claimStepper"
                visible: page.claim !== null && page.claim.claimStep !== ClaimModel.ClaimStepNone
                name: qsTr("Progress of the claim")
                steps: [qsTr("Prepare"), qsTr("Prove"), qsTr("Send"), qsTr("Confirm")]
                current: page.stepIndex(page.claim ? page.claim.claimStep : ClaimModel.ClaimStepNone)
                failed: page.claim !== null && page.claim.stepFailed
            }

            TaskStatus {
                Layout.fillWidth: true
                task: page.claim ? page.claim.task : null
            }

            Card {
                objectName: "claimResultCard"
                Layout.fillWidth: true
                visible: page.claim !== null && page.claim.hasResult
                title: qsTr("Claimed")
                Money {
                    objectName: "claimReceived"
                    amount: page.claim ? page.claim.received : ""
                    font.pixelSize: Theme.fontTitle
                }
                Label {
                    objectName: "claimResultText"
                    color: Theme.textMuted
                    text: page.claim && page.claim.hasResult
                          ? qsTr("Transaction %1 in block %2, fee %3 %4").arg(page.claim.transaction)
                                .arg(page.claim.block).arg(page.claim.fee).arg(page.claim.nativeSymbol)
                          : ""
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                    HoverHandler { id: resultHover }
                    ToolTip.visible: resultHover.hovered && page.claim !== null && page.claim.hasResult
                    ToolTip.text: page.claim ? qsTr("Fee paid: %1 %2").arg(page.claim.feeExact).arg(page.claim.nativeSymbol) : ""
                }
            }

            Card {
                objectName: "failedClaimsCard"
                Layout.fillWidth: true
                visible: page.claim !== null && page.claim.failedClaims.count > 0
                title: qsTr("Claims that failed")
                Repeater {
                    model: page.claim ? page.claim.failedClaims : null
                    RowLayout {
                        id: failedRow
                        required property string txHash
                        required property string date
                        required property string note
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                text: qsTr("%1 · %2").arg(failedRow.date).arg(failedRow.txHash)
                                color: Theme.textMuted
                                font.family: Theme.monoFamily
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                            }
                            Label {
                                text: failedRow.note
                                color: Theme.failure
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                        Button {
                            text: qsTr("Clear")
                            Accessible.name: qsTr("Clear the failed claim %1").arg(failedRow.txHash)
                            onClicked: page.claim.clearFailed(failedRow.txHash)
                        }
                    }
                }
            }
        }
    }
}
