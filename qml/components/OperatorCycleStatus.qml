// SPDX-License-Identifier: GPL-3.0-or-later
// A cycle's state as a mark: completed green, failed red, skipped neutral, running amber.
import QtQuick
import BackendShield

StatusMark {
    property int status: -1

    kind: status === CyclesModel.StatusCompleted ? "verified"
          : status === CyclesModel.StatusFailed ? "failure"
          : status === CyclesModel.StatusSkipped || status < 0 ? "neutral" : "attention"
}
