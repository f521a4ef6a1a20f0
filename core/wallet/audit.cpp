// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/audit.h"

#include "wallet/vault_audit_store.h"
#include "wallet/wallet.h"

#include <string>

namespace bs::wallet {

namespace {

// The operator's answer lists every transfer of the period.
constexpr qint64 kMaxTotalsBytes = 64ll * 1024 * 1024;

Result<SharedVault*> auditorVault(Profile& profile)
{
    switch (profile.info().role) {
    case vault::Role::Auditor:
        break;
    case vault::Role::Provider:
        return fail(BS_TR("wallet", "this profile is a provider profile; verification needs an "
                                    "auditor profile (bshield vault create --role auditor "
                                    "--wallet-key-file <the auditor's key> ...)."));
    case vault::Role::Operator:
        return fail(BS_TR("wallet", "this profile is an operator profile; verification needs an "
                                    "auditor profile (bshield vault create --role auditor "
                                    "--wallet-key-file <the auditor's key> ...)."));
    }
    SharedVault* vault = profile.vault();
    if (!vault)
        return fail(BS_TR("wallet", "verification keeps its scan and its runs in a vault; open "
                                    "the auditor's vault."));
    return vault;
}

} // namespace

Result<audit::VerifyOutcome> verifyPeriod(Profile& profile,
                                          const AuditPeriod& period,
                                          Progress& progress,
                                          std::stop_token stop,
                                          const AuditSteps& steps)
{
    auto vault = auditorVault(profile);
    if (!vault)
        return vault.error();
    if (period.from && period.to && !(*period.from < *period.to))
        return fail(BS_TR("wallet", "the period's end must be after its start."));
    const chain::Network& network = profile.network();
    ActivityLog& log = profile.activity();

    progress.report({Stage::Connecting});
    auto connection = connect(network);
    if (!connection)
        return connection.error();

    // Not wallet::operatorClient: the audit's answer is large, and never taken from the ETag
    // cache (its SHA-256 in the report is of the answer this run received).
    std::unique_ptr<operator_api::OperatorClient> client;
    std::unique_ptr<audit::OperatorClientSource> source;
    if (network.operatorUrl) {
        operator_api::OperatorClientOptions options;
        options.http.maxResponseBytes = kMaxTotalsBytes;
        options.http.allowPlainHttp = network.allowPlainHttp;
        auto created = operator_api::OperatorClient::create(*network.operatorUrl, options);
        if (!created)
            return created.error();
        client = std::move(*created);
        source = std::make_unique<audit::OperatorClientSource>(*client, profile.keys().wallet);
    }

    VaultAuditStore store(**vault);
    const audit::VerifyEnv env{network,
                               profile.keys().wallet,
                               profile.keys().eerc,
                               *connection->eth,
                               *connection->reader,
                               source.get(),
                               store};
    audit::VerifyOptions options;
    options.from = period.from;
    options.to = period.to;
    options.software = QStringLiteral("BackendShield " BS_VERSION);
    // Scanning and decrypting read as one stage, "scanning payouts": blocks first (the first
    // half of the fraction), then the ciphertexts found.
    options.progress = [&](const audit::VerifyProgress& p) {
        using Phase = audit::VerifyProgress::Phase;
        if (steps)
            steps(p);
        const double part = p.total ? double(p.done) / double(p.total) : 0.0;
        switch (p.phase) {
        case Phase::FetchingReport:
            progress.report({Stage::AskingOperator});
            break;
        case Phase::Scanning:
            progress.report({Stage::ScanningHistory, 0.5 * part, p.done, p.total});
            break;
        case Phase::Decrypting:
            progress.report({Stage::ScanningHistory, 0.5 + 0.5 * part, p.done, p.total});
            break;
        case Phase::Reconciling:
        case Phase::Saving:
            progress.report({Stage::ScanningHistory, 1.0});
            break;
        }
    };

    auto outcome = audit::verify(env, options, stop);
    if (!outcome && outcome.error().is(audit::kCacheDamaged)) {
        // The cache is only a cache: forget it and read the chain again.
        log.add(ActivityEntry::Kind::Chain,
                QStringLiteral("the audit's scan cache did not read; scanning again"), true);
        if (auto reset = store.resetScan(); !reset)
            return reset.error();
        outcome = audit::verify(env, options, stop);
    }
    if (!outcome) {
        log.add(ActivityEntry::Kind::Chain,
                QStringLiteral("audit verification did not complete: %1")
                    .arg(QString::fromStdString(outcome.error().message)),
                true);
        return outcome.error();
    }
    log.add(ActivityEntry::Kind::Chain,
            QStringLiteral("audit verification run %1: blocks %2-%3, %4 payout(s), %5 finding(s)")
                .arg(outcome->runId)
                .arg(outcome->report.scannedFrom)
                .arg(outcome->report.scannedTo)
                .arg(outcome->report.payouts.size())
                .arg(outcome->report.findings.size()));
    return outcome;
}

Result<std::vector<audit::RunSummary>> auditRuns(Profile& profile)
{
    auto vault = auditorVault(profile);
    if (!vault)
        return vault.error();
    return VaultAuditStore(**vault).runs();
}

Result<std::optional<QByteArray>> auditRunReport(Profile& profile, qint64 runId)
{
    auto vault = auditorVault(profile);
    if (!vault)
        return vault.error();
    return VaultAuditStore(**vault).runReport(runId);
}

} // namespace bs::wallet
