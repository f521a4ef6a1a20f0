// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One verification run, end to end (what `bshield audit verify` and the auditor's Verify page
// do): fetch the operator's report for the period (signed as the auditor), check the chain
// and its decimals, bring the scan up to the head (decrypting new PCTs on every core), find
// the audited blocks, reconcile, then sign the report with the auditor's wallet key and save
// the run in the store.
//
// When the operator's server cannot be reached, refuses, or sends an answer that is not a
// valid report, the chain part still runs and the run completes with a "report-unavailable"
// or "report-malformed" finding (the evidence the chain gives is kept; the report says what
// failed). What stops a run (an error, nothing saved): the chain cannot be read, the node is
// on another chain or lies about logs, the store fails, or a stop request.
#include "audit/reconcile.h"
#include "audit/report.h"
#include "audit/scanner.h"
#include "audit/store.h"
#include "chain/eth_client.h"
#include "chain/network.h"
#include "eerc/key_derivation.h"
#include "eerc/reader.h"
#include "operator/operator_client.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

namespace bs::audit {

// The operator's side of a run. OperatorClientSource is the real one.
class OperatorSource
{
public:
    virtual ~OperatorSource() = default;
    virtual QString server() const = 0;
    virtual operator_api::ApiResult<operator_api::AuditTotalsAnswer>
    totals(std::optional<QDateTime> from, std::optional<QDateTime> to, std::stop_token stop) = 0;
    // The providers' addresses.
    virtual operator_api::ApiResult<std::vector<crypto::EthAddress>>
    providers(std::stop_token stop) = 0;
};

class OperatorClientSource final : public OperatorSource
{
public:
    OperatorClientSource(operator_api::OperatorClient& client, const crypto::EcdsaPrivateKey& key)
        : m_client(client)
        , m_key(key)
    {}
    QString server() const override { return m_client.serverForDisplay(); }
    operator_api::ApiResult<operator_api::AuditTotalsAnswer> totals(std::optional<QDateTime> from,
                                                                    std::optional<QDateTime> to,
                                                                    std::stop_token stop) override;
    operator_api::ApiResult<std::vector<crypto::EthAddress>>
    providers(std::stop_token stop) override;

private:
    operator_api::OperatorClient& m_client;
    const crypto::EcdsaPrivateKey& m_key;
};

// Reported transfers and recipients looked up on chain (receipts, the registrar).
class RpcChainLookups final : public ChainLookups
{
public:
    RpcChainLookups(eerc::EercReader& reader,
                    const crypto::EthAddress& operatorAddress,
                    std::uint64_t scannedTo)
        : m_reader(reader)
        , m_operator(operatorAddress)
        , m_scannedTo(scannedTo)
    {}
    Result<ReportedLogCheck> reportedTransfer(const crypto::Hash256& txHash,
                                              std::uint32_t logIndex,
                                              std::stop_token stop) override;
    Result<bool> isRegistered(const crypto::EthAddress& account, std::stop_token stop) override;

private:
    eerc::EercReader& m_reader;
    crypto::EthAddress m_operator;
    std::uint64_t m_scannedTo;
};

struct VerifyProgress
{
    enum class Phase
    {
        FetchingReport,
        Scanning,   // done/total: blocks
        Decrypting, // done/total: auditor PCTs ("decrypting N of M")
        Reconciling,
        Saving,
    };
    Phase phase = Phase::FetchingReport;
    std::uint64_t done = 0;
    std::uint64_t total = 0;
};

struct VerifyOptions
{
    std::optional<QDateTime> from; // the period [from, to); open on a side without
    std::optional<QDateTime> to;
    ScannerOptions scanner;
    QString software; // "BackendShield 1.2.3", stated in the report
    std::function<void(const VerifyProgress&)> progress;
};

struct VerifyEnv
{
    const chain::Network& network; // deployment, operatorAddress
    const crypto::EcdsaPrivateKey& walletKey;
    const eerc::EercKey& eercKey;
    chain::EthClient& eth;
    eerc::EercReader& reader;
    OperatorSource* operatorSource; // null: the network names no operator server
    AuditStore& store;
};

struct VerifyOutcome
{
    Report report;
    QByteArray json; // the signed report, canonical JSON
    qint64 runId = 0;
    ScanStats scan;
};

Result<VerifyOutcome>
verify(const VerifyEnv& env, const VerifyOptions& options, std::stop_token stop = {});

// The smallest block in [low, high] whose timestamp is at or after `msSinceEpoch`, or high + 1
// when there is none (block timestamps never decrease).
Result<std::uint64_t> firstBlockAtOrAfter(chain::EthClient& eth,
                                          qint64 msSinceEpoch,
                                          std::uint64_t low,
                                          std::uint64_t high,
                                          std::stop_token stop = {});

} // namespace bs::audit
