// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Witness inputs of the registration and withdraw circuits (spec eerc-protocol.md section 8),
// as the JSON object circom's witness calculator takes: signal name -> decimal string or
// array of them.
//
// The object holds the private scalar as a decimal string, because that is the witness
// calculator's interface. Keep it short-lived: build it, compute the witness, drop it.
#include "chain/u256.h"
#include "crypto/babyjubjub.h"
#include "crypto/pct.h"
#include "eerc/balance.h"
#include "eerc/key_derivation.h"
#include "util/result.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>

namespace bs::eerc {

// Randomness of one PCT: r in [1, l), nonce < 2^128. Fresh unless a test fixes it.
struct PctRandomness
{
    crypto::Scalar r;
    crypto::Fr nonce;
    static PctRandomness fresh();
};

struct WithdrawWitness
{
    QJsonObject input;      // the withdraw circuit's input signals
    crypto::Pct auditorPct; // also inside `input`; the contract emits it in Withdraw
    crypto::Pct balancePct; // the new balancePCT argument: SenderBalance - amount, to self
};

struct WithdrawRandomness
{
    PctRandomness auditor = PctRandomness::fresh();
    PctRandomness balance = PctRandomness::fresh();
};

// Witness input for withdrawing `amount` from the snapshot `snapshot` whose verified value is
// `senderBalance`. Refuses amount == 0, amount > senderBalance, a snapshot never credited,
// and an auditor key that is not a valid subgroup point other than the identity.
Result<WithdrawWitness> withdrawWitness(const EercKey& key,
                                        const EncryptedBalance& snapshot,
                                        const chain::U256& senderBalance,
                                        const chain::U256& amount,
                                        const crypto::Point& auditorKey,
                                        const WithdrawRandomness& randomness = {});

// Witness input of the registration circuit for `address` on `chainId`.
QJsonObject
registrationWitness(const EercKey& key, const crypto::EthAddress& address, std::uint64_t chainId);

// Decimal form of a field element / coordinate pair, as the witness JSON wants it.
QJsonValue decimal(const crypto::Fr& x);
QJsonValue decimalPair(const crypto::Point& p);

} // namespace bs::eerc
