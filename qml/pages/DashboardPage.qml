// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's dashboard: verified balance, earnings summary, state, alerts.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    // The ProviderModel (or a fake with the same properties in tests); null when none.
    property var provider: null
    signal claimRequested()

    title: qsTr("Dashboard")
    subtitle: provider ? provider.syncText : ""

    readonly property var summary: provider ? provider.summary : ({})

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
                visible: page.provider !== null && page.provider.chainError.length > 0
                kind: "failure"
                text: page.provider ? qsTr("The chain could not be read: %1").arg(page.provider.chainError) : ""
            }
            Banner {
                objectName: "serverBanner"
                Layout.fillWidth: true
                visible: page.provider !== null && page.provider.serverConfigured
                         && page.provider.operatorStatus !== "unregistered"
                         && !page.provider.serverOnline && page.provider.loaded
                kind: "info"
                text: qsTr("The operator's server did not answer. Your balance and claims do not "
                           + "need it; the earnings breakdown will update when it is back.")
            }
            Banner {
                objectName: "discrepancyBanner"
                Layout.fillWidth: true
                visible: (page.summary.discrepancies || 0) > 0
                kind: "attention"
                text: qsTr("%n payout(s) do not match the operator's report or the fair-share rule. "
                           + "See Earnings.", "", page.summary.discrepancies || 0)
            }
            Banner {
                objectName: "claimInFlightBanner"
                Layout.fillWidth: true
                visible: page.provider !== null && page.provider.claimInFlight.length > 0
                kind: "info"
                text: page.provider ? qsTr("A claim sent earlier is being followed: %1").arg(page.provider.claimInFlight) : ""
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
                        amount: page.provider ? page.provider.balance : ""
                        font.pixelSize: Theme.fontDisplay
                        font.weight: Font.DemiBold
                    }
                    RowLayout {
                        spacing: Theme.spacingS
                        StatusMark {
                            objectName: "balanceMark"
                            visible: page.provider !== null && page.provider.balanceStatus.length > 0
                            kind: !page.provider ? "neutral"
                                  : page.provider.balanceStatus === "verified" ? "verified"
                                  : page.provider.balanceStatus === "recovered" ? "attention"
                                  : page.provider.balanceStatus === "unreadable" ? "failure" : "neutral"
                            text: !page.provider ? ""
                                  : page.provider.balanceStatus === "verified" ? qsTr("Verified")
                                  : page.provider.balanceStatus === "recovered" ? qsTr("Recovered: check")
                                  : page.provider.balanceStatus === "unreadable" ? qsTr("Unreadable")
                                  : qsTr("Not registered")
                            detail: page.provider ? page.provider.balanceDetail : ""
                        }
                        Item { Layout.fillWidth: true }
                        PrimaryButton {
                            objectName: "dashboardClaim"
                            text: qsTr("Claim…")
                            enabled: page.provider !== null && page.provider.balanceStatus === "verified"
                            onClicked: page.claimRequested()
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.provider !== null && page.provider.balanceStatus === "recovered"
                        text: page.provider ? page.provider.balanceDetail : ""
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
                        model: page.provider ? page.provider.registrationSteps : []
                        RowLayout {
                            required property var modelData
                            readonly property bool done: modelData.done
                            spacing: Theme.spacingS
                            Rectangle {
                                width: 14; height: 14; radius: 7
                                color: parent.done ? Theme.verified : "transparent"
                                border.color: parent.done ? Theme.verified : Theme.border
                                border.width: 2
                            }
                            Label {
                                text: modelData.label
                                color: parent.done ? Theme.text : Theme.textMuted
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
                    title: qsTr("Earned this month")
                    Money { objectName: "earnedThisMonth"; amount: page.summary.earnedThisMonth || ""; font.pixelSize: Theme.fontTitle }
                    Label {
                        color: Theme.textMuted
                        text: qsTr("Last month: %1").arg(AppSettings.hideAmounts ? "••••••" : (page.summary.earnedLastMonth || "—"))
                    }
                }
                Card {
                    Layout.fillWidth: true
                    title: qsTr("Total earned")
                    Money { objectName: "totalEarned"; amount: page.summary.totalEarned || ""; font.pixelSize: Theme.fontTitle }
                    Label {
                        color: Theme.textMuted
                        text: qsTr("Claimed: %1").arg(AppSettings.hideAmounts ? "••••••" : (page.summary.totalClaimed || "—"))
                    }
                }
                Card {
                    Layout.fillWidth: true
                    title: qsTr("Last payout")
                    Money { objectName: "lastPayout"; amount: page.summary.lastPayout || ""; font.pixelSize: Theme.fontTitle }
                    Label {
                        color: Theme.textMuted
                        text: page.summary.lastPayoutDate
                              ? (page.summary.lastPayoutCycle ? qsTr("%1 · cycle %2").arg(page.summary.lastPayoutDate).arg(page.summary.lastPayoutCycle)
                                                              : page.summary.lastPayoutDate)
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
                    text: qsTr("Refresh")
                    enabled: page.provider !== null && !page.provider.refreshTask.running
                    onClicked: page.provider.refresh()
                }
                TaskStatus {
                    Layout.fillWidth: true
                    task: page.provider ? page.provider.refreshTask : null
                }
            }
        }
    }
}
