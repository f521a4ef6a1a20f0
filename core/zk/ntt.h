// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Number-theoretic transforms over the BN254 scalar field on the power-of-two domains used by
// snarkjs and rapidsnark. The roots of unity are ffjavascript's chain: omega_28 = 5^t with
// r - 1 = 2^28 * t, omega_k = omega_28^(2^(28-k)). Another chain (e.g. arkworks' generator 7)
// orders the points differently and yields proofs snarkjs rejects.

#include "crypto/fr.h"

#include <cstddef>
#include <span>
#include <vector>

namespace bs::zk {

class EvaluationDomain
{
public:
    // The domain {omega_k^i : i < 2^k}. Precondition: 1 <= log2Size <= 27 (27 so that the odd
    // coset, which needs omega_(k+1), exists); throws std::invalid_argument otherwise.
    explicit EvaluationDomain(unsigned log2Size);

    // omega_k, the primitive 2^k-th root of unity of the chain above. Precondition: k <= 28.
    static crypto::Fr rootOfUnity(unsigned k);

    std::size_t size() const { return m_n; }
    unsigned log2Size() const { return m_log2; }

    // In place, natural order in and out, a.size() == size():
    // forward: a[i] <- sum_j a[j] * omega^(i*j)            (coefficients -> evaluations)
    // inverse: a[i] <- (1/n) * sum_j a[j] * omega^(-i*j)   (evaluations -> coefficients)
    void forward(std::span<crypto::Fr> a) const;
    void inverse(std::span<crypto::Fr> a) const;

    // Given the evaluations of a polynomial of degree < n at omega_n^i, returns in place its
    // evaluations at omega_2n^(2i+1) (the "odd coset" of the Groth16 quotient, zk-formats.md
    // section 6 step 2).
    void toOddCoset(std::span<crypto::Fr> a) const;

private:
    void transform(std::span<crypto::Fr> a, const std::vector<crypto::Fr>& twiddles) const;

    unsigned m_log2;
    std::size_t m_n;
    std::vector<crypto::Fr> m_twiddles;    // omega^i, i < n/2
    std::vector<crypto::Fr> m_invTwiddles; // omega^-i, i < n/2
    std::vector<crypto::Fr> m_cosetScale;  // g^j / n with g = omega_2n, j < n
    crypto::Fr m_invN;
};

} // namespace bs::zk
