// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/proof_inputs.h"

#include "crypto/random.h"
#include "eerc/registration.h"

#include <QJsonArray>

namespace bs::eerc {

namespace {

QJsonArray pctCiphertext(const crypto::Pct& pct)
{
    // The circuit's PCT signal is the 4 ciphertext words; authKey and nonce are separate.
    QJsonArray out;
    for (int i = 0; i < 4; ++i)
        out.append(decimal(pct.words[static_cast<std::size_t>(i)]));
    return out;
}

QJsonArray pctAuthKey(const crypto::Pct& pct)
{
    return QJsonArray{decimal(pct.words[4]), decimal(pct.words[5])};
}

crypto::Fr scalarAsField(const crypto::Scalar& s)
{
    // l < p, so every scalar is a canonical field element.
    return crypto::Fr::fromCanonicalLimbs(s.canonicalLimbs());
}

} // namespace

PctRandomness PctRandomness::fresh()
{
    std::array<std::uint8_t, 16> nonceBytes{};
    crypto::randomBytes(nonceBytes);
    return PctRandomness{crypto::randomNonZeroScalar(), crypto::Fr::fromBytesBEReduce(nonceBytes)};
}

QJsonValue decimal(const crypto::Fr& x)
{
    return QString::fromStdString(x.toDecimal());
}

QJsonValue decimalPair(const crypto::Point& p)
{
    const crypto::AffinePoint a = p.toAffine();
    return QJsonArray{decimal(a.x), decimal(a.y)};
}

Result<WithdrawWitness> withdrawWitness(const EercKey& key,
                                        const EncryptedBalance& snapshot,
                                        const chain::U256& senderBalance,
                                        const chain::U256& amount,
                                        const crypto::Point& auditorKey,
                                        const WithdrawRandomness& randomness)
{
    if (amount.isZero())
        return fail("the amount to claim must be more than zero.");
    if (senderBalance < amount)
        return fail("the amount is more than the balance of " + senderBalance.toDecimal() +
                    " base units.");
    if (!snapshot.egct)
        return fail("this account has never received anything, so there is nothing to claim.");
    if (auditorKey.isIdentity())
        return fail("the contract has no auditor key set; no claim is possible until the "
                    "operator sets one.");
    const auto amountField = amount.toFr();
    const auto remaining = senderBalance.checkedSub(amount);
    const auto remainingField = remaining ? remaining->toFr() : std::nullopt;
    const auto balanceField = senderBalance.toFr();
    if (!amountField || !remainingField || !balanceField)
        return fail("the amount is out of the range the circuit accepts.");

    WithdrawWitness out;
    out.auditorPct = crypto::encryptAmount(auditorKey, *amountField, randomness.auditor.r,
                                           randomness.auditor.nonce);
    out.balancePct = crypto::encryptAmount(key.publicKey(), *remainingField, randomness.balance.r,
                                           randomness.balance.nonce);

    const crypto::Scalar& s = key.privateScalar().get();
    QJsonObject& in = out.input;
    in.insert(QStringLiteral("ValueToWithdraw"), decimal(*amountField));
    in.insert(QStringLiteral("SenderPrivateKey"), decimal(scalarAsField(s)));
    in.insert(QStringLiteral("SenderPublicKey"), decimalPair(key.publicKey()));
    in.insert(QStringLiteral("SenderBalance"), decimal(*balanceField));
    in.insert(QStringLiteral("SenderBalanceC1"), decimalPair(snapshot.egct->c1));
    in.insert(QStringLiteral("SenderBalanceC2"), decimalPair(snapshot.egct->c2));
    in.insert(QStringLiteral("AuditorPublicKey"), decimalPair(auditorKey));
    in.insert(QStringLiteral("AuditorPCT"), pctCiphertext(out.auditorPct));
    in.insert(QStringLiteral("AuditorPCTAuthKey"), pctAuthKey(out.auditorPct));
    in.insert(QStringLiteral("AuditorPCTNonce"), decimal(out.auditorPct.words[6]));
    in.insert(QStringLiteral("AuditorPCTRandom"), decimal(scalarAsField(randomness.auditor.r)));
    return out;
}

QJsonObject
registrationWitness(const EercKey& key, const crypto::EthAddress& address, std::uint64_t chainId)
{
    const crypto::Scalar& s = key.privateScalar().get();
    const crypto::Fr chain = crypto::Fr::fromU64(chainId);
    return QJsonObject{
        {QStringLiteral("SenderPrivateKey"), decimal(scalarAsField(s))},
        {QStringLiteral("SenderPublicKey"), decimalPair(key.publicKey())},
        {QStringLiteral("SenderAddress"), decimal(addressToField(address))},
        {QStringLiteral("ChainID"), decimal(chain)},
        {QStringLiteral("RegistrationHash"), decimal(registrationHash(chain, s, address))},
    };
}

} // namespace bs::eerc
