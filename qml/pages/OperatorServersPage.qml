// SPDX-License-Identifier: GPL-3.0-or-later
// Operator · Usage servers: the FlowMCP servers that submit usage. Creating one shows its
// bearer token once (painted from locked memory, with Copy and a warning); revoking one,
// after a confirmation, makes the server refuse its token from then on.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

PageFrame {
    id: page

    property var operatorPages: null
    readonly property var servers: operatorPages ? operatorPages.servers : null
    property string revokeId: ""
    property string revokeName: ""

    title: qsTr("Usage servers")
    subtitle: qsTr("The FlowMCP servers that report usage; each sends its calls with its own token.")

    Connections {
        target: page.servers
        function onCreated(serverId) {
            createDialog.close()
            tokenDialog.open()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                objectName: "serversSummary"
                Layout.fillWidth: true
                text: page.servers && page.servers.loaded
                      ? qsTr("%1 active, %2 in all").arg(page.servers.activeCount).arg(page.servers.count) : ""
                color: Theme.textMuted
            }
            Button {
                objectName: "refreshServers"
                text: qsTr("Refresh")
                enabled: page.servers !== null && !page.servers.task.running
                onClicked: page.servers.refresh()
                Accessible.name: qsTr("Read the usage servers again")
            }
            PrimaryButton {
                objectName: "newServerButton"
                text: qsTr("New server…")
                enabled: page.servers !== null && !page.servers.task.running
                onClicked: {
                    nameField.text = ""
                    createDialog.open()
                    nameField.forceActiveFocus()
                }
                Accessible.name: qsTr("Create a usage server")
            }
        }

        TaskStatus {
            Layout.fillWidth: true
            task: page.servers ? page.servers.task : null
            visible: task !== null && (task.running || (task.error.length > 0 && !createDialog.visible))
        }
        Banner {
            objectName: "serversNotice"
            Layout.fillWidth: true
            kind: "info"
            visible: page.servers !== null && page.servers.notice.length > 0
                     && !page.servers.task.running && page.servers.task.error.length === 0
            text: page.servers ? page.servers.notice : ""
        }

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
                    Label { Layout.fillWidth: true; leftPadding: 12; text: qsTr("Server"); font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight }
                    Label { Layout.preferredWidth: 130; leftPadding: 12; text: qsTr("State"); font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight }
                    Label { Layout.preferredWidth: 150; leftPadding: 12; text: qsTr("Created"); font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight }
                    Label { Layout.preferredWidth: 150; leftPadding: 12; text: qsTr("Revoked"); font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight }
                    Item { Layout.preferredWidth: 110 }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                ListView {
                    id: table
                    objectName: "serversTable"
                    FocusRing { target: table }
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.servers
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.name: qsTr("Usage servers")
                    Label {
                        objectName: "serversEmpty"
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacingL
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        visible: table.count === 0
                        text: !page.servers || !page.servers.loaded ? qsTr("Reading the usage servers…")
                              : qsTr("No usage server yet. Create one for each FlowMCP server that reports usage.")
                        color: Theme.textMuted
                    }
                    delegate: Rectangle {
                        id: row
                        required property int index
                        required property string serverId
                        required property string name
                        required property int status
                        required property string statusText
                        required property string createdAt
                        required property string revokedAt
                        objectName: "server_" + serverId
                        width: table.width
                        height: 48
                        color: index % 2 ? Theme.surfaceAlt : Theme.surface
                        RowLayout {
                            anchors.fill: parent
                            spacing: 0
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label { Layout.fillWidth: true; leftPadding: 12; text: row.name; color: Theme.text; elide: Text.ElideRight }
                                Label { Layout.fillWidth: true; leftPadding: 12; text: row.serverId; color: Theme.textMuted; font.pixelSize: Theme.fontCaption; font.family: Theme.monoFamily; elide: Text.ElideRight }
                            }
                            Item {
                                Layout.preferredWidth: 130
                                Layout.fillHeight: true
                                StatusMark {
                                    anchors.verticalCenter: parent.verticalCenter
                                    x: 12
                                    kind: row.status === UsageServersModel.StatusActive ? "verified" : "neutral"
                                    text: row.statusText
                                }
                            }
                            Label { Layout.preferredWidth: 150; leftPadding: 12; text: row.createdAt; color: Theme.text }
                            Label { Layout.preferredWidth: 150; leftPadding: 12; text: row.revokedAt.length ? row.revokedAt : "—"; color: Theme.text }
                            Item {
                                Layout.preferredWidth: 110
                                Layout.fillHeight: true
                                Button {
                                    objectName: "revoke_" + row.serverId
                                    anchors.centerIn: parent
                                    visible: row.status === UsageServersModel.StatusActive
                                    enabled: !page.servers.task.running
                                    text: qsTr("Revoke…")
                                    onClicked: {
                                        page.revokeId = row.serverId
                                        page.revokeName = row.name
                                        revokeDialog.open()
                                    }
                                    Accessible.name: qsTr("Revoke %1").arg(row.name)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: createDialog
        objectName: "createServerDialog"
        anchors.centerIn: parent
        width: Math.min(480, page.width - 2 * Theme.spacingL)
        modal: true
        title: qsTr("New usage server")
        readonly property string problem: page.servers ? page.servers.nameProblem(nameField.text) : ""

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.text
                text: qsTr("The server gets a token for submitting usage. It is shown once, right after creation.")
            }
            TextField {
                id: nameField
                objectName: "serverNameField"
                Layout.fillWidth: true
                placeholderText: qsTr("Name, e.g. flowmcp-eu-1")
                Accessible.name: qsTr("Server name")
                onAccepted: if (createDialog.problem.length === 0) page.servers.create(text)
            }
            Label {
                objectName: "serverNameProblem"
                Layout.fillWidth: true
                visible: nameField.text.length > 0 && createDialog.problem.length > 0
                text: createDialog.problem
                color: Theme.failure
                wrapMode: Text.WordWrap
            }
            TaskStatus {
                Layout.fillWidth: true
                task: page.servers ? page.servers.task : null
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "createServerConfirm"
                text: qsTr("Create")
                enabled: page.servers !== null && createDialog.problem.length === 0 && !page.servers.task.running
                // Closes itself when the server answers (onCreated).
                onClicked: page.servers.create(nameField.text)
                Accessible.name: qsTr("Create the usage server")
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                Accessible.name: qsTr("Cancel creating a server")
            }
        }
    }

    Dialog {
        id: tokenDialog
        objectName: "tokenDialog"
        anchors.centerIn: parent
        width: Math.min(560, page.width - 2 * Theme.spacingL)
        modal: true
        closePolicy: Popup.NoAutoClose
        title: qsTr("Token of %1").arg(page.servers ? page.servers.tokenServerName : "")
        property bool copied: false
        onOpened: copied = false

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingS
            Banner {
                objectName: "tokenWarning"
                Layout.fillWidth: true
                kind: "attention"
                text: qsTr("This token is shown only now. Copy it into the FlowMCP server's configuration; BackendShield does not keep it. If it is lost, revoke the server and create a new one.")
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: token.implicitHeight + 2 * Theme.spacingS
                color: Theme.surfaceAlt
                radius: Theme.radius
                border.color: Theme.border
                TokenView {
                    id: token
                    objectName: "tokenView"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    source: page.servers
                    color: Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("The new server's token (%1 characters)").arg(page.servers ? page.servers.tokenLength : 0)
                }
            }
            Label {
                objectName: "tokenCopied"
                visible: tokenDialog.copied
                text: qsTr("Copied to the clipboard.")
                color: Theme.verified
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "copyToken"
                text: qsTr("Copy")
                onClicked: {
                    page.servers.copyToken()
                    tokenDialog.copied = true
                }
                Accessible.name: qsTr("Copy the token to the clipboard")
            }
            Button {
                objectName: "tokenDone"
                text: qsTr("I have stored it")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                Accessible.name: qsTr("Close; the token is not shown again")
            }
        }
        onClosed: page.servers.forgetToken()
    }

    Dialog {
        id: revokeDialog
        objectName: "revokeDialog"
        anchors.centerIn: parent
        width: Math.min(480, page.width - 2 * Theme.spacingL)
        modal: true
        title: qsTr("Revoke %1?").arg(page.revokeName)
        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.text
                text: qsTr("The server %1 can no longer submit usage: its token is refused from now on. This cannot be undone; a new server gets a new token.").arg(page.revokeId)
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "revokeConfirm"
                text: qsTr("Revoke")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                Accessible.name: qsTr("Revoke the server")
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                Accessible.name: qsTr("Keep the server")
            }
        }
        onAccepted: page.servers.revoke(page.revokeId)
    }
}
