// SPDX-License-Identifier: GPL-3.0-or-later
// One step of onboarding: a plain item around a column (Qt 6.4 does not place the children
// of a ColumnLayout that is itself a StackLayout page when they become visible later: they
// stay at 0,0). The view (OnboardingView.qml) sequences the steps through next() and back();
// the steps talk to `onboarding` (the Onboarding view model, or a fake in tests).
import QtQuick
import QtQuick.Layouts
import BackendShield

Item {
    id: step

    required property var onboarding
    readonly property bool busy: onboarding.task.running
    default property alias content: column.data

    signal next()
    signal back()

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        spacing: Theme.spacingM
    }
}
