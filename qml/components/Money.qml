// SPDX-License-Identifier: GPL-3.0-or-later
// An amount as the view model formatted it, masked while "hide amounts" is on; tabular
// figures so columns align.
import QtQuick
import QtQuick.Controls
import BackendShield

Label {
    property string amount
    property string unit: "USDC"

    text: amount.length === 0 ? "—"
          : (AppSettings.hideAmounts ? "••••••" : amount) + (unit.length ? " " + unit : "")
    color: Theme.text
    font.family: Theme.monoFamily
    Accessible.role: Accessible.StaticText
    Accessible.name: AppSettings.hideAmounts ? qsTr("Amount hidden") : text
}
