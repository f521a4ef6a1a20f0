// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sending a contract call as an EIP-1559 transaction and following it to its receipt.
//
// The hash is handed to the caller (onSigned) BEFORE the transaction is broadcast, so a
// caller that persists it can never lose track of a transaction that went out: after a
// crash it resumes waiting with waitForReceipt.
#include "chain/eth_client.h"
#include "chain/transaction.h"
#include "crypto/secp256k1.h"

#include <chrono>
#include <functional>
#include <stop_token>

namespace bs::chain {

struct PreparedTransaction
{
    Eip1559Transaction tx;
    std::vector<std::uint8_t> raw; // signed
    Hash256 hash{};
    // Worst case the sender pays: gasLimit * maxFeePerGas, in wei.
    U256 maxCost() const;
};

struct SendOptions
{
    unsigned confirmations = 1;        // blocks including the transaction's own
    std::chrono::seconds timeout{600}; // for the receipt
    std::chrono::milliseconds pollInterval{1000};
    unsigned gasMarginPercent = 20; // added to eth_estimateGas
};

class TransactionSender
{
public:
    TransactionSender(EthClient& eth, std::uint64_t chainId)
        : m_eth(eth)
        , m_chainId(chainId)
    {}

    // Nonce (pending), gas estimate + margin, fees; signs. Fails with the revert reason if
    // the node predicts a revert.
    Result<PreparedTransaction> prepare(const crypto::EcdsaPrivateKey& key,
                                        const EthAddress& to,
                                        std::span<const std::uint8_t> data,
                                        const SendOptions& options = {},
                                        std::stop_token stop = {});

    // Broadcasts. `onSigned` runs first with the signed transaction (hash, nonce); if it
    // fails, nothing is sent.
    Result<Hash256> broadcast(const PreparedTransaction& prepared,
                              const std::function<Result<void>(const PreparedTransaction&)>& onSigned = {},
                              std::stop_token stop = {});

    // Polls until the receipt is `confirmations` blocks deep (progress: confirmations so
    // far), the timeout passes, or stop. A receipt with status 0 is returned, not an error:
    // the caller decides what a revert means.
    Result<Receipt> waitForReceipt(const Hash256& hash,
                                   const SendOptions& options = {},
                                   const std::function<void(unsigned)>& progress = {},
                                   std::stop_token stop = {});

    void setSleeper(std::function<void(std::chrono::milliseconds, std::stop_token)> sleeper)
    {
        m_sleep = std::move(sleeper);
    }

private:
    EthClient& m_eth;
    std::uint64_t m_chainId;
    std::function<void(std::chrono::milliseconds, std::stop_token)> m_sleep;
};

} // namespace bs::chain
