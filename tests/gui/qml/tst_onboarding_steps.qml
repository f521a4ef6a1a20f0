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
        id: fake
        property var task: fakeTask
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
        function generateKey() { record("generateKey"); keyGenerated = true; address = "0xABCD" }
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
            for (const s of [welcome, role, network, key, passphrase, backup])
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
            mouseClick(findByName(key, "keyGenerate"))
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
    }
}
