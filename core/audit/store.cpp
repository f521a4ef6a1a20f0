// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/store.h"

#include <algorithm>

namespace bs::audit {

Result<std::vector<ChainEvent>> InMemoryAuditStore::events() const
{
    std::vector<ChainEvent> out;
    out.reserve(m_events.size());
    for (const auto& [key, e] : m_events)
        out.push_back(e);
    return out;
}

Result<void> InMemoryAuditStore::replaceFrom(const QString& scope,
                                             std::uint64_t fromBlock,
                                             const std::vector<ChainEvent>& events,
                                             std::uint64_t scannedTo)
{
    for (const ChainEvent& e : events)
        if (e.blockNumber < fromBlock || e.blockNumber > scannedTo)
            return fail(BS_TR("audit", "an audit scan tried to store an event outside the "
                                       "blocks it scanned"));
    if (!m_state || m_state->scope != scope)
        m_events.clear();
    m_events.erase(m_events.lower_bound({fromBlock, 0}), m_events.end());
    for (const ChainEvent& e : events)
        m_events.insert_or_assign({e.blockNumber, e.logIndex}, e);
    m_state = ScanState{scope, scannedTo};
    return {};
}

Result<qint64>
InMemoryAuditStore::saveRun(qint64 createdAt, const QString& summary, const QByteArray& report)
{
    const qint64 id = m_runs.empty() ? 1 : m_runs.back().first.id + 1;
    m_runs.push_back({RunSummary{id, createdAt, summary}, report});
    return id;
}

Result<std::vector<RunSummary>> InMemoryAuditStore::runs() const
{
    std::vector<RunSummary> out;
    for (auto it = m_runs.rbegin(); it != m_runs.rend(); ++it)
        out.push_back(it->first);
    return out;
}

Result<std::optional<QByteArray>> InMemoryAuditStore::runReport(qint64 id) const
{
    const auto it = std::find_if(m_runs.begin(), m_runs.end(),
                                 [id](const auto& run) { return run.first.id == id; });
    if (it == m_runs.end())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(it->second);
}

} // namespace bs::audit
