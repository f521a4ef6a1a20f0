// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/tx_sender.h"

#include "util/sleep.h"

#include <QRegularExpression>

#include <algorithm>

namespace bs::chain {

namespace {

// wei as gwei with up to 9 decimals, for messages ("25", "25.5"; the unit is the sentence's).
std::string gwei(const U256& wei)
{
    const auto qr = wei.divmod(1'000'000'000);
    std::string out = qr.quotient.toDecimal();
    if (qr.remainder != 0) {
        std::string fraction = std::to_string(qr.remainder);
        fraction.insert(0, 9 - fraction.size(), '0');
        while (fraction.back() == '0')
            fraction.pop_back();
        out += "." + fraction;
    }
    return out;
}

// wei in the native currency's units (18 decimals), for messages.
std::string native(const U256& wei)
{
    std::string digits = wei.toDecimal();
    if (digits.size() <= 18)
        digits.insert(0, 19 - digits.size(), '0');
    digits.insert(digits.size() - 18, 1, '.');
    while (digits.back() == '0')
        digits.pop_back();
    if (digits.back() == '.')
        digits.pop_back();
    return digits;
}

// The node's words for a transaction it already holds.
bool alreadyKnown(const std::string& message)
{
    static const QRegularExpression known(
        QStringLiteral("already known|known transaction|already imported"),
        QRegularExpression::CaseInsensitiveOption);
    return known.match(QString::fromStdString(message)).hasMatch();
}

// The node's words for a transaction that can never be included as it is. Anything else
// (a full pool, a fee below the current base fee, a timeout) may pass later.
bool definitiveRejection(const std::string& message)
{
    static const QRegularExpression definitive(
        QStringLiteral("nonce too low|invalid sender|invalid signature|insufficient funds|"
                       "intrinsic gas too low|exceeds block gas limit|invalid chain ?id|"
                       "incorrect chain ?id|nonce has already been used"),
        QRegularExpression::CaseInsensitiveOption);
    return definitive.match(QString::fromStdString(message)).hasMatch();
}

} // namespace

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

    const FeeLimits& limits = options.limits;
    // Margin in 128 bits: an absurd estimate must not wrap around to a small limit.
    const unsigned __int128 withMargin =
        static_cast<unsigned __int128>(*gas) * (100u + options.gasMarginPercent) / 100u;
    if (withMargin > limits.maxGasLimit)
        return fail(BS_TR("chain", "the node estimates %1 gas for this transaction, more than the "
                                   "limit of %2 this profile allows; nothing was signed. Check "
                                   "the RPC node, or raise the limit in the profile's settings "
                                   "if you trust it."),
                    *gas, limits.maxGasLimit);
    if (fees->maxFee > limits.maxFeePerGas)
        return fail(BS_TR("chain", "the node asks for a fee of up to %1 gwei per gas, more than "
                                   "the cap of %2 gwei this profile allows; nothing was signed. "
                                   "Wait for fees to fall, use another RPC node, or raise the cap "
                                   "in the profile's settings."),
                    gwei(fees->maxFee), gwei(limits.maxFeePerGas));

