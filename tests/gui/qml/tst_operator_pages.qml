// SPDX-License-Identifier: GPL-3.0-or-later
// The operator pages against fake view models with the same properties: what they show, what
// they ask the models to do, and that bad input keeps the buttons that send anything off.
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
        property bool succeeded: true
        function cancel() {}
    }

    // ---- Providers ----
    ListModel {
        id: fakeProviders
        property var task: idleTask
        property int total: 3
        property bool loaded: true
        property int statusFilter: -1
        property string search: ""
        property string notice: ""
        property var changes: []
        function refresh() {}
        function reasonProblem(action, reason) {
            return action !== ProvidersModel.ActionApprove && reason.trim().length === 0 ? "Say why." : ""
        }
        function actionRefusal(id, action) { return "" }
        function changeStatus(id, action, reason) { changes.push({ id: id, action: action, reason: reason }) }
        ListElement { providerId: "prv_1"; name: "Acme Weather"; address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"; status: 0; statusText: "Registered"; createdAt: "2026-11-01 10:00" }
        ListElement { providerId: "prv_2"; name: "Geo Lookup"; address: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"; status: 1; statusText: "Integrated"; createdAt: "2026-11-02 10:00" }
        ListElement { providerId: "prv_3"; name: "Old Feed"; address: "0x90F79bf6EB2c4f870365E785982E1f101E93b906"; status: 3; statusText: "Suspended"; createdAt: "2026-11-03 10:00" }
    }
    ListModel {
        id: fakeProviderDetail
        property var task: idleTask
        property bool selected: providerId.length > 0
        property string providerId: ""
        property string name: "Acme Weather"
        property string address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
        property string email: "ops@acme.example"
        property string apiName: "weather"
        property string apiUrl: "https://api.acme.example"
        property string category: "data"
        property string pricing: "free"
        property int status: ProvidersModel.StatusRegistered
        property string statusText: "Registered"
        property bool onchainRegistered: true
        property string createdAt: "2026-11-01 10:00"
        property string updatedAt: "2026-11-01 10:00"
        property bool reportLoaded: true
        property string totalPaid: "3.750000"
        property string totalCalls: "300"
        property int cycleCount: 1
        property string tokenSymbol: "USDC"
        function select(id) { providerId = id }
        ListElement { cycleId: "cyc_1"; period: "2026-11-01 00:00 – 2026-11-02 00:00 UTC"; calls: "300 / 400"; share: "75.00 %"; amount: "3.750000"; cycleStatus: "completed"; paid: true; txHash: "" }
    }

    // ---- Usage servers ----
    ListModel {
        id: fakeServers
        property var task: idleTask
        property int activeCount: 1
        property bool loaded: true
        property bool hasToken: false
        property string tokenServerId: ""
        property string tokenServerName: "flowmcp-eu"
        property int tokenLength: 44
        property string notice: ""
        property var createdNames: []
        property var revoked: []
        property int copies: 0
        property int forgets: 0
        signal created(string serverId)
        function refresh() {}
        function nameProblem(n) { return n.trim().length === 0 ? "Enter a name." : "" }
        function create(n) { createdNames.push(n) }
        function copyToken() { copies++ }
        function forgetToken() { forgets++ }
        function revoke(id) { revoked.push(id) }
        ListElement { serverId: "srv_1"; name: "flowmcp-eu"; status: 0; statusText: "Active"; createdAt: "2026-11-01 09:00"; revokedAt: "" }
        ListElement { serverId: "srv_0"; name: "flowmcp-old"; status: 1; statusText: "Revoked"; createdAt: "2026-10-01 09:00"; revokedAt: "2026-10-20 09:00" }
    }

    // ---- Cycles ----
    ListModel {
        id: fakeCycles
        property var task: idleTask
        property bool loaded: true
        property string tokenSymbol: "USDC"
        signal cyclesChanged()
        function refresh() {}
        function chart(n) {
            return { points: [ { label: "Nov 10", cycle: "cyc_a", pool: 5, poolExact: "5.000000", providers: 2, status: "Completed" },
                               { label: "Nov 11", cycle: "cyc_b", pool: 7.5, poolExact: "7.500000", providers: 3, status: "Failed" } ],
                     maxPool: 7.5, maxProviders: 3 }
        }
        ListElement { cycleId: "cyc_b"; period: "2026-11-11 00:00 – 2026-11-12 00:00 UTC"; pool: "7.500000"; distributed: "0"; status: 5; statusText: "Failed"; step: 4; providers: "3"; transfers: "1 / 3"; createdAt: ""; error: "reverted" }
        ListElement { cycleId: "cyc_a"; period: "2026-11-10 00:00 – 2026-11-11 00:00 UTC"; pool: "5.000000"; distributed: "5.000000"; status: 4; statusText: "Completed"; step: 4; providers: "2"; transfers: "2 / 2"; createdAt: ""; error: "" }
    }
    ListModel {
        id: fakeSteps
        ListElement { label: "Collecting metrics"; done: true; current: false }
        ListElement { label: "Calculating revenue"; done: true; current: false }
        ListElement { label: "Generating proofs"; done: false; current: true }
        ListElement { label: "Distributing payments"; done: false; current: false }
        ListElement { label: "Completed"; done: false; current: false }
    }
    ListModel {
        id: fakeCycleDetail
        property var task: idleTask
        property var steps: fakeSteps
        property bool shown: cycleId.length > 0
        property string cycleId: ""
        property int status: CyclesModel.StatusFailed
        property string statusText: "Failed"
        property bool ended: true
        property string period: "2026-11-11 00:00 – 2026-11-12 00:00 UTC"
        property string pool: "7.500000"
        property string distributed: "2.500000"
        property string dust: "0"
        property bool hasDust: false
        property string providers: "3"
        property string totalWeight: "900"
        property int confirmed: 1
        property string createdAt: "2026-11-20 12:00"
        property string completedAt: "2026-11-20 12:05"
        property string error: "transfer to prv_2 failed: reverted"
        property bool canRetry: status === CyclesModel.StatusFailed
        property string tokenSymbol: "USDC"
        property int retries: 0
        function select(id) { cycleId = id }
        function follow() {}
        function retry() { retries++ }
        function clear() { cycleId = "" }
        ListElement { providerId: "prv_1"; address: ""; amount: "2.500000"; dust: ""; status: 2; statusText: "Confirmed"; txHash: "0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"; block: "101" }
        ListElement { providerId: "prv_2"; address: ""; amount: "2.500000"; dust: ""; status: 3; statusText: "Failed"; txHash: ""; block: "" }
    }
    ListModel {
        id: fakeAllocations
        ListElement { providerId: "prv_1"; address: ""; weight: "300"; share: "75.00 %"; amount: "75.000000"; dust: ""; hasDust: false; noTransfer: false; clientAmount: "75.000000"; matches: true }
        ListElement { providerId: "prv_2"; address: ""; weight: "100"; share: "25.00 %"; amount: "25.000000"; dust: "0.000001"; hasDust: true; noTransfer: false; clientAmount: "25.000000"; matches: true }
    }
    ListModel {
        id: fakeProgress
        property var task: idleTask
        property var steps: fakeSteps
        property bool shown: true
        property string cycleId: "cyc_new"
        property int status: CyclesModel.StatusGeneratingProofs
        property string statusText: "Generating proofs"
        property bool ended: false
        property string period: ""
        property string pool: "100.000000"
        property string distributed: "0"
        property string dust: "0"
        property bool hasDust: false
        property string providers: "2"
        property string totalWeight: "400"
        property int confirmed: 0
        property string createdAt: ""
        property string completedAt: ""
        property string error: ""
        property bool canRetry: false
        property string tokenSymbol: "USDC"
        function follow() {}
        function retry() {}
    }
    QtObject {
        id: fakeNewCycle
        property var task: idleTask
        property int phase: NewCycleModel.PhaseInput
        property string suggestedFrom: "2026-11-12T00:00:00Z"
        property string suggestedTo: "2026-11-13T00:00:00Z"
        property int fundingState: NewCycleModel.FundingVerified
        property string account: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
        property string eercBalance: "150.000000"
        property string walletBalance: "50.000000"
        property string fundingTotal: "200.000000"
        property string committed: "0.000000"
        property string available: "200.000000"
        property string tokenSymbol: "USDC"
        property int tokenDecimals: 6
        property int eercDecimals: 2
        property bool showDust: true
        property var allocations: fakeAllocations
        property string previewPeriod: "2026-11-12 00:00 – 2026-11-13 00:00 UTC"
        property string previewPool: "100.000000"
        property string sum: "100.000000"
        property bool sumMatchesPool: true
        property string dustTotal: "0.000001"
        property string needed: "100.000000"
        property string totalWeight: "400"
        property int providerCount: 2
        property bool skipped: false
        property bool recomputedOk: true
        property var differences: []
        property string retryOf: ""
        property bool canStart: phase === NewCycleModel.PhasePreviewed && recomputedOk
        property var progress: fakeProgress
        property int opens: 0
        property int resets: 0
        property int starts: 0
        property var previews: []
        signal started(string cycleId)
        function open() { opens++ }
        function close() {}
        function refreshFunding() {}
        function reset() { resets++; phase = NewCycleModel.PhaseInput }
        function inputProblem(from, to, pool) {
            if (pool.length === 0)
                return "Enter the pool in USDC, e.g. 100 or 12.5."
            if (pool.indexOf(".") >= 0 && pool.split(".")[1].length > 6)
                return "The pool has more than 6 decimals; USDC has 6."
            if (Number(pool) > 200)
                return "The pool of " + pool + " USDC is above the 200.000000 USDC available."
            if (from >= to)
                return "The period is empty: its end must come after its start."
            return ""
        }
        function preview(from, to, pool) { previews.push(pool) }
        function start() { starts++ }
    }

    QtObject {
        id: fakeOperator
        property var providers: fakeProviders
        property var providerDetail: fakeProviderDetail
        property var servers: fakeServers
        property var cycles: fakeCycles
        property var cycleDetail: fakeCycleDetail
        property var newCycle: fakeNewCycle
    }

    OperatorProvidersPage { id: providersPage; anchors.fill: parent; operatorPages: fakeOperator; visible: false }
    OperatorServersPage { id: serversPage; anchors.fill: parent; operatorPages: fakeOperator; visible: false }
    OperatorCyclesPage { id: cyclesPage; anchors.fill: parent; operatorPages: fakeOperator; visible: false }

    TestCase {
        name: "OperatorPages"
        when: windowShown

        // Items, their resources (dialogs) and the dialogs' content and footer.
        function findByName(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            let kids = []
            if (item.children !== undefined)
                kids = kids.concat(Array.from(item.children))
            if (item.resources !== undefined)
                kids = kids.concat(Array.from(item.resources))
            if (item.children === undefined && item.contentItem !== undefined) {
                kids.push(item.contentItem)
                if (item.footer)
                    kids.push(item.footer)
            }
            for (let i = 0; i < kids.length; ++i) {
                const found = findByName(kids[i], name)
                if (found)
                    return found
            }
            return null
        }

        function init() {
            AppSettings.hideAmounts = false
        }

        function test_providersTableFilterAndDetail() {
            providersPage.visible = true
            const table = findByName(providersPage, "providersTable")
            compare(table.count, 3)
            const filter = findByName(providersPage, "statusFilter")
            filter.currentIndex = 4
            filter.activated(4)
            compare(fakeProviders.statusFilter, ProvidersModel.StatusSuspended)
            const search = findByName(providersPage, "providerSearch")
            search.text = "acme"
            compare(fakeProviders.search, "acme")
            // A row opens the detail pane with its usage and payouts.
            verify(!findByName(providersPage, "approveButton").visible)
            mouseClick(findByName(providersPage, "provider_prv_1"))
            compare(fakeProviderDetail.providerId, "prv_1")
            verify(findByName(providersPage, "approveButton").visible, "a registered provider can be approved")
            verify(findByName(providersPage, "suspendButton").visible)
            verify(!findByName(providersPage, "reinstateButton").visible)
            verify(findByName(providersPage, "detailTotals").text.indexOf("3.750000") >= 0)
            providersPage.visible = false
        }

        function test_suspendNeedsAReason() {
            providersPage.visible = true
            fakeProviderDetail.providerId = "prv_1"
            fakeProviders.changes = []
            mouseClick(findByName(providersPage, "suspendButton"))
            const dialog = findByName(providersPage, "statusDialog")
            tryVerify(() => dialog.opened)
            const confirm = findByName(dialog, "statusConfirm")
            verify(!confirm.enabled, "no suspension without a reason")
            findByName(dialog, "reasonField").text = "abuse reported"
            verify(confirm.enabled)
            mouseClick(confirm)
            tryVerify(() => !dialog.visible)
            compare(fakeProviders.changes.length, 1)
            compare(fakeProviders.changes[0].id, "prv_1")
            compare(fakeProviders.changes[0].action, ProvidersModel.ActionSuspend)
            compare(fakeProviders.changes[0].reason, "abuse reported")
            providersPage.visible = false
        }

        function test_serverCreateShowsTheTokenOnceThenForgetsIt() {
            serversPage.visible = true
            compare(findByName(serversPage, "serversTable").count, 2)
            verify(findByName(serversPage, "revoke_srv_1").visible)
            verify(!findByName(serversPage, "revoke_srv_0").visible, "a revoked server is not revoked again")
            mouseClick(findByName(serversPage, "newServerButton"))
            const create = findByName(serversPage, "createServerDialog")
            tryVerify(() => create.opened)
            const confirm = findByName(create, "createServerConfirm")
            verify(!confirm.enabled, "no server without a name")
            findByName(create, "serverNameField").text = "flowmcp-eu"
            verify(confirm.enabled)
            mouseClick(confirm)
            compare(fakeServers.createdNames[fakeServers.createdNames.length - 1], "flowmcp-eu")
            // The model says it was created: the token dialog replaces the form.
            fakeServers.hasToken = true
            serversPage.servers.created("srv_1")
            const token = findByName(serversPage, "tokenDialog")
            tryVerify(() => token.opened)
            tryVerify(() => !create.visible)
            verify(findByName(token, "tokenWarning").visible, "the warning says it is shown once")
            mouseClick(findByName(token, "copyToken"))
            compare(fakeServers.copies, 1)
            verify(findByName(token, "tokenCopied").visible)
            const forgetsBefore = fakeServers.forgets
            mouseClick(findByName(token, "tokenDone"))
            tryVerify(() => !token.visible)
            compare(fakeServers.forgets, forgetsBefore + 1)
            serversPage.visible = false
        }

        function test_revokeAsksFirst() {
            serversPage.visible = true
            fakeServers.revoked = []
            mouseClick(findByName(serversPage, "revoke_srv_1"))
            const dialog = findByName(serversPage, "revokeDialog")
            tryVerify(() => dialog.opened)
            compare(fakeServers.revoked.length, 0, "nothing before the confirmation")
            mouseClick(findByName(dialog, "revokeConfirm"))
            tryVerify(() => !dialog.visible)
            compare(fakeServers.revoked, ["srv_1"])
            serversPage.visible = false
        }

        function test_cyclesListChartAndRetry() {
            cyclesPage.visible = true
            compare(findByName(cyclesPage, "cyclesTable").count, 2)
            compare(cyclesPage.chartData.points.length, 2)
            mouseClick(findByName(cyclesPage, "cycle_cyc_b"))
            compare(fakeCycleDetail.cycleId, "cyc_b")
            const detail = findByName(cyclesPage, "cycleDetail")
            verify(findByName(detail, "cycleError").visible)
            compare(findByName(detail, "cycleStatus").kind, "failure")
            verify(findByName(detail, "transfer_prv_2") !== null)
            const retry = findByName(detail, "retryCycle")
            verify(retry.visible)
            mouseClick(retry)
            compare(fakeCycleDetail.retries, 1)
            cyclesPage.visible = false
        }

        function test_newCycleRefusesBadInputAndStartsWhatWasPreviewed() {
            cyclesPage.visible = true
            fakeNewCycle.phase = NewCycleModel.PhaseInput
            fakeNewCycle.previews = []
            mouseClick(findByName(cyclesPage, "newCycleButton"))
            const dialog = findByName(cyclesPage, "newCycleDialog")
            tryVerify(() => dialog.opened)
            compare(fakeNewCycle.opens, 1)
            compare(findByName(dialog, "periodFrom").text, "2026-11-12T00:00:00Z")
            const pool = findByName(dialog, "poolField")
            const previewButton = findByName(dialog, "previewButton")
            const problem = findByName(dialog, "inputProblem")
            const start = findByName(dialog, "startCycle")
            for (const bad of ["1.1234567", "250"]) {
                pool.text = bad
                verify(problem.visible, "a sentence for " + bad)
                verify(problem.text.length > 0)
                verify(!previewButton.enabled, "no dry run of " + bad)
                verify(!start.enabled)
            }
            pool.text = "100"
            findByName(dialog, "periodTo").text = "2026-11-12T00:00:00Z"
            verify(problem.text.indexOf("empty") >= 0, problem.text)
            verify(!previewButton.enabled)
            findByName(dialog, "periodTo").text = "2026-11-13T00:00:00Z"
            verify(!problem.visible)
            verify(previewButton.enabled)
            verify(!start.enabled, "nothing starts before a preview")
            mouseClick(previewButton)
            compare(fakeNewCycle.previews, ["100"])

            // The preview: lines, the sum against the pool, dust marked, then Start.
            fakeNewCycle.phase = NewCycleModel.PhasePreviewed
            verify(findByName(dialog, "preview").visible)
            verify(findByName(dialog, "allocation_prv_2") !== null)
            compare(findByName(findByName(dialog, "allocation_prv_2"), "allocationNote").text, "dust 0.000001")
            compare(findByName(dialog, "sumCheck").kind, "verified")
            verify(findByName(dialog, "dustTotal").visible)
            compare(findByName(dialog, "recomputeCheck").kind, "verified")
            verify(start.enabled)
            // A difference from the recomputation blocks the start.
            fakeNewCycle.recomputedOk = false
            fakeNewCycle.differences = ["prv_2: the server says 25.000001, the rule 25.000000"]
            compare(findByName(dialog, "recomputeCheck").kind, "failure")
            verify(!start.enabled)
            fakeNewCycle.recomputedOk = true
            fakeNewCycle.differences = []
            mouseClick(start)
            compare(fakeNewCycle.starts, 1)
            // Started: the live progress replaces the form.
            fakeNewCycle.phase = NewCycleModel.PhaseStarted
            verify(findByName(dialog, "startedCycle").visible)
            verify(!start.visible)
            mouseClick(findByName(dialog, "closeNewCycle"))
            tryVerify(() => !dialog.visible)
            fakeNewCycle.phase = NewCycleModel.PhaseInput
            cyclesPage.visible = false
        }
    }
}
