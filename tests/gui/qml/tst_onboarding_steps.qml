// SPDX-License-Identifier: GPL-3.0-or-later
// The onboarding steps (qml/onboarding/) against a fake Onboarding view model with the same
// properties: what each step shows, what it calls, when it lets the user go on.
import QtQuick
import QtTest
import BackendShield

Item {
    id: root
    width: 1024
    height: 700

    QtObject {
        id: fakeTask
        property bool running: false
        property string stage: ""
        property real progress: -1
        property bool cancellable: false
        property string error: ""
        function cancel() {}
    }

    QtObject {
        id: fakeKeyTask
        property bool running: false
        property string stage: ""
        property real progress: -1
        property bool cancellable: false
        property string error: ""
        function cancel() {}
    }
    QtObject {
        id: fakeRestoreTask
        property bool running: false
        property string stage: ""
        property real progress: -1
        property bool cancellable: false
        property string error: ""
        function cancel() {}
    }
    QtObject {
        id: fakeRestore
        property var task: fakeRestoreTask
        property string backupFile: ""
        property string suggestedName: ""
        property string passProblemText: "Enter a passphrase."
        property var calls: []
        function reset() { calls = calls.concat(["reset"]); backupFile = "" }
        function chooseBackup(url) { backupFile = url }
        function nameProblem(name) { return name === "taken" ? "A profile with this name exists already." : "" }
        function passphraseProblem(pass, confirm) { return passProblemText }
        function restore(name, backupPass, newPass, confirm) {
            calls = calls.concat(["restore " + name + " " + backupPass.length])
        }
    }

    QtObject {
        id: fake
        property var task: fakeTask
        property var keyTask: fakeKeyTask
        property var restore: fakeRestore
        property int role: Onboarding.RoleProvider
        readonly property bool canGenerateKey: fake.role === Onboarding.RoleProvider
        readonly property bool needsCircuits: fake.role === Onboarding.RoleProvider
        property string expectedAddress: ""
        property string keyProblem: ""
        property bool keyAccepted: false
        property var presets: [
            { key: "devnet", name: "Local devnet", operatorUrl: "http://127.0.0.1:1/api/v1",
              available: true, note: "" },
            { key: "custom", name: "Another operator", operatorUrl: "", available: true, note: "" }
        ]
        property var network: ({})
        property string address: ""
        property bool keyGenerated: false
        property string keyError: ""
        property bool created: false
        property string backupPath: ""
        property bool circuitsReady: false
        property string nameProblemText: ""
        property string passProblemText: "Enter a passphrase."
        // What the steps called, in order.
        property var calls: []

        function record(call) { calls = calls.concat([call]) }
        function fetchNetwork(operatorUrl, rpcUrl, allowHttp) {
            record("fetchNetwork " + operatorUrl + " " + rpcUrl + " " + allowHttp)
        }
        function generateKey() {
            record("generateKey")
            keyGenerated = true
            address = "0xABCD"
            keyAccepted = true
        }
        function importKeyHex(field) { record("importKeyHex"); return true }
        function importKeyFile(url) { record("importKeyFile") }
        function passphraseProblem(pass, confirm) { return passProblemText }
        function profileNameProblem(name) { return name.length === 0 ? "Give the profile a name." : nameProblemText }
        function create(name, pass, confirm) { record("create " + name) }
        function backup(file, field) { record("backup") }
        function fetchCircuits() { record("fetchCircuits") }
        function finish() { record("finish") }
    }

    WelcomeStep { id: welcome; onboarding: fake; anchors.fill: parent; visible: false }
    RoleStep { id: role; onboarding: fake; anchors.fill: parent; visible: false }
    NetworkStep { id: network; onboarding: fake; anchors.fill: parent; visible: false }
    KeyStep { id: key; onboarding: fake; anchors.fill: parent; visible: false }
    PassphraseStep { id: passphrase; onboarding: fake; anchors.fill: parent; visible: false }
    BackupStep { id: backup; onboarding: fake; anchors.fill: parent; visible: false }
    RestoreStep { id: restoreStep; onboarding: fake; anchors.fill: parent; visible: false }

    SignalSpy { id: nextSpy; signalName: "next" }
    SignalSpy { id: backSpy; signalName: "back" }

    TestCase {
        name: "OnboardingSteps"
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

        // Types `text` into a SecretField as a user does (its text never reaches QML).
        function type(field, text) {
            field.forceActiveFocus()
            for (const c of text)
                keyClick(c)
        }

        // Shows `step` alone and watches its next() and back().
        function show(step) {
            for (const s of [welcome, role, network, key, passphrase, backup, restoreStep])
                s.visible = s === step
            nextSpy.clear()
            backSpy.clear()
            nextSpy.target = step
            backSpy.target = step
            waitForRendering(step)
        }

        function init() {
            fake.calls = []
            fake.network = {}
            fake.address = ""
            fake.keyGenerated = false
            fake.keyError = ""
            fake.created = false
            fake.backupPath = ""
            fake.circuitsReady = false
            fake.nameProblemText = ""
            fake.passProblemText = "Enter a passphrase."
            fakeTask.running = false
            fake.role = Onboarding.RoleProvider
            fake.expectedAddress = ""
            fake.keyProblem = ""
            fake.keyAccepted = false
            fakeKeyTask.running = false
            fakeRestore.calls = []
            fakeRestore.backupFile = ""
            fakeRestore.suggestedName = ""
            fakeRestore.passProblemText = "Enter a passphrase."
            fakeRestoreTask.running = false
            fakeRestoreTask.error = ""
        }

        function test_welcomeStartGoesOn() {
            show(welcome)
            mouseClick(findByName(welcome, "welcomeStart"))
            compare(nextSpy.count, 1)
        }

        function test_roleProviderIsChosen() {
            show(role)
            verify(findByName(role, "roleProvider").checked)
            mouseClick(findByName(role, "roleNext"))
            compare(nextSpy.count, 1)
        }

        function test_networkConnectsThePresetAndWaitsForTheAnswer() {
            show(network)
            const next = findByName(network, "networkNext")
            verify(!next.enabled, "no next before the network is known")
            verify(!findByName(network, "networkCard").visible)
            mouseClick(findByName(network, "preset_devnet"))
            mouseClick(findByName(network, "networkConnect"))
            compare(fake.calls, ["fetchNetwork http://127.0.0.1:1/api/v1  false"])
            fake.network = { name: "Local devnet", chainId: 43112, rpcUrl: "http://127.0.0.1:2",
                             operatorUrl: "http://127.0.0.1:1/api/v1", token: "0x1", circuits: "v1" }
            const card = findByName(network, "networkCard")
            verify(card.visible)
            waitForRendering(network)
            verify(card.y > findByName(network, "networkConnect").y, "the answer shows below Connect")
            verify(next.enabled)
            fakeTask.running = true
            verify(!next.enabled, "no next while a request runs")
            verify(!findByName(network, "networkConnect").enabled)
        }

        function test_networkCustomServerTakesTheTypedAddresses() {
            show(network)
            verify(!findByName(network, "customOperatorUrl").visible)
            mouseClick(findByName(network, "preset_custom"))
            const url = findByName(network, "customOperatorUrl")
            verify(url.visible)
            url.text = "https://shield.example.org/api/v1"
            findByName(network, "customRpcUrl").text = "https://rpc.example.org"
            mouseClick(findByName(network, "networkConnect"))
            compare(fake.calls, ["fetchNetwork https://shield.example.org/api/v1 https://rpc.example.org false"])
            mouseClick(findByName(network, "preset_devnet"))
        }

        function test_keyStepCreatesOrImportsAndGates() {
            show(key)
            const next = findByName(key, "keyNext")
            verify(!next.enabled)
            verify(!findByName(key, "keyImport").enabled, "nothing typed, nothing to import")
            const gen = findByName(key, "keyGenerate")
            verify(gen.visible && gen.enabled, "visible " + gen.visible + " x " + gen.x + " y " + gen.y + " w " + gen.width + " role " + fake.role + " canGen " + fake.canGenerateKey)
            mouseClick(gen)
            compare(fake.calls, ["generateKey"])
            compare(findByName(key, "keyAddress").text, "Address 0xABCD")
            verify(next.enabled)
            mouseClick(next)
            compare(nextSpy.count, 1)
            fake.keyError = "That is not a key: 64 hex digits expected."
            verify(findByName(key, "keyError").visible)
        }

        function test_passphraseStepCreatesOnlyWhenAllIsRight() {
            show(passphrase)
            const create = findByName(passphrase, "createVault")
            verify(!create.enabled, "no name, no passphrase")
            findByName(passphrase, "profileName").text = "Acme Weather"
            verify(!create.enabled, "the passphrase still has a problem")
            fake.passProblemText = ""
            // The problem is re-read when a field changes.
            type(findByName(passphrase, "passphrase"), "plum kettle orbit 42")
            verify(create.enabled)
            fake.nameProblemText = "A profile with this name exists already."
            findByName(passphrase, "profileName").text = "Acme"
            verify(!create.enabled)
            verify(findByName(passphrase, "profileNameProblem").visible)
            fake.nameProblemText = ""
            findByName(passphrase, "profileName").text = "Acme Weather"
            mouseClick(create)
            compare(fake.calls, ["create Acme Weather"])
            compare(nextSpy.count, 0)
            fake.created = true
            compare(nextSpy.count, 1, "a written vault moves on to the backup")
            findByName(passphrase, "passphrase").clear()
        }

        function test_backupStepSavesFetchesAndOpens() {
            show(backup)
            verify(!findByName(backup, "backupSave").enabled, "no passphrase yet")
            type(findByName(backup, "backupPassphrase"), "plum kettle orbit")
            verify(findByName(backup, "backupSave").enabled)
            findByName(backup, "backupPassphrase").clear()
            const finish = findByName(backup, "onboardingFinish")
            compare(finish.text, "Skip the backup and open")
            fake.backupPath = "/tmp/acme.bsbackup"
            compare(finish.text, "Open my dashboard")
            verify(findByName(backup, "backupSaved").visible)
            mouseClick(findByName(backup, "fetchCircuits"))
            fake.circuitsReady = true
            verify(!findByName(backup, "fetchCircuits").enabled)
            mouseClick(finish)
            compare(fake.calls, ["fetchCircuits", "finish"])
        }

        function test_welcomeOffersTheRestore() {
            show(welcome)
            const spy = Qt.createQmlObject('import QtTest; SignalSpy { signalName: "restoreChosen" }', root)
            spy.target = welcome
            mouseClick(findByName(welcome, "welcomeRestore"))
            compare(spy.count, 1)
            compare(nextSpy.count, 0)
            spy.destroy()
        }

        function test_roleStepSetsEveryRole() {
            show(role)
            verify(!findByName(role, "roleNote").visible)
            mouseClick(findByName(role, "roleAuditor"))
            compare(fake.role, Onboarding.RoleAuditor)
            verify(findByName(role, "roleAuditor").checked)
            verify(!findByName(role, "roleProvider").checked)
            verify(findByName(role, "roleNote").visible, "says the key is imported and checked")
            mouseClick(findByName(role, "roleOperator"))
            compare(fake.role, Onboarding.RoleOperator)
            mouseClick(findByName(role, "roleProvider"))
            compare(fake.role, Onboarding.RoleProvider)
        }

        function test_keyStepForAnAuditorImportsAndWaitsForTheCheck() {
            fake.role = Onboarding.RoleAuditor
            fake.expectedAddress = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
            show(key)
            verify(!findByName(key, "keyGenerate").visible, "an auditor's key is imported")
            verify(findByName(key, "keyIntro").text.indexOf(fake.expectedAddress) >= 0,
                   "the step names the account whose key it wants")
            fake.address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
            fake.keyProblem = "This key belongs to 0x3C44…, but the auditor registered on Local devnet is 0x7099…"
            verify(findByName(key, "keyProblem").visible)
            verify(!findByName(key, "keyNext").enabled)
            fake.address = fake.expectedAddress
            fake.keyProblem = ""
            verify(!findByName(key, "keyProblem").visible)
            verify(!findByName(key, "keyNext").enabled, "not before the check passed")
            fake.keyAccepted = true
            verify(findByName(key, "keyNext").enabled)
            compare(findByName(key, "keyAddress").text, "Address " + fake.expectedAddress)
        }

        function test_backupStepHidesCircuitsForOtherRoles() {
            fake.role = Onboarding.RoleOperator
            show(backup)
            verify(!findByName(backup, "fetchCircuits").visible)
            fake.backupPath = "/tmp/op.bsbackup"
            compare(findByName(backup, "onboardingFinish").text, "Open the profile")
        }

        function test_restoreStepGatesAndHandsTheFieldsOver() {
            show(restoreStep)
            const start = findByName(restoreStep, "restoreStart")
            verify(!start.enabled, "no file yet")
            compare(findByName(restoreStep, "restoreFile").text, "No file chosen")
            fakeRestore.backupFile = "/home/a/acme.bsbackup"
            fakeRestore.suggestedName = "acme"
            compare(findByName(restoreStep, "restoreName").text, "acme")
            verify(!start.enabled, "no backup passphrase yet")
            type(findByName(restoreStep, "restoreBackupPassphrase"), "copper meadow 17")
            verify(!start.enabled, "the new passphrase has a problem")
            fakeRestore.passProblemText = ""
            type(findByName(restoreStep, "restoreNewPassphrase"), "violet harbour 19")
            verify(start.enabled)
            findByName(restoreStep, "restoreName").text = "taken"
            verify(!start.enabled)
            verify(findByName(restoreStep, "restoreNameProblem").visible)
            findByName(restoreStep, "restoreName").text = "acme"
            mouseClick(start)
            compare(fakeRestore.calls, ["restore acme 16"])
            fakeRestoreTask.running = true
            verify(!start.enabled, "not twice")
            verify(findByName(restoreStep, "restoreStatus").visible, "the progress is shown")
            fakeRestoreTask.running = false
            fakeRestoreTask.error = "wrong backup passphrase (or the backup file was altered): nothing was restored"
            verify(findByName(restoreStep, "restoreStatus").visible, "the error is shown")
            findByName(restoreStep, "restoreBackupPassphrase").clear()
            findByName(restoreStep, "restoreNewPassphrase").clear()
        }
    }
}
