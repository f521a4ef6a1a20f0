// SPDX-License-Identifier: GPL-3.0-or-later
// "Statement..." (StatementDialog) against a fake StatementModel with the same properties:
// bad dates or no folder keep Make off; Make passes the period and the folder; the result
// names both files, a failure the task's error.
import QtQuick
import QtTest
import BackendShield

Item {
    id: root
    width: 900
    height: 700

    QtObject {
        id: fakeTask
        property string error: ""
    }
    QtObject {
        id: fakeStatement
        property int state: StatementModel.StateIdle
        property string jsonPath: ""
        property string pdfPath: ""
        property int lineCount: 0
        property string total: ""
        property var task: fakeTask
        property var calls: []
        function make(from, to, folder) { calls = calls.concat([[from, to, folder.toString()]]) }
    }

    StatementDialog {
        id: dialog
        model: fakeStatement
        anchors.centerIn: parent
    }

    TestCase {
        name: "StatementDialog"
        when: windowShown

        function findByName(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            let kids = []
            if (item.children !== undefined)
                kids = kids.concat(Array.from(item.children))
            if (item.resources !== undefined)
                kids = kids.concat(Array.from(item.resources))
            if (item.children === undefined && item.contentItem !== undefined) {
                kids.push(item.contentItem)
                if (item.footer)
                    kids.push(item.footer)
            }
            for (let i = 0; i < kids.length; ++i) {
                const found = findByName(kids[i], name)
                if (found)
                    return found
            }
            return null
        }

        function test_makeNeedsDatesAndAFolderThenShowsTheFiles() {
            dialog.openFresh()
            tryVerify(() => dialog.opened)
            const from = findByName(dialog, "statementFrom")
            const to = findByName(dialog, "statementTo")
            const make = findByName(dialog, "statementMake")
            verify(/^\d{4}-\d{2}-01$/.test(from.text), "last month's first day: " + from.text)
            verify(!make.enabled, "no folder yet")
            dialog.folder = "file:///tmp/statements"
            verify(make.enabled)
            for (const bad of [["2026-11-30", "2026-11-01"], ["2026-11", "2026-11-30"], ["", ""]]) {
                from.text = bad[0]
                to.text = bad[1]
                verify(!make.enabled, "refused: " + bad)
            }
            from.text = "2026-11-01"
            to.text = "2026-11-30"
            verify(make.enabled)
            mouseClick(make)
            compare(fakeStatement.calls, [["2026-11-01", "2026-11-30", "file:///tmp/statements"]])

            fakeStatement.state = StatementModel.StateWorking
            verify(!make.enabled, "one statement at a time")
            fakeStatement.lineCount = 2
            fakeStatement.total = "1.750001 USDC"
            fakeStatement.pdfPath = "/tmp/statements/s.pdf"
            fakeStatement.jsonPath = "/tmp/statements/s.json"
            fakeStatement.state = StatementModel.StateDone
            const result = findByName(dialog, "statementResult")
            verify(result.visible)
            verify(result.text.indexOf("1.750001 USDC") >= 0, result.text)
            verify(result.text.indexOf("/tmp/statements/s.pdf") >= 0)
            verify(result.text.indexOf("/tmp/statements/s.json") >= 0)
            verify(result.text.indexOf("bshield statement check") >= 0)

            fakeTask.error = "the node cannot be reached"
            fakeStatement.state = StatementModel.StateFailed
            verify(result.text.indexOf("the node cannot be reached") >= 0, result.text)
            dialog.close()
        }
    }
}
