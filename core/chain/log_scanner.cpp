// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/log_scanner.h"

#include <QRegularExpression>

#include <algorithm>

namespace bs::chain {

std::uint64_t resumeFrom(std::optional<std::uint64_t> checkpoint,
                         std::uint64_t deploymentBlock,
                         std::uint64_t reorgDepth)
{
    if (!checkpoint)
        return deploymentBlock;
    const std::uint64_t next = *checkpoint + 1;
    const std::uint64_t back = next > reorgDepth ? next - reorgDepth : 0;
    return std::max(deploymentBlock, back);
}

bool isRangeLimitError(const RpcError& error)
{
    if (error.kind == RpcError::Kind::BadResponse && error.error.is(kAnswerTooLarge))
        return true; // our own size limit: a smaller span gives a smaller answer
    if (error.kind != RpcError::Kind::Node && error.kind != RpcError::Kind::Http)
        return false;
    if (error.code == -32005)
        return true;
    // The wording of geth, avalanchego, Alchemy, Infura, QuickNode, Ankr, Hardhat...
    static const QRegularExpression limit(
        QStringLiteral("too many|too large|range|limit|exceed|more than|max(imum)? .*block"
                       "|response size|query timeout|block span"),
        QRegularExpression::CaseInsensitiveOption);
    return limit.match(error.message).hasMatch();
}

Result<void> LogScanner::scan(const LogFilter& filter,
                              std::uint64_t from,
                              std::uint64_t to,
                              const Sink& sink,
                              const Progress& progress,
                              std::stop_token stop)
{
    if (from > to)
        return {};
    const std::uint64_t maxRange = std::max<std::uint64_t>(1, m_options.maxRange);
    if (m_range == 0 || m_range > maxRange)
        m_range = maxRange;
    const std::uint64_t total = to - from + 1;

    std::uint64_t start = from;
    while (start <= to) {
        if (stop.stop_requested())
            return fail(kCancelled);
        const std::uint64_t end = std::min(to, start + m_range - 1);
        auto answer = m_eth.getLogs(filter, start, end, stop);
        if (auto* error = std::get_if<RpcError>(&answer)) {
            if (error->kind == RpcError::Kind::Cancelled)
                return fail(kCancelled);
            if (isRangeLimitError(*error) && end > start) {
                m_range = std::max<std::uint64_t>(1, (end - start + 1) / 2);
                continue;
            }
            return fail(BS_TR("chain", "reading events of blocks %1-%2 failed: %3"), start, end,
                        toError(*error));
        }
        if (auto stored = sink(start, end, std::move(std::get<std::vector<Log>>(answer))); !stored)
            return stored.error();
        if (progress)
            progress(end - from + 1, total);
        if (end == to)
            break;
        start = end + 1;
        // Grow back gently after a success, so one busy stretch does not slow the rest.
        m_range = std::min(maxRange, m_range + std::max<std::uint64_t>(1, m_range / 2));
    }
    return {};
}

} // namespace bs::chain
