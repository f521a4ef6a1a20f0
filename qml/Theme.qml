// SPDX-License-Identifier: GPL-3.0-or-later
// Colours, spacing and type of the whole app. Every page takes its look from here;
// nothing else hard-codes a colour or a size.
pragma Singleton
import QtQuick

QtObject {
    id: theme

    // Set by Main.qml from the appearance setting.
    property bool dark: false

    // 8-px grid
    readonly property int unit: 8
    readonly property int spacingXs: unit / 2
    readonly property int spacingS: unit
    readonly property int spacingM: unit * 2
    readonly property int spacingL: unit * 3
    readonly property int spacingXl: unit * 5
    readonly property int radius: 8
    readonly property int railWidth: 112
    readonly property int topBarHeight: 56
    readonly property int focusRingWidth: 2

    // Type scale (pixel sizes; scaled by the platform's font scaling through Qt).
    // `fontScale` enlarges every size at once: the accessibility test renders every page
    // with the text at 150 % to check that nothing is cut off.
    property real fontScale: 1.0
    readonly property string fontFamily: "DejaVu Sans"
    readonly property string monoFamily: "DejaVu Sans Mono"
    readonly property int fontCaption: Math.round(12 * fontScale)
    readonly property int fontBody: Math.round(14 * fontScale)
    readonly property int fontSubtitle: Math.round(16 * fontScale)
    readonly property int fontTitle: Math.round(20 * fontScale)
    readonly property int fontHeadline: Math.round(28 * fontScale)
    readonly property int fontDisplay: Math.round(36 * fontScale)

    // Neutral surfaces, one accent, status colours (WCAG AA against their surfaces).
    readonly property color window: dark ? "#12161c" : "#f4f6f9"
    readonly property color surface: dark ? "#1b2129" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#232a34" : "#eef1f5"
    readonly property color rail: dark ? "#161b22" : "#e9edf2"
    readonly property color border: dark ? "#313a46" : "#d5dbe3"
    readonly property color text: dark ? "#e8edf3" : "#18202b"
    readonly property color textMuted: dark ? "#a4afbd" : "#56626f"
    readonly property color accent: dark ? "#6ea3ff" : "#1f5fd1"
    readonly property color accentText: dark ? "#0b1526" : "#ffffff"
    readonly property color accentSoft: dark ? "#22324d" : "#e3ecfb"
    readonly property color verified: dark ? "#5cc98a" : "#1b7443"
    readonly property color attention: dark ? "#f0b45a" : "#8a5a00"
    readonly property color failure: dark ? "#ff7b72" : "#b42318"
    readonly property color focusRing: accent
}
