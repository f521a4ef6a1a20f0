// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The eERC operations' and the circuit store's progress, as the use cases' Progress steps.
#include "eerc/artifact_store.h"
#include "eerc/operations.h"
#include "wallet/activity.h"
#include "wallet/progress.h"

namespace bs::wallet {

// Stage changes of an eERC operation; `confirmations` is the total to wait for. With an
// activity log, the proof's duration, the signed transaction and its end are recorded there
// (`what` names the operation: "claim", "registration").
eerc::OperationCallbacks operationCallbacks(Progress& progress,
                                            unsigned confirmations,
                                            ActivityLog* activity = nullptr,
                                            const char* what = "");

// Checking and downloading circuit files.
eerc::ArtifactStore::Progress artifactProgress(Progress& progress);

} // namespace bs::wallet
