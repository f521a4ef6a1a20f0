// SPDX-License-Identifier: GPL-3.0-or-later
#include "eerc/circuit_prover.h"

#include "zk/proof_encoding.h"
#include "zk/witness_calculator.h"

#include <future>
#include <openssl/crypto.h>

namespace bs::eerc {

namespace {
// Share of the progress bar for the witness; the proof takes the rest. Measured on the
// withdraw circuit, the two take about as long as each other.
constexpr int kWitnessShare = 45;

constexpr Text kCancelled = BS_TR("eerc", "cancelled");

// The witness carries the private inputs (keys, amounts, randomness) among its wires.
struct WitnessWipe
{
    zk::Witness& witness;
    ~WitnessWipe()
    {
        OPENSSL_cleanse(witness.values.data(), witness.values.size() * sizeof(crypto::Fr));
    }
};
} // namespace

struct CircuitProver::Data
{
    zk::WitnessCalculator calculator;
    zk::Groth16Prover prover;
};

std::array<std::array<std::uint8_t, 32>, 8> CircuitProof::solidityWords() const
{
    return zk::proofToSolidityWords(proof);
}

CircuitProver::CircuitProver(std::unique_ptr<Data> d)
    : m_d(std::move(d))
{}
CircuitProver::CircuitProver(CircuitProver&&) noexcept = default;
CircuitProver& CircuitProver::operator=(CircuitProver&&) noexcept = default;
CircuitProver::~CircuitProver() = default;

Result<CircuitProver> CircuitProver::load(const CircuitFiles& files, unsigned threads)
{
    // The two files are independent: the proving key is decoded on a second thread while
    // this one decodes the circuit (unless the caller asked for one thread).
    const auto loadKey = [&files, threads] {
        return files.zkeySha256.empty()
                   ? zk::Groth16Prover::load(files.zkey, threads)
                   : zk::Groth16Prover::loadVerified(files.zkey, files.zkeySha256, threads);
    };
    auto key = std::async(threads == 1 ? std::launch::deferred : std::launch::async, loadKey);
    auto calculator = files.wasmSha256.empty()
                          ? zk::WitnessCalculator::fromFile(files.wasm)
                          : zk::WitnessCalculator::fromVerifiedFile(files.wasm, files.wasmSha256);
    auto prover = key.get();
    if (!calculator)
        return fail(BS_TR("eerc", "cannot load the circuit %1: %2"), files.wasm.toStdString(),
                    calculator.error());
    if (!prover)
        return fail(BS_TR("eerc", "cannot load the proving key %1: %2"), files.zkey.toStdString(),
                    prover.error());
    return CircuitProver(std::make_unique<Data>(Data{std::move(*calculator), std::move(*prover)}));
}

std::size_t CircuitProver::publicSignalCount() const
{
    return m_d->prover.header().nPublic;
}

Result<CircuitProof> CircuitProver::prove(std::span<const zk::SignalInput> input,
                                          const Progress& progress,
                                          std::stop_token stop)
{
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    report(0);
    if (stop.stop_requested())
        return fail(kCancelled);
    auto witness = m_d->calculator.calculate(input, stop);
    if (stop.stop_requested())
        return fail(kCancelled);
    if (!witness)
        return fail(BS_TR("eerc", "the circuit refused the input: %1"), witness.error());
    const WitnessWipe wipe{*witness};
    if (witness->values.size() != m_d->prover.header().nVars)
        return fail(BS_TR("eerc", "the circuit and the proving key do not belong together "
                                  "(witness of %1 values, key for %2)."),
                    witness->values.size(), m_d->prover.header().nVars);
    report(kWitnessShare);
    if (stop.stop_requested())
        return fail(kCancelled);

    auto proof = m_d->prover.prove(witness->values, [&](int percent) {
        report(kWitnessShare + percent * (100 - kWitnessShare) / 100);
        return !stop.stop_requested();
    });
    if (!proof)
        return proof.error();
    CircuitProof out{*proof, m_d->prover.publicSignals(witness->values)};
    report(100);
    return out;
}

} // namespace bs::eerc
