// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's dashboard: verified balance, earnings summary, state, alerts.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    // The ProviderPages (or a fake with the same properties in tests); null when none.
    property var provider: null
    signal claimRequested()

    readonly property var account: provider ? provider.account : null
    readonly property var earnings: provider ? provider.earnings : null
    readonly property var claimModel: provider ? provider.claim : null
    readonly property var pipeline: provider && provider.pipeline ? provider.pipeline : null

    title: qsTr("Dashboard")
    subtitle: account ? account.syncText : ""

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingM

            Banner {
                objectName: "chainErrorBanner"
                Layout.fillWidth: true
                visible: page.account !== null && page.account.chainError.length > 0
                kind: "failure"
                text: page.account ? qsTr("The chain could not be read: %1").arg(page.account.chainError) : ""
            }
            Banner {
                objectName: "serverBanner"
                Layout.fillWidth: true
                visible: page.account !== null && page.account.loaded
                         && page.account.serverState === AccountModel.ServerOffline
                kind: "info"
                text: qsTr("The operator's server did not answer. Your balance and claims do not "
                           + "need it; the earnings breakdown will update when it is back.")
            }
            Banner {
                objectName: "dustBanner"
                Layout.fillWidth: true
                visible: page.account !== null && page.account.keepsDust
                kind: "attention"
                text: page.account ? page.account.precisionText : ""
            }
            Banner {
                objectName: "discrepancyBanner"
                Layout.fillWidth: true
                visible: page.earnings !== null && page.earnings.discrepancies > 0
                kind: "attention"
                text: qsTr("%n payout(s) do not match the operator's report or the fair-share rule. "
                           + "See Earnings.", "", page.earnings ? page.earnings.discrepancies : 0)
            }
            Banner {
                objectName: "claimInFlightBanner"
                Layout.fillWidth: true
                visible: page.claimModel !== null && page.claimModel.inFlight.length > 0
                kind: "info"
                text: page.claimModel ? qsTr("A claim sent earlier is being followed: %1").arg(page.claimModel.inFlight) : ""
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                Card {
                    objectName: "balanceCard"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    title: qsTr("Balance")
                    Money {
                        objectName: "balanceAmount"
                        amount: page.account ? page.account.balance : ""
                        font.pixelSize: Theme.fontDisplay
                        font.weight: Font.DemiBold
                    }
                    RowLayout {
                        spacing: Theme.spacingS
                        StatusMark {
                            objectName: "balanceMark"
                            readonly property int state: page.account ? page.account.balanceState
                                                                      : AccountModel.BalanceUnknown
                            visible: state !== AccountModel.BalanceUnknown
                            kind: state === AccountModel.BalanceVerified ? "verified"
                                  : state === AccountModel.BalanceRecovered ? "attention"
                                  : state === AccountModel.BalanceUnreadable ? "failure" : "neutral"
                            text: state === AccountModel.BalanceVerified ? qsTr("Verified")
                                  : state === AccountModel.BalanceRecovered ? qsTr("Recovered: check")
                                  : state === AccountModel.BalanceUnreadable ? qsTr("Unreadable")
                                  : qsTr("Not registered")
                            detail: page.account ? page.account.balanceDetail : ""
                        }
                        Item { Layout.fillWidth: true }
                        PrimaryButton {
                            objectName: "dashboardClaim"
                            text: qsTr("Claim…")
                            enabled: page.account !== null
                                     && page.account.balanceState === AccountModel.BalanceVerified
                            onClicked: page.claimRequested()
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.account !== null
                                 && page.account.balanceState === AccountModel.BalanceRecovered
                        text: page.account ? page.account.balanceDetail : ""
                        color: Theme.attention
                        wrapMode: Text.WordWrap
                    }
                }

                Card {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    title: qsTr("Registration")
                    Repeater {
                        objectName: "registrationSteps"
                        model: page.provider ? page.provider.registration.steps : null
                        RowLayout {
                            required property string label
                            required property bool done
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            Rectangle {
                                width: 14; height: 14; radius: 7
                                color: parent.done ? Theme.verified : "transparent"
                                border.color: parent.done ? Theme.verified : Theme.border
                                border.width: 2
                            }
                            Label {
                                Layout.fillWidth: true
                                text: parent.label
                                color: parent.done ? Theme.text : Theme.textMuted
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                Card {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: qsTr("Earned this month")
                    Money { objectName: "earnedThisMonth"; amount: page.earnings ? page.earnings.earnedThisMonth : ""; font.pixelSize: Theme.fontTitle }
                    Label {
                        color: Theme.textMuted
                        text: qsTr("Last month: %1").arg(AppSettings.hideAmounts ? "••••••" : (page.earnings && page.earnings.earnedLastMonth ? page.earnings.earnedLastMonth : "—"))
                    }
                }
                Card {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: qsTr("Total earned")
                    Money { objectName: "totalEarned"; amount: page.earnings ? page.earnings.totalEarned : ""; font.pixelSize: Theme.fontTitle }
                    Label {
                        color: Theme.textMuted
                        text: qsTr("Claimed: %1").arg(AppSettings.hideAmounts ? "••••••" : (page.earnings && page.earnings.totalClaimed ? page.earnings.totalClaimed : "—"))
                    }
                    Sparkline {
                        objectName: "earningsSparkline"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 36
                        // Its shape tells amounts apart: hidden with them.
                        visible: !AppSettings.hideAmounts && points.length > 1
                        points: page.earnings && page.earnings.sparkline ? page.earnings.sparkline : []
                        Accessible.name: qsTr("Cumulative earnings over time")
                    }
                }
                Card {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: qsTr("Last payout")
                    Money { objectName: "lastPayout"; amount: page.earnings ? page.earnings.lastPayout : ""; font.pixelSize: Theme.fontTitle }
                    Label {
                        color: Theme.textMuted
                        text: page.earnings && page.earnings.lastPayoutDate
                              ? (page.earnings.lastPayoutCycle ? qsTr("%1 · cycle %2").arg(page.earnings.lastPayoutDate).arg(page.earnings.lastPayoutCycle)
                                                               : page.earnings.lastPayoutDate)
                              : qsTr("No payout yet")
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }

            RowLayout {
                spacing: Theme.spacingM
                Button {
                    objectName: "refreshButton"
                    Accessible.name: text
                    text: qsTr("Refresh")
                    enabled: page.provider !== null && !page.provider.refreshTask.running
                    onClicked: page.provider.refresh()
                }
                TaskStatus {
                    Layout.fillWidth: true
                    task: page.provider ? page.provider.refreshTask : null
                }
            }

            Card {
                objectName: "pipelineCard"
                Layout.fillWidth: true
                visible: page.pipeline !== null && page.pipeline.known
                title: qsTr("Latest cycle")
                Label {
                    objectName: "pipelineCycle"
                    text: page.pipeline ? qsTr("Cycle %1 · %2").arg(page.pipeline.cycleId).arg(page.pipeline.period) : ""
                    color: Theme.textMuted
                }
                Stepper {
                    objectName: "pipelineStepper"
                    Layout.fillWidth: true
                    name: qsTr("Payout pipeline of the latest cycle")
                    steps: [qsTr("Metrics submitted"), qsTr("Revenue calculated"), qsTr("Payment queued"),
                            qsTr("Earnings available"), qsTr("Claimed")]
                    current: page.pipeline ? page.pipeline.currentIndex : 0
                    failed: page.pipeline !== null && page.pipeline.failed
                }
                Label {
                    objectName: "pipelineDetail"
                    Layout.fillWidth: true
                    text: page.pipeline ? page.pipeline.detail : ""
                    color: page.pipeline !== null && page.pipeline.failed ? Theme.attention : Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }

            Card {
                objectName: "balanceChecksCard"
                Layout.fillWidth: true
                title: qsTr("Balance checks")
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Every refresh decrypts your balance and checks it against the encrypted "
                               + "balance the contract enforces. A check that gets worse is notified and "
                               + "logged in Activity.")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "balanceChecksEmpty"
                    visible: checkRows.count === 0
                    text: qsTr("No check recorded yet.")
                    color: Theme.textMuted
                }
                Repeater {
                    id: checkRows
                    objectName: "balanceCheckRows"
                    // The newest runs; the vault keeps more.
                    model: page.provider ? page.provider.balanceChecks : null
                    RowLayout {
                        id: checkRow
                        required property int index
                        required property int state
                        required property string period
                        required property string blocks
                        required property int checks
                        objectName: "balanceCheck" + index
                        visible: index < 5
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        Accessible.role: Accessible.StaticText
                        Accessible.name: markOf.text + ", " + checkRow.period + ", " + checkRow.blocks
                        StatusMark {
                            id: markOf
                            Layout.preferredWidth: 180
                            kind: checkRow.state === AccountModel.BalanceVerified ? "verified"
                                  : checkRow.state === AccountModel.BalanceRecovered ? "attention" : "failure"
                            text: checkRow.state === AccountModel.BalanceVerified ? qsTr("Verified")
                                  : checkRow.state === AccountModel.BalanceRecovered ? qsTr("Recovered by discrete log")
                                  : qsTr("Failed")
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2 · %n check(s)", "", checkRow.checks).arg(checkRow.period).arg(checkRow.blocks)
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
