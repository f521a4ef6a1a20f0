// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The auditor's use cases, for `bshield audit` and the app's auditor pages alike: one
// verification run of a period against the chain (core/audit), saved in the profile's vault,
// and the runs saved so far.
//
// Blocking and cancellable like the layers below: call from a worker thread or the CLI.
#include "audit/verifier.h"
#include "util/result.h"
#include "wallet/profile.h"
#include "wallet/progress.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

namespace bs::wallet {

struct AuditPeriod
{
    std::optional<QDateTime> from; // [from, to); open on a side without
    std::optional<QDateTime> to;
};

// The audit's own steps in detail ("decrypting 1 200 of 90 000"), for a front end that words
// them; `progress` gets the generic stages meanwhile (Connecting, AskingOperator, then
// ScanningHistory with its fraction over the blocks and the ciphertexts).
using AuditSteps = std::function<void(const audit::VerifyProgress&)>;

// Use case: verifies the operator's /audit/totals for `period` against the chain and saves
// the signed run in the vault. The profile must be an auditor profile with a vault (the scan
// is kept there, so the next run reads only new blocks). A cache in the vault that no longer
// reads is forgotten and the chain read again. The outcome's report says clean or findings;
// an error means the run could not complete (nothing saved).
Result<audit::VerifyOutcome> verifyPeriod(Profile& profile,
                                          const AuditPeriod& period,
                                          Progress& progress,
                                          std::stop_token stop = {},
                                          const AuditSteps& steps = {});

// The runs saved in the profile's vault, newest first, without their reports.
Result<std::vector<audit::RunSummary>> auditRuns(Profile& profile);
// A saved run's signed report (canonical JSON); nullopt for an unknown id.
Result<std::optional<QByteArray>> auditRunReport(Profile& profile, qint64 runId);

} // namespace bs::wallet
