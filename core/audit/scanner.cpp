// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/scanner.h"

#include "audit/decrypt.h"
#include "crypto/pct.h"
#include "eerc/contracts.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace bs::audit {

namespace {

using chain::AbiValue;

chain::AbiEvent makeBurnEvent()
{
    auto e = chain::AbiEvent::parse("PrivateBurn(address,uint256[7],address)", {true, false, true});
    if (!e)
        throw std::logic_error("bad PrivateBurn signature: " + e.error().message);
    return std::move(*e);
}

std::string hexOf(const crypto::Hash256& h)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "0x";
    for (std::uint8_t b : h) {
        out += kHex[b >> 4];
        out += kHex[b & 15];
    }
    return out;
}

// One decoded log, with the PCT still to decrypt.
struct Pending
{
    ChainEvent event;
    std::optional<crypto::Pct> pct;
};

std::optional<crypto::Pct> pctOf(const AbiValue& value)
{
    const auto words = value.asUintList(7);
    if (!words)
        return std::nullopt;
    crypto::Pct pct;
    for (std::size_t i = 0; i < 7; ++i) {
        const auto f = crypto::toFr((*words)[i]);
        if (!f)
            return std::nullopt; // not a field element: no valid proof made it
        pct.words[i] = *f;
    }
    return pct;
}

class LogReader
{
public:
    LogReader(const chain::EthClient& eth,
              const crypto::EthAddress& contract,
              const crypto::EthAddress& operatorAddress)
        : m_node(eth.endpointForDisplay().toStdString())
        , m_contract(contract)
        , m_operatorTopic(eerc::addressTopic(operatorAddress))
    {}

    // The event of one log of the operator filter (`operatorLog`) or the AuditorChanged filter.
    Result<Pending> read(const chain::Log& log, bool operatorLog, std::uint64_t a, std::uint64_t b)
    {
        if (log.address != m_contract || log.topics.empty() || log.blockNumber < a ||
            log.blockNumber > b)
            return lie(log, kNotAskedFor);
        const crypto::Hash256& topic0 = log.topics[0];
        Pending p;
        p.event.blockNumber = log.blockNumber;
        p.event.txHash = log.transactionHash;
        p.event.logIndex = log.logIndex;
        if (!operatorLog) {
            if (topic0 != eerc::abi::auditorChangedEvent().topic0())
                return lie(log, kNotAskedFor);
            auto v = eerc::abi::auditorChangedEvent().decodeLog(log.topics, log.data);
            if (!v)
                return undecodable(log, "AuditorChanged");
            const auto oldAuditor = v->at(0).asAddress();
            const auto newAuditor = v->at(1).asAddress();
            if (!oldAuditor || !newAuditor)
                return undecodable(log, "AuditorChanged");
            p.event.kind = EventKind::AuditorChanged;
            p.event.auditor = *oldAuditor;
            p.event.counterparty = *newAuditor;
            return p;
        }
        if (log.topics.size() < 2 || log.topics[1] != m_operatorTopic)
            return lie(log, BS_TR("audit", "the RPC node at %1 answered with a log of another "
                                           "account than the operator's (block %2, transaction "
                                           "%3, log %4); it is broken or not telling the truth: "
                                           "use another node. Nothing was stored."));

        if (topic0 == eerc::abi::privateTransferEvent().topic0()) {
            auto v = eerc::abi::privateTransferEvent().decodeLog(log.topics, log.data);
            const auto to = v ? v->at(1).asAddress() : std::nullopt;
            const auto auditor = v ? v->at(3).asAddress() : std::nullopt;
            if (!to || !auditor)
                return undecodable(log, "PrivateTransfer");
            p.event.kind = EventKind::Payout;
            p.event.counterparty = *to;
            p.event.auditor = *auditor;
            p.pct = pctOf(v->at(2));
        } else if (topic0 == eerc::abi::withdrawEvent().topic0()) {
            auto v = eerc::abi::withdrawEvent().decodeLog(log.topics, log.data);
            const auto amount = v ? v->at(1).asUint() : std::nullopt;
            const auto auditor = v ? v->at(4).asAddress() : std::nullopt;
            if (!amount || !auditor)
                return undecodable(log, "Withdraw");
            p.event.kind = EventKind::Withdraw;
            p.event.eventAmount = *amount;
            p.event.auditor = *auditor;
            p.pct = pctOf(v->at(3));
        } else if (topic0 == eerc::abi::depositEvent().topic0()) {
            auto v = eerc::abi::depositEvent().decodeLog(log.topics, log.data);
            const auto amount = v ? v->at(1).asUint() : std::nullopt;
            const auto dust = v ? v->at(2).asUint() : std::nullopt;
            if (!amount || !dust)
                return undecodable(log, "Deposit");
            p.event.kind = EventKind::Deposit;
            p.event.eventAmount = *amount;
            p.event.dust = *dust;
        } else if (topic0 == privateBurnEvent().topic0()) {
            auto v = privateBurnEvent().decodeLog(log.topics, log.data);
            const auto auditor = v ? v->at(2).asAddress() : std::nullopt;
            if (!auditor)
                return undecodable(log, "PrivateBurn");
            p.event.kind = EventKind::Burn;
            p.event.auditor = *auditor;
            p.pct = pctOf(v->at(1));
        } else {
            return lie(log, kNotAskedFor);
        }
        // Until decrypted. A PCT word that is not a field element cannot come from a valid
        // proof: such an event is kept with a PCT that stays undecryptable (a finding).
        if (p.event.kind != EventKind::Deposit)
            p.event.pct = PctStatus::Undecryptable;
        return p;
    }

private:
    static constexpr Text kNotAskedFor =
        BS_TR("audit",
              "the RPC node at %1 answered with a log that was not asked for (block %2, "
              "transaction %3, log %4); it is broken or not telling the truth: use "
              "another node. Nothing was stored.");

