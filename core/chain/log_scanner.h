// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scanning event logs over a block range in pieces the node accepts.
//
// Public RPC nodes cap eth_getLogs by block span (Avalanche's public API: 2048; many
// providers: 10 000) or by result count, and say so with an error object in their own words.
// The scanner starts with at most `maxRange` blocks per call, halves the span on such an
// error and grows it again after successes, and hands each finished piece to the caller,
// who stores the logs and the checkpoint together; a scan interrupted anywhere resumes from
// the last checkpoint.
//
// Reorgs: the checkpoint is only trusted up to `reorgDepth` blocks back. `resumeFrom` gives
// the first block to scan again, so the last blocks before a checkpoint are always read
// twice; the caller drops what it stored for those blocks before it stores the new logs.
#include "chain/eth_client.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

namespace bs::chain {

struct ScanOptions
{
    std::uint64_t maxRange = 10000; // blocks per eth_getLogs call, at most
    std::uint64_t reorgDepth = 64;  // blocks re-scanned behind a checkpoint
};

// The first block to scan: the deployment block for a new scan, else `reorgDepth` blocks
// before the block after the checkpoint (never before the deployment block).
std::uint64_t resumeFrom(std::optional<std::uint64_t> checkpoint,
                         std::uint64_t deploymentBlock,
                         std::uint64_t reorgDepth);

// True when a node error means "ask for less" (block span or result count too large).
bool isRangeLimitError(const RpcError& error);

class LogScanner
{
public:
    // Called after each piece [from, to] with its logs (in node order). Returning an error
    // stops the scan with that error (e.g. the vault could not store the piece).
    using Sink =
        std::function<Result<void>(std::uint64_t from, std::uint64_t to, std::vector<Log>&& logs)>;
    // Progress: blocks done so far out of the total.
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

    LogScanner(EthClient& eth, ScanOptions options = {})
        : m_eth(eth)
        , m_options(options)
    {}

    Result<void> scan(const LogFilter& filter,
                      std::uint64_t from,
                      std::uint64_t to,
                      const Sink& sink,
                      const Progress& progress = {},
                      std::stop_token stop = {});

    // The span the next call would use (grows back after successes); for tests.
    std::uint64_t currentRange() const { return m_range; }

private:
    EthClient& m_eth;
    ScanOptions m_options;
    std::uint64_t m_range = 0;
};

} // namespace bs::chain
