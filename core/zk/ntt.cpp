// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/ntt.h"

#include <stdexcept>
#include <utility>

namespace bs::zk {

using crypto::Fr;

Fr EvaluationDomain::rootOfUnity(unsigned k)
{
    if (k > static_cast<unsigned>(Fr::kTwoAdicity))
        throw std::invalid_argument("EvaluationDomain::rootOfUnity: k > 28");
    Fr w = Fr::fromU64(5).pow(Fr::kOddPart);
    for (unsigned i = k; i < static_cast<unsigned>(Fr::kTwoAdicity); ++i)
        w = w.square();
    return w;
}

EvaluationDomain::EvaluationDomain(unsigned log2Size)
    : m_log2(log2Size)
    , m_n(std::size_t{1} << log2Size)
{
    if (log2Size < 1 || log2Size > 27)
        throw std::invalid_argument("EvaluationDomain: size must be 2^1 .. 2^27");
    const Fr w = rootOfUnity(log2Size);
    const Fr wInv = w.inverse();
    m_twiddles.resize(m_n / 2);
    m_invTwiddles.resize(m_n / 2);
    Fr x = Fr::one();
    Fr y = Fr::one();
    for (std::size_t i = 0; i < m_n / 2; ++i) {
        m_twiddles[i] = x;
        m_invTwiddles[i] = y;
        x *= w;
        y *= wInv;
    }
    m_invN = Fr::fromU64(m_n).inverse();
    const Fr g = rootOfUnity(log2Size + 1);
    m_cosetScale.resize(m_n);
    Fr s = m_invN;
    for (std::size_t j = 0; j < m_n; ++j) {
        m_cosetScale[j] = s;
        s *= g;
    }
}

// Iterative radix-2 decimation in time: bit-reverse the input, then butterflies of growing
// span, which leaves the output in natural order.
void EvaluationDomain::transform(std::span<Fr> a, const std::vector<Fr>& tw) const
{
    if (a.size() != m_n)
        throw std::invalid_argument("EvaluationDomain: wrong vector length");
    for (std::size_t i = 1, j = 0; i < m_n; ++i) {
        std::size_t bit = m_n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(a[i], a[j]);
    }
    for (std::size_t len = 2; len <= m_n; len <<= 1) {
        const std::size_t half = len / 2;
        const std::size_t step = m_n / len;
        for (std::size_t start = 0; start < m_n; start += len) {
            for (std::size_t k = 0; k < half; ++k) {
                const Fr t = a[start + k + half] * tw[k * step];
                const Fr u = a[start + k];
                a[start + k] = u + t;
                a[start + k + half] = u - t;
            }
        }
    }
}

void EvaluationDomain::forward(std::span<Fr> a) const
{
    transform(a, m_twiddles);
}

void EvaluationDomain::inverse(std::span<Fr> a) const
{
    transform(a, m_invTwiddles);
    for (Fr& x : a)
        x *= m_invN;
}

void EvaluationDomain::toOddCoset(std::span<Fr> a) const
{
    // Coefficients (without the 1/n, folded into the scale), times g^j, evaluated again.
    transform(a, m_invTwiddles);
    for (std::size_t j = 0; j < m_n; ++j)
        a[j] *= m_cosetScale[j];
    transform(a, m_twiddles);
}

} // namespace bs::zk
