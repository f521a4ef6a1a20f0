// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/registration.h"

#include "crypto/poseidon.h"

#include <algorithm>
#include <array>
#include <openssl/crypto.h>
#include <stdexcept>

namespace bs::eerc {

crypto::Fr addressToField(const crypto::EthAddress& address)
{
    std::array<std::uint8_t, 32> be{};
    std::copy(address.bytes().begin(), address.bytes().end(), be.begin() + 12);
    // 160 bits is always below the field modulus.
    return *crypto::Fr::fromBytesBE(be);
}

crypto::Fr registrationHash(const crypto::Fr& chainId,
                            const crypto::Scalar& s,
                            const crypto::EthAddress& address)
{
    std::array<std::uint8_t, 32> sBytes = s.toBytesBE();
    // s < l < p, so it is a canonical field element.
    const std::optional<crypto::Fr> sField = crypto::Fr::fromBytesBE(sBytes);
    OPENSSL_cleanse(sBytes.data(), sBytes.size());
    if (!sField)
        throw std::logic_error("a scalar mod l is not below p");
    std::array<crypto::Fr, 3> inputs = {chainId, *sField, addressToField(address)};
    const crypto::Fr h = crypto::poseidon(inputs);
    OPENSSL_cleanse(inputs.data(), sizeof(inputs));
    return h;
}

} // namespace bs::eerc