    // `text` about `log`: %1 the node, %2 the block, %3 the transaction, %4 the log index.
    Error lie(const chain::Log& log, Text text) const
    {
        return fail(text, m_node, log.blockNumber, hexOf(log.transactionHash), log.logIndex);
    }

    // `log` does not decode as the event `event`.
    Error undecodable(const chain::Log& log, const char* event) const
    {
        return fail(BS_TR("audit", "the RPC node at %1 answered with a log that does not decode "
                                   "as %2 (block %3, transaction %4, log %5); it is broken or "
                                   "not telling the truth: use another node. Nothing was "
                                   "stored."),
                    m_node, event, log.blockNumber, hexOf(log.transactionHash), log.logIndex);
    }

    std::string m_node;
    crypto::EthAddress m_contract;
    crypto::Hash256 m_operatorTopic;
};

} // namespace

const chain::AbiEvent& privateBurnEvent()
{
    static const chain::AbiEvent e = makeBurnEvent();
    return e;
}

QString AuditScanner::scopeOf(const chain::Deployment& deployment,
                              const crypto::EthAddress& operatorAddress,
                              const crypto::EthAddress& auditor)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(deployment.chainId)
        .arg(QString::fromStdString(deployment.encryptedErc.toLowerHex()),
             QString::fromStdString(operatorAddress.toLowerHex()),
             QString::fromStdString(auditor.toLowerHex()));
}

