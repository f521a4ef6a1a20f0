// SPDX-License-Identifier: GPL-3.0-or-later
// The provider pages against a fake view model: what they show for each state.
import QtQuick
import QtTest
import BackendShield

Item {
    id: root
    width: 1100
    height: 760

    QtObject {
        id: idleTask
        property bool running: false
        property string stage: ""
        property real progress: -1
        property bool cancellable: false
        property string error: ""
        function cancel() {}
    }

    QtObject {
        id: fake
        property bool loaded: true
        property string chainError: ""
        property string syncText: "Up to date at block 42"
        property bool onchainRegistered: true
        property string balance: "12.345678"
        property string balanceStatus: "verified"
        property string balanceDetail: "checked at block 42"
        property bool serverConfigured: true
        property bool serverOnline: false
        property string operatorStatus: "integrated"
        property var summary: ({ totalEarned: "20.000000", totalClaimed: "7.654322",
                                 earnedThisMonth: "12.345678", earnedLastMonth: "7.654322",
                                 lastPayout: "12.345678", lastPayoutDate: "29/11/2026",
                                 lastPayoutCycle: "cyc_7", discrepancies: 1 })
        property var preflight: [ { label: "Balance re-read", state: "ok", detail: "12.345678 USDC" },
                                  { label: "Amount allowed", state: "failed", detail: "more than the balance" } ]
        property bool preflightPassed: false
        property var claimResult: ({})
        property string claimInFlight: ""
        property var refreshTask: idleTask
        property var claimTask: idleTask
        property var registerTask: idleTask
        property var registration: ({})
        property var registrationSteps: [ { label: "Key registered on chain", done: true },
                                          { label: "Registered with the operator", done: true },
                                          { label: "Integrated into FlowMCP", done: false },
                                          { label: "Earning revenue", done: false } ]
        property int refreshes: 0
        function refresh() { refreshes++ }
        function resetClaim() {}
        function preflightClaim(a) {}
        function validateRegistration(d) { return d.contactEmail.indexOf("@") < 0 ? { contactEmail: "Enter an email address" } : {} }
    }

    DashboardPage { id: dashboard; anchors.fill: parent; provider: fake; visible: false }
    ClaimPage { id: claim; anchors.fill: parent; provider: fake; visible: false }

    TestCase {
        name: "ProviderPages"
        when: windowShown

        function findByName(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            const kids = item.children !== undefined ? item.children : []
            for (let i = 0; i < kids.length; ++i) {
                const found = findByName(kids[i], name)
                if (found)
                    return found
            }
            return null
        }

        function init() {
            AppSettings.hideAmounts = false
            fake.balanceStatus = "verified"
            fake.serverOnline = false
        }

        function test_dashboardShowsVerifiedBalanceAndAlerts() {
            dashboard.visible = true
            const amount = findByName(dashboard, "balanceAmount")
            compare(amount.text, "12.345678 USDC")
            const mark = findByName(dashboard, "balanceMark")
            compare(mark.kind, "verified")
            compare(mark.text, "Verified")
            verify(findByName(dashboard, "discrepancyBanner").visible)
            verify(findByName(dashboard, "serverBanner").visible, "server offline is said")
            fake.serverOnline = true
            verify(!findByName(dashboard, "serverBanner").visible)
            dashboard.visible = false
        }

        function test_dashboardWarnsWhenNotVerified() {
            dashboard.visible = true
            fake.balanceStatus = "recovered"
            const mark = findByName(dashboard, "balanceMark")
            compare(mark.kind, "attention")
            verify(!findByName(dashboard, "dashboardClaim").enabled)
            dashboard.visible = false
        }

        function test_hideAmountsMasksEveryAmount() {
            dashboard.visible = true
            AppSettings.hideAmounts = true
            compare(findByName(dashboard, "balanceAmount").text, "•••••• USDC")
            compare(findByName(dashboard, "totalEarned").text, "•••••• USDC")
            dashboard.visible = false
        }

        function test_refreshButtonCallsTheModel() {
            dashboard.visible = true
            const before = fake.refreshes
            mouseClick(findByName(dashboard, "refreshButton"))
            compare(fake.refreshes, before + 1)
            dashboard.visible = false
        }

        function test_claimPreflightListAndSubmitGate() {
            claim.visible = true
            const submit = findByName(claim, "claimSubmit")
            verify(!submit.enabled, "no claim before a passed preflight")
            fake.preflightPassed = true
            verify(submit.enabled)
            fake.preflightPassed = false
            claim.visible = false
        }
    }
}
