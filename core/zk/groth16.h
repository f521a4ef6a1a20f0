// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Groth16 prover for snarkjs proving keys (BN254), computing exactly what snarkjs 0.7 and
// rapidsnark compute (zk-formats.md section 6), so its proofs verify with snarkjs and the
// Solidity verifiers snarkjs exports.
//
// Load once (parses, validates and decodes the whole .zkey), then prove many times; prove()
// is const and may run concurrently from several threads.

#include "crypto/fr.h"
#include "util/result.h"
#include "zk/g1.h"
#include "zk/g2.h"
#include "zk/msm.h"
#include "zk/ntt.h"
#include "zk/zkey.h"

#include <QString>

#include <functional>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace bs::zk {

struct Groth16Proof
{
    G1Affine a;
    G2Affine b;
    G1Affine c;
};

class Groth16Prover
{
public:
    // Called between proving stages with a rough percentage (0..100); return false to cancel.
    using Progress = std::function<bool(int percent)>;

    // threads: for proving, 0 = one per hardware thread. loadThreads: for decoding the key,
    // 0 = as many as threads (1 leaves the other cores to work done meanwhile, such as the
    // witness of the proof the key is loaded for).
    static Result<Groth16Prover>
    load(const QString& zkeyPath, unsigned threads = 0, unsigned loadThreads = 0);
    // The key only if the file's SHA-256 is `sha256Hex`, decoded from the very bytes hashed
    // (read into memory, not mapped: verified_file.h).
    static Result<Groth16Prover> loadVerified(const QString& zkeyPath,
                                              std::string_view sha256Hex,
                                              unsigned threads = 0,
                                              unsigned loadThreads = 0);
    static Result<Groth16Prover>
    fromZkey(const Zkey& zkey, unsigned threads = 0, unsigned loadThreads = 0);

    Groth16Prover(Groth16Prover&&) noexcept;
    Groth16Prover& operator=(Groth16Prover&&) noexcept;
    ~Groth16Prover();

    const ZkeyHeader& header() const;

    // A proof for `witness` (all nVars wire values, witness[0] == 1) with fresh blinding from
    // the OS CSPRNG. Fails if the witness has the wrong length or first value, if the random
    // generator fails, or if cancelled. The prover does not check that the witness satisfies
    // the constraints: an unsatisfying witness yields a proof that does not verify.
    Result<Groth16Proof> prove(std::span<const crypto::Fr> witness,
                               const Progress& progress = {}) const;

    // Same with caller-chosen blinding scalars. With r = s = 0 the proof is deterministic and
    // reveals information about the witness: for tests against snarkjs only.
    Result<Groth16Proof> proveWithBlinding(std::span<const crypto::Fr> witness,
                                           const crypto::Fr& r,
                                           const crypto::Fr& s,
                                           const Progress& progress = {}) const;

    // The public signals of a witness: witness[1 .. nPublic], in wire order.
    std::vector<crypto::Fr> publicSignals(std::span<const crypto::Fr> witness) const;

    // Step 1-3 of the algorithm, exposed for tests: the MSM scalars for the H bases,
    // p_j = A(x_j) B(x_j) - C(x_j) at x_j = omega_2n^(2j+1) with C(x_j) interpolated from the
    // products A(omega_n^i) B(omega_n^i). Precondition: witness.size() == nVars (else throws
    // std::invalid_argument).
    std::vector<crypto::Fr> quotientEvaluations(std::span<const crypto::Fr> witness) const;

private:
    struct Data;
    explicit Groth16Prover(std::unique_ptr<Data> d);
    std::unique_ptr<Data> m_d;
};

} // namespace bs::zk
