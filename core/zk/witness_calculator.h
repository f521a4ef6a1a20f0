// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Host side of circom 2 witness calculators (the `<circuit>.wasm` that circom --wasm emits),
// run on our own WebAssembly interpreter: the same computation as snarkjs `wtns calculate` /
// circom's witness_calculator.js, with the same input conventions and error messages.
// Protocol: spec/zk-formats.md section 8.

#include "crypto/fr.h"
#include "util/result.h"
#include "zk/wasm_interpreter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

namespace bs::zk {

struct Witness
{
    std::vector<crypto::Fr> values; // values[0] == 1; same order as the .wtns / r1cs wires
    std::vector<std::string> log;   // lines printed by the circuit's log() calls
};

// One input signal by its qualified name ("SenderPublicKey", "b[1].x") with its flat values.
// The typed way to give inputs that hold secrets: no text copy of a value is ever made.
struct SignalInput
{
    std::string name;
    std::vector<crypto::Fr> values;
};

struct WitnessCalculatorOptions
{
    // Memory the circuit may grow to, in 64 KiB pages (65536 = 4 GiB, the wasm32 limit;
    // circom circuits grow their memory while running).
    uint32_t maxMemoryPages = 65536;
    // Loop iterations + calls allowed per calculate(), so a circuit that does not terminate
    // fails instead of hanging (within seconds). Measured with lastFuelUsed(): the
    // withdraw-sized bench circuit (tests/data/zk/bench.wasm, ~10k constraints) takes about
    // 0.48 million units; 2^32 leaves a margin of about 9000x for larger circuits.
    uint64_t fuel = uint64_t(1) << 32;
    // Run circom's field helpers natively (circom_natives.h) where they pass the self-check.
    // Off only to compare with the fully interpreted run.
    bool nativeFieldHelpers = true;
};

// Not thread-safe: one calculate() at a time per object. For parallel use give each thread its
// own object via clone(), which shares the decoded module and costs one instantiation.
class WitnessCalculator
{
public:
    // Decodes and validates the module, checks that it is a circom 2 witness calculator for the
    // BN254 scalar field, and instantiates it. Errors say what is wrong with the file.
    static Result<WitnessCalculator> fromBytes(std::span<const uint8_t> wasm,
                                               const WitnessCalculatorOptions& options = {});
    static Result<WitnessCalculator> fromFile(const QString& path,
                                              const WitnessCalculatorOptions& options = {});
    // The file only if its SHA-256 is `sha256Hex`, decoded from the very bytes hashed
    // (verified_file.h): the way to load a circuit a network names.
    static Result<WitnessCalculator> fromVerifiedFile(const QString& path,
                                                      std::string_view sha256Hex,
                                                      const WitnessCalculatorOptions& options = {});

    WitnessCalculator(WitnessCalculator&&) noexcept;
    WitnessCalculator& operator=(WitnessCalculator&&) noexcept;
    ~WitnessCalculator();

    // A fresh instance of the same circuit (for another thread).
    Result<WitnessCalculator> clone() const;

    // Computes the witness for `input`: an object mapping each input signal name of the main
    // component to a value or (nested) array of values. A value is a JSON integer (|v| <
    // 2^53; quote larger ones), or a string with a decimal integer (optionally negative) or a
    // 0x-prefixed hex integer; it is reduced mod r as circom does (negative v -> r - |v|).
    // Objects inside the input name bus fields (circom 2.2: "b.x", "b[1].x").
    // Errors: unknown signal names, wrong value counts, bad values, and failures inside the
    // circuit with circom's own message (e.g. "Assert Failed. Error in template ...").
    // Resets the instance first, so it can be called any number of times. Afterwards the
    // instance's memory is wiped (wasm::Instance::wipe()): the inputs and wire values live on
    // only in the returned Witness. `stop` cancels a run within milliseconds ("The witness
    // calculation was cancelled.").
    Result<Witness> calculate(const QJsonObject& input, std::stop_token stop = {});
    // Same, from JSON text.
    Result<Witness> calculate(const QByteArray& inputJson, std::stop_token stop = {});
    // Same, from typed values (field elements: already reduced, nothing to parse). Its
    // temporary copies of the values are wiped before it returns.
    Result<Witness> calculate(std::span<const SignalInput> inputs, std::stop_token stop = {});

    uint32_t witnessSize() const;
    // Total number of scalar input values the circuit expects (0 for circom < 2.0.4).
    uint32_t inputSize() const;
    // The compiler version recorded in the module, e.g. "2.2.3".
    std::string circomVersion() const;
    // Names of circom's field helpers that run natively in this instance (see
    // WitnessCalculatorOptions::nativeFieldHelpers).
    const std::vector<std::string>& nativeHelpers() const;
    // Log lines of the last calculate(), also when it failed.
    const std::vector<std::string>& lastLog() const;
    // Fuel the last calculate() spent (to size WitnessCalculatorOptions::fuel).
    uint64_t lastFuelUsed() const;
    // The interpreter instance (tests observe its wiped memory through it).
    const wasm::Instance& instance() const;

    // The parsed form both calculate() entries reduce their input to (canonical limbs).
    struct NamedInput;

private:
    struct State;
    Result<Witness> calculateNamed(const std::vector<NamedInput>& inputs, std::stop_token stop);
    Result<Witness> runNamed(const std::vector<NamedInput>& inputs);
    explicit WitnessCalculator(std::unique_ptr<State> state);
    static Result<WitnessCalculator> create(std::shared_ptr<const wasm::Module> module,
                                            const WitnessCalculatorOptions& options);
    std::unique_ptr<State> m_state;
};

// 64-bit FNV-1a of `name`, the key circom uses for input signal names.
uint64_t circomSignalHash(std::string_view name);

} // namespace bs::zk
