// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/operation_progress.h"

#include "util/hex.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>

namespace bs::wallet {

eerc::OperationCallbacks operationCallbacks(Progress& progress,
                                            unsigned confirmations,
                                            ActivityLog* activity,
                                            const char* what)
{
    eerc::OperationCallbacks cb;
    // When the proof started, to log how long it took once the next stage begins.
    auto provingSince = std::make_shared<std::optional<std::chrono::steady_clock::time_point>>();
    cb.progress = [&progress, confirmations, activity, what, provingSince](eerc::Stage stage,
                                                                           int value) {
        if (activity && stage == eerc::Stage::Proving && !*provingSince)
            *provingSince = std::chrono::steady_clock::now();
        if (activity && stage != eerc::Stage::Proving && *provingSince) {
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - **provingSince);
            activity->add(ActivityEntry::Kind::Proof, QStringLiteral("Made the %1 proof in %2 ms.")
                                                          .arg(QLatin1String(what))
                                                          .arg(ms.count()));
            provingSince->reset();
        }
        switch (stage) {
        case eerc::Stage::Reading:
            progress.report({Stage::ReadingBalance});
            break;
        case eerc::Stage::Proving:
            progress.report({Stage::Proving, value / 100.0, std::uint64_t(value), 100, {}});
            break;
        case eerc::Stage::Checking:
            progress.report({Stage::CheckingWithNode});
            break;
        case eerc::Stage::Sending:
            progress.report({Stage::Sending});
            break;
        case eerc::Stage::Confirming: {
            const unsigned done = std::min(unsigned(std::max(value, 0)), confirmations);
            progress.report({Stage::Confirming,
                             confirmations ? double(done) / confirmations : -1.0,
                             done,
                             confirmations,
                             {}});
            break;
        }
        }
    };
    if (activity) {
        cb.onFate = [activity, what](const chain::PreparedTransaction& tx,
                                     const chain::TransactionFate& fate) {
            const QString hash =
                QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(tx.hash));
            using State = chain::TransactionFate::State;
            if (fate.state == State::Mined && fate.receipt->success)
                activity->add(ActivityEntry::Kind::Transaction,
                              QStringLiteral("The %1 transaction %2 was confirmed in block %3.")
                                  .arg(QLatin1String(what), hash)
                                  .arg(fate.receipt->blockNumber));
            else
                activity->add(ActivityEntry::Kind::Transaction,
                              QStringLiteral("The %1 transaction %2 %3.")
                                  .arg(QLatin1String(what), hash,
                                       fate.state == State::Mined
                                           ? QStringLiteral("failed on chain")
                                       : fate.state == State::Dropped
                                           ? QStringLiteral("was dropped (its nonce was used)")
                                           : QStringLiteral("was refused by the node: ") +
                                                 QString::fromStdString(fate.reason)),
                              true);
        };
    }
    return cb;
}

eerc::ArtifactStore::Progress artifactProgress(Progress& progress)
{
    return [&progress](const eerc::ArtifactProgress& p) {
        const double fraction = p.bytesTotal && *p.bytesTotal
                                    ? double(p.bytesDone) / double(*p.bytesTotal)
                                : p.fileCount ? double(p.filesDone) / double(p.fileCount)
                                              : -1.0;
        progress.report({Stage::CheckingCircuits, fraction, p.filesDone, p.fileCount, p.file});
    };
}

} // namespace bs::wallet
