// SPDX-License-Identifier: GPL-3.0-or-later
// The onboarding view with the real view models (a first run: no network, no key), at the
// two window sizes the app supports best and worst (1280x800, 1024x700): every step fits its
// width, and the view moves between the steps. With BS_QML_SCREENSHOT_DIR set (tst_qml.cpp),
// each step is saved as onboarding-<size>-<step>.png to look at.
import QtQuick
import QtTest
import BackendShield

Item {
    id: root
    width: 1280
    height: 800

    OnboardingView { id: view; anchors.fill: parent }

    TestCase {
        name: "OnboardingView"
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

        // The steps of the stack, and their names for the screenshots.
        readonly property var shots: [[0, "1-welcome"], [1, "2-role"], [2, "3-network"],
                                      [3, "4-key"], [4, "5-passphrase"], [5, "6-backup"],
                                      [7, "restore"]]

        function walk(w, h, label) {
            root.width = w
            root.height = h
            const steps = findByName(view, "onboardingSteps")
            for (const [index, name] of shots) {
                view.go(index)
                compare(steps.currentIndex, index)
                waitForRendering(view)
                const step = steps.children[index]
                const column = step.children[0]
                verify(column.implicitWidth <= step.width + 1,
                       name + " is " + column.implicitWidth + " wide in " + step.width)
                verify(column.implicitHeight <= step.height + 1,
                       name + " is " + column.implicitHeight + " high in " + step.height)
                if (screenshotDir.length > 0)
                    grabImage(root).save(screenshotDir + "/onboarding-" + label + "-" + name + ".png")
            }
        }

        function test_stepsFitAt1280x800() { walk(1280, 800, "1280x800") }

        function test_stepsFitAt1024x700() { walk(1024, 700, "1024x700") }

        function test_roleKeyTexts() {
            // An auditor imports the key: no "Create a new key", and the step says whose key.
            Onboarding.role = Onboarding.RoleAuditor
            view.go(3)
            waitForRendering(view)
            verify(!findByName(view, "keyGenerate").visible)
            verify(findByName(view, "keyIntro").text.indexOf("auditor") >= 0)
            verify(!findByName(view, "keyNext").enabled)
            if (screenshotDir.length > 0)
                grabImage(root).save(screenshotDir + "/onboarding-" + root.width + "x"
                                     + root.height + "-4-key-auditor.png")
            Onboarding.role = Onboarding.RoleOperator
            verify(findByName(view, "keyIntro").text.indexOf("operator account") >= 0)
            Onboarding.role = Onboarding.RoleProvider
            verify(findByName(view, "keyGenerate").visible)
        }

        function test_welcomeLeadsToRestoreAndBack() {
            view.go(0)
            mouseClick(findByName(view, "welcomeRestore"))
            compare(view.step, 7)
            verify(findByName(view, "restoreStart").visible)
            verify(!findByName(view, "restoreStart").enabled, "nothing chosen yet")
        }
    }
}
