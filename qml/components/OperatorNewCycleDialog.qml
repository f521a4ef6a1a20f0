// SPDX-License-Identifier: GPL-3.0-or-later
// "New cycle" (a NewCycleModel): the period and the pool, checked on this machine as they are
// typed (nothing is sent while a sentence shows); the funding the chain shows; the server's
// dry run with the client's recomputation beside it (amounts adding up to the pool, dust
// marked, differences named); then Start, and the cycle's progress live.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

Dialog {
    id: dialog

    property var model: null
    readonly property string symbol: model ? model.tokenSymbol : "USDC"
    readonly property bool started: model !== null && model.phase === NewCycleModel.PhaseStarted
    readonly property string problem: model ? model.inputProblem(fromField.text, toField.text, poolField.text) : ""

    objectName: "newCycleDialog"
    modal: true
    title: qsTr("New cycle")
    padding: Theme.spacingM

    function openFresh() {
        if (!model)
            return
        model.open()
        fromField.text = model.suggestedFrom
        toField.text = model.suggestedTo
        poolField.text = ""
        open()
        poolField.forceActiveFocus()
    }
    onClosed: if (model) model.close()

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingS

            // ---- input ----
            GridLayout {
                Layout.fillWidth: true
                columns: 4
                columnSpacing: Theme.spacingS
                rowSpacing: Theme.spacingXs
                enabled: !dialog.started
                Label { text: qsTr("From (UTC)"); color: Theme.textMuted }
                TextField {
                    id: fromField
                    objectName: "periodFrom"
                    Layout.fillWidth: true
                    font.family: Theme.monoFamily
                    placeholderText: "2026-11-01T00:00:00Z"
                    onTextEdited: dialog.model.reset()
                    Accessible.name: qsTr("Start of the period, included")
                }
                Label { text: qsTr("To (UTC)"); color: Theme.textMuted }
                TextField {
                    id: toField
                    objectName: "periodTo"
                    Layout.fillWidth: true
                    font.family: Theme.monoFamily
                    placeholderText: "2026-11-02T00:00:00Z"
                    onTextEdited: dialog.model.reset()
                    Accessible.name: qsTr("End of the period, excluded")
                }
                Label { text: qsTr("Pool (%1)").arg(dialog.symbol); color: Theme.textMuted }
                TextField {
                    id: poolField
                    objectName: "poolField"
                    Layout.fillWidth: true
                    font.family: Theme.monoFamily
                    placeholderText: "100.00"
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    onTextEdited: dialog.model.reset()
                    Accessible.name: qsTr("Pool in %1, at most %2 decimals").arg(dialog.symbol).arg(dialog.model ? dialog.model.tokenDecimals : 6)
                }
                Item { Layout.columnSpan: 2; Layout.fillWidth: true }
            }
            Label {
                objectName: "inputProblem"
                Layout.fillWidth: true
                visible: !dialog.started && dialog.problem.length > 0
                         && (poolField.text.length > 0 || fromField.text.length === 0 || toField.text.length === 0)
                text: dialog.problem
                color: Theme.failure
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // ---- funding ----
            Rectangle {
                Layout.fillWidth: true
                visible: !dialog.started
                Layout.preferredHeight: funding.implicitHeight + 2 * Theme.spacingS
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.color: Theme.border
                RowLayout {
                    id: funding
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    spacing: Theme.spacingM
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            spacing: Theme.spacingS
                            Label { text: qsTr("Funding"); font.weight: Font.DemiBold; color: Theme.text }
                            StatusMark {
                                objectName: "fundingState"
                                visible: dialog.model !== null
                                kind: !dialog.model ? "neutral"
                                      : dialog.model.fundingState === NewCycleModel.FundingVerified ? "verified"
                                      : dialog.model.fundingState === NewCycleModel.FundingUnknown ? "neutral" : "attention"
                                text: !dialog.model ? ""
                                      : dialog.model.fundingState === NewCycleModel.FundingVerified ? qsTr("eERC balance verified")
                                      : dialog.model.fundingState === NewCycleModel.FundingRecovered ? qsTr("eERC balance recovered")
                                      : dialog.model.fundingState === NewCycleModel.FundingUnregistered ? qsTr("no eERC key on chain")
                                      : qsTr("not read yet")
                                detail: dialog.model && dialog.model.fundingState === NewCycleModel.FundingRecovered
                                        ? qsTr("The amount ciphertexts disagreed with the encrypted balance; the amount comes from the encrypted balance.") : ""
                            }
                        }
                        Label {
                            objectName: "fundingFigures"
                            Layout.fillWidth: true
                            visible: dialog.model !== null && dialog.model.fundingState !== NewCycleModel.FundingUnknown
                            text: dialog.model ? qsTr("eERC %1 + wallet %2 − committed to running cycles %3 = available %4 %5")
                                  .arg(AppSettings.hideAmounts ? "•••" : dialog.model.eercBalance)
                                  .arg(AppSettings.hideAmounts ? "•••" : dialog.model.walletBalance)
                                  .arg(AppSettings.hideAmounts ? "•••" : dialog.model.committed)
                                  .arg(AppSettings.hideAmounts ? "•••" : dialog.model.available)
                                  .arg(dialog.symbol) : ""
                            color: Theme.text
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.fontCaption
                            wrapMode: Text.WordWrap
                        }
                    }
                    Button {
                        objectName: "refreshFunding"
                        text: qsTr("Read again")
                        enabled: dialog.model !== null && !dialog.model.task.running && !dialog.started
                        onClicked: dialog.model.refreshFunding()
                        Accessible.name: qsTr("Read the funding from the chain again")
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                visible: !dialog.started
                spacing: Theme.spacingS
                Button {
                    objectName: "previewButton"
                    text: qsTr("Preview (dry run)")
                    enabled: dialog.model !== null && dialog.problem.length === 0 && !dialog.model.task.running
                    onClicked: dialog.model.preview(fromField.text, toField.text, poolField.text)
                    Accessible.name: qsTr("Ask the server what this cycle would pay; nothing is paid")
                }
                Item { Layout.fillWidth: true }
            }
            TaskStatus {
                objectName: "newCycleTask"
                Layout.fillWidth: true
                task: dialog.model ? dialog.model.task : null
            }

            // ---- the preview ----
            ColumnLayout {
                objectName: "preview"
                Layout.fillWidth: true
                // Once started, the cycle's progress takes its place.
                visible: dialog.model !== null && dialog.model.phase === NewCycleModel.PhasePreviewed
                spacing: Theme.spacingXs

                Banner {
                    objectName: "retryNotice"
                    Layout.fillWidth: true
                    kind: "info"
                    visible: dialog.model !== null && dialog.model.retryOf.length > 0
                    text: dialog.model ? qsTr("This period and pool retry the failed cycle %1: transfers it confirmed are not sent again.").arg(dialog.model.retryOf) : ""
                }
                Banner {
                    objectName: "skippedNotice"
                    Layout.fillWidth: true
                    kind: "info"
                    visible: dialog.model !== null && dialog.model.skipped
                    text: qsTr("No usage in this period: the cycle would pay nobody and be recorded as skipped.")
                }
                Label {
                    Layout.fillWidth: true
                    text: dialog.model ? qsTr("%1 · %2 providers · %3 calls").arg(dialog.model.previewPeriod)
                                         .arg(dialog.model.providerCount).arg(dialog.model.totalWeight) : ""
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                // Header
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { Layout.fillWidth: true; text: qsTr("Provider"); font.weight: Font.DemiBold; color: Theme.text }
                    Label { Layout.preferredWidth: 80; text: qsTr("Calls"); font.weight: Font.DemiBold; color: Theme.text; horizontalAlignment: Text.AlignRight }
                    Label { Layout.preferredWidth: 80; text: qsTr("Share"); font.weight: Font.DemiBold; color: Theme.text; horizontalAlignment: Text.AlignRight }
                    Label { Layout.preferredWidth: 150; text: qsTr("Server"); font.weight: Font.DemiBold; color: Theme.text; horizontalAlignment: Text.AlignRight }
                    Label { Layout.preferredWidth: 150; text: qsTr("Recomputed"); font.weight: Font.DemiBold; color: Theme.text; horizontalAlignment: Text.AlignRight }
                    Label { Layout.preferredWidth: 120; leftPadding: Theme.spacingS; text: qsTr("Note"); font.weight: Font.DemiBold; color: Theme.text }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                Repeater {
                    id: lines
                    objectName: "allocations"
                    model: dialog.model ? dialog.model.allocations : null
                    delegate: RowLayout {
                        required property string providerId
                        required property string weight
                        required property string share
                        required property string amount
                        required property string dust
                        required property bool hasDust
                        required property bool noTransfer
                        required property string clientAmount
                        required property bool matches
                        objectName: "allocation_" + providerId
                        Layout.fillWidth: true
                        spacing: 0
                        Label { Layout.fillWidth: true; text: providerId; color: Theme.text; elide: Text.ElideRight }
                        Label { Layout.preferredWidth: 80; text: weight; color: Theme.text; font.family: Theme.monoFamily; horizontalAlignment: Text.AlignRight }
                        Label { Layout.preferredWidth: 80; text: share.length ? share : "—"; color: Theme.text; font.family: Theme.monoFamily; horizontalAlignment: Text.AlignRight }
                        Money { Layout.preferredWidth: 150; amount: parent.amount; unit: ""; horizontalAlignment: Text.AlignRight }
                        Money {
                            Layout.preferredWidth: 150
                            amount: clientAmount
                            unit: ""
                            horizontalAlignment: Text.AlignRight
                            color: matches ? Theme.text : Theme.failure
                        }
                        Label {
                            objectName: "allocationNote"
                            Layout.preferredWidth: 120
                            leftPadding: Theme.spacingS
                            text: !matches ? qsTr("differs")
                                  : noTransfer ? qsTr("all dust: no transfer")
                                  : hasDust ? qsTr("dust %1").arg(AppSettings.hideAmounts ? "•••" : dust) : ""
                            color: !matches ? Theme.failure : (noTransfer || hasDust) ? Theme.attention : Theme.textMuted
                            font.pixelSize: Theme.fontCaption
                            elide: Text.ElideRight
                            ToolTip.visible: (hasDust || noTransfer) && dustHover.hovered
                            ToolTip.text: qsTr("The eERC contract keeps %1 decimals: this part of the amount cannot be transferred and stays with the operator.").arg(dialog.model ? dialog.model.eercDecimals : 0)
                            HoverHandler { id: dustHover }
                        }
                    }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { Layout.fillWidth: true; text: qsTr("Sum"); font.weight: Font.DemiBold; color: Theme.text }
                    Money {
                        objectName: "previewSum"
                        Layout.preferredWidth: 310
                        amount: dialog.model ? dialog.model.sum : ""
                        unit: dialog.symbol
                        horizontalAlignment: Text.AlignRight
                        font.weight: Font.DemiBold
                    }
                    Item { Layout.preferredWidth: 120 }
                }
                StatusMark {
                    objectName: "sumCheck"
                    kind: dialog.model && dialog.model.sumMatchesPool ? "verified" : "failure"
                    text: !dialog.model ? ""
                          : dialog.model.sumMatchesPool
                          ? (dialog.model.skipped ? qsTr("Nothing to pay") : qsTr("The amounts add up to the pool of %1 %2").arg(AppSettings.hideAmounts ? "•••" : dialog.model.previewPool).arg(dialog.symbol))
                          : qsTr("The amounts do not add up to the pool of %1 %2").arg(AppSettings.hideAmounts ? "•••" : dialog.model.previewPool).arg(dialog.symbol)
                }
                Label {
                    objectName: "dustTotal"
                    Layout.fillWidth: true
                    visible: dialog.model !== null && dialog.model.showDust
                    text: dialog.model ? qsTr("The eERC contract keeps %1 decimals, the token %2: %3 %4 of dust stays with the operator.")
                                         .arg(dialog.model.eercDecimals).arg(dialog.model.tokenDecimals)
                                         .arg(AppSettings.hideAmounts ? "•••" : dialog.model.dustTotal).arg(dialog.symbol) : ""
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                StatusMark {
                    objectName: "recomputeCheck"
                    kind: dialog.model && dialog.model.recomputedOk ? "verified" : "failure"
                    text: dialog.model && dialog.model.recomputedOk
                          ? qsTr("Recomputed on this machine by the revenue rule: identical")
                          : qsTr("Recomputed on this machine: it differs from the server's")
                }
                Repeater {
                    model: dialog.model ? dialog.model.differences : []
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "• " + modelData
                        color: Theme.failure
                        wrapMode: Text.WordWrap
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: dialog.model !== null && dialog.model.needed.length > 0
                    text: dialog.model ? qsTr("Needs %1 %2 of the %3 %2 available.")
                                         .arg(AppSettings.hideAmounts ? "•••" : dialog.model.needed).arg(dialog.symbol)
                                         .arg(AppSettings.hideAmounts ? "•••" : dialog.model.available) : ""
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }

            // ---- the started cycle ----
            OperatorCycleView {
                objectName: "startedCycle"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                visible: dialog.started
                cycle: dialog.model ? dialog.model.progress : null
            }
        }
    }

    footer: DialogButtonBox {
        PrimaryButton {
            objectName: "startCycle"
            text: dialog.model && dialog.model.retryOf.length ? qsTr("Retry cycle") : qsTr("Start")
            visible: !dialog.started
            enabled: dialog.model !== null && dialog.model.canStart
            onClicked: dialog.model.start()
            Accessible.name: qsTr("Start the previewed cycle: the server pays the providers")
        }
        Button {
            objectName: "closeNewCycle"
            text: dialog.started ? qsTr("Close") : qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: dialog.started ? qsTr("Close; the cycle goes on on the server") : qsTr("Cancel; nothing is started")
        }
    }
}
