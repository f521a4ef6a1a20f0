// SPDX-License-Identifier: GPL-3.0-or-later
// The explanation under an onboarding step's title.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import BackendShield

Label {
    Layout.fillWidth: true
    Layout.maximumWidth: 640
    wrapMode: Text.WordWrap
    color: Theme.textMuted
}
