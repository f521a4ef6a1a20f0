// SPDX-License-Identifier: GPL-3.0-or-later
#include "task_progress.h"

#include <QCoreApplication>

namespace bs::gui {

QString stageText(const wallet::ProgressStep& step)
{
    using wallet::Stage;
    switch (step.stage) {
    case Stage::Connecting:
        return QCoreApplication::translate("Progress", "Connecting to the node");
    case Stage::ReadingChain:
        return QCoreApplication::translate("Progress", "Reading the chain");
    case Stage::DecryptingBalance:
        return QCoreApplication::translate("Progress", "Decrypting the balance");
    case Stage::ScanningHistory:
        return QCoreApplication::translate("Progress", "Scanning payouts");
    case Stage::AskingOperator:
        return QCoreApplication::translate("Progress", "Asking the operator's server");
    case Stage::CheckingCircuits:
        return QCoreApplication::translate("Progress", "Checking circuit files: %1")
            .arg(step.detail);
    case Stage::LoadingCircuit:
        return QCoreApplication::translate("Progress", "Loading the %1 circuit").arg(step.detail);
    case Stage::FollowingClaim:
        return QCoreApplication::translate("Progress", "Following the claim sent earlier");
    case Stage::ReadingBalance:
        return QCoreApplication::translate("Progress", "Reading the balance");
    case Stage::Proving:
        return QCoreApplication::translate("Progress", "Generating proof %1 %").arg(step.done);
    case Stage::CheckingWithNode:
        return QCoreApplication::translate("Progress", "Checking with the node");
    case Stage::Sending:
        return QCoreApplication::translate("Progress", "Sending the transaction");
    case Stage::Confirming:
        return QCoreApplication::translate("Progress", "Waiting for confirmations %1 of %2")
            .arg(step.done)
            .arg(step.total);
    }
    return {};
}

void TaskProgress::report(const wallet::ProgressStep& step)
{
    m_ctx.progress(stageText(step), step.fraction);
}

} // namespace bs::gui
