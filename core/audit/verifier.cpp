// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/verifier.h"

#include "eerc/contracts.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

namespace bs::audit {

namespace {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A small JSON object describing the run, for lists of saved runs.
QString summaryOf(const Report& r, qint64 createdAt)
{
    const auto time = [](const std::optional<QDateTime>& t) {
        return t ? QJsonValue(operator_api::formatTime(*t)) : QJsonValue(QJsonValue::Null);
    };
    const QJsonObject o{
        {"createdAt", createdAt},
        {"from", time(r.from)},
        {"to", time(r.to)},
        {"status", r.clean() ? QStringLiteral("clean") : QStringLiteral("findings")},
        {"findings", qint64(r.findings.size())},
        {"high", qint64(r.count(Severity::High))},
        {"medium", qint64(r.count(Severity::Medium))},
        {"low", qint64(r.count(Severity::Low))},
        {"cycles", qint64(r.cycles.size())},
        {"payouts", qint64(r.payouts.size())},
        {"scannedTo", qint64(r.scannedTo)},
        // The audited blocks, for the list of saved runs (null: no block lies in the period).
        {"windowFrom", r.window ? QJsonValue(qint64(r.window->from)) : QJsonValue()},
        {"windowTo", r.window ? QJsonValue(qint64(r.window->to)) : QJsonValue()},
        {"operatorReport", r.operatorReport.status},
        {"operatorReportSha256", r.operatorReport.sha256},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Finding finding(const char* kind, Severity severity, Error sentence)
{
    Finding f;
    f.kind = QString::fromLatin1(kind);
    f.severity = severity;
    f.message = QString::fromStdString(sentence.message);
    f.sentence = std::move(sentence);
    return f;
}

// Why there is no operator's report, as the report states it.
void setReason(OperatorReportInfo& info, Error reason)
{
    info.error = QString::fromStdString(reason.message);
    info.reason = std::move(reason);
}

} // namespace

// ---- the operator ----

operator_api::ApiResult<operator_api::AuditTotalsAnswer> OperatorClientSource::totals(
    std::optional<QDateTime> from, std::optional<QDateTime> to, std::stop_token stop)
{
    return m_client.auditTotals(m_key, from, to, std::move(stop));
}

operator_api::ApiResult<std::vector<crypto::EthAddress>>
OperatorClientSource::providers(std::stop_token stop)
{
    auto list = m_client.listProviders(m_key, std::move(stop));
    if (!list)
        return list.error();
    std::vector<crypto::EthAddress> out;
    for (const operator_api::Provider& p : *list)
        out.push_back(p.details.address);
    return out;
}

// ---- the chain ----

Result<ReportedLogCheck> RpcChainLookups::reportedTransfer(const crypto::Hash256& txHash,
                                                           std::uint32_t logIndex,
                                                           std::stop_token stop)
{
    auto receipt = m_reader.eth().transactionReceipt(txHash, stop);
    if (!receipt)
        return receipt.error();
    ReportedLogCheck check;
    if (!*receipt)
        return check; // NoTransaction
    check.blockNumber = (*receipt)->blockNumber;
    const auto& logs = (*receipt)->logs;
    const auto log = std::find_if(logs.begin(), logs.end(),
                                  [&](const chain::Log& l) { return l.logIndex == logIndex; });
    if (log == logs.end()) {
        check.kind = ReportedLogCheck::Kind::NoSuchLog;
        return check;
    }
    std::optional<crypto::EthAddress> from;
    if (log->address == m_reader.deployment().encryptedErc) {
        auto values = eerc::abi::privateTransferEvent().decodeLog(log->topics, log->data);
        if (values)
            from = values->at(0).asAddress();
    }
    if (!from) {
        check.kind = ReportedLogCheck::Kind::NotAPayout;
        return check;
    }
    if (*from == m_operator && (*receipt)->blockNumber > m_scannedTo) {
        check.kind = ReportedLogCheck::Kind::Unscanned;
        return check;
    }
    // An operator payout in the scanned blocks would have been found by the scan: if the node
    // shows one here, it hid it there, and the log is reported as from whoever it names.
    check.kind = ReportedLogCheck::Kind::OtherSender;
    check.from = *from;
    return check;
}

Result<bool> RpcChainLookups::isRegistered(const crypto::EthAddress& account, std::stop_token stop)
{
    auto key = m_reader.publicKeyOf(account, stop);
    if (!key)
        return key.error();
    return key->has_value();
}

Result<std::uint64_t> firstBlockAtOrAfter(chain::EthClient& eth,
                                          qint64 msSinceEpoch,
                                          std::uint64_t low,
                                          std::uint64_t high,
                                          std::stop_token stop)
{
    std::uint64_t lo = low, hi = high + 1; // the answer is in [lo, hi]
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        const std::uint64_t block[1] = {mid};
        auto time = eth.blockTimestamps(block, stop);
        if (!time)
            return time.error();
        if ((*time)[0] * 1000 >= msSinceEpoch)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// ---- the run ----

Result<VerifyOutcome>
verify(const VerifyEnv& env, const VerifyOptions& options, std::stop_token stop)
{
    const auto progress = [&](VerifyProgress::Phase phase, std::uint64_t done = 0,
                              std::uint64_t total = 0) {
        if (options.progress)
            options.progress({phase, done, total});
    };
    const chain::Network& network = env.network;
    if (!network.operatorAddress)
        return fail(BS_TR("audit", "the network does not name the operator's account; use a "
                                   "network description from the operator's GET /network."));
    if (options.from && options.to && !(*options.from < *options.to))
        return fail(BS_TR("audit", "the period must end after it starts."));
    const crypto::EthAddress me = env.walletKey.address();
    const crypto::EthAddress operatorAddress = *network.operatorAddress;

    Report report;
    report.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    report.software = options.software;
    report.from = options.from;
    report.to = options.to;
    std::vector<Finding> runFindings;

    // 1. The operator's report, first: the chain is read up to a head after its answer, so
    //    every transfer it lists is in the scanned blocks.
    progress(VerifyProgress::Phase::FetchingReport);
    std::optional<operator_api::AuditTotals> totals;
    OperatorReportInfo& info = report.operatorReport;
    info.server = env.operatorSource ? env.operatorSource->server() : QString();
    if (!env.operatorSource) {
        info.status = QStringLiteral("unavailable");
        setReason(info, fail(BS_TR("audit", "The network names no operator server.")));
    } else {
        auto answer = env.operatorSource->totals(options.from, options.to, stop);
        if (answer) {
            info.status = QStringLiteral("received");
            info.sha256 = sha256Hex(answer->raw);
            info.bytes = std::uint64_t(answer->raw.size());
            totals = std::move(answer->totals);
        } else if (answer.error().kind == operator_api::ApiError::Kind::Cancelled) {
            return fail(kCancelled);
        } else {
            const bool malformed = answer.error().kind == operator_api::ApiError::Kind::BadResponse;
            info.status = malformed ? QStringLiteral("malformed") : QStringLiteral("unavailable");
            setReason(info, answer.error().toError());
        }
    }
    if (!totals) {
        const bool malformed = info.status == QLatin1String("malformed");
        runFindings.push_back(finding(
            malformed ? "report-malformed" : "report-unavailable", Severity::High,
            malformed ? fail(BS_TR("audit", "The operator's report could not be read: %1 The "
                                            "chain was still read: its payouts are listed, none "
                                            "could be held against a report."),
                             info.reason)
                      : fail(BS_TR("audit", "The operator's report could not be fetched: %1 The "
                                            "chain was still read: its payouts are listed, none "
                                            "could be held against a report."),
                             info.reason)));
    }

    // 2. The chain: the right one, its decimals and auditor, its head.
    if (stop.stop_requested())
        return fail(kCancelled);
    if (auto onChain = env.reader.checkChain(stop); !onChain)
        return onChain.error();
    auto tokenDecimals = env.reader.tokenDecimals(stop);
    auto eercDecimals = env.reader.eercDecimals(stop);
    auto tokenId = env.reader.tokenId(stop);
    auto currentAuditor = env.reader.auditor(stop);
    auto currentKey = env.reader.auditorPublicKey(stop);
    auto head = env.eth.blockNumber(stop);
    if (!tokenDecimals || !eercDecimals || !tokenId || !currentAuditor || !currentKey || !head) {
        for (const Error* e :
             {!tokenDecimals ? &tokenDecimals.error() : nullptr,
              !eercDecimals ? &eercDecimals.error() : nullptr,
              !tokenId ? &tokenId.error() : nullptr,
              !currentAuditor ? &currentAuditor.error() : nullptr,
              !currentKey ? &currentKey.error() : nullptr, !head ? &head.error() : nullptr})
            if (e)
                return *e;
    }
    const Units units{*tokenDecimals, *eercDecimals};
    report.network = ReportNetwork{network.deployment.chainId,
                                   network.deployment.registrar,
                                   network.deployment.encryptedErc,
                                   network.deployment.token,
                                   *tokenId,
                                   network.token ? network.token->symbol : QString(),
                                   units.tokenDecimals,
                                   units.eercDecimals,
                                   operatorAddress,
                                   network.deployment.deploymentBlock};
    if (report.network.tokenSymbol.isEmpty())
        report.network.tokenSymbol = totals ? totals->token.symbol : QStringLiteral("?");
    report.amountDecimals = units.amountDecimals();
    report.auditor.address = me;
    report.auditor.publicKey = env.eercKey.publicKey();
    report.auditor.currentAuditor = *currentAuditor;
    report.auditor.currentKeyMatches = *currentKey && **currentKey == env.eercKey.publicKey();
    if (totals && totals->auditor &&
        (totals->auditor->address != *currentAuditor || !*currentKey ||
         !(totals->auditor->publicKey == **currentKey)))
        runFindings.push_back(finding(
            "report-auditor-mismatch", Severity::Low,
            *currentKey
                ? fail(BS_TR("audit", "The operator's report names %1 and its key as the "
                                      "auditor, but the contract's auditor is %2."),
                       totals->auditor->address.toChecksumHex(), currentAuditor->toChecksumHex())
                : fail(BS_TR("audit", "The operator's report names %1 and its key as the "
                                      "auditor, but the contract's auditor is %2 with no "
                                      "key set."),
                       totals->auditor->address.toChecksumHex(), currentAuditor->toChecksumHex())));

    // 3. The scan, decrypting what is new.
    AuditScanner scanner(env.eth, network.deployment, operatorAddress, options.scanner);
    auto scan = scanner.refresh(
        me, *env.eercKey.privateScalar(), *head, env.store,
        [&](const ScanProgress& p) {
            progress(p.phase == ScanProgress::Phase::Scanning ? VerifyProgress::Phase::Scanning
                                                              : VerifyProgress::Phase::Decrypting,
                     p.done, p.total);
        },
        stop);
    if (!scan)
        return scan.error();
    report.scannedFrom = network.deployment.deploymentBlock;
    report.scannedTo = *head;
    auto events = env.store.events();
    if (!events)
        return events.error();

    // 4. The audited blocks: those whose time is in the period.
    progress(VerifyProgress::Phase::Reconciling);
    std::uint64_t first = network.deployment.deploymentBlock;
    std::uint64_t after = *head + 1;
    if (options.from) {
        auto b =
            firstBlockAtOrAfter(env.eth, options.from->toMSecsSinceEpoch(), first, *head, stop);
        if (!b)
            return b.error();
        first = *b;
    }
    if (options.to) {
        auto b = firstBlockAtOrAfter(env.eth, options.to->toMSecsSinceEpoch(), first, *head, stop);
        if (!b)
            return b.error();
        after = *b;
    }
    if (first < after && first <= *head)
        report.window = BlockRange{first, after - 1};

    // 5. Who the operator's providers are.
    std::optional<std::set<crypto::EthAddress::Bytes>> providers;
    if (totals) {
        auto list = env.operatorSource->providers(stop);
        if (list) {
            providers.emplace();
            for (const crypto::EthAddress& a : *list)
                providers->insert(a.bytes());
        } else if (list.error().kind == operator_api::ApiError::Kind::Cancelled) {
            return fail(kCancelled);
        } else {
            runFindings.push_back(
                finding("providers-unavailable", Severity::Low,
                        fail(BS_TR("audit", "The operator's list of providers could not be read "
                                            "(%1); recipients were not checked against it."),
                             list.error().toError())));
        }
    }

    // 6. Reconcile; the report of the time before the period only if something needs it.
    std::optional<operator_api::AuditTotals> earlier;
    bool earlierAsked = false;
    ReconcileInput input;
    input.events = *events;
    input.totals = totals ? &*totals : nullptr;
    input.window = report.window;
    input.auditor = me;
    input.units = units;
    input.providers = providers ? &*providers : nullptr;
    input.earlier = [&]() -> const operator_api::AuditTotals* {
        if (earlierAsked || !options.from || !env.operatorSource)
            return earlier ? &*earlier : nullptr;
        earlierAsked = true;
        auto answer = env.operatorSource->totals(std::nullopt, options.from, stop);
        if (!answer)
            return nullptr; // the unlisted payouts stay unreported
        info.earlierSha256 = sha256Hex(answer->raw);
        earlier = std::move(answer->totals);
        return &*earlier;
    };
    RpcChainLookups lookups(env.reader, operatorAddress, *head);
    auto result = reconcile(input, lookups, stop);
    if (!result)
        return result.error();
    if (stop.stop_requested())
        return fail(kCancelled);
    report.reportedSpan = result->reportedSpan;
    report.auditor.epochs = std::move(result->epochs);
    report.cycles = std::move(result->cycles);
    report.totals = std::move(result->totals);
    report.payouts = std::move(result->payouts);
    report.movements = std::move(result->movements);
    report.findings = std::move(runFindings);
    report.findings.insert(report.findings.end(), std::make_move_iterator(result->findings.begin()),
                           std::make_move_iterator(result->findings.end()));
    std::stable_sort(
        report.findings.begin(), report.findings.end(),
        [](const Finding& a, const Finding& b) { return int(a.severity) < int(b.severity); });

    // 7. Sign and keep.
    progress(VerifyProgress::Phase::Saving);
    auto json = signReport(report, env.walletKey);
    if (!json)
        return json.error();
    const qint64 createdAt = report.createdAt.toMSecsSinceEpoch();
    auto runId = env.store.saveRun(createdAt, summaryOf(report, createdAt), *json);
    if (!runId)
        return runId.error();
    return VerifyOutcome{std::move(report), std::move(*json), *runId, *scan};
}

} // namespace bs::audit