    PreparedTransaction p;
    p.tx.chainId = m_chainId;
    p.tx.nonce = *nonce;
    p.tx.maxPriorityFeePerGas = std::min(fees->maxPriorityFee, fees->maxFee);
    p.tx.maxFeePerGas = fees->maxFee;
    p.tx.gasLimit = static_cast<std::uint64_t>(withMargin);
    p.tx.to = to;
    p.tx.data.assign(data.begin(), data.end());
    // What the user approved bounds the worst case: the fee per gas is lowered to fit it when
    // it still covers the next block's base fee, the tip shrinking with it when it must (fees
    // move a little from block to block, and a new proof's calldata costs a little more or less
    // gas than the one the approval was shown for; with a base fee near zero the tip is all of
    // the fee). When the base fee alone does not fit, fees rose beyond the approval and
    // nothing is signed.
    if (limits.approvedMaxCost && p.maxCost() > *limits.approvedMaxCost) {
        const U256 fitting = limits.approvedMaxCost->divmod(p.tx.gasLimit).quotient;
        if (fitting < fees->baseFee || fitting.isZero())
            return fail(BS_TR("chain", "the network fee rose to at most %1 since you approved at "
                                       "most %2; nothing was signed. Check the claim again to "
                                       "approve the new fee."),
                        native(p.maxCost()), native(*limits.approvedMaxCost));
        p.tx.maxFeePerGas = fitting;
        p.tx.maxPriorityFeePerGas =
            std::min(p.tx.maxPriorityFeePerGas, *fitting.checkedSub(fees->baseFee));
    }
    p.raw = p.tx.sign(key);
    p.hash = transactionHash(p.raw);
    return p;
}

Result<std::optional<Error>> TransactionSender::send(std::span<const std::uint8_t> raw,
                                                     const Hash256& hash,
                                                     std::stop_token stop)
{
    const auto sent = m_eth.sendRawTransaction(raw, stop);
    if (sent) {
        if (*sent != hash)
            return fail(BS_TR("chain", "the node reported a different transaction hash than the "
                                       "one signed; it cannot be trusted."));
        return std::optional<Error>();
    }
    // The error's message quotes the node's words.
    if (alreadyKnown(sent.error().message))
        return std::optional<Error>();
    return std::optional<Error>(sent.error());
}

Result<Hash256> TransactionSender::broadcast(
    const PreparedTransaction& prepared,
    const std::function<Result<void>(const PreparedTransaction&)>& onSigned,
    std::stop_token stop)
{
    // A node that changed chains since we connected would get a transaction it cannot use
    // (EIP-155 binds the signature to our chain id); say so instead of sending.
    const auto chain = m_eth.chainId(stop);
    if (!chain)
        return chain.error();
    if (*chain != m_chainId)
        return fail(BS_TR("chain", "the RPC node now serves chain %1, not %2; nothing was sent. "
                                   "Check the node."),
                    *chain, m_chainId);
    if (onSigned)
        if (auto kept = onSigned(prepared); !kept)
            return fail(BS_TR("chain", "the transaction was not sent because it could not be "
                                       "recorded first: %1"),
                        kept.error());
    const auto refused = send(prepared.raw, prepared.hash, stop);
    if (!refused)
        return refused.error();
    if (*refused)
        return fail(BS_TR("chain", "sending the transaction failed: %1"), **refused);
    return prepared.hash;
}

std::chrono::steady_clock::time_point TransactionSender::now() const
{
    return m_clock ? m_clock() : std::chrono::steady_clock::now();
}

Result<TransactionFate> TransactionSender::follow(const SentTransaction& sent,
                                                  const SendOptions& options,
                                                  const std::function<void(unsigned)>& progress,
                                                  std::stop_token stop)
{
    const auto deadline = now() + options.timeout;
    const auto sleep = m_sleep ? m_sleep : util::sleepUnlessStopped;
    const unsigned wanted = std::max(1u, options.confirmations);
    std::optional<std::chrono::steady_clock::time_point> lastBroadcast;
    for (;;) {
        if (stop.stop_requested())
            return fail(kCancelled);
        auto receipt = m_eth.transactionReceipt(sent.hash, stop);
        if (!receipt)
            return receipt.error();
        if (*receipt) {
            // Only a receipt in the canonical chain counts: after a reorg (or from a lying
            // node) it names a block that is not there.
            const auto canonical = m_eth.blockHash((*receipt)->blockNumber, stop);
            if (!canonical)
                return canonical.error();
            const auto head = m_eth.blockNumber(stop);
            if (!head)
                return head.error();
            if (*canonical && **canonical == (*receipt)->blockHash) {
                const std::uint64_t depth =
                    *head >= (*receipt)->blockNumber ? *head - (*receipt)->blockNumber + 1 : 0;
                if (progress)
                    progress(static_cast<unsigned>(std::min<std::uint64_t>(depth, wanted)));
                if (depth >= wanted)
                    return TransactionFate{
                        TransactionFate::State::Mined, std::move(**receipt), {}, {}};
            }
        } else {
            auto known = m_eth.transactionByHash(sent.hash, stop);
            if (!known)
                return known.error();
            if (!*known) {
                // Not pending, not mined: dropped for good if its nonce is taken, else send it
                // again (a node that lost or never forwarded it).
                const auto mined = m_eth.transactionCount(sent.from, BlockTag::latest(), stop);
                if (!mined)
                    return mined.error();
                if (*mined > sent.nonce)
                    return TransactionFate{TransactionFate::State::Dropped, {}, {}, {}};
                if (!sent.raw.empty() &&
                    (!lastBroadcast || now() - *lastBroadcast >= options.rebroadcastInterval)) {
                    lastBroadcast = now();
                    const auto refused = send(sent.raw, sent.hash, stop);
                    if (!refused)
                        return refused.error();
                    if (*refused && definitiveRejection((*refused)->message))
                        return TransactionFate{
                            TransactionFate::State::Rejected, {}, (*refused)->message, **refused};
                }
            }
        }
        if (now() >= deadline)
            return fail(BS_TR("chain", "the transaction is not confirmed yet after %1 s; it may "
                                       "still be included later. Its hash is kept."),
                        options.timeout.count());
        sleep(options.pollInterval, stop);
    }
}

} // namespace bs::chain
