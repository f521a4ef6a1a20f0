// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two things a provider does on chain (spec eerc-protocol.md section 8): register the
// eERC key, and claim (withdraw) to USDC. Both need only the chain: never the operator's
// server.
#include "chain/tx_sender.h"
#include "eerc/balance.h"
#include "eerc/circuit_prover.h"
#include "eerc/key_derivation.h"
#include "eerc/reader.h"

#include <functional>
#include <optional>
#include <stop_token>

namespace bs::eerc {

enum class Stage
{
    Reading,    // reading the chain state
    Proving,    // witness + Groth16 proof
    Checking,   // eth_call dry run, gas estimate
    Sending,    // broadcasting
    Confirming, // waiting for confirmations
};
const char* toString(Stage stage);

struct OperationCallbacks
{
    // Stage changes and progress within a stage (0..100; confirmations for Confirming).
    std::function<void(Stage, int)> progress;
    // The signed transaction (hash, nonce), before it is broadcast: persist it (a pending
    // claim survives a restart). An error here stops the operation before anything is sent.
    std::function<Result<void>(const chain::PreparedTransaction&)> onSigned;
    // How a sent transaction ended, once it is known for good (mined deep enough, dropped,
    // rejected); not called when following it stopped early (timeout, cancel, node error).
    std::function<void(const chain::PreparedTransaction&, const chain::TransactionFate&)> onFate;
};

struct RegistrationOutcome
{
    bool alreadyRegistered = false; // the chain holds exactly this key already
    std::optional<crypto::Hash256> transactionHash;
    std::uint64_t blockNumber = 0;
};

// Registers `key` for the wallet `walletKey`. Refuses when the address is registered with
// a different key (re-registering would replace it and make the old balance unreadable).
Result<RegistrationOutcome> registerKey(EercReader& reader,
                                        chain::TransactionSender& sender,
                                        const crypto::EcdsaPrivateKey& walletKey,
                                        const EercKey& key,
                                        CircuitProver& registrationProver,
                                        const chain::SendOptions& options = {},
                                        const OperationCallbacks& callbacks = {},
                                        std::stop_token stop = {});

// A claim, checked before anything is proven.
struct ClaimPlan
{
    U256 tokenId;
    unsigned tokenDecimals = 0;
    unsigned eercDecimals = 0;
    EncryptedBalance snapshot;
    DecryptedBalance balance; // of the snapshot
    U256 eercAmount;          // what the proof withdraws
    U256 tokenAmount;         // what arrives in the wallet
    crypto::Point auditorKey;
};

// Reads everything a claim needs (the plan without its amounts). Refuses: another chain, an
// unregistered address or another key, an unknown token, an unreadable balance, no auditor.
Result<ClaimPlan> readClaimBasis(EercReader& reader,
                                 const crypto::EthAddress& me,
                                 const EercKey& key,
                                 std::stop_token stop = {});
// Sets the plan's amounts. `tokenAmount` in token base units; nullopt = everything that can be
// paid out. Refuses zero, more than the balance, and amounts the decimals rule would truncate.
Result<void> chooseClaimAmount(ClaimPlan& plan, std::optional<U256> tokenAmount);
// Both.
Result<ClaimPlan> planClaim(EercReader& reader,
                            const crypto::EthAddress& me,
                            const EercKey& key,
                            std::optional<U256> tokenAmount,
                            std::stop_token stop = {});

struct ClaimOutcome
{
    bool dryRun = false;
    ClaimPlan plan;
    std::uint64_t gasEstimate = 0;
    U256 maxFeePerGas; // wei
    U256 maxCost;      // wei: gasLimit * maxFeePerGas
    std::optional<crypto::Hash256> transactionHash;
    std::uint64_t blockNumber = 0;
    U256 tokenReceived;    // from the token's Transfer event in the receipt
    U256 feePaid;          // wei: gasUsed * effectiveGasPrice
    bool reproved = false; // the balance changed under us and the proof was redone
};

// Proves, dry-runs (eth_call) and, unless `dryRun`, sends and confirms. If the dry run or
// the mined transaction fails with InvalidProof (the balance changed between reading and
// inclusion), re-reads the balance and re-proves once.
Result<ClaimOutcome> claim(EercReader& reader,
                           chain::TransactionSender& sender,
                           const crypto::EcdsaPrivateKey& walletKey,
                           const EercKey& key,
                           CircuitProver& withdrawProver,
                           std::optional<U256> tokenAmount,
                           bool dryRun,
                           const chain::SendOptions& options = {},
                           const OperationCallbacks& callbacks = {},
                           std::stop_token stop = {});

// How a claim sent earlier ended.
struct ResumedClaim
{
    enum class State
    {
        Confirmed, // mined successfully; `outcome` says what arrived
        Reverted,  // mined, but it failed: the balance is unchanged
        Dropped,   // never mined and never can be: its nonce was used by another transaction
        Rejected,  // the node refuses it for good; `reason` says why
    };
    State state = State::Confirmed;
    ClaimOutcome outcome;
    std::string reason;
};

// Follows a claim whose transaction was sent before (persisted with its raw bytes, which are
// broadcast again when the node does not know them) to its end. Errors only for what prevents
// knowing (node unreachable, timeout, cancel).
Result<ResumedClaim> resumeClaim(EercReader& reader,
                                 chain::TransactionSender& sender,
                                 const chain::SentTransaction& sent,
                                 const chain::SendOptions& options = {},
                                 const OperationCallbacks& callbacks = {},
                                 std::stop_token stop = {});

// Calldata of withdraw(tokenId, ((a,b,c), signals[16]), balancePCT) / register(((a,b,c),
// signals[5])).
Result<std::vector<std::uint8_t>>
withdrawCalldata(const U256& tokenId, const CircuitProof& proof, const crypto::Pct& balancePct);
Result<std::vector<std::uint8_t>> registerCalldata(const CircuitProof& proof);

} // namespace bs::eerc
