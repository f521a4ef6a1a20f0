// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// snarkjs/circom witness files (.wtns, zk-formats.md section 4): version 2, section 1 =
// field size + prime + count, section 2 = the values, 32 bytes little-endian, canonical.

#include "crypto/fr.h"
#include "util/result.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace bs::zk {

// Decodes a .wtns image. Refuses other file types, other primes than BN254's r, values >= r,
// sizes that disagree with the header, and a first value other than 1.
Result<std::vector<crypto::Fr>> decodeWtns(std::span<const uint8_t> data);

// The .wtns image of `witness`, byte-identical to what snarkjs writes for the same values.
std::vector<uint8_t> encodeWtns(std::span<const crypto::Fr> witness);

Result<std::vector<crypto::Fr>> readWtnsFile(const QString& path);
Result<void> writeWtnsFile(const QString& path, std::span<const crypto::Fr> witness);

} // namespace bs::zk
