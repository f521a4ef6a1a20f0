// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import BackendShield

TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    property var window: null

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

    function initTestCase() {
        const component = Qt.createComponent("qrc:/BackendShield/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        // The frame of the main window without a profile (pages show their empty states).
        window = component.createObject(null, { shellPreview: true })
        verify(window !== null)
        window.requestActivate()
        tryCompare(window, "active", true)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function init() {
        window.showPage(0)
        AppSettings.theme = "system"
        AppSettings.hideAmounts = false
    }

    function test_startsOnDashboard() {
        compare(window.currentPage, 0)
        const stack = findByName(window.contentItem, "pageStack")
        verify(stack)
        compare(stack.currentIndex, 0)
        compare(window.title, "BackendShield")
    }

    function test_railButtonsSwitchPages() {
        const keys = ["dashboard", "earnings", "claim", "registration", "activity", "settings"]
        for (let i = keys.length - 1; i >= 0; --i) {
            const button = findByName(window.contentItem, "nav_" + keys[i])
            verify(button, "nav button " + keys[i])
            mouseClick(button)
            compare(window.currentPage, i)
            verify(button.current)
        }
    }

    function test_railIconsAreDistinct() {
        // Each page of the rail has its own icon (Earnings was Activity's, Claim the eye of
        // "Hide amounts").
        const seen = {}
        for (let i = 0; i < window.pages.length; ++i) {
            const icon = window.pages[i].icon
            verify(seen[icon] === undefined,
                   window.pages[i].key + " shares its icon with " + seen[icon])
            seen[icon] = window.pages[i].key
        }
        verify(seen["qrc:/icons/eye.svg"] === undefined, "the eye is the Hide amounts toggle's")
        // The same within the operator's and the auditor's rails (Cycles and Reports were
        // Activity's, Usage servers Registration's).
        for (const role of ["provider", "operator", "auditor"]) {
            const mine = {}
            for (const page of window.allPages) {
                if (page.roles.length > 0 && page.roles.indexOf(role) < 0)
                    continue
                verify(mine[page.icon] === undefined,
                       role + ": " + page.key + " shares its icon with " + mine[page.icon])
                mine[page.icon] = page.key
            }
        }
    }

    function test_ctrlDigitShortcuts() {
        keyClick(Qt.Key_3, Qt.ControlModifier)
        compare(window.currentPage, 2)
        keyClick(Qt.Key_6, Qt.ControlModifier)
        compare(window.currentPage, 5)
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(window.currentPage, 0)
    }

    function test_tabReachesRailAndEnterActivates() {
        const earnings = findByName(window.contentItem, "nav_earnings")
        earnings.forceActiveFocus(Qt.TabFocusReason)
        verify(earnings.activeFocus)
        verify(earnings.visualFocus, "keyboard focus must show a focus ring")
        keyClick(Qt.Key_Tab)
        const op = findByName(window.contentItem, "nav_claim")
        verify(op.activeFocus, "Tab moves along the rail")
        keyClick(Qt.Key_Return)
        compare(window.currentPage, 2)
    }

    function test_showPageByKey() {
        verify(window.showPageByKey("settings"))
        compare(window.currentPage, 5)
        verify(!window.showPageByKey("nonsense"))
        compare(window.currentPage, 5)
    }

    function test_themeFollowsSetting() {
        AppSettings.theme = "dark"
        verify(Theme.dark)
        AppSettings.theme = "light"
        verify(!Theme.dark)
    }

    function test_hideAmountsToggle() {
        const button = findByName(window.contentItem, "hideAmountsButton")
        verify(button)
        mouseClick(button)
        verify(AppSettings.hideAmounts)
        keyClick(Qt.Key_H, Qt.ControlModifier)
        verify(!AppSettings.hideAmounts)
    }

    function test_settingsControlsWriteThrough() {
        window.showPageByKey("settings")
        const dark = findByName(window.contentItem, "theme_dark")
        verify(dark)
        mouseClick(dark)
        compare(AppSettings.theme, "dark")
        const hidden = findByName(window.contentItem, "startHiddenSwitch")
        const before = AppSettings.startHidden
        mouseClick(hidden)
        compare(AppSettings.startHidden, !before)
    }
}
