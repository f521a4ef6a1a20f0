// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: navigation rail on the left, top bar, one page at a time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

ApplicationWindow {
    id: window

    width: 1200
    height: 780
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    //: Main window title
    title: qsTr("BackendShield")
    color: Theme.window
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    // The controls' palette follows the theme, so Fusion controls match both themes.
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.textMuted
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.mid: Theme.border
    palette.disabled.buttonText: Theme.textMuted
    palette.disabled.windowText: Theme.textMuted
    palette.disabled.text: Theme.textMuted

    // The appearance setting decides the theme; "system" follows the palette.
    SystemPalette { id: systemPalette }
    Binding {
        target: Theme
        property: "dark"
        value: AppSettings.theme === "dark"
               || (AppSettings.theme === "system" && systemPalette.window.hslLightness < 0.5)
    }

    // Every page, in the order of the page stack below; `roles` says whose rail shows it
    // (empty: everyone's).
    readonly property var allPages: [
        { key: "dashboard", label: qsTr("Dashboard"), icon: "qrc:/icons/provider.svg", roles: ["provider"] },
        { key: "earnings", label: qsTr("Earnings"), icon: "qrc:/icons/earnings.svg", roles: ["provider"] },
        { key: "claim", label: qsTr("Claim"), icon: "qrc:/icons/claim.svg", roles: ["provider"] },
        { key: "registration", label: qsTr("Registration"), icon: "qrc:/icons/operator.svg", roles: ["provider"] },
        { key: "providers", label: qsTr("Providers"), icon: "qrc:/icons/provider.svg", roles: ["operator"] },
        { key: "servers", label: qsTr("Usage servers"), icon: "qrc:/icons/servers.svg", roles: ["operator"] },
        { key: "cycles", label: qsTr("Cycles"), icon: "qrc:/icons/cycles.svg", roles: ["operator"] },
        { key: "verify", label: qsTr("Verify"), icon: "qrc:/icons/auditor.svg", roles: ["auditor"] },
        { key: "reports", label: qsTr("Reports"), icon: "qrc:/icons/reports.svg", roles: ["auditor"] },
        { key: "activity", label: qsTr("Activity"), icon: "qrc:/icons/activity.svg", roles: [] },
        { key: "settings", label: qsTr("Settings"), icon: "qrc:/icons/settings.svg", roles: [] }
    ]
    // The open profile's pages (a provider's in the shell preview of tests), each with its
    // index in the stack.
    readonly property string role: Session.role.length ? Session.role : "provider"
    readonly property var pages: {
        const shown = []
        for (let i = 0; i < allPages.length; ++i) {
            const p = allPages[i]
            if (p.roles.length === 0 || p.roles.indexOf(role) >= 0)
                shown.push(Object.assign({ stackIndex: i }, p))
        }
        return shown
    }
    property int currentPage: 0
    // Tests show the main window's frame without opening a profile.
    property bool shellPreview: false
    readonly property bool unlocked: Session.state === "unlocked"
    readonly property var provider: Session.provider
    readonly property var operatorPages: Session.operatorPages
    readonly property var auditorPages: Session.auditorPages
    // A page asked for (--page) before the profile's role is known: shown once unlocked.
    property string pendingPageKey: ""
    readonly property var account: provider ? provider.account : null

    // Onboarding and the unlock screen replace the main window's content.
    Loader {
        anchors.fill: parent
        active: Session.state === "welcome" && !window.shellPreview
        visible: active
        sourceComponent: OnboardingView {}
        onLoaded: item.forceActiveFocus()
    }
    Loader {
        anchors.fill: parent
        active: Session.state === "locked" && !window.shellPreview
        visible: active
        sourceComponent: UnlockView {}
        onLoaded: item.forceActiveFocus()
    }
    onUnlockedChanged: {
        if (!unlocked)
            return
        const key = pendingPageKey
        pendingPageKey = ""
        if (!(key.length && showPageByKey(key)))
            showPage(0)
    }

    function showPage(index) {
        if (index >= 0 && index < pages.length) {
            currentPage = index
            stack.children[pages[index].stackIndex].forceActiveFocus()
        }
    }

    // Used by the app's --page option (and tests) to open a page by its key.
    function showPageByKey(key) {
        for (let i = 0; i < pages.length; ++i) {
            if (pages[i].key === key) {
                showPage(i)
                pendingPageKey = ""
                return true
            }
        }
        // Another role's page: shown if the profile unlocked next has that role.
        if (!unlocked && allPages.some(p => p.key === key)) {
            pendingPageKey = key
            return true
        }
        return false
    }

    // Ctrl+1 … Ctrl+6 switch pages from anywhere.
    Repeater {
        model: window.pages.length
        Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                enabled: window.unlocked || window.shellPreview
                onActivated: window.showPage(index)
            }
        }
    }
    Shortcut {
        sequence: "Ctrl+H"
        onActivated: AppSettings.hideAmounts = !AppSettings.hideAmounts
    }
    Shortcut {
        sequence: "Ctrl+L"
        enabled: window.unlocked
        onActivated: Session.lock()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: window.unlocked || window.shellPreview

        // Navigation rail
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.railWidth
            color: Theme.rail

            ColumnLayout {
                anchors.fill: parent
                anchors.topMargin: Theme.spacingM
                anchors.bottomMargin: Theme.spacingM
                spacing: Theme.spacingS

                Image {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.bottomMargin: Theme.spacingS
                    source: "qrc:/icons/backendshield.svg"
                    sourceSize: Qt.size(40, 40)
                    Accessible.ignored: true
                }

                Repeater {
                    model: window.pages
                    NavButton {
                        required property var modelData
                        required property int index
                        objectName: "nav_" + modelData.key
                        Layout.alignment: Qt.AlignHCenter
                        // Settings sits at the bottom of the rail.
                        Layout.topMargin: modelData.key === "settings" ? Theme.spacingL : 0
                        text: modelData.label
                        iconSource: modelData.icon
                        current: window.currentPage === index
                        onClicked: window.showPage(index)
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("%1 (Ctrl+%2)").arg(modelData.label).arg(index + 1)
                    }
                }

                Item { Layout.fillHeight: true }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Top bar
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.topBarHeight
                color: Theme.surface

                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: 1
                    color: Theme.border
                }

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingL
                    anchors.rightMargin: Theme.spacingM
                    spacing: Theme.spacingM

                    Label {
                        text: qsTr("BackendShield")
                        font.pixelSize: Theme.fontSubtitle
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }

                    // Network badge: which chain the profile talks to, and its health.
                    Rectangle {
                        objectName: "networkBadge"
                        implicitHeight: 28
                        implicitWidth: badgeRow.implicitWidth + 2 * Theme.spacingM
                        radius: 14
                        color: Theme.surfaceAlt
                        border.color: Theme.border
                        Accessible.role: Accessible.StaticText
                        Accessible.name: badgeLabel.text

                        Row {
                            id: badgeRow
                            anchors.centerIn: parent
                            spacing: Theme.spacingS
                            Rectangle {
                                objectName: "rpcHealth"
                                anchors.verticalCenter: parent.verticalCenter
                                width: 8; height: 8; radius: 4
                                color: !window.account || !window.account.loaded ? Theme.textMuted
                                       : window.account.chainError.length ? Theme.failure : Theme.verified
                                ToolTip.text: qsTr("RPC node")
                            }
                            Label {
                                id: badgeLabel
                                //: Network badge: network name and chain id
                                text: window.unlocked ? qsTr("%1 · %2").arg(Session.networkName).arg(Session.chainId)
                                                      : qsTr("No network")
                                font.pixelSize: Theme.fontCaption
                                color: window.unlocked ? Theme.text : Theme.textMuted
                            }
                            Rectangle {
                                objectName: "serverHealth"
                                visible: window.account !== null
                                         && window.account.serverState !== AccountModel.ServerNotConfigured
                                anchors.verticalCenter: parent.verticalCenter
                                width: 8; height: 8; radius: 4
                                color: !window.account || !window.account.loaded ? Theme.textMuted
                                       : window.account.serverState === AccountModel.ServerOnline ? Theme.verified
                                       : Theme.attention
                            }
                        }
                    }

                    Label {
                        objectName: "syncState"
                        text: window.account ? window.account.syncText : ""
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textMuted
                    }

                    Item { Layout.fillWidth: true }

                    Label {
                        objectName: "lockDeferred"
                        visible: Session.lockDeferred
                        text: qsTr("Locks after the transaction")
                        color: Theme.attention
                        font.pixelSize: Theme.fontCaption
                    }
                    Button {
                        objectName: "lockNowButton"
                        visible: Session.lockDeferred
                        text: qsTr("Lock now")
                        Accessible.name: qsTr("Lock now; the transaction is followed after the next unlock")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("The transaction stays recorded and is followed to its end after the next unlock.")
                        onClicked: Session.lockNow()
                    }

                    ToolButton {
                        objectName: "hideAmountsButton"
                        checkable: true
                        checked: AppSettings.hideAmounts
                        onToggled: AppSettings.hideAmounts = checked
                        icon.source: "qrc:/icons/eye.svg"
                        icon.color: checked ? Theme.accent : Theme.textMuted
                        text: checked ? qsTr("Amounts hidden") : qsTr("Hide amounts")
                        display: AbstractButton.TextBesideIcon
                        Accessible.name: text
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("Mask every amount, e.g. for screen sharing (Ctrl+H)")
                    }

                    ToolButton {
                        objectName: "lockButton"
                        enabled: window.unlocked
                        opacity: enabled ? 1 : 0.5
                        icon.source: "qrc:/icons/lock.svg"
                        icon.color: Theme.textMuted
                        text: qsTr("Lock")
                        display: AbstractButton.TextBesideIcon
                        Accessible.name: qsTr("Lock the open profile")
                        onClicked: Session.lock()
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: window.unlocked ? qsTr("Lock %1 (Ctrl+L)").arg(Session.profileName)
                                                      : qsTr("No profile is open")
                    }
                }
            }

            StackLayout {
                id: stack
                objectName: "pageStack"
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: window.pages.length ? window.pages[Math.min(window.currentPage, window.pages.length - 1)].stackIndex : 0

                DashboardPage {
                    objectName: "page_dashboard"
                    provider: window.provider
                    onClaimRequested: window.showPageByKey("claim")
                }
                EarningsPage { objectName: "page_earnings"; provider: window.provider }
                ClaimPage { objectName: "page_claim"; provider: window.provider }
                RegistrationPage { objectName: "page_registration"; provider: window.provider }
                OperatorProvidersPage { objectName: "page_providers"; operatorPages: window.operatorPages }
                OperatorServersPage { objectName: "page_servers"; operatorPages: window.operatorPages }
                OperatorCyclesPage { objectName: "page_cycles"; operatorPages: window.operatorPages }
                VerifyPage { objectName: "page_verify"; auditorPages: window.auditorPages }
                ReportsPage {
                    objectName: "page_reports"
                    auditorPages: window.auditorPages
                    onRunOpened: window.showPageByKey("verify")
                }
                ActivityPage { objectName: "page_activity"; activity: Session.activity }
                SettingsPage { objectName: "page_settings" }
            }
        }
    }
}
