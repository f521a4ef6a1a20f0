// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The encrypted balance of one (user, token) and its decryption, exactly as spec
// eerc-protocol.md section 7 describes it:
//
//   balance = (balancePCT all zero ? 0 : dec(balancePCT)) + sum of dec(amountPCT_i)
//
// checked against the ElGamal balance: Decrypt(EGCT, s) must equal balance * Base8. The
// PCTs are unverified on chain (anyone can deposit with a wrong amountPCT; a client bug can
// store a wrong balancePCT), the EGCT is what the contract enforces. So a mismatch never
// shows the PCT sum as the balance: the value is recovered from the EGCT by discrete log
// and flagged, or, if that fails, no value is shown at all.
#include "crypto/babyjubjub.h"
#include "crypto/discrete_log.h"
#include "crypto/elgamal.h"
#include "crypto/pct.h"
#include "util/result.h"
#include "util/u256.h"

#include <atomic>
#include <optional>
#include <vector>

namespace bs::eerc {

struct AmountPct
{
    crypto::Pct pct;
    U256 index; // transactionIndex at the credit: only orders and prunes
};

// balanceOf(user, tokenId) with its points checked (see EercReader).
struct EncryptedBalance
{
    // nullopt when the contract holds (0, 0): the account was never credited.
    std::optional<crypto::elgamal::Ciphertext> egct;
    U256 nonce;
    std::vector<AmountPct> amountPcts;
    crypto::Pct balancePct;
    U256 transactionIndex;
};

struct DecryptedBalance
{
    enum class Status
    {
        Verified,   // the PCT sum matches the ElGamal balance
        Recovered,  // it did not; `amount` comes from the ElGamal balance by discrete log
        Unreadable, // it did not, and the discrete log found nothing below its bound
    };
    Status status = Status::Verified;
    U256 amount;                       // in eERC base units; meaningless when Unreadable
    U256 pctSum;                       // what the PCTs add up to (for the warning text)
    std::size_t pctCount = 0;          // PCTs that took part (balancePCT + amountPCTs)
    std::size_t undecryptablePcts = 0; // PCTs whose tag or padding did not check out

    bool trusted() const { return status != Status::Unreadable; }
};

struct DecryptOptions
{
    // Discrete-log table for the fallback; nullptr: DiscreteLogTable::shared() on first need.
    const crypto::DiscreteLogTable* table = nullptr;
    const std::atomic<bool>* cancel = nullptr;
};

// Decrypts with the private scalar s. Never fails: every outcome is a status.
DecryptedBalance decryptBalance(const EncryptedBalance& balance,
                                const crypto::Scalar& s,
                                const DecryptOptions& options = {});

// The amount for a Scalar operation. Precondition: amount < l (amounts come from values
// the circuits bound below l).
crypto::Scalar toScalar(const U256& amount);

} // namespace bs::eerc
