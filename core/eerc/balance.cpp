// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/balance.h"

namespace bs::eerc {

crypto::Scalar toScalar(const U256& amount)
{
    return crypto::Scalar::fromLimbsReduce(amount.limbs());
}

DecryptedBalance decryptBalance(const EncryptedBalance& balance,
                                const crypto::Scalar& s,
                                const DecryptOptions& options)
{
    DecryptedBalance out;

    // The PCT side: balancePCT (unless it is the all-zero "none" marker) plus every credit.
    std::vector<const crypto::Pct*> pcts;
    if (!balance.balancePct.isEmpty())
        pcts.push_back(&balance.balancePct);
    for (const AmountPct& a : balance.amountPcts)
        pcts.push_back(&a.pct);
    bool sumOverflowed = false;
    for (const crypto::Pct* pct : pcts) {
        ++out.pctCount;
        const auto value = crypto::decryptAmount(*pct, s);
        if (!value) {
            ++out.undecryptablePcts;
            continue;
        }
        const auto sum = out.pctSum.checkedAdd(crypto::toU256(*value));
        if (!sum)
            sumOverflowed = true;
        else
            out.pctSum = *sum;
    }

    // The ElGamal side. (0, 0) on chain means never credited: the balance is 0, and any PCT
    // claiming otherwise is wrong.
    const crypto::Point target = balance.egct ? crypto::elgamal::decryptToPoint(*balance.egct, s)
                                              : crypto::Point::identity();
    // A sum at or above l would wrap in the scalar check and could match by accident.
    const U256 l = U256::fromLimbs(crypto::SubgroupOrderParams::kModulus);
    const bool pctsConsistent = out.undecryptablePcts == 0 && !sumOverflowed && out.pctSum < l;
    if (pctsConsistent && crypto::Point::mulBase(toScalar(out.pctSum)) == target) {
        out.status = DecryptedBalance::Status::Verified;
        out.amount = out.pctSum;
        return out;
    }

    const crypto::DiscreteLogTable* table = options.table;
    std::shared_ptr<const crypto::DiscreteLogTable> shared;
    if (!table) {
        shared = crypto::DiscreteLogTable::shared();
        table = shared.get();
    }
    if (const auto v = table->solve(target, options.cancel)) {
        out.status = DecryptedBalance::Status::Recovered;
        out.amount = U256::fromU64(*v);
    } else {
        out.status = DecryptedBalance::Status::Unreadable;
    }
    return out;
}

} // namespace bs::eerc
