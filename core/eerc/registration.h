// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The registration binding of spec eerc-protocol.md 2.3: the Registrar marks
// isRegistered[RegistrationHash] and the registration circuit proves knowledge of s for it.

#include "crypto/babyjubjub.h"
#include "crypto/fr.h"
#include "crypto/secp256k1.h"

namespace bs::eerc {

// The address as the 160-bit integer the circuit's SenderAddress signal carries.
crypto::Fr addressToField(const crypto::EthAddress& address);

// RegistrationHash = Poseidon3(chainId, s, uint160(address)). `s` is the private scalar
// (secret: Poseidon runs in data-independent time).
crypto::Fr registrationHash(const crypto::Fr& chainId,
                            const crypto::Scalar& s,
                            const crypto::EthAddress& address);

} // namespace bs::eerc
