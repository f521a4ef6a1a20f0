// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Brings an auditor's store up to the chain's head: the operator's PrivateTransfer, Withdraw,
// Deposit and PrivateBurn logs (topic1 = the operator) and every AuditorChanged log of the
// eERC contract, from the stored checkpoint on (re-reading the last `reorgDepth` blocks, like
// eerc::HistoryScanner), each auditor PCT decrypted on all cores as its piece of blocks
// arrives (so only one piece's ciphertexts are in memory at a time).
//
// The node is not trusted: a log it returns that does not match the request (another
// contract, another topic, another operator, outside the blocks asked for) or that does not
// decode as the event its topic names stops the scan with a sentence naming the node, and
// nothing of the run is stored. Everything found is written to the store in one step at the
// end (AuditStore::replaceFrom): a cancelled or failed scan leaves the store as it was.
#include "audit/events.h"
#include "audit/store.h"
#include "chain/abi.h"
#include "chain/eth_client.h"
#include "chain/log_scanner.h"
#include "chain/network.h"
#include "crypto/babyjubjub.h"
#include "util/result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <stop_token>

namespace bs::audit {

struct ScanProgress
{
    enum class Phase
    {
        Scanning,   // done/total: blocks
        Decrypting, // done/total: auditor PCTs found so far
    };
    Phase phase = Phase::Scanning;
    std::uint64_t done = 0;
    std::uint64_t total = 0;
};
using ScanProgressFn = std::function<void(const ScanProgress&)>;

struct ScannerOptions
{
    chain::ScanOptions scan;
    unsigned threads = 0; // decryption threads; 0: one per core
};

struct ScanStats
{
    std::uint64_t from = 0;      // the first block scanned in this run
    std::uint64_t head = 0;      // the last (the head when the scan started)
    std::uint64_t newEvents = 0; // events read in this run (the re-read reorg window included)
    std::uint64_t decrypted = 0; // auditor PCTs decrypted (or found undecryptable) in this run
};

class AuditScanner
{
public:
    AuditScanner(chain::EthClient& eth,
                 const chain::Deployment& deployment,
                 const crypto::EthAddress& operatorAddress,
                 ScannerOptions options = {})
        : m_eth(eth)
        , m_deployment(deployment)
        , m_operator(operatorAddress)
        , m_options(options)
    {}

    // The scope of the cached events: chain id, eERC contract, operator and auditor.
    static QString scopeOf(const chain::Deployment& deployment,
                           const crypto::EthAddress& operatorAddress,
                           const crypto::EthAddress& auditor);

    // Scans up to `head` for the auditor `auditor` with private scalar `s`.
    Result<ScanStats> refresh(const crypto::EthAddress& auditor,
                              const crypto::Scalar& s,
                              std::uint64_t head,
                              AuditStore& store,
                              const ScanProgressFn& progress = {},
                              std::stop_token stop = {});

private:
    chain::EthClient& m_eth;
    chain::Deployment m_deployment;
    crypto::EthAddress m_operator;
    ScannerOptions m_options;
};

// The PrivateBurn event (standalone deployments; not among eerc's bindings, which serve
// converter-mode wallets): PrivateBurn(address indexed user, uint256[7] auditorPCT,
// address indexed auditorAddress).
const chain::AbiEvent& privateBurnEvent();

} // namespace bs::audit
