// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sending a contract call as an EIP-1559 transaction and following it to its end, with a node
// that may lie.
//
// The signed transaction (raw bytes, hash, nonce) is handed to the caller (onSigned) BEFORE it
// is broadcast, so a caller that persists it can never lose track of a transaction that went
// out: after a crash it follows it again with follow(), which rebroadcasts the raw bytes when
// the node does not know them.
//
// What the node says is checked: fees and gas against the caller's limits before anything is
// signed; the chain id before broadcasting; a receipt's block against the canonical chain
// before it counts (a reorged or invented receipt is not a confirmation).
#include "chain/eth_client.h"
#include "chain/transaction.h"
#include "crypto/secp256k1.h"

#include <chrono>
#include <functional>
#include <optional>
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

// What a transaction may cost at most. The node proposes fees and gas; nothing beyond these is
// ever signed.
struct FeeLimits
{
    // Absolute caps of the profile (a node cannot raise them).
    U256 maxFeePerGas = U256::fromU64(500'000'000'000); // 500 gwei
    std::uint64_t maxGasLimit = 3'000'000;
    // What the user approved for this operation (the preflight's worst case): the signed
    // transaction never costs more. The fee per gas is lowered to fit when that still pays the
    // next block's base fee and the tip; otherwise it is refused. nullopt: only the caps apply.
    std::optional<U256> approvedMaxCost;
};

struct SendOptions
{
    unsigned confirmations = 1;        // blocks including the transaction's own
    std::chrono::seconds timeout{600}; // for the receipt
    std::chrono::milliseconds pollInterval{1000};
    // How often a transaction the node does not know is sent again while following it.
    std::chrono::seconds rebroadcastInterval{30};
    unsigned gasMarginPercent = 20; // added to eth_estimateGas
    FeeLimits limits;
};

// A transaction that was (or may have been) broadcast, as a caller keeps it.
struct SentTransaction
{
    Hash256 hash{};
    EthAddress from{EthAddress::Bytes{}};
    std::uint64_t nonce = 0;
    std::vector<std::uint8_t> raw; // signed bytes; empty when not kept (then no rebroadcast)
};

// How a followed transaction ended.
struct TransactionFate
{
    enum class State
    {
        Mined,    // in a canonical block, `confirmations` deep; `receipt` says whether it reverted
        Dropped,  // never mined and never can be: its nonce was used by another transaction
        Rejected, // the node refuses it for good (e.g. invalid, insufficient funds)
    };
    State state = State::Mined;
    std::optional<Receipt> receipt; // when Mined
    std::string reason;             // when Rejected: the node's words (rejection's message)
    Error rejection{};              // when Rejected: the same as a code the app can word
};

class TransactionSender
{
public:
    TransactionSender(EthClient& eth, std::uint64_t chainId)
        : m_eth(eth)
        , m_chainId(chainId)
    {}

    // Nonce (pending), gas estimate + margin, fees; checks them against options.limits, then
    // signs. Fails with the revert reason if the node predicts a revert, and with a sentence
    // naming the limit when the node asks for more than allowed.
    Result<PreparedTransaction> prepare(const crypto::EcdsaPrivateKey& key,
                                        const EthAddress& to,
                                        std::span<const std::uint8_t> data,
                                        const SendOptions& options = {},
                                        std::stop_token stop = {});

    // Checks that the node still serves our chain, runs `onSigned` with the signed transaction
    // (if it fails, nothing is sent), then broadcasts.
    Result<Hash256>
    broadcast(const PreparedTransaction& prepared,
              const std::function<Result<void>(const PreparedTransaction&)>& onSigned = {},
              std::stop_token stop = {});

    // Follows a sent transaction until it is `confirmations` deep in the canonical chain, is
    // known to be dropped or rejected, the timeout passes (an error: its fate is still open),
    // or stop. A receipt whose block is not the canonical block at that height is not counted.
    // A transaction the node does not know is broadcast again (when its raw bytes are kept).
    // `progress` gets the confirmations so far.
    Result<TransactionFate> follow(const SentTransaction& sent,
                                   const SendOptions& options = {},
                                   const std::function<void(unsigned)>& progress = {},
                                   std::stop_token stop = {});

    void setSleeper(std::function<void(std::chrono::milliseconds, std::stop_token)> sleeper)
    {
        m_sleep = std::move(sleeper);
    }
    void setClock(std::function<std::chrono::steady_clock::time_point()> clock)
    {
        m_clock = std::move(clock);
    }

private:
    // The node's answer to a (re)broadcast: nullopt when it took it (or has it already).
    Result<std::optional<Error>>
    send(std::span<const std::uint8_t> raw, const Hash256& hash, std::stop_token stop);
    std::chrono::steady_clock::time_point now() const;

    EthClient& m_eth;
    std::uint64_t m_chainId;
    std::function<void(std::chrono::milliseconds, std::stop_token)> m_sleep;
    std::function<std::chrono::steady_clock::time_point()> m_clock;
};

} // namespace bs::chain
