// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/proof_inputs.h"

#include "crypto/random.h"
#include "eerc/registration.h"

#include <openssl/crypto.h>

namespace bs::eerc {

namespace {

std::vector<crypto::Fr> pair(const crypto::Point& p)
{
    const crypto::AffinePoint a = p.toAffine();
    return {a.x, a.y};
}

std::vector<crypto::Fr> pctCiphertext(const crypto::Pct& pct)
{
    // The circuit's PCT signal is the 4 ciphertext words; authKey and nonce are separate.
    return {pct.words[0], pct.words[1], pct.words[2], pct.words[3]};
}

crypto::Fr scalarAsField(const crypto::Scalar& s)
{
    // l < p, so every scalar is a canonical field element.
    return crypto::Fr::fromCanonicalLimbs(s.canonicalLimbs());
}

} // namespace

CircuitInput& CircuitInput::operator=(CircuitInput&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_signals = std::move(other.m_signals);
    }
    return *this;
}

void CircuitInput::add(std::string name, std::vector<crypto::Fr> values)
{
    m_signals.push_back(zk::SignalInput{std::move(name), std::move(values)});
}

const std::vector<crypto::Fr>* CircuitInput::find(std::string_view name) const
{
    for (const zk::SignalInput& s : m_signals)
        if (s.name == name)
            return &s.values;
    return nullptr;
}

void CircuitInput::wipe()
{
    for (zk::SignalInput& s : m_signals)
        OPENSSL_cleanse(s.values.data(), s.values.size() * sizeof(crypto::Fr));
    m_signals.clear();
}

PctRandomness PctRandomness::fresh()
{
    std::array<std::uint8_t, 16> nonceBytes{};
    crypto::randomBytes(nonceBytes);
    return PctRandomness{crypto::randomNonZeroScalar(), crypto::Fr::fromBytesBEReduce(nonceBytes)};
}

Result<WithdrawWitness> withdrawWitness(const EercKey& key,
                                        const EncryptedBalance& snapshot,
                                        const U256& senderBalance,
                                        const U256& amount,
                                        const crypto::Point& auditorKey,
                                        const WithdrawRandomness& randomness)
{
    if (amount.isZero())
        return fail(kClaimNothing);
    if (senderBalance < amount)
        return fail(BS_TR("eerc", "the amount is more than the balance of %1 base units."),
                    senderBalance.toDecimal());
    if (!snapshot.egct)
        return fail(BS_TR("eerc", "this account has never received anything, so there is "
                                  "nothing to claim."));
    if (auditorKey.isIdentity())
        return fail(BS_TR("eerc", "the contract has no auditor key set; no claim is possible "
                                  "until the operator sets one."));
    const auto amountField = crypto::toFr(amount);
    const auto remaining = senderBalance.checkedSub(amount);
    const auto remainingField = remaining ? crypto::toFr(*remaining) : std::nullopt;
    const auto balanceField = crypto::toFr(senderBalance);
    if (!amountField || !remainingField || !balanceField)
        return fail(BS_TR("eerc", "the amount is out of the range the circuit accepts."));

    WithdrawWitness out;
    out.auditorPct = crypto::encryptAmount(auditorKey, *amountField, randomness.auditor.r,
                                           randomness.auditor.nonce);
    out.balancePct = crypto::encryptAmount(key.publicKey(), *remainingField, randomness.balance.r,
                                           randomness.balance.nonce);

    CircuitInput& in = out.input;
    in.add("ValueToWithdraw", {*amountField});
    in.add("SenderPrivateKey", {scalarAsField(key.privateScalar().get())});
    in.add("SenderPublicKey", pair(key.publicKey()));
    in.add("SenderBalance", {*balanceField});
    in.add("SenderBalanceC1", pair(snapshot.egct->c1));
    in.add("SenderBalanceC2", pair(snapshot.egct->c2));
    in.add("AuditorPublicKey", pair(auditorKey));
    in.add("AuditorPCT", pctCiphertext(out.auditorPct));
    in.add("AuditorPCTAuthKey", {out.auditorPct.words[4], out.auditorPct.words[5]});
    in.add("AuditorPCTNonce", {out.auditorPct.words[6]});
    in.add("AuditorPCTRandom", {scalarAsField(randomness.auditor.r)});
    return out;
}

CircuitInput
registrationWitness(const EercKey& key, const crypto::EthAddress& address, std::uint64_t chainId)
{
    const crypto::Scalar& s = key.privateScalar().get();
    const crypto::Fr chain = crypto::Fr::fromU64(chainId);
    CircuitInput in;
    in.add("SenderPrivateKey", {scalarAsField(s)});
    in.add("SenderPublicKey", pair(key.publicKey()));
    in.add("SenderAddress", {addressToField(address)});
    in.add("ChainID", {chain});
    in.add("RegistrationHash", {registrationHash(chain, s, address)});
    return in;
}

} // namespace bs::eerc
