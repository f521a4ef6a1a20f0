// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3: the network, from a preset or the operator server's address (GET /network).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

OnboardingStep {
    id: step

    property string presetKey: "devnet"
    readonly property var preset: step.onboarding.presets.find(p => p.key === step.presetKey)
    // Custom, Avalanche Fuji and the C-Chain: the operator's address is the user's to enter.
    readonly property bool asksOperator: step.presetKey === "custom" || (step.preset !== undefined && step.preset.needsOperator === true)
    readonly property bool connected: onboarding.network.name !== undefined

    StepHeading { text: qsTr("Network") }
    Repeater {
        model: step.onboarding.presets
        RadioButton {
            Accessible.name: text
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
        visible: step.asksOperator
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
            placeholderText: step.preset && step.preset.rpcUrl
                             ? qsTr("the operator's RPC, or %1").arg(step.preset.rpcUrl)
                             : qsTr("the operator's RPC, or e.g. https://api.avax-test.network/ext/bc/C/rpc")
            Accessible.name: qsTr("RPC node address")
        }
        Item { width: 1 }
        CheckBox {
            id: allowHttp
            objectName: "customAllowHttp"
            text: qsTr("Allow plain http:// to another computer (unsafe)")
            Accessible.name: text
        }
    }
    Button {
        objectName: "networkConnect"
        text: qsTr("Connect")
        enabled: !step.busy
        Accessible.name: text
        onClicked: {
            if (step.asksOperator)
                step.onboarding.fetchNetwork(operatorUrl.text, rpcUrl.text, allowHttp.checked, step.presetKey)
            else
                step.onboarding.fetchNetwork(step.preset.operatorUrl, "", false, step.presetKey)
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
        // The network's precision, worded as in Settings; a provider is warned when the
        // contract keeps fewer decimals than the token (small payouts become dust).
        Label {
            objectName: "networkPrecision"
            readonly property bool warn: step.onboarding.network.keepsDust === true
                                         && step.onboarding.role === Onboarding.RoleProvider
            color: warn ? Theme.attention : Theme.textMuted
            text: (warn ? qsTr("Warning: ") : "") + (step.onboarding.network.precision || "")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
    RowLayout {
        Button { Accessible.name: text; text: qsTr("Back"); onClicked: step.back() }
        PrimaryButton {
            objectName: "networkNext"
            text: qsTr("Next")
            enabled: step.connected && !step.busy
            onClicked: step.next()
        }
    }
}
