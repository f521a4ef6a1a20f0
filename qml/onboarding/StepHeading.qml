// SPDX-License-Identifier: GPL-3.0-or-later
// The title of an onboarding step.
import QtQuick
import QtQuick.Controls
import BackendShield

Label {
    font.pixelSize: Theme.fontHeadline
    font.weight: Font.DemiBold
    color: Theme.text
    Accessible.role: Accessible.Heading
}
