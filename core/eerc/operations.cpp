// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/operations.h"

#include "chain/revert.h"
#include "eerc/proof_inputs.h"
#include "eerc/units.h"
#include "ledger/money.h"

namespace bs::eerc {

using chain::AbiValue;
const char* toString(Stage stage)
{
    switch (stage) {
    case Stage::Reading:
        return "reading";
    case Stage::Proving:
        return "proving";
    case Stage::Checking:
        return "checking";
    case Stage::Sending:
        return "sending";
    case Stage::Confirming:
        return "confirming";
    }
    return "?";
}

namespace {

void report(const OperationCallbacks& callbacks, Stage stage, int value)
{
    if (callbacks.progress)
        callbacks.progress(stage, value);
}

U256 word(const std::array<std::uint8_t, 32>& w)
{
    return U256::fromBigEndian(w);
}

// ((uint256[2] a, uint256[2][2] b, uint256[2] c), uint256[N] signals)
AbiValue proofValue(const CircuitProof& proof)
{
    const auto w = proof.solidityWords();
    auto pair = [&](std::size_t i) {
        return AbiValue::list({AbiValue::uint(word(w[i])), AbiValue::uint(word(w[i + 1]))});
    };
    std::vector<AbiValue> signals;
    for (const crypto::Fr& s : proof.publicSignals)
        signals.push_back(AbiValue::uint(crypto::toU256(s)));
    return AbiValue::list({AbiValue::list({pair(0), AbiValue::list({pair(2), pair(4)}), pair(6)}),
                           AbiValue::list(std::move(signals))});
}

AbiValue pctValue(const crypto::Pct& pct)
{
    std::vector<AbiValue> words;
    for (const crypto::Fr& w : pct.words)
        words.push_back(AbiValue::uint(crypto::toU256(w)));
    return AbiValue::list(std::move(words));
}

// USDC that reached `me` from the eERC contract in this receipt.
U256 tokenReceivedIn(const chain::Receipt& receipt,
                     const chain::Deployment& d,
                     const crypto::EthAddress& me)
{
    U256 total;
    for (const chain::Log& log : receipt.logs) {
        if (log.address != d.token || log.topics.empty() ||
            log.topics[0] != abi::erc20TransferEvent().topic0())
            continue;
        const auto values = abi::erc20TransferEvent().decodeLog(log.topics, log.data);
        if (!values || values->at(0).asAddress() != d.encryptedErc ||
            values->at(1).asAddress() != me)
            continue;
        if (const auto v = values->at(2).asUint())
            if (const auto sum = total.checkedAdd(*v))
                total = *sum;
    }
    return total;
}

U256 feeOf(const chain::Receipt& receipt)
{
    const auto fee = receipt.effectiveGasPrice.checkedMul(U256::fromU64(receipt.gasUsed));
    return fee ? *fee : U256::max();
}

// Broadcasts `prepared` (onSigned first) and follows it to its end: mined (`confirmations`
// deep in the canonical chain), dropped or rejected.
Result<chain::TransactionFate> sendAndFollow(chain::TransactionSender& sender,
                                             const chain::PreparedTransaction& prepared,
                                             const crypto::EthAddress& from,
                                             const chain::SendOptions& options,
                                             const OperationCallbacks& callbacks,
                                             std::stop_token stop)
{
    report(callbacks, Stage::Sending, 0);
    auto hash = sender.broadcast(prepared, callbacks.onSigned, stop);
    if (!hash)
        return hash.error();
    report(callbacks, Stage::Confirming, 0);
    const chain::SentTransaction sent{prepared.hash, from, prepared.tx.nonce, prepared.raw};
    auto fate = sender.follow(
        sent, options, [&](unsigned n) { report(callbacks, Stage::Confirming, int(n)); }, stop);
    if (fate && callbacks.onFate)
        callbacks.onFate(prepared, *fate);
    return fate;
}

// One sentence for a transaction that will never be mined: `dropped` when another one took
// its place, `refused` (%1: the node's reason) when the node rejected it.
Error notMined(const chain::TransactionFate& fate, Text dropped, Text refused)
{
    if (fate.state == chain::TransactionFate::State::Dropped)
        return fail(dropped);
    return fail(refused, fate.rejection);
}

} // namespace

Result<std::vector<std::uint8_t>>
withdrawCalldata(const U256& tokenId, const CircuitProof& proof, const crypto::Pct& balancePct)
{
    if (proof.publicSignals.size() != 16)
        return fail(BS_TR("eerc", "the withdraw proving key has %1 public signals, the contract "
                                  "expects 16."),
                    proof.publicSignals.size());
    const AbiValue args[] = {AbiValue::uint(tokenId), proofValue(proof), pctValue(balancePct)};
    return abi::withdraw().encodeCall(args);
}

Result<std::vector<std::uint8_t>> registerCalldata(const CircuitProof& proof)
{
    if (proof.publicSignals.size() != 5)
        return fail(BS_TR("eerc", "the registration proving key has %1 public signals, the "
                                  "contract expects 5."),
                    proof.publicSignals.size());
    const AbiValue args[] = {proofValue(proof)};
    return abi::registerUser().encodeCall(args);
}

Result<RegistrationOutcome> registerKey(EercReader& reader,
                                        chain::TransactionSender& sender,
                                        const crypto::EcdsaPrivateKey& walletKey,
                                        const EercKey& key,
                                        CircuitProver& prover,
                                        const chain::SendOptions& options,
                                        const OperationCallbacks& callbacks,
                                        std::stop_token stop)
{
    report(callbacks, Stage::Reading, 0);
    if (auto chainOk = reader.checkChain(stop); !chainOk)
        return chainOk.error();
    const crypto::EthAddress me = walletKey.address();
    const auto current = reader.publicKeyOf(me, stop);
    if (!current)
        return current.error();
    if (*current) {
        if (**current == key.publicKey())
            return RegistrationOutcome{true, std::nullopt, 0};
        return fail(BS_TR("eerc", "this address is already registered with a different eERC "
                                  "key; registering again would replace it and make the balance "
                                  "of the old key unreadable."));
    }

    report(callbacks, Stage::Proving, 0);
    const CircuitInput input = registrationWitness(key, me, reader.deployment().chainId);
    auto proof = prover.prove(
        input.inputs(), [&](int p) { report(callbacks, Stage::Proving, p); }, stop);
    if (!proof)
        return proof.error();
    auto data = registerCalldata(*proof);
    if (!data)
        return data.error();

    report(callbacks, Stage::Checking, 0);
    auto prepared = sender.prepare(walletKey, reader.deployment().registrar, *data, options, stop);
    if (!prepared)
        return prepared.error();
    auto fate = sendAndFollow(sender, *prepared, me, options, callbacks, stop);
    if (!fate)
        return fate.error();
    if (fate->state != chain::TransactionFate::State::Mined)
        return notMined(*fate,
                        BS_TR("eerc", "the registration transaction was dropped: another "
                                      "transaction of this account took its place; nothing was "
                                      "paid."),
                        BS_TR("eerc", "the node refused the registration transaction (%1); "
                                      "nothing was paid."));
    if (!fate->receipt->success)
        return fail(BS_TR("eerc", "the registration transaction failed on chain (block %1)."),
                    fate->receipt->blockNumber);
    return RegistrationOutcome{false, prepared->hash, fate->receipt->blockNumber};
}

Result<ClaimPlan> planClaim(EercReader& reader,
                            const crypto::EthAddress& me,
                            const EercKey& key,
                            std::optional<U256> tokenAmount,
                            std::stop_token stop)
{
    auto plan = readClaimBasis(reader, me, key, stop);
    if (!plan)
        return plan.error();
    if (auto ok = chooseClaimAmount(*plan, tokenAmount); !ok)
        return ok.error();
    return plan;
}

Result<ClaimPlan> readClaimBasis(EercReader& reader,
                                 const crypto::EthAddress& me,
                                 const EercKey& key,
                                 std::stop_token stop)
{
    if (auto chainOk = reader.checkChain(stop); !chainOk)
        return chainOk.error();
    const auto registered = reader.publicKeyOf(me, stop);
    if (!registered)
        return registered.error();
    if (!*registered)
        return fail(BS_TR("eerc", "this address is not registered with the eERC contract; "
                                  "register first."));
    if (!(**registered == key.publicKey()))
        return fail(BS_TR("eerc", "this address is registered with a different eERC key than "
                                  "the one given."));

    ClaimPlan plan;
    const auto tokenId = reader.tokenId(stop);
    if (!tokenId)
        return tokenId.error();
    if (!*tokenId)
        return fail(BS_TR("eerc", "the contract has never held this token, so there is nothing "
                                  "to claim."));
    plan.tokenId = **tokenId;
    const auto ed = reader.eercDecimals(stop);
    const auto td = reader.tokenDecimals(stop);
    if (!ed)
        return ed.error();
    if (!td)
        return td.error();
    plan.eercDecimals = *ed;
    plan.tokenDecimals = *td;

    auto snapshot = reader.balanceOf(me, plan.tokenId, chain::BlockTag::latest(), stop);
    if (!snapshot)
        return snapshot.error();
    plan.snapshot = std::move(*snapshot);
    plan.balance = decryptBalance(plan.snapshot, key.privateScalar().get());
    if (!plan.balance.trusted())
        return fail(BS_TR("eerc", "the balance cannot be read (its encrypted parts disagree and "
                                  "the amount is beyond the recovery bound); nothing can be "
                                  "claimed safely."));
    const auto auditorKey = reader.auditorPublicKey(stop);
    if (!auditorKey)
        return auditorKey.error();
    if (!*auditorKey)
        return fail(BS_TR("eerc", "the contract has no auditor key yet; claims are possible once "
                                  "the operator sets one."));
    plan.auditorKey = **auditorKey;
    return plan;
}

Result<void> chooseClaimAmount(ClaimPlan& plan, std::optional<U256> tokenAmount)
{
    if (tokenAmount) {
        auto eerc = tokenToEercUnits(*tokenAmount, plan.tokenDecimals, plan.eercDecimals);
        if (!eerc)
            return eerc.error();
        plan.eercAmount = *eerc;
    } else {
        // Everything that can be paid out without losing a remainder.
        plan.eercAmount = plan.balance.amount;
        if (plan.eercDecimals > plan.tokenDecimals) {
            const auto unit = U256::pow10(plan.eercDecimals - plan.tokenDecimals);
            if (!unit || !unit->fitsU64())
                return fail(BS_TR("eerc", "the token and the contract differ too much in "
                                          "decimals."));
            const auto qr = plan.eercAmount.divmod(unit->toU64());
            plan.eercAmount = *qr.quotient.checkedMul(*unit);
        }
    }
    if (plan.eercAmount.isZero()) {
        if (tokenAmount)
            return fail(kClaimNothing);
        return fail(BS_TR("eerc", "the balance is zero: there is nothing to claim."));
    }
    if (plan.balance.amount < plan.eercAmount)
        return fail(BS_TR("eerc", "the amount is more than the balance of %1."),
                    ledger::formatAmount(plan.balance.amount, plan.eercDecimals));
    auto token = eercToTokenUnits(plan.eercAmount, plan.tokenDecimals, plan.eercDecimals);
    if (!token)
        return token.error();
    plan.tokenAmount = *token;
    return {};
}

Result<ResumedClaim> resumeClaim(EercReader& reader,
                                 chain::TransactionSender& sender,
                                 const chain::SentTransaction& sent,
                                 const chain::SendOptions& options,
                                 const OperationCallbacks& callbacks,
                                 std::stop_token stop)
{
    report(callbacks, Stage::Confirming, 0);
    ResumedClaim out;
    out.outcome.transactionHash = sent.hash;
    auto fate = sender.follow(
        sent, options, [&](unsigned n) { report(callbacks, Stage::Confirming, int(n)); }, stop);
    if (!fate)
        return fate.error();
    switch (fate->state) {
    case chain::TransactionFate::State::Dropped:
        out.state = ResumedClaim::State::Dropped;
        return out;
    case chain::TransactionFate::State::Rejected:
        out.state = ResumedClaim::State::Rejected;
        out.reason = fate->reason;
        return out;
    case chain::TransactionFate::State::Mined:
        break;
    }
    const chain::Receipt& receipt = *fate->receipt;
    out.outcome.blockNumber = receipt.blockNumber;
    out.outcome.feePaid = feeOf(receipt);
    if (!receipt.success) {
        out.state = ResumedClaim::State::Reverted;
        return out;
    }
    out.outcome.tokenReceived = tokenReceivedIn(receipt, reader.deployment(), sent.from);
    return out;
}

Result<ClaimOutcome> claim(EercReader& reader,
                           chain::TransactionSender& sender,
                           const crypto::EcdsaPrivateKey& walletKey,
                           const EercKey& key,
                           CircuitProver& prover,
                           std::optional<U256> tokenAmount,
                           bool dryRun,
                           const chain::SendOptions& options,
                           const OperationCallbacks& callbacks,
                           std::stop_token stop)
{
    const crypto::EthAddress me = walletKey.address();
    const chain::Deployment& d = reader.deployment();
    for (int attempt = 1;; ++attempt) {
        const bool mayRetry = attempt == 1;
        report(callbacks, Stage::Reading, 0);
        auto plan = planClaim(reader, me, key, tokenAmount, stop);
        if (!plan)
            return plan.error();

        report(callbacks, Stage::Proving, 0);
        auto witness = withdrawWitness(key, plan->snapshot, plan->balance.amount, plan->eercAmount,
                                       plan->auditorKey);
        if (!witness)
            return witness.error();
        auto proof = prover.prove(
            witness->input.inputs(), [&](int p) { report(callbacks, Stage::Proving, p); }, stop);
        witness->input.wipe(); // it holds the private scalar
        if (!proof)
            return proof.error();
        auto data = withdrawCalldata(plan->tokenId, *proof, witness->balancePct);
        if (!data)
            return data.error();

        report(callbacks, Stage::Checking, 0);
        auto dry = reader.eth().call(d.encryptedErc, *data, chain::BlockTag::latest(), me, stop);
        if (!dry)
            return dry.error();
        if (dry->reverted) {
            if (mayRetry && chain::revertErrorName(dry->data) == "InvalidProof")
                continue; // the balance changed since we read it: read and prove again
            return fail(BS_TR("eerc", "the contract would refuse this claim: %1"),
                        chain::revertError(dry->data));
        }

        ClaimOutcome out;
        out.dryRun = dryRun;
        out.reproved = attempt > 1;
        auto prepared = sender.prepare(walletKey, d.encryptedErc, *data, options, stop);
        if (!prepared)
            return prepared.error();
        out.gasEstimate = prepared->tx.gasLimit;
        out.maxFeePerGas = prepared->tx.maxFeePerGas;
        out.maxCost = prepared->maxCost();
        out.plan = std::move(*plan);
        if (dryRun)
            return out;

        out.transactionHash = prepared->hash;
        auto fate = sendAndFollow(sender, *prepared, me, options, callbacks, stop);
        if (!fate)
            return fate.error();
        if (fate->state != chain::TransactionFate::State::Mined)
            return notMined(*fate,
                            BS_TR("eerc", "the claim transaction was dropped: another "
                                          "transaction of this account took its place; nothing "
                                          "was paid."),
                            BS_TR("eerc", "the node refused the claim transaction (%1); nothing "
                                          "was paid."));
        const chain::Receipt* receipt = &*fate->receipt;
        if (!receipt->success) {
            // Another debit of this account got in first (our snapshot became stale), or the
            // auditor key changed. Once more from a fresh read; the dry run of the second
            // attempt names any other reason.
            if (mayRetry)
                continue;
            return fail(BS_TR("eerc", "the claim transaction failed on chain (block %1); the "
                                      "balance is unchanged."),
                        receipt->blockNumber);
        }
        out.blockNumber = receipt->blockNumber;
        out.tokenReceived = tokenReceivedIn(*receipt, d, me);
        out.feePaid = feeOf(*receipt);
        return out;
    }
}

} // namespace bs::eerc
