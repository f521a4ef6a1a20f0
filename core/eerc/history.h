// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A provider's earnings and claims, reconstructed from the chain (spec eerc-protocol.md 7):
//
//   credits  PrivateTransfer with topic2 = me: the amount is in the transaction's calldata
//            (the receiver PCT, public signals 16..22), not in the event;
//            Deposit with topic1 = me: the amount is in the event (token units);
//   debits   Withdraw with topic1 = me: the amount is in the event (eERC units);
//            PrivateTransfer with topic1 = me: the amount is only in ciphertexts; it is
//            recovered from the sender's own ElGamal copy (signals 6..9) by discrete log.
//
// Results go to a HistoryCache together with the scan checkpoint, so the next start only
// scans the new blocks (and re-scans the last few, for reorgs).
#include "chain/log_scanner.h"
#include "crypto/babyjubjub.h"
#include "eerc/contracts.h"
#include "ledger/entries.h"
#include "util/result.h"
#include "util/u256.h"

#include <functional>
#include <map>
#include <optional>
#include <stop_token>
#include <vector>

namespace bs::eerc {

// Where scan results are kept between runs. The vault implements it; InMemoryHistoryCache
// serves the CLI without a vault and the tests.
class HistoryCache
{
public:
    virtual ~HistoryCache() = default;
    virtual Result<std::optional<std::uint64_t>> checkpoint() const = 0;
    // Forget every entry at or after `block` (they are about to be scanned again).
    virtual Result<void> dropFrom(std::uint64_t block) = 0;
    // Store `entries` and move the checkpoint to `scannedTo`, atomically.
    virtual Result<void> append(const std::vector<ledger::HistoryEntry>& entries,
                                std::uint64_t scannedTo) = 0;
    // All entries, ordered by (block, log index).
    virtual Result<std::vector<ledger::HistoryEntry>> entries() const = 0;
};

class InMemoryHistoryCache final : public HistoryCache
{
public:
    Result<std::optional<std::uint64_t>> checkpoint() const override { return m_checkpoint; }
    Result<void> dropFrom(std::uint64_t block) override;
    Result<void> append(const std::vector<ledger::HistoryEntry>& entries,
                        std::uint64_t scannedTo) override;
    Result<std::vector<ledger::HistoryEntry>> entries() const override;

private:
    std::map<std::pair<std::uint64_t, std::uint32_t>, ledger::HistoryEntry> m_entries;
    std::optional<std::uint64_t> m_checkpoint;
};

struct HistoryOptions
{
    chain::ScanOptions scan;
    unsigned tokenDecimals = 0; // to convert Deposit amounts (token units) to eERC units
    unsigned eercDecimals = 0;
    // Blocks behind the head not yet treated as final; they are scanned but re-scanned next
    // time (reorg protection). Defaults to scan.reorgDepth.
};

class HistoryScanner
{
public:
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

    HistoryScanner(chain::EthClient& eth,
                   const chain::Deployment& deployment,
                   HistoryOptions options)
        : m_eth(eth)
        , m_deployment(deployment)
        , m_options(options)
    {}

    // Brings `cache` up to the current head for `me` with private scalar `s`.
    Result<void> refresh(const crypto::EthAddress& me,
                         const crypto::Scalar& s,
                         HistoryCache& cache,
                         const Progress& progress = {},
                         std::stop_token stop = {});

private:
    Result<std::vector<ledger::HistoryEntry>> entriesOf(const crypto::EthAddress& me,
                                                        const crypto::Scalar& s,
                                                        std::vector<chain::Log> logs,
                                                        std::stop_token stop);

    chain::EthClient& m_eth;
    chain::Deployment m_deployment;
    HistoryOptions m_options;
};

// eERC units of a deposit of `amount` token units with `dust` returned (spec 5.3).
std::optional<U256>
depositValue(const U256& amount, const U256& dust, unsigned tokenDecimals, unsigned eercDecimals);

} // namespace bs::eerc
