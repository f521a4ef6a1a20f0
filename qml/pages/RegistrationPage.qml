// SPDX-License-Identifier: GPL-3.0-or-later
// Registration with the operator (details, validated as typed) and on chain (the eERC key,
// with a proof), side by side.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    property var provider: null
    readonly property var registration: provider ? provider.registration : null
    readonly property var account: provider ? provider.account : null
    readonly property var saved: registration ? registration.saved : null
    // What is wrong with each field as typed ("" when fine; ok when all are).
    readonly property var errors: registration
        ? registration.check(displayName.text, email.text, apiName.text, baseUrl.text,
                             category.currentValue, pricing.currentValue)
        : null
    property bool touched: false
    readonly property bool busy: registration !== null && registration.task.running

    function problem(field) {
        return page.touched && page.errors ? page.errors[field] : ""
    }

    title: qsTr("Registration")
    subtitle: account ? qsTr("State with the operator: %1").arg(account.providerStateText) : ""

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
          width: scroll.availableWidth
          spacing: Theme.spacingM
          TaskStatus {
            Layout.fillWidth: true
            task: page.registration ? page.registration.task : null
          }
          RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Card {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                title: qsTr("With the operator")

                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.spacingM
                    rowSpacing: Theme.spacingXs
                    enabled: !page.busy

                    Label { text: qsTr("Display name"); color: Theme.text }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        TextField { id: displayName; objectName: "regDisplayName"; Layout.fillWidth: true
                                text: page.saved ? page.saved.displayName : ""; Accessible.name: qsTr("Display name")
                                onTextEdited: page.touched = true }
                        Label { visible: text.length > 0; text: page.problem("displayName"); color: Theme.failure; font.pixelSize: Theme.fontCaption }
                    }

                    Label { text: qsTr("Contact email"); color: Theme.text }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        TextField { id: email; objectName: "regEmail"; Layout.fillWidth: true
                                text: page.saved ? page.saved.contactEmail : ""; Accessible.name: qsTr("Contact email")
                                onTextEdited: page.touched = true }
                        Label { visible: text.length > 0; text: page.problem("contactEmail"); color: Theme.failure; font.pixelSize: Theme.fontCaption }
                    }

                    Label { text: qsTr("API name"); color: Theme.text }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        TextField { id: apiName; objectName: "regApiName"; Layout.fillWidth: true
                                text: page.saved ? page.saved.apiName : ""; placeholderText: "acme-weather"
                                Accessible.name: qsTr("API name"); onTextEdited: page.touched = true }
                        Label { visible: text.length > 0; text: page.problem("apiName"); color: Theme.failure; font.pixelSize: Theme.fontCaption }
                    }

                    Label { text: qsTr("API base URL"); color: Theme.text }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        TextField { id: baseUrl; objectName: "regBaseUrl"; Layout.fillWidth: true
                                text: page.saved ? page.saved.baseUrl : ""; placeholderText: "https://api.example.com"
                                Accessible.name: qsTr("API base URL"); onTextEdited: page.touched = true }
                        Label { visible: text.length > 0; text: page.problem("baseUrl"); color: Theme.failure; font.pixelSize: Theme.fontCaption }
                    }

                    Label { text: qsTr("Category"); color: Theme.text }
                    ComboBox {
                        id: category
                        objectName: "regCategory"
                        textRole: "label"
                        valueRole: "key"
                        model: [ { key: "weather", label: qsTr("Weather") }, { key: "news", label: qsTr("News") },
                                 { key: "finance", label: qsTr("Finance") }, { key: "ai", label: qsTr("AI") },
                                 { key: "data", label: qsTr("Data") }, { key: "other", label: qsTr("Other") } ]
                        Component.onCompleted: if (page.saved && page.saved.category) currentIndex = indexOfValue(page.saved.category)
                        Accessible.name: qsTr("Category")
                    }
                    Label { text: qsTr("Pricing"); color: Theme.text }
                    ComboBox {
                        id: pricing
                        objectName: "regPricing"
                        textRole: "label"
                        valueRole: "key"
                        model: [ { key: "free", label: qsTr("Free") }, { key: "paid", label: qsTr("Paid") },
                                 { key: "hybrid", label: qsTr("Hybrid") } ]
                        Component.onCompleted: if (page.saved && page.saved.pricing) currentIndex = indexOfValue(page.saved.pricing)
                        Accessible.name: qsTr("Pricing")
                    }
                }
                Label {
                    visible: page.registration !== null && !page.registration.serverConfigured
                    text: qsTr("This profile has no operator server.")
                    color: Theme.attention
                }
                Button {
                    objectName: "regOperatorSubmit"
                    readonly property bool registered: page.saved !== null && page.saved.providerId.length > 0
                    text: registered ? qsTr("Update registration") : qsTr("Register with the operator")
                    highlighted: !registered
                    enabled: page.registration !== null && page.registration.serverConfigured && !page.busy
                             && page.errors !== null && page.errors.ok
                    Accessible.name: text
                    onClicked: page.registration.registerWithOperator(
                                   displayName.text, email.text, apiName.text, baseUrl.text,
                                   category.currentValue, pricing.currentValue)
                }
                Label {
                    visible: page.saved !== null && page.saved.providerId.length > 0
                    text: qsTr("Provider id %1").arg(page.saved ? page.saved.providerId : "")
                    color: Theme.textMuted
                    font.family: Theme.monoFamily
                }
            }

            Card {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                title: qsTr("On chain")
                StatusMark {
                    objectName: "onchainMark"
                    kind: page.account && page.account.onchainRegistered ? "verified" : "neutral"
                    text: page.account && page.account.onchainRegistered ? qsTr("Key registered") : qsTr("Not registered")
                    detail: qsTr("Read from the eERC registrar contract.")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("Registering publishes your eERC public key with a zero-knowledge "
                               + "proof that you hold its private key. Payouts can only reach a "
                               + "registered key.")
                }
                PrimaryButton {
                    objectName: "regOnchainSubmit"
                    text: qsTr("Register on chain")
                    enabled: page.account !== null && !page.account.onchainRegistered && !page.busy
                             && page.account.chainError.length === 0
                    Accessible.name: text
                    onClicked: page.registration.registerOnChain()
                }
            }
          }
        }
    }
}
