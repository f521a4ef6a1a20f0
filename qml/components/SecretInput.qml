// SPDX-License-Identifier: GPL-3.0-or-later
// A themed secret field (passphrase, key): the typed text stays in C++ (SecretField);
// this view sees only its length and strength.
import QtQuick
import BackendShield

SecretField {
    implicitWidth: 360
    implicitHeight: 40
    textColor: Theme.text
    baseColor: Theme.surface
    borderColor: Theme.border
    focusColor: Theme.focusRing
    errorColor: Theme.failure
    placeholderColor: Theme.textMuted
    Accessible.role: Accessible.EditableText
    // Not Accessible.passwordEdit: Qt then hides the field's name from screen readers, which
    // could not tell the fields apart. The typed text is never exposed anyway (SecretField has
    // no text property); the description says that it stays hidden.
    Accessible.description: qsTr("Hidden text; only its length is shown")
}
