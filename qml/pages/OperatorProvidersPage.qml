// SPDX-License-Identifier: GPL-3.0-or-later
// Operator · Providers: every registered provider with a status filter and a search, the
// status changes the spec allows (approve = integrated, suspend and reinstate with a reason),
// and the selected provider's detail with its usage and payouts per cycle.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    property var operatorPages: null
    readonly property var providers: operatorPages ? operatorPages.providers : null
    readonly property var detail: operatorPages ? operatorPages.providerDetail : null
    // The action waiting for its reason in the dialog.
    property int pendingAction: ProvidersModel.ActionApprove
    property string pendingProvider: ""

    title: qsTr("Providers")
    subtitle: qsTr("Approve registered providers, suspend or reinstate them; every change is signed with the operator key.")

    function ask(action, providerId) {
        pendingAction = action
        pendingProvider = providerId
        reasonField.text = ""
        statusDialog.open()
        reasonField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ComboBox {
                id: filter
                objectName: "statusFilter"
                Layout.preferredWidth: 190
                textRole: "label"
                valueRole: "value"
                model: [
                    { value: -1, label: qsTr("All states") },
                    { value: ProvidersModel.StatusRegistered, label: qsTr("Registered") },
                    { value: ProvidersModel.StatusIntegrated, label: qsTr("Integrated") },
                    { value: ProvidersModel.StatusEarningRevenue, label: qsTr("Earning revenue") },
                    { value: ProvidersModel.StatusSuspended, label: qsTr("Suspended") }
                ]
                onActivated: if (page.providers) page.providers.statusFilter = currentValue
                Accessible.name: qsTr("Show providers in state")
            }
            TextField {
                id: search
                objectName: "providerSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search name, id, address, API or email")
                onTextChanged: if (page.providers) page.providers.search = text
                Accessible.name: qsTr("Search providers")
            }
            Button {
                objectName: "refreshProviders"
                text: qsTr("Refresh")
                enabled: page.providers !== null && !page.providers.task.running
                onClicked: page.providers.refresh()
                Accessible.name: qsTr("Read the providers again")
            }
        }

        TaskStatus { Layout.fillWidth: true; task: page.providers ? page.providers.task : null }
        Banner {
            objectName: "providersNotice"
            Layout.fillWidth: true
            kind: "info"
            visible: page.providers !== null && page.providers.notice.length > 0
                     && !page.providers.task.running && page.providers.task.error.length === 0
            text: page.providers ? page.providers.notice : ""
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingM

            // The table
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                clip: true

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 36
                        spacing: 0
                        Label { Layout.fillWidth: true; leftPadding: 12; text: qsTr("Provider"); font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight }
                        Label { Layout.preferredWidth: 150; leftPadding: 12; text: qsTr("State"); font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight }
                        Label { Layout.preferredWidth: 160; leftPadding: 12; text: qsTr("Registered at"); font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight }
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                    ListView {
                        id: table
                        objectName: "providersTable"
                        FocusRing { target: table }
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: page.providers
                        keyNavigationEnabled: true
                        activeFocusOnTab: true
                        currentIndex: -1
                        ScrollBar.vertical: ScrollBar {}
                        Accessible.name: qsTr("Providers")
                        Label {
                            objectName: "providersEmpty"
                            anchors.centerIn: parent
                            width: parent.width - 2 * Theme.spacingL
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            visible: table.count === 0
                            text: !page.providers || !page.providers.loaded ? qsTr("Reading the providers…")
                                  : page.providers.total === 0 ? qsTr("No provider has registered yet.")
                                  : qsTr("No provider matches the filter.")
                            color: Theme.textMuted
                        }
                        delegate: ItemDelegate {
                            id: row
                            required property int index
                            required property string providerId
                            required property string name
                            required property string address
                            required property int status
                            required property string statusText
                            required property string createdAt
                            objectName: "provider_" + providerId
                            width: table.width
                            height: 48
                            highlighted: page.detail !== null && page.detail.providerId === providerId
                            Accessible.name: qsTr("%1, %2").arg(name.length ? name : providerId).arg(statusText)
                            onClicked: {
                                table.currentIndex = index
                                page.detail.select(providerId)
                            }
                            background: Rectangle {
                                color: row.highlighted ? Theme.accentSoft
                                     : row.index % 2 ? Theme.surfaceAlt : Theme.surface
                            }
                            contentItem: RowLayout {
                                spacing: 0
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Label { Layout.fillWidth: true; text: row.name.length ? row.name : row.providerId; color: Theme.text; elide: Text.ElideRight }
                                    Label {
                                        Layout.fillWidth: true
                                        text: row.providerId + " · " + row.address.substring(0, 8) + "…" + row.address.substring(38)
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.fontCaption
                                        font.family: Theme.monoFamily
                                        elide: Text.ElideRight
                                    }
                                }
                                Item {
                                    Layout.preferredWidth: 150
                                    Layout.fillHeight: true
                                    StatusMark {
                                        anchors.verticalCenter: parent.verticalCenter
                                        x: 12
                                        kind: row.status === ProvidersModel.StatusSuspended ? "failure"
                                              : row.status === ProvidersModel.StatusRegistered ? "attention" : "verified"
                                        text: row.statusText
                                    }
                                }
                                Label { Layout.preferredWidth: 160; leftPadding: 12; text: row.createdAt; color: Theme.text; elide: Text.ElideRight }
                            }
                        }
                    }
                }
            }

            // The detail pane
            Rectangle {
                objectName: "providerDetail"
                Layout.preferredWidth: 340
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                clip: true

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingL
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    visible: !page.detail || !page.detail.selected
                    text: qsTr("Select a provider to see its registration, usage and payouts.")
                    color: Theme.textMuted
                }

                Flickable {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    visible: page.detail !== null && page.detail.selected
                    contentHeight: pane.implicitHeight
                    clip: true
                    ScrollBar.vertical: ScrollBar {}

                    ColumnLayout {
                        id: pane
                        width: parent.width
                        spacing: Theme.spacingS

                        Label {
                            objectName: "detailName"
                            Layout.fillWidth: true
                            text: page.detail ? (page.detail.name.length ? page.detail.name : page.detail.providerId) : ""
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        StatusMark {
                            objectName: "detailStatus"
                            kind: !page.detail ? "neutral"
                                  : page.detail.status === ProvidersModel.StatusSuspended ? "failure"
                                  : page.detail.status === ProvidersModel.StatusRegistered ? "attention" : "verified"
                            text: page.detail ? page.detail.statusText : ""
                            detail: page.detail && page.detail.onchainRegistered ? qsTr("eERC key registered on chain")
                                                                                 : qsTr("No eERC key on chain yet")
                        }
                        Repeater {
                            model: page.detail ? [
                                { k: qsTr("Id"), v: page.detail.providerId, mono: true },
                                { k: qsTr("Address"), v: page.detail.address, mono: true },
                                { k: qsTr("Email"), v: page.detail.email, mono: false },
                                { k: qsTr("API"), v: page.detail.apiName, mono: false },
                                { k: qsTr("URL"), v: page.detail.apiUrl, mono: false },
                                { k: qsTr("Category"), v: page.detail.category, mono: false },
                                { k: qsTr("Pricing"), v: page.detail.pricing, mono: false },
                                { k: qsTr("Registered"), v: page.detail.createdAt, mono: false },
                                { k: qsTr("Changed"), v: page.detail.updatedAt, mono: false }
                            ] : []
                            delegate: RowLayout {
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: Theme.spacingS
                                Label {
                                    Layout.preferredWidth: 80
                                    Layout.alignment: Qt.AlignTop
                                    text: modelData.k
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontCaption
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: modelData.v.length ? modelData.v : "—"
                                    color: Theme.text
                                    font.pixelSize: Theme.fontCaption
                                    font.family: modelData.mono ? Theme.monoFamily : Theme.fontFamily
                                    wrapMode: Text.WrapAnywhere
                                }
                            }
                        }

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            Button {
                                objectName: "approveButton"
                                text: qsTr("Approve")
                                visible: page.detail !== null && page.detail.status === ProvidersModel.StatusRegistered
                                enabled: page.providers !== null && !page.providers.task.running
                                onClicked: page.ask(ProvidersModel.ActionApprove, page.detail.providerId)
                                Accessible.name: qsTr("Approve %1: integrated into FlowMCP").arg(page.detail ? page.detail.providerId : "")
                            }
                            Button {
                                objectName: "suspendButton"
                                text: qsTr("Suspend…")
                                visible: page.detail !== null && page.detail.selected && page.detail.status !== ProvidersModel.StatusSuspended
                                enabled: page.providers !== null && !page.providers.task.running
                                onClicked: page.ask(ProvidersModel.ActionSuspend, page.detail.providerId)
                                Accessible.name: qsTr("Suspend %1").arg(page.detail ? page.detail.providerId : "")
                            }
                            Button {
                                objectName: "reinstateButton"
                                text: qsTr("Reinstate…")
                                visible: page.detail !== null && page.detail.status === ProvidersModel.StatusSuspended
                                enabled: page.providers !== null && !page.providers.task.running
                                onClicked: page.ask(ProvidersModel.ActionReinstate, page.detail.providerId)
                                Accessible.name: qsTr("Reinstate %1").arg(page.detail ? page.detail.providerId : "")
                            }
                        }

                        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                        Label {
                            text: qsTr("Usage and payouts")
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        TaskStatus { Layout.fillWidth: true; task: page.detail ? page.detail.task : null }
                        Label {
                            objectName: "detailTotals"
                            Layout.fillWidth: true
                            visible: page.detail !== null && page.detail.reportLoaded
                            text: page.detail ? (page.detail.cycleCount === 1 ? qsTr("1 cycle") : qsTr("%1 cycles").arg(page.detail.cycleCount)) + " · "
                                                + qsTr("%1 calls · %2 %3 paid").arg(page.detail.totalCalls)
                                                  .arg(AppSettings.hideAmounts ? "•••" : page.detail.totalPaid)
                                                  .arg(page.detail.tokenSymbol) : ""
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: page.detail !== null && page.detail.reportLoaded && payouts.count === 0
                            text: qsTr("No usage in any cycle yet.")
                            color: Theme.textMuted
                        }
                        Repeater {
                            id: payouts
                            model: page.detail
                            delegate: ColumnLayout {
                                required property string cycleId
                                required property string period
                                required property string calls
                                required property string share
                                required property string amount
                                required property string cycleStatus
                                required property bool paid
                                Layout.fillWidth: true
                                spacing: 0
                                Label { Layout.fillWidth: true; text: cycleId + " · " + period; color: Theme.textMuted; font.pixelSize: Theme.fontCaption; elide: Text.ElideRight }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 calls (%2) · %3 %4 · %5")
                                          .arg(calls).arg(share.length ? share : "—")
                                          .arg(AppSettings.hideAmounts ? "•••" : amount)
                                          .arg(page.detail.tokenSymbol)
                                          .arg(paid ? qsTr("paid") : cycleStatus)
                                    color: Theme.text
                                    font.pixelSize: Theme.fontCaption
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: statusDialog
        objectName: "statusDialog"
        anchors.centerIn: parent
        width: Math.min(480, page.width - 2 * Theme.spacingL)
        modal: true
        title: page.pendingAction === ProvidersModel.ActionApprove ? qsTr("Approve %1").arg(page.pendingProvider)
               : page.pendingAction === ProvidersModel.ActionSuspend ? qsTr("Suspend %1").arg(page.pendingProvider)
               : qsTr("Reinstate %1").arg(page.pendingProvider)
        readonly property string problem: page.providers
            ? (page.providers.actionRefusal(page.pendingProvider, page.pendingAction)
               || page.providers.reasonProblem(page.pendingAction, reasonField.text)) : ""

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.text
                text: page.pendingAction === ProvidersModel.ActionApprove
                      ? qsTr("The provider becomes integrated: FlowMCP routes calls to its API and it takes part in the next cycles.")
                      : page.pendingAction === ProvidersModel.ActionSuspend
                      ? qsTr("A suspended provider takes no part in new cycles until it is reinstated. The reason is kept with the change.")
                      : qsTr("The provider becomes registered again and needs an approval before it is paid.")
            }
            TextField {
                id: reasonField
                objectName: "reasonField"
                Layout.fillWidth: true
                placeholderText: page.pendingAction === ProvidersModel.ActionApprove ? qsTr("Reason (optional)") : qsTr("Reason")
                Accessible.name: qsTr("Reason for the change")
            }
            Label {
                objectName: "reasonProblem"
                Layout.fillWidth: true
                visible: reasonField.text.length > 0 || page.pendingAction === ProvidersModel.ActionApprove
                text: statusDialog.problem
                color: Theme.failure
                wrapMode: Text.WordWrap
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "statusConfirm"
                text: page.pendingAction === ProvidersModel.ActionApprove ? qsTr("Approve")
                      : page.pendingAction === ProvidersModel.ActionSuspend ? qsTr("Suspend") : qsTr("Reinstate")
                enabled: statusDialog.problem.length === 0
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                Accessible.name: text
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                Accessible.name: qsTr("Cancel the change")
            }
        }
        onAccepted: page.providers.changeStatus(page.pendingProvider, page.pendingAction, reasonField.text)
    }
}
