// SPDX-License-Identifier: GPL-3.0-or-later
// A small line without axes (the cumulative earnings on the Dashboard): `points` are {x, y}
// in 0..1, as the view model scales them.
import QtQuick
import BackendShield

Canvas {
    id: root

    property var points: []
    property color color: Theme.verified

    implicitHeight: 40
    implicitWidth: 160
    Accessible.role: Accessible.Graphic

    onPointsChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        if (!points || points.length < 2)
            return
        const pad = 2
        const w = width - 2 * pad
        const h = height - 2 * pad
        ctx.lineWidth = 2
        ctx.strokeStyle = root.color
        ctx.beginPath()
        // A running total steps up at each payout.
        ctx.moveTo(pad + points[0].x * w, pad + (1 - points[0].y) * h)
        for (let i = 1; i < points.length; ++i) {
            ctx.lineTo(pad + points[i].x * w, pad + (1 - points[i - 1].y) * h)
            ctx.lineTo(pad + points[i].x * w, pad + (1 - points[i].y) * h)
        }
        ctx.stroke()
    }
}
