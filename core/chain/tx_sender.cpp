// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/tx_sender.h"

#include "util/sleep.h"

#include <QRegularExpression>

namespace bs::chain {

U256 PreparedTransaction::maxCost() const
{
    const auto cost = tx.maxFeePerGas.checkedMul(U256::fromU64(tx.gasLimit));
    return cost ? *cost : U256::max();
}

Result<PreparedTransaction> TransactionSender::prepare(const crypto::EcdsaPrivateKey& key,
                                                       const EthAddress& to,
                                                       std::span<const std::uint8_t> data,
                                                       const SendOptions& options,
                                                       std::stop_token stop)
{
    const EthAddress from = key.address();
    const auto nonce = m_eth.transactionCount(from, BlockTag::pending(), stop);
    if (!nonce)
        return nonce.error();
    const auto gas = m_eth.estimateGas(from, to, data, stop);
    if (!gas)
        return gas.error();
    const auto fees = m_eth.suggestFees(stop);
    if (!fees)
        return fees.error();

    PreparedTransaction p;
    p.tx.chainId = m_chainId;
    p.tx.nonce = *nonce;
    p.tx.maxPriorityFeePerGas = fees->maxPriorityFee;
    p.tx.maxFeePerGas = fees->maxFee;
    p.tx.gasLimit = *gas + *gas * options.gasMarginPercent / 100;
    p.tx.to = to;
    p.tx.data.assign(data.begin(), data.end());
    p.raw = p.tx.sign(key);
    p.hash = transactionHash(p.raw);
    return p;
}

Result<Hash256>
TransactionSender::broadcast(const PreparedTransaction& prepared,
                             const std::function<Result<void>(const PreparedTransaction&)>& onSigned,
                             std::stop_token stop)
{
    if (onSigned)
        if (auto kept = onSigned(prepared); !kept)
            return fail("the transaction was not sent because it could not be recorded first: " +
                        kept.error().message);
    const auto sent = m_eth.sendRawTransaction(prepared.raw, stop);
    if (sent) {
        if (*sent != prepared.hash)
            return fail("the node reported a different transaction hash than the one signed; "
                        "it cannot be trusted.");
        return *sent;
    }
    // A retry after a lost answer: the node already has it.
    static const QRegularExpression known(QStringLiteral("already known|known transaction"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (known.match(QString::fromStdString(sent.error().message)).hasMatch())
        return prepared.hash;
    return fail("sending the transaction failed: " + sent.error().message);
}

Result<Receipt> TransactionSender::waitForReceipt(const Hash256& hash,
                                                  const SendOptions& options,
                                                  const std::function<void(unsigned)>& progress,
                                                  std::stop_token stop)
{
    const auto deadline = std::chrono::steady_clock::now() + options.timeout;
    const auto sleep = m_sleep ? m_sleep : util::sleepUnlessStopped;
    const unsigned wanted = std::max(1u, options.confirmations);
    for (;;) {
        if (stop.stop_requested())
            return fail("cancelled");
        auto receipt = m_eth.transactionReceipt(hash, stop);
        if (!receipt)
            return receipt.error();
        if (*receipt) {
            const auto head = m_eth.blockNumber(stop);
            if (!head)
                return head.error();
            const std::uint64_t depth =
                *head >= (*receipt)->blockNumber ? *head - (*receipt)->blockNumber + 1 : 0;
            if (progress)
                progress(static_cast<unsigned>(std::min<std::uint64_t>(depth, wanted)));
            if (depth >= wanted)
                return std::move(**receipt);
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return fail("the transaction is not confirmed yet after " +
                        std::to_string(options.timeout.count()) +
                        " s; it may still be included later. Its hash is kept.");
        sleep(options.pollInterval, stop);
    }
}

} // namespace bs::chain
