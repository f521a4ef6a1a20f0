// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Witness inputs of the registration and withdraw circuits (spec eerc-protocol.md section 8),
// as typed signal values for the witness calculator. They include the private scalar, so
// they are never turned into text: CircuitInput wipes its values when it goes away.
#include "crypto/babyjubjub.h"
#include "crypto/pct.h"
#include "eerc/balance.h"
#include "eerc/key_derivation.h"
#include "util/result.h"
#include "util/u256.h"
#include "zk/witness_calculator.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bs::eerc {

// Randomness of one PCT: r in [1, l), nonce < 2^128. Fresh unless a test fixes it.
struct PctRandomness
{
    crypto::Scalar r;
    crypto::Fr nonce;
    static PctRandomness fresh();
};

// Input signals of one proof. Move-only; the values are wiped on destruction.
class CircuitInput
{
public:
    CircuitInput() = default;
    CircuitInput(CircuitInput&&) noexcept = default;
    CircuitInput& operator=(CircuitInput&&) noexcept;
    CircuitInput(const CircuitInput&) = delete;
    CircuitInput& operator=(const CircuitInput&) = delete;
    ~CircuitInput() { wipe(); }

    void add(std::string name, std::vector<crypto::Fr> values);
    const std::vector<zk::SignalInput>& inputs() const { return m_signals; }
    // The values of `name`, or nullptr.
    const std::vector<crypto::Fr>* find(std::string_view name) const;
    void wipe();

private:
    std::vector<zk::SignalInput> m_signals;
};

struct WithdrawWitness
{
    CircuitInput input;     // the withdraw circuit's input signals
    crypto::Pct auditorPct; // also inside `input`; the contract emits it in Withdraw
    crypto::Pct balancePct; // the new balancePCT argument: SenderBalance - amount, to self
};

struct WithdrawRandomness
{
    PctRandomness auditor = PctRandomness::fresh();
    PctRandomness balance = PctRandomness::fresh();
};

// The refusal of a claim of nothing (also said by planClaim for an amount of zero).
inline constexpr Text kClaimNothing =
    BS_TR("eerc", "the amount to claim must be more than zero.");

// Witness input for withdrawing `amount` from the snapshot `snapshot` whose verified value is
// `senderBalance`. Refuses amount == 0, amount > senderBalance, a snapshot never credited,
// and an auditor key that is not a valid subgroup point other than the identity.
Result<WithdrawWitness> withdrawWitness(const EercKey& key,
                                        const EncryptedBalance& snapshot,
                                        const U256& senderBalance,
                                        const U256& amount,
                                        const crypto::Point& auditorKey,
                                        const WithdrawRandomness& randomness = {});

// Witness input of the registration circuit for `address` on `chainId`.
CircuitInput
registrationWitness(const EercKey& key, const crypto::EthAddress& address, std::uint64_t chainId);

} // namespace bs::eerc
