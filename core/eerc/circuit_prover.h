// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One circuit's witness calculator and Groth16 prover, loaded once and used for many proofs
// (rapidsnark's boundary: create from the files, then prove).
#include "crypto/fr.h"
#include "util/result.h"
#include "zk/groth16.h"
#include "zk/witness_calculator.h"

#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace bs::eerc {

struct CircuitFiles
{
    QString wasm; // circom witness calculator
    QString zkey; // snarkjs Groth16 proving key
    // SHA-256 (hex) the network names for each file. When given, load() parses the very bytes
    // it hashed, so a file changed after the artifact store checked it is refused. Empty only
    // for files the caller vouches for itself (tests, benchmarks).
    std::string wasmSha256;
    std::string zkeySha256;
};

struct CircuitProof
{
    zk::Groth16Proof proof;
    std::vector<crypto::Fr> publicSignals;
    // a.x, a.y, b.x.c1, b.x.c0, b.y.c1, b.y.c0, c.x, c.y as the verifier contracts take them.
    std::array<std::array<std::uint8_t, 32>, 8> solidityWords() const;
};

class CircuitProver
{
public:
    // percent 0..100 over witness and proof together.
    using Progress = std::function<void(int percent)>;

    static Result<CircuitProver> load(const CircuitFiles& files, unsigned threads = 0);
    CircuitProver(CircuitProver&&) noexcept;
    CircuitProver& operator=(CircuitProver&&) noexcept;
    ~CircuitProver();

    // Witness, then proof. Errors: bad input (circom's message, e.g. a failed assertion),
    // cancellation (also in the middle of the witness), a proving failure. The witness holds
    // the secret inputs; it is wiped before this returns.
    Result<CircuitProof> prove(std::span<const zk::SignalInput> input,
                               const Progress& progress = {},
                               std::stop_token stop = {});

    std::size_t publicSignalCount() const;

private:
    struct Data;
    explicit CircuitProver(std::unique_ptr<Data> d);
    std::unique_ptr<Data> m_d;
};

} // namespace bs::eerc