Result<ScanStats> AuditScanner::refresh(const crypto::EthAddress& auditor,
                                        const crypto::Scalar& s,
                                        std::uint64_t head,
                                        AuditStore& store,
                                        const ScanProgressFn& progress,
                                        std::stop_token stop)
{
    const QString scope = scopeOf(m_deployment, m_operator, auditor);
    const auto state = store.scanState();
    if (!state)
        return state.error();
    std::optional<std::uint64_t> checkpoint;
    if (*state && (*state)->scope == scope)
        checkpoint = (*state)->scannedTo;
    ScanStats stats;
    stats.from =
        chain::resumeFrom(checkpoint, m_deployment.deploymentBlock, m_options.scan.reorgDepth);
    stats.head = head;
    if (checkpoint && *checkpoint > head) {
        // The node is behind the blocks already stored (another node, or a deep reorg): read
        // from where it is, so the store never claims blocks the node does not have.
        stats.from = std::min(stats.from, chain::resumeFrom(head, m_deployment.deploymentBlock,
                                                            m_options.scan.reorgDepth));
    }
    if (stats.from > head)
        return stats;

    chain::LogFilter operatorFilter;
    operatorFilter.addresses = {m_deployment.encryptedErc};
    operatorFilter.topics = {{eerc::abi::privateTransferEvent().topic0(),
                              eerc::abi::withdrawEvent().topic0(),
                              eerc::abi::depositEvent().topic0(), privateBurnEvent().topic0()},
                             {eerc::addressTopic(m_operator)}};
    chain::LogFilter auditorFilter;
    auditorFilter.addresses = {m_deployment.encryptedErc};
    auditorFilter.topics = {{eerc::abi::auditorChangedEvent().topic0()}};

    LogReader reader(m_eth, m_deployment.encryptedErc, m_operator);
    std::vector<ChainEvent> staged;
    std::uint64_t pctsFound = 0;
    std::uint64_t pctsDone = 0;
    const std::uint64_t blocks = head - stats.from + 1;

    chain::LogScanner outer(m_eth, m_options.scan);
    chain::LogScanner inner(m_eth, m_options.scan);
    auto scanned = outer.scan(
        operatorFilter, stats.from, head,
        [&](std::uint64_t a, std::uint64_t b, std::vector<chain::Log>&& logs) -> Result<void> {
            // (block, log index) -> event; the node may repeat a log, never change it.
            std::map<std::pair<std::uint64_t, std::uint32_t>, Pending> piece;
            const auto add = [&](const chain::Log& log, bool operatorLog) -> Result<void> {
                if (log.removed)
                    return {}; // a log of a block that left the chain
                auto p = reader.read(log, operatorLog, a, b);
                if (!p)
                    return p.error();
                const auto key = std::make_pair(log.blockNumber, log.logIndex);
                const auto [it, inserted] = piece.try_emplace(key, std::move(*p));
                if (!inserted && !(it->second.event == p->event))
                    return fail(BS_TR("audit", "the RPC node at %1 answered with two different "
                                               "logs at block %2, log %3; use another node. "
                                               "Nothing was stored."),
                                m_eth.endpointForDisplay().toStdString(), log.blockNumber,
                                log.logIndex);
                return {};
            };
            for (const chain::Log& log : logs)
                if (auto ok = add(log, true); !ok)
                    return ok;
            auto more = inner.scan(
                auditorFilter, a, b,
                [&](std::uint64_t, std::uint64_t, std::vector<chain::Log>&& changes) {
                    for (const chain::Log& log : changes)
                        if (auto ok = add(log, false); !ok)
                            return ok;
                    return Result<void>();
                },
                {}, stop);
            if (!more)
                return more;

            // Block times, one batch for the piece.
            std::vector<std::uint64_t> numbers;
            for (const auto& [key, p] : piece)
                if (numbers.empty() || numbers.back() != key.first)
                    numbers.push_back(key.first);
            auto times = m_eth.blockTimestamps(numbers, stop);
            if (!times)
                return times.error();

            // The piece's PCTs, decrypted on every core.
            std::vector<crypto::Pct> pcts;
            std::vector<ChainEvent*> owners;
            for (auto& [key, p] : piece) {
                const auto at = std::lower_bound(numbers.begin(), numbers.end(), key.first);
                p.event.blockTime = (*times)[std::size_t(at - numbers.begin())];
                if (p.pct) {
                    pcts.push_back(*p.pct);
                    owners.push_back(&p.event);
                }
            }
            pctsFound += pcts.size();
            std::vector<std::optional<U256>> amounts(pcts.size());
            const std::uint64_t before = pctsDone;
            auto decrypted = decryptPcts(
                pcts, amounts, s, m_options.threads,
                [&](std::size_t done, std::size_t) {
                    if (progress)
                        progress({ScanProgress::Phase::Decrypting, before + done, pctsFound});
                },
                stop);
            if (!decrypted)
                return decrypted;
            pctsDone += pcts.size();
            for (std::size_t i = 0; i < owners.size(); ++i) {
                if (amounts[i]) {
                    owners[i]->pct = PctStatus::Decrypted;
                    owners[i]->amount = *amounts[i];
                }
            }
            for (auto& [key, p] : piece)
                staged.push_back(std::move(p.event));
            return {};
        },
        [&](std::uint64_t done, std::uint64_t) {
            if (progress)
                progress({ScanProgress::Phase::Scanning, done, blocks});
        },
        stop);
    if (!scanned)
        return scanned.error();
    stats.newEvents = staged.size();
    stats.decrypted = pctsDone;
    if (auto stored = store.replaceFrom(scope, stats.from, staged, head); !stored)
        return stored.error();
    return stats;
}

} // namespace bs::audit
