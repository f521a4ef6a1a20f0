// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text and binary forms of a Groth16 proof (zk-formats.md section 7).

#include "crypto/fr.h"
#include "zk/groth16.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>

namespace bs::zk {

// proof.json exactly as snarkjs writes it (JSON.stringify(proof, null, 1): one-space
// indentation, keys pi_a, pi_b, pi_c, protocol, curve, decimal strings, no final newline).
std::string proofToSnarkjsJson(const Groth16Proof& proof);

// public.json as snarkjs writes it: an array of decimal strings, same formatting.
std::string publicSignalsToSnarkjsJson(std::span<const crypto::Fr> publicSignals);

// The 8 uint256 words of the proof in the order of a snarkjs Solidity verifier's
// verifyProof(uint[2] a, uint[2][2] b, uint[2] c, ...): a.x, a.y, b.x.c1, b.x.c0, b.y.c1,
// b.y.c0, c.x, c.y: each G2 pair swapped (imaginary part first, as EIP-197 wants), each word
// 32 bytes big-endian. The identity (which an honest prover never outputs) encodes as zeros.
std::array<std::array<uint8_t, 32>, 8> proofToSolidityWords(const Groth16Proof& proof);

// The text `snarkjs zkey export soliditycalldata` prints for this proof and these signals.
std::string proofToSolidityCalldata(const Groth16Proof& proof,
                                    std::span<const crypto::Fr> publicSignals);

} // namespace bs::zk
