// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import BackendShield

Item {
    width: 800
    height: 600

    EmptyState {
        id: state
        anchors.fill: parent
        iconSource: "qrc:/icons/provider.svg"
        title: "Nothing here"
        description: "What will appear"
        nextStep: "What to do first"
    }

    EmptyState {
        id: noStep
        width: 400
        height: 300
        title: "No next step"
        description: "d"
    }

    TestCase {
        name: "EmptyState"
        when: windowShown

        function labels(item, out) {
            if (item instanceof Label)
                out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                labels(item.children[i], out)
            return out
        }

        function test_showsAllTexts() {
            const texts = labels(state, []).filter(l => l.visible).map(l => l.text)
            verify(texts.indexOf("Nothing here") >= 0)
            verify(texts.indexOf("What will appear") >= 0)
            verify(texts.indexOf("What to do first") >= 0)
        }

        function test_hidesEmptyNextStep() {
            const visibleTexts = labels(noStep, []).filter(l => {
                for (let p = l; p; p = p.parent)
                    if (!p.visible)
                        return false
                return true
            }).map(l => l.text)
            verify(visibleTexts.indexOf("No next step") >= 0)
            compare(visibleTexts.length, 2)
        }
    }
}
