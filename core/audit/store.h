// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where an auditor's work is kept between runs: the events scanned so far with their
// decrypted amounts and the block the scan reached (so the next run scans and decrypts only
// what is new, re-reading the last blocks for reorgs), and the verification runs with their
// signed reports. The vault implements it (wallet::VaultAuditStore); InMemoryAuditStore serves
// the tests and the benchmark.
//
// The cached events belong to a scope (chain, eERC contract, operator, auditor): a store asked
// to write events of another scope forgets the old ones first, so a changed profile never
// mixes two operators' payouts.
#include "audit/events.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace bs::audit {

struct ScanState
{
    QString scope;
    std::uint64_t scannedTo = 0; // the last block whose events are stored
};

// A saved verification run, without its report.
struct RunSummary
{
    qint64 id = 0;
    qint64 createdAt = 0; // milliseconds since the epoch
    QString summary;      // a small JSON object (period, status, counts), for lists
};

class AuditStore
{
public:
    virtual ~AuditStore() = default;

    virtual Result<std::optional<ScanState>> scanState() const = 0;
    // Every stored event, ordered by (block, log index).
    virtual Result<std::vector<ChainEvent>> events() const = 0;
    // In one step: forgets every event if `scope` is not the stored scope, then every event at
    // or after `fromBlock`; stores `events` (all at or after fromBlock) and the new state.
    virtual Result<void> replaceFrom(const QString& scope,
                                     std::uint64_t fromBlock,
                                     const std::vector<ChainEvent>& events,
                                     std::uint64_t scannedTo) = 0;

    // Saves a finished run; returns its id (increasing).
    virtual Result<qint64>
    saveRun(qint64 createdAt, const QString& summary, const QByteArray& signedReport) = 0;
    // Saved runs, newest first.
    virtual Result<std::vector<RunSummary>> runs() const = 0;
    // The signed report of a run, exactly as saved; nullopt for an unknown id.
    virtual Result<std::optional<QByteArray>> runReport(qint64 id) const = 0;
};

class InMemoryAuditStore final : public AuditStore
{
public:
    Result<std::optional<ScanState>> scanState() const override { return m_state; }
    Result<std::vector<ChainEvent>> events() const override;
    Result<void> replaceFrom(const QString& scope,
                             std::uint64_t fromBlock,
                             const std::vector<ChainEvent>& events,
                             std::uint64_t scannedTo) override;
    Result<qint64>
    saveRun(qint64 createdAt, const QString& summary, const QByteArray& signedReport) override;
    Result<std::vector<RunSummary>> runs() const override;
    Result<std::optional<QByteArray>> runReport(qint64 id) const override;

private:
    std::map<std::pair<std::uint64_t, std::uint32_t>, ChainEvent> m_events;
    std::optional<ScanState> m_state;
    std::vector<std::pair<RunSummary, QByteArray>> m_runs;
};

} // namespace bs::audit
