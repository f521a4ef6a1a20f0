// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3: the network, from a preset or the operator server's address (GET /network).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

OnboardingStep {
    id: step

    property string presetKey: "devnet"
    readonly property bool connected: onboarding.network.name !== undefined

    StepHeading { text: qsTr("Network") }
    Repeater {
        model: step.onboarding.presets
        RadioButton {
            required property var modelData
            objectName: "preset_" + modelData.key
            enabled: modelData.available
            checked: step.presetKey === modelData.key
            text: modelData.name
            onClicked: step.presetKey = modelData.key
            ToolTip.visible: hovered
            ToolTip.text: modelData.note
        }
    }
    GridLayout {
        visible: step.presetKey === "custom"
        columns: 2
        columnSpacing: Theme.spacingM
        Label { text: qsTr("Operator server"); color: Theme.text }
        TextField {
            id: operatorUrl
            objectName: "customOperatorUrl"
            Layout.preferredWidth: 420
            placeholderText: "https://shield.example.org/api/v1"
            Accessible.name: qsTr("Operator server address")
        }
        Label { text: qsTr("RPC node (optional)"); color: Theme.text }
        TextField {
            id: rpcUrl
            objectName: "customRpcUrl"
            Layout.preferredWidth: 420
            placeholderText: qsTr("the operator's RPC, or e.g. https://api.avax-test.network/ext/bc/C/rpc")
            Accessible.name: qsTr("RPC node address")
        }
        Item { width: 1 }
        CheckBox {
            id: allowHttp
            objectName: "customAllowHttp"
            text: qsTr("Allow plain http:// to another computer (unsafe)")
        }
    }
    Button {
        objectName: "networkConnect"
        text: qsTr("Connect")
        enabled: !step.busy
        onClicked: {
            const preset = step.onboarding.presets.find(p => p.key === step.presetKey)
            if (step.presetKey === "custom")
                step.onboarding.fetchNetwork(operatorUrl.text, rpcUrl.text, allowHttp.checked)
            else
                step.onboarding.fetchNetwork(preset.operatorUrl, "", false)
        }
    }
    TaskStatus { Layout.fillWidth: true; task: step.onboarding.task }
    Card {
        objectName: "networkCard"
        visible: step.connected
        Layout.preferredWidth: 560
        title: qsTr("Connected")
        Label {
            color: Theme.text
            text: qsTr("%1 (chain %2)").arg(step.onboarding.network.name || "").arg(step.onboarding.network.chainId || "")
        }
        Label {
            color: Theme.textMuted
            text: qsTr("RPC %1 · operator %2").arg(step.onboarding.network.rpcUrl || "").arg(step.onboarding.network.operatorUrl || "")
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        Label {
            color: Theme.textMuted
            text: qsTr("Payout token %1 · circuits: %2").arg(step.onboarding.network.token || "").arg(step.onboarding.network.circuits || "")
        }
    }
    RowLayout {
        Button { text: qsTr("Back"); onClicked: step.back() }
        PrimaryButton {
            objectName: "networkNext"
            text: qsTr("Next")
            enabled: step.connected && !step.busy
            onClicked: step.next()
        }
    }
}
