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
        ListElement { label: "Balance re-read"; outcome: 1; detail: "12.345678 USDC"; exact: "" }
        ListElement { label: "Network fee"; outcome: 1; detail: "at most 0.001018 AVAX"
                      exact: "at most 0.001017907650164984 AVAX" }
        ListElement { label: "Amount allowed"; outcome: 2; detail: "more than the balance"; exact: "" }
    }
    ListModel {
        id: fakeFailed
        property int count: 1
        ListElement { txHash: "0xabc"; date: "05/12/2026"; note: "The node refused the claim" }
    }
    ListModel {
        id: fakeChecks
        ListElement { state: 3; period: "05/12/2026 10:00"; blocks: "block 43"; checks: 1 }
        ListElement { state: 2; period: "04/12/2026 09:00 – 05/12/2026 09:59"; blocks: "blocks 1–42"; checks: 1440 }
    }
    QtObject {
        id: fakePipeline
        property bool known: true
        property string cycleId: "cyc_8"
        property string period: "01/12/2026 – 02/12/2026"
        property int currentIndex: 2
        property bool failed: false
        property string detail: "Your encrypted payment is queued, proved and sent."
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
        property var sparkline: [{ x: 0, y: 0 }, { x: 0.5, y: 0.4 }, { x: 1, y: 1 }]
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
        property string feeExact: ""
        property string inFlight: ""
        property string eta: ""
        property int claimStep: ClaimModel.ClaimStepNone
        property bool stepFailed: false
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
        property var balanceChecks: fakeChecks
        property var pipeline: fakePipeline
        property int refreshes: 0
        function refresh() { refreshes++ }
    }
    // The Earnings page's model: an empty table (a ListModel) with the chart calls.
    ListModel {
        id: fakeEarningsTable
        property string sortKey: "date"
        property bool sortAscending: false
        property string lastFrom: ""
        property string lastTo: ""
        // Whether the one payout's cycle comes with the operator's usage counters.
        property bool withUsage: true
        signal summaryChanged()
        function onePoint(from, to) {
            const point = { label: "14/11/2023 12:00", cycle: "cyc_1", time: 1699963200000, value: 2,
                            exact: "2.000000", cumulative: 2, cumulativeExact: "2.000000",
                            hasUsage: withUsage }
            if (withUsage) {
                point.calls = 1200
                point.errors = 4
                point.hasAverage = true
                point.averageMs = 85
                point.usageText = "Calls: 1,200 · Out: 3.00 MiB · Average response: 85 ms · Errors: 4"
            }
            return { points: [point], max: 2, cumulativeMin: 0, cumulativeMax: 2, from: from, to: to,
                     hasUsage: withUsage, callsMax: withUsage ? 1200 : 0,
                     averageMsMax: withUsage ? 85 : 0 }
        }
        function chart(period) { return onePoint(1699900000000, 1700500000000) }
        function chartBetween(from, to) {
            lastFrom = from
            lastTo = to
            return to === "bad" ? { points: [], max: 0, cumulativeMax: 0, error: "Enter both dates" }
                                : onePoint(1699920000000, 1700006399000)
        }
        function explorerUrl(tx) { return "" }
        function sortBy(key) {}
        function exportCsv(file) { return "" }
    }
    QtObject {
        id: fakeEarningsProvider
        property var earnings: fakeEarningsTable
    }
    QtObject {
        id: fakeActivity
        property int count: 0
    }

    DashboardPage { id: dashboard; anchors.fill: parent; provider: fake; visible: false }
    ClaimPage { id: claim; anchors.fill: parent; provider: fake; visible: false }
    RegistrationPage { id: registration; anchors.fill: parent; provider: fake; visible: false }
    EarningsPage { id: earningsPage; anchors.fill: parent; provider: fakeEarningsProvider; visible: false }
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

        function test_earningsChartOnADateAxisWithCustomPeriod() {
            earningsPage.visible = true
            const chart = findByName(earningsPage, "earningsChart")
            verify(chart)
            // The x axis is time: the period's span, not one category per payout.
            compare(earningsPage.timeAxis.min.getTime(), 1699900000000)
            compare(earningsPage.timeAxis.max.getTime(), 1700500000000)
            const from = findByName(earningsPage, "customFrom")
            verify(!from.visible, "dates only for a custom period")
            mouseClick(findByName(earningsPage, "period_custom"))
            verify(from.visible)
            from.text = "2023-11-14"
            findByName(earningsPage, "customTo").text = "2023-11-14"
            mouseClick(findByName(earningsPage, "applyCustom"))
            compare(fakeEarningsTable.lastFrom, "2023-11-14")
            compare(fakeEarningsTable.lastTo, "2023-11-14")
            compare(earningsPage.timeAxis.max.getTime(), 1700006399000)
            verify(!findByName(earningsPage, "chartError").visible)
            findByName(earningsPage, "customTo").text = "bad"
            mouseClick(findByName(earningsPage, "applyCustom"))
            verify(findByName(earningsPage, "chartError").visible)
            compare(findByName(earningsPage, "chartError").text, "Enter both dates")
            mouseClick(findByName(earningsPage, "period_30d"))
            verify(!findByName(earningsPage, "chartError").visible)
            earningsPage.visible = false
        }

        // Issue 21 point 4: the cycle's usage is charted next to its payout, on the same span.
        function test_earningsUsageChartNextToPayouts() {
            earningsPage.visible = true
            earningsPage.reloadChart()
            const usage = findByName(earningsPage, "usageChart")
            verify(usage)
            verify(usage.visible)
            compare(usage.series("Calls").count, 1)
            compare(usage.series("Calls").at(0).y, 1200)
            compare(usage.series("Errors").at(0).y, 4)
            compare(usage.series("Average response").at(0).y, 85)
            // Whole-number steps: 1 200 calls on a 0-2 500 axis (0, 500, ...), 85 ms on 0-100.
            compare(usage.axisY(usage.series("Calls")).max, 2500)
            compare(usage.axisY(usage.series("Calls")).tickCount, 6)
            compare(usage.axisY(usage.series("Average response")).max, 100)
            compare(usage.axisX(usage.series("Calls")).max.getTime(),
                    earningsPage.timeAxis.max.getTime())
            verify(!findByName(earningsPage, "usageNote").visible)
            // An older server: the payout is there, its usage is not, and the chart says why.
            fakeEarningsTable.withUsage = false
            earningsPage.reloadChart()
            compare(usage.series("Calls").count, 0)
            const note = findByName(earningsPage, "usageNote")
            verify(note.visible)
            compare(note.text, "The operator's server does not report usage for these cycles.")
            fakeEarningsTable.withUsage = true
            earningsPage.reloadChart()
            earningsPage.visible = false
        }

        function test_dashboardPayoutPipeline() {
            dashboard.visible = true
            const card = findByName(dashboard, "pipelineCard")
            verify(card.visible)
            compare(findByName(dashboard, "pipelineCycle").text, "Cycle cyc_8 · 01/12/2026 – 02/12/2026")
            const stepper = findByName(dashboard, "pipelineStepper")
            compare(stepper.current, 2)
            compare(findByName(stepper, "step1").Accessible.name, "Revenue calculated: done")
            compare(findByName(stepper, "step2").Accessible.name, "Payment queued: in progress")
            compare(findByName(stepper, "step4").Accessible.name, "Claimed: ahead")
            fakePipeline.failed = true
            compare(findByName(stepper, "step2").Accessible.name, "Payment queued: failed")
            fakePipeline.failed = false
            fakePipeline.known = false
            verify(!card.visible, "no cycle known: no pipeline")
            fakePipeline.known = true
            dashboard.visible = false
        }

        function test_dashboardSparklineHidesWithAmounts() {
            dashboard.visible = true
            const spark = findByName(dashboard, "earningsSparkline")
            verify(spark)
            verify(spark.visible)
            compare(spark.points.length, 3)
            AppSettings.hideAmounts = true
            verify(!spark.visible, "the curve's shape tells amounts apart")
            AppSettings.hideAmounts = false
            dashboard.visible = false
        }

        function test_dashboardShowsTheBalanceCheckHistory() {
            // The fake's states are AccountModel's values (Recovered 3, Verified 2).
            compare(AccountModel.BalanceRecovered, 3)
            compare(AccountModel.BalanceVerified, 2)
            dashboard.visible = true
            verify(findByName(dashboard, "balanceChecksCard").visible)
            verify(!findByName(dashboard, "balanceChecksEmpty").visible)
            const newest = findByName(dashboard, "balanceCheck0")
            verify(newest)
            verify(newest.Accessible.name.indexOf("Recovered by discrete log") === 0, newest.Accessible.name)
            const older = findByName(dashboard, "balanceCheck1")
            verify(older.Accessible.name.indexOf("Verified") === 0, older.Accessible.name)
            verify(older.Accessible.name.indexOf("blocks 1–42") > 0)
            dashboard.visible = false
        }

        function test_claimEtaStepperAndPublicNote() {
            claim.visible = true
            verify(findByName(claim, "claimPublicNote").visible, "the claim says what becomes public")
            const eta = findByName(claim, "claimEta")
            verify(!eta.visible, "no estimate before a passed preflight")
            fakeClaim.eta = "About 24 s: the proof takes about 22 s on this machine."
            fakeClaim.preflightPassed = true
            verify(eta.visible)
            compare(eta.text, fakeClaim.eta)
            const stepper = findByName(claim, "claimStepper")
            verify(!stepper.visible, "no stepper before a claim")
            fakeClaim.claimStep = ClaimModel.ClaimStepProve
            verify(stepper.visible)
            compare(stepper.current, 1)
            compare(findByName(stepper, "step0").Accessible.name, "Prepare: done")
            compare(findByName(stepper, "step1").Accessible.name, "Prove: in progress")
            compare(findByName(stepper, "step3").Accessible.name, "Confirm: ahead")
            fakeClaim.stepFailed = true
            compare(findByName(stepper, "step1").Accessible.name, "Prove: failed")
            fakeClaim.stepFailed = false
            fakeClaim.claimStep = ClaimModel.ClaimStepDone
            compare(stepper.current, 4)
            compare(findByName(stepper, "step3").Accessible.name, "Confirm: done")
            fakeClaim.claimStep = ClaimModel.ClaimStepNone
            fakeClaim.preflightPassed = false
            fakeClaim.eta = ""
            claim.visible = false
        }

        function test_claimFeeRoundedWithExactTooltip() {
            claim.visible = true
            const fee = findByName(claim, "preflightDetail1")
            verify(fee)
            compare(fee.text, "at most 0.001018 AVAX")
            verify(!fee.tipShown)
            mouseMove(fee, 5, 5)
            tryVerify(() => fee.tipShown)
            compare(fee.Accessible.description, "at most 0.001017907650164984 AVAX")
            // A detail that does not round has no tooltip.
            const balance = findByName(claim, "preflightDetail0")
            mouseMove(balance, 5, 5)
            tryVerify(() => !fee.tipShown)
            verify(!balance.tipShown)
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
