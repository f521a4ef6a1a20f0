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

    // Fakes of the view models (ProviderPages and its models) with the same properties.
    ListModel {
        id: fakeSteps
        ListElement { label: "Key registered on chain"; done: true }
        ListElement { label: "Registered with the operator"; done: true }
        ListElement { label: "Integrated into FlowMCP"; done: false }
        ListElement { label: "Earning revenue"; done: false }
    }
    ListModel {
        id: fakePreflight
        ListElement { label: "Balance re-read"; outcome: 1; detail: "12.345678 USDC" }
        ListElement { label: "Amount allowed"; outcome: 2; detail: "more than the balance" }
    }
    ListModel {
        id: fakeFailed
        property int count: 1
        ListElement { txHash: "0xabc"; date: "05/12/2026"; note: "The node refused the claim" }
    }
    QtObject {
        id: fakeAccount
        property bool loaded: true
        property string chainError: ""
        property string syncText: "Up to date at block 42"
        property bool onchainRegistered: true
        property string balance: "12.345678"
        property int balanceState: AccountModel.BalanceVerified
        property string balanceDetail: "checked at block 42"
        property int serverState: AccountModel.ServerOffline
        property string serverMessage: "no answer"
        property int providerState: AccountModel.ProviderIntegrated
        property string providerStateText: "integrated"
    }
    QtObject {
        id: fakeEarnings
        property int count: 0
        property string totalEarned: "20.000000"
        property string totalClaimed: "7.654322"
        property string earnedThisMonth: "12.345678"
        property string earnedLastMonth: "7.654322"
        property string lastPayout: "12.345678"
        property string lastPayoutDate: "29/11/2026"
        property string lastPayoutCycle: "cyc_7"
        property int discrepancies: 1
        property int unverifiable: 0
        property string sortKey: "date"
        property bool sortAscending: false
        signal summaryChanged()
        function chart(period) { return { points: [], max: 0, cumulativeMax: 0 } }
    }
    QtObject {
        id: fakeClaim
        property var task: idleTask
        property var preflight: fakePreflight
        property var failedClaims: fakeFailed
        property bool preflightPassed: false
        property bool hasResult: false
        property string received: ""
        property string transaction: ""
        property string block: ""
        property string fee: ""
        property string inFlight: ""
        property string nativeSymbol: "AVAX"
        property int checks: 0
        property string cleared: ""
        function reset() {}
        function check(a) { checks++ }
        function clearFailed(tx) { cleared = tx }
    }
    QtObject {
        id: fakeRegistration
        property var task: idleTask
        property var steps: fakeSteps
        property bool serverConfigured: true
        property var saved: ({ displayName: "", contactEmail: "", apiName: "", baseUrl: "",
                               category: "", pricing: "", providerId: "" })
        function check(name, email, api, url, category, pricing) {
            const bad = email.indexOf("@") < 0
            return { ok: !bad, displayName: "", contactEmail: bad ? "Enter an email address" : "",
                     apiName: "", baseUrl: "", category: "", pricing: "" }
        }
    }
    QtObject {
        id: fake
        property var account: fakeAccount
        property var earnings: fakeEarnings
        property var claim: fakeClaim
        property var registration: fakeRegistration
        property var refreshTask: idleTask
        property int refreshes: 0
        function refresh() { refreshes++ }
    }
    QtObject {
        id: fakeActivity
        property int count: 0
    }

    DashboardPage { id: dashboard; anchors.fill: parent; provider: fake; visible: false }
    ClaimPage { id: claim; anchors.fill: parent; provider: fake; visible: false }
    RegistrationPage { id: registration; anchors.fill: parent; provider: fake; visible: false }
    ActivityPage { id: activity; anchors.fill: parent; activity: fakeActivity; visible: false }

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
            fakeAccount.balanceState = AccountModel.BalanceVerified
            fakeAccount.serverState = AccountModel.ServerOffline
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
            fakeAccount.serverState = AccountModel.ServerOnline
            verify(!findByName(dashboard, "serverBanner").visible)
            dashboard.visible = false
        }

        function test_dashboardWarnsWhenNotVerified() {
            dashboard.visible = true
            fakeAccount.balanceState = AccountModel.BalanceRecovered
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
            fakeClaim.preflightPassed = true
            verify(submit.enabled)
            fakeClaim.preflightPassed = false
            verify(findByName(claim, "failedClaimsCard").visible, "failed claims are listed")
            mouseClick(findByName(claim, "claimCheck"))
            compare(fakeClaim.checks, 1)
            claim.visible = false
        }

        function test_registrationGatesOnTheCheck() {
            registration.visible = true
            const submit = findByName(registration, "regOperatorSubmit")
            findByName(registration, "regEmail").text = "not an email"
            verify(!submit.enabled, "a listing that does not pass the check cannot be sent")
            findByName(registration, "regEmail").text = "ops@acme.example"
            verify(submit.enabled)
            registration.visible = false
        }

        function test_activityEmptyStateThenList() {
            activity.visible = true
            verify(!findByName(activity, "activityList").visible)
            activity.visible = false
        }
    }
}
