// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/history.h"

#include "crypto/discrete_log.h"
#include "crypto/elgamal.h"
#include "crypto/pct.h"
#include "eerc/reader.h"

#include <algorithm>
#include <set>

namespace bs::eerc {

using chain::AbiValue;

// ---- InMemoryHistoryCache ----

Result<void> InMemoryHistoryCache::dropFrom(std::uint64_t block)
{
    m_entries.erase(m_entries.lower_bound({block, 0}), m_entries.end());
    if (m_checkpoint && *m_checkpoint >= block)
        m_checkpoint = block == 0 ? std::nullopt : std::optional<std::uint64_t>(block - 1);
    return {};
}

Result<void> InMemoryHistoryCache::append(const std::vector<ledger::HistoryEntry>& entries,
                                          std::uint64_t scannedTo)
{
    for (const ledger::HistoryEntry& e : entries)
        m_entries.insert_or_assign({e.blockNumber, e.logIndex}, e);
    m_checkpoint = scannedTo;
    return {};
}

Result<std::vector<ledger::HistoryEntry>> InMemoryHistoryCache::entries() const
{
    std::vector<ledger::HistoryEntry> out;
    out.reserve(m_entries.size());
    for (const auto& [key, e] : m_entries)
        out.push_back(e);
    return out;
}

// ---- amounts ----

std::optional<U256>
depositValue(const U256& amount, const U256& dust, unsigned tokenDecimals, unsigned eercDecimals)
{
    const auto kept = amount.checkedSub(dust);
    if (!kept)
        return std::nullopt;
    if (tokenDecimals > eercDecimals) {
        const auto scale = U256::pow10(tokenDecimals - eercDecimals);
        if (!scale || !scale->fitsU64())
            return std::nullopt;
        return kept->divmod(scale->toU64()).quotient;
    }
    const auto scale = U256::pow10(eercDecimals - tokenDecimals);
    return scale ? kept->checkedMul(*scale) : std::nullopt;
}

namespace {

// What an eERC transfer call says, if `input` is one.
struct TransferCall
{
    crypto::EthAddress to{crypto::EthAddress::Bytes{}};
    U256 tokenId;
    std::vector<U256> signals; // 32 public signals
};

std::optional<TransferCall> decodeTransferCall(std::span<const std::uint8_t> input)
{
    auto args = abi::transfer().decodeCall(input);
    if (!args)
        return std::nullopt;
    const auto to = args->at(0).asAddress();
    const auto tokenId = args->at(1).asUint();
    const AbiValue* signals = args->at(2).at(1);
    auto words = signals ? signals->asUintList(32) : std::nullopt;
    if (!to || !tokenId || !words)
        return std::nullopt;
    return TransferCall{*to, *tokenId, std::move(*words)};
}

std::optional<crypto::Pct> pctAt(const std::vector<U256>& signals, std::size_t first)
{
    crypto::Pct pct;
    for (std::size_t i = 0; i < 7; ++i) {
        const auto f = crypto::toFr(signals[first + i]);
        if (!f)
            return std::nullopt;
        pct.words[i] = *f;
    }
    return pct;
}

// The amount of an outgoing transfer from the sender's own ElGamal copy (signals 6..9).
std::optional<U256> outgoingAmount(const std::vector<U256>& signals, const crypto::Scalar& s)
{
    auto c1 = pointFromWords(signals[6], signals[7]);
    auto c2 = pointFromWords(signals[8], signals[9]);
    if (!c1 || !c2 || !c1->has_value() || !c2->has_value())
        return std::nullopt;
    const crypto::Point vB =
        crypto::elgamal::decryptToPoint(crypto::elgamal::Ciphertext{**c1, **c2}, s);
    const auto v = crypto::DiscreteLogTable::shared()->solve(vB);
    if (!v)
        return std::nullopt;
    return U256::fromU64(*v);
}

} // namespace

Result<std::vector<ledger::HistoryEntry>> HistoryScanner::entriesOf(const crypto::EthAddress& me,
                                                                    const crypto::Scalar& s,
                                                                    std::vector<chain::Log> logs,
                                                                    std::stop_token stop)
{
    const crypto::Hash256 transferTopic = abi::privateTransferEvent().topic0();
    const crypto::Hash256 depositTopic = abi::depositEvent().topic0();
    const crypto::Hash256 withdrawTopic = abi::withdrawEvent().topic0();

    // The transactions whose calldata we need, fetched in batches.
    std::vector<crypto::Hash256> transferTxs;
    for (const chain::Log& log : logs)
        if (!log.removed && !log.topics.empty() && log.topics[0] == transferTopic)
            transferTxs.push_back(log.transactionHash);
    std::sort(transferTxs.begin(), transferTxs.end());
    transferTxs.erase(std::unique(transferTxs.begin(), transferTxs.end()), transferTxs.end());
    auto txs = m_eth.transactionsByHash(transferTxs, stop);
    if (!txs)
        return txs.error();
    auto callOf = [&](const crypto::Hash256& hash) -> std::optional<TransferCall> {
        const auto it = std::lower_bound(transferTxs.begin(), transferTxs.end(), hash);
        const auto& tx = (*txs)[static_cast<std::size_t>(it - transferTxs.begin())];
        if (!tx || tx->to != m_deployment.encryptedErc)
            return std::nullopt; // made through another contract: not our calldata
        return decodeTransferCall(tx->input);
    };

    std::vector<ledger::HistoryEntry> out;
    for (const chain::Log& log : logs) {
        if (log.removed || log.topics.empty() || log.address != m_deployment.encryptedErc)
            continue;
        ledger::HistoryEntry e;
        e.blockNumber = log.blockNumber;
        e.transactionHash = log.transactionHash;
        e.logIndex = log.logIndex;
        const crypto::Hash256& topic0 = log.topics[0];

        if (topic0 == transferTopic) {
            auto values = abi::privateTransferEvent().decodeLog(log.topics, log.data);
            if (!values)
                continue; // not the event we know: ignore rather than guess
            const auto from = values->at(0).asAddress();
            const auto to = values->at(1).asAddress();
            if (!from || !to || (*from == me && *to == me))
                continue; // a transfer to oneself changes nothing
            e.source = ledger::HistoryEntry::Source::Transfer;
            // A contract may make several transfers in one transaction: the calldata is
            // only ours to read when it is this very transfer.
            auto call = callOf(log.transactionHash);
            if (call && call->to != *to)
                call.reset();
            if (call)
                e.tokenId = call->tokenId;
            if (*to == me) {
                e.kind = ledger::HistoryEntry::Kind::Credit;
                e.counterparty = *from;
                if (call)
                    if (const auto pct = pctAt(call->signals, 16))
                        if (const auto v = crypto::decryptAmount(*pct, s))
                            e.amount = crypto::toU256(*v);
            } else if (*from == me) {
                e.kind = ledger::HistoryEntry::Kind::Debit;
                e.counterparty = *to;
                if (call)
                    e.amount = outgoingAmount(call->signals, s);
            } else {
                continue;
            }
        } else if (topic0 == depositTopic || topic0 == withdrawTopic) {
            const bool isDeposit = topic0 == depositTopic;
            const auto& event = isDeposit ? abi::depositEvent() : abi::withdrawEvent();
            auto values = event.decodeLog(log.topics, log.data);
            if (!values || values->at(0).asAddress() != me)
                continue;
            if (isDeposit) {
                const auto amount = values->at(1).asUint();
                const auto dust = values->at(2).asUint();
                const auto id = values->at(3).asUint();
                if (!amount || !dust || !id)
                    continue;
                e.kind = ledger::HistoryEntry::Kind::Credit;
                e.source = ledger::HistoryEntry::Source::Deposit;
                e.tokenId = *id;
                e.amount =
                    depositValue(*amount, *dust, m_options.tokenDecimals, m_options.eercDecimals);
            } else {
                const auto amount = values->at(1).asUint();
                const auto id = values->at(2).asUint();
                if (!amount || !id)
                    continue;
                e.kind = ledger::HistoryEntry::Kind::Debit;
                e.source = ledger::HistoryEntry::Source::Withdraw;
                e.tokenId = *id;
                e.amount = *amount;
            }
        } else {
            continue;
        }
        out.push_back(e);
    }

    // Block times, one batch for all distinct blocks.
    std::vector<std::uint64_t> blocks;
    for (const ledger::HistoryEntry& e : out)
        blocks.push_back(e.blockNumber);
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    auto times = m_eth.blockTimestamps(blocks, stop);
    if (!times)
        return times.error();
    for (ledger::HistoryEntry& e : out) {
        const auto it = std::lower_bound(blocks.begin(), blocks.end(), e.blockNumber);
        e.blockTime = (*times)[static_cast<std::size_t>(it - blocks.begin())];
    }
    return out;
}

Result<void> HistoryScanner::refresh(const crypto::EthAddress& me,
                                     const crypto::Scalar& s,
                                     HistoryCache& cache,
                                     const Progress& progress,
                                     std::stop_token stop)
{
    const auto head = m_eth.blockNumber(stop);
    if (!head)
        return head.error();
    const auto checkpoint = cache.checkpoint();
    if (!checkpoint)
        return checkpoint.error();
    const std::uint64_t from =
        chain::resumeFrom(*checkpoint, m_deployment.deploymentBlock, m_options.scan.reorgDepth);
    if (from > *head)
        return {};
    if (auto dropped = cache.dropFrom(from); !dropped)
        return dropped;

    const crypto::Hash256 meTopic = addressTopic(me);
    chain::LogFilter mine; // Deposit, Withdraw and outgoing transfers: topic1 = me
    mine.addresses = {m_deployment.encryptedErc};
    mine.topics = {{abi::privateTransferEvent().topic0(), abi::depositEvent().topic0(),
                    abi::withdrawEvent().topic0()},
                   {meTopic}};
    chain::LogFilter incoming; // PrivateTransfer with topic2 = me
    incoming.addresses = {m_deployment.encryptedErc};
    incoming.topics = {{abi::privateTransferEvent().topic0()}, {}, {meTopic}};

    chain::LogScanner scanner(m_eth, m_options.scan);
    chain::LogScanner innerScanner(m_eth, m_options.scan);
    return scanner.scan(
        mine, from, *head,
        [&](std::uint64_t a, std::uint64_t b, std::vector<chain::Log>&& logs) -> Result<void> {
            auto collected = innerScanner.scan(
                incoming, a, b,
                [&](std::uint64_t, std::uint64_t, std::vector<chain::Log>&& more) -> Result<void> {
                    logs.insert(logs.end(), std::make_move_iterator(more.begin()),
                                std::make_move_iterator(more.end()));
                    return {};
                },
                {}, stop);
            if (!collected)
                return collected;
            std::sort(logs.begin(), logs.end(), [](const chain::Log& x, const chain::Log& y) {
                return std::tie(x.blockNumber, x.logIndex) < std::tie(y.blockNumber, y.logIndex);
            });
            logs.erase(std::unique(logs.begin(), logs.end(),
                                   [](const chain::Log& x, const chain::Log& y) {
                                       return x.blockNumber == y.blockNumber &&
                                              x.logIndex == y.logIndex;
                                   }),
                       logs.end());
            auto entries = entriesOf(me, s, std::move(logs), stop);
            if (!entries)
                return entries.error();
            return cache.append(*entries, b);
        },
        progress, stop);
}

} // namespace bs::eerc
